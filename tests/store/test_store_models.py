"""Relationships a view must never load lazily raise instead, so that a forgotten explicit load fails here."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import joinedload, selectinload

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.store.models import Contact, FollowUp, Gift, Outcome, Prospect


@pytest.fixture
def records(store):
    prospect = prospects.add_prospect(store, name="Bäckerei Müller", city="München")
    contact = prospects.add_contact(store, prospect.id, name="Jürgen Müller")
    item = gifts.add_stock_item(store, name="Coffee sample", quantity=5, unit_cost="8.50")
    result = gifts.log_gift(
        store,
        prospect.id,
        kind="sample",
        description="Coffee",
        date="2025-06-02",
        stock_item_id=item.id,
        contact_id=contact.id,
    )
    outcome = followups.add_outcome(store, prospect.id, kind="order", date="2025-06-20", value="100")
    return {
        Prospect: prospect.id,
        Contact: contact.id,
        Gift: result.gift.id,
        FollowUp: result.followup.id,
        Outcome: outcome.id,
    }


@pytest.mark.parametrize(
    ("model", "attribute"),
    [
        (Prospect, "contacts"),
        (Contact, "prospect"),
        (Gift, "prospect"),
        (Gift, "contact"),
        (Gift, "stock_item"),
        (FollowUp, "gift"),
        (Outcome, "prospect"),
    ],
)
def test_an_unloaded_relationship_raises_instead_of_querying(store, records, model, attribute):
    with store.read() as session:
        obj = session.get(model, records[model])
        with pytest.raises(InvalidRequestError, match="raise_on_sql"):
            getattr(obj, attribute)


def test_loaded_explicitly_or_already_in_the_session_it_is_there(store, records):
    with store.read() as session:
        prospect = session.scalars(
            select(Prospect).where(Prospect.id == records[Prospect]).options(selectinload(Prospect.contacts))
        ).one()
        assert [c.name for c in prospect.contacts] == ["Jürgen Müller"]
        # A many-to-one whose target is in the session already needs no query: it is simply there.
        gift = session.get(Gift, records[Gift])
        assert gift.prospect is prospect
        assert gift.contact is prospect.contacts[0]
    with store.read() as session:
        gift = session.get(Gift, records[Gift], options=[joinedload(Gift.stock_item)])
        assert gift.stock_item.name == "Coffee sample"
