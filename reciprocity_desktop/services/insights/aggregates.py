"""The report's figures as SQL aggregates: a few compact rows instead of every gift and outcome.

The statements take the same named parameters (see :func:`params`): ``start``/``end`` bound the
considered gifts by date, ``ostart``/``oend`` the outcome period (``end`` + the window), ``window``
the window in days. A bound that is NULL does not restrict. ISO dates compare correctly as text;
days are whole ``julianday`` numbers. Two scratch tables (temporary, of this connection, dropped at
the end: not a cache) hold the compact rows the aggregates read. The Insights page keeps them a
little longer, on the connection of its load (:mod:`reciprocity_desktop.services.snapshot`): its
balance list (:data:`BALANCE_TABLE`) is made from them.

The matching follows the definitions in :mod:`reciprocity_desktop.services.insights`: a gift is
reciprocated by the first outcome of its prospect dated from the gift's day to ``window`` days after
it; an outcome reciprocates the considered gifts of its prospect dated ``window`` days before it up
to its day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: What marks a statement that takes parameters (:mod:`.aggregates_pg` has its own).
PARAM_MARK = ":"

_GIFT_PERIOD = "(:start IS NULL OR {g}.date >= :start) AND (:end IS NULL OR {g}.date <= :end)"
_OUTCOME_PERIOD = "(:ostart IS NULL OR {o}.date >= :ostart) AND (:oend IS NULL OR {o}.date <= :oend)"

#: The deleted prospects (few, from ``ix_prospects_deleted``): "not one of these" is a live prospect, as
#: every gift and outcome has its prospect (a foreign key, checked after sync's bulk writes too). A list of
#: the live ones instead costs SQLite an index of 100,000 ids to build on an office store (0.15 s).
_DEAD = "(SELECT id FROM prospects WHERE deleted IS 1)"
#: A date as a whole day number (differences are days).
_DAY = "CAST(julianday({}) AS INTEGER)"
#: The considered gifts as ``g``, read from ``ix_gifts_insights`` alone (migration 0014: the live gifts by
#: prospect and date with every column read here; ``deleted IS 0`` is its condition, word for word).
_CONSIDERED_GIFTS = f"gifts AS g WHERE g.deleted IS 0 AND {_GIFT_PERIOD.format(g='g')}"

#: The scratch tables: the period's live outcomes (with the first day of the window of gifts they
#: reciprocate, as ISO text), and the considered gifts each with the days to the first outcome that
#: reciprocates it (NULL: none). One scan of each covering index (``ix_outcomes_insights``,
#: ``ix_gifts_insights``); a gift's first outcome on or after it is one seek into the outcomes' index,
#: and the day numbers are computed only for the gifts that have one. The queries read these.
SCRATCH = (
    f"""CREATE TEMP TABLE insights_outcomes AS
        SELECT rowid AS id, prospect_id AS pid, date, {_DAY.format("date")} AS day, date(date, :since) AS since,
               kind, COALESCE(value_cents, 0) AS value FROM outcomes
         WHERE deleted IS 0 AND prospect_id NOT IN {_DEAD} AND {_OUTCOME_PERIOD.format(o="outcomes")}""",
    "CREATE INDEX temp.insights_outcomes_date ON insights_outcomes (pid, date, day, since)",
    f"""CREATE TEMP TABLE insights_gifts AS
        SELECT g.prospect_id AS pid, g.kind, g.cost_cents AS cost, g.personal, g.unexpected, g.meaningful,
               (SELECT CASE WHEN o.since <= g.date THEN o.day - {_DAY.format("g.date")} END
                  FROM temp.insights_outcomes o WHERE o.pid = g.prospect_id AND o.date >= g.date
                 ORDER BY o.date LIMIT 1) AS lag
          FROM {_CONSIDERED_GIFTS} AND g.prospect_id NOT IN {_DEAD}""",
)
DROP_SCRATCH = ("DROP TABLE IF EXISTS temp.insights_gifts", "DROP TABLE IF EXISTS temp.insights_outcomes")

#: Gifts per group of kind and qualities and per lag: (kind, personal, unexpected, meaningful, lag, gifts, cost).
GIFT_GROUPS = """
SELECT kind, personal, unexpected, meaningful, lag, COUNT(*), SUM(cost)
  FROM temp.insights_gifts GROUP BY kind, personal, unexpected, meaningful, lag
"""

#: (kind, distinct recipients) of the considered gifts.
KIND_PROSPECTS = "SELECT kind, COUNT(DISTINCT pid) FROM temp.insights_gifts GROUP BY kind"

#: (gifted prospects, of them reciprocated) over the considered gifts.
GIFTED = """
SELECT COUNT(DISTINCT pid), COUNT(DISTINCT CASE WHEN lag IS NOT NULL THEN pid END) FROM temp.insights_gifts
"""

#: (live prospects never given a live gift, of them with an outcome in the outcome period). The prospects
#: are read in id order from their primary key (not their rows), so the look-ups go through the
#: (prospect_id, …) indexes in order.
NOT_GIFTED = f"""
SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM temp.insights_outcomes o WHERE o.pid = p.id)), 0)
  FROM prospects p
 WHERE p.id NOT IN {_DEAD} AND NOT EXISTS (SELECT 1 FROM gifts g WHERE g.prospect_id = p.id AND g.deleted IS 0)
"""

#: The period's outcomes per kind and days from the latest considered gift they reciprocate (NULL: none):
#: (kind, lag, outcomes, value). The latest gift is one seek into ``ix_gifts_insights``.
_LATEST_GIFT = f"(SELECT MAX(g.date) FROM {_CONSIDERED_GIFTS} AND g.prospect_id = o.pid AND g.date <= o.date AND g.date >= o.since)"
OUTCOME_GROUPS = f"""
SELECT kind, lag, COUNT(*), SUM(value) FROM (
  SELECT o.kind, o.value, o.day - {_DAY.format(_LATEST_GIFT)} AS lag FROM temp.insights_outcomes o)
 GROUP BY kind, lag
"""

#: Orders with a value, per kind of the considered gifts they reciprocate, with which qualities those
#: gifts have and lack: (outcome id, value, gift kind, max/min personal, unexpected, meaningful).
ORDER_GIFT_KINDS = f"""
SELECT o.id, o.value, g.kind, MAX(g.personal), MIN(g.personal), MAX(g.unexpected), MIN(g.unexpected),
       MAX(g.meaningful), MIN(g.meaningful)
  FROM temp.insights_outcomes o, {_CONSIDERED_GIFTS} AND g.prospect_id = o.pid AND g.date <= o.date AND g.date >= o.since
   AND o.kind = 'order' AND o.value != 0
 GROUP BY o.id, g.kind
"""

#: Per live prospect with considered gifts or period outcomes:
#: (id, name, city, gifts, gift cost, outcomes, order value).
BALANCE = """
SELECT p.id, p.name, p.city, t.gifts, t.cost, t.outcomes, t.orders
  FROM (SELECT pid, SUM(gifts) AS gifts, SUM(cost) AS cost, SUM(outcomes) AS outcomes, SUM(orders) AS orders
          FROM (SELECT pid, 1 AS gifts, cost, 0 AS outcomes, 0 AS orders FROM temp.insights_gifts
                UNION ALL
                SELECT pid, 0, 0, 1, CASE WHEN kind = 'order' THEN value ELSE 0 END FROM temp.insights_outcomes)
         GROUP BY pid) AS t
  JOIN prospects p ON p.id = t.pid
"""


#: The balance per prospect as a page lists it, with its net (order value − gift cost), best first.
BALANCE_TABLE = f"SELECT b.*, b.orders - b.cost AS net FROM ({BALANCE}) AS b"
BALANCE_ORDER = "net DESC, name COLLATE NOCASE, id"


def params(window_days: int, date_from: dt.date | None, date_to: dt.date | None) -> dict[str, Any]:
    outcome_end = date_to + dt.timedelta(days=window_days) if date_to else None
    return {
        "start": date_from.isoformat() if date_from else None,
        "end": date_to.isoformat() if date_to else None,
        "ostart": date_from.isoformat() if date_from else None,
        "oend": outcome_end.isoformat() if outcome_end else None,
        "window": window_days,
        "since": f"-{window_days} days",
    }


@contextlib.contextmanager
def scratch(
    cursor: Any, values: dict[str, Any], *, keep: bool = False, statements: Any = None
) -> Iterator[Callable[[str], list[tuple]]]:
    """Fills the scratch tables through the driver's ``cursor``; yields ``fetch(sql)``, the rows of a query
    straight from the driver (plain tuples); drops the tables at the end (they live in this connection's
    temporary database only) unless ``keep`` (the caller drops them: :data:`DROP_SCRATCH`).
    ``statements``: the module of the scratch statements (default this one; a hub's: :func:`of`).
    """
    own = statements or _THIS

    def drop() -> None:
        for sql in own.DROP_SCRATCH:
            cursor.execute(sql)

    try:
        for sql in (*own.DROP_SCRATCH, *own.SCRATCH):
            cursor.execute(sql, values if own.PARAM_MARK in sql else ())
        yield lambda sql: cursor.execute(sql, values).fetchall()
    except BaseException:
        drop()
        raise
    if not keep:
        drop()


_THIS = sys.modules[__name__]


def of(dialect: str) -> Any:
    """The module of the statements for the store's SQL ``dialect``: this one, or :mod:`.aggregates_pg`."""
    if dialect == "postgresql":
        from reciprocity_desktop.services.insights import aggregates_pg

        return aggregates_pg
    return _THIS
