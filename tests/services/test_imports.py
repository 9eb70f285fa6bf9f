"""Importing web-shop history and targets: all or nothing, and every bad row named with its line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from dusangire_desktop import cli
from dusangire_desktop.models.customers import Customer
from dusangire_desktop.models.menu import MealPeriod, MenuCategory, MenuItem
from dusangire_desktop.models.orders import Order
from dusangire_desktop.models.rollups import MonthActivity
from dusangire_desktop.models.targets import RevenueTarget
from dusangire_desktop.services import imports
from dusangire_desktop.services.analytics import bi
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.errors import PermissionDenied

HEADER = "order_ref,placed_at,customer_ref,customer_name,status,channel,item,quantity,unit_price,discount\n"  # noqa: E501
GOOD = HEADER + (
    "W-1001,2026-02-01T00:30:00,,Aline Uwase,delivered,regular,Isombe n'umuceri,2,3500,0\n"
    "W-1001,2026-02-01T00:30:00,,Aline Uwase,delivered,regular,Fanta,1,800,300\n"
    'W-1002,2026-02-03T12:00:00+02:00,C-77,"Mugisha, Jean",delivered,corporate,Brochette,3,2000,0\n'
    "W-1003,2026-02-04T09:00:00Z,,Aline Uwase,cancelled,regular,Fanta,1,800,0\n"
)
KIGALI_MIDNIGHT_30 = datetime(2026, 1, 31, 22, 30, tzinfo=UTC)


@pytest.fixture
def write(tmp_path):
    def make(text: str, name: str = "history.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


def _reasons_by_line(problems) -> dict[int, str]:  # type: ignore[no-untyped-def]
    lines: dict[int, str] = {}
    for problem in problems:
        lines[problem.line] = f"{lines.get(problem.line, '')} | {problem.reason}"
    return lines


def _menu(uow_factory, *names: str) -> None:
    with uow_factory() as uow:
        category = MenuCategory(name="Drinks")
        uow.session.add(category)
        uow.session.flush()
        for name in names:
            uow.session.add(MenuItem(name=name, category_id=category.id, price_rwf=800,
                                     meal_period=MealPeriod.ALL_DAY))  # fmt: skip
        uow.commit()


def _count(uow_factory, model) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_good_file_becomes_orders_with_the_right_totals(uow_factory, admin, write):
    summary = imports.import_orders(uow_factory(), admin, write(GOOD), create_missing_dishes=True)
    assert (summary.orders, summary.lines, summary.customers_created, summary.items_created) == (
        3, 4, 2, 3,
    )  # fmt: skip
    assert summary.revenue_rwf == 7000 + 800 - 300 + 6000
    with uow_factory() as uow:
        orders = {o.number: o for o in uow.session.scalars(select(Order))}
        assert orders["W-1001"].total_rwf == 7500 and orders["W-1001"].discount_rwf == 300
        assert orders["W-1001"].placed_at == KIGALI_MIDNIGHT_30  # naive = hospital time
        assert orders["W-1002"].channel.value == "corporate"
    february = Period(date(2026, 2, 1), date(2026, 3, 1))
    manager = Actor(None, "m", "Manager", Role.MANAGER)
    figures = bi.bi_summary(uow_factory(), manager, february, datetime(2026, 3, 5, tzinfo=UTC))
    assert (figures.orders, figures.order_revenue) == (2, 13_500)


def test_every_bad_row_is_listed_and_nothing_is_imported(uow_factory, admin, write):
    bad = HEADER + (
        "W-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-2,yesterday,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-3,2026-02-01T10:00:00,,Aline Uwase,eaten,regular,Fanta,1,800,0\n"
        "W-4,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,0,800,0\n"
        "W-5,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,-800,0\n"
        "W-6,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,900\n"
        "W-7,2026-02-01T10:00:00,,,delivered,regular,Fanta,1,800,0\n"
        "W-1,2026-02-02T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-8,2026-02-01T10:00:00,,Aline, Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-9,2026-02-01T10:00:00,,Aline Uwase,delivered,online,Fanta,1,1.5,0\n"
    )
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_orders(uow_factory(), admin, write(bad), create_missing_dishes=True)
    lines = _reasons_by_line(rejected.value.problems)
    assert sorted(lines) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "ISO 8601" in lines[3] and "status 'eaten'" in lines[4]
    assert "at least 1" in lines[5] and "at least 0" in lines[6]
    assert "more than the line's" in lines[7] and "customer_name is empty" in lines[8]
    assert "started on line 2" in lines[9] and "comma inside a name" in lines[10]
    assert "channel 'online'" in lines[11] and "unit_price '1.5' is not a whole" in lines[11]
    assert "Nothing was imported" in rejected.value.message
    assert _count(uow_factory, Order) == 0 and _count(uow_factory, Customer) == 0


def test_an_order_already_imported_is_refused(uow_factory, admin, write):
    imports.import_orders(uow_factory(), admin, write(GOOD), create_missing_dishes=True)
    with pytest.raises(imports.ImportRejected, match="W-1001 is already in the database"):
        imports.import_orders(uow_factory(), admin, write(GOOD))
    assert _count(uow_factory, Order) == 3


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "lacks column"),
        ("order_ref,placed_at\nW-1,2026-02-01\n", r"lacks column\(s\) customer_ref"),
        (HEADER, "no rows"),
    ],
)
def test_malformed_files(uow_factory, admin, write, text, reason):
    with pytest.raises(imports.ImportRejected, match=reason):
        imports.import_orders(uow_factory(), admin, write(text))


def test_targets_import_and_replace(uow_factory, admin, write):
    assert (
        imports.import_targets(
            uow_factory(),
            admin,
            write("month,channel,amount\n2026-02,total,200000\n2026-03,total,310000\n", "t.csv"),
        )
        == 2
    )
    replacement = write("month,channel,amount\n2026-03,total,320000\n", "t2.csv")
    imports.import_targets(uow_factory(), admin, replacement)
    with uow_factory() as uow:
        targets = dict(
            uow.session.execute(select(RevenueTarget.month_start, RevenueTarget.amount_rwf)).all()
        )
    assert targets == {date(2026, 2, 1): 200_000, date(2026, 3, 1): 320_000}


def test_bad_targets_are_listed(uow_factory, admin, write):
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_targets(
            uow_factory(),
            admin,
            write("month,channel,amount\nMarch,total,1\n2026-03,everything,1\n2026-04,total,-5\n"),
        )
    assert [p.line for p in rejected.value.problems] == [2, 3, 4]


def test_front_desk_cannot_import(uow_factory, write):
    with pytest.raises(PermissionDenied):
        imports.import_orders(uow_factory(), Actor(None, "d", "Desk", Role.FRONT_DESK), write(GOOD))


def test_command_line_import_and_offline_snapshot(
    database_url, uow_factory, write, tmp_path, capsys
):
    importing = ["import", "orders", "--create-missing-dishes", str(write(GOOD))]
    assert cli.main(["--database", database_url, *importing]) == 0
    printed = capsys.readouterr()
    assert "Imported 3 orders" in printed.out
    assert "Dashboard figures prepared" in printed.err
    with uow_factory() as uow:
        february = uow.session.get(MonthActivity, (uow.zone.key, 30, date(2026, 2, 1)))
        assert february is not None and february.revenue_rwf == 13_500
    out = tmp_path / "offline.sqlite"
    assert cli.main(["--database", database_url, "snapshot", str(out)]) == 0
    capsys.readouterr()
    report = ["report", "bi", "--from", "2026-02-01", "--to", "2026-03-01",
              "--as-of", "2026-03-05T12:00:00+02:00"]  # fmt: skip
    assert cli.main(["--database", database_url, *report]) == 0
    online = json.loads(capsys.readouterr().out)
    assert cli.main(["--database", f"sqlite:///{out}", *report]) == 0
    offline = json.loads(capsys.readouterr().out)
    assert online == offline and online["order_revenue"] == 13_500
    assert cli.main(["--database", database_url, "snapshot", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_command_line_import_lists_problems(database_url, uow_factory, write, capsys):
    bad = HEADER + "W-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,-1,800,0\n"
    assert cli.main(["--database", database_url, "import", "orders", str(write(bad))]) == 2
    err = capsys.readouterr().err
    assert "line 2: quantity must be at least 1" in err and "Traceback" not in err


def test_dishes_not_on_the_menu_are_refused_and_every_one_is_named(uow_factory, admin, write):
    _menu(uow_factory, "Fanta")
    history = HEADER + (
        "W-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Pizza,1,5000,0\n"
        "W-2,2026-02-02T10:00:00,,Aline Uwase,delivered,regular,Sushi,2,4000,0\n"
        "W-3,2026-02-03T10:00:00,,Aline Uwase,delivered,regular,pizza,1,5000,0\n"
    )
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_orders(uow_factory(), admin, write(history))
    lines = _reasons_by_line(rejected.value.problems)
    assert sorted(lines) == [3, 4]
    assert "dish 'Pizza' is not on the menu (also on line 5)" in lines[3]
    assert "dish 'Sushi' is not on the menu" in lines[4]
    assert "--create-missing-dishes" in rejected.value.message
    assert _count(uow_factory, Order) == 0 and _count(uow_factory, MenuItem) == 1


def test_missing_dishes_are_created_only_when_asked(uow_factory, admin, write):
    _menu(uow_factory, "Fanta")
    history = HEADER + (
        "W-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,fanta,1,800,0\n"
        "W-2,2026-02-02T10:00:00,,Aline Uwase,delivered,regular,Sushi,2,4000,0\n"
    )
    summary = imports.import_orders(
        uow_factory(), admin, write(history), create_missing_dishes=True
    )
    assert summary.items_created == 1
    with uow_factory() as uow:
        sushi = uow.session.scalar(select(MenuItem).where(MenuItem.name == "Sushi"))
        assert sushi is not None and not sushi.is_available and sushi.price_rwf == 4000


def test_orders_dated_in_the_future_are_refused(uow_factory, admin, write, clock):
    clock.set_local(2026, 3, 3, 8, 0)
    history = HEADER + (
        "W-1,2026-03-03T08:04:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-2,2027-01-01T12:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        "W-3,2026-03-03T08:10:00+02:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
    )
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_orders(uow_factory(), admin, write(history), create_missing_dishes=True)
    lines = _reasons_by_line(rejected.value.problems)
    assert sorted(lines) == [3, 4]
    assert "placed_at 2027-01-01T12:00:00 is in the future (now: 2026-03-03 08:00" in lines[3]
    assert _count(uow_factory, Order) == 0
    skewed = HEADER + history.splitlines(keepends=True)[1]
    summary = imports.import_orders(
        uow_factory(), admin, write(skewed, "skewed.csv"), create_missing_dishes=True
    )
    assert summary.orders == 1  # a till clock a few minutes fast is not the future


def test_every_problem_of_every_line_is_listed(uow_factory, admin, write):
    history = HEADER + (
        "W-1,yesterday,,,eaten,online,Fanta,0,-5,abc\n"
        "W-2,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,,1,800,900\n"
    )
    with pytest.raises(imports.ImportRejected) as rejected:
        imports.import_orders(uow_factory(), admin, write(history), create_missing_dishes=True)
    lines = _reasons_by_line(rejected.value.problems)
    for reason in (
        "customer_name is empty",
        "placed_at 'yesterday'",
        "status 'eaten'",
        "channel 'online'",
        "quantity must be at least 1",
        "unit_price must be at least 0",
        "discount 'abc' is not a whole number",
    ):
        assert reason in lines[2]
    assert "item is empty" in lines[3] and "discount 900 is more than" in lines[3]
    assert f"{len(rejected.value.problems)} problem(s)" in rejected.value.message


def test_a_long_import_reports_progress_and_a_cancelled_one_saves_nothing(
    uow_factory, admin, write, monkeypatch
):
    from dusangire_desktop.models.orders import Order
    from dusangire_desktop.services.progress import Cancelled

    many = HEADER + "".join(
        f"W-{n},2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
        for n in range(1, 2501)
    )
    path = write(many)
    stopped = []

    def stop_halfway(step):
        if step.done >= 0.5:
            stopped.append(step.message)
            raise Cancelled("The import")

    with pytest.raises(Cancelled, match=r"The import was cancelled; nothing was saved\."):
        imports.import_orders(uow_factory(), admin, path, create_missing_dishes=True,
                              progress=stop_halfway)  # fmt: skip
    assert stopped == ["1,000 of 2,500 orders"] and _count(uow_factory, Order) == 0
    steps = []
    imports.import_orders(uow_factory(), admin, path, create_missing_dishes=True,
                          progress=steps.append)  # fmt: skip
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[0].message == "reading history.csv" and steps[-1].done == 1.0
    assert steps[-1].message == "2,500 orders imported"
    assert _count(uow_factory, Order) == 2500
