"""The pages a lazy list has fetched: the most recently used are kept, the rest fetched again when needed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class PageCache:
    """Rows fetched ``page_size`` at a time through ``fetch(offset, limit)``, at most ``keep`` pages kept.

    ``loaded`` counts the fetches (for tests and benchmarks: a list shown over 100,000 rows has
    fetched one or two pages, not the table).
    """

    def __init__(self, fetch: Callable[[int, int], list[Any]], page_size: int, keep: int = 20) -> None:
        self._fetch = fetch
        self.page_size = page_size
        self.keep = keep
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.loaded = 0

    def clear(self) -> None:
        """Forget every page (the filter, the order or the store changed)."""
        self._pages.clear()

    def put(self, number: int, rows: list[Any]) -> None:
        """Keep ``rows`` as page ``number`` (read some other way than ``fetch``, e.g. around a record)."""
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.keep:
            self._pages.popitem(last=False)

    def page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * self.page_size, self.page_size)
            self.loaded += 1
            self._pages[number] = page
            while len(self._pages) > self.keep:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def record(self, row: int) -> Any:
        """The record at ``row`` (fetching its page), or None past the end of the fetched page."""
        page = self.page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: str) -> int:
        """The row of a record among the pages kept, or -1."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if getattr(record, "id", None) == record_id:
                    return number * self.page_size + offset
        return -1
