"""``build`` for test_report_cli.py until it moves to tests/cli (then this file goes too)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "services" / "insights"))

from insights_builder import Builder  # noqa: E402


@pytest.fixture
def build(store) -> Builder:
    return Builder(store)
