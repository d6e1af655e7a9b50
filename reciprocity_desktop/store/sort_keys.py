"""The folded sort keys of gifts, follow-ups and contacts, defined once.

The window's lists sort texts as people expect ("Äpfel" with the a's, "Özdemir" before "Zorn"): by
the folded text (:func:`~reciprocity_desktop.textutil.fold`). SQLite cannot fold, so each sorted text
has a folded copy in its own column, with an index (migration 0007): the gift's description, the
follow-up's note and result, and the contact's name (the gifts list's recipient).

A key is derived from one field of the same row and nothing else. The store's session hook keeps
the keys of records saved through the ORM (:func:`refresh_keys`); a writer that inserts or updates
rows with bulk statements sets them with :func:`key_values` (the office demo, the CSV import of
contacts, a sync import), so that no path leaves a key behind its text.

Some orders read another row's fields: a follow-up by its linked gift (the gift's folded
description, then its date), a gift by its recipient. SQLite keeps copies of those fields in the
listed rows (:data:`LINKS`: ``followups.gift_key``, ``gift_date``; ``gifts.recipient_key``), with
the triggers of
:data:`LINKED_KEY_TRIGGERS` (migration 0009) on both sides of each link, so that every page of those
orders reads one index of the listed table, and every writer — the ORM, a sync import, the office
demo — keeps them without knowing. A writer may set them itself (the office demo does, from the
rows it just wrote): a row whose copies already agree costs its trigger a lookup, no update.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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

@dataclass(frozen=True)
class Link:
    """Copies of a parent row's sort columns in the rows of ``table`` that refer to it by ``ref``."""

    table: str
    ref: str
    parent: str
    copies: tuple[tuple[str, str], ...]  # (copy column in ``table``, the parent's column)
    #: The parent's changes reach only the live rows (the only index on ``ref`` is of those); a row
    #: made live again gets its copies then.
    live_only: bool = False


#: The lists' orders by another row's columns: a follow-up by its gift (description, date), a gift
#: by its recipient. (Not by the prospect: a sync import sets the prospects' sort names after their
#: gifts and follow-ups are written, and every copy would be written twice; those orders read the
#: prospects' index first, then each one's rows.)
LINKS: tuple[Link, ...] = (
    Link("followups", "gift_id", "gifts", (("gift_key", "description_key"), ("gift_date", "date"))),
    Link("gifts", "contact_id", "contacts", (("recipient_key", "name_key"),), live_only=True),
)
#: table name -> ((copy column, the parent's column), ...), kept by SQLite's triggers.
LINKED_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    table: tuple(pair for link in LINKS if link.table == table for pair in link.copies)
    for table in dict.fromkeys(link.table for link in LINKS)
}

#: Every key column's name (derived: never edited by hand, never in a sync file).
KEY_COLUMNS: frozenset[str] = frozenset(
    key for keys in (SORT_KEYS, LINKED_KEYS) for pairs in keys.values() for key, _ in pairs
)


def _linked_key_triggers(links: tuple[Link, ...]) -> dict[str, str]:
    """The triggers that keep the copies: name -> SQL as sqlite_master keeps it.

    A row written with copies that disagree with its parents' (or none) gets them right after
    (one UPDATE of the row, which a writer that set them right skips); a parent's change reaches
    the rows that refer to it. A row is always written after its parent (the foreign keys).
    """
    triggers: dict[str, str] = {}
    for table in dict.fromkeys(link.table for link in links):
        own = [link for link in links if link.table == table]
        fresh = {
            copy: f"(SELECT {column} FROM {link.parent} WHERE id = new.{link.ref})"
            for link in own
            for copy, column in link.copies
        }
        stale = " OR ".join(f"new.{copy} IS NOT {value}" for copy, value in fresh.items())
        body = ", ".join(f"{copy} = {value}" for copy, value in fresh.items())
        watched = ", ".join(dict.fromkeys([*(link.ref for link in own), *fresh, "deleted"]))
        for name, event in (("ai", "INSERT"), ("au", f"UPDATE OF {watched}")):
            triggers[f"{table}_linked_keys_{name}"] = (
                f"CREATE TRIGGER {table}_linked_keys_{name} AFTER {event} ON {table} WHEN {stale} BEGIN "
                f"UPDATE {table} SET {body} WHERE rowid = new.rowid; END"
            )
    for link in links:
        copies = ", ".join(copy for copy, _ in link.copies)
        news = ", ".join(f"new.{column}" for _, column in link.copies)
        live = " AND deleted IS 0" if link.live_only else ""
        changed = ", ".join(f"{copy} = new.{column}" for copy, column in link.copies)
        name = f"{link.parent}_{link.table}_{link.ref}"
        triggers[f"{name}_au"] = (
            f"CREATE TRIGGER {name}_au AFTER UPDATE OF {', '.join(c for _, c in link.copies)} ON {link.parent} "
            f"BEGIN UPDATE {link.table} SET {changed} WHERE {link.ref} = new.id{live} "
            f"AND ({copies}) IS NOT ({news}); END"
        )
        cleared = ", ".join(f"{copy} = NULL" for copy, _ in link.copies)
        triggers[f"{name}_ad"] = (
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {link.parent} BEGIN UPDATE {link.table} SET {cleared} "
            f"WHERE {link.ref} = old.id{live}; END"
        )
    return triggers


#: The triggers that keep :data:`LINKED_KEYS` (migration 0009; the schema test compares them).
LINKED_KEY_TRIGGERS = _linked_key_triggers(LINKS)


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
