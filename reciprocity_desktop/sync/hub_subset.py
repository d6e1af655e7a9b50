"""The part of an office hub that a rep's sync file can touch: what its import copies into the scratch file.

Copying the whole hub (:func:`~reciprocity_desktop.sync.hub_staging.copy_hub_to_file`) costs time in
proportion to the hub: about eleven minutes for an office of 100,000 prospects, whatever the rep's file
brings. A merge reads, changes and derives only

* the file's records (by id, in their tables) with their version entries (``sync_record_versions``),
  field stamps (``sync_field_stamps``) and conflict-log entries (``sync_conflicts``, by record);
* the rows they refer to (a gift's prospect, contact, visit and stock item; a follow-up's gift …), and
  the rows those refer to, until nothing more is named;
* every contact of each prospect among them (a prospect's search text is made from its contacts' names);
* the small tables whole (:data:`WHOLE_TABLES`: the settings, the stock items, the import history, the
  replicas' names, ``meta``);
* the conflict log's last entry (a new entry is numbered after it).

so the import copies that much (:func:`copy_subset`) and no more: the time goes with the file, not the
hub. Rows of other records are never read by a merge (the hub's own triggers keep the copies of sort
columns in rows that were not copied, as they keep every other writer's). The rows are read ``FOR
UPDATE`` in the import's own transaction, which also writes them back: an office user's save of one of
those records waits for the import (seconds) instead of being overwritten by it.

A file that brings as many records as half the hub holds (or a file of the first format, whose stock
openings are derived from every movement of an item), is imported through the whole copy as before
(:func:`wanted_ids` returns None): reading by id would not pay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from reciprocity_desktop.store.models import Base
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.errors import SyncFileError
from reciprocity_desktop.sync.format import TABLES
from reciprocity_desktop.sync.incoming import loads_line

#: The records' tables, copied by id.
RECORD_TABLES = tuple(spec.name for spec in TABLES if spec.name != "stock_items")
#: Tables copied whole: small, and read by every merge.
WHOLE_TABLES = ("meta", "settings", "stock_items", "sync_imports", "sync_replicas")
#: Tables of bookkeeping about a record: ``(table_name, record_id)`` name the record.
BY_RECORD = ("sync_field_stamps", "sync_record_versions", "sync_conflicts")
#: The file may bring at most this share of the hub's record rows for a copy by id.
MAX_SHARE = 0.5
#: Ids looked up at a time.
BATCH = 2000


def _tables() -> dict[str, Any]:
    return Base.metadata.tables


def references(table: str) -> list[tuple[str, str]]:
    """``(column, parent table)`` of each reference a record of ``table`` holds."""
    return [(fk.parent.name, fk.column.table.name) for fk in _tables()[table].foreign_keys]


def wanted_ids(path: Path | str, passphrase: str | None, hub_rows: int) -> dict[str, set[str]] | None:
    """The ids of the file's records and of the records they refer to, by table; None when the whole hub
    should be copied instead (a file as large as half the hub, one without stock movements, one that
    cannot be read: the import then reads it again and tells what is wrong)."""
    try:
        with SyncFileReader(path, passphrase) as reader:
            members = reader.manifest.members
            if reader.manifest.total_records > MAX_SHARE * hub_rows or "stock_movements" not in members:
                return None
            wanted: dict[str, set[str]] = {name: set() for name in (*RECORD_TABLES, "stock_items")}
            for spec in TABLES:
                if spec.name not in members:
                    continue
                links = references(spec.name)
                for _line, raw in reader.lines(spec):
                    record = loads_line(raw)
                    wanted[spec.name].add(str(record["id"]))
                    for column, parent in links:
                        value = record.get(column)
                        if isinstance(value, str) and value:
                            wanted[parent].add(value)
            return wanted
    except (SyncFileError, KeyError, TypeError, ValueError, AttributeError):
        return None


def changed_ids(reading: Any, cutoff: dt.datetime) -> dict[str, set[str]]:
    """The ids of the hub's records changed on or after ``cutoff`` (their stamp's time or ``updated_at``), by
    table, as a partial export selects them (:func:`~reciprocity_desktop.sync.exporter.export_file`)."""
    prefix = f"{int(cutoff.timestamp() * 1000):013d}"
    tables = _tables()
    wanted: dict[str, set[str]] = {}
    for spec in TABLES:
        table = tables[spec.name]
        changed = or_(table.c.stamp.collate("C") >= prefix, table.c.updated_at >= cutoff)
        wanted[spec.name] = set(reading.scalars(select(table.c.id).where(changed)))
    return wanted


def hub_record_rows(reading: Any) -> int:
    """How many record rows the hub holds (tombstones too)."""
    tables = _tables()
    return sum(int(reading.scalar(select(func.count()).select_from(tables[name])) or 0) for name in RECORD_TABLES)


def _batches(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), BATCH):
        yield ordered[start : start + BATCH]


class SubsetCopy:
    """Copies the rows an import needs from the hub (``reading``: the import's transaction) into the scratch
    file (``writing``), each row once, filling ``digests`` as the whole copy does. A partial export copies
    the same way the records it selects (:func:`changed_ids`) and what they refer to, without ``lock``."""

    def __init__(
        self, reading: Any, writing: Any, digests: dict[str, dict], copy_table: Any, written: Any, *, lock: bool = True
    ) -> None:
        self.reading = reading
        self._lock = lock  # FOR UPDATE (an import); an export only reads
        self.writing = writing
        self.digests = digests
        self._copy_rows = copy_table  # hub_staging._copy_rows(writing, table, rows, digests)
        self._written = written
        self.copied: dict[str, set[str]] = {name: set() for name in RECORD_TABLES}
        self._absent: dict[str, set[str]] = {name: set() for name in RECORD_TABLES}
        self._contacts_of: set[str] = set()  # prospects whose contacts are copied

    def run(self, wanted: dict[str, set[str]]) -> None:
        tables = _tables()
        for name in WHOLE_TABLES:
            if name == "meta":
                continue  # the scratch file keeps the hub's meta rows as copy_hub_to_file sets them
            self._copy(tables[name], select(*self._written(tables[name])), lock=name == "stock_items")
        pending = {name: set(ids) for name, ids in wanted.items() if name in self.copied}
        while any(pending.values()):
            for name in RECORD_TABLES:
                ids = pending[name] - self.copied[name] - self._absent[name]
                pending[name] = set()
                if ids:
                    self._records(name, ids, pending)
            # the contacts of every copied prospect: its search text is made from their names
            prospects = self.copied["prospects"] - self._contacts_of
            self._contacts_of |= prospects
            contacts = tables["contacts"]
            for batch in _batches(prospects):
                statement = select(contacts.c.id).where(contacts.c.prospect_id.in_(batch))
                pending["contacts"].update(self.reading.scalars(statement))
        for name in BY_RECORD:
            table = tables[name]
            for record_table, ids in self.copied.items():
                for batch in _batches(ids):
                    statement = select(*self._written(table)).where(
                        table.c.table_name == record_table, table.c.record_id.in_(batch)
                    )
                    self._copy(table, statement, exclude=True)
        self._quantities()
        conflicts = tables["sync_conflicts"]  # the last entry: new ones are numbered after it
        last = self.reading.scalar(select(func.max(conflicts.c.id)))
        if last is not None:
            self._copy(conflicts, select(*self._written(conflicts)).where(conflicts.c.id == last), exclude=True)

    def _quantities(self) -> None:
        """Each stock item's quantity on hand as the hub has it: the scratch file's triggers summed only the
        movements copied (a merge then adds its new movements to it, as on the hub)."""
        from sqlalchemy import bindparam

        items = _tables()["stock_items"]
        rows = [{"item": item, "on_hand": on_hand} for item, on_hand in self.reading.execute(select(items.c.id, items.c.quantity))]
        if rows:
            statement = items.update().where(items.c.id == bindparam("item")).values(quantity=bindparam("on_hand"))
            self.writing.execute(statement, rows)

    def _records(self, name: str, ids: set[str], pending: dict[str, set[str]]) -> None:
        table = _tables()[name]
        links = references(name)
        for batch in _batches(ids):
            rows = self._copy(table, select(*self._written(table)).where(table.c.id.in_(batch)), lock=True)
            found = set()
            for row in rows:
                mapping = row._mapping
                found.add(mapping["id"])
                for column, parent in links:
                    value = mapping[column]
                    if value is not None and parent in pending:
                        pending[parent].add(value)
            self.copied[name] |= found
            self._absent[name] |= set(batch) - found

    def _copy(self, table: Any, statement: Any, *, lock: bool = False, exclude: bool = False) -> list[Any]:
        """The rows ``statement`` reads from the hub, written into the scratch file (``exclude``: rows already
        copied are left out, for the bookkeeping tables whose rows two lookups can both find)."""
        if lock and self._lock:
            statement = statement.with_for_update()
        rows = list(self.reading.execute(statement))
        if exclude:
            seen = self.digests.setdefault(table.name, {})
            keys = [column.name for column in table.primary_key.columns]
            rows = [row for row in rows if tuple(row._mapping[key] for key in keys) not in seen]
        if rows:
            self._copy_rows(self.writing, table, rows, self.digests.setdefault(table.name, {}))
        return rows

