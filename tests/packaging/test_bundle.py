"""The built program: packaging/build.py makes the one-folder bundle, and the bundle runs on its own.

Slow (a PyInstaller build, one to three minutes); CI runs it (``.ci/run`` installs the ``packaging`` extra).
Without PyInstaller in the running Python the tests are skipped. ``RECIPROCITY_BUNDLE=dist/reciprocity-desktop``
runs them against a bundle built before, instead of building one.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from reciprocity_desktop import __version__
from reciprocity_desktop.store.engine import shipped_head

ROOT = Path(__file__).resolve().parents[2]
EXE = "reciprocity-desktop.exe" if sys.platform == "win32" else "reciprocity-desktop"
APP_ID = "org.reciprocity.ReciprocityDesktop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The dist folder of a fresh build (the bundle and, on Linux, the archive)."""
    given = os.environ.get("RECIPROCITY_BUNDLE")
    if given:
        return Path(given).resolve().parent
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install -e ".[packaging]")')
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(dist / "work")],
        capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return dist


@pytest.fixture(scope="module")
def program(built) -> Path:
    exe = built / "reciprocity-desktop" / EXE
    assert exe.is_file()
    return exe


def run(program: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Not the test's Python: nothing of this checkout may be found by the bundle.
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=300, env={**clean, **(env or {})},
        cwd=program.parent.parent,
    )  # fmt: skip


def test_version_comes_from_the_bundle(program):
    result = run(program, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"reciprocity-desktop {__version__}"
    # The package metadata travels with it, for importlib.metadata.version() inside the bundle: a dist-info
    # from an installed copy, or the egg-info an editable install leaves in the checkout.
    internal = program.parent / "_internal"
    metadata = [
        *internal.glob("reciprocity_desktop-*.dist-info/METADATA"),
        *internal.glob("*.egg-info/PKG-INFO"),
    ]
    assert [path.parent.name for path in metadata if f"\nVersion: {__version__}\n" in path.read_text()]


def test_demo_then_print_day_in_german(program, tmp_path):
    store = tmp_path / "store.sqlite3"
    loaded = run(program, "--db", str(store), "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert "Demo data loaded" in loaded.stdout
    connection = sqlite3.connect(store)
    try:
        [(day,)] = connection.execute(
            "SELECT min(date) FROM visits WHERE date >= ?", (dt.date.today().isoformat(),)
        )
    finally:
        connection.close()
    assert day, "the demo plans visits from today on"
    pdf = tmp_path / "day.pdf"
    printed = run(program, "--db", str(store), "print-day", day, "--lang", "de", "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Routenübersicht" in text and "Besuche:" in text  # German, in the bundled DejaVu font
    assert "Bäckerei Müller GmbH" in text


def test_an_old_store_is_migrated_by_the_bundled_alembic(program, tmp_path):
    """The migrations travel as files (Alembic reads env.py and versions/ from disk): the first schema's store
    comes up to the head revision."""
    store = tmp_path / "store.sqlite3"
    shutil.copy2(ROOT / "tests" / "fixtures" / "stores" / "store_0001.sqlite3", store)
    listed = run(program, "--db", str(store), "prospects", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Bäckerei Alt GmbH" in listed.stdout
    connection = sqlite3.connect(store)
    try:
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    assert revision == shipped_head()


def test_the_window_starts_offscreen_and_quits_after_its_first_paint(program, tmp_path):
    store = tmp_path / "store.sqlite3"
    assert run(program, "--db", str(store), "demo").returncode == 0
    result = run(
        program, "--db", str(store),
        env={"QT_QPA_PLATFORM": "offscreen", "RECIPROCITY_QUIT_AFTER_PAINT": "1", "RECIPROCITY_LANG": "de"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the size limit and the archive are Linux's")
def test_linux_bundle_size_and_archive(built):
    bundle = built / "reciprocity-desktop"
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 200 * 2**20
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]  # no dangling links
    internal = bundle / "_internal"
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("libQt6Qml*"))
    assert not (internal / "PySide6" / "Qt" / "qml").exists()
    if os.environ.get("RECIPROCITY_BUNDLE"):
        return
    [archive] = built.glob(f"reciprocity-desktop-{__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {"INSTALL.txt", "install.sh", f"reciprocity-desktop/{EXE}",
            f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/mime/packages/{APP_ID}.xml", f"share/icons/hicolor/16x16/apps/{APP_ID}.png",
            f"share/icons/hicolor/512x512/apps/{APP_ID}.png",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"} <= names  # fmt: skip
