"""Where a postal code is: its centroid, from the table shipped in ``resources/geo/`` (no network).

The table (``postal_centroids.sqlite``) holds one row per country and postal code: the mean latitude
and longitude of the places GeoNames lists under that code (GeoNames postal-code data, CC BY 4.0,
https://www.geonames.org/; ``scripts/build_postal_centroids.py`` makes it). It is a small read-only
SQLite file: a lookup is one primary-key probe (a few microseconds), nothing is loaded whole.

Postal codes are compared in one normal form per country (:func:`normalise`), the same for the
codes of the table and for the ones people type: the leading digits of the code, so ``D-80331``,
``80331 München``, ``NL-1012 AB`` (GeoNames has the Dutch four-digit areas only), ``L-1611`` and
``75008 CEDEX 08`` all find their area; a code that lost its leading zero in a spreadsheet
(``1067`` for Dresden's ``01067``) gets it back.

This module sits beside ``paths`` (it only reads a resource), so the store's migrations can use it.
"""

from __future__ import annotations

import atexit
import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from reciprocity_desktop.paths import resource

#: The countries the table covers, with the number of digits of their postal codes.
DIGITS: dict[str, int] = {
    "AT": 4,
    "BE": 4,
    "CH": 4,
    "DE": 5,
    "FR": 5,
    "HR": 5,
    "IT": 5,
    "LU": 4,
    "NL": 4,
    "SI": 4,
}
COUNTRIES = frozenset(DIGITS)

#: Latitude and longitude are stored as whole numbers of this fraction of a degree (about 11 m).
SCALE = 10_000

TABLE_PARTS = ("geo", "postal_centroids.sqlite")

# A country prefix before the digits ("D-", "CH ", "NL-", "L-"), then the first run of digits.
_CODE_RE = re.compile(r"^[A-Z]{0,3}[\s\-\u2010-\u2013]*(\d+)")


def table_path() -> Path:
    """The shipped table, found like every other resource (:func:`reciprocity_desktop.paths.resource`)."""
    return resource(*TABLE_PARTS)


def covers(country: str | None) -> bool:
    """Whether the table has the postal codes of ``country`` (an ISO code, any case)."""
    return (country or "").strip().upper() in DIGITS


def normalise(country: str | None, postal_code: str | None) -> str | None:
    """``postal_code`` in the table's form for ``country``, or None when it cannot be one of its codes."""
    digits = DIGITS.get((country or "").strip().upper())
    if digits is None or not postal_code:
        return None
    if postal_code.isdigit() and postal_code.isascii():  # most codes: nothing to trim, no prefix ("D-")
        return postal_code.zfill(digits) if len(postal_code) <= digits else None
    match = _CODE_RE.match(postal_code.strip().upper())
    if match is None:
        return None
    code = match.group(1)
    if len(code) > digits:
        return None
    return code.zfill(digits)


class _Table:
    """One read-only connection to the table, shared by every thread (a lock around each probe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        path = table_path()
        if not path.is_file():
            raise FileNotFoundError(f"The postal-code table is missing from this installation: {path}")
        # immutable: the file never changes while the program runs, so SQLite takes no locks.
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        atexit.register(connection.close)
        return connection

    def get(self, country: str, code: str) -> tuple[float, float] | None:
        with self._lock:
            if self._connection is None:
                self._connection = self._connect()
            row = self._connection.execute(
                "SELECT lat, lon FROM centroids WHERE country = ? AND code = ?", (country, code)
            ).fetchone()
        return None if row is None else (row[0] / SCALE, row[1] / SCALE)

    def get_many(self, country: str, codes: list[str]) -> dict[str, tuple[float, float]]:
        """The known ones of ``codes`` (normal forms of ``country``): code -> (latitude, longitude)."""
        found: dict[str, tuple[float, float]] = {}
        with self._lock:
            if self._connection is None:
                self._connection = self._connect()
            for start in range(0, len(codes), _MANY):
                part = codes[start : start + _MANY]
                rows = self._connection.execute(
                    f"SELECT code, lat, lon FROM centroids WHERE country = ? AND code IN ({', '.join('?' * len(part))})",
                    (country, *part),
                )
                for code, lat, lon in rows:
                    found[code] = (lat / SCALE, lon / SCALE)
        return found


#: Codes looked up per query by :func:`lookup_many` (well under SQLite's limit of bound parameters).
_MANY = 500
_TABLE = _Table()


def lookup(country: str | None, postal_code: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of the postal code's centroid, or None when the table does not know it."""
    code = normalise(country, postal_code)
    if code is None:
        return None
    return _TABLE.get((country or "").strip().upper(), code)


def lookup_many(
    places: Iterable[tuple[str | None, str | None]],
) -> dict[tuple[str | None, str | None], tuple[float, float]]:
    """:func:`lookup` of many (country, postal code) pairs at once (a bulk import's chunk): one query per
    country and few hundred codes instead of one per pair. Pairs the table does not know are left out."""
    wanted: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
    for place in set(places):
        code = normalise(*place)
        if code is not None:
            wanted.setdefault(((place[0] or "").strip().upper(), code), []).append(place)
    by_country: dict[str, list[str]] = {}
    for country, code in wanted:
        by_country.setdefault(country, []).append(code)
    found: dict[tuple[str | None, str | None], tuple[float, float]] = {}
    for country, codes in by_country.items():
        for code, centroid in _TABLE.get_many(country, sorted(codes)).items():
            for place in wanted[(country, code)]:
                found[place] = centroid
    return found
