"""The audit log, latest first and searchable, as sentences ("Order D-020001 refunded by Aline
Uwase: wrong dish") with a link to the record they are about."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from ..services import audit
from ..services.audit import AuditEntry
from ..services.changes import Area
from .areas import ViewContext
from .banner import MessageBanner
from .formatting import local_datetime, rwf
from .labels import CONTEXT, LABELS
from .language import LANGUAGES
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import WrappedLabel, record_table, selected_record

# The sentence for each action; {who} did it, {record} is what it was done to, other names are
# the event's details. An action not listed reads "<action> — <record>, by <who>".
SENTENCES = {
    "order_placed": QT_TRANSLATE_NOOP("AuditPage", "{who} placed order {record} ({total_rwf})"),
    "order_status": QT_TRANSLATE_NOOP(
        "AuditPage", "Order {record} moved from {old} to {new} by {who}"
    ),
    "order_cancelled": QT_TRANSLATE_NOOP(
        "AuditPage", "Order {record} cancelled by {who}: {reason}"
    ),
    "order_refunded": QT_TRANSLATE_NOOP("AuditPage", "Order {record} refunded by {who}: {reason}"),
    "allergy_override": QT_TRANSLATE_NOOP(
        "AuditPage", "Order {record} placed by {who} despite a warning: {reason}"
    ),
    "customer_created": QT_TRANSLATE_NOOP("AuditPage", "{who} registered {record} as {kind}"),
    "customer_updated": QT_TRANSLATE_NOOP("AuditPage", "{who} changed {fields} of {record}"),
    "login": QT_TRANSLATE_NOOP("AuditPage", "{who} signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditPage", "Wrong password for “{username}”"),
    "login_refused_locked": QT_TRANSLATE_NOOP(
        "AuditPage", "{record} tried to sign in while locked out"
    ),
    "login_refused_inactive": QT_TRANSLATE_NOOP(
        "AuditPage", "{record} tried to sign in while deactivated"
    ),
    "account_locked": QT_TRANSLATE_NOOP(
        "AuditPage", "{record} locked out after five wrong passwords"
    ),
    "first_admin_created": QT_TRANSLATE_NOOP(
        "AuditPage", "{record} was created as the first administrator"
    ),
    "staff_created": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} created the account of {record} ({role})"
    ),
    "staff_role_changed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} changed the role of {record} from {old} to {new}"
    ),
    "staff_password_reset": QT_TRANSLATE_NOOP("AuditPage", "{who} reset the password of {record}"),
    "staff_unlocked": QT_TRANSLATE_NOOP("AuditPage", "{who} unlocked {record}"),
    "staff_deactivated": QT_TRANSLATE_NOOP("AuditPage", "{who} deactivated {record}"),
    "staff_reactivated": QT_TRANSLATE_NOOP("AuditPage", "{who} reactivated {record}"),
    "own_language_changed": QT_TRANSLATE_NOOP("AuditPage", "{who} chose to work in {language}"),
    "own_password_changed": QT_TRANSLATE_NOOP("AuditPage", "{who} chose a new password"),
    "password_rehashed": QT_TRANSLATE_NOOP(
        "AuditPage", "The password of {record} was stored with today's stronger hash"
    ),
    "ticket_created": QT_TRANSLATE_NOOP("AuditPage", "{who} opened ticket {record} ({priority})"),
    "ticket_assigned": QT_TRANSLATE_NOOP("AuditPage", "{who} assigned ticket {record}"),
    "ticket_status": QT_TRANSLATE_NOOP(
        "AuditPage", "Ticket {record} moved from {old} to {new} by {who}"
    ),
    "ticket_priority": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} changed the priority of ticket {record} from {old} to {new}"
    ),
    "subscribed": QT_TRANSLATE_NOOP("AuditPage", "{who} subscribed {record} to {plan}"),
    "subscription_paused": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} paused the subscription of {record}"
    ),
    "subscription_resumed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} resumed the subscription of {record}"
    ),
    "subscription_cancelled": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} cancelled the subscription of {record}: {reason}"
    ),
    "subscriptions_charged": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} charged {charges} subscription periods"
    ),
    "consultation_booked": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} booked a consultation for {record} with {nutritionist}"
    ),
    "consultation_rescheduled": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} moved the consultation of {record}"
    ),
    "consultation_cancelled": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} cancelled the consultation of {record}: {reason}"
    ),
    "consultation_completed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} marked the consultation of {record} completed"
    ),
    "consultation_no_show": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} marked {record} as not come to the consultation"
    ),
    "meal_plan_opened": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} opened a {category} meal plan for {record}"
    ),
    "meal_plan_status": QT_TRANSLATE_NOOP(
        "AuditPage", "The meal plan of {record} moved to {new} by {who}"
    ),
    "catering_requested": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} logged catering request {record} (estimate {estimate_rwf})"
    ),
    "catering_quoted": QT_TRANSLATE_NOOP(
        "AuditPage", "Catering request {record} quoted by {who} ({quoted_price_rwf})"
    ),
    "catering_confirmed": QT_TRANSLATE_NOOP(
        "AuditPage", "Catering request {record} confirmed by {who}"
    ),
    "catering_completed": QT_TRANSLATE_NOOP(
        "AuditPage", "Catering request {record} completed by {who}"
    ),
    "catering_cancelled": QT_TRANSLATE_NOOP(
        "AuditPage", "Catering request {record} cancelled by {who}"
    ),
    "menu_item_saved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} saved the dish {record} ({price_rwf})"
    ),
    "menu_item_availability": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} set whether {record} is available"
    ),
    "partner_saved": QT_TRANSLATE_NOOP("AuditPage", "{who} saved the corporate partner {record}"),
    "partner_updated": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} changed {fields} of the corporate partner {record}"
    ),
    "contract_saved": QT_TRANSLATE_NOOP("AuditPage", "{who} saved the contract {record}"),
    "employee_enrolled": QT_TRANSLATE_NOOP("AuditPage", "{who} enrolled employee {record}"),
    "employees_imported": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} imported {rows} employees for {record}"
    ),
    "orders_imported": QT_TRANSLATE_NOOP("AuditPage", "{who} imported {orders} orders from {file}"),
    "targets_imported": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} imported {rows} revenue targets from {file}"
    ),
    "availability_set": QT_TRANSLATE_NOOP("AuditPage", "{who} set the weekly hours of {record}"),
    "time_off_added": QT_TRANSLATE_NOOP("AuditPage", "{who} added time off for {record}"),
    "plan_saved": QT_TRANSLATE_NOOP("AuditPage", "{who} saved the meal package {record}"),
    "catering_package_saved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} saved the catering package {record} ({price_per_person_rwf} per person)"
    ),
    "catering_addon_saved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} saved the add-on {addon} ({price_rwf}) of the catering package {record}"
    ),
    "employee_deactivated": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} marked employee {record} as having left"
    ),
    "employee_reactivated": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} marked employee {record} as back"
    ),
    "patient_admitted": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} admitted {record} to {ward}, bed {bed}"
    ),
    "patient_transferred": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} moved {record} to {ward}, bed {bed}"
    ),
    "patient_discharged": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} discharged {record} ({settled_rwf} settled)"
    ),
    "diet_override": QT_TRANSLATE_NOOP(
        "AuditPage", "Order {record} placed by {who} outside the patient's diet order: {reason}"
    ),
    "late_tray": QT_TRANSLATE_NOOP("AuditPage", "{who} ordered a late tray for {record}: {reason}"),
    "late_tray_approved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} approved the late tray of {record}"
    ),
    "late_tray_refused": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} refused the late tray of {record}: {reason}"
    ),
    "duplicate_tray_confirmed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} confirmed a second tray for {record} at the same meal: {reason}"
    ),
    "tray_status": QT_TRANSLATE_NOOP("AuditPage", "The tray of {record} marked {new} by {who}"),
    "dish_levels_set": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} set the IDDSI levels {record} is served at"
    ),
    "dish_textures_set": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} set the textures {record} can be served at"
    ),
    "meal_time_set": QT_TRANSLATE_NOOP(
        "AuditPage",
        "{who} set {record} to be served {serves_from}–{serves_until}, ordered until {cutoff}",
    ),
    "ward_cutoff_set": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} set the {meal} order cut-off of {record} to {cutoff}"
    ),
    "ward_saved": QT_TRANSLATE_NOOP("AuditPage", "{who} saved the ward {record}"),
    "shift_opened": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} opened shift {record} at {desk} with a float of {opening_float_rwf}"
    ),
    "shift_counted": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} counted the drawer of shift {record} (variance {variance_rwf})"
    ),
    "shift_variance_approved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} approved a variance of {variance_rwf} on shift {record}: {reason}"
    ),
    "shift_force_closed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} force-closed shift {record} at {desk}: {reason}"
    ),
    "till_settings": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} set the till's variance threshold to {variance_threshold_rwf}"
    ),
    "statement_mapping_saved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} saved the statement columns of {record}"
    ),
    "statement_reconciled": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} reconciled the {provider} statement {file}"
    ),
    "statement_line_resolved": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} resolved a statement line ({resolution}): {note}"
    ),
    "fiscal_device_configured": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} configured the fiscal device at {url} ({mode})"
    ),
    "fiscal_receipt_rejected": QT_TRANSLATE_NOOP(
        "AuditPage", "The controller refused fiscal receipt {record}: {error}"
    ),
    "fiscal_copy_printed": QT_TRANSLATE_NOOP(
        "AuditPage", "{who} printed a copy of fiscal receipt {record}"
    ),
}
# Which enumeration a detail's value comes from, to show its label (views/labels.py).
ENUM_OF = {
    ("order_status", "old"): "OrderStatus", ("order_status", "new"): "OrderStatus",
    ("ticket_status", "old"): "TicketStatus", ("ticket_status", "new"): "TicketStatus",
    ("ticket_priority", "old"): "TicketPriority", ("ticket_priority", "new"): "TicketPriority",
    ("staff_role_changed", "old"): "Role", ("staff_role_changed", "new"): "Role",
    ("meal_plan_status", "new"): "MealPlanStatus",
    ("tray_status", "new"): "TrayStatus", ("ward_cutoff_set", "meal"): "MealPeriod",
    ("statement_reconciled", "provider"): "MobileProvider",
    ("statement_line_resolved", "resolution"): "Resolution",
}  # fmt: skip
ENUM_OF_KEY = {
    "kind": "CustomerKind", "role": "Role", "priority": "TicketPriority",
    "category": "TherapeuticCategory", "status": "ContractStatus",
}  # fmt: skip
# A record's kind, when the record itself is gone.
ENTITY_NAMES = {
    "order": QT_TRANSLATE_NOOP("AuditPage", "order"),
    "customer": QT_TRANSLATE_NOOP("AuditPage", "customer"),
    "ticket": QT_TRANSLATE_NOOP("AuditPage", "ticket"),
    "staff": QT_TRANSLATE_NOOP("AuditPage", "account"),
    "nutritionist": QT_TRANSLATE_NOOP("AuditPage", "nutritionist"),
    "catering_request": QT_TRANSLATE_NOOP("AuditPage", "catering request"),
    "catering_package": QT_TRANSLATE_NOOP("AuditPage", "catering package"),
    "corporate_partner": QT_TRANSLATE_NOOP("AuditPage", "corporate partner"),
    "corporate_contract": QT_TRANSLATE_NOOP("AuditPage", "contract"),
    "corporate_employee": QT_TRANSLATE_NOOP("AuditPage", "employee"),
    "menu_item": QT_TRANSLATE_NOOP("AuditPage", "dish"),
    "subscription_plan": QT_TRANSLATE_NOOP("AuditPage", "meal package"),
    "subscription": QT_TRANSLATE_NOOP("AuditPage", "subscription"),
    "meal_plan": QT_TRANSLATE_NOOP("AuditPage", "meal plan"),
    "consultation": QT_TRANSLATE_NOOP("AuditPage", "consultation"),
    "orders": QT_TRANSLATE_NOOP("AuditPage", "orders"),
    "revenue_targets": QT_TRANSLATE_NOOP("AuditPage", "revenue targets"),
    "stay": QT_TRANSLATE_NOOP("AuditPage", "patient's stay"),
    "tray": QT_TRANSLATE_NOOP("AuditPage", "tray"),
    "ward": QT_TRANSLATE_NOOP("AuditPage", "ward"),
    "meal": QT_TRANSLATE_NOOP("AuditPage", "meal"),
    "shift": QT_TRANSLATE_NOOP("AuditPage", "shift"),
    "till_settings": QT_TRANSLATE_NOOP("AuditPage", "till settings"),
    "statement_mapping": QT_TRANSLATE_NOOP("AuditPage", "statement columns"),
    "statement_import": QT_TRANSLATE_NOOP("AuditPage", "statement"),
    "statement_line": QT_TRANSLATE_NOOP("AuditPage", "statement line"),
    "fiscal_device": QT_TRANSLATE_NOOP("AuditPage", "fiscal device"),
    "fiscal_receipt": QT_TRANSLATE_NOOP("AuditPage", "fiscal receipt"),
}
# Where a record opens: the area, and how that area is pointed at it.
OPENS = {
    "order": "order_queue",
    "customer": "customers",
    "ticket": "tickets",
    "staff": "staff",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def _value(action: str, key: str, value: Any) -> str:
    """A detail as words: amounts in RWF, enumerated values by their label (in a sentence, in
    lower case), lists joined."""
    if key.endswith("_rwf") and isinstance(value, int):
        return rwf(value)
    if key == "language" and value in LANGUAGES:
        return LANGUAGES[value]
    if isinstance(value, str) and re.fullmatch(r"\d\d:\d\d:00", value):
        return value[:5]  # a time of day as kept, "10:30:00"
    if isinstance(value, list):
        return ", ".join(_value(action, key, v) for v in value)
    enum_name = ENUM_OF.get((action, key)) or ENUM_OF_KEY.get(key)
    text = LABELS.get(enum_name or "", {}).get(str(value))
    if text is not None:
        return QCoreApplication.translate(CONTEXT, text).lower()
    return str(value)


def record_name(entry: AuditEntry) -> str:
    if entry.record:
        return entry.record
    kind = _tr(ENTITY_NAMES.get(entry.entity, entry.entity))
    return f"{kind} {entry.entity_id or ''}".strip()


def sentence(entry: AuditEntry) -> str:
    """What happened, as a person would say it."""
    values = {key: _value(entry.action, key, value) for key, value in entry.details.items()}
    values.update(who=entry.actor, record=record_name(entry))
    template = SENTENCES.get(entry.action)
    if template is not None:
        try:
            return _tr(template).format(**values)
        except (KeyError, IndexError):
            pass  # an older event without a detail the sentence needs
    return QCoreApplication.translate("AuditPage", "{action} — {record}, by {who}").format(
        action=entry.action, record=values["record"], who=entry.actor
    )


class AuditPage(Page):
    # Every change that is recorded is audited too.
    watches = frozenset(Area)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        zone = ctx.zone
        self.model: RecordTableModel[AuditEntry] = RecordTableModel([
            Column(self.tr("When"), lambda e: local_datetime(e.at, zone)),
            Column(self.tr("What happened"), sentence, stretch=True),
            Column(self.tr("Record"), record_name),
        ])  # fmt: skip
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search who, action, record or details"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.search.textChanged.connect(self._typed)
        self.table = record_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.detail = WrappedLabel("")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.linkActivated.connect(lambda _link: self.open_selected())
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.refresh()

    def _typed(self, _text: str) -> None:
        self._debounce.start()

    def refresh(self) -> None:
        text = self.search.text()
        self.ctx.query(self, lambda uow, actor: audit.list_events(uow, actor, search=text),
                       self._show, purpose="events")  # fmt: skip

    def _show(self, events: list[AuditEntry]) -> None:
        self.model.set_records(events)
        self.detail.setText("")
        self.refreshed.emit()

    def selected(self) -> AuditEntry | None:
        return selected_record(self.table, self.model)

    def _opens(self, entry: AuditEntry) -> str | None:
        """The area the record opens in, when this account may open it and it still exists."""
        key = OPENS.get(entry.entity)
        window = self.window()
        keys = window.area_keys() if hasattr(window, "area_keys") else []
        return key if key in keys and entry.record else None

    def _selected(self, *_args: object) -> None:
        entry = self.selected()
        if entry is None:
            self.detail.setText("")
            return
        text = f"<b>{escape(sentence(entry))}</b>"
        details = ", ".join(f"{k}: {_value(entry.action, k, v)}"
                            for k, v in sorted(entry.details.items()))  # fmt: skip
        if details:
            text += f"<br><span style='color:#5b665e'>{escape(details)}</span>"
        if self._opens(entry):
            link = self.tr("Open {record}").format(record=escape(record_name(entry)))
            text += f"<br><a href='open'>{link}</a>"
        self.detail.setText(text)

    def open_selected(self) -> bool:
        """Show the selected event's record in its own area; False when it has none."""
        entry = self.selected()
        if entry is None:
            return False
        key = self._opens(entry)
        if key is None:
            return False
        page = self.window().open_area(key)
        name = entry.record
        if key == "order_queue":
            page.any_day.setChecked(True)
            page.search.setText(name)
        elif key == "customers":
            page.search.setText(name.rsplit("(", 1)[-1].rstrip(")"))
        elif key == "staff":
            page.search.setText(name)
        elif key == "tickets" and entry.entity_id:
            page.select(int(entry.entity_id))
        return True
