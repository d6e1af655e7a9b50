"""The insights and gift register service tests add records with ``build`` (see insights_builder.py)."""

from __future__ import annotations

import pytest
from insights_builder import Builder


@pytest.fixture
def build(store) -> Builder:
    return Builder(store)
