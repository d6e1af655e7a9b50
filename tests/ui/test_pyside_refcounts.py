"""The installed PySide6 keeps Python's reference counts of True, False and None.

PySide6 6.12.0 does not: each ``SignalInstance.emit()`` and ``disconnect()`` drops a reference to True it
does not own, and each call of a method that returns nothing (``QLineEdit.setText``) one to None. On
Python 3.11, where those objects are not immortal (they are from 3.12), a day of work in the window then
ends in "Fatal Python error: bool_dealloc: deallocating True or False" (seen in the full test run, at
exit and mid-run). pyproject.toml leaves that release out; this test fails for any release that has
such a leak, whichever Python runs it (on 3.12 and later the counts of immortal objects do not move,
so it cannot see one there).
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

pytestmark = pytest.mark.gui

CALLS = 200


class _Sender(QObject):
    plain = Signal()
    carrying = Signal(int, object)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def _leaked(action) -> tuple[int, int, int]:
    """How many references to (True, False, None) ``CALLS`` calls of ``action`` lost (a few of noise allowed)."""
    action()  # anything made once (a type's cache, an interned name) is made before counting
    before = _counts()
    for _ in range(CALLS):
        action()
    after = _counts()
    return tuple(b - a for b, a in zip(before, after, strict=True))  # type: ignore[return-value]


def _receiver(*_args) -> None:
    pass


@pytest.mark.parametrize(
    "name",
    ["emit", "emit with arguments", "connect and disconnect", "a method returning nothing"],
)
def test_pyside_keeps_reference_counts(qapp, name):
    sender = _Sender()
    sender.carrying.connect(_receiver)
    edit = QLineEdit()
    actions = {
        "emit": lambda: sender.plain.emit(),
        "emit with arguments": lambda: sender.carrying.emit(1, "x"),
        "connect and disconnect": lambda: (sender.plain.connect(_receiver), sender.plain.disconnect(_receiver)),
        "a method returning nothing": lambda: edit.setText("Bäckerei Müller"),
    }
    lost = _leaked(actions[name])
    assert all(count < CALLS // 2 for count in lost), (
        f"{name}: {CALLS} calls lost {lost} references to (True, False, None) with PySide6 "
        f"{__import__('PySide6').__version__}; leave this release out in pyproject.toml"
    )
