"""Helpers of the Debrief page's tests: the day, reading the store, the table's cells, typing keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

DAY = dt.date.today() - dt.timedelta(days=2)
NAMES = ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage", "Delta Druckerei"]


def rows_of(store, model, **where):
    """Every row of ``model`` matching ``where``, tombstones included."""
    with store.read() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(session.scalars(query))


def live_rows(store, model, **where):
    """The rows of ``model`` matching ``where`` that are not deleted."""
    return [row for row in rows_of(store, model, **where) if not row.deleted]


def cell(view, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def keys(qtbot, view, *pressed) -> None:
    """Type keys into the table, as the user does."""
    view.table.setFocus()
    for key in pressed:
        qtbot.keyClick(view.table, key)


def ctrl_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
