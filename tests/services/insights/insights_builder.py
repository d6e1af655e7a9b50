"""Adding records directly for the insights and gift register tests (the ``build`` fixture).

Shared by tests/services/insights, tests/ui/insights and the ``report`` CLI test; each
conftest there gives ``build`` (a :class:`Builder` over the test's ``store``).
"""

from __future__ import annotations

import datetime as dt

from reciprocity_desktop.store.models import Contact, FollowUp, Gift, Outcome, Prospect


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Builder:
    """Adds records in one transaction each and returns their ids."""

    def __init__(self, store) -> None:
        self.store = store

    def prospect(self, name: str, *, country: str = "DE", city: str = "Berlin", deleted: bool = False) -> str:
        with self.store.session() as session:
            prospect = Prospect(name=name, country=country, city=city, deleted=deleted)
            session.add(prospect)
            session.flush()
            return prospect.id

    def contact(self, prospect_id: str, name: str, *, decision_maker: bool = False) -> str:
        with self.store.session() as session:
            contact = Contact(prospect_id=prospect_id, name=name, is_decision_maker=decision_maker)
            session.add(contact)
            session.flush()
            return contact.id

    def gift(
        self,
        prospect_id: str,
        date: str,
        kind: str = "sample",
        cost: int = 0,
        *,
        personal: bool = False,
        unexpected: bool = False,
        meaningful: bool = False,
        reaction: str | None = None,
        contact_id: str | None = None,
        deleted: bool = False,
        description: str = "a gift",
    ) -> str:
        with self.store.session() as session:
            gift = Gift(
                prospect_id=prospect_id,
                contact_id=contact_id,
                date=d(date),
                kind=kind,
                description=description,
                cost_cents=cost,
                personal=personal,
                unexpected=unexpected,
                meaningful=meaningful,
                reaction=reaction,
                deleted=deleted,
            )
            session.add(gift)
            session.flush()
            return gift.id

    def outcome(
        self, prospect_id: str, date: str, kind: str = "conversation", value: int = 0, *, deleted=False
    ) -> str:
        with self.store.session() as session:
            outcome = Outcome(
                prospect_id=prospect_id, date=d(date), kind=kind, value_cents=value, deleted=deleted
            )
            session.add(outcome)
            session.flush()
            return outcome.id

    def followup(
        self,
        prospect_id: str,
        due: str,
        kind: str = "ask_feedback",
        *,
        gift_id: str | None = None,
        done_on: str | None = None,
        deleted: bool = False,
    ) -> str:
        with self.store.session() as session:
            followup = FollowUp(
                prospect_id=prospect_id,
                gift_id=gift_id,
                due=d(due),
                kind=kind,
                done_on=d(done_on) if done_on else None,
                deleted=deleted,
            )
            session.add(followup)
            session.flush()
            return followup.id
