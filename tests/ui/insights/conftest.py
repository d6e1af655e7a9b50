"""The Insights and Gift register page tests add records with ``build`` (tests/services/insights)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The record builder is shared with the service tests (no test folder is a package).
sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "insights"))

from insights_builder import Builder  # noqa: E402


@pytest.fixture
def build(store) -> Builder:
    return Builder(store)
