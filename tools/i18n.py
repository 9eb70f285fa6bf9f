"""The translation catalogues (resources/i18n/*.ts).

    python -m tools.i18n update          # lupdate over the package: new texts appear unfinished
    python -m tools.i18n check           # fails if rw or fr lack a translation, or one drops a
                                         # placeholder ({name}, %1, %n) its source has
    python -m tools.i18n pseudo          # the `xx` catalogues: each text [bracketed and longer]
    python -m tools.i18n fill fr t.json  # put translations {context: {source: text}} into the .ts

Translators edit the catalogues with `pyside6-linguist resources/i18n/dusangire_rw.ts`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dusangire_desktop"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = {"rw": "rw_RW", "fr": "fr_RW"}
# English needs only its plural forms ("1 guest", "2 guests" for "%n guest(s)").
PLURALS_ONLY = {"en": "en_RW"}
# Our Kinyarwanda of Qt's own buttons and dialogs (Qt ships French, not Kinyarwanda).
QT_RW = FOLDER / "qtbase_rw.ts"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?\d|%n")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def catalogue(code: str) -> Path:
    return FOLDER / f"dusangire_{code}.ts"


def _program(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(target: Path, language: str, plurals_only: bool = False) -> None:
    # No line numbers in the catalogue: edits elsewhere in a file do not churn it.
    subprocess.run(
        [_program("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *(["-pluralonly"] if plurals_only else []),
         "-target-language", language, *sources(), "-ts", str(target)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def catalogues() -> dict[str, tuple[str, bool]]:
    """Each catalogue's code: (its locale, whether it holds only plural forms)."""
    return {**{c: (lang, False) for c, lang in LANGUAGES.items()},
            **{c: (lang, True) for c, lang in PLURALS_ONLY.items()}}  # fmt: skip


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code, (language, plurals_only) in catalogues().items():
        lupdate(catalogue(code), language, plurals_only)
        print(f"{catalogue(code).relative_to(ROOT)}: {len(unfinished(catalogue(code)))} unfinished")
    return 0


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def unfinished(path: Path) -> list[str]:
    """The texts of `path` without a (finished) translation, as "context: source"."""
    missing = []
    for context, message in _messages(path):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not all(_forms(message)):
            missing.append(f"{context}: {message.findtext('source')!r}")
    return missing


def wrong_placeholders(path: Path) -> list[str]:
    wrong = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in _forms(message):
            if form and sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    return wrong


def check() -> int:
    """Against the sources as they are now: a fresh lupdate into a copy of each catalogue."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dusangire-i18n-") as folder:
        for code, (language, plurals_only) in catalogues().items():
            copy = Path(folder) / catalogue(code).name
            if catalogue(code).exists():
                shutil.copy(catalogue(code), copy)
            lupdate(copy, language, plurals_only)
            problems += [f"{code} unfinished: {m}" for m in unfinished(copy)]
            problems += [f"{code} placeholder: {m}" for m in wrong_placeholders(copy)]
    problems += [f"qtbase_rw unfinished: {m}" for m in unfinished(QT_RW)]
    print("\n".join(problems) or "translations complete: rw, fr (and English plurals)")
    if problems:
        print(f"{len(problems)} problems; fix them in pyside6-linguist", file=sys.stderr)
    return 1 if problems else 0


def pseudo_text(text: str) -> str:
    """[text ~~~]: bracketed, about 30 % longer; placeholders are left as they are."""
    return f"[{text}{' ' + '~' * max(1, round(len(text) * 0.3) - 1)}]"


def _pseudo_of(source: Path, target: Path) -> None:
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
    tree.getroot().set("language", "en_RW")
    write(tree, target)


def pseudo(folder: Path = FOLDER) -> int:
    """Generated, never committed: from the sources as they are now, and Qt's texts we translate."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dusangire-i18n-") as temporary:
        fresh = Path(temporary) / "fresh.ts"
        lupdate(fresh, "en_RW")
        _pseudo_of(fresh, folder / "dusangire_xx.ts")
    _pseudo_of(QT_RW, folder / "qtbase_xx.ts")
    print(folder / "dusangire_xx.ts")
    return 0


def write(tree: ET.ElementTree, target: Path) -> None:
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(HEADER + body + "\n", encoding="utf-8")


def fill(code: str, table: Path) -> int:
    """Translations from JSON {context or "*": {source: text or [plural forms]}}."""
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(table.read_text(encoding="utf-8"))
    path = QT_RW if code == "qtbase_rw" else catalogue(code)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = wanted.get(name, {}).get(source, wanted.get("*", {}).get(source))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in [text] if isinstance(text, str) else text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            filled += 1
    write(tree, path)
    print(f"{path.relative_to(ROOT)}: {filled} filled, {len(unfinished(path))} unfinished")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    commands.add_parser("check")
    commands.add_parser("pseudo")
    filling = commands.add_parser("fill")
    filling.add_argument("language", choices=[*catalogues(), "qtbase_rw"])
    filling.add_argument("table", type=Path)
    args = parser.parse_args(argv)
    if args.command == "fill":
        return fill(args.language, args.table)
    return {"update": update, "check": check, "pseudo": pseudo}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
