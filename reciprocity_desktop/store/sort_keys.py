"""The folded sort keys of gifts, follow-ups and contacts, defined once.

The window's lists sort texts as people expect ("Äpfel" with the a's, "Özdemir" before "Zorn"): by
the folded text (:func:`~reciprocity_desktop.textutil.fold`). SQLite cannot fold, so each sorted text
has a folded copy in its own column, with an index (migration 0007): the gift's description, the
follow-up's note and result, and the contact's name (the gifts list's recipient).

A key is derived from one field of the same row and nothing else. The store's session hook keeps
the keys of records saved through the ORM (:func:`refresh_keys`); a writer that inserts or updates
rows with bulk statements sets them with :func:`key_values` (the office demo, the CSV import of
contacts, a sync import), so that no path leaves a key behind its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import inspect

from reciprocity_desktop.store.models import Contact, FollowUp, Gift
from reciprocity_desktop.textutil import fold

#: table name -> ((key column, the field it folds), ...)
SORT_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    Gift.__tablename__: (("description_key", "description"),),
    FollowUp.__tablename__: (("note_key", "note"), ("result_key", "result")),
    Contact.__tablename__: (("name_key", "name"),),
}

#: Every key column's name (derived: never edited by hand, never in a sync file).
KEY_COLUMNS: frozenset[str] = frozenset(key for pairs in SORT_KEYS.values() for key, _ in pairs)


def sort_key(text: str | None) -> str:
    """The folded form a text sorts by."""
    return fold(text or "")


def key_values(table: str, row: Mapping[str, Any]) -> dict[str, str]:
    """The keys of one row of ``table`` (empty for a table without keys), from its fields in ``row``."""
    return {key: sort_key(row[field]) for key, field in SORT_KEYS.get(table, ())}


def refresh_keys(objects: Iterable[object]) -> None:
    """In a flush: set the keys of new or edited records whose folded field is not their key yet."""
    for obj in objects:
        pairs = SORT_KEYS.get(getattr(obj, "__tablename__", ""), ())
        if not pairs:
            continue
        state = inspect(obj)
        for key, field in pairs:
            if state.key is not None and not state.attrs[field].history.has_changes():
                continue
            value = sort_key(getattr(obj, field))
            if getattr(obj, key) != value:
                setattr(obj, key, value)
