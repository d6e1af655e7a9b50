"""Store-wide preferences with defaults (stored in the ``settings`` table)."""

from __future__ import annotations

import json

from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Setting

DEFAULTS: dict[str, object] = {
    "feedback_delay_days": 7,  # ask_feedback follow-up after a gift
    "ask_order_cooldown_days": 14,  # no ask_order this soon after a gift
    "gift_limits_cents": {"DE": 5000},  # yearly deductible gift limit per recipient, by country
    "gift_limit_warn_ratio": 0.8,  # "near the limit" from this share on
    "currency": "EUR",
    "seller_name": "",
}


def get(store: Store, key: str):
    if key not in DEFAULTS:
        raise KeyError(key)
    with store.read() as session:
        row = session.get(Setting, key)
        return json.loads(row.value) if row else DEFAULTS[key]


def set_(store: Store, key: str, value) -> None:
    if key not in DEFAULTS:
        raise ValidationError("'{key}' is not a setting.", field="setting", key=key)
    default = DEFAULTS[key]
    if isinstance(default, int) and (not isinstance(value, int) or value < 0):
        raise ValidationError("{key} must be a whole number of at least 0.", field=key, key=key)
    with store.session() as session:
        session.merge(Setting(key=key, value=json.dumps(value)))


def gift_limit_cents(store: Store, country: str) -> int | None:
    limits: dict[str, int] = get(store, "gift_limits_cents")
    return limits.get(country.upper()) if country else None
