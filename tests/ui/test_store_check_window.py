"""The window on a damaged, read-only or already open store.

The check at open runs right after the first paint (off the GUI thread); a damaged store, found then or when
the window starts, is refused with "Restore the last good backup" offered, never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.store import StoreDamaged, engine, open_store
from reciprocity_desktop.ui import store_check
from reciprocity_desktop.ui.app import QUIT_AFTER_PAINT_ENV
from reciprocity_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: The window's start through the command line's entry, the restore offer answered by $CHOICE.
START = f"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from reciprocity_desktop.ui import store_check

offered, criticals = [], []
restore = os.environ["CHOICE"] == "restore"

def offer(parent, damage):
    offered.append({{"backup": str(damage.backup) if damage.backup else None, "in_window": parent is not None}})
    if restore:
        os.environ[{QUIT_AFTER_PAINT_ENV!r}] = "1"  # the window on the restored store quits after its paint
    elif parent is not None:
        QTimer.singleShot(0, QApplication.quit)
    return restore

store_check.offer_restore = offer
QMessageBox.critical = lambda *args, **kwargs: criticals.append(args[2])
store_check.tell_already_open = lambda path: criticals.append(f"already open: {{path}}")
from reciprocity_desktop.cli import main

code = main(["--db", sys.argv[1]])
print(json.dumps({{"code": code, "offered": offered, "criticals": criticals}}))
"""


def _start(store_path: Path, choice: str = "close") -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
        "QT_QPA_PLATFORM": "offscreen",
        "CHOICE": choice,
    }
    env.pop(QUIT_AFTER_PAINT_ENV, None)
    done = subprocess.run(
        [sys.executable, "-c", START, str(store_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-2000:]
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "stderr": done.stderr}


def _sound(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return False


def _schema_reads(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            connection.execute("SELECT sql FROM sqlite_master").fetchall()
            return True
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return False


def _damage_rows_not_schema(path: Path, flip_bytes) -> None:
    """5 bytes flipped in the second half of the file, on the first seed that quick_check sees and that
    leaves the schema readable (bytes inside a row's text pass quick_check; bytes in the schema stop any
    start): which seed does depends on where the day's demo data lands."""
    original = path.read_bytes()
    for seed in range(50):
        path.write_bytes(original)
        flip_bytes(path, seed, 5, start=len(original) // 2)
        if not _sound(path) and _schema_reads(path):
            return
    raise AssertionError("no seed damaged the rows without the schema")


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "office" / "store.sqlite3"
    path.parent.mkdir()
    store = open_store(path)
    demo.load_demo(store)
    store.close()
    return path


@pytest.mark.parametrize(
    ("seed", "where"), [(0, "anywhere"), (18, "anywhere"), (23, "anywhere"), (0, "middle"), (10, "middle")]
)
def test_random_damage_at_the_window_start_is_refused_with_the_restore_offer(
    demo_path, flip_bytes, seed, where
):
    if where == "anywhere":
        flip_bytes(demo_path, seed, 200)
    else:
        flip_bytes(demo_path, seed, 5, start=demo_path.stat().st_size // 2)
    if _sound(demo_path):
        pytest.skip("these flips met only free space")
    started = _start(demo_path)
    assert len(started["offered"]) == 1, started
    assert started["offered"][0]["backup"] is None
    assert started["criticals"] == []
    assert not list(backup_dir_for(demo_path).glob("*.sqlite3"))  # no backup of the damaged store


def test_damage_found_after_the_first_paint_restores_the_last_good_backup(demo_path, flip_bytes):
    store = open_store(demo_path)
    names = sorted(p.name for p in prospects.list_prospects(store))
    backup = store.backup("manual")
    store.close()
    pristine = demo_path.read_bytes()
    for seed in range(
        20, 60
    ):  # damage the start's first reads do not meet: the check after the paint finds it
        demo_path.write_bytes(pristine)
        flip_bytes(demo_path, seed, 5, start=len(pristine) // 2)
        if _sound(demo_path):
            continue
        try:
            open_store(demo_path, check=False).close()
            break
        except StoreDamaged:
            continue
    else:
        raise AssertionError("no such damage")
    started = _start(demo_path, "restore")
    assert started["offered"] == [{"backup": str(backup), "in_window": True}], started
    assert _sound(demo_path)
    store = open_store(demo_path)
    assert sorted(p.name for p in prospects.list_prospects(store)) == names
    store.close()


def test_a_store_refused_at_the_start_is_restored_from_the_offer(demo_path):
    store = open_store(demo_path)
    backup = store.backup("manual")
    store.close()
    demo_path.write_bytes(b"")  # truncated: refused like a damaged store
    started = _start(demo_path, "restore")
    assert started["offered"] == [{"backup": str(backup), "in_window": False}]
    assert _sound(demo_path) and demo_path.stat().st_size > 0


def test_the_window_checks_after_its_first_paint_and_holds_nothing_back_on_a_sound_store(qtbot, demo_path):
    store = open_store(demo_path, check=False)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: store._checked, timeout=20_000)
    assert store.damage is None
    assert window.new_action.isEnabled()
    prospects.add_prospect(store, name="Bäckerei Geprüft")
    QThreadPoolWait()


def QThreadPoolWait() -> None:  # noqa: N802 - the window's background work ends before the store closes
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()


def test_a_read_only_store_shows_it_in_the_title_and_editing_is_off(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(engine, "writable", lambda _path: False)  # root writes through chmod: simulated
    store = open_store(demo_path)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle() == "Reciprocity Desktop — store.sqlite3 (read-only)"
        for action in (
            window.new_action,
            window.log_gift_action,
            window.import_csv_action,
            window.import_sync_action,
        ):
            assert not action.isEnabled(), action.objectName()
        for action in (window.export_csv_action, window.print_action, window.export_sync_action):
            assert action.isEnabled(), action.objectName()
        QThreadPoolWait()
    finally:
        store.close()


def _hold_lock(store_path: Path) -> QLockFile:
    lock = store_check.store_lock(store_path)
    assert lock is not None
    return lock


def test_a_second_window_on_the_same_store_is_refused_plainly(demo_path):
    lock = _hold_lock(demo_path)  # the first window's lock (this process holds it)
    try:
        started = _start(demo_path)
        assert started["code"] == 2
        assert started["criticals"] == [f"already open: {demo_path}"]
        assert started["offered"] == []
    finally:
        lock.unlock()
    assert _start_quits_after_paint(demo_path) == 0  # once the first window is closed, a window opens


def _start_quits_after_paint(store_path: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_PAINT_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-m", "reciprocity_desktop", "--db", str(store_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def test_command_line_writes_keep_working_while_the_window_is_open(qtbot, demo_path):
    lock = _hold_lock(demo_path)
    store = open_store(demo_path, check=False)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: store._checked, timeout=20_000)
        prospects.add_prospect(store, name="Aus dem Fenster")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "reciprocity_desktop",
                "--db",
                str(demo_path),
                "prospects",
                "add",
                "--name",
                "Aus der Shell",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        prospects.add_prospect(store, name="Wieder aus dem Fenster")
        names = {p.name for p in prospects.list_prospects(store)}
        assert {"Aus dem Fenster", "Aus der Shell", "Wieder aus dem Fenster"} <= names
        QThreadPoolWait()
    finally:
        store.close()
        lock.unlock()


def test_file_backup_of_a_damaged_store_is_refused(qtbot, demo_path, flip_bytes, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _damage_rows_not_schema(demo_path, flip_bytes)  # the start's reads do not meet it
    assert not _sound(demo_path)
    store = open_store(demo_path, check=False)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        target = tmp_path / "copy.sqlite3"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append(text))
        window.backup()
        assert not target.exists()
        assert len(warned) == 1 and "damaged" in warned[0]
    finally:
        store.close()


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root writes anyway, no setpriv"
)
def test_the_window_starts_on_a_store_in_a_read_only_folder_for_real(demo_path):
    """As root without the capabilities that let root write anything (setpriv), else as the user it is."""
    as_a_user = (
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_PAINT_ENV: "1"}
    demo_path.parent.chmod(0o555)
    try:
        done = subprocess.run(
            [*as_a_user, sys.executable, "-m", "reciprocity_desktop", "--db", str(demo_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        demo_path.parent.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
