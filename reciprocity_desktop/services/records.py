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
        raise NotFound("No {label} with id {id}.", field="id", label=label, id=record_id)
    return obj


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
