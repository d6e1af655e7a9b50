"""The prospects' derived columns, defined once: the folded search text and the sort name.

``search_text`` is the folded (case- and accent-insensitive) name, city, postal code and the
names of the live contacts; ``sort_name`` the folded name. The store's session hook keeps them
for records saved through the ORM (:meth:`reciprocity_desktop.store.engine.Store`), and
:func:`refresh_search_columns` for rows a sync import wrote with bulk statements.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, false, inspect, select, update
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


def refresh_search_columns(connection: Connection, prospect_ids: Iterable[str]) -> None:
    """Recompute the derived columns of the given prospects straight in SQL (live contacts by name)."""
    ids = sorted(set(prospect_ids))
    if not ids:
        return
    p, c = Prospect.__table__, Contact.__table__
    whole_table = len(ids) > _WHOLE_TABLE
    groups = [ids] if whole_table else list(_chunks(ids, _GROUP))
    statement = (
        update(p)
        .where(p.c.id == bindparam("b_id"))
        .values(search_text=bindparam("b_text"), sort_name=bindparam("b_sort"))
    )
    for group in groups:
        prospect_query = select(p.c.id, p.c.name, p.c.city, p.c.postal_code, p.c.search_text, p.c.sort_name)
        contact_query = (
            select(c.c.prospect_id, c.c.name)
            .where(c.c.deleted == false())
            .order_by(c.c.prospect_id, c.c.name)
        )
        if not whole_table:
            prospect_query = prospect_query.where(p.c.id.in_(group))
            contact_query = contact_query.where(c.c.prospect_id.in_(group))
        names: dict[str, list[str]] = {}
        for prospect_id, name in connection.execute(contact_query):
            names.setdefault(prospect_id, []).append(name)
        wanted = set(group)
        changes = []
        for pid, name, city, postal_code, current_text, current_sort in connection.execute(prospect_query):
            if whole_table and pid not in wanted:
                continue
            text = search_text(name, city, postal_code, names.get(pid, ()))
            new_sort = sort_name(name)
            if text != current_text or new_sort != current_sort:
                changes.append({"b_id": pid, "b_text": text, "b_sort": new_sort})
        for part in _chunks(changes, _UPDATE_BATCH):
            connection.execute(statement, part)
