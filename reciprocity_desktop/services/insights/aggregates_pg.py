"""The report's aggregates (:mod:`.aggregates`) on an office hub: the same figures in PostgreSQL's SQL.

What differs from the store file's statements: psycopg's ``%(name)s`` parameters (typed where only
``IS NULL`` would see them), booleans (``deleted IS false``; a gift's qualities kept as 0/1 in the
scratch table, so ``MAX``/``MIN`` read them as on SQLite), days as ``date - DATE '2000-01-01'``
instead of ``julianday``, ``pg_temp`` for SQLite's ``temp`` schema, named subqueries, and ``CASE``
where SQLite sums a boolean. The rows come back as :mod:`.aggregates`' do.
"""

from __future__ import annotations

PARAM_MARK = "%("

_GIFT_PERIOD = (
    "(CAST(%(start)s AS date) IS NULL OR {g}.date >= CAST(%(start)s AS date)) "
    "AND (CAST(%(end)s AS date) IS NULL OR {g}.date <= CAST(%(end)s AS date))"
)
_OUTCOME_PERIOD = (
    "(CAST(%(ostart)s AS date) IS NULL OR {o}.date >= CAST(%(ostart)s AS date)) "
    "AND (CAST(%(oend)s AS date) IS NULL OR {o}.date <= CAST(%(oend)s AS date))"
)
_LIVE = "(SELECT id FROM prospects WHERE deleted IS false)"
_DAY = "({} - DATE '2000-01-01')"
_WINDOW = "CAST(%(window)s AS integer)"

SCRATCH = (
    f"""CREATE TEMP TABLE insights_outcomes AS
        SELECT id, prospect_id AS pid, {_DAY.format("date")} AS day, kind, COALESCE(value_cents, 0) AS value
          FROM outcomes
         WHERE deleted IS false AND prospect_id IN {_LIVE} AND {_OUTCOME_PERIOD.format(o="outcomes")}""",
    "CREATE INDEX insights_outcomes_day ON pg_temp.insights_outcomes (pid, day)",
    f"""CREATE TEMP TABLE insights_gifts AS
        SELECT pid, day, kind, cost, personal, unexpected, meaningful,
               (SELECT MIN(o.day) FROM pg_temp.insights_outcomes o
                 WHERE o.pid = g.pid AND o.day >= g.day AND o.day <= g.day + {_WINDOW}) - day AS lag
          FROM (SELECT prospect_id AS pid, {_DAY.format("date")} AS day, kind, cost_cents AS cost,
                       personal::int AS personal, unexpected::int AS unexpected, meaningful::int AS meaningful
                  FROM gifts
                 WHERE deleted IS false AND prospect_id IN {_LIVE} AND {_GIFT_PERIOD.format(g="gifts")}) AS g""",
    "CREATE INDEX insights_gifts_day ON pg_temp.insights_gifts (pid, day)",
    "ANALYZE pg_temp.insights_outcomes",
    "ANALYZE pg_temp.insights_gifts",
)
DROP_SCRATCH = ("DROP TABLE IF EXISTS pg_temp.insights_gifts", "DROP TABLE IF EXISTS pg_temp.insights_outcomes")

GIFT_GROUPS = """
SELECT kind, personal, unexpected, meaningful, lag, COUNT(*), SUM(cost)
  FROM pg_temp.insights_gifts GROUP BY kind, personal, unexpected, meaningful, lag
"""

KIND_PROSPECTS = "SELECT kind, COUNT(DISTINCT pid) FROM pg_temp.insights_gifts GROUP BY kind"

GIFTED = """
SELECT COUNT(DISTINCT pid), COUNT(DISTINCT CASE WHEN lag IS NOT NULL THEN pid END) FROM pg_temp.insights_gifts
"""

NOT_GIFTED = """
SELECT COUNT(*),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM pg_temp.insights_outcomes o WHERE o.pid = p.id) THEN 1 ELSE 0 END), 0)
  FROM prospects p
 WHERE p.deleted IS false AND NOT EXISTS (SELECT 1 FROM gifts g WHERE g.prospect_id = p.id AND g.deleted IS false)
"""

OUTCOME_GROUPS = f"""
SELECT kind, lag, COUNT(*), SUM(value) FROM (
  SELECT o.kind, o.value, o.day - (SELECT MAX(g.day) FROM pg_temp.insights_gifts g
                                    WHERE g.pid = o.pid AND g.day <= o.day AND g.day >= o.day - {_WINDOW}) AS lag
    FROM pg_temp.insights_outcomes o) AS lagged
 GROUP BY kind, lag
"""

ORDER_GIFT_KINDS = f"""
SELECT o.id, o.value, g.kind, MAX(g.personal), MIN(g.personal), MAX(g.unexpected), MIN(g.unexpected),
       MAX(g.meaningful), MIN(g.meaningful)
  FROM pg_temp.insights_outcomes o
  JOIN pg_temp.insights_gifts g ON g.pid = o.pid AND g.day <= o.day AND g.day >= o.day - {_WINDOW}
 WHERE o.kind = 'order' AND o.value != 0
 GROUP BY o.id, o.value, g.kind
"""

BALANCE = """
SELECT p.id, p.name, p.city, t.gifts, t.cost, t.outcomes, t.orders
  FROM (SELECT pid, SUM(gifts)::bigint AS gifts, SUM(cost)::bigint AS cost, SUM(outcomes)::bigint AS outcomes,
               SUM(orders)::bigint AS orders
          FROM (SELECT pid, 1 AS gifts, cost, 0 AS outcomes, 0 AS orders FROM pg_temp.insights_gifts
                UNION ALL
                SELECT pid, 0, 0, 1, CASE WHEN kind = 'order' THEN value ELSE 0 END FROM pg_temp.insights_outcomes)
               AS parts
         GROUP BY pid) AS t
  JOIN prospects p ON p.id = t.pid
"""
