"""The store on both backends: a SQLite file and an office hub on PostgreSQL (a server the tests start).

The PostgreSQL cases skip, naming the reason, where the server binaries or psycopg are missing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from reciprocity_desktop.services import followups, gifts, prospects, visits
from reciprocity_desktop.store import StoreError, open_store
from reciprocity_desktop.store.engine import head_revision
from reciprocity_desktop.store.models import RECORD_MODELS, Base, Prospect
from reciprocity_desktop.store.search import PG_SEARCH_INDEX, include_in_schema_comparison


def _plain(value: object) -> object:
    """A raw value alike on both backends: SQLite gives a day as text and a boolean as 0/1."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _rows(store, sql: str, **params) -> list[tuple]:
    """Rows of plain SQL on the store's own connection (what is really stored, not through the ORM)."""
    with store.engine.connect() as connection:
        return [tuple(_plain(value) for value in row) for row in connection.execute(text(sql), params)]


def test_a_new_store_is_at_the_head_revision_with_every_table(store_address):
    store = open_store(store_address)
    try:
        assert _rows(store, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        tables = set(inspect(store.engine).get_table_names())
        assert {m.__tablename__ for m in RECORD_MODELS} | {"meta", "settings", "sync_imports"} <= tables
        assert len(store.replica_id) == 16
    finally:
        store.close()


def test_the_migrated_schema_is_the_models_schema(store_address):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = open_store(store_address)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": include_in_schema_comparison})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()


def test_a_hub_searches_through_a_trigram_index(hub_database):
    server, database, role, password = hub_database
    store = open_store(server.url(role, password, database))
    try:
        assert _rows(store, "SELECT indexdef FROM pg_indexes WHERE indexname = :name", name=PG_SEARCH_INDEX) == [
            ("CREATE INDEX ix_prospects_search_trgm ON public.prospects USING gin (search_text gin_trgm_ops)",)
        ]
        prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")
        prospects.add_prospect(store, name="Brauhaus", city="Köln", country="DE")
        assert _rows(store, "SELECT name FROM prospects WHERE search_text ILIKE :word", word="%mull%") == [
            ("Bäckerei Müller",)
        ]
    finally:
        store.close()


def test_reopening_keeps_the_replica_id_and_migrates_nothing(store_address):
    first = open_store(store_address)
    replica = first.replica_id
    first.close()
    again = open_store(store_address)
    try:
        assert again.replica_id == replica
        assert _rows(again, "SELECT count(*) FROM alembic_version") == [(1,)]
        assert _rows(again, "SELECT value FROM meta WHERE key = 'replica_id'") == [(replica,)]
    finally:
        again.close()


def test_rows_written_through_the_services_read_back_with_their_derived_columns(store_address):
    store = open_store(store_address)
    try:
        prospect = prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")
        contact = prospects.add_contact(store, prospect.id, name="Jürgen Müller")
        item = gifts.add_stock_item(store, name="Coffee sample", quantity=5, unit_cost="8.50")
        result = gifts.log_gift(
            store, prospect.id, kind="sample", description="Äpfel", date="2025-06-02",
            stock_item_id=item.id, contact_id=contact.id,
        )  # fmt: skip
        followups.add_outcome(store, prospect.id, kind="order", date="2025-06-20", value="100")
        visits.plan_day(store, "2025-06-03", [prospect.id])

        assert _rows(store, "SELECT name, search_text, sort_name FROM prospects") == [
            ("Bäckerei Müller", "backerei muller munchen jurgen muller", "backerei muller")
        ]
        assert _rows(store, "SELECT quantity FROM stock_items") == [(4,)]
        # The copies of another row's sort columns (migration 0009: SQLite triggers, PL/pgSQL on a hub).
        assert _rows(store, "SELECT description_key, recipient_key, cost_cents FROM gifts") == [
            ("apfel", "jurgen muller", 850)
        ]
        assert _rows(store, "SELECT gift_key, gift_date, is_done FROM followups WHERE id = :id", id=result.followup.id) == [
            ("apfel", "2025-06-02", 0)
        ]
        assert _rows(store, "SELECT kind, value_cents FROM outcomes") == [("order", 10000)]
        assert _rows(store, "SELECT date, status FROM visits") == [("2025-06-03", "planned")]
        with store.read() as session:
            stamps = [p.stamp for p in session.query(Prospect)]
        assert len(stamps) == 1 and stamps[0].endswith(store.replica_id)
    finally:
        store.close()


def test_renaming_a_contact_updates_the_gifts_recipient_key(store_address):
    store = open_store(store_address)
    try:
        prospect = prospects.add_prospect(store, name="Brauhaus", city="Köln", country="DE")
        contact = prospects.add_contact(store, prospect.id, name="Anna")
        gifts.log_gift(store, prospect.id, kind="sample", description="Beer", date="2025-06-02", contact_id=contact.id)
        prospects.update_contact(store, contact.id, name="Zoë Berg")
        assert _rows(store, "SELECT recipient_key FROM gifts") == [("zoe berg",)]
        assert _rows(store, "SELECT search_text FROM prospects") == [("brauhaus koln zoe berg",)]
    finally:
        store.close()


def test_a_failed_service_changes_nothing(store_address):
    store = open_store(store_address)
    try:
        prospect = prospects.add_prospect(store, name="Brauhaus", country="DE")
        with pytest.raises(Exception):  # noqa: B017 - whatever the service says, nothing may be written
            gifts.log_gift(store, prospect.id, kind="no-such-kind", description="Beer", date="2025-06-02")
        assert _rows(store, "SELECT count(*) FROM gifts") == [(0,)]
        assert _rows(store, "SELECT count(*) FROM followups") == [(0,)]
    finally:
        store.close()


def test_an_error_of_the_data_stays_itself_and_rolls_the_session_back(store_address):
    from sqlalchemy.exc import IntegrityError

    store = open_store(store_address)
    try:
        with pytest.raises(IntegrityError), store.session() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'first')"))
            session.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'again')"))
        assert _rows(store, "SELECT count(*) FROM settings WHERE key = 'k'") == [(0,)]
    finally:
        store.close()


# -- a hub that cannot be used: one plain sentence, never the password -------------------------------------


def _refusal(address: str) -> str:
    with pytest.raises(StoreError) as refused:
        open_store(address)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_an_unreachable_hub_is_one_sentence(pg_server):
    database, role, password = pg_server.new_database()
    closed_port = pg_server.port + 1 if pg_server.port < 65535 else pg_server.port - 1
    message = _refusal(pg_server.url(role, password, database, port=closed_port))
    assert message == (
        f"The office hub postgresql://{role}@127.0.0.1:{closed_port}/{database} cannot be reached "
        "(is the server running, and are the host and port right?)."
    )
    assert password not in message


def test_a_wrong_password_is_one_sentence_without_the_password(pg_server):
    database, role, _password = pg_server.new_database()
    message = _refusal(pg_server.url(role, "wrong-Secret-42", database))
    assert "refused the login: the user name or the password is wrong" in message
    assert "wrong-Secret-42" not in message
    assert f"postgresql://{role}@127.0.0.1:{pg_server.port}/{database}" in message


def test_a_missing_database_is_one_sentence(pg_server):
    _database, role, password = pg_server.new_database()
    message = _refusal(pg_server.url(role, password, "no_such_hub"))
    assert "has no such database" in message and password not in message


def test_a_user_without_rights_changes_nothing(pg_server):
    database, _owner, _password = pg_server.new_database()
    _other_db, visitor, visitor_password = pg_server.new_database(owner="visitor", password="visit-pw")
    message = _refusal(pg_server.url(visitor, visitor_password, database))  # may connect, not create tables
    assert "lacks the rights it needs" in message and "visit-pw" not in message
    owner_view = open_store(pg_server.url(_owner, _password, database))  # the failed open left no tables
    owner_view.close()


def test_a_user_who_may_not_connect_is_told_so(pg_server):
    database, _owner, _password = pg_server.new_database()
    pg_server.admin(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    _db, visitor, visitor_password = pg_server.new_database(owner="visitor", password="visit-pw")
    assert "lacks the rights it needs" in _refusal(pg_server.url(visitor, visitor_password, database))


def test_a_failed_migration_leaves_the_hub_as_it_was(pg_server):
    import psycopg

    database, owner, password = pg_server.new_database()
    with psycopg.connect(pg_server.url(owner, password, database)) as connection:
        connection.execute("CREATE TABLE settings (key text)")  # revision 0001 makes it too: it fails halfway
    message = _refusal(pg_server.url(owner, password, database))
    assert message.startswith(f"The office hub postgresql://{owner}@") and password not in message
    with psycopg.connect(pg_server.url(owner, password, database)) as connection:
        tables = {row[0] for row in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"settings"}  # no half-made schema: the whole upgrade was one transaction


def test_a_hub_has_no_file_backups(store_address):
    store = open_store(store_address)
    try:
        if isinstance(store_address, str):
            with pytest.raises(StoreError, match="is backed up on its server"):
                store.backup()
        else:
            assert store.backup().is_file()
    finally:
        store.close()


def test_an_address_without_a_database_is_refused_before_connecting():
    message = _refusal("postgresql://rep:pw-Secret@office.example:5432")
    assert message.startswith("postgresql://rep@office.example:5432 is not an office hub's address")
    assert "pw-Secret" not in message


def test_a_hub_written_by_a_newer_version_is_refused_and_left_alone(hub_database):
    server, database, role, password = hub_database
    open_store(server.url(role, password, database)).close()
    server.admin("UPDATE alembic_version SET version_num = '9999_from_the_future'", database=database)
    message = _refusal(server.url(role, password, database))
    assert "newer version of Reciprocity Desktop (schema 9999_from_the_future)" in message
    import psycopg

    with psycopg.connect(server.url(role, password, database)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999_from_the_future",)]


def test_the_plain_reads_run_the_files_sql_on_a_hub_read_only_with_a_files_rows(hub_database):
    """``store.cursor()`` on a hub (Today's first screen): the store file's SQL, its rows as a file gives them."""
    server, database, role, password = hub_database
    store = open_store(server.url(role, password, database))
    try:
        with store.cursor() as cursor:
            found = cursor.execute("SELECT value FROM meta WHERE key = ?", ("replica_id",)).fetchone()
            assert found == (store.replica_id,)
            assert cursor.execute(
                "SELECT CAST(:day AS date), CAST('2026-12-03 07:04:17.5' AS timestamp), true, false,"
                " (SELECT count(*) FROM prospects WHERE deleted IS 0)",
                {"day": "2026-12-03"},
            ).fetchone() == ("2026-12-03", "2026-12-03 07:04:17.500000", 1, 0, 0)
        with pytest.raises(Exception, match="read-only"), store.cursor() as cursor:
            cursor.execute("DELETE FROM meta")
        assert store.meta("replica_id") == store.replica_id  # nothing was written
        assert store.name == database  # the store's name: its database's, until it is renamed
    finally:
        store.close()


def test_without_the_driver_a_hub_says_how_to_install_it(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails, as without the extra
    message = _refusal("postgresql://rep@office.example/team")
    assert message == (
        "The office hub postgresql://rep@office.example/team needs the PostgreSQL driver, which is not "
        'installed (pip install "reciprocity-desktop[hub]").'
    )


def test_without_server_binaries_the_hub_tests_skip_saying_why(monkeypatch):
    import pg_server as servers

    monkeypatch.setattr(servers, "binaries", lambda: None)
    assert servers.missing() == (
        "the PostgreSQL server binaries (initdb, pg_ctl) are not installed (apt-get install postgresql)"
    )
