"""The local SQLite store: models, engine/session, migrations."""

from reciprocity_desktop.store.engine import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
