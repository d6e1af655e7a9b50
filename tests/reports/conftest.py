"""Fixtures for the printed day (helpers live in ``daydata``)."""

from __future__ import annotations

import pytest
from daydata import SeededDay, seed_day


@pytest.fixture
def day(store) -> SeededDay:
    return seed_day(store)
