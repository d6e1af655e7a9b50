"""A computed list held as its records, for an office hub: what a :class:`~.snapshot.SnapshotList` is on a file.

On a store file the window's computed lists (the gift register of a year, the Insights lists and balance)
are computed once into a temporary table of SQLite and paged, sorted and filtered there
(:mod:`~reciprocity_desktop.services.snapshot`, in SQLite's SQL). On a hub the same load computes the
list's records once (in PostgreSQL's SQL or through the ORM) and this holds them: the pages, sorts, filter
and a record's row answer the same questions in Python, as the lazy tables ask them
(:func:`~reciprocity_desktop.services.snapshot.list_page` and its siblings take either).

The same order as on a file: a sort's ties keep the list's own order, a missing value (None) comes first
going up and last going down, as SQLite orders NULL; the filter keeps the records one of whose searched
texts holds it, case ignored (as SQLite's LIKE ignores ASCII case).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: A sort: (its sort key, or None for the list's own order; descending), as :mod:`.snapshot`'s.
Sort = tuple[str | None, bool]


@dataclass
class MemoryList:
    """A list's records in its own order, paged, sorted and filtered in Python.

    ``searched``: a record's texts the filter looks in; ``sorts``: per sort key, the record's value to
    sort by and whether ascending means that value descending; ``default``: the sort with no key.
    """

    records: list[Any]
    record_id: Callable[[Any], str]
    searched: Callable[[Any], Sequence[str | None]]
    sorts: Mapping[str, tuple[Callable[[Any], Any], bool]]
    default: Sort = (None, False)
    _orders: dict[tuple[Sort, str], list[Any]] = field(default_factory=dict, repr=False)

    @property
    def rows(self) -> int:
        """How many records the list holds (no filter)."""
        return len(self.records)

    @property
    def snapshot(self) -> MemoryList:
        """What a load closes when replaced (nothing to free but the records)."""
        return self

    def close(self) -> None:
        self._orders.clear()

    def _listed(self, text: str, sort: Sort) -> list[Any]:
        sort = sort if sort[0] else self.default
        found = self._orders.get((sort, text))
        if found is not None:
            return found
        wanted = text.casefold()
        listed = (
            [r for r in self.records if any(wanted in (value or "").casefold() for value in self.searched(r))]
            if text
            else list(self.records)
        )
        key, descending = sort
        if key:
            value, inverted = self.sorts[key]
            down = descending != inverted
            present = [r for r in listed if value(r) is not None]
            missing = [r for r in listed if value(r) is None]
            present.sort(key=value, reverse=down)  # stable (reversed too): ties keep the list's own order
            listed = present + missing if down else missing + present
        if len(self._orders) > 8:
            self._orders.clear()
        self._orders[(sort, text)] = listed
        return listed

    def count(self, text: str = "") -> int:
        return len(self._listed(text, (None, False))) if text else len(self.records)

    def page(self, text: str = "", sort: Sort = (None, False), offset: int = 0, limit: int | None = None) -> list:
        listed = self._listed(text, sort)
        return listed[offset:] if limit is None else listed[offset : offset + limit]

    def position(self, record_id: str, text: str = "", sort: Sort = (None, False)) -> int | None:
        for at, record in enumerate(self._listed(text, sort)):
            if self.record_id(record) == record_id:
                return at
        return None


def folded_key(text: str | None) -> str:
    """A name as a case-insensitive sort key (SQLite's ``COLLATE NOCASE``, for every letter)."""
    return (text or "").casefold()
