"""The services' texts have a Kinyarwanda and a French translation in the catalogues' "errors"
context, and each translation keeps every placeholder of its template exactly (name, format spec
and conversion): a lost or renamed placeholder would show the English instead, a changed spec
would write the value differently. (tools.i18n's own placeholder check sees only plain {name}.)"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET

import pytest

from dusangire_desktop.config import resources_dir
from tests.services.test_messages_marked import _sources

CONTEXT = "errors"
FOLDER = resources_dir() / "i18n"


def _fields(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(
        (name, spec or "", conversion)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def _translations() -> list[tuple[str, str, str, str]]:
    """(catalogue, language, template, translation) of the "errors" context."""
    found = []
    for language in ("rw", "fr"):
        catalogue = FOLDER / f"dusangire_{language}.ts"
        for context in ET.parse(catalogue).getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                translated = message.findtext("translation") or ""
                if translated:
                    source = message.findtext("source") or ""
                    found.append((catalogue.name, language, source, translated))
    return found


def _templates() -> set[str]:
    import ast

    found = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(node.args[1].value)
    return found


def test_every_translation_keeps_the_placeholders_of_its_template() -> None:
    translations = _translations()
    assert translations, "no translations of the services' texts found"
    wrong = [
        f"{where} {language}: {template!r} -> {translated!r}"
        for where, language, template, translated in translations
        if _fields(translated) != _fields(template)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", ["rw", "fr"])
def test_every_template_of_the_services_is_translated(language: str) -> None:
    translated = {t for _w, lang, t, text in _translations() if lang == language and text.strip()}
    assert sorted(_templates() - translated) == []
