"""The office-sized demo (``demo --prospects N``): exact counts, deterministic content, the derived
columns and stamps as the store's own hook fills them, and the services and sync working on it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from reciprocity_desktop.services import demo, followups, gifts, prospects, visits
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    Meta,
    Outcome,
    Prospect,
    StockItem,
    Visit,
)
from reciprocity_desktop.store.search import refresh_search_columns, search_text, sort_name
from reciprocity_desktop.sync.exporter import export_file
from reciprocity_desktop.sync.importer import import_file

TODAY = dt.date(2026, 3, 18)
N = 200
EXPECTED = {
    "prospects": N,
    "contacts": 2 * N,
    "gifts": 3 * N,
    "followups": 3 * N,
    "visits": N,
    "outcomes": N // 2,
}
MODELS = {
    "prospects": Prospect,
    "contacts": Contact,
    "gifts": Gift,
    "followups": FollowUp,
    "visits": Visit,
    "outcomes": Outcome,
    "stock": StockItem,
}


@pytest.fixture
def office(store):
    summary = demo.load_demo(store, today=TODAY, prospects=N)
    return store, summary


def _count(store, model) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _content(store) -> list[tuple]:
    """What was drawn, in the order it was written (the ids aside)."""
    queries = (
        "SELECT name, street, postal_code, city, phone, stage, tags, latitude FROM prospects ORDER BY rowid",
        "SELECT name, role, email FROM contacts ORDER BY rowid",
        "SELECT date, kind, cost_cents, reaction FROM gifts ORDER BY rowid",
        "SELECT due, kind, done_on FROM followups ORDER BY rowid",
        "SELECT date, position, status FROM visits ORDER BY rowid",
        "SELECT date, kind, value_cents FROM outcomes ORDER BY rowid",
    )
    with store.engine.connect() as connection:
        return [tuple(row) for query in queries for row in connection.exec_driver_sql(query)]


def test_exact_counts_per_table(office):
    store, summary = office
    for kind, expected in EXPECTED.items():
        assert summary[kind] == expected, kind
        assert _count(store, MODELS[kind]) == expected, kind
    assert summary["stock"] == _count(store, StockItem) >= 5
    assert summary["contacts"] == 2 * summary["prospects"]


def test_odd_count_gives_half_as_many_outcomes_rounded_down(store):
    summary = demo.load_demo(store, today=TODAY, prospects=7)
    assert summary["outcomes"] == 3 == _count(store, Outcome)
    assert summary["gifts"] == 21 and summary["visits"] == 7


def test_same_n_and_day_give_the_same_content_with_new_ids(tmp_path):
    first, second = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    try:
        demo.load_demo(first, today=TODAY, prospects=50)
        demo.load_demo(second, today=TODAY, prospects=50)
        assert _content(first) == _content(second)
        with first.read() as a, second.read() as b:
            assert not set(a.scalars(select(Prospect.id))) & set(b.scalars(select(Prospect.id)))
    finally:
        first.close()
        second.close()


def test_a_realistic_mix_of_businesses_in_five_countries(store):
    demo.load_demo(store, today=TODAY, prospects=1000)
    rows = prospects.list_prospects(store, limit=2000)
    countries = Counter(p.country for p in rows)
    assert set(countries) == {"DE", "AT", "CH", "NL", "SI"}
    assert countries["DE"] > countries["AT"] > 0
    assert len({p.city for p in rows}) > 30
    assert len({p.industry for p in rows}) > 15
    assert len({p.stage for p in rows}) == 4
    assert any(p.tags for p in rows) and any(not p.tags for p in rows)
    located = [p for p in rows if p.latitude is not None]
    assert 0.5 * len(rows) < len(located) < len(rows)
    for p in rows:
        assert p.name and p.street and p.postal_code and p.city and p.phone.startswith("+")
        assert len(p.contacts) == 2 and sum(c.is_decision_maker for c in p.contacts) == 1
    assert all(len(p.postal_code) == 7 and p.postal_code[4] == " " for p in rows if p.country == "NL")
    assert all(len(p.postal_code) == 5 and p.postal_code.isdigit() for p in rows if p.country == "DE")


def test_derived_columns_and_stamps_are_what_the_hook_would_write(office):
    store, _ = office
    with store.read() as session:
        people: dict[str, list[str]] = {}
        for prospect_id, name in session.execute(select(Contact.prospect_id, Contact.name)):
            people.setdefault(prospect_id, []).append(name)
        for p in session.scalars(select(Prospect)):
            assert p.search_text == search_text(p.name, p.city, p.postal_code, sorted(people[p.id]))
            assert p.sort_name == sort_name(p.name)
            assert p.created_at == p.updated_at and p.created_at.tzinfo is not None
        stamps = [s for model in MODELS.values() for s in session.scalars(select(model.stamp))]
        clock = session.get(Meta, "hlc").value
    assert len(set(stamps)) == len(stamps) and all(stamps)
    assert max(stamps) == clock
    with store.engine.begin() as connection:  # the sync's own refresh finds nothing to change
        before = connection.exec_driver_sql(
            "SELECT id, search_text, sort_name FROM prospects ORDER BY id"
        ).all()
        refresh_search_columns(connection, [row[0] for row in before])
        after = connection.exec_driver_sql(
            "SELECT id, search_text, sort_name FROM prospects ORDER BY id"
        ).all()
    assert before == after
    # A later edit through the ORM gets a stamp after every demo stamp.
    first = prospects.list_prospects(store, limit=1)[0]
    with store.session() as session:
        session.get(Prospect, first.id).notes = "Edited."
    with store.read() as session:
        assert session.get(Prospect, first.id).stamp > clock


def test_three_years_of_history_most_follow_ups_done_a_few_visits_planned(office):
    store, _ = office
    with store.read() as session:
        dates = list(session.scalars(select(Gift.date)))
        done = session.scalar(select(func.count()).where(FollowUp.done_on.is_not(None)))
        planned = list(session.scalars(select(Visit.date).where(Visit.status == "planned")))
        positions = session.execute(select(Visit.date, Visit.position)).all()
    assert TODAY - dt.timedelta(days=3 * 366) <= min(dates) < TODAY - dt.timedelta(days=2 * 365)
    assert max(dates) < TODAY
    assert done > 0.8 * 3 * N
    assert all(day > TODAY for day in planned)
    assert len(set(positions)) == len(positions)  # one position per stop of a day


def test_search_finds_a_generated_prospect_and_the_services_list_it(office):
    store, _ = office
    target = prospects.list_prospects(store, offset=N // 2, limit=1)[0]
    contact = target.contacts[1].name
    found = prospects.list_prospects(store, ProspectFilter(search=f"{contact} {target.city}"))
    assert target.id in {p.id for p in found}
    assert prospects.count_prospects(store) == N
    assert len(prospects.list_prospects(store, limit=N + 10)) == N
    assert len(gifts.list_gifts(store)) == 3 * N
    assert gifts.list_stock(store)
    assert len(followups.list_followups(store)) == 3 * N
    assert len(followups.list_outcomes(store)) == N // 2
    for day in {v.date for v in _planned(store)}:
        assert visits.list_day(store, day)


def _planned(store) -> list[Visit]:
    with store.read() as session:
        return list(session.scalars(select(Visit).where(Visit.status == "planned")))


def test_the_office_store_exports_and_imports_into_an_empty_store(office, tmp_path):
    store, _ = office
    summary = export_file(store, tmp_path / "office.rsync")
    assert summary.tables["prospects"] == N and summary.tables["gifts"] == 3 * N
    other = open_store(tmp_path / "other.sqlite3")
    try:
        import_file(other, tmp_path / "office.rsync")
        for kind, expected in EXPECTED.items():
            assert _count(other, MODELS[kind]) == expected, kind
        assert {p.search_text for p in prospects.list_prospects(other, limit=N)} == {
            p.search_text for p in prospects.list_prospects(store, limit=N)
        }
    finally:
        other.close()


def test_refuses_a_store_with_data_unless_forced_then_adds(office):
    store, _ = office
    with pytest.raises(DomainError, match="already holds data"):
        demo.load_demo(store, today=TODAY, prospects=N)
    assert _count(store, Prospect) == N
    demo.load_demo(store, force=True, today=TODAY, prospects=10)
    assert _count(store, Prospect) == N + 10
    assert _count(store, Gift) == 3 * N + 30


def test_at_least_one_prospect(store):
    with pytest.raises(DomainError, match="at least 1"):
        demo.load_demo(store, prospects=0)
    assert _count(store, Prospect) == 0


@pytest.mark.slow
def test_a_large_demo_makes_its_indexes_after_its_rows_and_leaves_the_schema_whole(tmp_path, monkeypatch):
    """5,000 prospects: every table's indexes are made after its rows (a large load) and the search index
    filled in one pass; the store comes out with every index and trigger of a new store, sound, and the
    search finds its prospects."""
    import contextlib
    import sqlite3

    from reciprocity_desktop.services.csv_io import staging

    made_after = []
    real = staging.rebuilt_indexes

    @contextlib.contextmanager
    def spied(cursor, tables):
        made_after.append(list(tables))
        with real(cursor, tables):
            yield

    monkeypatch.setattr(staging, "rebuilt_indexes", spied)
    fresh = tmp_path / "fresh.sqlite3"
    open_store(fresh).close()
    path = tmp_path / "office.sqlite3"
    store = open_store(path)
    count = staging.REBUILD_ROWS
    try:
        demo.load_demo(store, today=TODAY, prospects=count)
        target = prospects.list_prospects(store, offset=count // 3, limit=1)[0]
        found = prospects.list_prospects(store, ProspectFilter(search=f"{target.contacts[0].name} {target.city}"))
        assert target.id in {p.id for p in found}
    finally:
        store.close()
    assert made_after == [["prospects", "contacts", "gifts", "followups", "visits"]]  # outcomes: 2,500

    def schema(file) -> list[tuple]:
        with contextlib.closing(sqlite3.connect(file)) as connection:
            return connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
            ).fetchall()

    assert schema(path) == schema(fresh)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("INSERT INTO prospects_fts(prospects_fts) VALUES ('integrity-check')")
        assert connection.execute("SELECT count(*) FROM prospects_fts_docsize").fetchone() == (count,)
