"""What an installed copy ships and how it finds it: resources/ (fonts, catalogs, icons, the postal-code table)
and the migrations, through importlib.resources (paths.py) in a source tree, an installed wheel or a frozen bundle.

The slow test builds the wheel, installs it into a fresh virtual environment and runs the installed command.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pypdf
import pytest

import reciprocity_desktop
from reciprocity_desktop import paths, postal_codes

ROOT = Path(__file__).resolve().parents[2]


def test_the_postal_code_table_is_found_like_every_resource():
    table = paths.resource("geo", "postal_centroids.sqlite")
    assert postal_codes.table_path() == table
    assert table.is_file() and table.parent.parent == paths.resources_dir()
    assert (paths.resources_dir() / "geo" / "LICENSE-GeoNames.txt").is_file()
    connection = sqlite3.connect(f"{table.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT count(*) FROM centroids").fetchone()[0] > 50_000
    finally:
        connection.close()
    assert table.stat().st_size < 2_000_000  # compact: about 1 MB


@pytest.fixture
def fresh_lookup():
    """``resources_dir()`` is looked up once per run: clear that before and after a test that moves things."""
    paths._resources_dir.cache_clear()
    yield
    paths._resources_dir.cache_clear()


def test_the_package_is_found_as_importlib_resources_finds_it(monkeypatch):
    import reciprocity_desktop

    files = Path(str(importlib.resources.files("reciprocity_desktop")))
    assert paths.package_dir() == files == Path(reciprocity_desktop.__file__).parent
    assert paths.package_dir("reciprocity_desktop.store") == files / "store"
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a bundle's importer: files() itself answers
    assert paths.package_dir() == files


def test_finding_the_resources_costs_no_import_of_importlib_resources():
    """A plain file-system package is found from its loader: ~5 ms less at each start of the window and CLI."""
    probe = (
        "import sys; from reciprocity_desktop import paths; from reciprocity_desktop.store import engine\n"
        "assert paths.resource('fonts', 'DejaVuSans.ttf').is_file() and engine.shipped_head()\n"
        "print('importlib.resources' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_an_installed_package_finds_the_resources_inside_itself(tmp_path, monkeypatch, fresh_lookup):
    package = tmp_path / "site-packages" / "reciprocity_desktop"
    (package / "resources" / "geo").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # someone else's folder: not ours
    monkeypatch.setattr(paths, "package_dir", lambda name="reciprocity_desktop": package)
    assert paths.resources_dir() == package / "resources"
    assert paths.resource("geo", "x") == package / "resources" / "geo" / "x"


def test_a_source_tree_finds_the_resources_beside_the_package(tmp_path, monkeypatch, fresh_lookup):
    package = tmp_path / "clone" / "reciprocity_desktop"
    package.mkdir(parents=True)
    (tmp_path / "clone" / "resources").mkdir()
    monkeypatch.setattr(paths, "package_dir", lambda name="reciprocity_desktop": package)
    assert paths.resources_dir() == tmp_path / "clone" / "resources"


@pytest.mark.parametrize("inside_package", [True, False])
def test_a_frozen_one_folder_bundle_finds_the_resources_under_meipass(
    tmp_path, monkeypatch, fresh_lookup, inside_package
):
    """PyInstaller's one-folder build: ``sys._MEIPASS`` is ``dist/<name>/_internal``, its importer answers
    ``files()`` there; the data is either inside the package or at the top of ``_internal``."""
    internal = tmp_path / "dist" / "reciprocity-desktop" / "_internal"
    package = internal / "reciprocity_desktop"
    expected = package / "resources" if inside_package else internal / "resources"
    expected.mkdir(parents=True)
    (internal.parent / "resources").mkdir()  # beside a frozen bundle's package lies nothing of ours
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(paths, "package_dir", lambda name="reciprocity_desktop": package)
    assert paths.resources_dir() == expected


def test_nowhere_names_the_installed_place(tmp_path, monkeypatch, fresh_lookup):
    """So that "the font … is missing from the installation" says where it was looked for."""
    package = tmp_path / "site-packages" / "reciprocity_desktop"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "package_dir", lambda name="reciprocity_desktop": package)
    assert paths.resources_dir() == package / "resources"


def test_the_migrations_are_data_of_the_store_package():
    from reciprocity_desktop.store import engine

    folder = paths.migrations_dir()
    assert folder == paths.package_dir("reciprocity_desktop.store") / "migrations" == engine.MIGRATIONS_DIR
    assert {"env.py", "script.py.mako"} <= {p.name for p in folder.iterdir()}
    assert engine.shipped_head() is not None


def _build_wheel(tmp_path: Path) -> Path:
    """The wheel as ``pip install .`` builds it, from a copy of what a clean checkout holds."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.part")
    for folder in ("reciprocity_desktop", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = (tmp_path / "dist").glob("reciprocity_desktop-*.whl")
    return wheel


def _fresh_venv(tmp_path: Path) -> Path:
    """A new virtual environment (``python -m venv``) that sees this environment's libraries for the
    dependencies (PySide6, SQLAlchemy, ReportLab…: no network needed) but not this checkout: a ``.pth``
    line adds a folder to ``sys.path`` without running the ``.pth`` files inside it, so an editable
    install of the checkout stays out, and the venv's own site-packages comes first."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, env=_clean_env(tmp_path),
    ).stdout.strip()  # fmt: skip
    ours = sysconfig.get_paths()
    (Path(purelib) / "dependencies-of-the-test.pth").write_text(
        "\n".join(dict.fromkeys([ours["purelib"], ours["platlib"]])) + "\n", encoding="utf-8"
    )
    return python


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """No PYTHONPATH (this checkout), a data folder of its own, English messages."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "RECIPROCITY_DB", "PYTHONHOME"}}
    return {**env, "RECIPROCITY_DATA_DIR": str(tmp_path / "data"), "RECIPROCITY_LANG": "en"}


@pytest.mark.slow
def test_the_wheel_ships_the_resources_and_an_installed_copy_prints_a_day_in_german(tmp_path):
    """Build the wheel, check what it holds, install it into a fresh venv, run the installed command."""
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert {f"reciprocity_desktop/resources/{name}" for name in shipped} <= names
    for needed in (
        "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt",
        "i18n/reciprocity_de.qm", "i18n/reciprocity_nl.qm", "i18n/reciprocity_sl.qm", "i18n/reciprocity_de.ts",
        "icons/reciprocity.svg", "geo/postal_centroids.sqlite", "geo/LICENSE-GeoNames.txt",
    ):  # fmt: skip
        assert f"reciprocity_desktop/resources/{needed}" in names
    migrations = ROOT / "reciprocity_desktop/store/migrations"
    scripts = {
        f"reciprocity_desktop/store/migrations/{p.relative_to(migrations).as_posix()}"
        for p in migrations.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert "reciprocity_desktop/store/migrations/script.py.mako" in scripts  # not a module: package data
    assert scripts <= names

    python = _fresh_venv(tmp_path)
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=600, env=_clean_env(tmp_path),
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    command = python.parent / ("reciprocity-desktop.exe" if os.name == "nt" else "reciprocity-desktop")

    def run(*argv: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            argv, capture_output=True, text=True, env=_clean_env(tmp_path), cwd=tmp_path, timeout=300
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done

    probe = (
        "import reciprocity_desktop\n"
        "from reciprocity_desktop import paths, postal_codes\n"
        "from reciprocity_desktop.store import engine\n"
        "print(reciprocity_desktop.__file__)\n"
        "print(paths.resources_dir())\n"
        "print(engine.MIGRATIONS_DIR)\n"
        "print(postal_codes.lookup('DE', '80331'))\n"
    )
    package, resources, migrations_found, place = run(str(python), "-c", probe).stdout.splitlines()
    site = Path(package).parent.parent
    assert site.is_relative_to(tmp_path / "venv")
    assert Path(resources) == site / "reciprocity_desktop" / "resources"
    assert Path(migrations_found) == site / "reciprocity_desktop" / "store" / "migrations"
    assert place == str(postal_codes.lookup("DE", "80331"))

    assert run(str(command), "--version").stdout.strip() == f"reciprocity-desktop {reciprocity_desktop.__version__}"
    store = tmp_path / "tour.sqlite3"
    run(str(command), "--db", str(store), "demo")  # a new store: the schema from the installed migrations
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()  # the demo's planned route
    pdf = tmp_path / "day.pdf"
    run(str(command), "--db", str(store), "print-day", tomorrow, "-o", str(pdf), "--lang", "de")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Geschenk" in text and "Kontakt" in text, text[:2000]  # German, in the shipped font
