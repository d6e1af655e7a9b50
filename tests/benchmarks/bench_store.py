"""Benchmark: the prospect list on a store of 100,000 prospects.

Generates 100,000 prospects (bulk insert, with contacts, 30,000 gifts and 12,000 completed
follow-ups), then times what the window's lazy list and the CLI do: ``count_prospects``,
a page ``list_prospects(offset=50_000, limit=100)`` with and without a search text, and the
``gifted_no_followup`` filter. Each figure is the median of several runs (ms).

Run: ``python tests/benchmarks/bench_store.py`` or ``python -m pytest tests/benchmarks/bench_store.py -s``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, insert, select

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import Contact, FollowUp, Gift, Prospect
from reciprocity_desktop.textutil import fold

PROSPECTS = 100_000
GIFTS = 30_000
FOLLOWUPS_DONE = 12_000
PAGE_OFFSET = 50_000
PAGE_SIZE = 100
SLOW_MS = 100.0

CITIES = [
    "München",
    "Köln",
    "Berlin",
    "Hamburg",
    "Nürnberg",
    "Stuttgart",
    "Leipzig",
    "Düsseldorf",
    "Utrecht",
    "Maribor",
]
FORMS = ["GmbH", "KG", "AG", "OHG", "e.K.", "GmbH & Co. KG"]
TRADES = ["Bäckerei", "Metallbau", "Zahnarztpraxis", "Autohaus", "Kanzlei", "Gärtnerei", "Optik", "Brauerei"]
FIRST = ["Jürgen", "Sabine", "Klaus", "Monika", "Peter", "Andrea", "Thomas", "Gisela", "Markus", "Eva"]
LAST = ["Müller", "Schäfer", "Weiß", "Köhler", "Fischer", "Wagner", "Krüger", "Böhm", "Hofmann", "Lorenz"]


def generate(store, rng: random.Random) -> float:
    """Bulk-insert the rows (derived columns computed here, as the session hook would). Returns seconds."""
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    physical = int(now.timestamp() * 1000)
    replica = store.replica_id

    def stamp(n: int) -> str:
        return str(Stamp(physical, n, replica))

    prospect_rows, contact_rows = [], []
    for n in range(PROSPECTS):
        name = f"{rng.choice(TRADES)} {rng.choice(LAST)} {n} {rng.choice(FORMS)}"
        city = CITIES[n % len(CITIES)]
        postal = f"{10000 + (n * 7919) % 89999:05d}"
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        pid = str(uuid.uuid4())
        prospect_rows.append(
            {
                "id": pid, "created_at": now, "updated_at": now, "stamp": stamp(n % 999_999), "deleted": n % 50 == 0,
                "name": name, "street": f"Hauptstraße {n % 300}", "postal_code": postal, "city": city,
                "country": "DE", "phone": "", "email": "", "website": "", "industry": "", "stage": "prospect",
                "tags": "door-to-door" if n % 3 == 0 else "", "notes": "", "latitude": None, "longitude": None,
                "search_text": fold(f"{name} {city} {postal} {person}"), "sort_name": fold(name),
            }
        )  # fmt: skip
        contact_rows.append(
            {
                "id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "stamp": stamp(n % 999_999),
                "deleted": False, "prospect_id": pid, "name": person, "role": "", "phone": "", "email": "",
                "is_decision_maker": True, "notes": "",
            }
        )  # fmt: skip
    gifted = rng.sample(prospect_rows, GIFTS)
    gift_rows, followup_rows = [], []
    for n, prospect in enumerate(gifted):
        gid = str(uuid.uuid4())
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 300)
        gift_rows.append(
            {
                "id": gid, "created_at": now, "updated_at": now, "stamp": stamp(n), "deleted": False,
                "prospect_id": prospect["id"], "contact_id": None, "visit_id": None, "stock_item_id": None,
                "date": day, "kind": "sample", "description": "Coffee sample", "cost_cents": 850, "quantity": 1,
                "personal": False, "unexpected": True, "meaningful": True, "reaction": None, "reaction_note": "",
            }
        )  # fmt: skip
        followup_rows.append(
            {
                "id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "stamp": stamp(n), "deleted": False,
                "prospect_id": prospect["id"], "gift_id": gid, "due": day + dt.timedelta(days=7),
                "kind": "ask_feedback", "note": "Ask how the gift was received: Coffee sample",
                "done_on": day + dt.timedelta(days=8) if n < FOLLOWUPS_DONE else None, "result": "",
            }
        )  # fmt: skip
    with store.session() as session:
        session.info["keep_stamps"] = True
        for model, rows in (
            (Prospect, prospect_rows),
            (Contact, contact_rows),
            (Gift, gift_rows),
            (FollowUp, followup_rows),
        ):
            session.execute(insert(model), rows)
    return time.perf_counter() - started


def timed(action: Callable[[], object], repeat: int = 7) -> tuple[float, object]:
    """Median milliseconds of ``repeat`` runs (after one warm-up run) and the last result."""
    result = action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def query_plan(store, flt: ProspectFilter) -> list[str]:
    query = (
        prospects.filtered_query(flt)
        .order_by(Prospect.sort_name, Prospect.id)
        .offset(PAGE_OFFSET)
        .limit(PAGE_SIZE)
    )
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as connection:
        return [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        try:
            figures["generate 100k prospects (bulk insert), s"] = generate(store, random.Random(20260323))
            live = PROSPECTS - PROSPECTS // 50
            with store.read() as session:
                assert session.scalar(select(func.count()).select_from(Prospect)) == PROSPECTS

            ms, count = timed(lambda: prospects.count_prospects(store))
            assert count == live, count
            figures["count_prospects(), ms"] = ms

            ms, page = timed(lambda: prospects.list_prospects(store, offset=PAGE_OFFSET, limit=PAGE_SIZE))
            assert len(page) == PAGE_SIZE
            figures["list_prospects(offset=50k, limit=100), ms"] = ms

            for label, text in (
                ("common word 'gmbh'", "gmbh"),
                ("city 'munchen'", "munchen"),
                ("rare 'lorenz 4711'", "lorenz 4711"),
            ):
                flt = ProspectFilter(search=text)
                ms, count = timed(lambda flt=flt: prospects.count_prospects(store, flt))
                figures[f"count_prospects(search {label}) = {count}, ms"] = ms
                offset = PAGE_OFFSET if count > PAGE_OFFSET else max(0, count - PAGE_SIZE)
                ms, page = timed(
                    lambda flt=flt, offset=offset: prospects.list_prospects(
                        store, flt, offset=offset, limit=PAGE_SIZE
                    )
                )
                figures[f"list_prospects(search {label}, offset={offset}, limit=100), ms"] = ms

            flt = ProspectFilter(gifted_no_followup=True)
            ms, count = timed(lambda: prospects.count_prospects(store, flt))
            assert 0.95 * (GIFTS - FOLLOWUPS_DONE) < count <= GIFTS - FOLLOWUPS_DONE, (
                count
            )  # 2% are tombstones
            figures[f"count_prospects(gifted_no_followup) = {count}, ms"] = ms
            ms, page = timed(lambda: prospects.list_prospects(store, flt, offset=count // 2, limit=PAGE_SIZE))
            figures[f"list_prospects(gifted_no_followup, offset={count // 2}, limit=100), ms"] = ms
            ms, rows = timed(lambda: _all_rows(store, flt))
            figures[f"filtered_query(gifted_no_followup) all {len(rows)} rows, ms"] = ms

            ms, page = timed(
                lambda: prospects.list_prospects(store, sort="city", offset=PAGE_OFFSET, limit=PAGE_SIZE)
            )
            figures["list_prospects(sort=city, offset=50k, limit=100), ms"] = ms

            print("query plan, page without search:", "; ".join(query_plan(store, ProspectFilter())))
            print(
                "query plan, page with search:", "; ".join(query_plan(store, ProspectFilter(search="gmbh")))
            )
            print(
                "query plan, gifted_no_followup:",
                "; ".join(query_plan(store, ProspectFilter(gifted_no_followup=True))),
            )
        finally:
            store.close()
    return figures


def _all_rows(store, flt: ProspectFilter) -> list:
    with store.read() as session:
        return list(
            session.execute(prospects.filtered_query(flt).with_only_columns(Prospect.id, Prospect.name))
        )


def report(figures: dict[str, float]) -> None:
    for label, value in figures.items():
        flag = ""
        if label.endswith("ms") and value > SLOW_MS:
            flag = "  <-- SLOW: over 100 ms for a page" if "limit=100" in label else "  <-- over 100 ms"
        print(f"{label:75s} {value:10.1f}{flag}")


def test_store_benchmark():
    report(run())


if __name__ == "__main__":
    report(run())
    sys.exit(0)
