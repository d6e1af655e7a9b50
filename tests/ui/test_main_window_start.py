"""What a start of the window loads: only the page it starts on, and nothing the menus need until they are used.

Run in a fresh interpreter (the test process has imported everything already): it opens a store, starts the
window offscreen as ``ui.app.run`` does, waits until the page it starts on is built and has painted, and
prints the modules loaded by then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reciprocity_desktop.services import demo
from reciprocity_desktop.store.engine import shipped_head

ROOT = Path(__file__).resolve().parents[2]

START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
from reciprocity_desktop.store import open_store
from reciprocity_desktop.ui.app import install_translators
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.page_registry import PAGES

install_translators(app, "en")
window = MainWindow(open_store(Path(sys.argv[1]), check=False))  # as ui.app.run: checked after the first paint


class Painted(QObject):
    def eventFilter(self, watched, event):
        page = window.current_page()
        if (
            event.type() == QEvent.Type.Paint
            and page in window.pages.built.values()
            and isinstance(watched, QWidget)
            and (watched is page or page.isAncestorOf(watched))
        ):
            app.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


def done():
    print(json.dumps({"built": sorted(window.pages.built), "modules": sorted(sys.modules)}), flush=True)
    QTimer.singleShot(0, prepared)


def prepared():  # after the first paint the store's SQLAlchemy side is built off the GUI thread,
    # then the other pages' modules are imported there (the last in tab order: the gift register's)
    if window.ctx.store._sessions is None or "reciprocity_desktop.ui.insights.register_view" not in sys.modules:
        QTimer.singleShot(20, prepared)
        return
    pages = [f"reciprocity_desktop.ui.{entry.module}" for entry in PAGES]
    print(json.dumps({"prepared_later": "sqlalchemy.orm" in sys.modules,
                      "imported_later": [name for name in pages if name not in sys.modules],
                      "built_later": sorted(window.pages.built)}), flush=True)
    app.quit()


painted = Painted()
app.installEventFilter(painted)
window.show()
QTimer.singleShot(20_000, app.quit)
app.exec()
"""

#: Loaded only when a menu action or another page needs them. The store opens and Today fills on plain
#: sqlite3 reads (store.engine, services.today): SQLAlchemy, the models and the ORM services come later.
NOT_AT_START = (
    "sqlalchemy",
    "reciprocity_desktop.store.models",
    "reciprocity_desktop.store.sessions",
    "reciprocity_desktop.services.visits",
    "reciprocity_desktop.services.prospects",
    "reciprocity_desktop.services.gifts",
    "reciprocity_desktop.services.followups",
    "reciprocity_desktop.services.settings",
    "reciprocity_desktop.ui.gifts",
    "alembic",
    "reportlab",
    "cryptography",
    "reciprocity_desktop.reports",
    "reciprocity_desktop.sync",
    "reciprocity_desktop.cli",
    "reciprocity_desktop.services.csv_io",
    "reciprocity_desktop.services.demo",
    "reciprocity_desktop.ui.sync",
    "reciprocity_desktop.ui.planner",
    "reciprocity_desktop.ui.prospects",
    "reciprocity_desktop.ui.followups",
    "reciprocity_desktop.ui.debrief",
    "reciprocity_desktop.ui.insights",
    "importlib.metadata",  # the version (package metadata) is looked up when About opens, not at start
)


def _start(store_path: Path, data: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
        "QT_QPA_PLATFORM": "offscreen",
        "RECIPROCITY_DATA_DIR": str(data),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(store_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = {}
    for line in done.stdout.strip().splitlines():
        found.update(json.loads(line))
    return found


def test_the_window_starts_with_its_start_page_and_without_what_the_menus_need(store, tmp_path):
    demo.load_demo(store)
    started = _start(store.path, tmp_path / "data")
    assert started["built"] == ["today"]
    loaded = [name for name in started["modules"] if name.startswith(NOT_AT_START)]
    assert loaded == []
    assert "reciprocity_desktop.ui.today.view" in started["modules"]
    assert started["prepared_later"] is True  # the other pages' sessions are ready before they are shown
    # and their modules imported (off the GUI thread), the pages themselves still unbuilt
    assert started["imported_later"] == [] and started["built_later"] == ["today"]


def test_an_up_to_date_store_opens_without_alembic(store, tmp_path):
    """The stored revision is compared with the head named in the migration files, not through Alembic."""
    assert shipped_head() is not None
    code = (
        "import sys; from reciprocity_desktop.store import open_store; "
        f"open_store({str(store.path)!r}).close(); print('alembic' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr[-2000:]


@pytest.mark.parametrize("last_view", ["gifts"])
def test_a_start_on_another_page_builds_that_page_only(store, tmp_path, last_view):
    demo.load_demo(store)
    data = tmp_path / "data"
    data.mkdir()
    (data / "window.ini").write_text(f"[window]\nview={last_view}\n", encoding="utf-8")
    started = _start(store.path, data)
    assert started["built"] == [last_view]
    assert "reciprocity_desktop.ui.today.view" not in started["modules"]
