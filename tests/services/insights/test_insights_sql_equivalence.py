"""compute() (SQL aggregates) gives every figure the former all-in-Python computation gave, on random stores.

The hand-computed cases are in test_insights_compute.py; this covers ties, deleted gifts, outcomes
and prospects, empty groups, every window edge and period bound on a few hundred random records.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest
from reference_report import compute as reference_compute
from sqlalchemy import insert

from reciprocity_desktop.services import insights
from reciprocity_desktop.store.models import Gift, GiftKind, Outcome, OutcomeKind, Prospect

START = dt.date(2024, 1, 1)


def _fill(store, seed: int) -> None:
    rng = random.Random(seed)
    pids = [str(uuid.uuid4()) for _ in range(60)]
    day = lambda: START + dt.timedelta(days=rng.randrange(200))  # noqa: E731
    with store.session() as session:
        session.execute(
            insert(Prospect),
            [{"id": pid, "name": rng.choice(["Ä", "a", "B", "b"]) + str(i % 7), "city": "Köln",
              "deleted": rng.random() < 0.1} for i, pid in enumerate(pids)],
        )  # fmt: skip
        session.execute(
            insert(Gift),
            [{"id": str(uuid.uuid4()), "prospect_id": rng.choice(pids[:45]), "date": day(),
              "kind": rng.choice(list(GiftKind)).value, "description": "g", "cost_cents": rng.randrange(0, 900),
              "personal": rng.random() < 0.5, "unexpected": rng.random() < 0.3, "meaningful": rng.random() < 0.6,
              "deleted": rng.random() < 0.05} for _ in range(400)],
        )  # fmt: skip
        session.execute(
            insert(Outcome),
            [{"id": str(uuid.uuid4()), "prospect_id": rng.choice(pids), "date": day(),
              "kind": (kind := rng.choice(list(OutcomeKind)).value),
              "value_cents": rng.choice([0, 0, 100, 2550, 99_999]) if kind == "order" else rng.choice([0, 0, 7]),
              "deleted": rng.random() < 0.05} for _ in range(150)],
        )  # fmt: skip


PERIODS = [
    (90, None, None),
    (0, None, None),
    (30, dt.date(2024, 2, 1), dt.date(2024, 4, 30)),
    (7, dt.date(2024, 3, 15), None),
    (200, None, dt.date(2024, 3, 1)),
    (14, dt.date(2024, 5, 1), dt.date(2024, 5, 1)),
    (90, dt.date(2030, 1, 1), None),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compute_agrees_with_the_former_computation(store, seed):
    _fill(store, seed)
    for window, start, end in PERIODS:
        got = insights.compute(store, window_days=window, date_from=start, date_to=end)
        expected = reference_compute(store, window_days=window, date_from=start, date_to=end)
        assert got.to_json() == expected.to_json(), (window, start, end)
        assert got.total == expected.total
        assert [b.city for b in got.balance] == [b.city for b in expected.balance]


def test_compute_on_an_empty_store(store):
    assert insights.compute(store).to_json() == reference_compute(store).to_json()
