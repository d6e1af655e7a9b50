"""Big stores for the scale tests: bulk-inserted gifted prospects, and a log of what the store was asked.

``bulk_gifted`` writes a few thousand prospects with a contact, a gift and an overdue open follow-up each
(Core inserts, the derived columns filled in as the session hook would). ``QueryLog`` listens on the
store's engine (and on the plain connections of ``Store.cursor``) and counts the ORM objects loaded and the
SELECTs on the big tables without a LIMIT.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from sqlalchemy import event, insert

from reciprocity_desktop.store import engine as store_engine
from reciprocity_desktop.store.models import Base, Contact, FollowUp, Gift, Prospect
from reciprocity_desktop.textutil import fold

BIG_TABLES = ("prospects", "contacts", "gifts", "followups", "visits", "outcomes")


def bulk_gifted(store, count: int, *, today: dt.date | None = None, prefix: str = "Bulk") -> list[str]:
    """``count`` live prospects, each with a contact, a gift and an open follow-up overdue since a week."""
    today = today or dt.date.today()
    prospects, contacts, gifts, followups = [], [], [], []
    for n in range(count):
        pid, gid, name = str(uuid.uuid4()), str(uuid.uuid4()), f"{prefix} {n:05d}"
        prospects.append({"id": pid, "name": name, "city": "Köln", "sort_name": fold(name),
                          "search_text": fold(f"{name} Köln Person {n}")})  # fmt: skip
        contacts.append({"id": str(uuid.uuid4()), "prospect_id": pid, "name": f"Person {n}"})
        gifts.append({"id": gid, "prospect_id": pid, "date": today - dt.timedelta(days=14),
                      "kind": "sample", "description": "Coffee"})  # fmt: skip
        followups.append({"id": str(uuid.uuid4()), "prospect_id": pid, "gift_id": gid,
                          "due": today - dt.timedelta(days=7), "kind": "call", "note": f"late {n}"})  # fmt: skip
    with store.session() as session:
        for model, rows in ((Prospect, prospects), (Contact, contacts), (Gift, gifts), (FollowUp, followups)):
            session.execute(insert(model), rows)
    return [row["id"] for row in prospects]


_BOUNDED = re.compile(
    r"^SELECT DISTINCT|\bLIMIT\b|\bcount\(|\bmax\(|\bmin\(|\bsum\(|\bEXISTS \(SELECT|\.id = \?|id IN \(|_id = \?|\.date = (\?|'[-\d]+')",
    re.I,
)


class QueryLog:
    """While active: every ORM object loaded (``loaded``, by table) and the unbounded SELECTs on big tables.

    A SELECT counts as bounded when it has a LIMIT, is an aggregate, fetches rows by id
    (``get``/``selectinload``), one record's rows (``prospect_id = ?``), one day's (``date = ?``) or the distinct values of a
    column (the filter choices: a few cities and tag lists, not a row per prospect);
    anything else reading a big table could return every row.
    """

    def __init__(self, store) -> None:
        self.engine = store.engine
        self.loaded: dict[str, int] = {}
        self.statements: list[str] = []

    def __enter__(self) -> QueryLog:
        event.listen(self.engine, "before_cursor_execute", self._on_statement)
        event.listen(Base, "load", self._on_load, propagate=True)
        self._plain = store_engine._plain_connection

        def traced(*args, **kwargs):  # Store.cursor's connections: their statements, parameters filled in
            connection = self._plain(*args, **kwargs)
            connection.set_trace_callback(self.statements.append)
            return connection

        store_engine._plain_connection = traced
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on_statement)
        event.remove(Base, "load", self._on_load)
        store_engine._plain_connection = self._plain

    def _on_statement(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        self.statements.append(statement)

    def _on_load(self, target, _context) -> None:
        table = target.__tablename__
        self.loaded[table] = self.loaded.get(table, 0) + 1

    @property
    def total_loaded(self) -> int:
        return sum(self.loaded.values())

    def unbounded(self) -> list[str]:
        """The SELECTs that read a big table and could return all its rows."""
        found = []
        for statement in self.statements:
            flat = " ".join(statement.split())
            if not flat.upper().startswith("SELECT") or _BOUNDED.search(flat):
                continue
            if re.search(r"\bFROM (" + "|".join(BIG_TABLES) + r")\b", flat):
                found.append(flat)
        return found
