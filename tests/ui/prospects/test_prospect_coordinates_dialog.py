"""The prospect form's coordinates: optional, checked as you type, filled from the postal code when empty."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from reciprocity_desktop.services import geo, prospects
from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog
from reciprocity_desktop.ui.prospects.view import ProspectsView
from reciprocity_desktop.ui.widgets.forms import ERROR_STYLE, WARNING_STYLE


@pytest.fixture
def dialog(qtbot, ctx):
    widget = ProspectDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _coordinates(store, pid):
    p = prospects.get_prospect(store, pid)
    return p.latitude, p.longitude, p.coordinates_source


def test_the_form_has_optional_coordinates_with_a_hint(dialog):
    assert isinstance(dialog.findChild(QLineEdit, "latitude"), QLineEdit)
    assert isinstance(dialog.findChild(QLineEdit, "longitude"), QLineEdit)
    hint = dialog.findChild(QLabel, "coordinates_hint")
    assert hint.text() == "Filled from the postal code when empty" and hint.isVisible()
    assert dialog.field_error(dialog.findChild(QLineEdit, "latitude").parentWidget()) == ""


def test_empty_coordinates_show_the_postal_codes_and_save_them(qtbot, ctx, dialog):
    qtbot.keyClicks(dialog.name, "Marienplatz Cafe")
    qtbot.keyClicks(dialog.postal_code, "80331")  # the country is Germany by default
    lat, lon = geo.lookup("DE", "80331")
    assert (dialog.latitude.placeholderText(), dialog.longitude.placeholderText()) == (f"{lat}", f"{lon}")
    assert dialog.latitude.text() == "" and not dialog.warning_label.isVisible()
    ok(dialog)
    [p] = prospects.list_prospects(ctx.store)
    assert _coordinates(ctx.store, p.id) == (lat, lon, "postal_code")


def test_coordinates_are_checked_as_you_type(qtbot, ctx, dialog):
    qtbot.keyClicks(dialog.name, "Typed GmbH")
    box = dialog.findChild(QLabel, "error_coordinates")
    qtbot.keyClicks(dialog.latitude, "95")
    assert not _ok_button(dialog).isEnabled()
    assert box.isVisible() and box.text() == "Latitude must be between -90 and 90."
    dialog.latitude.clear()
    qtbot.keyClicks(dialog.latitude, "48,2")  # a decimal comma is fine
    assert box.text() == "Longitude is needed too: enter both coordinates, or neither."
    assert not _ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.longitude, "11.6")
    assert not box.isVisible() and _ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.postal_code, "80331")
    ok(dialog)
    [p] = prospects.list_prospects(ctx.store)
    assert _coordinates(ctx.store, p.id) == (48.2, 11.6, "entered")


def test_an_unknown_postal_code_is_a_warning_not_an_error(qtbot, ctx, dialog):
    qtbot.keyClicks(dialog.name, "Nowhere GmbH")
    qtbot.keyClicks(dialog.postal_code, "00000")
    assert dialog.warning_label.isVisible()
    assert (
        dialog.warning_label.text()
        == "Postal code 00000 is not known in DE: it gives the prospect no coordinates."
    )
    assert dialog.warning_label.styleSheet() == WARNING_STYLE != ERROR_STYLE
    assert _ok_button(dialog).isEnabled()  # it does not stop the save
    assert dialog.latitude.placeholderText() == "Latitude"
    dialog.country.setCurrentIndex(dialog.country.findData("US"))  # no table for it: nothing to say
    assert not dialog.warning_label.isVisible()
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    assert dialog.warning_label.isVisible()
    ok(dialog)
    [p] = prospects.list_prospects(ctx.store)
    assert (p.postal_code, _coordinates(ctx.store, p.id)) == ("00000", (None, None, None))


def test_editing_shows_entered_coordinates_only_and_undo_keeps_their_source(qtbot, ctx):
    view = ProspectsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    derived = prospects.add_prospect(ctx.store, name="Derived KG", postal_code="1010", country="AT")
    typed = prospects.add_prospect(
        ctx.store, name="Typed AG", postal_code="8001", country="CH", latitude=47.4, longitude=8.5
    )
    view.refresh()

    assert view.select_prospect(typed.id)
    shown: dict[str, tuple] = {}

    def look(dialog):
        shown["typed"] = (dialog.latitude.text(), dialog.longitude.text())

    with_dialog(qtbot, view.detail.edit_button.click, look)
    assert shown["typed"] == ("47.4", "8.5")

    assert view.select_prospect(derived.id)

    def retype(dialog):
        lat, lon = geo.lookup("AT", "1010")
        assert (dialog.latitude.text(), dialog.latitude.placeholderText()) == ("", f"{lat}")
        assert dialog.longitude.placeholderText() == f"{lon}"
        qtbot.keyClicks(dialog.latitude, "48.3")
        qtbot.keyClicks(dialog.longitude, "16.4")
        ok(dialog)

    with_dialog(qtbot, view.detail.edit_button.click, retype)
    assert _coordinates(ctx.store, derived.id) == (48.3, 16.4, "entered")
    ctx.undo_stack.undo()
    assert _coordinates(ctx.store, derived.id) == (*geo.lookup("AT", "1010"), "postal_code")
    ctx.undo_stack.redo()
    assert _coordinates(ctx.store, derived.id) == (48.3, 16.4, "entered")
