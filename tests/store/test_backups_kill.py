"""SIGKILL at random moments during a backup and during a restore: the store stays sound and exactly before or after.

Each run starts the work in a process of its own, waits a random time within about the work's own length
(measured by one undisturbed run first) and kills it. After every kill: ``integrity_check`` of the store is ok,
its content (every row of every table) is the one before or the one after, every backup under its final name is complete and sound, and
the next backup removes the ``.part`` leftovers.
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
from store_rows import every_row

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import backups as b
from reciprocity_desktop.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

RUNS = 20
SOURCE = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent(
    """
    import sys
    from reciprocity_desktop.store import backups

    print("GO", flush=True)
    if sys.argv[1] == "backup":
        backups.backup_file(sys.argv[2], "manual")
    else:
        backups.restore_backup(sys.argv[2], sys.argv[3])
    print("DONE", flush=True)
    """
)


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), *filter(None, [env.get("PYTHONPATH")])])
    process = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stdout.readline() == "GO\n"
    return process


def _undisturbed(*args: str) -> float:
    process = _start(*args)
    began = time.monotonic()
    assert process.stdout is not None and process.stdout.readline() == "DONE\n"
    process.wait(timeout=120)
    process.stdout.close()
    return time.monotonic() - began


def _kill_at_random(rng: random.Random, length: float, *args: str) -> None:
    process = _start(*args)
    time.sleep(rng.uniform(0, length * 1.5))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    if process.stdout is not None:
        process.stdout.close()


_content = every_row


def _fill(path: Path, rows: int, text: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE IF NOT EXISTS filler (n INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO filler (text) VALUES (?)", [(f"{text}{n}" * 20,) for n in range(rows)])
    connection.close()


@pytest.fixture
def big_store(tmp_path):
    store = open_store(tmp_path / "store.sqlite3")
    prospects.add_prospect(store, name="Before GmbH")
    _fill(store.path, 60_000, "before")
    store.close()
    return store.path


def _backups_complete(store_path: Path) -> None:
    for path in backup_dir_for(store_path).glob("*.sqlite3"):
        assert b.integrity_ok(path), path.name


def test_killing_a_backup_leaves_the_store_and_the_backups_sound(big_store):
    rng = random.Random(14)
    before = _content(big_store)
    length = _undisturbed("backup", str(big_store))
    halfway = 0
    for _run in range(RUNS):
        _kill_at_random(rng, length, "backup", str(big_store))
        halfway += any(p.name.endswith(".part") for p in backup_dir_for(big_store).iterdir())
        assert b.integrity_ok(big_store)
        assert _content(big_store) == before
        _backups_complete(big_store)
    assert halfway  # some kills hit a copy halfway (and left its temporary file)
    b.backup_file(big_store, "manual")
    assert not [p for p in backup_dir_for(big_store).iterdir() if p.name.endswith(".part")]
    _backups_complete(big_store)


def test_killing_a_restore_leaves_the_store_sound_and_before_or_after(big_store, tmp_path):
    backup = b.backup_file(big_store, "daily")
    after = _content(backup)
    store = open_store(big_store)
    prospects.add_prospect(store, name="Added Later GmbH")
    store.close()
    _fill(big_store, 30_000, "later")
    before = _content(big_store)
    assert before != after
    template = tmp_path / "template.sqlite3"
    b.copy_store(big_store, template)

    def reset() -> None:
        for extra in ("-wal", "-shm"):
            Path(f"{big_store}{extra}").unlink(missing_ok=True)
        shutil.copyfile(template, big_store)
        connection = sqlite3.connect(big_store)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.close()
        for aside in backup_dir_for(big_store).glob("*before-restore*"):
            aside.unlink()

    reset()
    length = _undisturbed("restore", str(big_store), str(backup))
    assert _content(big_store) == after
    seen = set()
    rng = random.Random(1414)
    for _run in range(RUNS):
        reset()
        _kill_at_random(rng, length, "restore", str(big_store), str(backup))
        assert b.integrity_ok(big_store)
        content = _content(big_store)
        assert content in (before, after)
        seen.add(content == after)
        _backups_complete(big_store)
    assert seen == {False, True}  # killed before the restore's commit, and after it
    assert backup.is_file() and b.is_sound(backup)
