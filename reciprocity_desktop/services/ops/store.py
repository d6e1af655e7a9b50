"""Actions on the whole store: the demo tour and a CSV import. They change everything and cannot be undone."""

from __future__ import annotations

import os

from reciprocity_desktop.services import csv_io, demo
from reciprocity_desktop.services.changes import Changes, Op
from reciprocity_desktop.store import Store


def load_demo(store: Store) -> Op[dict[str, int]]:
    """Fill an empty store with the demo tour (what was added, per kind of record)."""
    return Op(Changes.everything(), demo.load_demo(store))


def import_csv(
    store: Store,
    path: str | os.PathLike[str] | csv_io.ParsedCsv,
    *,
    skip_bad: bool = False,
    progress: csv_io.Progress | None = None,
    total: int | None = None,
) -> Op[csv_io.ImportReport]:
    """Import prospects from a CSV file in one transaction (``csv_io.Cancelled`` when ``progress`` stops it).

    ``path`` may be a preview's parsed file, ``total`` its number of rows (see :func:`csv_io.import_csv`).
    """
    report = csv_io.import_csv(store, path, skip_bad=skip_bad, progress=progress, total=total)
    return Op(Changes.everything(), report)
