"""Fixtures of the sync tests: several stores side by side, and a folder for the files between them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sync_helpers import new_store  # noqa: E402


@pytest.fixture
def make_store(tmp_path):
    """``make_store("anna")`` opens a new, empty store of its own (its own replica id)."""
    created = []

    def make(name: str):
        store = new_store(tmp_path / "stores", name)
        created.append(store)
        return store

    yield make
    for store in created:
        store.close()


@pytest.fixture
def files(tmp_path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder
