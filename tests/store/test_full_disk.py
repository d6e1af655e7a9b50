"""A full disk during a write, a CSV import, a sync import and a backup (issue 14): the store stays unharmed.

The store lives on a small file system of its own (a tmpfs of a few MB, mounted for the test: only root may
mount, so the test is skipped otherwise) that is filled up to a few sizes of free space, from almost nothing
to enough. Whichever step the disk runs full in (the day's backup, the before-import backup, the import's
transaction, its commit), the command says so in one plain line (no traceback), the store's full
``integrity_check`` is ok, its data is exactly as before (or as after, when the work fitted), no ``.part``
file is left, and once space is freed the same command works.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from store_rows import every_row

from reciprocity_desktop.cli.base import EXIT_USER_ERROR
from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.store import backups as b

pytestmark = pytest.mark.slow

SIZE = 8 * 1024 * 1024
FREE = (0, 16 * 1024, 128 * 1024, 512 * 1024, 2 * 1024 * 1024)  # bytes left free before each attempt


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A tmpfs of :data:`SIZE` mounted in the test's folder (skipped when that cannot be done)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a full disk needs a small file system of its own: mounting one needs root on Linux")
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("no mount command to make a small file system with")
    point = tmp_path / "disk"
    point.mkdir()
    made = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.strip() or made.returncode}")
    try:
        yield point
    finally:
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _leave_free(disk: Path, free: int) -> Path:
    """Fill the disk with a filler file until about ``free`` bytes are left."""
    filler = disk / "filler.bin"
    filler.unlink(missing_ok=True)
    stat = os.statvfs(disk)
    room = stat.f_bavail * stat.f_frsize - free
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        while room > 0:
            chunk = min(room, 1 << 20)
            handle.write(b"\0" * chunk)
            room -= chunk
    return filler


_data = every_row


@pytest.fixture
def cli(capsys):
    from reciprocity_desktop.cli import main

    def run(store: Path, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(store), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def store(small_disk, cli) -> Path:
    path = small_disk / "store.sqlite3"
    assert cli(path, "prospects", "add", "--name", "Own GmbH", "--city", "Köln")[0] == 0
    return path


def _plain_refusal(code: int, err: str) -> None:
    """One plain line about the full disk (the store's sentence, or the backup's that names the reason)."""
    assert code == EXIT_USER_ERROR, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("reciprocity-desktop: ")
    assert "full" in err or "No space left on device" in err, err


def _unharmed(store: Path, *allowed: dict) -> dict:
    assert b.integrity_ok(store)
    data = _data(store)
    assert data in allowed
    assert not [p for p in backup_dir_for(store).glob("*.part")] + [p for p in store.parent.glob("*.part")]
    return data


def _csv(folder: Path, rows: int) -> Path:
    path = folder / "kunden.csv"
    lines = ["Firma;Straße;PLZ;Ort;Land;Notizen"]
    lines += [f"Bäckerei {n:05d};Weg {n};{50667 + n % 300};Köln;DE;{'Lieferung montags. ' * 8}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_full_disk_during_a_csv_import(tmp_path, small_disk, store, cli):
    csv = _csv(tmp_path, 3000)  # beside the small disk: about 5 MB of store and log to write
    before = _data(store)
    refused = 0
    for free in FREE:
        _leave_free(small_disk, free)
        code, out, err = cli(store, "import-csv", str(csv))
        if code == 0:
            break
        _plain_refusal(code, err)
        _unharmed(store, before)
        refused += 1
    assert refused >= 2  # the disk ran full at least twice before the import fitted (or never did)
    (small_disk / "filler.bin").unlink()
    if code != 0:
        code, out, err = cli(store, "import-csv", str(csv))
    assert code == 0 and "prospects created: 3000" in out, (out, err)
    assert b.integrity_ok(store)


def test_a_full_disk_during_a_sync_import(tmp_path, small_disk, store, cli):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
    try:
        from sync_helpers import fill_bulk, new_store
    finally:
        sys.path.pop(0)
    from reciprocity_desktop.sync import export_file

    source = new_store(tmp_path / "source", "anna")
    fill_bulk(source, prospects=1500, gifts=2000, contacts_per_prospect=1)
    export_file(source, tmp_path / "anna.rcsync")
    source.close()
    before = _data(store)
    refused = 0
    for free in FREE:
        _leave_free(small_disk, free)
        code, out, err = cli(store, "import", str(tmp_path / "anna.rcsync"))
        if code == 0:
            break
        _plain_refusal(code, err)
        _unharmed(store, before)
        refused += 1
    assert refused >= 2
    (small_disk / "filler.bin").unlink()
    if code != 0:
        code, out, err = cli(store, "import", str(tmp_path / "anna.rcsync"))
    assert code == 0, (out, err)
    assert b.integrity_ok(store) and _data(store) != before


def test_a_full_disk_during_a_backup_and_a_write(small_disk, store, cli):
    for n in range(40):  # a store of a few hundred kB: its copy does not fit in 16 kB
        assert cli(store, "prospects", "add", "--name", f"Kunde {n} GmbH", "--notes", "x" * 2000)[0] == 0
    before = _data(store)
    backups_before = sorted(p.name for p in backup_dir_for(store).iterdir())
    _leave_free(small_disk, 16 * 1024)
    code, _out, err = cli(store, "backup")
    _plain_refusal(code, err)
    _unharmed(store, before)
    assert sorted(p.name for p in backup_dir_for(store).iterdir()) == backups_before  # none written, none lost
    _leave_free(small_disk, 0)
    code, _out, err = cli(store, "prospects", "add", "--name", "Kunde mit langen Notizen", "--notes", "y" * 19_000)
    _plain_refusal(code, err)
    _unharmed(store, before)
    (small_disk / "filler.bin").unlink()
    assert cli(store, "backup")[0] == 0
    assert cli(store, "prospects", "add", "--name", "Kunde mit langen Notizen", "--notes", "y" * 19_000)[0] == 0
    assert b.integrity_ok(store)
