"""The prospects' derived columns, defined once: the folded search text and the sort name.

``search_text`` is the folded (case- and accent-insensitive) name, city, postal code and the
names of the live contacts; ``sort_name`` the folded name. The store's session hook keeps them
for records saved through the ORM (:meth:`reciprocity_desktop.store.engine.Store`), and
:func:`refresh_search_columns` for rows a sync import wrote with bulk statements.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, bindparam, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.textutil import fold

#: Prospects looked up per query by :func:`refresh_search_columns`; above WHOLE_TABLE it reads them all.
_GROUP = 500
_WHOLE_TABLE = 5000
_UPDATE_BATCH = 2000


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
