"""Fixtures of the GUI tests: a UiContext over the test's store, and message boxes that do not block."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from reciprocity_desktop.ui.context import StoreEvents, UiContext


@pytest.fixture
def ctx(store):
    return UiContext(store, StoreEvents(), QUndoStack())


@pytest.fixture
def no_message_boxes(monkeypatch):
    """A message box would block the test: record what it would have said instead."""
    shown: list[str] = []

    def fake(_parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, fake)
    return shown


@pytest.fixture(autouse=True)
def _modal_boxes_fail_instead_of_blocking(monkeypatch):
    """A modal QMessageBox nobody answers would hang the run: fail the test with what it said instead.

    Tests that expect a box patch ``QMessageBox.exec`` (or the static helpers) themselves.
    """

    def refuse(box, *args, **kwargs):
        raise AssertionError(
            f"a modal message box would block the test: {box.windowTitle()!r}: {box.text()!r} "
            f"{box.informativeText()!r}\n{box.detailedText()}"
        )

    monkeypatch.setattr(QMessageBox, "exec", refuse)
