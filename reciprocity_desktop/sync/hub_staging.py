"""A sync export from an office hub, through a scratch store file (this version's way to a hub's export).

The export writes its lines with SQLite's own SQL (:mod:`reciprocity_desktop.sync.lines`). For a hub
:func:`export_from_hub` copies the hub's rows — in one snapshot (a ``REPEATABLE READ`` transaction), its
replica id and name included — into a new store file in a temporary folder, exports that file with the
very code a laptop uses, and deletes it: the file a rep gets from the office is the same as one from a
laptop holding the same records, and the hub is only read.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, delete, insert, select

if TYPE_CHECKING:
    from reciprocity_desktop.store.hub import HubStore
    from reciprocity_desktop.sync.exporter import ExportSummary

#: Rows copied at a time.
BATCH = 5000


def copy_hub_to_file(hub: HubStore, path: Path) -> None:
    """Every row of ``hub`` (one snapshot) into the new store file ``path``, the hub's replica id and name too."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Base, Meta

    open_store(path).close()  # the schema, migrated to the head revision
    target = create_engine(f"sqlite:///{path}")
    try:
        snapshot = hub.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as reading, target.begin() as writing:
            writing.execute(delete(Meta.__table__))  # the hub's own: its replica id, clock, name
            for table in Base.metadata.sorted_tables:
                _copy_table(reading, writing, table)
            if writing.scalar(select(Meta.value).where(Meta.key == "store_name")) is None:
                writing.execute(insert(Meta.__table__).values(key="store_name", value=hub.name))
    finally:
        target.dispose()


def _copy_table(reading: Any, writing: Any, table: Any) -> None:
    written = [column for column in table.columns if column.computed is None]  # not followups.is_done
    result = reading.execute(select(*written).execution_options(yield_per=BATCH))
    for batch in result.partitions():
        writing.execute(insert(table), [dict(row._mapping) for row in batch])


def export_from_hub(hub: HubStore, path: Path | str, **options: Any) -> ExportSummary:
    """:func:`~reciprocity_desktop.sync.exporter.export_file` of the hub's records (see the module's text)."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync.exporter import export_file

    with tempfile.TemporaryDirectory(prefix="reciprocity-hub-export-") as folder:
        scratch_path = Path(folder) / "hub.sqlite3"
        copy_hub_to_file(hub, scratch_path)
        scratch = open_store(scratch_path)
        try:
            return export_file(scratch, path, **options)
        finally:
            scratch.close()
