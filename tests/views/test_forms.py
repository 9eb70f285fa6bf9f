"""The form base every save-one-thing dialog is built on."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.forms import FormDialog


class NoteForm(FormDialog):
    def __init__(self, ctx: ViewContext) -> None:
        super().__init__(ctx, "Note")
        self.note = self.add_field("Note", "note", QLineEdit())
        self.extra = self.add_field("More", "extra", QLineEdit())


def test_a_form_opens_with_the_cursor_in_its_first_field(qtbot, uow_factory, admin):
    form = NoteForm(ViewContext(uow_factory, admin))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.note.hasFocus())
    assert form.focusWidget() is form.note
    assert form.save_button.isDefault()
