"""Benchmark: a rep's week imported into an office hub of office size, through the part of the hub the file
touches (sync/hub_subset.py) and through a copy of the whole hub, side by side in one run.

Run: ``python tests/benchmarks/bench_hub_import.py [--store /work/office/office-100k.sqlite3] [--edits 200]``.
Starts its own PostgreSQL server (tests/store/pg_server.py), copies a copy of the office store (made 60 days
older, so that a rep's ``export --since`` today holds only the week's changes) into a new hub, makes two reps'
weeks (each: ``--edits`` prospects edited, as many gifts logged) on two copies of the store file, and imports
one file each way; then a partial export of the day (the merged week for the reps) each way. Prints wall and CPU seconds of each import (CPU: this process; the server's time is in
the wall figure) and the rows each read from the hub. Not part of the default test run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE.parent / "store"), str(HERE.parent / "hub")]

DAY_MS = 86_400_000


def _aged(path: Path, days: int = 60) -> None:
    from reciprocity_desktop.sync.format import TABLES

    older = f"printf('%013d', CAST(substr(stamp, 1, 13) AS INTEGER) - {days * DAY_MS}) || substr(stamp, 14)"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        for spec in TABLES:
            connection.execute(
                f"UPDATE {spec.name} SET stamp = {older}, created_at = datetime(created_at, '-{days} days'), "
                f"updated_at = datetime(updated_at, '-{days} days')"
            )
        connection.execute(f"UPDATE sync_field_stamps SET stamp = {older}")


def _week(path: Path, out: Path, edits: int, offset: int) -> int:
    """A rep's week on the store file ``path``: ``edits`` prospects edited and as many gifts; its file."""
    from sqlalchemy import select

    from reciprocity_desktop.services import gifts, prospects
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Prospect
    from reciprocity_desktop.sync.exporter import export_file

    store = open_store(path)
    try:
        since = dt.datetime.now(dt.UTC)
        with store.read() as session:
            ids = session.scalars(select(Prospect.id).order_by(Prospect.id).offset(offset).limit(edits)).all()
        for number, prospect_id in enumerate(ids):
            prospects.update_prospect(store, prospect_id, notes=f"week note {number}")
            gifts.log_gift(store, prospect_id, date=dt.date(2026, 11, 30), kind="sample", description=f"Muster {number}")
        return export_file(store, out, since=since).records
    finally:
        store.close()


def _timed(action):
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    return value, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=Path("/work/office/office-100k.sqlite3"))
    parser.add_argument("--edits", type=int, default=200)
    options = parser.parse_args()

    import pg_server as servers
    from hub_helpers import copy_store

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync import hub_subset
    from reciprocity_desktop.sync.importer import import_file

    why = servers.missing()
    if why is not None:
        raise SystemExit(f"no PostgreSQL server: {why}")
    server = servers.start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-hub-") as folder_name:
            folder = Path(folder_name)
            office = folder / "office.sqlite3"
            with contextlib.closing(sqlite3.connect(options.store)) as source, contextlib.closing(
                sqlite3.connect(office)
            ) as target:
                source.backup(target)
            _aged(office)
            reps = [folder / "anna.sqlite3", folder / "ben.sqlite3"]
            for rep in reps:
                shutil.copy(office, rep)
            database, role, password = server.new_database()
            address = server.url(role, password, database)
            _, wall, _cpu = _timed(lambda: copy_store(office, address))
            print(f"hub filled from the office store in {wall:.1f} s")
            files = []
            for number, rep in enumerate(reps):
                out = folder / f"{rep.stem}.rcsync"
                records = _week(rep, out, options.edits, number * options.edits)
                files.append((out, records))
            hub = open_store(address)
            try:
                with hub.engine.connect() as connection:
                    rows = hub_subset.hub_record_rows(connection)
                print(f"hub: {rows} record rows; each rep's file: {[records for _f, records in files]} records")
                copied: list[int] = []
                real_run = hub_subset.SubsetCopy.run

                def counted(self, wanted):
                    real_run(self, wanted)
                    copied.append(sum(len(ids) for ids in self.copied.values()))

                hub_subset.SubsetCopy.run = counted
                summary, wall, cpu = _timed(lambda: import_file(hub, files[0][0]))
                print(f"subset import: {wall:.2f} s wall, {cpu:.2f} s CPU; {copied[-1]} record rows read; "
                      f"new {summary.new}, updated {summary.updated}")
                share = hub_subset.MAX_SHARE
                hub_subset.MAX_SHARE = -1.0
                try:
                    summary, wall2, cpu2 = _timed(lambda: import_file(hub, files[1][0]))
                finally:
                    hub_subset.MAX_SHARE = share
                print(f"whole-copy import: {wall2:.2f} s wall, {cpu2:.2f} s CPU; new {summary.new}, "
                      f"updated {summary.updated}")
                print(f"ratio whole / subset: wall x{wall2 / wall:.1f}, CPU x{cpu2 / max(cpu, 1e-9):.1f}")
                # the merged week for the reps: a partial export from the hub, each way
                from reciprocity_desktop.sync import hub_staging
                from reciprocity_desktop.sync.exporter import export_file

                today = dt.date.today()
                part, wall3, cpu3 = _timed(lambda: export_file(hub, folder / "week.rcsync", since=today))
                print(f"partial export (--since today) through the changed records: {wall3:.2f} s wall, "
                      f"{cpu3:.2f} s CPU; {part.records} records")
                real_changed = hub_staging._copy_changed
                hub_staging._copy_changed = lambda hub, path, cutoff: hub_staging.copy_hub_to_file(hub, path)
                try:
                    part2, wall4, cpu4 = _timed(lambda: export_file(hub, folder / "week2.rcsync", since=today))
                finally:
                    hub_staging._copy_changed = real_changed
                print(f"partial export through the whole copy: {wall4:.2f} s wall, {cpu4:.2f} s CPU; "
                      f"{part2.records} records; ratio wall x{wall4 / wall3:.1f}")
            finally:
                hub.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
