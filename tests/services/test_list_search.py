"""The Gifts and Follow-ups lists' search, on indexes (services/list_search.py).

It lists exactly the records a plain substring search of their folded fields lists (written out
here in Python), whichever way it reads the matches: looked up and sorted (few matches) or the
list's order walked (many), the folded texts read a value at a time or whole. Its statements read
indexes and ``prospects_fts``, never every gift or follow-up.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import event

from reciprocity_desktop.services import (
    contacts,
    followup_list,
    followups,
    gift_list,
    gifts,
    list_search,
    prospects,
)
from reciprocity_desktop.services.followups import ALL, DONE, OPEN, OVERDUE
from reciprocity_desktop.textutil import fold

TODAY = dt.date(2026, 3, 10)
LABELS = (("sample", "Muster"), ("event", "Einladung"), ("liked", "Gemocht"), ("call", "Anruf"))

#: (name, city, contacts) of the prospects; each gets gifts and follow-ups below.
PROSPECTS = [
    ("Bäckerei Müller", "München", ["Jürgen Weiß", "Anna Ab"]),
    ("Backhaus Bauer", "Wien", ["Özlem Kaya"]),
    ("50% Rabatt_Markt", "Graz", []),
    ("Café Ölberg", "Überlingen", ["Zoë Quast"]),
    ("Straße Bau", "Maribor", ["Špela Žagar"]),
]
DESCRIPTIONS = ["Äpfel aus dem Garten", "Kaffee-Probe 50%", "Kalender 2026", "Wein (rot)", "Brezn_Set"]
NOTES = ["Nachfragen wegen Äpfel", "Anrufen: Termin", "Probe mitbringen"]
RESULTS = ["Sehr gefreut", "Kein Interesse", ""]

QUERIES = [
    "", "a", "ä", "mu", "MÜ", "müller", "backer", "wien", "uber", "ölberg apfel", "kaffee", "50%", "%",
    "_", "t_m", "rabatt_", "probe", "kalender 2026", "ab", "anna", "jürgen weiss", "zoe", "spela",
    "muster", "gemocht", "einladung wien", "anruf", "nachfragen", "gefreut", "interesse graz", "xyz",
    "(rot)", "wein mü", "\\", '"', "*", "\ud800",
]  # fmt: skip


@pytest.fixture
def searched(store):
    """Prospects with contacts, gifts and follow-ups; a deleted gift, follow-up and prospect too."""
    for p, (name, city, people) in enumerate(PROSPECTS):
        owner = prospects.add_prospect(store, name=name, city=city)
        persons = [contacts.add_contact(store, owner.id, name=person).id for person in people]
        for g, description in enumerate(DESCRIPTIONS[p:] + DESCRIPTIONS[:p]):
            logged = gifts.log_gift(
                store,
                owner.id,
                kind=("sample", "event", "trial")[g % 3],
                description=description,
                date=TODAY - dt.timedelta(days=3 * g + p),
                contact_id=persons[g % len(persons)] if persons and g % 2 else None,
            )
            if g % 3 == 1:
                gifts.set_reaction(store, logged.gift.id, "liked")
            if logged.followup is not None and g % 2:
                followups.complete_followup(store, logged.followup.id, result=RESULTS[g % 3])
            if g == 4:
                gifts.delete_gift(store, logged.gift.id)
        for n, note in enumerate(NOTES):
            added = followups.add_followup(
                store, owner.id, kind=("call", "visit")[n % 2], due=TODAY + dt.timedelta(days=n - 1), note=note
            ).followup
            if n == 2 and p == 1:
                followups.delete_followup(store, added.id)
    gone = prospects.add_prospect(store, name="Gelöscht Müller", city="Wien")
    gifts.log_gift(store, gone.id, kind="sample", description="Kaffee", date=TODAY)
    prospects.delete_prospect(store, gone.id)
    return store


def _holds(words: list[str], fields: list[str], labels: list[str]) -> bool:
    return all(any(w in f for f in fields) or any(w in fold(label) for label in labels) for w in words)


def _labels(*values: str | None) -> list[str]:
    return [label for value, label in LABELS if value in values]


def expected_gifts(store, text: str) -> list[str]:
    """The live gifts of live prospects holding every folded word, newest first (the list's order)."""
    words = fold(text).split()
    listed = gifts.list_gifts(store)
    return [
        g.id
        for g in listed
        if _holds(
            words,
            [fold(g.prospect.name), fold(g.prospect.city), fold(g.contact.name) if g.contact else "",
             fold(g.description)],
            _labels(g.kind, g.reaction),
        )
    ]  # fmt: skip


def expected_followups(store, text: str, bucket: str) -> set[str]:
    words = fold(text).split()
    rows = followup_list.list_followups_page(store, followup_list.FollowUpListFilter(bucket, "", TODAY), limit=None)
    return {
        f.id
        for f in rows
        if _holds(
            words,
            [fold(f.prospect.name), fold(f.prospect.city), fold(f.note), fold(f.gift.description) if f.gift else "",
             fold(f.result)],
            _labels(f.kind),
        )
    }  # fmt: skip


def _ways(monkeypatch, way: str) -> None:
    """Each way of reading the matches: looked up, or walked in order; texts a value at a time or whole."""
    monkeypatch.setattr(list_search, "DENSE_FROM", 0 if way.startswith("walked") else 10**9)
    monkeypatch.setattr(list_search, "DISTINCT_WALK", 0 if way.endswith("whole") else 2000)


WAYS = ["looked-up", "walked", "looked-up-whole", "walked-whole"]


@pytest.mark.parametrize("way", WAYS)
def test_the_gift_search_lists_exactly_the_gifts_holding_every_word(searched, monkeypatch, way):
    _ways(monkeypatch, way)
    for text in QUERIES:
        expected = expected_gifts(searched, text) if "\ud800" not in text else []
        flt = gift_list.GiftFilter(search=text, labels=LABELS)
        assert [g.id for g in gift_list.list_gifts_page(searched, flt, limit=None)] == expected, text
        assert gift_list.count_gifts(searched, flt) == len(expected), text
        assert gift_list.gift_totals(searched, flt)[0] == len(expected), text
        if expected:
            assert gift_list.gift_position(searched, expected[-1], flt) == len(expected) - 1
            pages = [g.id for offset in range(0, len(expected), 2)
                     for g in gift_list.list_gifts_page(searched, flt, offset=offset, limit=2)]  # fmt: skip
            assert pages == expected, text
    assert expected_gifts(searched, "müller") and expected_gifts(searched, "gemocht")


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("bucket", [OPEN, DONE, OVERDUE, ALL])
def test_the_followup_search_lists_exactly_the_followups_holding_every_word(searched, monkeypatch, way, bucket):
    _ways(monkeypatch, way)
    for text in QUERIES:
        expected = expected_followups(searched, text, bucket) if "\ud800" not in text else set()
        flt = followup_list.FollowUpListFilter(bucket, text, TODAY, LABELS)
        assert {f.id for f in followup_list.list_followups_page(searched, flt, limit=None)} == expected, text
        assert followup_list.count_followups(searched, flt) == len(expected), text
    assert expected_followups(searched, "kalender", DONE) and expected_followups(searched, "anruf wien", OPEN)


def _statements(store, action) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def _plans(store, action) -> list[str]:
    """The query plans of the statements ``action`` runs (rd_fold registered as the services do)."""
    statements = _statements(store, action)
    plans = []
    with store.engine.connect() as connection:
        connection.connection.driver_connection.create_function("rd_fold", 1, fold, deterministic=True)
        for sql, params in statements:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            plans.append("; ".join(str(row[-1]) for row in rows))
    return plans


def _reads_every(plans: list[str], table: str) -> list[str]:
    """The plans that read every row of ``table`` (a scan of the table, not of one of its indexes)."""
    return [plan for plan in plans if re.search(rf"SCAN {table}\b(?! USING| VIRTUAL)", plan)]


def test_the_gift_search_reads_indexes_and_the_prospects_index(searched, monkeypatch):
    flt = gift_list.GiftFilter(search="backer kaffee", labels=LABELS)
    monkeypatch.setattr(list_search, "DENSE_FROM", 10**9)  # few matches: looked up, then sorted
    for action in (
        lambda: gift_list.count_gifts(searched, flt),
        lambda: gift_list.gift_totals(searched, flt),
        lambda: gift_list.list_gifts_page(searched, flt, limit=50),
    ):
        plans = _plans(searched, action)
        joined = " | ".join(plans)
        assert "SCAN prospects_fts VIRTUAL TABLE INDEX 0:M" in joined  # the prospects, by trigram
        assert "SCAN contacts USING COVERING INDEX ix_contacts_name_key" in joined  # the recipients' names
        assert "SEARCH gifts USING COVERING INDEX ix_gifts_description_key" in joined  # the texts, by value
        assert "SEARCH gifts USING INTEGER PRIMARY KEY (rowid=?)" in joined  # each match read once
        for table in ("gifts", "prospects", "contacts"):
            assert _reads_every(plans, table) == [], plans
    # Many matches: the page walks the list's order and stops when it is full (no sort).
    monkeypatch.setattr(list_search, "DENSE_FROM", 0)
    plans = _plans(searched, lambda: gift_list.list_gifts_page(searched, flt, limit=50))
    [page] = [plan for plan in plans if "SCAN gifts USING INDEX ix_gifts_live_date" in plan]
    assert "TEMP B-TREE" not in page and "SEARCH gifts USING INTEGER PRIMARY KEY" not in page


def test_the_followup_search_reads_indexes_and_the_prospects_index(searched, monkeypatch):
    flt = followup_list.FollowUpListFilter(DONE, "backer kalender", TODAY, LABELS)
    monkeypatch.setattr(list_search, "DENSE_FROM", 10**9)
    for action in (
        lambda: followup_list.count_followups(searched, flt),
        lambda: followup_list.list_followups_page(searched, flt, limit=50),
    ):
        plans = _plans(searched, action)
        joined = " | ".join(plans)
        assert "SCAN prospects_fts VIRTUAL TABLE INDEX 0:M" in joined
        for index in ("note_key", "gift_key", "result_key"):  # the texts, a value at a time, then looked up
            assert re.search(rf"INDEX ix_followups_{index}(_desc)?_due \(is_done=\? AND {index}", joined), index
        assert "gifts" not in joined  # the linked gift's description is its copy, gift_key
        for table in ("followups", "prospects"):
            assert _reads_every(plans, table) == [], plans


def test_a_word_in_many_texts_reads_their_index_once(searched, monkeypatch):
    """Above DISTINCT_WALK different texts, their index is read whole, once per statement."""
    monkeypatch.setattr(list_search, "DISTINCT_WALK", 1)
    flt = gift_list.GiftFilter(search="kaffee")
    plans = _plans(searched, lambda: gift_list.count_gifts(searched, flt))
    assert any("SCAN gifts USING COVERING INDEX ix_gifts_description_key" in plan for plan in plans), plans
    assert gift_list.count_gifts(searched, flt) == len(expected_gifts(searched, "kaffee"))
