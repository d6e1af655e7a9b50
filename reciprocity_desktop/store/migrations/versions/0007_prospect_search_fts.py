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


def upgrade() -> None:
    for statement in _CREATE:
        op.execute(statement)
    rebuild_search_index(op.get_bind())


def downgrade() -> None:
    for trigger in ("prospects_fts_au", "prospects_fts_ad", "prospects_fts_ai"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE prospects_fts")
