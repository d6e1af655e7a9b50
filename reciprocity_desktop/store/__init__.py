"""The local SQLite store: models, engine/session, migrations."""

from reciprocity_desktop.store.engine import Store, StoreDamaged, StoreError, StoreReadOnly, open_store

__all__ = ["Store", "StoreDamaged", "StoreError", "StoreReadOnly", "open_store"]
