"""The record of a passed quick_check: an unchanged store is not checked again for a day; any change is.

What is asserted is what SQLite is asked: the ``PRAGMA quick_check`` statements the opens run (traced on
every plain connection the engine makes), and whether a damaged store is refused.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.store import StoreDamaged, check_record, engine, open_store


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The quick_check statements run from here on (every plain connection of the engine is traced)."""
    seen: list[str] = []
    plain = engine._plain_connection

    def traced(*args, **kwargs):
        connection = plain(*args, **kwargs)
        connection.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql.lower() else None)
        return connection

    monkeypatch.setattr(engine, "_plain_connection", traced)
    return seen


def _settle() -> None:
    """Let the file's times fall behind the racy margin (a state changed this instant is not recorded)."""
    time.sleep(check_record.RACY_NS / 1e9 * 2)


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    demo.load_demo(store)
    store.close()
    _settle()
    return path


def _open_close(path: Path) -> None:
    open_store(path).close()


def test_an_unchanged_store_is_checked_once(demo_path, checks):
    _open_close(demo_path)
    assert len(checks) == 1
    assert check_record.record_path(demo_path).is_file()
    for _ in range(3):
        _open_close(demo_path)
        store = open_store(demo_path)
        assert prospects.list_prospects(store)  # reads leave the file as it was
        store.close()
    assert len(checks) == 1


def test_a_write_of_the_program_is_not_recorded_the_next_open_checks_again(demo_path, checks):
    _open_close(demo_path)
    store = open_store(demo_path)
    recorded = check_record.record_path(demo_path).read_text(encoding="utf-8")
    prospects.add_prospect(store, name="Bäckerei Neu")
    store.close()
    assert check_record.record_path(demo_path).read_text(encoding="utf-8") == recorded
    assert len(checks) == 1
    _settle()
    _open_close(demo_path)
    assert len(checks) == 2
    _open_close(demo_path)
    assert len(checks) == 2


def test_a_check_older_than_a_day_is_run_again(demo_path, checks):
    _open_close(demo_path)
    record = check_record.record_path(demo_path)
    data = json.loads(record.read_text(encoding="utf-8"))
    assert check_record.still_sound(demo_path)
    assert not check_record.still_sound(demo_path, now=data["checked_at"] + check_record.MAX_AGE_SECONDS + 1)
    data["checked_at"] -= check_record.MAX_AGE_SECONDS + 1
    record.write_text(json.dumps(data), encoding="utf-8")
    _open_close(demo_path)
    assert len(checks) == 2


def test_a_record_from_the_future_or_unreadable_is_no_record(demo_path, checks):
    _open_close(demo_path)
    record = check_record.record_path(demo_path)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["checked_at"] += 3600  # a clock put back: the record is not trusted
    record.write_text(json.dumps(data), encoding="utf-8")
    _open_close(demo_path)
    assert len(checks) == 2
    for garbage in ("", "{", "[]", '{"path": 1}', json.dumps({**data, "state": [[1, 2], None]})):
        record.write_text(garbage, encoding="utf-8")
        _open_close(demo_path)  # checked, and opens: a broken record never refuses a store
    assert len(checks) == 7


def test_a_record_of_another_path_is_not_taken(demo_path, tmp_path, checks):
    _open_close(demo_path)
    other = tmp_path / "other.sqlite3"
    engine.copy_store(demo_path, other)
    _settle()
    record = json.loads(check_record.record_path(demo_path).read_text(encoding="utf-8"))
    record["state"] = [list(f) if f else None for f in check_record.state(other)]
    check_record.record_path(other).parent.mkdir(parents=True, exist_ok=True)
    check_record.record_path(other).write_text(json.dumps(record), encoding="utf-8")  # names demo_path
    _open_close(other)
    assert len(checks) == 2


def test_a_store_changed_just_before_its_check_is_not_recorded(tmp_path, checks):
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    demo.load_demo(store)
    store.close()
    before = check_record.state(path)
    check_record.remember(path, before, time.time_ns())  # the file changed less than RACY_NS ago
    assert not check_record.record_path(path).exists()
    _settle()
    check_record.remember(path, check_record.state(path), time.time_ns())
    assert check_record.still_sound(path)


def test_a_store_changed_while_it_was_checked_is_not_recorded(demo_path):
    before = check_record.state(demo_path)
    began = time.time_ns()
    store = open_store(demo_path, check=False)
    prospects.add_prospect(store, name="Während der Prüfung")  # its check first (recorded), then the write
    store.close()
    assert not check_record.still_sound(demo_path)  # the record names the state before the write
    check_record.forget(demo_path)
    check_record.remember(demo_path, before, began)  # a check that ran across the write
    assert not check_record.record_path(demo_path).exists()


def _quick_check_ok(path: Path) -> bool:
    """SQLite's own word on the file (read-only, no record)."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return False


def flip_until_damaged(path: Path, flip_bytes) -> None:
    """Flip 5 bytes in the second half of the file until quick_check sees it (some flips meet free space)."""
    for seed in range(40):
        flip_bytes(path, seed, 5, start=path.stat().st_size // 2)
        if not _quick_check_ok(path):
            return
    raise AssertionError("the damage never showed")


def test_damage_after_the_recorded_check_is_refused_even_with_its_times_put_back(
    demo_path, flip_bytes, checks
):
    """Flipped bytes after a passed check, the file's size and modification time as recorded: the change
    time gives the damage away, the store is checked again and refused (and its record dropped)."""
    _open_close(demo_path)
    recorded = check_record.state(demo_path)
    flip_until_damaged(demo_path, flip_bytes)
    os.utime(demo_path, ns=(recorded[0][1], recorded[0][1]))
    assert check_record.state(demo_path)[0][:2] == recorded[0][:2]  # same size, same modification time
    with pytest.raises(StoreDamaged):
        open_store(demo_path)
    assert not check_record.record_path(demo_path).exists()
    with pytest.raises(StoreDamaged):
        open_store(demo_path)
