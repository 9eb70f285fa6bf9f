"""Taking an order, keyboard first: find the customer, type dishes, Enter adds, pay, place."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import customers, menu, orders, pricing
from ..services.auth import Actor
from ..services.changes import Area
from ..services.customers import CustomerView
from ..services.errors import DatabaseUnavailable, DomainError
from ..services.menu import DietTag, MealPeriod, MenuItemView
from ..services.orders import DeliveryInput, Fulfilment, OrderDetail, PaymentInput, PaymentMethod
from ..services.pricing import LineRequest, Quote
from ..services.uow import UnitOfWork
from . import receipt
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .customer_dialog import CustomerDialog, customer_kind_text
from .customer_search import CustomerSearch
from .formatting import NOT_AVAILABLE, rwf
from .formatting import number as figure
from .labels import choices, label
from .page import Page
from .patient_meal import PatientMealPanel
from .payment_section import FiscalSender, MobileMoneyFields
from .quick_dishes import QuickDishes
from .table_model import Column, RecordTableModel
from .widgets import fit_columns

DEFAULT_METHOD = PaymentMethod.CASH
QUOTE_RETRY_MS = 3000
CartKey = tuple[int, tuple[LineRequest, ...]]


@dataclass(frozen=True)
class CartLine:
    item: MenuItemView
    quantity: int

    @property
    def total(self) -> int:
        return self.item.price_rwf * self.quantity


class _KeyForwarder(QLineEdit):
    """A search field whose Down key moves into its result list, so hands stay on the keys."""

    down = Signal()
    digit = Signal(int)
    # The dish search takes a digit typed into it while empty as a quick key; names have none.
    quick_digits = False

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if (
            self.quick_digits
            and not self.text()
            and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.digit.emit(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class _CartTable(QTableView):
    """+ and - change the quantity of the selected line, Delete removes it."""

    change = Signal(int, int)

    def sizeHint(self) -> QSize:
        # Wide enough for a dish name beside quantity, unit price and line total.
        return QSize(440, super().sizeHint().height())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        row = self.currentIndex().row()
        if row >= 0 and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.change.emit(row, +1)
        elif row >= 0 and event.key() == Qt.Key.Key_Minus:
            self.change.emit(row, -1)
        elif row >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.change.emit(row, 0)
        else:
            super().keyPressEvent(event)


class OrderEntryPage(Page):
    """Watches the menu (dishes and prices), corporate agreements and customers (the company's
    share, allergies), which change the price or the warnings of the cart being built."""

    watches = frozenset({Area.MENU, Area.CORPORATE, Area.CUSTOMERS})
    quoted = Signal()
    placed = Signal(object)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.customer: CustomerView | None = None
        self.cart: list[CartLine] = []
        self.quote: Quote | None = None
        self.last_order: OrderDetail | None = None
        self._menu: list[MenuItemView] = []
        # Asks again for a price the database could not give; one shot per failure.
        self._quote_retry = QTimer(self, singleShot=True, interval=QUOTE_RETRY_MS)
        self._quote_retry.timeout.connect(self.requote)
        self.banner = MessageBanner()

        # Customer
        self.customer_search = _KeyForwarder()
        self.customer_search.setPlaceholderText(
            self.tr("Customer: name, phone, ward/bed, employee no.  (F2)")
        )
        self.customer_results = QListWidget()
        self.customer_results.setMaximumHeight(110)
        # Shown only while it lists someone, so the dishes keep the height at 1366×768.
        self.customer_results.hide()
        results = self.customer_results.model()
        for signal in (results.rowsInserted, results.rowsRemoved, results.modelReset):
            signal.connect(self._customer_results_changed)
        self.customer_label = QLabel(self.tr("No customer chosen"))
        self.customer_label.setWordWrap(True)
        new_customer = QPushButton(self.tr("&New customer…"))
        new_customer.clicked.connect(self.open_new_customer)
        self.customer_lookup = CustomerSearch(ctx, self, self.customer_search)
        self.customer_lookup.found.connect(self._show_customers)
        self.customer_search.down.connect(self._into_customer_results)
        self.customer_search.returnPressed.connect(self._choose_first_customer)
        self.customer_results.itemActivated.connect(self._customer_activated)
        self.patient_meal = PatientMealPanel(ctx, self)
        self.patient_meal.changed.connect(self._filter_menu)

        # Menu
        self.menu_search = _KeyForwarder()
        self.menu_search.setPlaceholderText(self.tr("Dish: type to search, Enter adds  (F3)"))
        # Narrow enough that the form fits 1920×1080 at 150 % without scrolling sideways.
        self.menu_search.setMinimumWidth(120)
        self.menu_search.quick_digits = True
        self.quick = QuickDishes(ctx, self)
        self.quick.chosen.connect(self._add_quick_dish)
        self.menu_search.digit.connect(self.quick.take)
        self.category = QComboBox()
        self.category.setProperty("data", True)  # the menu's own categories
        self.period = QComboBox()
        self.period.addItem(self.tr("Any"), None)
        for text, period in choices(MealPeriod):
            self.period.addItem(text, period)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any"), None)
        for text, tag in choices(DietTag):
            self.tag.addItem(text, tag)
        self.menu_model: RecordTableModel[MenuItemView] = RecordTableModel(
            [
                Column(self.tr("Dish"), lambda i: i.name),
                Column(self.tr("Category"), lambda i: i.category),
                Column(self.tr("Price"), lambda i: rwf(i.price_rwf), align_right=True),
                Column(self.tr("Allergens"), lambda i: ", ".join(label(a) for a in i.allergens)),
            ]
        )
        self.menu_table = QTableView()
        self.menu_table.setModel(self.menu_model)
        self.menu_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.menu_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.menu_table.verticalHeader().hide()
        fit_columns(self.menu_table)
        self.menu_search.textChanged.connect(self._filter_menu)
        self.menu_search.returnPressed.connect(self._add_current_dish)
        self.menu_search.down.connect(lambda: self.menu_table.setFocus())
        self.menu_table.activated.connect(lambda _index: self._add_current_dish())
        for combo in (self.category, self.period, self.tag):
            combo.currentIndexChanged.connect(self._filter_menu)
            # Sized to a short word, not to the longest choice, so the filters never widen the page.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)

        # Cart and breakdown
        self.cart_model: RecordTableModel[CartLine] = RecordTableModel(
            [
                Column(self.tr("Dish"), lambda c: c.item.name),
                Column(self.tr("Qty"), lambda c: str(c.quantity), align_right=True),
                Column(self.tr("Unit"), lambda c: figure(c.item.price_rwf), align_right=True),
                Column(self.tr("Line"), lambda c: figure(c.total), align_right=True),
            ]
        )
        self.cart_table = _CartTable()
        self.cart_table.setModel(self.cart_model)
        self.cart_table.verticalHeader().hide()
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.cart_table)
        self.cart_table.change.connect(self.change_quantity)
        self.breakdown = QLabel(self.tr("Add dishes to see the price."))
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setWordWrap(True)
        self.conflicts = QLabel("")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color:#8a1c12; font-weight:600;")
        self.override = QLineEdit()
        self.override.setPlaceholderText(
            self.tr("Reason to place it anyway (required when flagged)")
        )
        self.override.setMaxLength(500)

        # Payment and delivery
        self.method = QComboBox()
        for text, method in choices(PaymentMethod):
            self.method.addItem(text, method)
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(self.tr("cash received"))
        self.tendered.setMaximumWidth(180)
        self.change_label = QLabel("")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("mobile money / card reference"))
        self.reference.setMaxLength(30)
        self.mobile = MobileMoneyFields(self.reference)
        self.fiscal = FiscalSender(ctx)
        self.fulfilment = QComboBox()
        self.fulfilment.addItem(self.tr("Pickup at the counter"), Fulfilment.PICKUP)
        self.fulfilment.addItem(self.tr("Deliver to ward and bed"), Fulfilment.DELIVERY)
        self.ward = QLineEdit()
        self.ward.setPlaceholderText(self.tr("ward"))
        self.bed = QLineEdit()
        self.bed.setPlaceholderText(self.tr("bed"))
        self.method.currentIndexChanged.connect(self._payment_changed)
        self.tendered.textChanged.connect(self._show_change)
        self.tendered.returnPressed.connect(self.place)
        self.fulfilment.currentIndexChanged.connect(self._fulfilment_changed)
        self.place_button = QPushButton(self.tr("Place order  (Ctrl+Enter)"))
        self.place_button.setDefault(True)
        self.place_button.clicked.connect(self.place)
        self.print_button = QPushButton(self.tr("&Print receipt"))
        self.print_button.clicked.connect(self._print_last)
        self.preview_button = QPushButton(self.tr("Pre&view receipt…"))
        self.preview_button.clicked.connect(self.preview_receipt)
        self.pdf_button = QPushButton(self.tr("Save receipt P&DF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(False)

        self._layout(new_customer)
        for keys, slot in (
            ("F2", self.customer_search.setFocus),
            ("F3", self.menu_search.setFocus),
            ("Ctrl+Return", self.place),
            ("Ctrl+Enter", self.place),
            ("Ctrl+P", self._print_last),
            ("Escape", self.clear_order),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      activated=lambda n=number: self.quick.take(n))  # fmt: skip
        self._reset_payment()
        self._payment_changed()
        self._fulfilment_changed()
        self.load_menu()
        self.customer_search.setFocus()

    def _layout(self, new_customer: QPushButton) -> None:
        customer_box = QGroupBox(self.tr("1. Customer"))
        c = QVBoxLayout(customer_box)
        row = QHBoxLayout()
        row.addWidget(self.customer_search, 1)
        row.addWidget(new_customer)
        c.addLayout(row)
        c.addWidget(self.customer_results)
        c.addWidget(self.customer_label)
        menu_box = QGroupBox(self.tr("2. Dishes"))
        m = QVBoxLayout(menu_box)
        filters = QHBoxLayout()
        filters.addWidget(self.menu_search, 2)
        for title, combo in (
            (self.tr("Category"), self.category),
            (self.tr("Period"), self.period),
            (self.tr("Diet"), self.tag),
        ):
            filters.addWidget(QLabel(title))
            filters.addWidget(combo)
        m.addLayout(filters)
        m.addWidget(self.quick)
        m.addWidget(self.menu_table, 1)
        cart_box = QGroupBox(self.tr("3. Order  (+ / − / Delete on a line)"))
        k = QVBoxLayout(cart_box)
        k.addWidget(self.patient_meal)
        k.addWidget(self.cart_table, 1)
        k.addWidget(self.breakdown)
        k.addWidget(self.conflicts)
        k.addWidget(self.override)
        pay_box = QGroupBox(self.tr("4. Payment and delivery"))
        p = QFormLayout(pay_box)
        p.addRow(self.tr("Pay by"), self.method)
        cash = QHBoxLayout()
        cash.addWidget(self.tendered)
        cash.addWidget(self.change_label, 1)
        p.addRow(self.tr("Cash"), cash)
        p.addRow(self.tr("Reference"), self.reference)
        p.addRow(self.tr("Mobile money"), self.mobile)
        p.addRow(self.tr("Delivery"), self.fulfilment)
        place = QHBoxLayout()
        place.addWidget(self.ward)
        place.addWidget(self.bed)
        p.addRow(self.tr("Ward / bed"), place)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        grid = QGridLayout()
        grid.addWidget(customer_box, 0, 0)
        grid.addWidget(menu_box, 1, 0)
        grid.addWidget(cart_box, 0, 1, 2, 1)
        grid.addWidget(pay_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        # An admitted patient's panel makes the form taller than a 768-pixel screen: it scrolls.
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.fiscal)

    # customers
    def _show_customers(self, found: list[CustomerView]) -> None:
        self.customer_results.clear()
        for customer in found:
            extra = " · ".join(
                x
                for x in (customer.reference, customer_kind_text(customer), customer.phone or "",
                          customer.location)
                if x
            )  # fmt: skip
            item = QListWidgetItem(f"{customer.full_name}  —  {extra}")
            item.setData(Qt.ItemDataRole.UserRole, customer)
            self.customer_results.addItem(item)
        if found:
            self.customer_results.setCurrentRow(0)

    def _customer_results_changed(self, *_args: object) -> None:
        if shiboken6.isValid(self.customer_results):
            self.customer_results.setVisible(self.customer_results.count() > 0)

    def _into_customer_results(self) -> None:
        if self.customer_results.count():
            self.customer_results.setFocus()
            self.customer_results.setCurrentRow(0)

    def _choose_first_customer(self) -> None:
        """Enter takes the first customer found for the text as it is now, waiting for that
        answer when it is still on its way, never an answer for what was typed before."""
        self.customer_lookup.when_current(self._take_first)

    def _take_first(self, found: list[CustomerView]) -> None:
        if found:
            self.choose_customer(found[0])

    def _customer_activated(self, item: QListWidgetItem) -> None:
        self.choose_customer(item.data(Qt.ItemDataRole.UserRole))

    def choose_customer(self, customer: CustomerView) -> None:
        self.customer = customer
        self._show_customer(customer)
        self._reset_payment()
        self.ward.setText(customer.ward or "")
        self.bed.setText((customer.bed or "") if customer.ward else "")
        delivery = Fulfilment.DELIVERY if customer.ward else Fulfilment.PICKUP
        self.fulfilment.setCurrentIndex(self.fulfilment.findData(delivery))
        self.menu_search.setFocus()
        self.patient_meal.show_for(customer)
        self.requote()

    def _show_customer(self, customer: CustomerView) -> None:
        allergies = ", ".join(label(a) for a in customer.allergies)
        kind = escape(customer_kind_text(customer))
        text = f"<b>{escape(customer.full_name)}</b> ({customer.reference}) · {kind}"
        if customer.location:
            text += f" — {escape(customer.location)}"
        if allergies:
            warning = self.tr("Allergic to: {allergies}").format(allergies=escape(allergies))
            text += f"<br><span style='color:#b3261e'>{warning}</span>"
        if customer.diet_notes:
            text += "<br>" + self.tr("Diet notes: {notes}").format(
                notes=escape(customer.diet_notes)
            )
        self.customer_label.setText(text)

    def open_new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self.ctx, parent=self, name_hint=self.customer_search.text())
        dialog.saved.connect(self.choose_customer)
        dialog.open()
        return dialog

    # menu
    def load_menu(self) -> None:
        self.ctx.query(self, menu.list_menu, self._menu_loaded, purpose="menu")
        self.quick.load()

    def _menu_loaded(self, items: list[MenuItemView]) -> None:
        self._menu = items
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any"), None)
        for name in sorted({i.category for i in items}):
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findText(current)))
        self.category.blockSignals(False)
        self._filter_menu()

    def _filter_menu(self, *_args: object) -> None:
        text = self.menu_search.text().strip().lower()
        category, period, tag = (
            self.category.currentData(),
            self.period.currentData(),
            self.tag.currentData(),
        )
        shown = [
            i
            for i in self._menu
            if text in i.name.lower()
            and (category is None or i.category == category)
            and (period is None or i.meal_period in (period, MealPeriod.ALL_DAY))
            and (tag is None or tag in i.diet_tags)
            and self.patient_meal.shows(i.id)
        ]
        self.menu_model.set_records(shown)
        if shown:
            self.menu_table.selectRow(0)

    def _add_current_dish(self) -> None:
        index = self.menu_table.currentIndex()
        row = index.row() if index.isValid() else 0
        if row >= self.menu_model.rowCount():
            self.banner.show_warning(self.tr("No dish matches; change the search."))
            return
        self.add(self.menu_model.record(row))
        self.menu_search.clear()
        self.menu_search.setFocus()

    def _add_quick_dish(self, item: MenuItemView) -> None:
        self.add(item)
        self.menu_search.setFocus()

    # cart
    def add(self, item: MenuItemView, quantity: int = 1) -> None:
        for index, line in enumerate(self.cart):
            if line.item.id == item.id:
                self.cart[index] = CartLine(item, line.quantity + quantity)
                break
        else:
            self.cart.append(CartLine(item, quantity))
        self._cart_changed()

    def change_quantity(self, row: int, delta: int) -> None:
        line = self.cart[row]
        quantity = 0 if delta == 0 else line.quantity + delta
        if quantity <= 0:
            del self.cart[row]
        else:
            self.cart[row] = CartLine(line.item, quantity)
        self._cart_changed()
        if self.cart:
            self.cart_table.selectRow(min(row, len(self.cart) - 1))

    def _cart_changed(self) -> None:
        self.cart_model.set_records(self.cart)
        self.requote()

    def _cart_key(self) -> CartKey | None:
        if not self.cart or self.customer is None:
            return None
        return self.customer.id, tuple(LineRequest(c.item.id, c.quantity) for c in self.cart)

    def requote(self) -> None:
        """Price the cart as it is now; called on every change to the cart or the customer.

        The total shown is only ever the pricing service's answer for the current cart: until
        that answer arrives, or when it cannot be had, it reads "—". Each call supersedes the
        answers still on their way; while the database is unreachable the price is asked again
        every few seconds.
        """
        self._quote_retry.stop()
        self.quote = None
        self.conflicts.clear()
        self._show_change()
        key = self._cart_key()
        if key is None:
            self.breakdown.setText(self.tr("Choose a customer and add dishes to see the price."))
            # Supersedes a price still on its way for the cart as it was.
            self.ctx.query(self, _no_price, self._show_quote, purpose="quote")
            return
        working = self.tr("working out the price…")
        self.breakdown.setText(f"{self._total(NOT_AVAILABLE)} <i>{working}</i>")
        customer_id, lines = key

        def price(uow: UnitOfWork, actor: Actor) -> tuple[CartKey, Quote]:
            return key, pricing.quote(uow, actor, customer_id, lines)

        self.ctx.query(self, price, self._show_quote, purpose="quote", on_error=self._quote_failed)

    def _total(self, amount: str) -> str:
        total = self.tr("Total: <b>{amount}</b>").format(amount=amount)
        return f"<span style='font-size:16px'>{total}</span>"

    def _quote_failed(self, error: DomainError) -> None:
        if isinstance(error, DatabaseUnavailable):
            why = self.tr(
                "The database cannot be reached, so the price cannot be worked out; retrying."
            )
            self._quote_retry.start()
        else:
            why = error.message
            self.banner.show_error(error.message)
        self.breakdown.setText(
            f"{self._total(NOT_AVAILABLE)}<br><span style='color:#b3261e'>{escape(why)}</span>"
        )

    def _show_quote(self, answer: tuple[CartKey, Quote] | None) -> None:
        if answer is None or answer[0] != self._cart_key():
            return
        q = self.quote = answer[1]
        self._follow_company_cover(q)
        rows = [self.tr("Subtotal: <b>{amount}</b>").format(amount=rwf(q.subtotal_rwf))]
        for c in q.candidates:
            mark = "✔" if c.applied else "✘"
            amount = f" −{figure(c.amount_rwf)}" if c.applied else ""
            rows.append(
                f"{mark} {escape(c.label)}{amount} <i style='color:#666'>({escape(c.reason)})</i>"
            )
        rows.append(self._total(rwf(q.total_rwf)))
        if q.company_share_rwf:
            rows.append(
                self.tr("Company pays {company} · customer pays <b>{customer}</b>").format(
                    company=rwf(q.company_share_rwf), customer=rwf(q.customer_share_rwf)
                )
            )
        if q.subsidy_note:
            rows.append(f"<i>{escape(q.subsidy_note)}</i>")
        self.breakdown.setText("<br>".join(rows))
        self.conflicts.setText(
            "⚠ " + "<br>⚠ ".join(escape(c) for c in q.conflicts) if q.conflicts else ""
        )
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.override.setEnabled(bool(q.conflicts))
        self._show_change()
        self.quoted.emit()

    # payment
    def _follow_company_cover(self, q: Quote | None) -> None:
        """The corporate account pays exactly when the company covers the whole order: then it is
        chosen (nothing to collect), otherwise it cannot be chosen and the desk's choice stands."""
        covered = q is not None and q.company_share_rwf > 0 and q.customer_share_rwf == 0
        corporate = self.method.findData(PaymentMethod.CORPORATE_ACCOUNT)
        self.method.model().item(corporate).setEnabled(covered)
        if covered:
            self.method.setCurrentIndex(corporate)
        elif self.method.currentIndex() == corporate:
            self.method.setCurrentIndex(self.method.findData(DEFAULT_METHOD))

    def _reset_payment(self) -> None:
        """A new order or another customer: the default method, nothing tendered, no reference."""
        self._follow_company_cover(None)
        self.method.setCurrentIndex(self.method.findData(DEFAULT_METHOD))
        self.tendered.clear()
        self.reference.clear()
        self.mobile.clear()

    def _payment_changed(self) -> None:
        method = self.method.currentData()
        self.tendered.setEnabled(method == PaymentMethod.CASH)
        self.reference.setEnabled(method in (PaymentMethod.MOBILE_MONEY, PaymentMethod.CARD))
        self.mobile.setEnabled(method == PaymentMethod.MOBILE_MONEY)
        self._show_change()

    def _fulfilment_changed(self) -> None:
        delivery = self.fulfilment.currentData() == Fulfilment.DELIVERY
        self.ward.setEnabled(delivery)
        self.bed.setEnabled(delivery)

    def _tendered(self) -> int | None:
        digits = self.tendered.text().replace(",", "").replace(" ", "")
        return int(digits) if digits.isdigit() else None

    def _show_change(self) -> None:
        due = self.quote.customer_share_rwf if self.quote else None
        tendered = self._tendered()
        if self.method.currentData() != PaymentMethod.CASH or due is None or tendered is None:
            self.change_label.setText("")
        elif tendered >= due:
            self.change_label.setText(
                self.tr("Change: <b>{amount}</b>").format(amount=rwf(tendered - due))
            )
        else:
            short = self.tr("{amount} short").format(amount=rwf(due - tendered))
            self.change_label.setText(f"<span style='color:#b3261e'>{short}</span>")

    # placing
    def place(self) -> None:
        self.banner.clear()
        if self.customer is None:
            self.banner.show_error(self.tr("Choose the customer first (F2)."))
            self.customer_search.setFocus()
            return
        if not self.cart:
            self.banner.show_error(self.tr("Add at least one dish (F3)."))
            self.menu_search.setFocus()
            return
        if (
            self.method.currentData() == PaymentMethod.CASH
            and self.tendered.text().strip()
            and self._tendered() is None
        ):
            self.banner.show_error(self.tr("Cash received must be a whole number of francs."))
            self.tendered.setFocus()
            return
        customer_id = self.customer.id
        lines = [LineRequest(c.item.id, c.quantity) for c in self.cart]
        payment = self.mobile.payment(
            PaymentInput(self.method.currentData(), self._tendered(), self.reference.text())
        )
        delivery = DeliveryInput(self.fulfilment.currentData(), self.ward.text(), self.bed.text())
        override = self.override.text()

        def place(uow: UnitOfWork, actor: Actor) -> OrderDetail:
            return orders.place_order(
                uow, actor, customer_id=customer_id, lines=lines, payment=payment,
                delivery=delivery, allergy_override=override,
            )  # fmt: skip

        if self.patient_meal.active():  # an admitted patient's meal goes through the stay
            place = self.patient_meal.operation(lines, payment, override)

        if self.ctx.command(self, place, self._placed, purpose="place",
                            on_error=self._place_failed):  # fmt: skip
            self.place_button.setEnabled(False)

    def _place_failed(self, error: DomainError) -> None:
        self.place_button.setEnabled(True)
        self.banner.show_error(error.message)
        focus = {
            "tendered": self.tendered,
            "reference": self.reference,
            "override": self.override,
            "ward": self.ward,
            "payment_method": self.method,
            "quantity": self.cart_table,
            "lines": self.cart_table,
        }.get(error.field or "") or self.mobile.field(error.field or "")
        if focus is not None:
            focus.setFocus()
        self.patient_meal.focus_for(error.field)
        if isinstance(error, orders.SubsidyChanged):
            self.requote()

    def _placed(self, order: OrderDetail) -> None:
        self.place_button.setEnabled(True)
        self.last_order = order
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(True)
        total = rwf(order.summary.total_rwf)
        if order.change_rwf:
            text = self.tr("Order {number} placed — {total}, change {change}.").format(
                number=order.summary.number, total=total, change=rwf(order.change_rwf)
            )
        else:
            text = self.tr("Order {number} placed — {total}.").format(
                number=order.summary.number, total=total
            )
        self.banner.show_info(text)
        self.fiscal.after_sale(order)
        self.placed.emit(order)
        self.clear_order(keep_message=True)

    def clear_order(self, keep_message: bool = False) -> None:
        """A new order starts clean: no customer, no dishes, the default payment, pickup."""
        self.cart = []
        self.cart_model.set_records([])
        self.customer = None
        self.customer_label.setText(self.tr("No customer chosen"))
        self.patient_meal.show_for(None)
        self._reset_payment()
        self.fulfilment.setCurrentIndex(self.fulfilment.findData(Fulfilment.PICKUP))
        for field in (self.override, self.customer_search, self.ward, self.bed):
            field.clear()
        self.customer_results.clear()
        self.requote()
        if not keep_message:
            self.banner.clear()
        self.customer_search.setFocus()

    def _print_last(self) -> None:
        if self.last_order is not None:
            receipt.print_receipt(self.last_order, self.ctx.zone, self)

    def preview_receipt(self) -> QPrintPreviewDialog | None:
        if self.last_order is None:
            return None
        return receipt.preview_receipt(self.last_order, self.ctx.zone, self)

    def _ask_pdf(self) -> None:
        if self.last_order is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"receipt-{self.last_order.summary.number}.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_receipt_pdf(Path(path))

    def save_receipt_pdf(self, path: Path) -> None:
        """The order just placed is in hand: no database is needed to write its receipt."""
        if self.last_order is not None:
            receipt.save_pdf(self.last_order, self.ctx.zone, path)
            self.banner.show_info(self.tr("Receipt saved to {path}").format(path=path))

    # changes elsewhere
    def refresh(self) -> None:
        self.load_menu()
        self.requote()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.MENU}):
            self.load_menu()
        chosen = self.customer.id if self.customer is not None else None
        ids = changes.ids(Area.CUSTOMERS)
        customer_changed = (
            chosen is not None
            and changes.touches({Area.CUSTOMERS})
            and (ids is None or chosen in ids)
        )
        if customer_changed:
            self.ctx.query(
                self, lambda uow, actor: customers.get_customer(uow, actor, chosen),
                self._customer_changed, purpose="customer",
            )  # fmt: skip
        if customer_changed or changes.touches({Area.MENU, Area.CORPORATE}):
            self.requote()  # prices, discounts, the company's share or allergies

    def _customer_changed(self, customer: CustomerView) -> None:
        if self.customer is not None and self.customer.id == customer.id:
            self.customer = customer
            self._show_customer(customer)


def _no_price(_uow: UnitOfWork, _actor: Actor) -> None:
    return None
