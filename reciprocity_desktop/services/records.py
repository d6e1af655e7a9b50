"""Finding, cleaning and changing records: the small steps every service takes the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from reciprocity_desktop.services.errors import NotFound

R = TypeVar("R")

#: field -> validator of the raw value (it raises ValidationError or returns the clean value).
Checks = Mapping[str, Callable[[Any], Any]]


def get_record(
    session: Session,
    model: type[R],
    record_id: str,
    label: str,
    *,
    live: bool = True,
    options: Sequence[ORMOption] = (),
) -> R:
    """The record with that id, or NotFound naming it by ``label``.

    ``live``: a deleted record (a tombstone) counts as not found. ``options`` load relationships
    with it (``selectinload(Prospect.contacts)``): they are never loaded lazily.
    """
    obj = session.get(model, record_id, options=options)
    if obj is None or (live and obj.deleted):  # type: ignore[attr-defined]
        raise not_found(label, record_id)
    return obj


def not_found(label: str, record_id: str) -> NotFound:
    """NotFound for the record ``label`` names: a whole sentence per kind of record, so that each language
    words it with the record's own gender and case ("Kein Interessent", "Keine Geschenk…")."""
    text = (
        "No prospect with id {id}."
        if label == "prospect"
        else "No contact with id {id}."
        if label == "contact"
        else "No gift with id {id}."
        if label == "gift"
        else "No visit with id {id}."
        if label == "visit"
        else "No outcome with id {id}."
        if label == "outcome"
        else "No stock item with id {id}."
        if label == "stock item"
        else "No follow-up with id {id}."
        if label == "follow-up"
        else "No record with id {id}."
    )
    return NotFound(text, field="id", label=label, id=record_id)


def get_live(session: Session, model, record_id: str, label: str, *, options: Sequence[ORMOption] = ()):
    """The live (not deleted) record with that id (see :func:`get_record`)."""
    return get_record(session, model, record_id, label, options=options)


def clean_fields(checks: Checks, values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """Validate the given fields; ``partial`` skips the ones not given (None), else a name is required."""
    cleaned: dict[str, Any] = {}
    for key, check in checks.items():
        if key not in values or (partial and values[key] is None):
            continue
        cleaned[key] = check(values[key])
    if not partial and "name" not in cleaned:
        cleaned["name"] = checks["name"](None)
    return cleaned


def update_live(
    session: Session, model: type[R], record_id: str, label: str, cleaned: Mapping[str, Any]
) -> R:
    """Set the cleaned fields on a live record and flush (so the stamping hook has run when it returns)."""
    obj = get_live(session, model, record_id, label)
    for key, value in cleaned.items():
        setattr(obj, key, value)
    session.flush()
    return obj
