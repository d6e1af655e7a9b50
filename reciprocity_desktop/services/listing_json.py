"""A ``list --json`` row's JSON text built by SQLite, so that Python only writes strings.

``prospects list --json`` on the office store (100,000 rows) spent most of its time turning each row into
a dict and the dict into indented JSON. Here the statement itself writes each object's text, exactly as
``json.dumps(row, ensure_ascii=False, indent=2)`` writes it inside the array (one level in): ``json_quote``
writes the texts (the same escapes as Python's encoder without ``ensure_ascii``: ``\\"``, ``\\\\``,
``\\n``…, other control characters as lowercase ``\\u00XX``), ``printf('%!.15g')`` the coordinates and the
UTC times are reshaped from their stored text.

Only what is sure to come out as Python writes it is written by SQLite; a row with anything else gives a
NULL text and goes through the Python converter as before (:func:`prospect_texts`' ``fallback``):

* a float that is 0, at most 1e-4 or at least 1e15 in size (Python and ``%g`` switch to exponents at other
  points), or that 15 digits do not give back exactly (then Python's shortest form has 16 or 17 digits;
  when 15 digits give it back they are Python's digits: two 15-digit numbers are further apart than one
  float's interval);
* a UTC time not stored as ``YYYY-MM-DD HH:MM:SS.ffffff`` (the ORM's form);
* a BLOB in any column (``json_quote`` refuses them; Python writes their ``str``).

The tags (a comma-separated text, a JSON list) are put in by Python, remembered per distinct text.

That SQL is SQLite's own (``GLOB``, ``json_quote``, ``printf``, ``typeof``): on an office hub
(PostgreSQL) :func:`written_by_sql` is False and the caller converts every row in Python instead.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator

from sqlalchemy import literal_column

from reciprocity_desktop.services import listing
from reciprocity_desktop.services.prospects import ProspectFilter, _ordering, filtered_query
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Prospect

#: Indentation inside one object of the array (the array's items are indented by two spaces).
_FIELD = "\n    "
_UTC_STORED = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]"


def _sql_text(text: str) -> str:
    """A Python string as an SQL string literal (newlines and all)."""
    return "'" + text.replace("'", "''") + "'"


def _real(column: str) -> tuple[str, str]:
    """(the JSON text of a REAL column, the condition under which it is Python's ``repr``)."""
    text = f"printf('%!.15g', {column})"
    safe = (
        f"({column} IS NULL OR (typeof({column}) = 'real' AND abs({column}) > 0.0001"
        f" AND abs({column}) < 1e15 AND CAST({text} AS REAL) = {column}))"
    )
    return f"CASE WHEN {column} IS NULL THEN 'null' ELSE {text} END", safe


def _utc(column: str) -> tuple[str, str]:
    """A stored UTC time as ``datetime.isoformat()`` gives it (no fraction when it is 0, ``+00:00``)."""
    text = f"'\"' || replace(replace({column}, ' ', 'T'), '.000000', '') || '+00:00\"'"
    return text, f"({column} GLOB '{_UTC_STORED}')"


def _text(column: str) -> tuple[str, str]:
    return f"json_quote({column})", f"typeof({column}) != 'blob'"


def object_text(fields: list[tuple[str, str, str]]) -> tuple[str, str]:
    """The SQL of pieces of one object's text: ``fields`` as (key, column, kind: text/real/utc/tags).

    Returns (head, tail): head is the text up to the tags' value, tail the rest (both NULL when the row is
    not sure to come out as Python writes it). Without a ``tags`` field, the tail is ``''``.
    """
    makers = {"text": _text, "real": _real, "utc": _utc}
    pieces: list[list[str]] = [[], []]
    conditions: list[str] = []
    tail_blobs: list[str] = []
    part = 0
    first = True
    for key, column, kind in fields:
        lead = ("{" if first else ",") + _FIELD + json.dumps(key) + ": "
        first = False
        if kind == "tags":
            pieces[0].append(_sql_text(lead))
            part = 1
            conditions.append(f"typeof({column}) = 'text'")
            continue
        text, safe = makers[kind](column)
        pieces[part].append(f"{_sql_text(lead)} || {text}")
        conditions.append(safe)
        if part and kind == "text":
            tail_blobs.append(safe)
    pieces[part].append(_sql_text("\n  }"))
    when = " AND ".join(conditions)
    head, tail = (" || ".join(p) if p else "''" for p in pieces)
    # The whole condition once, in the head (a NULL head: the row goes to Python, its tail unread); the tail
    # only needs to be computable: no BLOB for json_quote (a BLOB anywhere fails the head's condition).
    blobs = " AND ".join(tail_blobs)
    return f"CASE WHEN {when} THEN {head} END", f"CASE WHEN {blobs or '1'} THEN {tail} END"


@functools.lru_cache(maxsize=4096)
def tags_text(tags: str) -> str:
    """``Prospect.tag_list`` of a stored text as ``json.dumps(..., indent=2)`` writes it inside an object."""
    found = [t for t in (part.strip() for part in tags.split(",")) if t]
    if not found:
        return "[]"
    inner = ",\n      ".join(json.dumps(tag, ensure_ascii=False) for tag in found)
    return f"[\n      {inner}\n    ]"


#: The fields of ``prospects list --json`` (its public contract: these keys in this order) and their kinds.
PROSPECT_FIELDS = [
    *(
        (name, name, "text")
        for name in ["id", "name", "street", "postal_code", "city", "country", "phone", "email", "website"]
    ),
    ("industry", "industry", "text"),
    ("stage", "stage", "text"),
    ("tags", "tags", "tags"),
    ("notes", "notes", "text"),
    ("latitude", "latitude", "real"),
    ("longitude", "longitude", "real"),
    ("coordinates_source", "coordinates_source", "text"),
    ("created_at", "created_at", "utc"),
    ("updated_at", "updated_at", "utc"),
]
_PROSPECT_HEAD, _PROSPECT_TAIL = object_text([(k, f"prospects.{c}", kind) for k, c, kind in PROSPECT_FIELDS])


def written_by_sql(store: Store) -> bool:
    """Whether :func:`prospect_texts` works on ``store``: its SQL is SQLite's (a store file, not a hub)."""
    return store.engine.dialect.name == "sqlite"


def prospect_texts(store: Store, flt: ProspectFilter, fallback: Callable[[str], str]) -> Iterator[str]:
    """The JSON text of each prospect :func:`~.listing.prospect_rows` lists for ``flt``, in its order.

    ``fallback(id)``: the text of a row SQLite does not write (see the module's text), from Python.
    Only for a store file (:func:`written_by_sql`).
    """
    query = (
        filtered_query(flt)
        .with_only_columns(
            literal_column(_PROSPECT_HEAD).label("head"),
            Prospect.tags,
            literal_column(_PROSPECT_TAIL).label("tail"),
            Prospect.id,
        )
        .order_by(*_ordering("name", False))
    )
    for head, tags, tail, prospect_id in listing.stream(store, query):
        yield fallback(prospect_id) if head is None else head + tags_text(tags) + tail
