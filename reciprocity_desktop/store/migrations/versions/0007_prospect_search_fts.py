"""prospect search: an FTS5 trigram index of prospects.search_text

Revision ID: 0007_prospect_search_fts
Revises: 0006

The prospect list searched with ``search_text LIKE '%word%'``: every keystroke read all 100,000
search texts to count the matches. ``prospects_fts`` indexes the trigrams of the folded search text
(an external-content FTS5 table keyed by the prospects' rowid, no copy of the text); the triggers
keep it for every writer (ORM, CSV and sync bulk statements, the office demo), and the upgrade
fills it for the prospects already there. Words under three characters are still searched with
LIKE over ``ix_prospects_list``, which keeps ``search_text`` for them (and for common words).
"""

from collections.abc import Sequence

from alembic import op

from reciprocity_desktop.store.search import rebuild_search_index

revision: str = "0007_prospect_search_fts"
down_revision: str | None = "0007_coordinates_source"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CREATE = (
    "CREATE VIRTUAL TABLE prospects_fts USING fts5(search_text, content='prospects', content_rowid='rowid', "
    "tokenize='trigram')",
    "CREATE TRIGGER prospects_fts_ai AFTER INSERT ON prospects BEGIN INSERT INTO prospects_fts(rowid, search_text) "
    "VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER prospects_fts_ad AFTER DELETE ON prospects BEGIN INSERT INTO prospects_fts(prospects_fts, "
    "rowid, search_text) VALUES('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER prospects_fts_au AFTER UPDATE OF search_text ON prospects BEGIN INSERT INTO "
    "prospects_fts(prospects_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text); "
    "INSERT INTO prospects_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)


#: PostgreSQL: a trigram index of search_text (the pg_trgm extension) serves ``ILIKE '%word%'`` as FTS5's
#: trigram table serves MATCH; kept by the server itself, so it needs no triggers and no rebuild.
PG_INDEX = "ix_prospects_search_trgm"


def _upgrade_postgresql() -> None:
    """The trigram index when the hub may have pg_trgm (a trusted extension: the database's owner may create
    it); without it the search still works (ILIKE over the rows), only slower, so the upgrade goes on."""
    connection = op.get_bind()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - no contrib package or no right to create it: no index
        return
    connection.exec_driver_sql(f"CREATE INDEX {PG_INDEX} ON prospects USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    for statement in _CREATE:
        op.execute(statement)
    rebuild_search_index(op.get_bind())


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
        return
    for trigger in ("prospects_fts_au", "prospects_fts_ad", "prospects_fts_ai"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE prospects_fts")
