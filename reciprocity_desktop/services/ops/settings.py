"""Changing the settings as the Settings dialog does: every changed value in one undoable step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reciprocity_desktop.services import settings
from reciprocity_desktop.services.changes import NOTHING, Changes, Op, reversible
from reciprocity_desktop.store import Store


def change_settings(store: Store, values: Mapping[str, Any]) -> Op[settings.Changed]:
    """Set the given settings (:func:`settings.update`); undo puts back every value they had.

    Values equal to the stored ones change nothing; when none changes, there is nothing to undo.
    """
    changed = settings.update(store, values)
    if not changed:
        return Op(NOTHING, changed)
    return reversible(
        Changes.of("settings"),
        lambda: settings.restore(store, changed.after),
        lambda: settings.restore(store, changed.before),
        changed,
    )
