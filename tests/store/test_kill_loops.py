"""SIGKILL at random moments during a CSV import, a sync import and a migration (issue 14), 20 runs each.

Like ``test_backups_kill.py`` (backup and restore): each run starts the real work in a process of its own
(the command line's ``import-csv`` and ``import``, the open that migrates), waits a random time within about
the work's own length (measured by one undisturbed run first) and kills it. After every kill the store's full
``PRAGMA integrity_check`` is ok and its data is exactly the data before or the data after the work (every
row of every table; for the CSV import, whose new rows get new ids and times, every row without those).
Some kills come before the commit and some after it. Small stores: a run takes about a second.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_rows import data_tables

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import backups as b
from reciprocity_desktop.store import identity, open_store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

RUNS = 20
SOURCE = Path(__file__).resolve().parents[2]
FIXTURES = SOURCE / "tests" / "fixtures" / "stores"

#: The work, once everything it needs is imported ("GO": the clock of the kill starts there).
_SCRIPT = textwrap.dedent(
    """
    import sys
    import alembic.command, sqlalchemy.orm  # what the work imports: before the clock starts
    from reciprocity_desktop import cli
    from reciprocity_desktop.cli import build_parser
    from reciprocity_desktop.store import open_store, sessions
    from reciprocity_desktop.services import csv_io
    from reciprocity_desktop import sync

    build_parser()
    work, store = sys.argv[1], sys.argv[2]
    print("GO", flush=True)
    if work == "migrate":
        open_store(store).close()
        code = 0
    else:
        code = cli.main(["--db", store, work, sys.argv[3]])
    print("DONE" if code == 0 else f"FAILED {code}", flush=True)
    """
)


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), *filter(None, [env.get("PYTHONPATH")])])
    process = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line == "GO\n", (line, process.stderr.read() if process.stderr else "")
    return process


def _undisturbed(*args: str) -> float:
    process = _start(*args)
    began = time.monotonic()
    out, err = process.communicate(timeout=120)
    assert out.endswith("DONE\n"), (out, err)
    return time.monotonic() - began


def _kill_at_random(rng: random.Random, length: float, *args: str) -> bool:
    """True when the kill came before the work was done."""
    process = _start(*args)
    time.sleep(rng.uniform(0, length * 1.3))
    process.send_signal(signal.SIGKILL)
    out, _err = process.communicate(timeout=60)
    return "DONE" not in out


#: Columns a new row gets fresh values in on every import (ids, links to them, times, change stamps).
_FRESH = ("id", "created_at", "updated_at", "stamp")
#: The clock time of the work itself (when a sync file was imported, its sender last seen): never compared.
_WHEN_DONE = ("imported_at", "last_seen_at")


def _data(path: Path, *, fresh: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table (the search index's own tables aside: the integrity check covers them),
    without the work's own clock time (:data:`_WHEN_DONE`).

    ``fresh=False``: without the columns :data:`_FRESH` and the ``*_id`` links, and without the clock's
    row in ``meta`` (for work that makes new rows with new ids).
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        data = {}
        for table in data_tables(connection):
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            columns = [c for c in columns if c not in _WHEN_DONE]
            if not fresh:
                columns = [c for c in columns if c not in _FRESH and not c.endswith("_id")]
            # the file's identity (store/identity.py) is the open's bookkeeping, written after a migration's
            # commit in a transaction of its own: a kill between the two leaves it for the next open to write
            where = " WHERE key NOT IN ('hlc', 'store_identity')" if not fresh else " WHERE key != 'store_identity'"
            where = where if table == "meta" else ""
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = connection.execute(f'SELECT {listed} FROM "{table}"{where}').fetchall()
            data[table] = sorted(tuple(map(repr, row)) for row in rows)
        return data
    finally:
        connection.close()


def _differences(data: dict, before: dict, after: dict) -> str:
    """For a failure: the tables that differ from both, with a row of each side."""
    told = []
    for table in sorted(set(data) | set(before) | set(after)):
        rows, old, new = data.get(table, []), before.get(table, []), after.get(table, [])
        if rows != old and rows != new:
            told.append(f"{table}: {len(rows)} rows, before {len(old)}, after {len(new)}; "
                        f"not after: {sorted(set(rows) - set(new))[:2]}; missing: {sorted(set(new) - set(rows))[:2]}")
    return "\n".join(told)


def _template_copy(template: Path, store: Path) -> None:
    """The store as the template holds it (no ``-wal``/``-shm`` left of a killed run, no backups)."""
    for extra in ("-wal", "-shm", "-journal"):
        Path(f"{store}{extra}").unlink(missing_ok=True)
    shutil.copyfile(template, store)
    shutil.rmtree(backup_dir_for(store), ignore_errors=True)
    # ... as the store that has always been this file: not taken for a copy (which takes a new replica
    # id as it opens, store/identity.py), so that a run is only the work.
    connection = sqlite3.connect(store)
    with connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'store_identity'", (identity.file_identity(store),)
        )
    connection.close()


def _loop(tmp_path: Path, template: Path, work: tuple[str, ...], *, fresh: bool, seed: int) -> None:
    """The undisturbed run, then :data:`RUNS` kills, each from the template."""
    store = tmp_path / "work" / "store.sqlite3"
    store.parent.mkdir(exist_ok=True)
    _template_copy(template, store)
    before = _data(store, fresh=fresh)
    length = _undisturbed(work[0], str(store), *work[1:])
    after = _data(store, fresh=fresh)
    assert after != before
    rng = random.Random(seed)
    seen, interrupted = set(), 0
    for _run in range(RUNS):
        _template_copy(template, store)
        interrupted += _kill_at_random(rng, length, work[0], str(store), *work[1:])
        assert b.integrity_ok(store)
        data = _data(store, fresh=fresh)
        assert data in (before, after), _differences(data, before, after)
        seen.add(data == after)
    assert seen == {False, True}  # killed before the commit, and after it
    assert interrupted >= RUNS // 4  # many kills came while the work ran (the rest after it)


@pytest.fixture
def small_store(tmp_path) -> Path:
    """A store with a few prospects of its own, as a file to copy for every run."""
    template = tmp_path / "template" / "store.sqlite3"
    store = open_store(template)
    for n in range(5):
        prospects.add_prospect(store, name=f"Own {n} GmbH", city="Köln")
    store.close()
    connection = sqlite3.connect(template)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return template


def test_killing_a_csv_import_leaves_the_store_sound_and_before_or_after(tmp_path, small_store):
    csv = tmp_path / "kunden.csv"
    lines = ["Firma;Straße;PLZ;Ort;Land;Telefon;E-Mail;Notizen"]
    lines += [
        f"Bäckerei {n:05d};Weg {n};{50667 + n % 300};Köln;DE;+49 221 {n:06d};b{n}@example.com;Kunde seit {n % 30}"
        for n in range(6000)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _loop(tmp_path, small_store, ("import-csv", str(csv)), fresh=False, seed=1401)


def test_killing_a_sync_import_leaves_the_store_sound_and_before_or_after(tmp_path, small_store):
    sys.path.insert(0, str(SOURCE / "tests" / "sync"))
    try:
        from sync_helpers import fill_bulk, new_store
    finally:
        sys.path.remove(str(SOURCE / "tests" / "sync"))
    from reciprocity_desktop.sync import export_file

    source = new_store(tmp_path / "source", "anna")
    fill_bulk(source, prospects=2500, gifts=4000, contacts_per_prospect=1)
    export_file(source, tmp_path / "anna.rcsync")
    source.close()
    _loop(tmp_path, small_store, ("import", str(tmp_path / "anna.rcsync")), fresh=True, seed=1402)


def test_killing_a_migration_leaves_the_store_sound_and_before_or_after(tmp_path):
    """A store of schema 0006 (the fixture's, grown to a few thousand prospects) migrated to the head."""
    template = tmp_path / "template" / "store.sqlite3"
    template.parent.mkdir()
    shutil.copyfile(FIXTURES / "store_0006.sqlite3", template)
    connection = sqlite3.connect(template)
    with connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(prospects)")]
        copied = {"id": "id || '-' || n", "name": "name || ' ' || n", "stamp": "stamp || n"}
        listed = ", ".join(columns)
        chosen = ", ".join(copied.get(c, c) for c in columns)
        connection.execute(
            f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 600)"
            f" INSERT INTO prospects ({listed}) SELECT {chosen} FROM prospects, k"
        )
    connection.close()
    _loop(tmp_path, template, ("migrate",), fresh=True, seed=1403)
