"""The SQLAlchemy side of a store: its engine, its sessions and the change-stamp hook.

:class:`~reciprocity_desktop.store.engine.Store` imports this module the first time something asks for
its engine or a session, not when the store opens: an up-to-date store opens, and the window paints its
first page, on plain ``sqlite3`` (see :meth:`Store.cursor`), without SQLAlchemy's import.

The ``before_flush`` hook (:func:`stamp_changes`) stamps every new or changed record with ``updated_at``
and a hybrid-logical-clock ``stamp`` and refreshes the prospects' search text and the lists' sort keys
(:mod:`~reciprocity_desktop.store.sort_keys`), so no caller has to remember to. Sync sets
``session.info["keep_stamps"] = True`` to write records with the stamps they carried from another store.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from reciprocity_desktop.store import field_stamps
from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp
from reciprocity_desktop.store.models import Meta, Record, Setting, Visit, utcnow
from reciprocity_desktop.store.search import refresh_touched
from reciprocity_desktop.store.sort_keys import KEY_COLUMNS, refresh_keys


def new_engine(
    path: Path,
    on_connect: Callable[[sqlite3.Connection, object], None],
    creator: Callable[[], sqlite3.Connection] | None = None,
) -> Engine:
    """The engine of the store file at ``path``; ``on_connect`` sets each new connection's pragmas.

    ``creator``: how its connections are made, when not as SQLAlchemy would (a read-only store's ``mode=ro``).
    """
    options = {} if creator is None else {"creator": creator}
    engine = create_engine(f"sqlite:///{path}", future=True, **options)
    event.listen(engine, "connect", on_connect)
    return engine


def new_sessions(engine: Engine, clock: HybridLogicalClock) -> sessionmaker[Session]:
    """The store's sessions, each flush stamped with ``clock`` (see :func:`stamp_changes`)."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(
        sessions, "before_flush", lambda session, _context, _instances: stamp_changes(session, clock)
    )
    return sessions


def replica_of(engine: Engine, path: Path) -> str:
    """The store's replica id; a store without one gets a new one (and its name, from the file's)."""
    with sessionmaker(engine, expire_on_commit=False).begin() as session:
        replica = session.get(Meta, "replica_id")
        if replica is None:
            replica = Meta(key="replica_id", value=uuid.uuid4().hex[:16])
            session.add(replica)
            session.add(Meta(key="store_name", value=path.stem))
        return replica.value


def stamp_changes(session: Session, clock: HybridLogicalClock) -> None:
    """The ``before_flush`` hook: sort keys, search text, ``created_at``/``updated_at`` and the stamps."""
    # session.new / session.dirty build a fresh collection on every access: take them once.
    new = set(session.new)
    dirty = set(session.dirty)
    changed = [obj for obj in (*new, *dirty) if isinstance(obj, Record)]
    give_own_seller(session, [obj for obj in new if isinstance(obj, Visit) and obj.seller_id is None])
    refresh_keys(changed)
    for prospect in refresh_touched(session, new, dirty):
        if prospect not in new and prospect not in dirty:
            changed.append(prospect)
    if session.info.get("keep_stamps"):
        return
    stamped = [obj for obj in changed if obj in new or _edited(obj)]
    if not stamped:
        return
    clock_row = session.get(Meta, "hlc")
    if clock_row is not None:
        with contextlib.suppress(ValueError):
            clock.observe(Stamp.parse(clock_row.value))
    now = utcnow()
    pinned: list[tuple[Record, str, set[str]]] = []
    for obj in stamped:
        if obj in new:
            if obj.created_at is None:
                obj.created_at = now
            before = None
        else:  # its fields left as they were keep their stamps (store/field_stamps.py)
            before = obj.stamp or ""
            pinned.append((obj, before, _changed_fields(obj)))
        obj.updated_at = now
        # After the version it replaces, even one stamped ahead of this clock (store/hlc.py).
        obj.stamp = str(clock.after(before))
    if pinned:
        field_stamps.pin(session, pinned, clock.replica_id)
    # The latest stamp issued (one after a version stamped ahead of the clock, too: store/hlc.py).
    latest = max(str(clock.last), *(obj.stamp for obj in stamped))
    if clock_row is None:
        session.add(Meta(key="hlc", value=latest))
    else:
        clock_row.value = latest


#: The settings naming the store's seller: a uuid made once per store (migration 0011) and the name.
SELLER_ID_KEY, SELLER_NAME_KEY = "seller_id", "seller_name"


def own_seller(session: Session, *, make: bool = False) -> tuple[str, str]:
    """The store's seller: ``(seller id, seller name)`` from its settings (not its replica id: a copied
    store that gets a new replica id stays the same seller). ``make``: a store without one gets it now, a
    uuid made once: migration 0011 gives one to every store in use; a new store gets it when first asked
    (its first visit, :func:`give_own_seller`), so that stores made from one empty template are several
    sellers and a new store's settings hold only what the user set. ("", name) while it has none.

    On an office hub the seller is the hub's one (its settings are the office's): the first client to
    plan a visit makes it, and one that makes it at the same moment takes that one (no second id)."""
    rows = {
        row.key: row.value
        for row in session.query(Setting).filter(Setting.key.in_((SELLER_ID_KEY, SELLER_NAME_KEY)))
    }
    if make and SELLER_ID_KEY not in rows:
        rows[SELLER_ID_KEY] = _new_seller_id(session)
    return (
        str(json.loads(rows.get(SELLER_ID_KEY, '""'))),
        str(json.loads(rows.get(SELLER_NAME_KEY, '""'))),
    )


def _new_seller_id(session: Session) -> str:
    """A new seller id (JSON text) stored in the settings; on a hub the one another client stored first."""
    value = json.dumps(str(uuid.uuid4()))
    if session.get_bind().dialect.name != "postgresql":
        session.add(Setting(key=SELLER_ID_KEY, value=value))
        return value
    from sqlalchemy.dialects.postgresql import insert

    session.execute(insert(Setting).values(key=SELLER_ID_KEY, value=value).on_conflict_do_nothing())
    stored = session.execute(select(Setting.value).where(Setting.key == SELLER_ID_KEY)).scalar_one()
    return str(stored)


def give_own_seller(session: Session, visits: list[Visit]) -> None:
    """New visits that name no seller belong to the store's (the one who plans them), with its name now."""
    if not visits:
        return
    with session.no_autoflush:
        seller_id, name = own_seller(session, make=True)
    for visit in visits:
        visit.seller_id = seller_id
        if visit.seller is None:
            visit.seller = name


_DERIVED_COLUMNS = frozenset({"search_text", "sort_name", "updated_at", "stamp", *KEY_COLUMNS})


def _changed_fields(obj: Record) -> set[str]:
    """The columns of a row that this flush changes."""
    state = inspect(obj)
    return {
        attr.key for attr in state.attrs if attr.key in state.mapper.columns and attr.history.has_changes()
    }


def _edited(obj: Record) -> bool:
    """True when a column the user or sync cares about changed (not only derived ones)."""
    state = inspect(obj)
    return any(
        attr.key not in _DERIVED_COLUMNS and attr.history.has_changes()
        for attr in state.attrs
        if attr.key in state.mapper.columns
    )
