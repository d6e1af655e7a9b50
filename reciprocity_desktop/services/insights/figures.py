"""The figures of the reciprocity report, their JSON form and the checks of its parameters.

Money is kept in integer cents; :meth:`Report.to_json` turns it into decimal amounts (12.5,
not 1250) for the ``report --json`` command.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any

from reciprocity_desktop.services.errors import ValidationError

DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 3650
QUALITIES: tuple[str, ...] = ("personal", "unexpected", "meaningful")


def money(cents: int) -> float | int:
    """Cents as a decimal amount for JSON: 1250 -> 12.5, 1200 -> 12."""
    return cents // 100 if cents % 100 == 0 else round(cents / 100, 2)


def _round_rate(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


def rate(part: int, whole: int) -> float | None:
    """``part / whole``; None when there is nothing to divide by."""
    return part / whole if whole else None


def median(values: list[int]) -> float | None:
    """The median as an int when it is whole (``30``, not ``30.0``); None for no values."""
    if not values:
        return None
    result = statistics.median(values)
    return int(result) if float(result).is_integer() else float(result)


def _json(record: object, *fields: str) -> dict[str, Any]:
    """The JSON of ``record``, in the order of ``fields``.

    ``"name"`` copies the attribute; ``"value=value_cents"`` gives the attribute ``value_cents``
    as a decimal amount under the key ``value``.
    """
    data: dict[str, Any] = {}
    for spec in fields:
        key, _, cents = spec.partition("=")
        data[key] = money(getattr(record, cents)) if cents else getattr(record, key)
    return data


@dataclass
class GroupFigures:
    """Figures over one group of gifts (a kind, or gifts with/without a quality)."""

    gifts: int = 0
    prospects: int = 0
    reciprocated: int = 0
    rate: float | None = None
    median_days: float | None = None
    cost_cents: int = 0
    order_value_cents: int = 0

    def to_json(self, *, with_prospects: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"gifts": self.gifts}
        if with_prospects:
            data["prospects"] = self.prospects
        data.update(
            reciprocated=self.reciprocated,
            rate=_round_rate(self.rate),
            median_days=self.median_days,
            cost=money(self.cost_cents),
            order_value=money(self.order_value_cents),
        )
        return data


@dataclass
class KindFigures(GroupFigures):
    kind: str = ""

    def to_json(self, *, with_prospects: bool = True) -> dict[str, Any]:
        return {"kind": self.kind, **super().to_json(with_prospects=with_prospects)}


@dataclass
class QualityFigures:
    quality: str
    with_: GroupFigures
    without: GroupFigures

    def to_json(self) -> dict[str, Any]:
        return {
            "quality": self.quality,
            "with": self.with_.to_json(with_prospects=False),
            "without": self.without.to_json(with_prospects=False),
        }


@dataclass
class ProspectGroup:
    """Gifted or not gifted prospects: how many, how many got something back."""

    prospects: int = 0
    reciprocated: int = 0
    rate: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "prospects": self.prospects,
            "reciprocated": self.reciprocated,
            "rate": _round_rate(self.rate),
        }


@dataclass
class OutcomeKindFigures:
    kind: str
    outcomes: int = 0  # outcomes of this kind that reciprocate at least one considered gift
    median_days: float | None = None  # from the latest gift each one reciprocates
    value_cents: int = 0  # value of those outcomes
    all_outcomes: int = 0  # every outcome of this kind in the outcome period
    all_value_cents: int = 0

    def to_json(self) -> dict[str, Any]:
        return _json(
            self,
            "kind",
            "outcomes",
            "median_days",
            "value=value_cents",
            "all_outcomes",
            "all_value=all_value_cents",
        )


@dataclass
class BalanceRow:
    prospect_id: str
    name: str
    city: str
    gifts: int = 0
    gift_cost_cents: int = 0
    outcomes: int = 0
    order_value_cents: int = 0

    @property
    def net_cents(self) -> int:
        return self.order_value_cents - self.gift_cost_cents

    @property
    def id(self) -> str:
        return self.prospect_id

    def to_json(self) -> dict[str, Any]:
        """Spelled out rather than through :func:`_json`: ``report --json`` makes one per prospect (96,881 on an
        office store)."""
        cost, orders = self.gift_cost_cents, self.order_value_cents
        return {
            "prospect_id": self.prospect_id,
            "name": self.name,
            "gifts": self.gifts,
            "gift_cost": money(cost),
            "outcomes": self.outcomes,
            "order_value": money(orders),
            "net": money(orders - cost),
        }


@dataclass
class Report:
    window_days: int
    date_from: dt.date | None
    date_to: dt.date | None
    by_kind: list[KindFigures] = field(default_factory=list)
    gifted: ProspectGroup = field(default_factory=ProspectGroup)
    not_gifted: ProspectGroup = field(default_factory=ProspectGroup)
    by_quality: list[QualityFigures] = field(default_factory=list)
    by_outcome_kind: list[OutcomeKindFigures] = field(default_factory=list)
    balance: list[BalanceRow] = field(default_factory=list)
    #: All considered gifts together (order value counted once overall). Not in the JSON.
    total: GroupFigures = field(default_factory=GroupFigures)

    def to_json(self) -> dict[str, Any]:
        return {
            "window_days": self.window_days,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "by_kind": [k.to_json() for k in self.by_kind],
            "gifted": self.gifted.to_json(),
            "not_gifted": self.not_gifted.to_json(),
            "by_quality": [q.to_json() for q in self.by_quality],
            "by_outcome_kind": [o.to_json() for o in self.by_outcome_kind],
            "balance": [b.to_json() for b in self.balance],
        }


def check_params(window_days: int, date_from: dt.date | None, date_to: dt.date | None) -> None:
    """Refuse a window outside 0…MAX_WINDOW_DAYS days and a start after the end."""
    if not isinstance(window_days, int) or window_days < 0:
        raise ValidationError(
            "window days must be a whole number of at least 0 (got {value}).",
            field="window days",
            value=window_days,
        )
    if window_days > MAX_WINDOW_DAYS:
        raise ValidationError(
            "window days must be at most {limit} (got {value}).",
            field="window days",
            limit=MAX_WINDOW_DAYS,
            value=window_days,
        )
    if date_from and date_to and date_from > date_to:
        raise ValidationError(
            "The start date {start} is after the end date {end}.",
            field="from",
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
