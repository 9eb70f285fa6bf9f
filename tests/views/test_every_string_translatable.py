"""In the pseudo-language `xx` (every translation is the English [bracketed ~~] and longer),
every page of every role at 1366×768 shows no text that escaped translation, and none clipped.

Data (names, dishes, references, figures) is excluded by the widget property `data`, set where
such text is shown (see tools/pseudo_check.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views import language
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.login import LoginDialog
from dusangire_desktop.views.main_window import MainWindow
from tools import i18n, layout_check, pseudo_check, screens

SCREEN = QSize(1366, 768)
SIZES = demo.DemoSizes(customers=60, orders=400, months=3)


@pytest.fixture(scope="module")
def pseudo_catalogues(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Generated from the sources as they are now."""
    i18n.pseudo()


@pytest.fixture
def in_pseudo(pseudo_catalogues):  # type: ignore[no-untyped-def]
    language.apply(language.PSEUDO)
    yield
    language.apply(language.ENGLISH)


def test_pseudo_text_keeps_placeholders_and_is_longer():
    text = "Order {number} for %1 (%n dishes)"
    pseudo = i18n.pseudo_text(text)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    assert all(p in pseudo for p in ("{number}", "%1", "%n"))
    assert len(pseudo) >= 1.3 * len(text)
    assert not pseudo_check.escaped(f"{pseudo}: 1,250 RWF")
    assert pseudo_check.escaped("[Total ~~] Pending")


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_page_is_translated_and_unclipped_in_the_pseudo_language(
    qtbot, in_pseudo, uow_factory, admin, role
):  # type: ignore[no-untyped-def]
    demo.generate(uow_factory(), admin, sizes=SIZES)
    actor = (
        admin
        if role == Role.ADMIN
        else auth.sign_in(uow_factory(), screens.DEMO_USER[role], demo.DEMO_PASSWORD)
    )
    window = MainWindow(ViewContext(uow_factory, actor))
    qtbot.addWidget(window)
    window.setStyleSheet(screens.style_sheet())
    window.resize(SCREEN)
    window.show()
    screens.settle()
    problems: set[str] = set()
    for page in screens.every_page(window):
        problems |= {f"{page}: untranslated {p}" for p in pseudo_check.untranslated(window)}
        problems |= {f"{page}: clipped {p}" for p in layout_check.clipped_widgets(window)}
        # Longer texts must wrap or scroll, not widen the window past the screen.
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
            problems.add(f"{page}: the window needs {needed.width()}×{needed.height()}")
    window.close()
    assert not problems, "\n".join(sorted(problems))


def test_sign_in_window_is_translated_in_the_pseudo_language(qtbot, in_pseudo, uow_factory):  # type: ignore[no-untyped-def]
    login = LoginDialog(uow_factory)
    qtbot.addWidget(login)
    login.setStyleSheet(screens.style_sheet())
    login.show()
    qtbot.waitExposed(login)
    login.language.setProperty("data", True)  # each language by its own name
    problems = pseudo_check.untranslated(login) + layout_check.clipped_widgets(login)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", ["fr", "rw"])
def test_every_page_fits_the_screen_in_french_and_kinyarwanda(qtbot, uow_factory, admin, code):  # type: ignore[no-untyped-def]
    """Real translations can be longer than the pseudo-language's 30 %: the administrator,
    who sees every area, in each language."""
    demo.generate(uow_factory(), admin, sizes=SIZES)
    language.apply(code)
    window = MainWindow(ViewContext(uow_factory, admin))
    qtbot.addWidget(window)
    window.setStyleSheet(screens.style_sheet())
    window.resize(SCREEN)
    window.show()
    screens.settle()
    problems = set()
    for page in screens.every_page(window):
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
            problems.add(f"{page}: the window needs {needed.width()}×{needed.height()}")
        problems |= {f"{page}: clipped {p}" for p in layout_check.clipped_widgets(window)}
    window.close()
    assert not problems, "\n".join(sorted(problems))
