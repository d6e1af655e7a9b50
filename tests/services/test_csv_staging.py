"""The CSV import's staging and index rebuild: the same rows, schema and search either way; failures change nothing.

A large import moves its rows into the store with one ``INSERT … SELECT`` per table and, when it
brings at least half as many rows as the table holds, drops the table's indexes first and creates
them again after (:mod:`reciprocity_desktop.services.csv_io.staging`). These tests force either path
(``REBUILD_ROWS``) and check the store against the other path, against the ORM import's golden file,
with the FTS5 search index of the search work (its DDL below, as the issue gives it) and after
failures in the middle of the rebuild.
"""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from test_csv_bulk import MIXED, _big_file, content, golden, prepare, report_dict

from reciprocity_desktop.services import prospects as prospect_service
from reciprocity_desktop.services.csv_io import Cancelled, RowsFailed, import_csv, staging
from reciprocity_desktop.services.csv_io.folding import WordFolder, joined
from reciprocity_desktop.services.csv_io.ids import new_stamps
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp
from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.store.search import search_text
from reciprocity_desktop.textutil import fold

FTS_DDL = """
CREATE VIRTUAL TABLE prospects_fts USING fts5(search_text, content='prospects', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER prospects_fts_ai AFTER INSERT ON prospects BEGIN INSERT INTO prospects_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END;
CREATE TRIGGER prospects_fts_ad AFTER DELETE ON prospects BEGIN INSERT INTO prospects_fts(prospects_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text); END;
CREATE TRIGGER prospects_fts_au AFTER UPDATE OF search_text ON prospects BEGIN INSERT INTO prospects_fts(prospects_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text); INSERT INTO prospects_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END;
"""

REBUILD = 1  # REBUILD_ROWS that makes every import rebuild the indexes
KEEP = 10**9  # REBUILD_ROWS that makes every import keep them


def new_store(path: Path, *, fts: bool = False):
    store = open_store(path)
    if fts and not _has_fts(path):
        with sqlite3.connect(path) as connection:
            connection.executescript(FTS_DDL)
    return store


def _has_fts(path: Path) -> bool:
    with sqlite3.connect(path) as connection:
        return (
            connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'prospects_fts'").fetchone()
            is not None
        )


def schema(store) -> list[tuple]:
    """Every table, index, trigger and view with its SQL (the order SQLite keeps them in does not matter)."""
    with store.read() as session:
        rows = session.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all()
    return sorted(tuple(row) for row in rows)


def fts_ids(store, needle: str) -> list[str]:
    """The prospects the FTS5 index finds for ``needle`` (a trigram phrase), by id."""
    phrase = '"' + needle.replace('"', '""') + '"'
    with store.read() as session:
        return sorted(
            session.execute(
                text(
                    "SELECT p.id FROM prospects_fts f JOIN prospects p ON p.rowid = f.rowid "
                    "WHERE prospects_fts MATCH :q"
                ),
                {"q": phrase},
            ).scalars()
        )


def like_ids(store, needle: str) -> list[str]:
    """The live and deleted prospects whose search text holds ``needle`` (what the FTS5 index must find)."""
    with store.read() as session:
        return sorted(
            session.scalars(select(Prospect.id).where(Prospect.search_text.contains(needle, autoescape=True)))
        )


def check_integrity(store, *, fts: bool) -> None:
    with store.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        if fts:  # raises when the index and the table disagree
            session.execute(
                text("INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('integrity-check', 1)")
            )


@pytest.mark.parametrize("rebuild", [REBUILD, KEEP], ids=["rebuild", "keep"])
def test_both_paths_give_what_the_orm_import_gave(tmp_path, monkeypatch, rebuild):
    monkeypatch.setattr(staging, "REBUILD_ROWS", rebuild)
    store = new_store(tmp_path / "s.sqlite3")
    try:
        prepare(store)
        before = schema(store)
        report = import_csv(store, MIXED, skip_bad=True)
        assert report_dict(report) == golden()["report"]
        assert content(store) == golden()["content"]
        assert schema(store) == before
        check_integrity(store, fts=False)
    finally:
        store.close()


def _import_into(path: Path, source: Path, rebuild: int, monkeypatch, *, fts: bool, existing: bool):
    monkeypatch.setattr(staging, "REBUILD_ROWS", rebuild)
    store = new_store(path, fts=fts)
    if existing:  # rows the store holds before: kept, still found, never duplicated
        prepare(store)
        for i in range(30):
            prospect_service.add_prospect(
                store, name=f"Bestand {i} KG", postal_code=f"{20000 + i}", city="Graz"
            )
    before = schema(store)
    report = import_csv(store, source)
    assert schema(store) == before
    check_integrity(store, fts=fts)
    return store, report


@pytest.mark.parametrize("existing", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize("fts", [False, True], ids=["plain", "fts5"])
def test_the_rebuild_leaves_the_same_rows_and_a_working_search(tmp_path, monkeypatch, fts, existing):
    source = _big_file(tmp_path / "gross.csv", 3_000, repeat_every=7)
    results = []
    for name, rebuild in (("rebuilt", REBUILD), ("kept", KEEP)):
        store, report = _import_into(
            tmp_path / f"{name}.sqlite3", source, rebuild, monkeypatch, fts=fts, existing=existing
        )
        try:
            with store.read() as session:
                plan = session.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT id FROM prospects WHERE deleted = 0 ORDER BY sort_name LIMIT 50"
                    )
                ).all()
            assert any("ix_prospects_list" in row[-1] for row in plan), plan  # the list still reads its index
            found = None
            if fts:
                found = {
                    needle: fts_ids(store, needle)
                    for needle in ("muller 12 gmbh", "jurgen weiss 7", "bestand")
                }
                for needle, ids in found.items():
                    assert ids == like_ids(store, needle)
                assert len(found["jurgen weiss 7"]) > 1  # "jurgen weiss 7", "… 70", "… 700" and repeats
                found = {needle: len(ids) for needle, ids in found.items()}
            results.append((report_dict(report), content(store), found))
        finally:
            store.close()
    assert results[0] == results[1]


def test_analyze_figures_of_rebuilt_indexes_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "REBUILD_ROWS", REBUILD)
    path = tmp_path / "s.sqlite3"
    store = new_store(path)
    try:
        prepare(store)
        with sqlite3.connect(path) as connection:
            connection.execute("ANALYZE")
        stats = "SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ('prospects', 'contacts') ORDER BY idx"
        with store.read() as session:
            before = session.execute(text(stats)).all()
        assert any(row.idx == "ix_prospects_list" for row in before)
        import_csv(store, _big_file(tmp_path / "f.csv", 300))
        with store.read() as session:
            assert session.execute(text(stats)).all() == before
    finally:
        store.close()


def test_the_search_index_follows_edits_after_a_rebuild(tmp_path, monkeypatch):
    store, _report = _import_into(
        tmp_path / "s.sqlite3",
        _big_file(tmp_path / "f.csv", 500),
        REBUILD,
        monkeypatch,
        fts=True,
        existing=False,
    )
    try:
        with store.read() as session:
            prospect_id = session.scalar(select(Prospect.id).where(Prospect.name == "Müller 42 GmbH"))
        assert fts_ids(store, "muller 42 gmbh") == [prospect_id]
        prospect_service.update_prospect(store, prospect_id, name="Zimmerei Quast")
        assert fts_ids(store, "muller 42 gmbh") == []
        assert fts_ids(store, "zimmerei quast") == [prospect_id]
        check_integrity(store, fts=True)
    finally:
        store.close()


@pytest.mark.parametrize("existing", [False, True], ids=["empty", "filled"])
def test_a_large_import_fills_the_search_index_at_once_and_gives_its_trigger_back(
    tmp_path, monkeypatch, existing
):
    """The insert trigger is dropped for the move and the new rows indexed in one statement after it (FTS5's
    'rebuild' into an empty table, else the rows after the last stored one): every row is found, the
    stored ones too, and a prospect added afterwards is indexed by the trigger again."""
    filled = []
    real = staging.search_index_filled_after
    monkeypatch.setattr(
        staging, "search_index_filled_after", lambda cursor, large: filled.append(large) or real(cursor, large)
    )
    store, _report = _import_into(
        tmp_path / "s.sqlite3", _big_file(tmp_path / "f.csv", 800), REBUILD, monkeypatch, fts=True,
        existing=existing,
    )  # fmt: skip
    try:
        assert filled == [True]
        with store.read() as session:
            triggers = session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'prospects_fts_%'")
            ).scalars()
            assert sorted(triggers) == ["prospects_fts_ad", "prospects_fts_ai", "prospects_fts_au"]
        for needle in ("muller 42 gmbh", "jurgen weiss 7", "bestand 3"):
            assert fts_ids(store, needle) == like_ids(store, needle)
        assert fts_ids(store, "muller 799 gmbh") != []
        assert (fts_ids(store, "bestand 3 kg") != []) == existing
        added = prospect_service.add_prospect(store, name="Zimmerei Quast", postal_code="8010", city="Graz")
        assert fts_ids(store, "zimmerei quast") == [added.id]
        check_integrity(store, fts=True)
    finally:
        store.close()


@pytest.mark.parametrize("stored", [None, 2_000_000], ids=["default", "set"])
def test_a_large_move_gives_the_search_index_its_settings_back(tmp_path, monkeypatch, stored):
    """The move writes the search index with a larger FTS5 ``hashsize``; its config is as it was after it."""
    monkeypatch.setattr(staging, "REBUILD_ROWS", REBUILD)
    path = tmp_path / "s.sqlite3"
    store = new_store(path, fts=True)
    try:
        if stored is not None:
            with sqlite3.connect(path) as connection:
                connection.execute(
                    "INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('hashsize', ?)", (stored,)
                )
        config = "SELECT k, v FROM prospects_fts_config WHERE k != 'version' ORDER BY k"
        with sqlite3.connect(path) as connection:
            before = connection.execute(config).fetchall()
        seen = []
        real = staging._set_fts
        monkeypatch.setattr(
            staging, "_set_fts", lambda cursor, k, v: seen.append((k, v)) or real(cursor, k, v)
        )
        import_csv(store, _big_file(tmp_path / "f.csv", 500))
        assert seen[0] == ("hashsize", staging.FTS_HASH_BYTES)  # it was used
        with sqlite3.connect(path) as connection:
            assert connection.execute(config).fetchall() == before
        check_integrity(store, fts=True)
        assert fts_ids(store, "muller 42 gmbh") == like_ids(store, "muller 42 gmbh") != []
    finally:
        store.close()


def _boom_trigger(path: Path) -> None:
    """A trigger that fails the import's last statement (the contacts), after the prospects' indexes were dropped."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON contacts WHEN new.name = 'Jürgen Weiß 2999' "
            "BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )


@pytest.mark.parametrize("fts", [False, True], ids=["plain", "fts5"])
def test_a_failure_in_the_middle_of_the_rebuild_changes_nothing(tmp_path, monkeypatch, dump, fts):
    monkeypatch.setattr(staging, "REBUILD_ROWS", REBUILD)
    path = tmp_path / "s.sqlite3"
    store = new_store(path, fts=fts)
    try:
        prepare(store)
        _boom_trigger(path)
        before, rows = schema(store), dump(store)  # every table: the FTS5 index's own ones too
        with pytest.raises(IntegrityError, match="boom"):
            import_csv(store, _big_file(tmp_path / "f.csv", 3_000))
        assert schema(store) == before  # the dropped indexes are back
        assert dump(store) == rows
        check_integrity(store, fts=fts)
        # and the next import works normally (the emptied staging left on the connection is made afresh)
        with sqlite3.connect(path) as connection:
            connection.execute("DROP TRIGGER boom")
        before = schema(store)
        report = import_csv(store, _big_file(tmp_path / "f.csv", 3_000))
        assert report.created == 3_000
        assert schema(store) == before
        check_integrity(store, fts=fts)
    finally:
        store.close()


def test_cancel_in_the_middle_leaves_the_store_and_its_schema_unchanged(tmp_path, monkeypatch, dump):
    monkeypatch.setattr(staging, "REBUILD_ROWS", REBUILD)
    store = new_store(tmp_path / "s.sqlite3", fts=True)
    try:
        prepare(store)
        before, rows = schema(store), dump(store)
        with pytest.raises(Cancelled):
            import_csv(store, _big_file(tmp_path / "f.csv", 5_000), progress=lambda done, total: done < 3_000)
        assert (schema(store), dump(store)) == (before, rows)
        check_integrity(store, fts=True)
        assert fts_ids(store, "vorhanden gmbh") == like_ids(store, "vorhanden gmbh") != []
    finally:
        store.close()


def test_a_failing_row_imports_nothing_and_reports_as_the_dry_run(tmp_path):
    source = tmp_path / "f.csv"
    lines = ["Firma;PLZ;E-Mail"] + [f"Firma {i};{10000 + i};a{i}@b.de" for i in range(5_000)]
    lines[3] = "Firma 2;10002;kaputt"  # a bad e-mail early: the rest is only checked, not staged
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    store = new_store(tmp_path / "s.sqlite3")
    try:
        dry = import_csv(store, source, dry_run=True)
        with pytest.raises(RowsFailed) as failure:
            import_csv(store, source)
        failed, checked = report_dict(failure.value.report), report_dict(dry)
        assert failed.pop("summary") != checked.pop("summary")  # "created" against "would be created"
        assert failed == checked
        assert failure.value.report.created == 4_999
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Prospect)) == 0
            assert session.scalar(select(func.count()).select_from(Contact)) == 0
    finally:
        store.close()


def test_the_connection_is_given_back_as_it_was(tmp_path):
    store = new_store(tmp_path / "s.sqlite3")
    try:
        with store.read() as session:
            caches = (
                session.execute(text("PRAGMA main.cache_size")).scalar(),
                session.execute(text("PRAGMA temp.cache_size")).scalar(),
            )
        import_csv(store, _big_file(tmp_path / "f.csv", 300))
        with store.read() as session:  # the pool has one connection here: the import's
            assert (
                session.execute(text("PRAGMA main.cache_size")).scalar(),
                session.execute(text("PRAGMA temp.cache_size")).scalar(),
            ) == caches
            assert session.execute(text("SELECT name FROM sqlite_temp_master")).all() == []
    finally:
        store.close()


def _foreign_keys(store) -> int:
    with store.read() as session:  # the pool has one connection here: the import's
        return session.execute(text("PRAGMA foreign_keys")).scalar()


@pytest.mark.parametrize("ending", ["commit", "failure", "cancel"])
def test_the_foreign_key_checks_are_back_after_the_import(tmp_path, monkeypatch, ending):
    """The import writes without SQLite's foreign-key checks (its contacts belong to its own prospects) and
    switches them on again however it ends; what it wrote passes them."""
    monkeypatch.setattr(staging, "REBUILD_ROWS", REBUILD)
    path = tmp_path / "s.sqlite3"
    store = new_store(path)
    try:
        prepare(store)
        assert _foreign_keys(store) == 1
        seen = []
        real = staging.Staging.move

        def move(self):  # what the move ran with
            seen.append(self.cursor.execute("PRAGMA foreign_keys").fetchone()[0])
            real(self)

        monkeypatch.setattr(staging.Staging, "move", move)
        if ending == "failure":
            _boom_trigger(path)
            with pytest.raises(IntegrityError, match="boom"):
                import_csv(store, _big_file(tmp_path / "f.csv", 3_000))
        elif ending == "cancel":
            with pytest.raises(Cancelled):
                import_csv(
                    store, _big_file(tmp_path / "f.csv", 3_000), progress=lambda done, total: done < 2_000
                )
        else:
            assert import_csv(store, _big_file(tmp_path / "f.csv", 3_000)).contacts_created == 3_000
        assert seen == ([] if ending == "cancel" else [0])
        assert _foreign_keys(store) == 1
        with store.session() as session:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            with pytest.raises(IntegrityError):  # and they do check again
                session.execute(
                    text(
                        "INSERT INTO contacts (id, created_at, updated_at, stamp, deleted, prospect_id, "
                        "name, role, phone, email, is_decision_maker, notes, name_key) VALUES ('x', '', '', "
                        "'', 0, 'no such prospect', 'n', '', '', '', 0, '', 'n')"
                    )
                )
    finally:
        store.close()


def test_a_locked_store_is_told_plainly(tmp_path):
    from reciprocity_desktop.store.engine import StoreError

    path = tmp_path / "s.sqlite3"
    store = new_store(path)
    blocker = sqlite3.connect(path, timeout=0)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another program writing
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA busy_timeout = 0")  # the pool's one connection: fail at once
        with pytest.raises(StoreError, match="in use by another program"):
            import_csv(store, _big_file(tmp_path / "f.csv", 100))
    finally:
        blocker.rollback()
        blocker.close()
        store.close()


# -- the pieces ---------------------------------------------------------------------------------------

_WORDY = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from([" ", "\t", "\n", "\u00a0", "\u3000", "\u0345", "\u0301", "¨", "ß", "Ǆ", "İ", "ﬃ"]),
        st.sampled_from(string.ascii_letters + string.digits),
    ),
    max_size=40,
)


@settings(max_examples=400)
@given(st.lists(_WORDY, max_size=5))
@example(["a \u0301 b", "¨", " ¨ x", "Straße \u3000 Ǆemal", "\u0345"])  # words that fold to nothing, or to ι
def test_folding_word_by_word_gives_fold(texts):
    folder = WordFolder()
    for value in texts:
        assert folder(value) == fold(value)
        assert folder(value) == fold(value)  # the remembered words too
    assert joined(folder(value) for value in texts) == fold(" ".join(texts))


def test_every_white_space_character_folds_to_white_space():
    """What folding word by word rests on: white space never folds into (or out of) a word."""
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert spaces
    for space in spaces:
        assert fold(f"a{space}b") == "a b", repr(space)


@settings(max_examples=200)
@given(
    st.text(max_size=30),
    st.text(max_size=20),
    st.text(max_size=12),
    st.lists(st.text(max_size=20), max_size=3),
)
def test_the_joined_search_text_is_the_stores(name, city, postal_code, people):
    folder = WordFolder()
    assert joined((folder(name), folder(city), folder(postal_code), *map(folder, people))) == search_text(
        name, city, postal_code, people
    )


def test_stamps_in_one_millisecond_are_the_clocks_own():
    wall = lambda: 1_700_000_000_000  # noqa: E731 - a stopped clock
    ours, theirs = HybridLogicalClock("r1", wall_clock=wall), HybridLogicalClock("r1", wall_clock=wall)
    assert new_stamps(ours, 2_000) == [str(theirs.now()) for _ in range(2_000)]
    assert ours.now() == theirs.now() == Stamp(1_700_000_000_000, 2_000, "r1")
