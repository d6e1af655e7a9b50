"""Alembic environment: run against the connection the app hands over (see store.engine.migrate)."""

from alembic import context

from reciprocity_desktop.store.models import Base
from reciprocity_desktop.store.search import include_in_schema_comparison

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # plain `alembic` command line, used by developers to autogenerate
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-migrations.sqlite3"
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection) -> None:
    # The search index (prospects_fts and its FTS5 tables) is no ORM model: autogenerate leaves it alone.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_in_schema_comparison,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
