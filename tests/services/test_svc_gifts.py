"""Gifts, the gift stock, the automatic ask_feedback follow-up, and the yearly gift limit."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gift_register, gifts, prospects, settings
from reciprocity_desktop.services.errors import NotFound, ValidationError
from reciprocity_desktop.store.models import FollowUp, Gift

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


def _count(store, model) -> int:
    from sqlalchemy import func, select

    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def prospect(store):
    return prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")


@pytest.fixture
def coffee(store):
    return gifts.add_stock_item(store, name="Coffee sample box", kind="sample", unit_cost="8,50", quantity=5)


def test_logging_a_gift_schedules_exactly_one_feedback_followup(store, prospect):
    result = gifts.log_gift(
        store,
        prospect.id,
        kind="analysis",
        description="Tailored analysis of their ordering costs",
        date="2025-05-02",
        cost="0",
        personal=True,
        unexpected=True,
        meaningful=True,
    )
    gift = result.gift
    assert (gift.kind, gift.date, gift.cost_cents, gift.quantity) == ("analysis", dt.date(2025, 5, 2), 0, 1)
    assert (gift.personal, gift.unexpected, gift.meaningful) == (True, True, True)
    rows = followups.list_followups(store, prospect_id=prospect.id)
    assert len(rows) == 1
    followup = rows[0]
    assert followup.id == result.followup.id
    assert (followup.kind, followup.gift_id, followup.due) == ("ask_feedback", gift.id, dt.date(2025, 5, 9))
    # The suggested first follow-up asks about the gift, not for business.
    assert followup.note == "Ask how the gift was received: Tailored analysis of their ordering costs"
    assert "gift" in followup.note.lower() and "order" not in followup.note.lower().replace("ordering", "")
    assert _count(store, FollowUp) == 1


def test_the_feedback_delay_is_a_setting(store, prospect):
    assert settings.get(store, "feedback_delay_days") == 7
    settings.set_(store, "feedback_delay_days", 3)
    result = gifts.log_gift(store, prospect.id, kind="content", description="E-book", date="2025-05-02")
    assert result.followup.due == dt.date(2025, 5, 5)
    settings.set_(store, "feedback_delay_days", 0)
    result = gifts.log_gift(store, prospect.id, kind="content", description="E-book 2", date="2025-05-02")
    assert result.followup.due == dt.date(2025, 5, 2)
    with pytest.raises(ValidationError):
        settings.set_(store, "feedback_delay_days", -1)
    with pytest.raises(ValidationError):
        settings.set_(store, "no_such_setting", 1)
    assert settings.get(store, "feedback_delay_days") == 0


def test_a_gift_date_defaults_to_today(store, prospect):
    result = gifts.log_gift(store, prospect.id, kind="other", description="Pen")
    assert result.gift.date == dt.date.today()
    assert result.followup.due == dt.date.today() + dt.timedelta(days=7)


def test_a_gift_from_stock_takes_it_out_of_stock(store, prospect, coffee):
    result = gifts.log_gift(
        store, prospect.id, kind=None, description=None, stock_item_id=coffee.id, quantity=2
    )
    gift = result.gift
    assert (gift.kind, gift.description, gift.cost_cents, gift.quantity) == (
        "sample",
        "Coffee sample box",
        1700,
        2,
    )
    assert gift.stock_item_id == coffee.id
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[coffee.id] == 3
    # An explicit cost wins over the stock item's unit cost.
    gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", stock_item_id=coffee.id, cost="5")
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[coffee.id] == 2


def test_the_last_items_can_be_given_and_warn_low_stock(store, prospect, coffee):
    result = gifts.log_gift(
        store, prospect.id, kind="sample", description="Coffee", stock_item_id=coffee.id, quantity=5
    )
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[coffee.id] == 0
    assert "low_stock" in [w.code for w in result.warnings]
    assert "Only 0 of 'Coffee sample box' left in stock." in [str(w) for w in result.warnings]
    assert [i.id for i in gifts.low_stock(store)] == [coffee.id]


def test_an_over_draw_is_refused_and_changes_nothing(store, dump, prospect, coffee):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        gifts.log_gift(
            store, prospect.id, kind="sample", description="Coffee", stock_item_id=coffee.id, quantity=6
        )
    assert caught.value.field == "quantity"
    assert str(caught.value) == "Only 5 of 'Coffee sample box' left in stock; cannot give 6."
    assert dump(store) == before
    assert _count(store, Gift) == 0


def test_kind_and_description_default_to_the_stock_item(store, prospect, coffee):
    gift = gifts.log_gift(store, prospect.id, kind=None, description="", stock_item_id=coffee.id).gift
    assert (gift.kind, gift.description) == ("sample", "Coffee sample box")


@pytest.mark.parametrize(
    ("values", "error", "field"),
    [
        ({"kind": "bribe"}, ValidationError, "kind"),
        ({"kind": None, "stock_item_id": None}, ValidationError, "kind"),
        ({"description": "", "stock_item_id": None}, ValidationError, "description"),
        ({"date": "2025-02-30"}, ValidationError, "date"),
        ({"cost": "abc"}, ValidationError, "cost"),
        ({"cost": "-3"}, ValidationError, "cost"),
        ({"cost": "1,005"}, ValidationError, "cost"),
        ({"quantity": "0"}, ValidationError, "quantity"),
        ({"contact_id": "no-such-contact"}, NotFound, "id"),
        ({"visit_id": "no-such-visit"}, NotFound, "id"),
        ({"stock_item_id": "no-such-item"}, NotFound, "id"),
    ],
)
def test_a_failing_gift_rolls_back_everything(store, dump, prospect, coffee, values, error, field):
    """Even after the stock was drawn, a later failure leaves no gift, no follow-up and the stock as it was."""
    arguments = {"kind": "sample", "description": "Coffee", "stock_item_id": coffee.id, "cost": "1"}
    arguments.update(values)
    before = dump(store)
    with pytest.raises(error) as caught:
        gifts.log_gift(store, prospect.id, **arguments)
    assert caught.value.field == field
    assert dump(store) == before


def test_a_gift_to_an_unknown_or_deleted_prospect_is_refused(store, dump, prospect):
    with pytest.raises(NotFound, match="No prospect with id nope."):
        gifts.log_gift(store, "nope", kind="sample", description="Coffee")
    prospects.delete_prospect(store, prospect.id)
    before = dump(store)
    with pytest.raises(NotFound):
        gifts.log_gift(store, prospect.id, kind="sample", description="Coffee")
    assert dump(store) == before


def test_a_contact_of_another_prospect_is_refused(store, dump, prospect):
    other = prospects.add_prospect(store, name="Other")
    stranger = prospects.add_contact(store, other.id, name="Stranger")
    before = dump(store)
    with pytest.raises(ValidationError, match="does not belong to Bäckerei Müller"):
        gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", contact_id=stranger.id)
    assert dump(store) == before


def test_delete_gift_returns_stock_and_drops_its_open_followup_and_restore_undoes_it(store, prospect, coffee):
    result = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", stock_item_id=coffee.id)
    gifts.delete_gift(store, result.gift.id)
    assert gifts.list_gifts(store) == []
    assert followups.list_followups(store) == []
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[coffee.id] == 5
    gifts.restore_gift(store, result.gift.id)
    assert [g.id for g in gifts.list_gifts(store)] == [result.gift.id]
    assert [f.id for f in followups.list_followups(store)] == [result.followup.id]
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[coffee.id] == 4


def test_restoring_a_gift_whose_stock_is_gone_is_refused(store, dump, prospect, coffee):
    result = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", stock_item_id=coffee.id)
    gifts.delete_gift(store, result.gift.id)
    other = prospects.add_prospect(store, name="Other")
    gifts.log_gift(store, other.id, kind="sample", description="Coffee", stock_item_id=coffee.id, quantity=5)
    before = dump(store)
    with pytest.raises(ValidationError, match="left in stock"):
        gifts.restore_gift(store, result.gift.id)
    assert dump(store) == before


def test_reaction_and_edits(store, prospect):
    gift = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date="2025-01-10").gift
    gifts.set_reaction(store, gift.id, "Not liked", "Too bitter")
    gifts.update_gift(store, gift.id, description="Dark roast coffee", cost="4.20", unexpected=True)
    again = gifts.list_gifts(store)[0]
    assert (again.reaction, again.reaction_note) == ("not_liked", "Too bitter")
    assert (again.description, again.cost_cents, again.unexpected) == ("Dark roast coffee", 420, True)
    with pytest.raises(ValidationError) as caught:
        gifts.set_reaction(store, gift.id, "loved")
    assert caught.value.field == "reaction"


def test_gifts_are_listed_newest_first(store, prospect):
    for day in ("2025-01-10", "2025-03-01", "2025-02-14"):
        gifts.log_gift(store, prospect.id, kind="sample", description=f"Gift {day}", date=day)
    assert [g.date.isoformat() for g in gifts.list_gifts(store)] == ["2025-03-01", "2025-02-14", "2025-01-10"]


def test_stock_items(store, dump):
    item = gifts.add_stock_item(
        store, name="Notebook", kind="other", unit_cost="4.50", quantity="2", low_stock_level=1
    )
    assert (item.unit_cost_cents, item.quantity, item.low_stock_level) == (450, 2, 1)
    gifts.restock(store, item.id, 10)
    assert gifts.list_stock(store)[0].quantity == 12
    before = dump(store)
    for bad in ({"quantity": "-1"}, {"unit_cost": "x"}, {"name": ""}, {"kind": "bribe"}):
        with pytest.raises(ValidationError):
            gifts.update_stock_item(store, item.id, **bad)
    with pytest.raises(ValidationError):
        gifts.restock(store, item.id, 0)
    assert dump(store) == before
    gifts.delete_stock_item(store, item.id)
    assert gifts.list_stock(store) == []


# -- the stock rules: out of stock, running low, enough to give ------------------------------------------


@pytest.mark.parametrize(
    ("quantity", "low_level", "level"),
    [
        (0, 3, gifts.OUT_OF_STOCK),
        (0, 0, gifts.OUT_OF_STOCK),  # nothing left is out of stock whatever the level
        (1, 3, gifts.LOW_STOCK),
        (3, 3, gifts.LOW_STOCK),  # at the level counts as low
        (4, 3, gifts.IN_STOCK),
        (1, 0, gifts.IN_STOCK),
    ],
)
def test_stock_level_of_an_item(store, quantity, low_level, level):
    assert gifts.stock_level_of(quantity, low_level) == level
    item = gifts.add_stock_item(store, name="Pen", kind="other", quantity=quantity, low_stock_level=low_level)
    assert gifts.stock_level(item) == level
    assert gifts.runs_low(item) is (level != gifts.IN_STOCK)
    assert [i.id for i in gifts.low_stock(store)] == ([item.id] if level != gifts.IN_STOCK else [])


def test_a_new_stock_item_gets_the_default_low_stock_level(store):
    item = gifts.add_stock_item(store, name="Pen", kind="other", quantity=10)
    assert item.low_stock_level == gifts.DEFAULT_LOW_STOCK_LEVEL == 3


def test_enough_in_stock_cost_from_stock_and_the_suggested_restock(store, coffee):
    assert gifts.has_enough(coffee, 5) and not gifts.has_enough(coffee, 6)
    assert gifts.stock_cost_cents(coffee, 3) == 3 * 850
    assert gifts.suggested_restock(coffee) == 10  # at least ten
    big = gifts.add_stock_item(store, name="Notebook", kind="other", quantity=1, low_stock_level=8)
    assert gifts.suggested_restock(big) == 16  # twice the low-stock level


def test_get_gift_and_stock_item_refuse_deleted_ones(store, prospect, coffee):
    gift = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee").gift
    assert gifts.get_gift(store, gift.id).description == "Coffee"
    assert gifts.get_stock_item(store, coffee.id).name == "Coffee sample box"
    gifts.delete_gift(store, gift.id)
    gifts.delete_stock_item(store, coffee.id)
    with pytest.raises(NotFound):
        gifts.get_gift(store, gift.id)
    with pytest.raises(NotFound):
        gifts.get_stock_item(store, coffee.id)


# -- the yearly gift limit (DE: 50 euros per recipient and year) ----------------------------------------


def test_gift_limit_warns_near_and_over(store, prospect):
    first = gifts.log_gift(
        store, prospect.id, kind="event", description="Dinner", date="2025-03-01", cost="30"
    )
    assert first.warnings == []
    near = gifts.log_gift(
        store, prospect.id, kind="personal", description="Wine", date="2025-04-01", cost="12"
    )
    assert [w.code for w in near.warnings] == ["gift_limit_near"]
    assert near.warnings[0].params["total"] == "42.00" and near.warnings[0].params["limit"] == "50.00"
    assert "close to the deductible limit of 50.00" in str(near.warnings[0])
    at_limit = gifts.log_gift(
        store, prospect.id, kind="other", description="Pen", date="2025-05-01", cost="8"
    )
    assert [w.code for w in at_limit.warnings] == ["gift_limit_near"]  # exactly 50 is not over
    over = gifts.log_gift(store, prospect.id, kind="other", description="Mug", date="2025-06-01", cost="0.01")
    assert [w.code for w in over.warnings] == ["gift_limit_over"]
    assert "Bäckerei Müller has received 50.01 in 2025: over the deductible limit" in str(over.warnings[0])
    assert len(gifts.list_gifts(store)) == 4  # a warning never stops the gift


def test_gift_limit_counts_per_recipient_and_calendar_year(store, prospect):
    person = prospects.add_contact(store, prospect.id, name="Jürgen Müller")
    gifts.log_gift(store, prospect.id, kind="event", description="Dinner", date="2024-12-31", cost="49")
    # A new year starts from zero.
    assert (
        gifts.log_gift(
            store, prospect.id, kind="other", description="Pen", date="2025-01-01", cost="30"
        ).warnings
        == []
    )
    # The person is a recipient of their own: the company's gifts do not count for him.
    assert (
        gifts.log_gift(
            store,
            prospect.id,
            kind="personal",
            description="Wine",
            date="2025-02-01",
            cost="30",
            contact_id=person.id,
        ).warnings
        == []
    )
    assert [
        w.code
        for w in gifts.check_gift(store, prospect.id, cost="25", date="2025-03-01", contact_id=person.id)
    ] == ["gift_limit_over"]
    # Deleted gifts do not count.
    gift = gifts.list_gifts(store)[0]
    gifts.delete_gift(store, gift.id)
    assert (
        gifts.check_gift(store, prospect.id, cost="25", date="2025-03-01", contact_id=gift.contact_id) == []
    )


def test_gift_limit_depends_on_the_country_and_is_configurable(store):
    dutch = prospects.add_prospect(store, name="Bakkerij", country="NL")
    settings.set_(store, "default_country", "")
    nowhere = prospects.add_prospect(store, name="No country")
    assert gifts.log_gift(store, dutch.id, kind="other", description="Big", cost="500").warnings == []
    assert gifts.log_gift(store, nowhere.id, kind="other", description="Big", cost="500").warnings == []
    settings.set_(store, "gift_limits_cents", {"DE": 3500, "NL": 10000})
    assert [w.code for w in gifts.check_gift(store, dutch.id, cost="1")] == ["gift_limit_over"]
    german = prospects.add_prospect(store, name="Old limit", country="DE")
    assert [w.code for w in gifts.check_gift(store, german.id, cost="36")] == ["gift_limit_over"]
    assert [w.code for w in gifts.check_gift(store, german.id, cost="30")] == ["gift_limit_near"]


def test_yearly_register_and_csv_export(store, prospect, tmp_path):
    person = prospects.add_contact(store, prospect.id, name="Jürgen Müller")
    gifts.log_gift(
        store,
        prospect.id,
        kind="event",
        description="Dinner",
        date="2025-03-01",
        cost="45",
        contact_id=person.id,
    )
    gifts.log_gift(
        store,
        prospect.id,
        kind="other",
        description="=HYPERLINK(1)",
        date="2025-04-01",
        cost="10",
        contact_id=person.id,
    )
    gifts.log_gift(store, prospect.id, kind="other", description="Calendar", date="2025-04-02", cost="5")
    gifts.log_gift(store, prospect.id, kind="other", description="Last year", date="2024-04-02", cost="5")

    rows = gift_register.yearly_totals(store, 2025)
    assert [(r.recipient, r.gifts, r.total_cents, r.status) for r in rows] == [
        ("Jürgen Müller", 2, 5500, "over"),
        ("Bäckerei Müller", 1, 500, "ok"),
    ]
    target = tmp_path / "register.csv"
    assert gift_register.export_register_csv(store, target, 2025) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == list(gift_register.REGISTER_COLUMNS)
    assert lines[1][:4] == ["2025-03-01", "Jürgen Müller", "Bäckerei Müller", "DE"]
    assert lines[2][5] == "'=HYPERLINK(1)"  # no formula reaches the accountant's spreadsheet
    assert [line[8] for line in lines[1:]] == ["55.00", "55.00", "5.00"]
    assert [line[10] for line in lines[1:]] == ["over", "over", "ok"]
