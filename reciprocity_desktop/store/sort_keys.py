"""The folded sort keys of gifts, follow-ups and contacts, defined once.

The window's lists sort texts as people expect ("Äpfel" with the a's, "Özdemir" before "Zorn"): by
the folded text (:func:`~reciprocity_desktop.textutil.fold`). SQLite cannot fold, so each sorted text
has a folded copy in its own column, with an index (migration 0007): the gift's description, the
follow-up's note and result, and the contact's name (the gifts list's recipient).

A key is derived from one field of the same row and nothing else. The store's session hook keeps
the keys of records saved through the ORM (:func:`refresh_keys`); a writer that inserts or updates
rows with bulk statements sets them with :func:`key_values` (the office demo, the CSV import of
contacts, a sync import), so that no path leaves a key behind its text.

A follow-up also sorts by its linked gift (the gift's folded description, then its date): those are
another row's fields, so SQLite keeps the copies, ``followups.gift_key`` and ``gift_date``
(:data:`LINKED_KEYS`), with the triggers of :data:`LINKED_KEY_TRIGGERS` (migration 0009) on both
tables: every writer — the ORM, a sync import, the office demo — keeps them without knowing. A
writer may set them itself (the office demo does, from the gifts it just wrote): a follow-up whose
copies already agree with its gift costs its trigger one lookup, no update.
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

#: table name -> ((copy column, the linked gift's column), ...): kept by SQLite's triggers.
LINKED_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    FollowUp.__tablename__: (("gift_key", "description_key"), ("gift_date", "date")),
}

#: Every key column's name (derived: never edited by hand, never in a sync file).
KEY_COLUMNS: frozenset[str] = frozenset(
    key for keys in (SORT_KEYS, LINKED_KEYS) for pairs in keys.values() for key, _ in pairs
)

_SAME_AS_GIFT = "(SELECT description_key, date FROM gifts WHERE id = new.gift_id)"
#: The triggers that keep :data:`LINKED_KEYS` (name -> SQL as sqlite_master keeps it, migration 0009).
#: A follow-up's copies follow its gift_id (NULL without a gift, or while its gift is not stored); a
#: gift's description and date are copied to its follow-ups; each statement skips agreeing rows.
LINKED_KEY_TRIGGERS = {
    "followups_gift_key_ai": "CREATE TRIGGER followups_gift_key_ai AFTER INSERT ON followups "
    f"WHEN (new.gift_key, new.gift_date) IS NOT {_SAME_AS_GIFT} BEGIN "
    f"UPDATE followups SET (gift_key, gift_date) = {_SAME_AS_GIFT} WHERE rowid = new.rowid; END",
    "followups_gift_key_au": "CREATE TRIGGER followups_gift_key_au AFTER UPDATE OF gift_id, gift_key, gift_date "
    f"ON followups WHEN (new.gift_key, new.gift_date) IS NOT {_SAME_AS_GIFT} BEGIN "
    f"UPDATE followups SET (gift_key, gift_date) = {_SAME_AS_GIFT} WHERE rowid = new.rowid; END",
    "gifts_followup_keys_ai": "CREATE TRIGGER gifts_followup_keys_ai AFTER INSERT ON gifts BEGIN "
    "UPDATE followups SET gift_key = new.description_key, gift_date = new.date "
    "WHERE gift_id = new.id AND (gift_key, gift_date) IS NOT (new.description_key, new.date); END",
    "gifts_followup_keys_au": "CREATE TRIGGER gifts_followup_keys_au AFTER UPDATE OF description_key, date "
    "ON gifts BEGIN UPDATE followups SET gift_key = new.description_key, gift_date = new.date "
    "WHERE gift_id = new.id AND (gift_key, gift_date) IS NOT (new.description_key, new.date); END",
    "gifts_followup_keys_ad": "CREATE TRIGGER gifts_followup_keys_ad AFTER DELETE ON gifts BEGIN "
    "UPDATE followups SET gift_key = NULL, gift_date = NULL "
    "WHERE gift_id = old.id AND (gift_key IS NOT NULL OR gift_date IS NOT NULL); END",
}


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
