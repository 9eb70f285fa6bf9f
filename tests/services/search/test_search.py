"""Searching: case and accents fold the same way in Python, on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import String, literal, select

from dusangire_desktop.services.textsearch import fold, folded

NAMES = {
    "ÉMERITHE Mukandayisenga": "emerithe mukandayisenga",
    "Noëlla Uwâse": "noella uwase",
    "Françoise MUKESHIMANA": "francoise mukeshimana",
    "Jérôme Habyarimana": "jerome habyarimana",
    "Anaïs Nyiransengimana": "anais nyiransengimana",
    "Cœur de Marie": "cœur de marie",
    "ŒUVRE": "œuvre",
    "Straße": "strasse",
    "İbrahim": "ibrahim",
    "Ĳsbrand": "ijsbrand",
    "Dvořák": "dvorak",
    "Łukasz": "łukasz",
    "E\u0301mile ½": "emile 1\u20442",
}
EVERY_FOLDED_CHARACTER = "".join(
    chr(c) for block in ((0x20, 0x7F), (0xA0, 0x180), (0x300, 0x370)) for c in range(*block)
)


def test_python_sqlite_and_postgresql_fold_names_alike(engine):
    assert {name: fold(name) for name in NAMES} == NAMES
    with engine.connect() as connection:
        for text in [*NAMES, EVERY_FOLDED_CHARACTER]:
            in_database = connection.scalar(select(folded(literal(text, String))))
            assert in_database == fold(text), text
