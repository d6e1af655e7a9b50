"""Shared fixtures: every test gets its own data folder and, when it asks, a fresh store.

GUI tests (anything under tests/ui/, and any test using ``qtbot`` or ``qapp``) are marked ``gui``
automatically, so ``pytest -m "not gui"`` runs the rest without Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen Qt with one 1366×768 screen (a rep's laptop) instead of the plugin's default 800×800,
# so windows keep the sizes they are given.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'offscreen-screen.json'}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the user's real store: point the data folder and RECIPROCITY_DB at a temp folder;
    English messages whatever the machine's language."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RECIPROCITY_DATA_DIR", str(data))
    monkeypatch.delenv("RECIPROCITY_DB", raising=False)
    # The command line speaks the system's language: tests read English unless they choose one.
    monkeypatch.setenv("RECIPROCITY_LANG", "en")


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of the test session (initdb in a temporary folder, on 127.0.0.1 on a free port:
    tests/store/pg_server.py), shared by every folder's tests; skips, with the reason, where the server
    binaries or psycopg are missing."""
    import sys

    folder = str(Path(__file__).parent / "store")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import pg_server as servers

    why = servers.missing()
    if why is not None:
        pytest.skip(f"no PostgreSQL test server: {why}")
    server = servers.start_server()
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path):
    from reciprocity_desktop.store import open_store

    s = open_store(tmp_path / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    from reciprocity_desktop.services import demo

    demo.load_demo(store)
    return store


def pytest_collection_modifyitems(config, items):
    """Mark GUI tests ``gui`` wherever they live: under tests/ui/, or using Qt's fixtures."""
    ui_dir = Path(__file__).parent / "ui"
    for item in items:
        uses_qt = bool({"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())))
        if uses_qt or ui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


def _flip_bytes(path: Path, seed: int, count: int, start: int = 0) -> None:
    """Flip one bit in each of ``count`` random bytes of the file at ``path`` (from byte ``start`` on), seeded."""
    import random

    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    for _ in range(count):
        at = rnd.randrange(start, len(data))
        data[at] ^= 1 << rnd.randrange(8)
    path.write_bytes(bytes(data))


@pytest.fixture
def flip_bytes():
    """``flip_bytes(path, seed, count, start=0)``: seeded random damage to a file."""
    return _flip_bytes
