"""Store-wide settings (the ``settings`` table): the seller, the home base, the route, follow-ups, gifts.

Every setting has a key (what ``settings list`` shows and ``settings set KEY VALUE`` takes), a default
and a check that turns what the user typed (or a value from the window) into the stored value, or
refuses it with one sentence naming the key and what it expects: they are in
:mod:`~reciprocity_desktop.services.settings_keys` (importable from here too). The gift limits are one
key per country, ``gift_limit.XX``, given in the currency's units (``gift_limit.DE 50``, empty for no
limit) and kept in cents; together they are one row, ``gift_limits_cents`` (its name since the first
release).

:func:`update` changes several settings in one transaction and returns what they were before and
after, so the window can undo it (:mod:`reciprocity_desktop.services.ops.settings`).

Stores of earlier releases: ``ask_order_cooldown_days`` (the first name of ``ask_cooldown_days``) is
read while no new row exists and is removed when the new one is written. The old key names are still
understood by :func:`get` and :func:`set_` (callers in code), never from the user.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services.settings_keys import (
    DEFAULT_GIFT_LIMITS,
    DEFAULTS,
    GIFT_LIMIT_PREFIX,
    GIFT_LIMIT_WARN_RATIO,
    GIFT_LIMITS_ROW,
    KEYS,
    RENAMED,
    SPECS,
    Spec,
    bounds,
    canonical_key,
    describe,
    gift_limit_changes,
    parse,
)
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Setting

__all__ = [
    "DEFAULTS",
    "GIFT_LIMITS_ROW",
    "GIFT_LIMIT_PREFIX",
    "GIFT_LIMIT_WARN_RATIO",
    "KEYS",
    "SPECS",
    "Changed",
    "Spec",
    "all_settings",
    "bounds",
    "canonical_key",
    "default_country",
    "describe",
    "get",
    "gift_limit_cents",
    "gift_limit_changes",
    "gift_limits",
    "parse",
    "read",
    "restore",
    "set_",
    "update",
]


# -- reading -------------------------------------------------------------------------------------------


def _rows(session: Session) -> dict[str, Any]:
    """Every stored setting, decoded (the table holds a handful of rows)."""
    return {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}


def _value(rows: Mapping[str, Any], key: str) -> Any:
    if key in rows:
        return rows[key]
    for old, new in RENAMED.items():
        if new == key and old in rows:
            return rows[old]
    return DEFAULTS[key]


def _limits(rows: Mapping[str, Any]) -> dict[str, int]:
    stored = rows.get(GIFT_LIMITS_ROW, DEFAULT_GIFT_LIMITS)
    return {str(country).upper(): int(cents) for country, cents in sorted(stored.items()) if country}


def read(session: Session, key: str) -> Any:
    """One setting inside a session the caller holds (see :func:`get`)."""
    return _lookup(_rows(session), key)


def _lookup(rows: Mapping[str, Any], key: str) -> Any:
    key = RENAMED.get(key, key)
    if key == GIFT_LIMITS_ROW:
        return _limits(rows)
    if key.startswith(GIFT_LIMIT_PREFIX):
        return _limits(rows).get(canonical_key(key)[len(GIFT_LIMIT_PREFIX) :])
    if key not in DEFAULTS:
        raise KeyError(key)
    return _value(rows, key)


def get(store: Store, key: str) -> Any:
    """The value of a setting (its default while none is stored); a gift limit in cents, or None.

    ``gift_limits_cents`` gives every country's limit as a dict in cents.
    """
    with store.read() as session:
        return read(session, key)


def all_settings(store: Store) -> dict[str, Any]:
    """Every setting in the order of :data:`SPECS`, then ``gift_limit.XX`` (in cents) by country."""
    with store.read() as session:
        rows = _rows(session)
    values = {key: _value(rows, key) for key in KEYS}
    values.update({GIFT_LIMIT_PREFIX + country: cents for country, cents in _limits(rows).items()})
    return values


def gift_limits(store: Store) -> dict[str, int]:
    """The yearly gift limit per recipient of each country that has one, in cents."""
    return get(store, GIFT_LIMITS_ROW)


def gift_limit_cents(store: Store, country: str) -> int | None:
    return gift_limits(store).get(country.upper()) if country else None


def default_country(store: Store) -> str:
    """The country a new prospect gets when none is given ("" when none is set)."""
    return str(get(store, "default_country"))


# -- writing -------------------------------------------------------------------------------------------


def _write(session: Session, stored: Mapping[str, Any]) -> None:
    """Write parsed values (canonical keys; a gift limit None removes it)."""
    limits = {GIFT_LIMIT_PREFIX + c: v for c, v in _limits(_rows(session)).items()}
    limits_changed = False
    for key, value in stored.items():
        if key.startswith(GIFT_LIMIT_PREFIX):
            limits[key] = value
            limits_changed = True
            continue
        session.merge(Setting(key=key, value=json.dumps(value)))
        old_names = [old for old, new in RENAMED.items() if new == key]
        if old_names:
            session.execute(delete(Setting).where(Setting.key.in_(old_names)))
    if limits_changed:
        by_country = {
            key[len(GIFT_LIMIT_PREFIX) :]: cents for key, cents in sorted(limits.items()) if cents is not None
        }
        session.merge(Setting(key=GIFT_LIMITS_ROW, value=json.dumps(by_country)))


@dataclass(frozen=True)
class Changed:
    """What :func:`update` changed: the stored values of the changed keys before and after."""

    before: dict[str, Any]
    after: dict[str, Any]

    def __bool__(self) -> bool:
        return bool(self.after)


def update(store: Store, values: Mapping[str, Any]) -> Changed:
    """Change several settings at once (one transaction; nothing changes when one is refused).

    ``values``: key → what the user gave (a gift limit in the currency's units, empty for none).
    Returns the keys that changed with their stored values before and after (a gift limit that did
    not exist: None); :func:`restore` writes either back.
    """
    parsed = dict(parse(key, value) for key, value in values.items())
    with store.session() as session:
        rows = _rows(session)
        before = {key: _lookup(rows, key) for key in parsed}
        after = {key: value for key, value in parsed.items() if before[key] != value}
        _write(session, after)
    return Changed({key: before[key] for key in after}, after)


def restore(store: Store, stored: Mapping[str, Any]) -> None:
    """Write stored values back (those of a :class:`Changed`), without parsing them again."""
    with store.session() as session:
        _write(session, {canonical_key(key): value for key, value in stored.items()})


def set_(store: Store, key: str, value: Any) -> Changed:
    """Change one setting (see :func:`update`). Code may still use the old ``gift_limits_cents`` with a
    dict of cents: it replaces every country's limit."""
    key = RENAMED.get(key, key)
    if key == GIFT_LIMITS_ROW and isinstance(value, Mapping):
        current = {GIFT_LIMIT_PREFIX + country: None for country in gift_limits(store)}
        wanted = {GIFT_LIMIT_PREFIX + str(c).upper(): Decimal(int(v)) / 100 for c, v in value.items()}
        return update(store, {**current, **wanted})
    return update(store, {key: value})
