"""Each account starts where it left off, whoever used the workstation before."""

from __future__ import annotations

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow


def test_each_account_comes_back_to_its_own_last_area(qtbot, open_main_window, uow_factory):
    desk = open_main_window(Role.FRONT_DESK)
    desk.open_area("tickets")
    desk.close()
    nutritionist = open_main_window(Role.NUTRITIONIST)
    assert "tickets" in nutritionist.area_keys()
    assert nutritionist.current_area() == "calendar"  # a nutritionist's home, not the desk's
    nutritionist.open_area("availability")
    nutritionist.close()

    again = MainWindow(ViewContext(uow_factory, desk.ctx.actor))
    qtbot.addWidget(again)
    assert again.current_area() == "tickets"
    her_again = MainWindow(ViewContext(uow_factory, nutritionist.ctx.actor))
    qtbot.addWidget(her_again)
    assert her_again.current_area() == "availability"
