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


def _dialogs(ctx: ViewContext, uow_factory, admin):  # type: ignore[no-untyped-def]
    """The main dialogs of each area that has one, filled from the demo data."""
    from sqlalchemy import select

    from dusangire_desktop.models.orders import Order
    from dusangire_desktop.services import catering, corporate, orders
    from dusangire_desktop.services.food_service import diet_orders, stays
    from dusangire_desktop.services.food_service.meals import DEFAULT_TIMES
    from dusangire_desktop.services.menu import MealPeriod
    from dusangire_desktop.services.till.closing import SettingsView
    from dusangire_desktop.services.till.shifts import CashMovementKind
    from dusangire_desktop.views.catering_packages import (
        AddonDialog,
        LargeGroupDialog,
        PackageDialog,
    )
    from dusangire_desktop.views.catering_requests import QuoteDialog
    from dusangire_desktop.views.corporate_contracts import ContractDialog
    from dusangire_desktop.views.corporate_employees import EnrolDialog
    from dusangire_desktop.views.corporate_page import PartnerDialog
    from dusangire_desktop.views.customer_dialog import CustomerDialog
    from dusangire_desktop.views.menu_page import MenuItemDialog
    from dusangire_desktop.views.money_back_dialog import MoneyBackDialog
    from dusangire_desktop.views.staff_page import NewStaffDialog
    from dusangire_desktop.views.tickets_page import NewTicketDialog
    from dusangire_desktop.views.till_fiscal import DeviceDialog
    from dusangire_desktop.views.till_shift import CashMovementDialog
    from dusangire_desktop.views.till_supervision import TillRulesDialog
    from dusangire_desktop.views.ward_dialogs import (
        AdmitDialog,
        DietOrderDialog,
        DischargeDialog,
        MealTimeDialog,
        TransferDialog,
    )

    uow = uow_factory()
    with uow.for_reading():
        order_id = uow.session.scalar(select(Order.id).order_by(Order.id).limit(1))
    assert order_id is not None
    detail = orders.get_order(uow_factory(), admin, order_id)
    partner = corporate.list_partners(uow_factory(), admin)[0]
    stay = stays.list_stays(uow_factory(), admin)[0]
    diet = diet_orders.diet_of(uow_factory(), admin, stay.id)
    package = catering.list_packages(uow_factory(), admin)[0]
    request = catering.list_requests(uow_factory(), admin)[0]
    return {
        "new customer": lambda: CustomerDialog(ctx),
        "cancel order": lambda: MoneyBackDialog(ctx, detail, "cancel"),
        "refund order": lambda: MoneyBackDialog(ctx, detail, "refund"),
        "new partner": lambda: PartnerDialog(ctx),
        "edit partner": lambda: PartnerDialog(ctx, None, partner),
        "new contract": lambda: ContractDialog(ctx, partner, None),
        "enrol employee": lambda: EnrolDialog(ctx, partner),
        "new dish": lambda: MenuItemDialog(ctx, ["Mains", "Drinks"]),
        "new catering package": lambda: PackageDialog(ctx),
        "new staff": lambda: NewStaffDialog(ctx),
        "new ticket": lambda: NewTicketDialog(ctx),
        "admit patient": lambda: AdmitDialog(ctx, ["Surgical", "Maternity"]),
        "paid out": lambda: CashMovementDialog(ctx, CashMovementKind.PAID_OUT),
        "till rules": lambda: TillRulesDialog(ctx, SettingsView(5_000, True)),
        "EBM controller": lambda: DeviceDialog(ctx, None),
        "transfer": lambda: TransferDialog(ctx, stay, ["Surgical", "Maternity"]),
        "discharge": lambda: DischargeDialog(ctx, stay),
        "diet order": lambda: DietOrderDialog(ctx, stay, diet),
        "meal time": lambda: MealTimeDialog(ctx, DEFAULT_TIMES[MealPeriod.LUNCH]),
        "catering add-on": lambda: AddonDialog(ctx, package),
        "large group": lambda: LargeGroupDialog(ctx, package),
        "catering quote": lambda: QuoteDialog(ctx, request),
    }


def _dialog_problems(qtbot, uow_factory, admin, pseudo: bool) -> set[str]:  # type: ignore[no-untyped-def]
    demo.generate(uow_factory(), admin, sizes=SIZES)
    ctx = ViewContext(uow_factory, admin)
    problems: set[str] = set()
    dialogs = _dialogs(ctx, uow_factory, admin)
    assert len(dialogs) >= 8
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.setStyleSheet(screens.style_sheet())
        dialog.show()
        qtbot.waitExposed(dialog)
        screens.settle()
        if pseudo:
            problems |= {f"{name}: untranslated {p}" for p in pseudo_check.untranslated(dialog)}
        problems |= {f"{name}: clipped {p}" for p in layout_check.clipped_widgets(dialog)}
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
            problems.add(f"{name}: the dialog needs {needed.width()}×{needed.height()}")
        dialog.close()
    return problems


def test_the_main_dialogs_are_translated_and_unclipped_in_the_pseudo_language(
    qtbot, in_pseudo, uow_factory, admin
):  # type: ignore[no-untyped-def]
    problems = _dialog_problems(qtbot, uow_factory, admin, pseudo=True)
    assert not problems, "\n".join(sorted(problems))


@pytest.mark.parametrize("code", ["fr", "rw"])
def test_the_main_dialogs_fit_in_french_and_kinyarwanda(qtbot, uow_factory, admin, code):  # type: ignore[no-untyped-def]
    language.apply(code)
    try:
        problems = _dialog_problems(qtbot, uow_factory, admin, pseudo=False)
    finally:
        language.apply(language.ENGLISH)
    assert not problems, "\n".join(sorted(problems))
