"""The check at open: a damaged, truncated or read-only store, found when it is opened and told in one sentence.

A damaged store is never written and never backed up; it is refused naming its newest sound backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.store import StoreDamaged, StoreError, StoreReadOnly, engine, open_store
from reciprocity_desktop.store.backups import newest_sound_backup, restore_backup


def _quick_check(path: Path) -> bool:
    """SQLite's own word on the file (read-only), whatever the app makes of it."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return False


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "office" / "store.sqlite3"
    path.parent.mkdir()
    store = open_store(path)
    demo.load_demo(store)
    store.close()
    return path


def _damage(path: Path, flip_bytes, seed: int, *, count: int = 200, start: int = 100) -> None:
    """Flip bytes until SQLite's quick_check fails (a few seeds flip only free space)."""
    for round_ in range(20):
        flip_bytes(path, seed * 100 + round_, count, start=start)
        if not _quick_check(path):
            return
    raise AssertionError("the damage never showed")


@pytest.mark.parametrize("seed", [1, 2, 3, 5, 8])
def test_a_damaged_store_is_refused_at_open_and_nothing_is_written(demo_path, flip_bytes, file_digest, seed):
    _damage(demo_path, flip_bytes, seed)
    digest = file_digest(demo_path)
    with pytest.raises(StoreDamaged) as caught:
        open_store(demo_path)
    assert caught.value.path == demo_path
    assert caught.value.backup is None
    message = str(caught.value)
    assert str(demo_path) in message and "damaged" in message and "no sound backup" in message
    assert "\n" not in message
    assert file_digest(demo_path) == digest
    assert not backup_dir_for(demo_path).exists()  # no backup of a damaged store


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_damage_the_first_read_does_not_meet_is_found_by_the_check_at_open(demo_path, flip_bytes, seed):
    """A few bytes flipped in the middle of the file: the store's first read works, its quick_check does not."""
    _damage(demo_path, flip_bytes, seed, count=5, start=demo_path.stat().st_size // 2)
    with pytest.raises(StoreDamaged):
        open_store(demo_path)
    assert not backup_dir_for(demo_path).exists()


def test_the_refusal_names_the_newest_sound_backup_and_how_to_restore_it(demo_path, flip_bytes):
    store = open_store(demo_path)
    good = store.backup("manual")
    newer_but_damaged = store.backup("manual")
    store.close()
    _damage(newer_but_damaged, flip_bytes, 4)
    _damage(demo_path, flip_bytes, 6)
    copies = sorted(backup_dir_for(demo_path).glob("*.sqlite3"))  # the day's backup (first open) among them
    assert {good, newer_but_damaged} <= set(copies)
    with pytest.raises(StoreDamaged) as caught:
        open_store(demo_path)
    assert caught.value.backup == good
    assert f"reciprocity-desktop restore {good}" in str(caught.value)
    assert sorted(backup_dir_for(demo_path).glob("*.sqlite3")) == copies  # the refused open wrote none


def test_unchecked_the_store_holds_writes_and_backups_until_its_check_and_refuses_them_on_damage(
    demo_path, flip_bytes
):
    """The window's start: opened without the check, every write and backup waits for it first."""
    pristine = demo_path.read_bytes()
    for seed in range(7, 40):  # damage the start's own one read does not meet (most do not)
        demo_path.write_bytes(pristine)
        _damage(demo_path, flip_bytes, seed, count=5, start=len(pristine) // 2)
        try:
            store = open_store(demo_path, check=False)
            break
        except StoreDamaged:
            continue
    else:
        raise AssertionError("every damage was found by the start's read")
    try:
        assert store.damage is None
        with pytest.raises(StoreDamaged), store.session():
            pass
        assert isinstance(store.damage, StoreDamaged)
        with pytest.raises(StoreDamaged):
            store.backup("before-import")
        # The day's backup was tried at the open and its copy failed its integrity check: none is kept.
        assert not list(backup_dir_for(demo_path).glob("*.sqlite3"))
    finally:
        store.close()


def test_a_sound_store_opened_unchecked_writes_once_its_check_has_passed(demo_path):
    store = open_store(demo_path, check=False)
    try:
        store.verify()
        prospects.add_prospect(store, name="Bäckerei Checked")
        assert store.damage is None
    finally:
        store.close()


def test_an_empty_file_beside_backups_is_refused_like_a_damaged_store(demo_path):
    store = open_store(demo_path)
    backup = store.backup("manual")
    store.close()
    demo_path.write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(f"{demo_path}{side}").unlink(missing_ok=True)
    with pytest.raises(StoreDamaged) as caught:
        open_store(demo_path)
    assert caught.value.backup == backup
    assert demo_path.stat().st_size == 0  # not made into a new empty store


def test_only_a_missing_file_or_an_empty_one_without_backups_starts_a_new_store(tmp_path):
    """An empty file with no backups holds nothing to lose and there is nothing to restore: a new store."""
    missing = tmp_path / "new.sqlite3"
    open_store(missing).close()
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    store = open_store(empty)
    assert prospects.list_prospects(store) == []
    store.close()


def test_restoring_the_newest_sound_backup_brings_the_store_back(demo_path, flip_bytes):
    store = open_store(demo_path)
    before = [p.name for p in prospects.list_prospects(store)]
    store.backup("manual")
    store.close()
    _damage(demo_path, flip_bytes, 9)
    with pytest.raises(StoreDamaged) as caught:
        open_store(demo_path)
    aside = restore_backup(demo_path, caught.value.backup)
    assert aside.exists() and not _quick_check(aside)
    store = open_store(demo_path)
    assert [p.name for p in prospects.list_prospects(store)] == before
    store.close()
    assert newest_sound_backup(demo_path) is not None


@pytest.fixture
def not_writable(monkeypatch):
    """The store's file or folder may not be written. Root writes through chmod, so the check is simulated
    here (tests/cli has the real chmod, skipped as root)."""
    monkeypatch.setattr(engine, "writable", lambda _path: False)


def test_a_read_only_store_opens_read_only_reads_work_and_a_write_says_so(
    demo_path, not_writable, file_digest
):
    for side in ("-wal", "-shm"):
        assert not Path(f"{demo_path}{side}").exists()
    digest = file_digest(demo_path)
    store = open_store(demo_path)
    try:
        assert store.read_only
        assert len(prospects.list_prospects(store)) > 0
        with pytest.raises(StoreReadOnly) as caught:
            prospects.add_prospect(store, name="Nope")
        assert isinstance(caught.value, StoreError)
        assert str(caught.value) == (
            f"The store {demo_path} is read-only (its file or folder may not be written), so nothing was changed."
        )
    finally:
        store.close()
    assert file_digest(demo_path) == digest
