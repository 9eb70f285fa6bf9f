"""The `dusangire-desktop` command: open the app, or run an administrator's subcommand."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import __version__
from .config import DATA_DIR_ENV, DATABASE_ENV, hospital_zone, resolve_database_url
from .progress_bar import ProgressBar
from .services.errors import DomainError, ValidationError

if TYPE_CHECKING:
    from .services.accounts import StaffAccount
    from .services.analytics.periods import Period

# models.staff.Role's values (a test keeps them equal): importing the models would cost every
# command, `--version` and `--help` included, SQLAlchemy's import time.
ROLES = ("front_desk", "nutritionist", "support", "manager", "admin")

EPILOG = f"""
The database is a local SQLite file unless --database or {DATABASE_ENV} names another, e.g.
postgresql+psycopg://postgres@127.0.0.1/dusangire for the hospital's shared server.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dusangire-desktop",
        description="Dusangire Desktop: the hospital meal business, from the front desk.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--database", metavar="URL", help="SQLite file URL or PostgreSQL URL")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="offscreen check of a fresh install, or of the --database given (read-only); "
        "exit 0 if well",
    )
    parser.add_argument(
        "--demo", action="store_true", help="on an empty database, load demo data, then open"
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"folder of the local SQLite database and the logs (also ${DATA_DIR_ENV})",
    )  # fmt: skip
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db_cmd = commands.add_parser("db", help="schema migrations")
    db_sub = db_cmd.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="upgrade to the latest schema (SQLite is copied aside first)")
    down = db_sub.add_parser("downgrade", help="downgrade to a revision ('base' empties it)")
    down.add_argument("revision")
    db_sub.add_parser("current", help="print the schema revision of the database")
    db_sub.add_parser("check", help="fail if the database differs from the models")

    demo_cmd = commands.add_parser("demo-data", help="fill a new database with demo data")
    demo_cmd.add_argument("--seed", type=int, default=7)
    demo_cmd.add_argument("--customers", type=int, default=2000)
    demo_cmd.add_argument("--orders", type=int, default=20000)
    demo_cmd.add_argument("--months", type=int, default=12)

    staff_cmd = commands.add_parser("staff", help="staff accounts")
    staff_sub = staff_cmd.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", help="create a staff account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of prompting")  # fmt: skip
    staff_sub.add_parser("list", help="list staff accounts as JSON")
    reset = staff_sub.add_parser(
        "reset-password", help="set a temporary password (changed at next sign-in) and unlock"
    )
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input, not a prompt")  # fmt: skip
    unlock = staff_sub.add_parser("unlock", help="lift a lock-out after wrong passwords")
    unlock.add_argument("username")

    report = commands.add_parser("report", help="dashboard figures as JSON or CSV")
    report.add_argument("dashboard", choices=sorted(REPORTS))
    report.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_day, help="day after the last, YYYY-MM-DD")
    report.add_argument("--as-of", type=_moment, help="ISO-8601 moment (default: now)")
    report.add_argument("--format", choices=["json", "csv", "pdf"], default="json")
    _ward_report_arguments(report)

    importer = commands.add_parser("import", help="import CSV: order history or revenue targets")
    importer.add_argument("kind", choices=["orders", "targets"])
    importer.add_argument("file", type=Path)
    importer.add_argument(
        "--create-missing-dishes",
        action="store_true",
        help="add dishes the menu lacks (unavailable, in 'Imported history') instead of refusing",
    )

    follow = commands.add_parser(
        "changes", help="committed changes as JSON lines (area, ids, time), from any workstation"
    )
    follow.add_argument("--follow", action="store_true",
                        help="keep printing each change as it is committed")  # fmt: skip
    follow.add_argument("--after", type=int, metavar="ID",
                        help="start after this change id (default: the newest, or with "
                             "--follow only what comes next)")  # fmt: skip

    snap = commands.add_parser("snapshot", help="copy the database into a new SQLite file")
    snap.add_argument("out", type=Path, help="the SQLite file to create, e.g. offline.sqlite")
    return parser


# Hospital food service reports (issue 13): the same figures as the Wards screens.
WARD_REPORTS = {"ward-round", "kitchen-counts"}
REPORTS = {"bi", "support", "operations", "nutrition", *WARD_REPORTS}


def _ward_report_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument("--date", type=_day, help="ward-round, kitchen-counts: the day")
    report.add_argument(
        "--meal", help="ward-round, kitchen-counts: breakfast, lunch, snack, dinner"
    )
    report.add_argument("--ward", default="", help="ward-round: one ward only")
    report.add_argument("--out", type=Path, help="ward-round --format pdf: the file to write")


def _ward_report(args: argparse.Namespace, uow_factory, actor) -> int:  # type: ignore[no-untyped-def]
    from .services.food_service import rounds

    if args.date is None or not args.meal:
        raise DomainError("Give the meal with --date YYYY-MM-DD --meal lunch.")
    if args.dashboard == "kitchen-counts":
        if args.format == "pdf":
            raise DomainError("Kitchen counts come as --format json or csv.")
        counts = rounds.kitchen_counts(uow_factory(), actor, args.date, args.meal)
        rows = [{"dish": r.dish, "texture": r.texture, "ward": r.ward, "count": r.quantity}
                for r in counts.rows]  # fmt: skip
        if args.format == "csv":
            _print_rows(rows, ["dish", "texture", "ward", "count"])
        else:
            print(json.dumps({"date": counts.day.isoformat(), "meal": counts.meal.value,
                              "rows": rows, "by_dish": counts.by_dish, "total": counts.total},
                             indent=2, ensure_ascii=False))  # fmt: skip
        return 0
    sheet = rounds.round_sheet(uow_factory(), actor, args.date, args.meal, args.ward)
    if args.format == "pdf":
        if args.out is None:
            raise DomainError("Give the PDF file to write with --out ward-round.pdf.")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from .views.ward_documents import save_round_sheet_pdf

        # A widgets application, as the app's own (one per process, whichever starts first).
        _app = QApplication.instance() or QApplication([])
        save_round_sheet_pdf(sheet, uow_factory.zone, args.out)
        print(f"Ward round of {len(sheet.rows)} patients written to {args.out}.")
        return 0
    fields = ["ward", "bed", "patient", "reference", "diet", "texture", "drink", "allergens",
              "npo", "ordered", "guests", "high_risk", "no_order"]  # fmt: skip
    rows = [
        {"ward": r.ward, "bed": r.bed, "patient": r.patient, "reference": r.reference,
         "diet": r.diet, "texture": r.texture, "drink": r.drink,
         "allergens": ",".join(a.value for a in r.allergens), "npo": r.npo, "ordered": r.ordered,
         "guests": r.guests, "high_risk": r.high_risk, "no_order": r.no_order}
        for r in sheet.rows
    ]  # fmt: skip
    if args.format == "csv":
        _print_rows(rows, fields)
    else:
        print(json.dumps({"date": sheet.day.isoformat(), "meal": sheet.meal.value,
                          "patients": rows}, indent=2, ensure_ascii=False))  # fmt: skip
    return 0


def _print_rows(rows: list[dict], fields: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-01") from None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a moment like 2026-03-10T12:00+02:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=hospital_zone())


def _flatten(prefix: str, value: object) -> list[tuple[str, object]]:
    if isinstance(value, dict):
        return [row for k, v in value.items() for row in _flatten(f"{prefix}{k}.", v)]
    if isinstance(value, list):
        return [row for i, v in enumerate(value) for row in _flatten(f"{prefix}{i}.", v)]
    return [(prefix.rstrip("."), "" if value is None else value)]


def _print_report(figures: dict, form: str) -> None:
    if form == "json":
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    import csv

    writer = csv.writer(sys.stdout)
    writer.writerow(["figure", "value"])
    writer.writerows(_flatten("", figures))


def _uow_factory(url: str, access: str = "write"):  # type: ignore[no-untyped-def]
    """Commands that only read pass access="read": they never create or migrate anything."""
    from .opening import open_database
    from .schema import Access

    return open_database(url, Access(access))


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise DomainError("The two passwords differ.")
    return first


def _if_deactivated(account: StaffAccount) -> str:
    if account.is_active:
        return ""
    return " The account is deactivated, though: reactivate it in Staff accounts first."


def _run_command(args: argparse.Namespace, url: str) -> int:
    from .services import auth

    actor = auth.command_line_actor(os.environ.get("USER") or os.environ.get("USERNAME") or "admin")
    if args.command == "db":
        from . import db, schema

        reads = args.db_command in ("current", "check")
        engine = schema.connect(url, schema.Access.READ if reads else schema.Access.WRITE)
        if reads:
            schema.require_schema(engine)
        if args.db_command == "upgrade":
            backup = schema.upgrade(engine)
            print(f"{db.describe(url)} is at revision {schema.current_revision(engine)}"
                  + (f" (previous copy: {backup})" if backup else ""))  # fmt: skip
            _prepare_after_upgrade(url)
        elif args.db_command == "downgrade":
            schema.downgrade(engine, args.revision)
            print(f"{db.describe(url)} is at revision {schema.current_revision(engine) or 'base'}")
        elif args.db_command == "current":
            print(schema.current_revision(engine) or "base (empty)")
        else:
            drift = schema.check(engine)
            if drift:
                print(f"The database differs from the models: {drift}", file=sys.stderr)
                return 1
            print(f"{db.describe(url)} matches the models.")
        return 0
    if args.command == "snapshot":
        from . import db, schema
        from .snapshot import take_snapshot

        engine = schema.connect(url, schema.Access.READ)
        started = time.perf_counter()
        with ProgressBar() as bar:
            counts = take_snapshot(engine, args.out, progress=bar)
        print(
            f"Copied {sum(counts.values()):,} rows from {db.describe(url)} to {args.out} in "
            f"{time.perf_counter() - started:.1f} s. Open it with --database sqlite:///{args.out}"
        )
        return 0
    reads = args.command in ("report", "changes") or (
        args.command == "staff" and args.staff_command == "list"
    )
    uow_factory = _uow_factory(url, "read" if reads else "write")
    if args.command == "import":
        from .services import imports

        if args.kind == "orders":
            missing = args.create_missing_dishes
            with ProgressBar() as bar:
                summary = imports.import_orders(
                    uow_factory(), actor, args.file, create_missing_dishes=missing, progress=bar
                )
            print(
                f"Imported {summary.orders:,} orders ({summary.lines:,} lines, "
                f"{summary.revenue_rwf:,} RWF counted); created {summary.customers_created} "
                f"customers and {summary.items_created} menu items."
            )
            _prepare_dashboards(uow_factory, actor)
        else:
            rows = imports.import_targets(uow_factory(), actor, args.file)
            print(f"Imported {rows} revenue targets.")
        return 0
    if args.command == "demo-data":
        from .services import demo

        started = time.perf_counter()
        sizes = demo.DemoSizes(customers=args.customers, orders=args.orders, months=args.months)
        with ProgressBar() as bar:
            summary = demo.generate(uow_factory(), actor, seed=args.seed, sizes=sizes,
                                    progress=bar)  # fmt: skip
        _prepare_dashboards(uow_factory, actor)
        filled = {name: count for name, count in summary.counts.items() if count}
        print(json.dumps({"seconds": round(time.perf_counter() - started, 1), "rows": filled,
                          "sign_in": {"usernames": list(summary.passwords),
                                      "password": demo.DEMO_PASSWORD}}, indent=2))  # fmt: skip
        return 0
    if args.command == "staff":
        from .services import accounts

        if args.staff_command == "add":
            password = _read_password(args.password_stdin)
            account = accounts.create_staff(uow_factory(), actor, username=args.username,
                                            full_name=args.name, role=accounts.Role(args.role),
                                            password=password)  # fmt: skip
            print(f"Created {account.username} ({account.role.value}).")
        elif args.staff_command == "reset-password":
            account = accounts.find_staff(uow_factory(), actor, args.username)
            password = _read_password(args.password_stdin)
            account = accounts.reset_password(uow_factory(), actor, account.id, password)
            print(f"{account.full_name} ({account.username}) now has that temporary password and "
                  "is unlocked. Tell them to sign in with it: the app asks them to choose their "
                  "own password before anything else." + _if_deactivated(account))  # fmt: skip
        elif args.staff_command == "unlock":
            account = accounts.find_staff(uow_factory(), actor, args.username)
            account = accounts.unlock(uow_factory(), actor, account.id)
            print(f"{account.full_name} ({account.username}) is unlocked and can sign in with "
                  "the same password as before." + _if_deactivated(account))  # fmt: skip
        else:
            rows = [
                {"username": s.username, "name": s.full_name, "role": s.role.value,
                 "active": s.is_active, "locked": s.is_locked}
                for s in accounts.list_staff(uow_factory(), actor)
            ]  # fmt: skip
            print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if args.command == "changes":
        return _print_changes(uow_factory, follow=args.follow, after=args.after)
    if args.command == "report":
        from .services.analytics import report
        from .services.analytics.periods import Period

        if args.dashboard in WARD_REPORTS:
            return _ward_report(args, uow_factory, actor)
        as_of = args.as_of or datetime.now(UTC)
        if args.format == "pdf":
            raise DomainError("Only the ward round prints as PDF; choose --format json or csv.")
        if args.dashboard == "operations":
            figures = report.operations_report(uow_factory(), actor, as_of)
        else:
            if args.start is None or args.end is None:
                raise DomainError("Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.")
            period = Period(args.start, args.end)
            if args.dashboard == "nutrition":
                figures = report.nutrition_report(uow_factory, actor, period, as_of)
            else:
                _require_started(period, as_of, uow_factory.zone)
                build = report.bi_report if args.dashboard == "bi" else report.support_report
                figures = build(uow_factory(), actor, period, as_of)
        _print_report(figures, args.format)
        return 0
    raise AssertionError(args.command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command. Output cut short by its reader (`report bi | head`) ends quietly with exit
    1, as tools stopped by a closed pipe do: not all of it was delivered."""
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's recipe: stdout to devnull, so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.data_dir:
        from .config import use_data_dir

        use_data_dir(args.data_dir)
    from . import logs

    if args.self_test:
        logs.configure(None, args.verbose)
        from .app import self_test

        return self_test(args.database or os.environ.get(DATABASE_ENV) or None)
    try:
        url = resolve_database_url(args.database)
        if args.command is None:
            from .config import default_database_path

            # The log file is opened behind the sign-in window (logging.handlers is slow to load).
            logs.configure(None, args.verbose)
            from .app import run_gui

            return run_gui(url, demo_on_empty=args.demo, exit_when_ready=args.exit_when_ready,
                           log_folder=default_database_path().parent / "logs")  # fmt: skip
        logs.configure(None, args.verbose)
        if _quick_bi_report(args, url):
            return 0
        return _run_command(args, url)
    except DomainError as error:
        where = f" (field: {error.field})" if error.field else ""
        print(f"dusangire-desktop: {error.message}{where}", file=sys.stderr)
        return 2


def _quick_bi_report(args: argparse.Namespace, url: str) -> bool:
    """`report bi` from the stored days and months without SQLAlchemy, the models or numpy
    (services/analytics/bi_lean.py); False when the full path must run (and say what is wrong)."""
    if not (args.command == "report" and args.dashboard == "bi" and args.format != "pdf"):
        return False
    if args.start is None or args.end is None or args.end <= args.start:
        return False
    from .services.analytics import bi_figures, bi_lean
    from .services.analytics.periods import Period

    period, zone = Period(args.start, args.end), hospital_zone()
    as_of = args.as_of or datetime.now(UTC)
    if as_of <= period.utc_bounds(zone)[0]:
        return False
    summary = bi_lean.bi_figures(url, period, as_of, zone)
    if summary is None:
        return False
    _print_report(bi_figures.report(summary), args.format)
    return True


def _require_started(period: Period, as_of: datetime, zone: ZoneInfo) -> None:
    """BI and support figures count what happened in the period up to --as-of: an --as-of at or
    before the period's first moment leaves nothing to count, so it is refused rather than shown
    as empty rates. Nutrition figures are accepted ahead of their period (the slots already
    booked are its utilisation), and operations has no period (it is the day of --as-of)."""
    start = period.utc_bounds(zone)[0]
    if as_of <= start:
        raise ValidationError(
            f"--as-of {as_of.isoformat()} is not after the start of the period "
            f"({period.start} 00:00, hospital time): nothing in it has happened yet. "
            f"Give an --as-of after {period.start}, or leave it out for now."
        )


def _print_changes(uow_factory, *, follow: bool, after: int | None) -> int:  # type: ignore[no-untyped-def]
    from .services import changes

    def emit(batch: list[changes.Change]) -> None:
        for change in batch:
            print(json.dumps(change.as_json(), ensure_ascii=False), flush=True)

    if not follow:
        start = after if after is not None else max(0, changes.latest_change_id(uow_factory()) - 20)
        emit(changes.changes_after(uow_factory(), start))
        return 0
    follower = changes.ChangeFollower(uow_factory, emit, after_id=after)
    try:
        follower.run()
    except KeyboardInterrupt:
        follower.stop()
    return 0


def _prepare_after_upgrade(url: str) -> None:
    """The upgrade also stores the BI screen's days and months when none are (a new version's
    first upgrade), so the first opening does not wait for them."""
    from .opening import open_database, prepare_dashboards
    from .schema import Access

    started = time.perf_counter()
    print("Checking the dashboards' stored figures…", file=sys.stderr, flush=True)
    if prepare_dashboards(open_database(url, Access.WRITE)):
        print(f"Dashboard figures prepared in {time.perf_counter() - started:.1f} s.",
              file=sys.stderr)  # fmt: skip


def _prepare_dashboards(uow_factory, actor) -> None:  # type: ignore[no-untyped-def]
    from .services.analytics import bi

    started = time.perf_counter()
    bi.prepare_stored_figures(uow_factory(), actor, datetime.now(UTC))
    print(f"Dashboard figures prepared in {time.perf_counter() - started:.1f} s.", file=sys.stderr)
