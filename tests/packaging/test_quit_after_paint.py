"""``RECIPROCITY_QUIT_AFTER_PAINT``: the hook the bundle's smoke test starts the window with, from the source.

The installed command in a fresh interpreter, offscreen: the window opens on a demo store, paints its first
page and quits by itself with exit code 0 (without the variable it would wait for the user; the timeout
catches that).
"""

from __future__ import annotations

import os
import subprocess
import sys

from reciprocity_desktop.ui.app import QUIT_AFTER_PAINT_ENV


def test_the_window_quits_after_its_first_paint(tmp_path):
    store = tmp_path / "store.sqlite3"
    command = [sys.executable, "-m", "reciprocity_desktop", "--db", str(store)]
    assert subprocess.run([*command, "demo"], capture_output=True, timeout=120).returncode == 0
    env = {**os.environ, QUIT_AFTER_PAINT_ENV: "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
