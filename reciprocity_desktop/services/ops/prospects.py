"""Undoable actions on prospects, their contact persons and the outcomes they bring.

Each function runs one action of the Prospects page through the plain services
(:mod:`reciprocity_desktop.services.prospects`, :mod:`~reciprocity_desktop.services.followups`)
and returns the :class:`~reciprocity_desktop.services.changes.Op` that says what changed and undoes it.
"""

from __future__ import annotations

from typing import Any

from reciprocity_desktop.services import followups, geo, prospects
from reciprocity_desktop.services.changes import Changes, Op, added, reversible, run_reversible
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Outcome, Prospect

#: The fields of a contact person the contact dialog edits (what an undo of an edit sets back).
CONTACT_FIELDS = ("name", "role", "phone", "email", "is_decision_maker", "notes")


def _prospect_changed(prospect_id: str) -> Changes:
    return Changes.of("prospects", ids=[prospect_id])


def _contact_changed(prospect_id: str, contact_id: str) -> Changes:
    return Changes.of("contacts", "prospects", ids=[prospect_id, contact_id])


# -- prospects ----------------------------------------------------------------------------------------


def add_prospect(store: Store, **values: Any) -> Op[Prospect]:
    """A new prospect; undo deletes it (a tombstone), redo brings the same record back.

    Warns when its postal code is not known for its country (it then has no coordinates from it).
    """
    prospect = prospects.add_prospect(store, **values)
    pid = prospect.id
    return added(
        _prospect_changed(pid),
        prospect,
        lambda: prospects.delete_prospect(store, pid),
        lambda: prospects.restore_prospect(store, pid),
        warnings=geo.check_postal_code(prospect.country, prospect.postal_code),
    )


def edit_prospect(store: Store, prospect_id: str, **values: Any) -> Op[Prospect]:
    """Change the given fields; undo sets them back to what they were.

    Coordinates that came from the postal code are set back as such (empty: the postal code's again),
    not as entered ones. Warns when a new postal code or country gives a code the table does not know.
    """
    before = prospects.get_prospect(store, prospect_id)
    old = {key: getattr(before, key) for key in values}
    if {"latitude", "longitude"} & values.keys() and not geo.is_entered(before):
        old.update(latitude="", longitude="")

    def warnings(after: Prospect) -> list:
        if (after.country, after.postal_code) == (before.country, before.postal_code):
            return []
        return geo.check_postal_code(after.country, after.postal_code)

    return run_reversible(
        _prospect_changed(prospect_id),
        lambda: prospects.update_prospect(store, prospect_id, **values),
        lambda: prospects.update_prospect(store, prospect_id, **old),
        warnings,
    )


def delete_prospect(store: Store, prospect_id: str) -> Op[Prospect]:
    """Delete a prospect (a tombstone); undo restores it."""
    return run_reversible(
        _prospect_changed(prospect_id),
        lambda: prospects.delete_prospect(store, prospect_id),
        lambda: prospects.restore_prospect(store, prospect_id),
    )


# -- contact persons ----------------------------------------------------------------------------------


def add_contact(store: Store, prospect_id: str, **values: Any) -> Op[Contact]:
    """A new contact person; undo erases them again, redo brings the same record back."""
    contact = prospects.add_contact(store, prospect_id, **values)
    cid = contact.id
    erased: dict[str, Any] = {}
    return added(
        _contact_changed(prospect_id, cid),
        contact,
        lambda: erased.update(prospects.delete_contact(store, cid)),
        lambda: prospects.restore_contact(store, cid, erased),
    )


def edit_contact(store: Store, contact_id: str, **values: Any) -> Op[Contact]:
    """Change a contact person's fields; undo sets them back to what they were."""
    person = prospects.export_person(store, contact_id)
    before = person["contact"]
    old = {key: before[key] for key in values if key in CONTACT_FIELDS}
    return run_reversible(
        _contact_changed(person["organisation"]["id"], contact_id),
        lambda: prospects.update_contact(store, contact_id, **values),
        lambda: prospects.update_contact(store, contact_id, **old),
    )


def delete_contact(store: Store, contact_id: str) -> Op[dict[str, Any]]:
    """Delete a contact person: their personal data is erased (see ``prospects.delete_contact``).

    The erased values live only in the returned Op, so the user can undo until the program closes.
    """
    erased = prospects.delete_contact(store, contact_id)

    def erase() -> None:
        erased.update(prospects.delete_contact(store, contact_id))

    return reversible(
        _contact_changed(erased["prospect_id"], contact_id),
        erase,
        lambda: prospects.restore_contact(store, contact_id, erased),
        value=erased,
    )


# -- outcomes -----------------------------------------------------------------------------------------


def add_outcome(store: Store, prospect_id: str, **values: Any) -> Op[Outcome]:
    """Record what came back from a prospect; undo deletes the outcome, redo records it again."""
    outcome = followups.add_outcome(store, prospect_id, **values)
    current = {"id": outcome.id}

    def undo() -> Op[Outcome]:
        followups.delete_outcome(store, current["id"])
        return Op(Changes.of("outcomes", ids=[prospect_id]), outcome, redo)

    def redo() -> Op[Outcome]:
        # services.followups has no restore_outcome: the outcome is recorded again (a new id).
        again = followups.add_outcome(store, prospect_id, **values)
        current["id"] = again.id
        return Op(Changes.of("outcomes", ids=[prospect_id, again.id]), again, undo)

    return Op(Changes.of("outcomes", ids=[prospect_id, outcome.id]), outcome, undo)
