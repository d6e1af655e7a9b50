"""The debrief closes the gift's loop in the real page: the reaction to the earlier gift (which
completes its feedback follow-up), a gift handed over that was not planned, an order's value (or
"not known", chosen), a first order's stage, undo of all of it, and no debrief of a future visit."""

from __future__ import annotations

import datetime as dt

import pytest
from debrief_helpers import DAY, cell, ctrl_enter, keys, live_rows, rows_of
from PySide6.QtCore import QLocale, Qt

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import gifts, visits
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect, StockItem, Visit
from reciprocity_desktop.ui.debrief.form_parts import ERROR_STYLE
from reciprocity_desktop.ui.debrief.model import DebriefModel
from reciprocity_desktop.ui.debrief.view import DebriefView
from reciprocity_desktop.ui.labels import fmt_date

BOOK_DAY = DAY - dt.timedelta(days=10)


def pick(qtbot, combo, data: str) -> None:
    """Choose a combo box entry with the arrow keys, as the user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no {data!r} in the combo box")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_page(ctx, qtbot, size=(1366, 768)) -> DebriefView:
    widget = DebriefView(ctx)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def book(store, day_plan):
    """Alpha (the first stop) got a printed e-book ten days before the visit; its feedback is still open."""
    result = gifts.log_gift(
        store, day_plan["prospects"][0], kind="content", description="Printed e-book", date=BOOK_DAY
    )
    return {"gift": result.gift.id, "ask": result.followup.id}


@pytest.fixture
def page(ctx, qtbot, day_plan, book):
    return open_page(ctx, qtbot)


def test_a_done_visit_debriefed_in_the_page_closes_the_loop_and_is_undone(store, page, qtbot, day_plan, book):
    form, visit_id, pid = page.form, day_plan["visits"][0], day_plan["prospects"][0]
    assert form.reaction_part.earlier.text() == f"{fmt_date(BOOK_DAY)} · Printed e-book"
    assert not form.reaction_part.reaction.isEnabled()  # not before the visit is marked done
    assert form.gift_check.text() == "Gift han&ded over"  # no stray colon

    keys(qtbot, page, Qt.Key.Key_D, Qt.Key.Key_R)
    assert form.reaction_part.reaction.hasFocus()
    assert form.focus_cue() is form.reaction_part.label  # the field jumped to stands out
    pick(qtbot, form.reaction_part.reaction, "liked")
    qtbot.keyClicks(form.reaction_part.note, "Read it twice")

    keys(qtbot, page, Qt.Key.Key_4)
    assert form.value.hasFocus() and form.value.text() == ""
    assert form.focus_cue() is form.order_part.label
    prompt = 'Type the order\'s value, or tick "Value not known".'
    assert form.value_error.text() == prompt and form.value_error.styleSheet() != ERROR_STYLE
    assert not form.save_row_button.isEnabled()
    ctrl_enter(qtbot, form.value)  # an empty value is not saved as 0.00: the form asks
    assert live_rows(store, Outcome) == [] and rows_of(store, Visit, id=visit_id)[0].status == "planned"
    assert form.value_error.styleSheet() == ERROR_STYLE
    assert cell(page, 0, DebriefModel.OUTCOME) == "Order"

    click(qtbot, form.order_part.unknown)  # leaving it empty is a choice
    assert not form.value.isEnabled() and form.value_error.text() == ""
    assert cell(page, 0, DebriefModel.OUTCOME) == "Order · value not known"
    assert form.order_part.customer.isVisible() and form.order_part.customer.isChecked()  # a first order
    ctrl_enter(qtbot, form.note)

    book_gift = rows_of(store, Gift, id=book["gift"])[0]
    assert (book_gift.reaction, book_gift.reaction_note) == ("liked", "Read it twice")
    ask = rows_of(store, FollowUp, id=book["ask"])[0]
    assert (ask.done_on, ask.result) == (DAY, "Read it twice")
    [order] = live_rows(store, Outcome, visit_id=visit_id)
    assert (order.kind, order.value_cents) == ("order", None)  # not known: NULL
    assert rows_of(store, Prospect, id=pid)[0].stage == "customer"
    [coffee] = live_rows(store, Gift, visit_id=visit_id)
    assert coffee.stock_item_id == day_plan["coffee"]
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 4
    assert cell(page, 0, DebriefModel.OUTCOME) == "Order · value not known"
    result = cell(page, 0, DebriefModel.RESULT)
    assert "Reaction to Printed e-book: Liked." in result and "Order value not known." in result
    assert result.endswith("Stage: Customer.")

    stack = page.ctx.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Debrief of Alpha Bäckerei")
    stack.undo()
    book_gift = rows_of(store, Gift, id=book["gift"])[0]
    assert (book_gift.reaction, book_gift.reaction_note) == (None, "")
    ask = rows_of(store, FollowUp, id=book["ask"])[0]
    assert (ask.done_on, ask.deleted) == (None, False)
    assert rows_of(store, Prospect, id=pid)[0].stage == "prospect"
    assert live_rows(store, Outcome) == [] and live_rows(store, Gift, visit_id=visit_id) == []
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 5
    assert cell(page, 0, DebriefModel.STATUS) == "Planned"

    stack.redo()
    assert rows_of(store, Gift, id=book["gift"])[0].reaction == "liked"
    assert rows_of(store, FollowUp, id=book["ask"])[0].done_on == DAY
    assert rows_of(store, Prospect, id=pid)[0].stage == "customer"
    assert [o.value_cents for o in live_rows(store, Outcome, visit_id=visit_id)] == [None]  # not known


def test_a_typed_value_is_read_in_the_users_locale(store, ctx, qtbot, day_plan, book):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        page = open_page(ctx, qtbot)
        form = page.form
        assert form.value.placeholderText() == "e.g. 1.250,00"
        keys(qtbot, page, Qt.Key.Key_D, Qt.Key.Key_4)
        qtbot.keyClicks(form.value, "12x")
        assert form.value_error.text() == "Order value '12x' is not an amount (e.g. 1.250,00)."
        assert not form.save_row_button.isEnabled()
        form.value.clear()
        qtbot.keyClicks(form.value, "1.250")  # one thousand two hundred and fifty, as a German writes it
        assert form.value_error.text() == ""
        click(qtbot, form.order_part.customer)  # not a customer yet, after all
        ctrl_enter(qtbot, form.value)
    finally:
        QLocale.setDefault(previous)
    [order] = live_rows(store, Outcome, visit_id=day_plan["visits"][0])
    assert order.value_cents == 125000
    assert rows_of(store, Prospect, id=day_plan["prospects"][0])[0].stage == "prospect"
    assert rows_of(store, Gift, id=book["gift"])[0].reaction is None  # not asked: left as it was
    assert rows_of(store, FollowUp, id=book["ask"])[0].done_on is None


def test_only_a_first_order_offers_the_stage(store, ctx, qtbot, day_plan, book):
    earlier = visits.plan_day(store, DAY - dt.timedelta(days=3), [day_plan["prospects"][1]])[0]
    debriefs.debrief_visit(store, earlier.id, debriefs.Debrief(outcome_kind="order", outcome_value="50"))
    page = open_page(ctx, qtbot)
    keys(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_4)
    assert not page.form.order_part.customer.isVisible()  # Beta ordered before
    qtbot.keyClicks(page.form.value, "80")
    ctrl_enter(qtbot, page.form.value)
    assert rows_of(store, Prospect, id=day_plan["prospects"][1])[0].stage == "prospect"
    assert [o.value_cents for o in live_rows(store, Outcome, visit_id=day_plan["visits"][1])] == [8000]


def test_a_gift_not_planned_is_logged_on_the_spot(store, page, qtbot, day_plan):
    form = page.form
    # Gamma: nothing planned. D, then G ticks "gift handed over" and jumps to the choice of gift.
    keys(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_G)
    assert form.gift_check.isChecked() and form.gift_pick.hasFocus()
    assert not form.save_row_button.isEnabled()
    assert page.form.gift_part.error.text() == "Say which gift was handed over."
    pick(qtbot, form.gift_pick, "other")
    assert form.gift_part.description.isVisible()
    qtbot.keyClicks(form.gift_part.description, "Bottle of wine")
    pick(qtbot, form.gift_part.kind, "personal")
    assert cell(page, 2, DebriefModel.GIFT) == "Bottle of wine"
    ctrl_enter(qtbot, form.gift_part.description)
    [wine] = live_rows(store, Gift, visit_id=day_plan["visits"][2])
    assert (wine.description, wine.kind, wine.stock_item_id) == ("Bottle of wine", "personal", None)
    assert [f.kind for f in live_rows(store, FollowUp, gift_id=wine.id)] == ["ask_feedback"]

    # Delta: a coffee box from stock, picked (not planned): picking it ticks the gift.
    assert page.current_row() == 3
    keys(qtbot, page, Qt.Key.Key_D)
    assert not form.gift_check.isChecked()
    pick(qtbot, form.gift_pick, day_plan["coffee"])
    assert form.gift_check.isChecked()
    assert cell(page, 3, DebriefModel.GIFT) == "Coffee sample box"
    ctrl_enter(qtbot, form.gift_pick)
    [coffee] = live_rows(store, Gift, visit_id=day_plan["visits"][3])
    assert coffee.stock_item_id == day_plan["coffee"]
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 4  # stock goes down


def test_without_an_earlier_gift_there_is_no_reaction_to_record(store, page, qtbot, day_plan):
    keys(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_R)
    part = page.form.reaction_part
    assert part.earlier.text() == "None before this visit: no reaction to ask about."
    assert not part.reaction.isEnabled() and not part.note.isEnabled()
    assert page.table.hasFocus()  # R had nowhere to go


def test_f_and_t_show_where_the_focus_went(page, qtbot):
    keys(qtbot, page, Qt.Key.Key_D, Qt.Key.Key_F)
    assert page.form.followup_kind.hasFocus()
    assert page.form.focus_cue().text() == "Follo&w-up:"
    keys(qtbot, page, Qt.Key.Key_T)
    assert page.form.note.hasFocus() and page.form.focus_cue().text() == "No&te:"
    page.table.setFocus()
    assert page.form.focus_cue() is None


def test_a_future_day_cannot_be_debriefed(store, ctx, qtbot, day_plan):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    coming = visits.plan_day(store, tomorrow, [day_plan["prospects"][0]])[0]
    page = open_page(ctx, qtbot)
    page.set_day(tomorrow)
    assert page.current_visit_id() == coming.id
    keys(qtbot, page, Qt.Key.Key_D, Qt.Key.Key_4)  # refused
    assert cell(page, 0, DebriefModel.STATUS) == "Planned" and cell(page, 0, DebriefModel.OUTCOME) == ""
    assert cell(page, 0, DebriefModel.RESULT) == "Still to come"
    assert not page.form.status_buttons["done"].isEnabled() and not page.form.outcome.isEnabled()
    assert not page.form.note.isEnabled()
    assert page.form.row_message.text() == (
        f"This visit is on {fmt_date(tomorrow)}, still to come: it can be debriefed from that day on."
    )
    assert page.summary.text() == "Visits: 1 · debriefed: 0 · still to come: 1 (debriefed from their day on)"
    ctrl_enter(qtbot, page.table)
    assert rows_of(store, Visit, id=coming.id)[0].status == "planned"
    assert live_rows(store, Outcome) == [] and page.ctx.undo_stack.count() == 0
