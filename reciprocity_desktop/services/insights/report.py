"""The reciprocity report: every figure over the considered gifts and outcomes.

See the definitions in :mod:`reciprocity_desktop.services.insights`. The store computes the
counts, sums and the days from gift to outcome (:mod:`.aggregates`); here the compact rows are
put together into the groups, and the medians taken.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from reciprocity_desktop.services.insights import aggregates
from reciprocity_desktop.services.insights.figures import (
    DEFAULT_WINDOW_DAYS,
    QUALITIES,
    BalanceRow,
    GroupFigures,
    KindFigures,
    OutcomeKindFigures,
    ProspectGroup,
    QualityFigures,
    Report,
    check_params,
    median,
    rate,
)
from reciprocity_desktop.services.snapshot import Snapshot, SnapshotList
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import GiftKind, OutcomeKind

_KIND_ORDER = {kind.value: i for i, kind in enumerate(GiftKind)}
_OUTCOME_ORDER = {kind.value: i for i, kind in enumerate(OutcomeKind)}


class _Acc:
    """Accumulates one group of gifts."""

    __slots__ = ("gifts", "prospects", "lags", "cost", "order_value")

    def __init__(self) -> None:
        self.gifts = 0
        self.prospects = 0
        self.lags: list[int] = []
        self.cost = 0
        self.order_value = 0

    def figures(self, target: GroupFigures) -> GroupFigures:
        target.gifts = self.gifts
        target.prospects = self.prospects
        target.reciprocated = len(self.lags)
        target.rate = rate(target.reciprocated, self.gifts)
        target.median_days = median(self.lags)
        target.cost_cents = self.cost
        target.order_value_cents = self.order_value
        return target


def _group_keys(kind: str, personal: object, unexpected: object, meaningful: object) -> tuple:
    """The groups a gift belongs to: the total, its kind, and with/without each quality."""
    return (
        ("total", None),
        ("kind", kind),
        ("personal", bool(personal)),
        ("unexpected", bool(unexpected)),
        ("meaningful", bool(meaningful)),
    )


#: The aggregates of the report (the balance aside: see :func:`compute` and :func:`compute_into`).
_FIGURES = ("GIFT_GROUPS", "KIND_PROSPECTS", "GIFTED", "NOT_GIFTED", "OUTCOME_GROUPS", "ORDER_GIFT_KINDS")


def compute(
    store: Store,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Report:
    """All the figures of the report (see the definitions in the package's text)."""
    check_params(window_days, date_from, date_to)
    values = aggregates.params(window_days, date_from, date_to)
    with store.read() as session:
        statements = aggregates.of(session.get_bind().dialect.name)  # a hub's SQL on PostgreSQL
        cursor = session.connection().connection.driver_connection.cursor()
        try:
            with aggregates.scratch(cursor, values, statements=statements) as fetch:
                rows = {name: fetch(getattr(statements, name)) for name in (*_FIGURES, "BALANCE")}
        finally:
            cursor.close()
    report = _report(rows, window_days, date_from, date_to)
    report.balance = _balance(rows["BALANCE"])
    return report


def compute_into(
    snapshot: Snapshot,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    keep_scratch: bool = False,
) -> tuple[Report, SnapshotList]:
    """The figures as :func:`compute` has them, but the balance as a list of ``snapshot`` (a temporary table:
    one row per prospect, read a page at a time) instead of in the report (whose ``balance`` stays empty).

    ``keep_scratch``: the scratch tables stay for more queries of the same load (:func:`drop_scratch` them).
    """
    check_params(window_days, date_from, date_to)
    values = aggregates.params(window_days, date_from, date_to)
    with snapshot.cursor() as cursor, aggregates.scratch(cursor, values, keep=True) as fetch:
        rows = {name: fetch(getattr(aggregates, name)) for name in _FIGURES}
    kept = False
    try:
        balance = SnapshotList.build(
            snapshot,
            aggregates.BALANCE_TABLE,
            values,
            aggregates.BALANCE_ORDER,
            table="insights_balance",
            columns=("id", "name", "city", "gifts", "cost", "outcomes", "orders"),
            row=lambda found: BalanceRow(*found),
            searched=("name", "city"),
            sorts=BALANCE_SORTS,
            id_column="id",
        )
        kept = keep_scratch
    finally:
        if not kept:
            drop_scratch(snapshot)
    return _report(rows, window_days, date_from, date_to), balance


def drop_scratch(snapshot: Snapshot) -> None:
    """Drop the scratch tables :func:`compute_into` kept (the load's lists are made)."""
    for sql in aggregates.DROP_SCRATCH:
        snapshot.run(sql)


#: The balance list's sort keys and their terms over its table (ties: the balance's own order).
BALANCE_SORTS = {
    "name": ("name COLLATE NOCASE", False),
    "gifts": ("gifts", False),
    "cost": ("cost", False),
    "outcomes": ("outcomes", False),
    "orders": ("orders", False),
    "net": ("net", False),
}


def _report(rows: dict[str, list[tuple]], window_days: int, date_from, date_to) -> Report:
    report = Report(window_days=window_days, date_from=date_from, date_to=date_to)
    groups = _gift_groups(rows["GIFT_GROUPS"], rows["KIND_PROSPECTS"])
    _add_order_values(rows["ORDER_GIFT_KINDS"], groups)
    report.by_outcome_kind = _outcome_kinds(rows["OUTCOME_GROUPS"])
    kinds = sorted((key[1] for key in groups if key[0] == "kind"), key=lambda k: (_KIND_ORDER.get(k, 99), k))
    report.by_kind = [groups[("kind", kind)].figures(KindFigures(kind=kind)) for kind in kinds]
    report.total = groups[("total", None)].figures(GroupFigures())
    report.by_quality = [
        QualityFigures(
            quality=quality,
            with_=groups[(quality, True)].figures(GroupFigures()),
            without=groups[(quality, False)].figures(GroupFigures()),
        )
        for quality in QUALITIES
    ]
    # gifted vs not gifted ("not gifted" = never given anything, whatever the period)
    [(gifted, reciprocated)] = rows["GIFTED"]
    [(not_gifted, back)] = rows["NOT_GIFTED"]
    report.gifted = ProspectGroup(gifted, reciprocated, rate(reciprocated, gifted))
    report.not_gifted = ProspectGroup(not_gifted, back, rate(back, not_gifted))
    return report


def _gift_groups(
    rows: Iterable[tuple], kind_prospects: Iterable[tuple]
) -> defaultdict[tuple[str, object], _Acc]:
    """Every group of gifts from the counts per kind, qualities and lag."""
    groups: defaultdict[tuple[str, object], _Acc] = defaultdict(_Acc)
    for kind, personal, unexpected, meaningful, lag, count, cost in rows:
        for key in _group_keys(kind, personal, unexpected, meaningful):
            acc = groups[key]
            acc.gifts += count
            acc.cost += cost
            if lag is not None:
                acc.lags.extend([lag] * count)
    for kind, prospects in kind_prospects:  # distinct recipients: by kind only
        groups[("kind", kind)].prospects = prospects
    return groups


def _add_order_values(rows: Iterable[tuple], groups: defaultdict[tuple[str, object], _Acc]) -> None:
    """Each order's value once to every group of the gifts it reciprocates."""
    keys: dict[str, set] = defaultdict(set)
    value_of: dict[str, int] = {}
    for outcome_id, value, kind, *qualities in rows:
        value_of[outcome_id] = value
        found = keys[outcome_id]
        found.update((("total", None), ("kind", kind)))
        for quality, (most, least) in zip(
            QUALITIES, zip(qualities[::2], qualities[1::2], strict=True), strict=True
        ):
            found.update((quality, bool(flag)) for flag in {most, least})
    for outcome_id, found in keys.items():
        for key in found:
            groups[key].order_value += value_of[outcome_id]


def _outcome_kinds(rows: Iterable[tuple]) -> list[OutcomeKindFigures]:
    """Figures per outcome kind from the counts per kind and days from the latest gift."""
    per_kind: dict[str, OutcomeKindFigures] = {}
    outcome_lags: dict[str, list[int]] = defaultdict(list)
    for kind, lag, count, value in rows:
        figures = per_kind.setdefault(kind, OutcomeKindFigures(kind=kind))
        figures.all_outcomes += count
        figures.all_value_cents += value
        if lag is None:
            continue
        figures.outcomes += count
        figures.value_cents += value
        outcome_lags[kind].extend([lag] * count)
    ordered = []
    for kind in sorted(per_kind, key=lambda k: (_OUTCOME_ORDER.get(k, 99), k)):
        per_kind[kind].median_days = median(outcome_lags[kind])
        ordered.append(per_kind[kind])
    return ordered


def _balance(rows: Iterable[tuple]) -> list[BalanceRow]:
    """Per prospect with gifts or outcomes: what the gifts cost and what the orders brought, best first.

    Sorted as the rows come (id, name, city, gifts, cost, outcomes, orders): net descending, the name
    case-folded, the id; then made records.
    """
    ordered = sorted(rows, key=lambda r: (r[4] - r[6], r[1].casefold(), r[0]))
    return [BalanceRow(*row) for row in ordered]
