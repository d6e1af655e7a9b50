"""The prospect list's search through the trigram index (``prospects_fts``).

It lists exactly the live prospects whose folded search text holds every folded word (the LIKE
search it replaced, written out here in Python), whatever the user types: LIKE wildcards, FTS5
syntax, words under three characters. The queries really use the index (EXPLAIN QUERY PLAN), and
every writer of prospects (the ORM, the CSV import, the office demo, a sync import) keeps it.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import event

from reciprocity_desktop.services import demo, prospect_search, prospects
from reciprocity_desktop.services.csv_io import import_csv
from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store import open_store
from reciprocity_desktop.sync.exporter import export_file
from reciprocity_desktop.sync.importer import import_file
from reciprocity_desktop.textutil import fold

NAMES = [
    ("Bäckerei Müller", "München", "Jürgen Weiß"),
    ("Backhaus Bauer", "Wien", ""),
    ("50% Rabatt_Markt", "Graz", ""),
    ("5000 Rabatt Markt", "Graz", ""),
    ('Say "Hi" GmbH', "Köln", "Ann"),
    ("X*Y-Z Near And", "Bonn", ""),
    ("O'Neil (Co): ^Up", "Dublin", ""),
    ("Emoji 😀😀 Shop", "Berlin", ""),
    ("a\\b Backslash KG", "Linz", ""),
    ("Straße Bau", "Maribor", "Špela Žagar"),
    ("Odd \ufffe Char", "Bern", ""),
    ("Near Or Not", "Basel", "Ab Cd"),
]

QUERIES = [
    "", "b", "ba", "bä", "bäck", "backer", "BÄCKEREI", "müller bä", "MU", "m", "ü",
    "0%", "%", "_", "%_", "50%", "t_m", "0 r", "\\", "a\\b", "\\b b",
    '"', '"hi"', '""', '"h', "*", "x*y", "-", "y-z", "-z n", "near", "NEAR", "and", "AND", "near and",
    "or", "not", "^up", "(co)", ":", "o'n", "'", "(", ")", "{", "+",
    "😀", "😀😀", "i 😀", "\x00", "l\x00i", "\ufffe", "\ufffe c", "\ufffd", "xyzq", "straße", "strasse", "ss",
    "ß", "spela zag", "weiss mun", "bau", "bau graz", "rabatt graz", "ab cd", "ann",
]  # fmt: skip


@pytest.fixture
def filled(store):
    """The prospects of NAMES (with their contacts) and two tombstones that every word would match."""
    for name, city, contact in NAMES:
        prospect = prospects.add_prospect(store, name=name, city=city)
        if contact:
            prospects.add_contact(store, prospect.id, name=contact)
    for name in ("Bäckerei Tot", "50% Rabatt_Gelöscht"):
        prospects.delete_prospect(store, prospects.add_prospect(store, name=name, city="Graz").id)
    return store


def expected_ids(store, text: str) -> list[str]:
    """What the search means: live prospects whose search text holds every folded word, by name
    (a NUL typed separates words)."""
    words = [_as_sqlite_reads(w) for w in fold(text.replace("\x00", " ")).split()]
    db = sqlite3.connect(store.path)
    try:
        rows = db.execute(
            "SELECT id, search_text FROM prospects WHERE deleted = 0 ORDER BY sort_name, id"
        ).fetchall()
    finally:
        db.close()
    return [pid for pid, text in rows if all(word in _as_sqlite_reads(text) for word in words)]


def _as_sqlite_reads(text: str) -> str:
    """SQLite (LIKE and FTS5 alike) reads the noncharacters U+FFFE and U+FFFF as U+FFFD."""
    return text.translate({0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD})


def listed(store, text: str, **kwargs) -> list[str]:
    return [p.id for p in prospects.list_prospects(store, ProspectFilter(search=text), **kwargs)]


def _fts_check(store) -> None:
    """FTS5's own check of prospects_fts against prospects.search_text (raises when they differ)."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('integrity-check', 1)"
        )


@pytest.mark.parametrize("up_to", [10**9, -1], ids=["from-the-index", "text-by-text"])
def test_the_search_lists_exactly_the_prospects_holding_every_word(filled, monkeypatch, up_to):
    # Both ways of counting and paging: from the index's matches, or testing each text of the list.
    monkeypatch.setattr(prospect_search, "PAGE_FROM_INDEX_UP_TO", up_to)
    monkeypatch.setattr(prospect_search, "COUNT_FROM_INDEX_UP_TO", up_to)
    for text in QUERIES:
        want = expected_ids(filled, text)
        assert listed(filled, text) == want, repr(text)
        assert prospects.count_prospects(filled, ProspectFilter(search=text)) == len(want), repr(text)
        assert listed(filled, text, offset=1, limit=2) == want[1:3], repr(text)
        assert [pid for pid, _name, _city in prospects.search_ids(filled, text, limit=4)] == want[:4], repr(
            text
        )
        assert listed(filled, text, sort="city", descending=True) == [
            p for p in listed(filled, "", sort="city", descending=True) if p in want
        ], repr(text)
    for pid in expected_ids(filled, "rabatt"):
        assert prospects.position_of(filled, pid, ProspectFilter(search="rabatt")) == expected_ids(
            filled, "rabatt"
        ).index(pid)


def names(store, text: str) -> list[str]:
    return [p.name for p in prospects.list_prospects(store, ProspectFilter(search=text))]


def test_accents_case_and_short_words(filled):
    assert (
        names(filled, "backer") == names(filled, "BÄCKER") == names(filled, "bäckerei") == ["Bäckerei Müller"]
    )
    assert (
        names(filled, "bäck")
        == names(filled, "back")
        == ["a\\b Backslash KG", "Bäckerei Müller", "Backhaus Bauer"]
    )
    # Under three characters (no trigram): looked for text by text, with the same folding.
    assert names(filled, "bä") == names(filled, "ba") == [
        "50% Rabatt_Markt", "5000 Rabatt Markt", "a\\b Backslash KG", "Bäckerei Müller", "Backhaus Bauer",
        "Near Or Not", "Straße Bau",
    ]  # fmt: skip
    assert names(filled, "weiß") == names(filled, "weiss") == ["Bäckerei Müller"]  # a contact's name
    assert (
        names(filled, "bäck mü") == names(filled, "MÜ BÄCK") == ["Bäckerei Müller"]
    )  # short and long together
    assert names(filled, "spela zag") == ["Straße Bau"]
    assert names(filled, "bäckerei tot") == names(filled, "gelosch") == []  # tombstones stay hidden


def test_what_the_user_types_is_searched_literally_and_never_raises(filled):
    market = expected_ids(filled, "50% Rabatt_Markt")
    assert len(market) == 1
    assert listed(filled, "0%") == listed(filled, "50%") == listed(filled, "t_m") == market
    assert listed(filled, "%") == listed(filled, "_") == market  # not "every prospect"
    assert len(listed(filled, '"hi"')) == len(listed(filled, '"')) == 1
    assert len(listed(filled, "x*y")) == len(listed(filled, "y-z")) == 1
    assert len(listed(filled, "near")) == 2 and listed(filled, "near and") == listed(filled, "x*y")
    assert listed(filled, "*") == listed(filled, "x*y") and listed(filled, "(co)") == listed(filled, "o'n")
    for text in ("\ud800", "a \udfff b", "backer \ud83d"):  # lone surrogates: in no stored text
        assert (
            listed(filled, text) == [] and prospects.count_prospects(filled, ProspectFilter(search=text)) == 0
        )
    assert prospects.search_ids(filled, "NEAR OR NOT") == [
        (pid, "Near Or Not", "Basel") for pid in expected_ids(filled, "near or not")
    ]


def _statements(store, action) -> list[tuple[str, object]]:
    """The SQL statements (with their parameters) that ``action`` runs on the store."""
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def _plan(store, statement: str, parameters) -> str:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    return "; ".join(str(row[-1]) for row in rows)


def _plans(store, action) -> list[str]:
    """The query plans of the statements ``action`` runs over the prospects table itself."""
    return [
        _plan(store, sql, params)
        for sql, params in _statements(store, action)
        if sql.lstrip().upper().startswith("SELECT") and re.search(r"\bFROM prospects\b(?!_)", sql)
    ]


def test_the_count_and_the_page_use_the_search_index(filled, monkeypatch):
    flt = ProspectFilter(search="backer")
    # A search alone is counted on the indexes alone: the matches, less the tombstones among them
    # (each match probed in ix_prospects_deleted, or each tombstone looked up in the index); no
    # prospect row is read.
    for lookups, tombstones_plan in (
        (10**6, "SEARCH prospects USING COVERING INDEX ix_prospects_deleted (deleted=? AND rowid=?)"),
        (0, "VIRTUAL TABLE INDEX 0:=M1; LIST SUBQUERY 1; SEARCH prospects USING COVERING INDEX ix_prospects_deleted"),
    ):
        monkeypatch.setattr(prospect_search, "TOMBSTONE_LOOKUPS_UP_TO", lookups)
        plans = _plans(filled, lambda: prospects.count_prospects(filled, flt))
        assert "SCAN prospects_fts VIRTUAL TABLE INDEX 0:M" in plans[0]
        assert any(tombstones_plan in plan for plan in plans), plans
        assert not any("INTEGER PRIMARY KEY" in plan for plan in plans)
        assert not any(re.search(r"SCAN prospects(?! USING COVERING| VIRTUAL|_fts)", plan) for plan in plans)
        assert prospects.count_prospects(filled, flt) == len(expected_ids(filled, "backer"))
    # With another filter too, the matches are looked up (no scan).
    staged = ProspectFilter(search="backer", stage="prospect")
    [count_plan] = _plans(filled, lambda: prospects.count_prospects(filled, staged))
    assert "SCAN prospects_fts VIRTUAL TABLE INDEX 0:M" in count_plan
    assert "SEARCH prospects USING INTEGER PRIMARY KEY (rowid=?)" in count_plan
    [page_plan] = _plans(filled, lambda: prospects.list_prospects(filled, flt, limit=100))
    assert "SCAN prospects_fts VIRTUAL TABLE INDEX 0:M" in page_plan
    assert "SEARCH prospects USING INTEGER PRIMARY KEY (rowid=?)" in page_plan
    # A word in more prospects than that: the list's index is walked, each text tested; the page
    # stops when it is full (no sort); a count with another filter tests each row.
    monkeypatch.setattr(prospect_search, "PAGE_FROM_INDEX_UP_TO", 0)
    monkeypatch.setattr(prospect_search, "COUNT_FROM_INDEX_UP_TO", 0)
    [count_plan] = _plans(filled, lambda: prospects.count_prospects(filled, staged))
    [page_plan] = _plans(filled, lambda: prospects.list_prospects(filled, flt, limit=100))
    assert "prospects_fts" not in count_plan  # each row's text and stage tested
    assert page_plan == "SCAN prospects USING INDEX ix_prospects_list"


def test_the_index_is_asked_how_many_prospects_hold_the_words(filled):
    """The choice above costs one FTS5 count; a search without a word of three characters asks nothing."""
    asked = [
        sql
        for sql, _ in _statements(filled, lambda: prospects.list_prospects(filled, ProspectFilter("bäck")))
    ]
    assert sum("FROM prospects_fts" in sql and "count(" in sql for sql in asked) == 1
    asked = [
        sql for sql, _ in _statements(filled, lambda: prospects.list_prospects(filled, ProspectFilter("bä")))
    ]
    assert not any("prospects_fts" in sql for sql in asked)


def test_words_under_three_characters_are_searched_on_the_list_index(filled):
    """No trigram to look up: the count reads only ix_prospects_list (it holds search_text), the page
    walks it in order and stops at the page."""
    flt = ProspectFilter(search="bä")
    [count_plan] = _plans(filled, lambda: prospects.count_prospects(filled, flt))
    [page_plan] = _plans(filled, lambda: prospects.list_prospects(filled, flt, limit=100))
    assert count_plan == "SCAN prospects USING COVERING INDEX ix_prospects_list"
    assert page_plan == "SCAN prospects USING INDEX ix_prospects_list"


def test_edits_deletes_and_contacts_keep_the_index(filled):
    bakery = expected_ids(filled, "Bäckerei Müller")[0]
    prospects.update_prospect(filled, bakery, name="Konditorei Müller")
    assert listed(filled, "konditor") == [bakery] and listed(filled, "bäckerei mü") == []
    contact = prospects.add_contact(filled, bakery, name="Zoë Quast")
    assert listed(filled, "zoe quast") == [bakery]
    prospects.delete_contact(filled, contact.id)
    assert listed(filled, "quast") == []
    prospects.delete_prospect(filled, bakery)
    assert listed(filled, "konditor") == []
    prospects.restore_prospect(filled, bakery)
    assert listed(filled, "konditor") == [bakery]
    with filled.engine.begin() as connection:  # a hard delete (no service does one today)
        connection.exec_driver_sql("DELETE FROM contacts WHERE prospect_id = ?", (bakery,))
        connection.exec_driver_sql("DELETE FROM prospects WHERE id = ?", (bakery,))
    assert listed(filled, "konditor") == []
    _fts_check(filled)


def test_the_bulk_writers_keep_the_index(tmp_path):
    """The CSV import, the office demo and a sync import write with bulk statements: the triggers index them."""
    store = open_store(tmp_path / "office.sqlite3")
    other = open_store(tmp_path / "other.sqlite3")
    try:
        demo.load_demo(store, prospects=120)
        source = tmp_path / "kunden.csv"
        source.write_text(
            "Firma;PLZ;Ort;Ansprechpartner\nQuarkerei Öztürk;10115;Berlin;Ülkü Yılmaz\n", "utf-8"
        )
        import_csv(store, source)
        _fts_check(store)
        for text in ("quarker", "ozturk ulku", "gmbh", "ber", "zz"):
            assert listed(store, text) == expected_ids(store, text), text
        assert len(listed(store, "quarker")) == 1
        export_file(store, tmp_path / "office.rcsync")
        import_file(other, tmp_path / "office.rcsync")
        _fts_check(other)
        for text in ("quarker", "gmbh", "ber"):
            assert len(listed(other, text)) == len(listed(store, text)) > 0, text
    finally:
        store.close()
        other.close()


def test_the_whole_list_is_counted_without_reading_its_rows(filled):
    """No filter: the table's own count (SQLite counts an index's entries) less the tombstones."""
    statements = _statements(filled, lambda: prospects.count_prospects(filled))
    assert prospects.count_prospects(filled) == len(expected_ids(filled, "")) == len(NAMES)
    [(sql, params)] = statements
    plan = _plan(filled, sql, params)
    assert "ix_prospects_deleted (deleted=?)" in plan
    assert "WHERE" not in sql.split("-", 1)[0]  # the first count has no condition to test per row
