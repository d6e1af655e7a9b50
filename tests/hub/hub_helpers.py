"""Helpers of the hub tests."""

from __future__ import annotations

from pathlib import Path


def copy_store(source: Path, address: str) -> None:
    """Every row of the store file ``source`` into the hub at ``address`` (the same ids, the same data)."""
    from sqlalchemy import create_engine, insert, select

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Base

    hub = open_store(address)
    files = create_engine(f"sqlite:///{source}")
    try:
        with files.connect() as reading, hub.engine.begin() as writing:
            for table in Base.metadata.sorted_tables:
                if table.name == "meta":  # the hub's own (its replica id, its clock)
                    continue
                written = [column for column in table.columns if column.computed is None]  # not is_done
                rows = [dict(row._mapping) for row in reading.execute(select(*written))]
                if rows:
                    writing.execute(insert(table), rows)
    finally:
        files.dispose()
        hub.close()
