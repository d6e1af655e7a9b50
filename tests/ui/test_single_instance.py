"""A second start on a store that is open in a window brings that window to the front (issue 14).

The running window's end (``single_instance.listen``) is this test process; the second start is the real
program in a subprocess (``reciprocity-desktop --db STORE FILE.rcsync``), which finds the store's lock taken,
asks the window, and exits 0. With no window answering it refuses plainly (test_store_check_window.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reciprocity_desktop.store import open_store
from reciprocity_desktop.ui import single_instance, store_check
from reciprocity_desktop.ui.app import QUIT_AFTER_PAINT_ENV
from reciprocity_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

#: The real start (the command line's entry), with a message box that prints instead of waiting for a click.
START = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.information = lambda parent, title, text, *rest: print("INFORMATION", text, flush=True)
QMessageBox.critical = lambda parent, title, text, *rest: print("CRITICAL", text, flush=True)
from reciprocity_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "office" / "store.sqlite3"
    path.parent.mkdir()
    open_store(path).close()
    return path


def _second_start(*args: str, cwd: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
        "QT_QPA_PLATFORM": "offscreen",
        QUIT_AFTER_PAINT_ENV: "1",  # should a window open after all, it quits (and the test fails on the code)
    }
    return subprocess.Popen(
        [sys.executable, "-c", START, *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finished(qtbot, process: subprocess.Popen) -> tuple[int, str, str]:
    """Wait for the second start while this process's event loop answers it: (code, stdout, stderr)."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.mark.parametrize("with_file", [False, True])
def test_a_second_start_brings_the_first_window_forward_and_hands_it_the_sync_file(
    qtbot, store_path, tmp_path, with_file
):
    lock = store_check.store_lock(store_path)  # the first window's lock and its server: this process
    assert lock is not None
    asked: list[Path | None] = []
    server = single_instance.listen(store_path, asked.append)
    assert server is not None
    try:
        (tmp_path / "downloads").mkdir()
        (tmp_path / "downloads" / "from anna.rcsync").write_bytes(b"not read by the second start")
        args = ["--db", str(store_path), *(["from anna.rcsync"] if with_file else [])]
        code, out, err = _finished(qtbot, _second_start(*args, cwd=tmp_path / "downloads"))
        assert (code, out, err) == (0, "", "")  # no message: the window came forward
        # a relative path, made absolute by the second start (the window's working folder is another)
        assert asked == [tmp_path / "downloads" / "from anna.rcsync" if with_file else None]
    finally:
        server.close()
        lock.unlock()


def test_without_an_answering_window_the_second_start_is_refused_plainly(qtbot, store_path, tmp_path):
    lock = store_check.store_lock(store_path)  # a lock whose window does not listen (an older version)
    assert lock is not None
    try:
        assert not single_instance.ask_running(store_path, timeout_ms=2000)
        code, out, err = _finished(qtbot, _second_start("--db", str(store_path), cwd=tmp_path))
        assert code == 2 and "Traceback" not in err, err
        assert out == f"INFORMATION The store {store_path} is already open in another Reciprocity Desktop window; " \
            "switch to that window.\n"
    finally:
        lock.unlock()


def test_the_server_name_is_the_stores_whatever_its_spelling(tmp_path, monkeypatch):
    path = tmp_path / "a" / "store.sqlite3"
    path.parent.mkdir()
    monkeypatch.chdir(tmp_path)
    assert single_instance.server_name(path) == single_instance.server_name(Path("a/../a/store.sqlite3"))
    assert single_instance.server_name(path) != single_instance.server_name(tmp_path / "a" / "other.sqlite3")


def test_requests_that_are_not_ours_are_refused():
    assert single_instance._parse(b'{"raise": true, "open": "/x/y.rcsync"}').file == Path("/x/y.rcsync")
    assert single_instance._parse(b'{"raise": true}').file is None
    for line in (b"", b"raise", b"\xff\xfe", b"[1]", b'{"open": "/x"}', b'{"raise": 1}'):
        assert single_instance._parse(line) is None, line


def test_the_window_comes_to_the_front_and_starts_the_files_import(qtbot, store_path, monkeypatch):
    store = open_store(store_path, check=False)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        imported: list[Path | None] = []
        monkeypatch.setattr(window, "import_sync_file", imported.append)
        window.showMinimized()
        single_instance.bring_to_front(window, Path("/downloads/from anna.rcsync"))
        assert window.isVisible() and not window.isMinimized()
        qtbot.waitUntil(lambda: imported == [Path("/downloads/from anna.rcsync")])
        single_instance.bring_to_front(window, None)
        assert window.isVisible() and imported == [Path("/downloads/from anna.rcsync")]
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        store.close()
