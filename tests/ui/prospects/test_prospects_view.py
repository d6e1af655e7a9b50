"""The Prospects view and its dialogs, driven as a user would."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
from reciprocity_desktop.ui.prospects.dialogs import ContactDialog, ProspectDialog
from reciprocity_desktop.ui.prospects.parts import timeline_detail
from reciprocity_desktop.ui.prospects.view import ProspectsView
from reciprocity_desktop.ui.widgets.tables import ID_ROLE


@pytest.fixture
def view(qtbot, ctx):
    widget = ProspectsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _names(view) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_create_prospect_through_dialog_then_search_finds_it(qtbot, ctx, view):
    dialog = ProspectDialog(ctx, parent=view)
    qtbot.addWidget(dialog)
    dialog.name.insert("Čebelarstvo Žužek")  # QTest.keyClicks only types ASCII
    qtbot.keyClicks(dialog.postal_code, "1000")
    qtbot.keyClicks(dialog.city, "Ljubljana")
    dialog.country.setCurrentIndex(dialog.country.findData("SI"))
    qtbot.keyClicks(dialog.email, "info@zuzek.example")
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    [row] = prospects.list_prospects(ctx.store)
    assert (row.name, row.postal_code, row.city, row.country, row.email) == (
        "Čebelarstvo Žužek", "1000", "Ljubljana", "SI", "info@zuzek.example",
    )  # fmt: skip
    assert _names(view) == ["Čebelarstvo Žužek"]

    prospects.add_prospect(ctx.store, name="Bäckerei Müller", city="München")
    view.refresh()
    qtbot.keyClicks(view.search, "zuzek")  # accents are folded
    qtbot.waitUntil(lambda: _names(view) == ["Čebelarstvo Žužek"])
    view.search.clear()
    view.search.insert("münchen")
    qtbot.waitUntil(lambda: _names(view) == ["Bäckerei Müller"])
    assert view.count_label.text() == "1 prospect(s)"
    view.search.clear()
    qtbot.waitUntil(lambda: len(_names(view)) == 2)
    assert view.count_label.text() == "2 prospect(s)"


def test_dialog_shows_errors_beside_fields_and_saves_nothing_while_invalid(qtbot, ctx):
    dialog = ProspectDialog(ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.field_error(dialog.name) == ""  # nothing is red before typing
    ok.click()
    assert "empty" in dialog.field_error(dialog.name)  # the name is required
    assert not ok.isEnabled() and prospects.count_prospects(ctx.store) == 0
    qtbot.keyClicks(dialog.name, "Optik Schoen")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.email, "not-an-address")
    assert not ok.isEnabled()
    assert "not-an-address" in dialog.field_error(dialog.email)
    _ok(dialog)
    assert prospects.count_prospects(ctx.store) == 0


def test_delete_is_undoable(qtbot, ctx, view):
    keep = prospects.add_prospect(ctx.store, name="Autohaus Straßer")
    gone = prospects.add_prospect(ctx.store, name="Brauhaus Weißbier")
    view.refresh()
    assert view.select_prospect(gone.id)
    view.delete_selected()
    assert [p.id for p in prospects.list_prospects(ctx.store)] == [keep.id]
    assert _names(view) == ["Autohaus Straßer"]
    ctx.undo_stack.undo()
    assert {p.id for p in prospects.list_prospects(ctx.store)} == {keep.id, gone.id}
    assert _names(view) == ["Autohaus Straßer", "Brauhaus Weißbier"]
    ctx.undo_stack.redo()
    assert _names(view) == ["Autohaus Straßer"]


def test_filters_stage_city_tag_and_waiting_for_follow_up(qtbot, ctx, view):
    a = prospects.add_prospect(ctx.store, name="A", city="Köln", stage="customer", tags="key account")
    b = prospects.add_prospect(ctx.store, name="B", city="Bonn", stage="prospect")
    gifts.log_gift(ctx.store, b.id, kind="sample", description="Kaffee")
    view.refresh()
    view.stage.setCurrentIndex(view.stage.findData("customer"))
    assert _names(view) == ["A"]
    view.stage.setCurrentIndex(0)
    view.city.setCurrentIndex(view.city.findData("Bonn"))
    assert _names(view) == ["B"]
    view.city.setCurrentIndex(0)
    view.tag.setCurrentIndex(view.tag.findData("key account"))
    assert _names(view) == ["A"]
    view.tag.setCurrentIndex(0)
    view.waiting.setChecked(True)
    assert _names(view) == ["B"]
    [fu] = followups.list_followups(ctx.store, prospect_id=b.id)
    followups.complete_followup(ctx.store, fu.id, result="They liked it")
    ctx.events.emit("followups")
    assert _names(view) == []
    view.waiting.setChecked(False)  # the other one was simply not waiting
    assert _names(view) == [a.name, "B"]


def test_detail_pane_shows_contacts_and_timeline(qtbot, ctx, view):
    p = prospects.add_prospect(ctx.store, name="Kanzlei Weber", city="Nürnberg")
    view.refresh()
    view.select_prospect(p.id)
    assert view.detail.title.text() == "Kanzlei Weber"
    dialog = ContactDialog(ctx, p.id, parent=view)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Dr. Eva Weber")
    dialog.decision_maker.setChecked(True)
    _ok(dialog)
    assert view.detail.contacts_model.rowCount() == 1
    assert view.detail.contacts_model.index(0, 0).data() == "Dr. Eva Weber ★"
    gifts.log_gift(ctx.store, p.id, kind="analysis", description="Cost analysis", date=dt.date(2026, 3, 2))
    followups.add_outcome(ctx.store, p.id, kind="meeting", date=dt.date(2026, 3, 20))
    ctx.events.emit("gifts", "outcomes")
    kinds = [
        view.detail.timeline_model.index(r, 1).data() for r in range(view.detail.timeline_model.rowCount())
    ]
    assert kinds == [
        "Outcome",
        "Follow-up",
        "Gift",
    ]  # newest first: meeting 20 March, feedback due 9 March, gift 2 March


def test_delete_contact_erases_and_undo_restores(qtbot, ctx, view, monkeypatch):
    p = prospects.add_prospect(ctx.store, name="Optik Schönblick")
    c = prospects.add_contact(ctx.store, p.id, name="Julia Schön", phone="+49 69 1")
    view.refresh()
    view.select_prospect(p.id)
    view.detail.contacts.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.detail.delete_contact_button.click()
    assert prospects.list_contacts(ctx.store, p.id) == []
    assert view.detail.contacts_model.rowCount() == 0
    ctx.undo_stack.undo()
    [back] = prospects.list_contacts(ctx.store, p.id)
    assert (back.id, back.name, back.phone) == (c.id, "Julia Schön", "+49 69 1")


def test_log_gift_in_three_interactions_schedules_feedback(qtbot, ctx, view):
    p = prospects.add_prospect(ctx.store, name="Gärtnerei Grünwald", country="DE")
    item = gifts.add_stock_item(
        ctx.store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=5
    )
    view.refresh()
    view.select_prospect(p.id)
    dialog = LogGiftDialog(ctx, p.id, parent=view)
    qtbot.addWidget(dialog)
    dialog.show()
    # interaction 1 opened the dialog; 2: pick the stock item; 3: Enter
    dialog.what.setCurrentIndex(dialog.what.findData(item.id))
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [gift] = gifts.list_gifts(ctx.store, p.id)
    assert (gift.description, gift.kind, gift.cost_cents, gift.stock_item_id) == (
        "Coffee sample box",
        "sample",
        850,
        item.id,
    )
    assert gifts.list_stock(ctx.store)[0].quantity == 4
    [fu] = followups.list_followups(ctx.store, prospect_id=p.id)
    assert fu.kind == "ask_feedback" and fu.gift_id == gift.id
    assert fu.due == dt.date.today() + dt.timedelta(days=7)


def test_log_gift_warns_over_the_yearly_limit(qtbot, ctx):
    p = prospects.add_prospect(ctx.store, name="Hotel Zur Post", country="DE")
    gifts.log_gift(ctx.store, p.id, kind="event", description="Dinner", cost="45")
    dialog = LogGiftDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.what.lineEdit(), "Wine")
    qtbot.keyClicks(dialog.cost, "10")
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "over the deductible limit" in dialog.warning_label.text()
    _ok(dialog)  # a warning, not a block
    assert len(gifts.list_gifts(ctx.store, p.id)) == 2
    assert dialog.result_warnings and "55.00" in dialog.result_warnings[0]


def test_selection_signal_and_ids(qtbot, ctx, view):
    p = prospects.add_prospect(ctx.store, name="Reederei Nordlicht")
    view.refresh()
    with qtbot.waitSignal(view.selection_changed) as blocker:
        view.select_prospect(p.id)
    assert blocker.args == [p.id]
    assert view.table.currentIndex().data(ID_ROLE) == p.id


def test_log_gift_without_a_selected_prospect_finds_it_by_typing(qtbot, ctx):
    prospects.add_prospect(ctx.store, name="Reederei Nordlicht", city="Hamburg")
    target = prospects.add_prospect(ctx.store, name="Optik Schoenblick", city="Frankfurt")
    dialog = LogGiftDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.prospect.prospect_id() is None  # nothing is picked before typing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_error(dialog.prospect) == "Pick a prospect."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.prospect.search_edit, "schoen")
    dialog.prospect.flush()
    assert dialog.prospect.prospect_id() == target.id
    qtbot.keyClicks(dialog.what.lineEdit(), "Cleaning cloth")
    _ok(dialog)
    [gift] = gifts.list_gifts(ctx.store)
    assert (gift.prospect_id, gift.description) == (target.id, "Cleaning cloth")


def test_jumping_to_a_prospect_hidden_by_the_filter_clears_the_filter(qtbot, ctx, view):
    for i in range(450):  # more than two pages of the lazy model
        prospects.add_prospect(ctx.store, name=f"Firma {i:03d}", city="Köln")
    far = prospects.add_prospect(ctx.store, name="Zahnarztpraxis Zeller", city="Bonn")
    view.refresh()
    view.city.setCurrentIndex(view.city.findData("Köln"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 450)  # the first page at once, the count after it
    assert view.select_prospect(far.id)
    assert view.city.currentIndex() == 0 and view.model.rowCount() == 451
    assert view.table.currentIndex().row() == 450
    assert view.detail.title.text() == "Zahnarztpraxis Zeller"


def test_export_persons_data_writes_the_json_whole_or_not_at_all(
    qtbot, ctx, view, tmp_path, monkeypatch, no_message_boxes
):
    p = prospects.add_prospect(ctx.store, name="Optik Schönblick")
    c = prospects.add_contact(ctx.store, p.id, name="Julia Schön", email="julia@example.org")
    gifts.log_gift(ctx.store, p.id, kind="sample", description="Putztuch", contact_id=c.id)
    view.refresh()
    view.select_prospect(p.id)
    view.detail.contacts.selectRow(0)
    target = tmp_path / "export" / "julia.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.detail.export_contact_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["contact"]["name"] == "Julia Schön" and data["organisation"]["name"] == "Optik Schönblick"
    assert [g["description"] for g in data["gifts_received"]] == ["Putztuch"]
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it

    missing = tmp_path / "no such folder" / "julia.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    view.detail.export_contact_button.click()
    assert len(no_message_boxes) == 1 and no_message_boxes[0].startswith("Export failed: Could not write")


def test_the_timeline_shows_the_newest_entries_and_more_on_request(qtbot, ctx, view, monkeypatch):
    monkeypatch.setattr(view.detail, "TIMELINE_PAGE", 4)
    p = prospects.add_prospect(ctx.store, name="Years GmbH")
    for month in range(1, 6):  # five gifts, each with its feedback follow-up: ten entries
        gifts.log_gift(
            ctx.store, p.id, kind="sample", description=f"Coffee {month}", date=dt.date(2025, month, 3)
        )
    other = prospects.add_prospect(ctx.store, name="Brand new")
    view.refresh()
    view.select_prospect(p.id)
    model = view.detail.timeline_model

    def details() -> list[str]:
        return [model.index(r, 3).data() for r in range(model.rowCount())]

    whole = [timeline_detail(e, "EUR") for e in prospects.timeline(ctx.store, p.id)]  # "Sample: Coffee 5", …
    assert whole[0] == "Ask for feedback: " + gifts.feedback_note("Coffee 5")
    assert details() == whole[:4]
    assert view.detail.more_button.isVisible() and view.detail.more_button.text() == "Show more (6 older)"
    view.detail.more_button.click()
    assert details() == whole[:8] and view.detail.more_button.text() == "Show more (2 older)"
    view.detail.more_button.click()
    assert details() == whole and not view.detail.more_button.isVisible()
    view.select_prospect(other.id)  # another prospect starts with the first entries again
    assert model.rowCount() == 0 and not view.detail.more_button.isVisible()
    view.select_prospect(p.id)
    assert details() == whole[:4]
