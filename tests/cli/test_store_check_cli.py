"""The command line on a damaged, truncated or read-only store: one plain sentence, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.store import engine, open_store
from reciprocity_desktop.store.backups import integrity_ok

SOURCE = Path(__file__).resolve().parents[2]
COMMAND = shutil.which("reciprocity-desktop", path=str(Path(sys.executable).parent))


def _installed(*args: str) -> subprocess.CompletedProcess:
    if COMMAND is None:
        pytest.skip("the reciprocity-desktop command is not installed in this environment")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [COMMAND, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


@pytest.fixture
def demo_db(db) -> Path:
    store = open_store(db)
    demo.load_demo(store)
    store.close()
    return db


def _assert_one_sentence(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize("seed", [0, 1, 2, 18, 23, 27])  # 18, 23, 27: the UnicodeDecodeError of the issue
@pytest.mark.parametrize("where", ["anywhere", "middle"])
def test_random_damage_through_the_installed_command_is_one_sentence(demo_db, flip_bytes, seed, where):
    """200 bytes flipped anywhere (the issue's 54-line traceback), or 5 in the middle (silently used before)."""
    size = demo_db.stat().st_size
    if where == "anywhere":
        flip_bytes(demo_db, seed, 200)
    else:
        flip_bytes(demo_db, seed, 5, start=size // 2)
    connection = sqlite3.connect(f"{demo_db.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        sound = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        sound = False
    finally:
        connection.close()
    for args in (("prospects", "list"), ("prospects", "add", "--name", "Bäckerei Neu")):
        result = _installed("--db", str(demo_db), *args)
        if sound and result.returncode == 0:  # the flips met only free space: the store is fine
            continue
        # Otherwise damaged: found by quick_check, or (flips inside a row's text, which quick_check does not
        # decode) by the read that meets the undecodable text. Either way one sentence, never a traceback.
        _assert_one_sentence(result, str(demo_db), "damaged", "no sound backup")
    copies = list(backup_dir_for(demo_db).glob("*.sqlite3"))
    # A damaged store gets no backup. One that passes quick_check may still fail the backup's full
    # integrity_check (damaged index content), and then its copy is not kept either: every copy kept is sound.
    assert all(integrity_ok(copy) for copy in copies) and (sound or not copies)


def test_a_truncated_store_beside_backups_is_refused_naming_the_newest_backup(demo_db):
    store = open_store(demo_db)
    backup = store.backup("manual")
    store.close()
    demo_db.write_bytes(b"")
    result = _installed("--db", str(demo_db), "prospects", "list")
    _assert_one_sentence(result, f"reciprocity-desktop restore {backup}")
    assert demo_db.stat().st_size == 0


@pytest.fixture
def read_only(monkeypatch):
    """The store's file or folder may not be written (simulated: root writes through chmod)."""
    monkeypatch.setattr(engine, "writable", lambda _path: False)


def test_a_read_only_store_reads_prints_exports_and_reports_and_refuses_writes(
    demo_db, read_only, run, tmp_path
):
    assert run("prospects", "list").code == 0
    assert run("report", "--json").code == 0
    exported = tmp_path / "out.csv"
    assert run("export-csv", str(exported)).code == 0
    assert exported.stat().st_size > 0
    result = run("prospects", "add", "--name", "Nope")
    assert result.code == 2
    assert result.err.strip() == (
        f"reciprocity-desktop: The store {demo_db} is read-only (its file or folder may not be written), "
        "so nothing was changed."
    )


#: As root, the command runs without the capabilities that let root write anything (it then respects the modes
#: of files and folders like any user); as another user, as it is.
SETPRIV = shutil.which("setpriv")
AS_A_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []


@pytest.mark.skipif(os.geteuid() == 0 and SETPRIV is None, reason="root writes anyway and setpriv is missing")
@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_store_for_real_reads_reports_exports_and_refuses_writes(demo_db, tmp_path, what):
    """The issue's case: a store in a read-only folder (or a read-only file) refused even ``prospects list``."""
    target = demo_db.parent if what == "folder" else demo_db
    exported = tmp_path / "out.csv"
    target.chmod(0o555 if what == "folder" else 0o444)
    try:

        def command(*args: str) -> subprocess.CompletedProcess:
            if COMMAND is None:
                pytest.skip("the reciprocity-desktop command is not installed in this environment")
            env = {**os.environ, "PYTHONPATH": str(SOURCE)}
            return subprocess.run(
                [*AS_A_USER, COMMAND, "--db", str(demo_db), *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                timeout=120,
            )

        listed = command("prospects", "list")
        assert listed.returncode == 0, listed.stderr
        assert "Würzburg" in listed.stdout
        assert command("report").returncode == 0
        assert command("export-csv", str(exported)).returncode == 0
        assert exported.stat().st_size > 0
        refused = command("prospects", "add", "--name", "Nope")
        _assert_one_sentence(refused, "is read-only", "nothing was changed")
    finally:
        target.chmod(0o755 if what == "folder" else 0o644)
    store = open_store(demo_db)
    assert "Nope" not in {row.name for row in prospects.list_prospects(store)}
    store.close()


def _damage_index(path: Path, index: str) -> None:
    """Break the page header of one index's root page (its page type becomes 0, which no page has).

    quick_check sees it; a command that does not read that index (most of them, for the index of the
    visits' sync stamps) would work on: only the check refuses the store for them.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        [(page_size,)] = connection.execute("PRAGMA page_size").fetchall()
        [(root,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchall()
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00")
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    finally:
        connection.close()


#: Every kind of command that opens the store: lists (text and JSON), the report, exports, printing, writes.
EVERY_COMMAND = (
    ("prospects", "list"),
    ("prospects", "list", "--json"),
    ("prospects", "list", "--search", "Bäck"),
    ("report",),
    ("report", "--json"),
    ("gifts", "list", "--json"),
    ("followups", "list"),
    ("outcomes", "list"),
    ("stock", "list"),
    ("visits", "list", "2026-12-03"),
    ("gift-register", "--json"),
    ("settings", "list"),
    ("conflicts",),
    ("export-csv", "{tmp}/out.csv"),
    ("print-day", "-o", "{tmp}/day.pdf", "2026-12-03"),
    ("export", "-o", "{tmp}/out.rcsync", "--passphrase-file", "{tmp}/pass.txt"),
    ("prospects", "add", "--name", "Bäckerei Neu"),
    ("backup",),
)


def test_a_store_damaged_after_its_recorded_check_is_refused_by_every_command(demo_db, run, tmp_path):
    """The check passed and was recorded (the next command skips it); then a page is damaged that most commands
    never read. Every command checks again (the file changed), refuses in one sentence, writes nothing and
    backs nothing up."""
    from reciprocity_desktop.store import check_record

    time.sleep(2 * check_record.RACY_NS / 1e9)  # the demo's last write falls behind the racy margin
    assert run("prospects", "list").code == 0
    assert check_record.still_sound(demo_db)  # recorded: an unchanged store is not checked again
    assert _installed("--db", str(demo_db), "report").returncode == 0
    backups_before = sorted(backup_dir_for(demo_db).glob("*"))
    _damage_index(demo_db, "ix_visits_stamp")
    digest = demo_db.read_bytes()
    (tmp_path / "pass.txt").write_text("a long enough passphrase\n", encoding="utf-8")
    for command in EVERY_COMMAND:
        args = [word.format(tmp=tmp_path) for word in command]
        result = run(*args)
        assert result.code == 2, (command, result)
        assert "Traceback" not in result.err
        assert len(result.err.splitlines()) == 1, (command, result.err)
        assert str(demo_db) in result.err and "damaged" in result.err, (command, result.err)
    for command in (("prospects", "list", "--json"), ("report",)):
        _assert_one_sentence(_installed("--db", str(demo_db), *command), str(demo_db), "damaged")
    assert demo_db.read_bytes() == digest
    assert sorted(backup_dir_for(demo_db).glob("*")) == backups_before
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "day.pdf").exists()
    assert not (tmp_path / "out.rcsync").exists()
