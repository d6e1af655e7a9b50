"""The contact, outcome and prospect dialogs save through ctx.ops: each save is one undoable step."""

from __future__ import annotations

import datetime as dt

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtWidgets import QDialogButtonBox

from reciprocity_desktop.services import followups, prospects
from reciprocity_desktop.ui.prospects.dialogs import ContactDialog
from reciprocity_desktop.ui.prospects.view import ProspectsView


@pytest.fixture
def view(qtbot, ctx):
    widget = ProspectsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


@pytest.fixture
def selected(ctx, view):
    prospect = prospects.add_prospect(ctx.store, name="Kanzlei Weber", city="Nürnberg")
    view.refresh()
    assert view.select_prospect(prospect.id)
    return prospect


def _contact_names(view) -> list[str]:
    model = view.detail.contacts_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _timeline(view) -> list[str]:
    model = view.detail.timeline_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_adding_a_contact_is_undone_and_redone(qtbot, ctx, view, selected):
    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Dr. Eva Weber")
        qtbot.keyClicks(dialog.phone, "+49 911 1")
        dialog.decision_maker.setChecked(True)
        ok(dialog)

    with_dialog(qtbot, view.detail.add_contact_button.click, fill)
    [contact] = prospects.list_contacts(ctx.store, selected.id)
    assert _contact_names(view) == ["Dr. Eva Weber ★"]
    assert ctx.undo_stack.undoText() == "Add contact Dr. Eva Weber"

    ctx.undo_stack.undo()
    assert prospects.list_contacts(ctx.store, selected.id) == []
    assert _contact_names(view) == []
    ctx.undo_stack.redo()
    [back] = prospects.list_contacts(ctx.store, selected.id)
    assert (back.id, back.name, back.phone, back.is_decision_maker) == (
        contact.id,
        "Dr. Eva Weber",
        "+49 911 1",
        True,
    )
    assert _contact_names(view) == ["Dr. Eva Weber ★"]


def test_editing_a_contact_is_undone_and_redone(qtbot, ctx, view, selected):
    contact = prospects.add_contact(
        ctx.store, selected.id, name="Julia Schön", phone="+49 69 1", role="Owner"
    )
    ctx.events.emit("contacts")
    view.detail.contacts.selectRow(0)

    def fill(dialog):
        assert dialog.name.text() == "Julia Schön"
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "+49 69 2")
        ok(dialog)

    with_dialog(qtbot, view.detail.edit_contact_button.click, fill)
    [edited] = prospects.list_contacts(ctx.store, selected.id)
    assert (edited.id, edited.phone, edited.role) == (contact.id, "+49 69 2", "Owner")
    assert ctx.undo_stack.undoText() == "Edit contact Julia Schön"

    ctx.undo_stack.undo()
    [before] = prospects.list_contacts(ctx.store, selected.id)
    assert (before.phone, before.role) == ("+49 69 1", "Owner")
    ctx.undo_stack.redo()
    assert prospects.list_contacts(ctx.store, selected.id)[0].phone == "+49 69 2"


def test_recording_an_outcome_is_undone_and_redone(qtbot, ctx, view, selected):
    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("order"))
        dialog.date.setDate(dt.date(2026, 3, 20))
        qtbot.keyClicks(dialog.value, "1250.00")
        ok(dialog)

    with_dialog(qtbot, view.detail.outcome_button.click, fill)
    [outcome] = followups.list_outcomes(ctx.store, selected.id)
    assert (outcome.kind, outcome.date, outcome.value_cents) == ("order", dt.date(2026, 3, 20), 125_000)
    assert _timeline(view) == ["Outcome"]
    assert ctx.undo_stack.undoText() == "Record an outcome"

    ctx.undo_stack.undo()
    assert followups.list_outcomes(ctx.store, selected.id) == []
    assert _timeline(view) == []
    ctx.undo_stack.redo()
    [again] = followups.list_outcomes(ctx.store, selected.id)
    assert (again.kind, again.date, again.value_cents) == ("order", dt.date(2026, 3, 20), 125_000)
    assert _timeline(view) == ["Outcome"]


def test_editing_a_prospect_is_undone(qtbot, ctx, view, selected):
    def fill(dialog):
        dialog.city.clear()
        qtbot.keyClicks(dialog.city, "Fuerth")
        ok(dialog)

    with_dialog(qtbot, view.detail.edit_button.click, fill)
    assert prospects.get_prospect(ctx.store, selected.id).city == "Fuerth"
    ctx.undo_stack.undo()
    assert prospects.get_prospect(ctx.store, selected.id).city == "Nürnberg"
    assert view.model.index(0, 1).data() == "Nürnberg"


def test_a_refused_save_stays_in_the_dialog_and_adds_no_undo_step(qtbot, ctx, selected):
    dialog = ContactDialog(ctx, selected.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Dr. Eva Weber")
    prospects.delete_prospect(ctx.store, selected.id)  # meanwhile, e.g. through sync
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "No prospect" in dialog.warning_label.text()
    assert ctx.undo_stack.count() == 0
