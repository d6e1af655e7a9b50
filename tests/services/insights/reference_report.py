"""The report as it was computed before the SQL aggregates (every gift and outcome in Python): the reference
the SQL version must agree with on random stores. Kept as it was; do not use it in the package.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

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
from reciprocity_desktop.services.insights.matching import (
    GiftRow,
    Matcher,
    OutcomeRow,
    live_gifts,
    live_outcomes,
    prospect_names,
)
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Gift, GiftKind, OutcomeKind

_KIND_ORDER = {kind.value: i for i, kind in enumerate(GiftKind)}
_OUTCOME_ORDER = {kind.value: i for i, kind in enumerate(OutcomeKind)}


class _Acc:
    """Accumulates one group of gifts."""

    __slots__ = ("gifts", "prospects", "lags", "cost", "order_value")

    def __init__(self) -> None:
        self.gifts = 0
        self.prospects: set[str] = set()
        self.lags: list[int] = []
        self.cost = 0
        self.order_value = 0

    def figures(self, target: GroupFigures) -> GroupFigures:
        target.gifts = self.gifts
        target.prospects = len(self.prospects)
        target.reciprocated = len(self.lags)
        target.rate = rate(target.reciprocated, self.gifts)
        target.median_days = median(self.lags)
        target.cost_cents = self.cost
        target.order_value_cents = self.order_value
        return target


def _group_keys(gift: GiftRow) -> tuple[tuple[str, object], ...]:
    """The groups a gift belongs to: the total, its kind, and with/without each quality."""
    return (
        ("total", None),
        ("kind", gift.kind),
        ("personal", gift.personal),
        ("unexpected", gift.unexpected),
        ("meaningful", gift.meaningful),
    )


def compute(
    store: Store,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Report:
    """All the figures of the report (see the definitions in the package's text)."""
    check_params(window_days, date_from, date_to)
    outcome_end = date_to + dt.timedelta(days=window_days) if date_to else None
    with store.read() as session:
        names = prospect_names(session)
        live = set(names)
        gifts = live_gifts(session, live, date_from, date_to)
        # Only outcomes from date_from to date_to + window can reciprocate a considered gift.
        outcomes = live_outcomes(session, live, date_from, outcome_end)
        ever_gifted = live & set(
            session.scalars(select(Gift.prospect_id).where(Gift.deleted.is_(False)).distinct())
        )
    report = Report(window_days=window_days, date_from=date_from, date_to=date_to)
    matcher = Matcher(gifts, outcomes, window_days)
    groups, reciprocated_ids = _gift_groups(gifts, matcher)
    report.by_outcome_kind = _outcome_kinds(outcomes, matcher, groups)
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
    gifted_ids = {g.prospect_id for g in gifts}
    not_gifted_ids = live - ever_gifted
    back = len(not_gifted_ids & {o.prospect_id for o in outcomes})
    report.gifted = ProspectGroup(
        len(gifted_ids), len(reciprocated_ids), rate(len(reciprocated_ids), len(gifted_ids))
    )
    report.not_gifted = ProspectGroup(len(not_gifted_ids), back, rate(back, len(not_gifted_ids)))
    report.balance = _balance(gifts, outcomes, names)
    return report


def _gift_groups(gifts: list[GiftRow], matcher: Matcher) -> tuple[dict[tuple[str, object], _Acc], set[str]]:
    """Every group of gifts in one pass, and the prospects with a reciprocated gift."""
    groups: dict[tuple[str, object], _Acc] = defaultdict(_Acc)
    reciprocated_ids: set[str] = set()
    for gift in gifts:
        lag = matcher.first_outcome_days(gift)
        if lag is not None:
            reciprocated_ids.add(gift.prospect_id)
        for key in _group_keys(gift):
            acc = groups[key]
            acc.gifts += 1
            acc.cost += gift.cost
            if lag is not None:
                acc.lags.append(lag)
        groups[("kind", gift.kind)].prospects.add(gift.prospect_id)  # distinct recipients: by kind only
    return groups, reciprocated_ids


def _outcome_kinds(
    outcomes: list[OutcomeRow], matcher: Matcher, groups: dict[tuple[str, object], _Acc]
) -> list[OutcomeKindFigures]:
    """Figures per outcome kind; adds each order's value once to every group of the gifts it reciprocates."""
    per_kind: dict[str, OutcomeKindFigures] = {}
    outcome_lags: dict[str, list[int]] = defaultdict(list)
    for outcome in outcomes:
        figures = per_kind.setdefault(outcome.kind, OutcomeKindFigures(kind=outcome.kind))
        figures.all_outcomes += 1
        figures.all_value_cents += outcome.value
        reciprocated = matcher.gifts_reciprocated_by(outcome)
        if not reciprocated:
            continue
        figures.outcomes += 1
        figures.value_cents += outcome.value
        outcome_lags[outcome.kind].append(outcome.day - reciprocated[-1].day)
        if outcome.kind == OutcomeKind.ORDER and outcome.value:
            for key in {key for gift in reciprocated for key in _group_keys(gift)}:
                groups[key].order_value += outcome.value
    ordered = []
    for kind in sorted(per_kind, key=lambda k: (_OUTCOME_ORDER.get(k, 99), k)):
        per_kind[kind].median_days = median(outcome_lags[kind])
        ordered.append(per_kind[kind])
    return ordered


def _balance(
    gifts: list[GiftRow], outcomes: list[OutcomeRow], names: dict[str, tuple[str, str]]
) -> list[BalanceRow]:
    """Per prospect with gifts or outcomes: what the gifts cost and what the orders brought, best first."""
    balance: dict[str, BalanceRow] = {}

    def row_for(prospect_id: str) -> BalanceRow:
        row = balance.get(prospect_id)
        if row is None:
            name, city = names.get(prospect_id, ("", ""))
            row = balance[prospect_id] = BalanceRow(prospect_id=prospect_id, name=name, city=city)
        return row

    for gift in gifts:
        row = row_for(gift.prospect_id)
        row.gifts += 1
        row.gift_cost_cents += gift.cost
    for outcome in outcomes:
        row = row_for(outcome.prospect_id)
        row.outcomes += 1
        if outcome.kind == OutcomeKind.ORDER:
            row.order_value_cents += outcome.value
    return sorted(balance.values(), key=lambda r: (-r.net_cents, r.name.casefold(), r.prospect_id))
