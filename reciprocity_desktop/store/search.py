"""The prospects' derived columns, defined once: the folded search text and the sort name; and their index.

``search_text`` is the folded (case- and accent-insensitive) name, city, postal code and the
names of the live contacts; ``sort_name`` the folded name. The store's session hook keeps them
for records saved through the ORM (:meth:`reciprocity_desktop.store.engine.Store`), and
:func:`refresh_search_columns` for rows a sync import wrote with bulk statements.

``prospects_fts`` (migration 0007) is an FTS5 trigram index of ``search_text``: an external-content
table keyed by the prospects' ``rowid``, kept by three triggers on ``prospects`` (so every writer,
ORM or bulk statement, keeps it), and filled anew by :func:`rebuild_search_index`. It finds a word of
at least :data:`TRIGRAM` characters as a substring (:func:`match_expression`); shorter words are
searched with ``LIKE`` (:func:`indexable`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from sqlalchemy import (
    Connection,
    Select,
    bindparam,
    func,
    inspect,
    literal_column,
    select,
    table,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.textutil import fold

#: Prospects looked up per query by :func:`refresh_search_columns`; above WHOLE_TABLE it reads them all.
_GROUP = 500
_WHOLE_TABLE = 5000
_UPDATE_BATCH = 2000

# -- the full-text index ---------------------------------------------------------------------------

FTS_TABLE = "prospects_fts"
#: The index and its triggers as migration 0007 creates them (name -> SQL as sqlite_master keeps it).
#: They are no ORM models: the schema test compares the store with these.
FTS_SCHEMA = {
    "prospects_fts": "CREATE VIRTUAL TABLE prospects_fts USING fts5(search_text, content='prospects', "
    "content_rowid='rowid', tokenize='trigram')",
    "prospects_fts_ai": "CREATE TRIGGER prospects_fts_ai AFTER INSERT ON prospects BEGIN INSERT INTO "
    "prospects_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "prospects_fts_ad": "CREATE TRIGGER prospects_fts_ad AFTER DELETE ON prospects BEGIN INSERT INTO "
    "prospects_fts(prospects_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text); END",
    "prospects_fts_au": "CREATE TRIGGER prospects_fts_au AFTER UPDATE OF search_text ON prospects BEGIN "
    "INSERT INTO prospects_fts(prospects_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text); "
    "INSERT INTO prospects_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
}
#: The tables FTS5 itself creates for prospects_fts (an external-content table has no _content).
FTS_SHADOW_TABLES = frozenset(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))
#: The trigram tokenizer finds words of at least this many characters.
TRIGRAM = 3
#: A NUL ends an FTS5 query string: a word holding one is searched with LIKE. (The noncharacters
#: U+FFFE and U+FFFF FTS5 reads as U+FFFD, as SQLite's LIKE does: no need to tell them apart.)
_NOT_INDEXED = "\x00"


def rebuild_search_index(connection: Connection) -> None:
    """Fill ``prospects_fts`` anew from ``prospects.search_text`` (after a bulk change made without
    the triggers, or to repair it). Keyed by rowid: the store copies files with SQLite's backup API,
    never ``VACUUM``, so the prospects' rowids stay; a change that renumbers them must rebuild."""
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def is_search_index_table(name: str) -> bool:
    """True for ``prospects_fts`` and the tables FTS5 keeps it in (no ORM models)."""
    return name == FTS_TABLE or name in FTS_SHADOW_TABLES


#: On an office hub (PostgreSQL) the search index is a pg_trgm index of ``prospects.search_text`` (migration
#: 0007): kept by the server, no ORM model either (a hub without pg_trgm has none).
PG_SEARCH_INDEX = "ix_prospects_search_trgm"


def include_in_schema_comparison(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: compare every table with the models except the search index's."""
    if type_ == "index" and name == PG_SEARCH_INDEX:
        return False
    return not (type_ == "table" and name is not None and is_search_index_table(name))


def indexable(word: str) -> bool:
    """Whether ``prospects_fts`` can find the (folded) ``word``: long enough for a trigram, no NUL."""
    return len(word) >= TRIGRAM and _NOT_INDEXED not in word


def match_expression(words: Iterable[str]) -> str:
    """An FTS5 query for rows holding every word as a substring: each word one quoted string.

    Inside double quotes FTS5 reads everything literally (``*``, ``-``, ``:``, ``(``, ``NEAR``,
    ``AND`` …); a double quote is doubled.
    """
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def matching_rowids(words: Iterable[str]) -> Select:
    """``SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH …``: the prospects holding every word."""
    return (
        select(literal_column("rowid"))
        .select_from(table(FTS_TABLE))
        .where(literal_column(FTS_TABLE).op("MATCH")(match_expression(words)))
    )


def count_matching(words: Iterable[str]) -> Select:
    """How many prospects (tombstones too) hold every word, read from the index alone."""
    return matching_rowids(words).with_only_columns(func.count())


def count_tombstones() -> Select:
    """How many prospects are deleted (a count of the partial index ``ix_prospects_deleted``)."""
    return select(func.count()).select_from(Prospect).where(Prospect.deleted.is_(True))


def count_tombstones_matching(words: Iterable[str], *, each_tombstone: bool) -> Select:
    """How many deleted prospects hold every word, without reading a row.

    ``each_tombstone``: each tombstone of ``ix_prospects_deleted`` is looked up in the index (one
    FTS5 lookup by rowid each: for a few tombstones); else each match is probed in
    ``ix_prospects_deleted`` (for a few matches).
    """
    words = list(words)
    rowid = literal_column("rowid")
    if each_tombstone:
        deleted = select(literal_column("prospects.rowid")).where(Prospect.deleted.is_(True))
        return count_matching(words).where(rowid.in_(deleted))
    return (
        select(func.count())
        .select_from(Prospect)
        .where(Prospect.deleted.is_(True), literal_column("prospects.rowid").in_(matching_rowids(words)))
    )


def search_text(name: str | None, city: str | None, postal_code: str | None, contacts: Iterable[str]) -> str:
    """The text the prospect list searches: name, city, postal code and contact names, folded."""
    return fold(" ".join((name or "", city or "", postal_code or "", " ".join(contacts))))


def sort_name(name: str | None) -> str:
    """The folded name the prospect list sorts by ("Bäckerei" before "Brauhaus")."""
    return fold(name or "")


def refresh_prospect(prospect: Prospect, contacts: Iterable[Contact]) -> None:
    """Set a prospect's derived columns from its fields and ``contacts`` (deleted ones are left out).

    Only columns whose value differs are assigned, so an unchanged prospect stays clean.
    """
    text = search_text(
        prospect.name, prospect.city, prospect.postal_code, (c.name for c in contacts if not c.deleted)
    )
    if prospect.search_text != text:
        prospect.search_text = text
    name = sort_name(prospect.name)
    if prospect.sort_name != name:
        prospect.sort_name = name


def refresh_touched(session: Session, new: set[object], dirty: set[object]) -> set[Prospect]:
    """In a flush: refresh the derived columns of every prospect whose record or contacts change.

    Returns those prospects. Relationships that are not loaded yet are loaded here explicitly
    (the same query and order a lazy load would use), so that the hook works with ``lazy="raise"``.
    """
    touched: set[Prospect] = set()
    for obj in (*new, *dirty):
        if isinstance(obj, Prospect):
            touched.add(obj)
        elif isinstance(obj, Contact):
            owner = _owner_of(session, obj)
            if owner is not None:
                touched.add(owner)
    # A contact made with prospect_id only is not in its prospect's collection yet.
    pending: dict[str, list[Contact]] = {}
    for obj in new:
        if isinstance(obj, Contact) and obj.prospect_id:
            pending.setdefault(obj.prospect_id, []).append(obj)
    for prospect in touched:
        people = _contacts_of(session, prospect)
        people += [c for c in pending.get(prospect.id, ()) if not any(c is known for known in people)]
        refresh_prospect(prospect, people)
    return touched


def _owner_of(session: Session, contact: Contact) -> Prospect | None:
    """The contact's prospect: the one it is linked to in memory, else the one its prospect_id names."""
    if "prospect" in inspect(contact).dict and contact.prospect is not None:
        return contact.prospect
    return session.get(Prospect, contact.prospect_id) if contact.prospect_id else None


def _contacts_of(session: Session, prospect: Prospect) -> list[Contact]:
    """The prospect's contact collection, loaded now (by name, with unflushed changes) if it was not."""
    state = inspect(prospect)
    if state.key is not None and "contacts" not in state.dict:
        found = session.scalars(
            select(Contact).where(Contact.prospect_id == prospect.id).order_by(Contact.name)
        ).all()
        set_committed_value(prospect, "contacts", list(found))
    return list(prospect.contacts)


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_ROWS = (
    "SELECT p.rowid, p.id, p.name, p.city, p.postal_code, p.search_text, p.sort_name, "
    "(SELECT json_group_array(c.name) FROM contacts AS c WHERE c.prospect_id = p.id AND c.deleted = 0) "
    "FROM prospects AS p "
)


def refresh_search_columns(connection: Connection, prospect_ids: Iterable[str]) -> None:
    """Recompute the derived columns of the given prospects straight in SQL (live contacts by name).

    Streams: a page of prospects at a time, each with its live contacts' names (one JSON array
    from SQLite), so that memory does not grow with the store; many prospects are read in the
    table's own order, a few by id.
    """
    wanted = prospect_ids if isinstance(prospect_ids, set | frozenset) else set(prospect_ids)
    if not wanted:
        return
    p = Prospect.__table__
    statement = (
        update(p)
        .where(p.c.id == bindparam("b_id"))
        .values(search_text=bindparam("b_text"), sort_name=bindparam("b_sort"))
    )
    for rows in _pages(connection, wanted):
        changes = []
        for _rowid, pid, name, city, postal_code, current_text, current_sort, names in rows:
            if pid not in wanted:
                continue
            text = search_text(name, city, postal_code, sorted(json.loads(names)))  # ORDER BY name
            new_sort = sort_name(name)
            if text != current_text or new_sort != current_sort:
                changes.append({"b_id": pid, "b_text": text, "b_sort": new_sort})
        if changes:
            connection.execute(statement, changes)


def _pages(connection: Connection, wanted: set[str] | frozenset[str]) -> Iterator[list]:
    """The rows of ``_ROWS`` for the wanted prospects, a page at a time."""
    if len(wanted) <= _WHOLE_TABLE:
        for group in _chunks(sorted(wanted), _GROUP):
            yield connection.exec_driver_sql(
                _ROWS + "WHERE p.id IN (SELECT value FROM json_each(?))", (json.dumps(group),)
            ).fetchall()
        return
    last = -1
    while rows := connection.exec_driver_sql(
        _ROWS + "WHERE p.rowid > ? ORDER BY p.rowid LIMIT ?", (last, _UPDATE_BATCH)
    ).fetchall():
        yield rows
        last = rows[-1][0]
