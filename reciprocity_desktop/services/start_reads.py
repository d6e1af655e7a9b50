"""Reads the window makes before its first paint, on a plain cursor (no SQLAlchemy, no settings module).

The ORM side and :mod:`~reciprocity_desktop.services.settings` are built only after the window has painted
(see ``Store.prepare``); what the start needs from the store before that goes through here.
"""

from __future__ import annotations

import json
from typing import Any

from reciprocity_desktop.store import Store


def stored_setting(store: Store, key: str) -> Any:
    """The value stored for the plain setting ``key``, or None while none is stored (then its default holds)."""
    with store.cursor() as cursor:
        row = cursor.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None
