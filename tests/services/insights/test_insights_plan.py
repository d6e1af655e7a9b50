"""The report's scratch tables and order look-ups read the covering indexes of migration 0014 alone.

On an office store (300,000 gifts in a 1.1 GB file) reading the gifts' rows was most of the report's time;
so was a list of the 100,000 live prospects' ids. The plans are SQLite's own (EXPLAIN QUERY PLAN) on a
store at the head schema.
"""

from __future__ import annotations

import datetime as dt

from reciprocity_desktop.services.insights import aggregates


def _plans(store, values) -> dict[str, list[str]]:
    plans: dict[str, list[str]] = {}
    with store.read() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        try:
            with aggregates.scratch(cursor, values):
                for name, sql in (("outcomes", aggregates.SCRATCH[0]), ("gifts", aggregates.SCRATCH[2])):
                    select = sql.split(" AS", 1)[1]  # the statement without CREATE TEMP TABLE …
                    plans[name] = [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + select, values)]
                for name in ("OUTCOME_GROUPS", "ORDER_GIFT_KINDS", "NOT_GIFTED"):
                    sql = getattr(aggregates, name)
                    plans[name] = [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + sql, values)]
        finally:
            cursor.close()
    return plans


def test_report_reads_the_covering_indexes_not_the_rows(store):
    for values in (
        aggregates.params(90, None, None),
        aggregates.params(30, dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ):
        plans = _plans(store, values)
        assert "SCAN outcomes USING COVERING INDEX ix_outcomes_insights" in plans["outcomes"], plans
        assert "SCAN g USING COVERING INDEX ix_gifts_insights" in plans["gifts"], plans
        for name in ("OUTCOME_GROUPS", "ORDER_GIFT_KINDS"):
            assert any(
                step.startswith("SEARCH g USING COVERING INDEX ix_gifts_insights (prospect_id=?")
                for step in plans[name]
            ), plans[name]
        assert (
            "SCAN p USING COVERING INDEX sqlite_autoindex_prospects_1" in plans["NOT_GIFTED"]
        )  # ids in order
        for steps in plans.values():  # the deleted prospects from their partial index, never every live id
            assert all("ix_prospects_deleted" in step for step in steps if " prospects " in step), steps
