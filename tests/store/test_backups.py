"""The store's backups: checked copies, thinning that never loses the last good one, restore, leftovers.

Issue 14: six before-import backups of a damaged store rotated the last good copy away (keep-five), and a
failed attempt (an unopenable store) wrote a backup too.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import StoreDamaged, StoreError, open_store
from reciprocity_desktop.store import backups as b

START = dt.datetime(2025, 1, 1, 9, 30)


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM prospects ORDER BY name")]
    finally:
        connection.close()


def _files(store_path: Path) -> list[Path]:
    folder = backup_dir_for(store_path)
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _filled(store) -> None:
    """Enough pages that a damage in the middle of the file hits a table's page."""
    for n in range(3):
        prospects.add_prospect(store, name=f"Kept {n} GmbH")
    connection = sqlite3.connect(store.path)
    with connection:
        connection.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO filler (text) VALUES (?)", [("x" * 300,) for _ in range(3000)])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _damage(path: Path) -> None:
    """512 bytes overwritten in the middle of the file (what issue 14 did), at a page's start."""
    size = path.stat().st_size
    offset = (size // 2) // 4096 * 4096
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * 512)


@pytest.fixture
def filled(store):
    _filled(store)
    return store


def test_a_backup_is_checked_and_marked_sound(filled):
    made = b.backup_file(filled.path, "manual")
    [info] = b.list_backups(filled.path)
    assert info.path == made and info.sound and info.reason == "manual" and info.bytes == made.stat().st_size
    assert made.with_name(made.name + ".check").is_file()
    assert _names(made) == ["Kept 0 GmbH", "Kept 1 GmbH", "Kept 2 GmbH"]
    assert not Path(f"{made}-wal").exists()  # one file, in rollback-journal mode


def test_backups_of_a_damaged_store_never_rotate_the_last_good_copy_away(filled):
    good = b.backup_file(filled.path, "daily", now=START)
    filled.close()
    _damage(filled.path)
    assert not b.integrity_ok(filled.path)
    for day in range(1, 30):  # a month of sync imports into the damaged store (keep-five lost `good` at six)
        with pytest.raises(StoreDamaged, match="damaged") as caught:
            b.backup_file(filled.path, "before-import", now=START + dt.timedelta(days=day))
        assert caught.value.backup == good  # the one refusal of a damaged store, naming its newest sound backup
        assert b.daily_backup_if_due(filled.path, now=START + dt.timedelta(days=day)) is None
    assert good.is_file()
    assert b.newest_sound_backup(filled.path) == good
    assert [info.path for info in b.list_backups(filled.path)] == [good]  # no copy of the damaged store
    assert not [p for p in _files(filled.path) if p.name.endswith(".part")]


def test_a_sync_import_into_a_damaged_store_is_refused_before_anything_is_written(filled, tmp_path):
    from reciprocity_desktop.sync import export_file, import_file

    other = open_store(tmp_path / "other" / "other.sqlite3")
    prospects.add_prospect(other, name="From Elsewhere GmbH")
    export_file(other, tmp_path / "other.rcsync")
    other.close()
    good = b.backup_file(filled.path, "daily")
    _damage(filled.path)
    with pytest.raises(StoreDamaged) as caught:  # refused as the check at open refuses it
        import_file(filled, tmp_path / "other.rcsync")
    assert caught.value.backup == good and f"restore {good}" in str(caught.value)
    assert [info.path for info in b.list_backups(filled.path)] == [good]


def test_a_failed_attempt_writes_no_backup(tmp_path):
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"this is no database at all, " * 400)
    with pytest.raises(sqlite3.DatabaseError):
        b.backup_file(path, "manual")
    assert [p for p in _files(path) if p.suffix == ".sqlite3" or p.name.endswith(".part")] == []
    assert b.daily_backup_if_due(path) is None
    with pytest.raises(StoreError):
        open_store(path)  # an unopenable store: the open fails, and writes no backup either
    assert [p for p in _files(path) if p.suffix in {".sqlite3", ".part"}] == []


def test_a_copy_that_fails_halfway_leaves_nothing(filled, monkeypatch):
    real_connect = sqlite3.connect

    class Failing:
        def __init__(self, connection):
            self.connection = connection

        def backup(self, dest, **options):
            self.connection.backup(dest, **options)
            raise OSError(28, "No space left on device")

        def close(self):
            self.connection.close()

    def connect(path, *args, **kwargs):
        connection = real_connect(path, *args, **kwargs)
        return Failing(connection) if str(path) == str(filled.path) else connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(OSError):
        b.backup_file(filled.path, "before-import")
    monkeypatch.undo()
    assert _files(filled.path) == []


def test_the_leftovers_of_a_killed_backup_are_removed(filled):
    folder = backup_dir_for(filled.path)
    folder.mkdir()
    dead = folder / f".{filled.path.stem}-20250101-000000-000000-daily.sqlite3.999999-0badf00d.part"
    dead.write_bytes(b"half a copy")
    mine = folder / f".{filled.path.stem}-20250101-000000-000000-daily.sqlite3.{os.getpid()}-0badf00d.part"
    mine.write_bytes(b"being written by this process")
    b.backup_file(filled.path, "manual")
    assert not dead.exists()
    assert mine.exists()  # a copy still being written (its process lives) stays


def _expected_kept(days: list[dt.datetime]) -> set[dt.datetime]:
    """7 daily, 4 weekly, 12 monthly: the newest of each of the newest periods (one backup a day here)."""
    newest_first = sorted(days, reverse=True)
    kept: set[dt.datetime] = set(newest_first[:7])
    for count, key in ((4, lambda d: d.isocalendar()[:2]), (12, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for day in newest_first:
            if key(day) not in seen and len(seen) < count:
                seen.append(key(day))
                kept.add(day)
    return kept


def test_thinning_over_400_days_keeps_7_daily_4_weekly_12_monthly(store):
    prospects.add_prospect(store, name="Kept GmbH")
    days = [START + dt.timedelta(days=n) for n in range(400)]
    for day in days:
        b.backup_file(store.path, "daily", now=day)
    kept = {info.created for info in b.list_backups(store.path)}
    assert kept == _expected_kept(days)
    assert len(kept) <= 7 + 4 + 12
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12 and min(kept) > days[-1] - dt.timedelta(days=366)


def test_thinning_keeps_the_newest_sound_backup_however_old(filled):
    for n in range(40):
        b.backup_file(filled.path, "daily", now=START + dt.timedelta(days=n))
    sound_before = b.newest_sound_backup(filled.path)
    assert sound_before is not None
    for info in b.list_backups(filled.path):  # every backup rots but the oldest one
        if info.created != min(i.created for i in b.list_backups(filled.path)):
            _damage(info.path)
    oldest = min(b.list_backups(filled.path), key=lambda i: i.created)
    assert oldest.sound and not any(i.sound for i in b.list_backups(filled.path) if i.path != oldest.path)
    removed = b.thin(filled.path, now=START + dt.timedelta(days=400))
    assert oldest.path not in removed and oldest.path.is_file()
    assert b.newest_sound_backup(filled.path) == oldest.path
    assert [i.path for i in b.list_backups(filled.path)] == [oldest.path]  # the damaged ones went after 7 days


def test_a_damaged_backup_is_not_sound_and_refused_for_restore(filled):
    made = b.backup_file(filled.path, "manual")
    _damage(made)
    [info] = b.list_backups(filled.path)
    assert not info.sound  # the file changed since its check: checked again
    assert b.newest_sound_backup(filled.path) is None
    before = _names(filled.path)
    with pytest.raises(b.BackupError, match="damaged"):
        b.restore_backup(filled.path, made)
    assert _names(filled.path) == before
    assert [i.reason for i in b.list_backups(filled.path)] == ["manual"]  # nothing kept aside, nothing changed


def test_restore_keeps_the_store_aside_and_puts_the_backup_in_place(filled):
    made = b.backup_file(filled.path, "manual")
    prospects.add_prospect(filled, name="Added After GmbH")
    aside = b.restore_backup(filled.path, made)
    assert aside is not None and "before-restore" in aside.name and b.is_sound(aside)
    assert "Added After GmbH" in _names(aside)
    assert _names(filled.path) == ["Kept 0 GmbH", "Kept 1 GmbH", "Kept 2 GmbH"]
    assert made.is_file()  # the restored backup stays
    assert b.integrity_ok(filled.path)
    # the same Store object reads the restored content
    assert {p.name for p in prospects.list_prospects(filled)} == {"Kept 0 GmbH", "Kept 1 GmbH", "Kept 2 GmbH"}


def test_restore_into_a_damaged_store(filled):
    made = b.backup_file(filled.path, "manual")
    filled.close()
    filled.path.write_bytes(b"garbage " * 1000)
    aside = b.restore_backup(filled.path, made)
    assert aside is not None and not b.is_sound(aside)  # its bytes kept as they were
    assert aside.read_bytes() == b"garbage " * 1000
    assert b.integrity_ok(filled.path) and _names(filled.path)[0] == "Kept 0 GmbH"


def test_the_first_open_of_a_day_takes_one_daily_backup(filled):
    filled.close()
    again = open_store(filled.path)
    again.close()
    open_store(filled.path).close()
    daily = [info for info in b.list_backups(filled.path) if info.reason == "daily"]
    assert len(daily) == 1 and daily[0].sound
    assert b.daily_backup_if_due(filled.path, now=dt.datetime.now() + dt.timedelta(days=1)) is not None


def test_a_new_store_gets_no_daily_backup(tmp_path):
    open_store(tmp_path / "new.sqlite3").close()
    assert not backup_dir_for(tmp_path / "new.sqlite3").exists()


def test_the_window_defers_the_days_backup_until_it_starts_it(filled):
    filled.close()
    b.defer_daily_backups()
    try:
        open_store(filled.path).close()
        assert b.list_backups(filled.path) == []  # noted, not yet taken
    finally:
        thread = b.start_deferred_daily_backups()
    assert thread is not None
    thread.join(timeout=60)
    [info] = b.list_backups(filled.path)
    assert info.reason == "daily" and info.sound
    assert b.start_deferred_daily_backups() is None  # once
