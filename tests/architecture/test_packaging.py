"""What an installed copy ships: resources/ (fonts, catalogs, icons, the postal-code table) found by paths.resource()."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

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


def test_an_installed_package_looks_for_resources_inside_itself_first(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "reciprocity_desktop"
    (package / "resources" / "geo").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.resources_dir() == package / "resources"
    assert paths.resource("geo", "x") == package / "resources" / "geo" / "x"
    shutil.rmtree(package / "resources")  # a source tree: resources/ beside the package
    assert paths.resources_dir() == tmp_path / "site-packages" / "resources"


@pytest.mark.slow
def test_the_wheel_ships_the_resources_and_an_installed_copy_finds_them(tmp_path):
    """Build the wheel as ``pip install .`` does, unpack it as an install would, look a postal code up."""
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
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    shipped = {
        str(path.relative_to(ROOT / "resources"))
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert {f"reciprocity_desktop/resources/{name}" for name in shipped} <= names
    assert "reciprocity_desktop/resources/geo/postal_centroids.sqlite" in names
    migrations = {p.name for p in (ROOT / "reciprocity_desktop/store/migrations/versions").glob("*.py")}
    assert {f"reciprocity_desktop/store/migrations/versions/{m}" for m in migrations} <= names

    probe = (
        "from reciprocity_desktop import paths, postal_codes\n"
        "print(paths.resource('geo', 'postal_centroids.sqlite'))\n"
        "print(postal_codes.lookup('DE', '80331'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "installed")}
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert ran.returncode == 0, ran.stderr
    found, place = ran.stdout.splitlines()
    assert (
        Path(found)
        == tmp_path / "installed" / "reciprocity_desktop" / "resources" / "geo" / "postal_centroids.sqlite"
    )
    assert place == str(postal_codes.lookup("DE", "80331"))
