"""Words the food-service services write into tray tickets and round sheets (textures, drink
levels, diets), in the language being shown or printed. The services keep them in English for
the command line; they are marked here so the catalogues carry them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .language import translate

CONTEXT = "service_words"
WORDS = (
    QT_TRANSLATE_NOOP("service_words", "3 liquidised"),
    QT_TRANSLATE_NOOP("service_words", "4 puréed"),
    QT_TRANSLATE_NOOP("service_words", "5 minced and moist"),
    QT_TRANSLATE_NOOP("service_words", "6 soft and bite-sized"),
    QT_TRANSLATE_NOOP("service_words", "7 easy to chew"),
    QT_TRANSLATE_NOOP("service_words", "7 regular"),
    QT_TRANSLATE_NOOP("service_words", "0 thin"),
    QT_TRANSLATE_NOOP("service_words", "1 slightly thick"),
    QT_TRANSLATE_NOOP("service_words", "2 mildly thick"),
    QT_TRANSLATE_NOOP("service_words", "3 moderately thick"),
    QT_TRANSLATE_NOOP("service_words", "4 extremely thick"),
    QT_TRANSLATE_NOOP("service_words", "regular"),
    QT_TRANSLATE_NOOP("service_words", "guest meal"),
    QT_TRANSLATE_NOOP("service_words", "standard"),
    QT_TRANSLATE_NOOP("service_words", "keto"),
    QT_TRANSLATE_NOOP("service_words", "detox"),
    QT_TRANSLATE_NOOP("service_words", "diabetic friendly"),
    QT_TRANSLATE_NOOP("service_words", "low sodium"),
    QT_TRANSLATE_NOOP("service_words", "renal"),
    QT_TRANSLATE_NOOP("service_words", "high protein"),
    QT_TRANSLATE_NOOP("service_words", "vegetarian"),
    QT_TRANSLATE_NOOP("service_words", "gluten free"),
    QT_TRANSLATE_NOOP("service_words", "weight loss"),
    QT_TRANSLATE_NOOP("service_words", "pregnancy"),
)
NPO_PREFIX = "NPO until "
NPO_TEXT = QT_TRANSLATE_NOOP("service_words", "NPO until {moment}")


def word(text: str) -> str:
    """One of WORDS in the current language; any other text as it is."""
    return translate(CONTEXT, text)


def words(text: str) -> str:
    """A list the services join with ", " (a patient's diets)."""
    return ", ".join(word(part) for part in text.split(", ")) if text else text


def npo(text: str) -> str:
    """ "NPO until 03 Mar 14:00" as the services write it, in the current language."""
    if text.startswith(NPO_PREFIX):
        return translate(CONTEXT, NPO_TEXT).format(moment=text[len(NPO_PREFIX) :])
    return text
