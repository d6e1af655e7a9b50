"""The people at a prospect: add, edit, list, erase (and undo that), and a person's data export."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.backups import erase_contact_in_backups
from reciprocity_desktop.services.records import clean_fields, get_live, get_record, update_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Gift, Prospect

_CONTACT_FIELDS: dict[str, Any] = {
    "name": lambda v: validate.text(v, "contact name", required=True),
    "role": lambda v: validate.text(v, "role", max_length=100),
    "phone": lambda v: validate.text(v, "phone", max_length=50),
    "email": lambda v: validate.email(v),
    "is_decision_maker": bool,
    "notes": lambda v: validate.text(v, "notes", max_length=20_000),
}


def add_contact(store: Store, prospect_id: str, **values: Any) -> Contact:
    cleaned = clean_fields(_CONTACT_FIELDS, values, partial=False)
    with store.session() as session:
        prospect = get_live(session, Prospect, prospect_id, "prospect")
        contact = Contact(prospect=prospect, **cleaned)
        session.add(contact)
        session.flush()
        return contact


def update_contact(store: Store, contact_id: str, **values: Any) -> Contact:
    cleaned = clean_fields(_CONTACT_FIELDS, values, partial=True)
    with store.session() as session:
        return update_live(session, Contact, contact_id, "contact", cleaned)


def list_contacts(store: Store, prospect_id: str) -> list[Contact]:
    with store.read() as session:
        query = (
            select(Contact)
            .where(Contact.prospect_id == prospect_id, Contact.deleted.is_(False))
            .order_by(Contact.is_decision_maker.desc(), Contact.name)
        )
        return list(session.scalars(query))


PERSONAL_CONTACT_FIELDS = ("name", "role", "phone", "email", "notes")


def delete_contact(store: Store, contact_id: str) -> dict[str, Any]:
    """Really delete a person: the personal fields are erased, only a tombstone id remains (for sync).

    Returns the erased values, so that the window can offer an undo while they are still in memory.
    Gifts given to the person stay (they are the company's records) but no longer name them. The erasure
    reaches the store's backup files too (``erased_backups``: how many held the person).
    """
    with store.session() as session:
        contact = get_live(session, Contact, contact_id, "contact")
        erased = {key: getattr(contact, key) for key in (*PERSONAL_CONTACT_FIELDS, "is_decision_maker")}
        erased["prospect_id"] = contact.prospect_id
        for key in PERSONAL_CONTACT_FIELDS:
            setattr(contact, key, "")
        contact.is_decision_maker = False
        contact.deleted = True
        for gift in session.scalars(select(Gift).where(Gift.contact_id == contact_id)):
            gift.contact_id = None
    # The same erasure in every backup file of the store (an undo restores the store, not the backups).
    erased["erased_backups"] = len(erase_contact_in_backups(store.path, contact_id))
    return erased


def restore_contact(store: Store, contact_id: str, erased: dict[str, Any]) -> Contact:
    """Undo :func:`delete_contact` with the values it returned."""
    values = {k: v for k, v in erased.items() if k in _CONTACT_FIELDS}
    cleaned = clean_fields(_CONTACT_FIELDS, values, partial=False)
    with store.session() as session:
        contact = get_record(session, Contact, contact_id, "contact", live=False)
        for key, value in cleaned.items():
            setattr(contact, key, value)
        contact.deleted = False
        return contact


def export_person(store: Store, contact_id: str) -> dict[str, Any]:
    """Everything the store holds about one person (GDPR access request), as plain JSON-able data."""
    with store.read() as session:
        contact = get_live(session, Contact, contact_id, "contact", options=[joinedload(Contact.prospect)])
        gifts = session.scalars(
            select(Gift).where(Gift.contact_id == contact_id, Gift.deleted.is_(False)).order_by(Gift.date)
        )
        return {
            "contact": {
                "id": contact.id,
                "name": contact.name,
                "role": contact.role,
                "phone": contact.phone,
                "email": contact.email,
                "is_decision_maker": contact.is_decision_maker,
                "notes": contact.notes,
                "created_at": contact.created_at.isoformat(),
                "updated_at": contact.updated_at.isoformat(),
            },
            "organisation": {"id": contact.prospect.id, "name": contact.prospect.name},
            "gifts_received": [
                {
                    "date": g.date.isoformat(),
                    "kind": g.kind,
                    "description": g.description,
                    "cost": g.cost_cents / 100,
                    "reaction": g.reaction,
                    "reaction_note": g.reaction_note,
                }
                for g in gifts
            ],
        }
