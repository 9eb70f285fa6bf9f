"""The desk's most ordered dishes as numbered tiles: one key (or click) adds one to the cart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from ..services import menu
from ..services.menu import MenuItemView
from .context import ViewContext
from .formatting import rwf
from .widgets import FlowLayout

TILES = 8
# Long dish names are shortened on the tile (the whole name is its tooltip), so eight fit a row.
TILE_TEXT = 20


class QuickDishes(QWidget):
    """Tiles 1–8 for the dishes ordered most in the last four weeks."""

    chosen = Signal(object)  # MenuItemView

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dishes: list[MenuItemView] = []
        self._layout = FlowLayout(self, spacing=4)
        self._title = QLabel(self.tr("Quick keys:"))
        self._title.setToolTip(
            self.tr("The dishes ordered most in the last four weeks. In the empty dish search, "
                    "type the number; anywhere on this screen, Alt and the number.")
        )  # fmt: skip
        self._layout.addWidget(self._title)
        self._buttons: list[QToolButton] = []

    def load(self) -> None:
        self.ctx.query(self, lambda uow, actor: menu.most_ordered(uow, actor, limit=TILES),
                       self._show, purpose="quick dishes")  # fmt: skip

    def _show(self, dishes: list[MenuItemView]) -> None:
        self.dishes = dishes
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for number, dish in enumerate(dishes, start=1):
            name = dish.name if len(dish.name) <= TILE_TEXT else dish.name[: TILE_TEXT - 1] + "…"
            button = QToolButton(self)
            button.setObjectName("quickDish")
            button.setProperty("data", True)
            button.setText(f"{number}  {name}")
            button.setToolTip(f"{dish.name} — {rwf(dish.price_rwf)}  (Alt+{number})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, d=dish: self.chosen.emit(d))
            self._layout.addWidget(button)
            self._buttons.append(button)
        self._title.setVisible(bool(dishes))
        self.updateGeometry()

    def take(self, number: int) -> bool:
        """Add tile `number` (from 1); False when there is no such tile."""
        if 1 <= number <= len(self.dishes):
            self.chosen.emit(self.dishes[number - 1])
            return True
        return False

    def tile_texts(self) -> list[str]:
        return [button.text() for button in self._buttons]
