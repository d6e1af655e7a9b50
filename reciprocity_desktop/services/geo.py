"""Coordinates from postal codes, offline: the rules that give a prospect its latitude and longitude.

Typed coordinates win: a prospect whose coordinates were entered (the form, ``--latitude``/
``--longitude``, an imported file) keeps them whatever happens to its address. A prospect without
entered coordinates gets the centroid of its postal code (:mod:`reciprocity_desktop.postal_codes`,
GeoNames data shipped in ``resources/geo/``), recomputed whenever its postal code or country
changes, and ``coordinates_source`` says which it is. Clearing entered coordinates gives the
prospect its postal code's again.

A postal code the table does not know for a country it covers gets a gentle warning
(:func:`check_postal_code`); saving goes ahead, without coordinates.

For bulk paths (CSV import): :func:`coordinates_for` and :func:`fill_row` cost a few microseconds a
row (one primary-key probe of a read-only SQLite file, no ORM, no store session);
:func:`coordinates_for_many` looks up a chunk of rows in a few queries.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from reciprocity_desktop import postal_codes
from reciprocity_desktop.services import validate
from reciprocity_desktop.services.errors import ValidationError, Warning_
from reciprocity_desktop.store.models import CoordinatesSource

__all__ = [
    "ENTERED",
    "POSTAL_CODE",
    "check_coordinates",
    "check_postal_code",
    "coordinates_for",
    "coordinates_for_many",
    "covers",
    "fill_row",
    "is_entered",
    "lookup",
    "placed",
]

ENTERED = CoordinatesSource.ENTERED.value
POSTAL_CODE = CoordinatesSource.POSTAL_CODE.value
UNKNOWN_POSTAL_CODE = "unknown_postal_code"

covers = postal_codes.covers


def lookup(country: str | None, postal_code: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of the postal code's centroid in ``country``, or None when it is not known."""
    return postal_codes.lookup(country, postal_code)


#: The bulk name of :func:`lookup` (one call per CSV row: a few microseconds, nothing loaded whole).
coordinates_for = lookup
#: :func:`lookup` of a chunk of (country, postal code) pairs at once: pair -> (latitude, longitude), unknown
#: pairs left out (a few queries per chunk instead of one per row).
coordinates_for_many = postal_codes.lookup_many


def check_postal_code(country: str | None, postal_code: str | None) -> list[Warning_]:
    """A warning when ``country`` is one the table covers and does not know ``postal_code``, else none."""
    postal_code = (postal_code or "").strip()
    if not postal_code or not covers(country) or lookup(country, postal_code) is not None:
        return []
    return [
        Warning_(
            UNKNOWN_POSTAL_CODE,
            "postal code {postal_code} is not known in {country}: it gives the prospect no coordinates.",
            postal_code=postal_code,
            country=(country or "").strip().upper(),
        )
    ]


def _both_or_neither(latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        raise ValidationError(
            "{field} is needed too: enter both coordinates, or neither.",
            field="longitude" if longitude is None else "latitude",
        )


def check_coordinates(latitude: Any, longitude: Any) -> tuple[float, float] | None:
    """Typed coordinates (text or numbers; empty: none) as numbers, or ValidationError naming the field."""
    lat = validate.coordinate(latitude, "latitude", 90)
    lon = validate.coordinate(longitude, "longitude", 180)
    _both_or_neither(lat, lon)
    return None if lat is None or lon is None else (lat, lon)


def is_entered(prospect: Any) -> bool:
    """Whether a prospect's coordinates were entered (coordinates with no source count as entered:
    only this module derives them, and it always says so)."""
    if prospect.coordinates_source is not None:
        return prospect.coordinates_source == ENTERED
    return prospect.latitude is not None and prospect.longitude is not None


def placed(cleaned: Mapping[str, Any], current: Any = None) -> dict[str, Any]:
    """The ``latitude``, ``longitude`` and ``coordinates_source`` a prospect gets from a save.

    ``cleaned``: the validated fields of the save (``latitude``/``longitude`` present when they were
    given, None when given empty); ``current``: the prospect as it is (None for a new one). Returns
    the three fields to set, or nothing when they stay as they are (an edit of other fields).
    A latitude without a longitude (or the reverse) is refused, naming the missing one.
    """
    was_entered = current is not None and is_entered(current)
    given = "latitude" in cleaned or "longitude" in cleaned
    if given:
        latitude = cleaned.get("latitude", current.latitude if was_entered else None)
        longitude = cleaned.get("longitude", current.longitude if was_entered else None)
        _both_or_neither(latitude, longitude)
        if latitude is not None:
            return {"latitude": latitude, "longitude": longitude, "coordinates_source": ENTERED}
    elif current is not None and (was_entered or not ({"postal_code", "country"} & cleaned.keys())):
        return {}  # entered ones stay; without a new address nothing changes
    country = cleaned.get("country", current.country if current is not None else "")
    postal_code = cleaned.get("postal_code", current.postal_code if current is not None else "")
    place = lookup(country, postal_code)
    if place is None:
        return {"latitude": None, "longitude": None, "coordinates_source": None}
    return {"latitude": place[0], "longitude": place[1], "coordinates_source": POSTAL_CODE}


def fill_row(row: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """A bulk row (a dict of prospect columns) with its coordinates and their source, as a save gives them.

    Coordinates in the row (both) are ``entered``; else its postal code's centroid, if known.
    """
    if row.get("latitude") is not None and row.get("longitude") is not None:
        row["coordinates_source"] = ENTERED
        return row
    place = lookup(row.get("country"), row.get("postal_code"))
    if place is None:
        row.update(latitude=None, longitude=None, coordinates_source=None)
    else:
        row.update(latitude=place[0], longitude=place[1], coordinates_source=POSTAL_CODE)
    return row
