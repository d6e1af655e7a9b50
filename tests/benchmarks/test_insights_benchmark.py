"""How long the insights take on a large store (10,000 prospects, 30,000 gifts).

Run by path: ``python -m pytest tests/benchmarks/test_insights_benchmark.py -q -s``.
Prints the timings; fails only when compute() takes more than a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid

import pytest
from sqlalchemy import insert

from reciprocity_desktop.services import insights
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import FollowUp, Gift, GiftKind, Outcome, OutcomeKind, Prospect

PROSPECTS, GIFTS, OUTCOMES = 10_000, 30_000, 12_000


def generate(store, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    prospect_ids = [str(uuid.uuid4()) for _ in range(PROSPECTS)]
    kinds = [k.value for k in GiftKind]
    outcome_kinds = [k.value for k in OutcomeKind]
    with store.session() as session:
        session.execute(
            insert(Prospect),
            [
                {"id": pid, "name": f"Prospect {i:05d}", "country": "DE", "city": "Berlin"}
                for i, pid in enumerate(prospect_ids)
            ],
        )
        gifts = []
        followups = []
        for _ in range(GIFTS):
            gid = str(uuid.uuid4())
            day = start + dt.timedelta(days=rng.randrange(730))
            pid = rng.choice(prospect_ids[: PROSPECTS * 2 // 3])
            gifts.append(
                {
                    "id": gid,
                    "prospect_id": pid,
                    "date": day,
                    "kind": rng.choice(kinds),
                    "description": "gift",
                    "cost_cents": rng.randrange(0, 6000),
                    "personal": rng.random() < 0.4,
                    "unexpected": rng.random() < 0.3,
                    "meaningful": rng.random() < 0.5,
                    "reaction": rng.choice([None, "liked", "neutral"]),
                }
            )
            followups.append(
                {
                    "id": str(uuid.uuid4()),
                    "prospect_id": pid,
                    "gift_id": gid,
                    "due": day + dt.timedelta(days=7),
                    "kind": "ask_feedback",
                    "done_on": day + dt.timedelta(days=8) if rng.random() < 0.5 else None,
                }
            )
        session.execute(insert(Gift), gifts)
        session.execute(insert(FollowUp), followups)
        session.execute(
            insert(Outcome),
            [
                {
                    "id": str(uuid.uuid4()),
                    "prospect_id": rng.choice(prospect_ids),
                    "date": start + dt.timedelta(days=rng.randrange(800)),
                    "kind": (kind := rng.choice(outcome_kinds)),
                    "value_cents": rng.randrange(10_000, 500_000) if kind == "order" else 0,
                }
                for _ in range(OUTCOMES)
            ],
        )


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("bench") / "big.sqlite3")
    generate(store)
    yield store
    store.close()


def best_of(func, runs: int = 3) -> tuple[float, float]:
    """Best wall-clock and best CPU time (the CPU time is what other load on the machine cannot inflate)."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def test_insights_timings(big_store):
    today = dt.date(2025, 1, 15)
    timings = {
        "compute": best_of(lambda: insights.compute(big_store)),
        "compute(window 30, one year)": best_of(
            lambda: insights.compute(
                big_store, window_days=30, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)
            )
        ),
        "unfollowed_gifted": best_of(lambda: insights.unfollowed_gifted(big_store, today=today)),
        "overdue_reactions": best_of(lambda: insights.overdue_reactions(big_store, today=today)),
        "next_steps": best_of(lambda: insights.next_steps(big_store)),
        "outcomes_per_month": best_of(
            lambda: insights.outcomes_per_month(big_store, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        ),
    }
    print()
    print(f"{'':32s} {'wall':>8s}    {'cpu':>8s}")
    for name, (wall, cpu) in timings.items():
        print(f"{name:32s} {wall * 1000:8.1f} ms {cpu * 1000:8.1f} ms")
    assert timings["compute"][1] < 5


# -- the commands as whole processes: `report` and the streaming `list` commands -------------------------

_MEASURE = (
    "import resource, subprocess, sys, time; began = time.perf_counter();"
    " subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
    " r = resource.getrusage(resource.RUSAGE_CHILDREN);"
    " print(time.perf_counter() - began, r.ru_utime + r.ru_stime, r.ru_maxrss)"
)


def _process(*argv: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process running ``argv``."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True)
    wall, cpu, rss_kb = (float(x) for x in out.stdout.split())
    return wall, cpu, rss_kb / 1024


def test_cli_processes(big_store, tmp_path):
    """Set OFFICE_STORE to a COPY of the office store to measure it instead of the generated one."""
    import os
    import shutil
    import sys
    from pathlib import Path

    source = os.environ.get("OFFICE_STORE")
    db = tmp_path / "measured.sqlite3"
    if source:
        shutil.copy(source, db)
    else:
        big_store.close()
        shutil.copy(big_store.path, db)
    cli = [sys.executable, "-m", "reciprocity_desktop", "--db", str(db)]
    env_root = str(Path(__file__).resolve().parents[2])
    os.environ["PYTHONPATH"] = env_root + os.pathsep + os.environ.get("PYTHONPATH", "")
    runs = {
        "anchor: python -c pass": [sys.executable, "-c", "pass"],
        "anchor: process start (--version)": [*cli[:3], "--version"],
        "prospects list --json": [*cli, "prospects", "list", "--json"],
        "prospects list": [*cli, "prospects", "list"],
        "gifts list --json": [*cli, "gifts", "list", "--json"],
        "report --json": [*cli, "report", "--json"],
        "report": [*cli, "report"],
    }
    print(f"\n{'':36s} {'wall':>8s} {'cpu':>8s} {'peak RSS':>9s}")
    for name, argv in runs.items():
        wall, cpu, rss = _process(*argv)
        print(f"{name:36s} {wall:7.2f}s {cpu:7.2f}s {rss:7.0f}MB")
