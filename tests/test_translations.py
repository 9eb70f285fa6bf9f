"""The Kinyarwanda and French catalogues: complete, placeholders kept, the glossary followed; and
the command line stays English whatever the account's language."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n

GLOSSARY = i18n.FOLDER / "glossary.csv"
COLUMN = {"rw": "Kinyarwanda", "fr": "French"}


def _plain(text: str) -> str:
    return text.replace("&", "").strip().lower()


def _entries(path: Path) -> list[tuple[str, str]]:
    entries = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and message.get("numerus") != "yes":
            entries.append((message.findtext("source") or "", translation.text or ""))
    return entries


@pytest.mark.parametrize("code", ["rw", "fr"])
def test_catalogue_is_complete_with_its_placeholders(code):
    assert i18n.unfinished(i18n.catalogue(code)) == []
    assert i18n.wrong_placeholders(i18n.catalogue(code)) == []


@pytest.mark.parametrize("code", ["rw", "fr"])
def test_a_glossary_term_shown_alone_is_translated_as_the_glossary_says(code):
    terms = {_plain(row["English"]): _plain(row[COLUMN[code]])
             for row in csv.DictReader(GLOSSARY.open(encoding="utf-8"))}  # fmt: skip
    wrong = [
        f"{source!r} -> {text!r}, glossary: {terms[_plain(source)]!r}"
        for source, text in _entries(i18n.catalogue(code))
        if _plain(source) in terms and _plain(text) != terms[_plain(source)]
    ]
    assert not wrong, "\n".join(wrong)


def test_glossary_has_the_three_languages():
    rows = list(csv.DictReader(GLOSSARY.open(encoding="utf-8")))
    assert len(rows) >= 50
    assert all(row["English"] and row["Kinyarwanda"] and row["French"] for row in rows)


def test_the_command_line_stays_english_for_an_account_set_to_french(
    database_url, uow_factory, admin, capsys
):
    import json

    from dusangire_desktop import cli
    from dusangire_desktop.services import accounts

    assert accounts.set_own_language(uow_factory(), admin, "fr").language == "fr"
    march = ["--from", "2026-03-01", "--to", "2026-04-01"]
    early = ["--as-of", "2026-02-20T12:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", "bi", *march, *early]) == 2
    assert "is not after the start of the period" in capsys.readouterr().err
    later = ["--as-of", "2026-03-20T12:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", "bi", *march, *later]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert "orders" in json.dumps(figures) and "commandes" not in json.dumps(figures)
