"""Shared by the translation tests: the catalog script (scripts/) and its helpers importable, and
catalogs of the test's own in a temp folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reciprocity_desktop import i18n

for _folder in (Path(__file__).resolve().parents[2] / "scripts", Path(__file__).resolve().parent):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from i18n_helpers import ts_text  # noqa: E402


@pytest.fixture
def own_catalogs(tmp_path, monkeypatch):
    """``own_catalogs({"de": {...}})``: the non-Qt layers read these catalogs instead of the shipped ones
    (a language not given has none)."""

    def install(catalogs: dict[str, dict[str, dict[str, str | tuple[str, ...]]]]) -> Path:
        folder = tmp_path / "catalogs"
        folder.mkdir(exist_ok=True)
        for lang, contexts in catalogs.items():
            (folder / f"reciprocity_{lang}.ts").write_text(ts_text(lang, contexts), encoding="utf-8")
        monkeypatch.setattr(i18n, "catalog_path", lambda lang: folder / f"reciprocity_{lang}.ts")
        i18n._load.cache_clear()
        return folder

    yield install
    i18n._load.cache_clear()
