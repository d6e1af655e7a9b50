"""Migrations on open: from empty, from an old file (with a backup), refusing a newer one, bad files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from reciprocity_desktop.services import followups, gifts, prospects, settings, visits
from reciprocity_desktop.store import StoreDamaged, StoreError, engine, open_store, search, sort_keys
from reciprocity_desktop.store.engine import head_revision
from reciprocity_desktop.store.models import Base
from reciprocity_desktop.store.stock import STOCK_TRIGGERS

OLD_PROSPECT = "0b6f7a3e-8d0e-4c55-9a39-6f0c5d1b7a01"
OLD_CONTACT = "0b6f7a3e-8d0e-4c55-9a39-6f0c5d1b7a02"
OLD_GIFT = "0b6f7a3e-8d0e-4c55-9a39-6f0c5d1b7a04"
OLD_REPLICA = "f00dfeedcafe0001"
MARKET_0006 = "0b6f7a3e-8d0e-4c55-9a39-6f0c5d1b7b03"  # "50% Rabatt_Markt" in store_0006.sqlite3


def _schema_differences(store) -> list:
    """The models against the migrated schema, and the search index against its definition.

    The search index (an FTS5 table, its shadow tables and triggers) is no ORM model: Alembic skips
    exactly those tables by name, and they are compared with ``search.FTS_SCHEMA`` here instead.
    """
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": search.include_in_schema_comparison}
        )
        differences = compare_metadata(context, Base.metadata)
        stored = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'prospects\\_fts%' ESCAPE '\\'"
            ).fetchall()
        )
    shadow = {name for name, sql in stored.items() if sql.startswith("CREATE TABLE")}
    if shadow != search.FTS_SHADOW_TABLES:
        differences.append(("search index tables", sorted(shadow), sorted(search.FTS_SHADOW_TABLES)))
    for name, expected in search.FTS_SCHEMA.items():
        if " ".join((stored.get(name) or "").split()) != " ".join(expected.split()):
            differences.append(("search index", name, stored.get(name), expected))
    extra = set(stored) - set(search.FTS_SCHEMA) - search.FTS_SHADOW_TABLES
    if extra:
        differences.append(("unexpected search index objects", sorted(extra)))
    # The triggers that keep the follow-ups' copies of their gift's sort key (store/sort_keys.py).
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        triggers = dict(found.fetchall())
    for name, expected in {**sort_keys.LINKED_KEY_TRIGGERS, **STOCK_TRIGGERS}.items():
        if " ".join((triggers.get(name) or "").split()) != " ".join(expected.split()):
            differences.append(("linked key or stock trigger", name, triggers.get(name), expected))
    stray = set(triggers) - set(search.FTS_SCHEMA) - set(sort_keys.LINKED_KEY_TRIGGERS) - set(STOCK_TRIGGERS)
    if stray:
        differences.append(("unexpected triggers", sorted(stray)))
    return differences


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _query_plan(store, sql: str) -> str:
    """SQLite's plan for ``sql`` on ``store``, its details joined (to look for an index's name)."""
    with store.engine.connect() as connection:
        return " ".join(str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_migration_from_empty_reaches_head_and_matches_the_models(tmp_path):
    path = tmp_path / "new" / "store.sqlite3"  # the folder does not exist yet either
    store = open_store(path)
    try:
        assert _revision(path) == head_revision()
        assert _schema_differences(store) == []
        tables = set(inspect(store.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        store.close()
    # Nothing to back up from an empty file.
    assert not (path.parent / "backups").exists()


def test_a_zero_byte_file_is_an_empty_store(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    store = open_store(path)
    try:
        assert _revision(path) == head_revision()
        assert prospects.count_prospects(store) == 0
    finally:
        store.close()


def test_opening_a_current_store_takes_no_backup_and_changes_nothing(tmp_path, raw_rows):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    prospects.add_prospect(store, name="Stable GmbH")
    store.close()
    before = raw_rows(path, "SELECT id, stamp FROM prospects")
    again = open_store(path)
    again.close()
    assert raw_rows(path, "SELECT id, stamp FROM prospects") == before
    # The day's first open of the store takes its daily backup (store/backups.py), no migration backup.
    assert [b.name.endswith("-daily.sqlite3") for b in (path.parent / "backups").glob("*.sqlite3")] == [True]


def test_old_store_is_backed_up_then_migrated_with_its_data(old_store_path, raw_rows):
    assert _revision(old_store_path) == "0001"
    if head_revision() == "0001":
        pytest.skip("no revision after 0001 exists yet")
    store = open_store(old_store_path)
    try:
        assert _revision(old_store_path) == head_revision()
        assert _schema_differences(store) == []
        # The data of the old release is all there, through the services.
        assert store.replica_id == OLD_REPLICA
        assert store.name == "old laptop"
        listed = prospects.list_prospects(store)
        assert [p.name for p in listed] == ["Bäckerei Alt GmbH"]  # the tombstone stays hidden
        assert [c.name for c in listed[0].contacts] == ["Erna Alt"]
        assert [g.id for g in gifts.list_gifts(store)] == [OLD_GIFT]
        assert [f.kind for f in followups.list_followups(store)] == ["ask_feedback"]
        assert [(o.kind, o.value_cents) for o in followups.list_outcomes(store)] == [("order", 123450)]
        assert [v.notes for v in visits.list_day(store, "2025-03-01")] == ["Owner was in."]
        assert settings.get(store, "feedback_delay_days") == 10
        assert prospects.export_person(store, OLD_CONTACT)["contact"]["name"] == "Erna Alt"
        # Columns added since 0001 are filled for the old rows (sort_name, revision 0003).
        assert raw_rows(old_store_path, "SELECT sort_name FROM prospects WHERE id = ?", (OLD_PROSPECT,)) == [
            ("backerei alt gmbh",)
        ]
        # ...and it keeps working: a new edit is stamped after the old stamps.
        edited = prospects.update_prospect(store, OLD_PROSPECT, city="Freising")
        assert edited.stamp > "1740900000000.000000." + OLD_REPLICA
    finally:
        store.close()
    backups = list((old_store_path.parent / "backups").glob("*.sqlite3"))  # not the .check beside it
    assert len(backups) == 1
    assert "before-migration-0001" in backups[0].name
    assert _revision(backups[0]) == "0001"
    assert raw_rows(backups[0], "SELECT city FROM prospects WHERE id = ?", (OLD_PROSPECT,)) == [("München",)]
    assert raw_rows(backups[0], "PRAGMA integrity_check") == [("ok",)]


def _migrations_with_extra_revision(tmp_path: Path) -> Path:
    """A copy of the app's migrations with one more (test-only) revision after the head."""
    folder = tmp_path / "migrations"
    shutil.copytree(engine.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test_extra.py").write_text(
        f'''"""test-only revision"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_marker")
''',
        encoding="utf-8",
    )
    return folder


def test_store_at_an_older_revision_gets_a_backup_when_opened(tmp_path, monkeypatch, raw_rows):
    """Independent of which revisions exist: the current head becomes 'old' next to an extra revision."""
    path = tmp_path / "data" / "store.sqlite3"
    store = open_store(path)
    prospect = prospects.add_prospect(store, name="Before Upgrade GmbH")
    store.close()
    old_head = head_revision()

    monkeypatch.setattr(engine, "MIGRATIONS_DIR", _migrations_with_extra_revision(tmp_path))
    assert engine.head_revision() == "9999"
    upgraded = open_store(path)
    try:
        assert [p.id for p in prospects.list_prospects(upgraded)] == [prospect.id]
    finally:
        upgraded.close()
    assert _revision(path) == "9999"
    assert raw_rows(path, "SELECT count(*) FROM test_marker") == [(0,)]
    backups = list((path.parent / "backups").glob("*.sqlite3"))  # not the .check beside it
    assert [b.name for b in backups if f"before-migration-{old_head}" in b.name] == [b.name for b in backups]
    assert len(backups) == 1
    assert _revision(backups[0]) == old_head
    assert raw_rows(backups[0], "SELECT name FROM prospects") == [("Before Upgrade GmbH",)]


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch, raw_rows):
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    prospects.add_prospect(store, name="Keep Me GmbH")
    store.close()
    old_head = head_revision()
    folder = _migrations_with_extra_revision(tmp_path)
    extra = folder / "versions" / "9999_test_extra.py"
    extra.write_text(
        extra.read_text(encoding="utf-8").replace(
            'op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))',
            'op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))\n'
            '    op.execute("SELECT * FROM no_such_table")',
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(engine, "MIGRATIONS_DIR", folder)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "no_such_table" in str(caught.value)
    assert _revision(path) == old_head
    assert raw_rows(path, "SELECT name FROM prospects") == [("Keep Me GmbH",)]
    assert raw_rows(path, "SELECT name FROM sqlite_master WHERE name = 'test_marker'") == []
    assert len(list((path.parent / "backups").glob("*.sqlite3"))) == 1


def test_a_store_from_a_newer_version_is_refused_and_not_modified(tmp_path, raw_rows, file_digest):
    path = tmp_path / "future.sqlite3"
    store = open_store(path)
    prospects.add_prospect(store, name="Future AG")
    store.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    connection.close()
    digest = file_digest(path)

    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = str(caught.value)
    assert "newer version" in message
    assert "f00d_from_the_future" in message
    assert "nothing was changed" in message
    assert "\n" not in message
    assert file_digest(path) == digest
    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [("f00d_from_the_future",)]
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content",
    [b"name;city\nBakery;Munich\n" * 50, bytes(range(256)) * 64, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["csv", "binary", "bad-header"],
)
def test_a_file_that_is_not_a_store_gives_a_plain_store_error(tmp_path, content, file_digest):
    path = tmp_path / "not-a-store.sqlite3"
    path.write_bytes(content)
    digest = file_digest(path)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = str(caught.value)
    assert "not a Reciprocity store or it is damaged" in message
    assert str(path) in message
    assert "\n" not in message and "Traceback" not in message
    assert file_digest(path) == digest


def test_a_store_damaged_inside_gives_a_store_error_when_read(tmp_path):
    """A file whose first pages are fine opens unchecked (the window's start: its check comes after the first
    paint), but reading the damaged part must still be a StoreError; checked, it is refused at open."""
    path = tmp_path / "damaged.sqlite3"
    store = open_store(path)
    with store.session() as session:
        from reciprocity_desktop.store.models import Prospect

        for n in range(3000):
            session.add(Prospect(name=f"Prospect {n:04d}", notes="x" * 200))
    store.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 16384)

    with pytest.raises(StoreDamaged):
        open_store(path)
    damaged = open_store(path, check=False)
    try:
        with pytest.raises(StoreError) as caught:
            prospects.list_prospects(damaged)
        assert "damaged" in str(caught.value)
        assert str(path) in str(caught.value)
    finally:
        damaged.close()


def test_a_folder_instead_of_a_file_gives_a_store_error(tmp_path):
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        open_store(folder)
    assert str(folder) in str(caught.value)


def test_a_store_that_cannot_be_created_gives_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(StoreError) as caught:
        open_store(blocker / "store.sqlite3")
    assert "cannot be created" in str(caught.value)


def test_the_old_fixture_is_really_old():
    """The committed fixture must stay at 0001 (it is only ever opened as a copy)."""
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "stores" / "store_0001.sqlite3"
    assert _revision(fixture) == "0001"
    assert dt.date.fromisoformat("2025-03-01")  # the fixture's dates are fixed, not relative to today


def test_the_old_store_gets_the_list_indexes_and_its_lists_page_on_them(old_store_path):
    """Revision 0005: the gift and follow-up lists sort on an index, also in a migrated store."""
    from reciprocity_desktop.services import followup_list, gift_list

    store = open_store(old_store_path)
    try:
        names = {index["name"] for index in inspect(store.engine).get_indexes("gifts")}
        assert {"ix_gifts_list", "ix_gifts_kind_date", "ix_gifts_cost_cents_date"} <= names
        names = {index["name"] for index in inspect(store.engine).get_indexes("followups")}
        assert {"ix_followups_list", "ix_followups_kind_due"} <= names
        assert [g.id for g in gift_list.list_gifts_page(store)] == [OLD_GIFT]
        assert gift_list.gift_totals(store) == (1, gifts.get_gift(store, OLD_GIFT).cost_cents)
        listed = followup_list.FollowUpListFilter(bucket=followups.ALL)
        assert [f.kind for f in followup_list.list_followups_page(store, listed)] == ["ask_feedback"]
        plan = _query_plan(
            store,
            "SELECT gifts.id FROM gifts WHERE gifts.deleted = 0 "
            "ORDER BY gifts.date DESC, gifts.created_at DESC, gifts.id DESC LIMIT 200",
        )
        assert "ix_gifts_list" in plan and "TEMP B-TREE" not in plan
    finally:
        store.close()


def test_the_old_store_gets_the_register_and_visit_indexes(old_store_path):
    """Revision 0006: the register's covering index exists; the debrief finds a visit's records by index."""
    store = open_store(old_store_path)
    try:
        names = {index["name"] for index in inspect(store.engine).get_indexes("gifts")}
        assert {"ix_gifts_register", "ix_gifts_visit"} <= names
        names = {index["name"] for index in inspect(store.engine).get_indexes("outcomes")}
        assert "ix_outcomes_visit" in names
        plan = _query_plan(
            store,
            "SELECT id FROM outcomes WHERE visit_id = 'x'",
        )
        assert "ix_outcomes_visit" in plan
    finally:
        store.close()


def test_the_drift_check_skips_only_the_search_index_and_still_sees_it(tmp_path):
    """The FTS5 tables are skipped by exact name; a missing trigger or a stray table is still a difference."""
    assert [name for name in ("prospects_fts", *sorted(search.FTS_SHADOW_TABLES)) if
            search.include_in_schema_comparison(name, "table", {})] == []  # fmt: skip
    for real in ("prospects", "prospects_fts_notes", "fts_data", "contacts"):
        assert search.include_in_schema_comparison(real, "table", {})
    assert search.include_in_schema_comparison("prospects_fts", "column", {"table_name": "prospects"})
    store = open_store(tmp_path / "s.sqlite3")
    try:
        assert _schema_differences(store) == []
        with store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER prospects_fts_au")
            connection.exec_driver_sql("CREATE TABLE prospects_fts_notes (id INTEGER PRIMARY KEY)")
        differences = _schema_differences(store)
    finally:
        store.close()
    assert ("search index", "prospects_fts_au", None, search.FTS_SCHEMA["prospects_fts_au"]) in differences
    assert any(d[0] == "remove_table" and d[1].name == "prospects_fts_notes" for d in differences)
    assert ("unexpected search index objects", ["prospects_fts_notes"]) in differences


def test_the_0006_store_gets_a_filled_search_index(store_0006_path, raw_rows):
    """Revision 0007: the upgrade creates prospects_fts and fills it from the prospects already there."""
    assert _revision(store_0006_path) == "0006"
    assert raw_rows(store_0006_path, "SELECT name FROM sqlite_master WHERE name LIKE 'prospects_fts%'") == []
    store = open_store(store_0006_path)
    try:
        assert _schema_differences(store) == []
        with store.engine.connect() as connection:
            # FTS5's own check of the index against the prospects' search_text ('rank' 1: the content too).
            connection.exec_driver_sql(
                "INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('integrity-check', 1)"
            )
        found = raw_rows(
            store_0006_path,
            "SELECT p.name FROM prospects_fts JOIN prospects p ON p.rowid = prospects_fts.rowid "
            "WHERE prospects_fts MATCH '\"backer\"' ORDER BY p.name",
        )
        assert found == [
            ("Bäckerei Gelöscht KG",),
            ("Bäckerei Müller GmbH",),
        ]  # the index holds tombstones too
        assert raw_rows(store_0006_path, "SELECT count(*) FROM prospects_fts_docsize") == [(3,)]

        def listed(text: str) -> list[str]:
            return [p.name for p in prospects.list_prospects(store, prospects.ProspectFilter(search=text))]

        assert listed("backer") == listed("Bäck") == ["Bäckerei Müller GmbH"]
        assert listed("weiß 803") == ["Bäckerei Müller GmbH"]
        assert listed("50%") == listed("t_m") == ["50% Rabatt_Markt"]
        # ...and the triggers keep it from now on.
        edited = prospects.update_prospect(store, MARKET_0006, name="Hofladen Graz")
        assert listed("hofladen") == [edited.name] and listed("rabatt") == []
        with store.engine.connect() as connection:
            connection.exec_driver_sql(
                "INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('integrity-check', 1)"
            )
    finally:
        store.close()


def test_the_old_store_gets_the_debrief_day_index(old_store_path):
    """Revision 0010: the debrief's day (the latest day with visits still planned) reads the planned
    visits on ``ix_visits_status_date``, not every past visit."""
    from reciprocity_desktop.services.debrief_day import debrief_default_day

    store = open_store(old_store_path)
    try:
        names = {index["name"] for index in inspect(store.engine).get_indexes("visits")}
        assert "ix_visits_status_date" in names
        plan = _query_plan(
            store,
            "SELECT max(date) FROM visits "
            "WHERE status = 'planned' AND date < '2026-01-01'",
        )
        assert "ix_visits_status_date" in plan
        assert isinstance(debrief_default_day(store), dt.date)
    finally:
        store.close()
