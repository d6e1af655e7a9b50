"""What the lazy lists of the window share: folded search in SQL, ordering, pages, a record's position.

A list query is a ``select`` of the listed records with its filter applied; these helpers page it
(``OFFSET``/``LIMIT`` under a total order), find the row of one record (``row_number()`` over the
same order) and match folded words (case- and accent-insensitive, as :func:`textutil.fold`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from reciprocity_desktop.store import portable
from reciprocity_desktop.textutil import fold

#: The SQL name of :func:`fold` on a connection (registered by :func:`use_fold`).
FOLD = "rd_fold"


def _fold_or_empty(value: object) -> str:
    return fold(str(value)) if value is not None else ""


def use_fold(session: Session) -> None:
    """Make ``rd_fold(text)`` (:func:`fold` in SQL) known to the session's connection."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # a hub folds in SQL (store/portable.py's folded_text)
        return
    dbapi = connection.connection.driver_connection
    dbapi.create_function(FOLD, 1, _fold_or_empty, deterministic=True)


def folded(column: Any) -> Any:
    """``rd_fold(column)``: the folded text of a column (needs :func:`use_fold` on the session)."""
    return portable.folded_text(column, FOLD)


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def label_values(word: str, labels: Iterable[tuple[str, str]]) -> list[str]:
    """The values whose shown label contains the folded ``word`` (labels: (value, label) pairs)."""
    return [value for value, label in labels if word in fold(label)]


def word_clause(
    word: str,
    folded_columns: Sequence[Any],
    labelled: Mapping[Any, Iterable[tuple[str, str]]] = {},  # noqa: B006 - never changed
) -> Any:
    """A folded ``word`` found in one of the (already folded) columns or in a column's shown label."""
    pattern = like_pattern(word)
    clauses = [column.like(pattern, escape="\\") for column in folded_columns]
    for column, labels in labelled.items():
        values = label_values(word, labels)
        if values:
            clauses.append(column.in_(values))
    return or_(*clauses) if clauses else false()


def search_words(text: str) -> list[str]:
    return fold(text).split()


def page(session: Session, query: Select, order: Sequence[Any], offset: int, limit: int | None) -> list:
    """One page of ``query`` in ``order`` (the records, or the rows for a Core select)."""
    paged = query.order_by(*order).offset(max(offset, 0))
    if limit is not None:
        paged = paged.limit(limit)
    return list(session.scalars(paged)) if _is_entity(query) else list(session.execute(paged))


def _is_entity(query: Select) -> bool:
    descriptions = query.column_descriptions
    return (
        len(descriptions) == 1
        and descriptions[0].get("entity") is not None
        and descriptions[0].get("expr") is descriptions[0].get("entity")
    )


def position(
    session: Session, query: Select, id_column: Any, order: Sequence[Any], record_id: str
) -> int | None:
    """The 0-based row of ``record_id`` in ``query`` ordered by ``order`` (None: not listed)."""
    numbered = query.with_only_columns(
        id_column.label("rid"), func.row_number().over(order_by=list(order)).label("rn")
    ).subquery()
    row = session.scalar(select(numbered.c.rn).where(numbered.c.rid == record_id))
    return None if row is None else int(row) - 1


def count(session: Session, query: Select) -> int:
    """How many rows ``query`` lists (one aggregate, no rows loaded)."""
    return int(session.scalar(query.with_only_columns(func.count()).order_by(None)) or 0)
