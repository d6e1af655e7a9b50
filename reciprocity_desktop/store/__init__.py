"""The store: models, engine/session, migrations; a SQLite file, or an office hub on PostgreSQL (store/hub.py)."""

from __future__ import annotations

from pathlib import Path

from reciprocity_desktop.store import engine as _engine
from reciprocity_desktop.store.engine import Store, StoreDamaged, StoreError, StoreReadOnly
from reciprocity_desktop.store.hub import HubStore, is_hub_address, open_hub

__all__ = ["HubStore", "Store", "StoreDamaged", "StoreError", "StoreReadOnly", "open_store"]


def open_store(path: Path | str, *, check: bool = True, scratch: bool = False) -> Store:
    """The store at ``path``: a file (:func:`reciprocity_desktop.store.engine.open_store`), or, for a
    ``postgresql://`` address, an office hub (:func:`reciprocity_desktop.store.hub.open_hub`)."""
    if is_hub_address(path):
        return open_hub(str(path))
    return _engine.open_store(path, check=check, scratch=scratch)
