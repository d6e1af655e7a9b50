"""Import prospects from CSV files (Excel, CRM exports) and export them back.

- :mod:`.decoding`: the file's bytes, binary files refused, the encoding chosen, decoded as a stream;
- :mod:`.reading` (:func:`read_csv`): sniff the delimiter, find and map the header, stream the rows;
- :func:`import_csv` (:mod:`.importing`, :mod:`.rows`, :mod:`.bulk`): check every row as the window's
  form does, write in one transaction with bulk statements a chunk at a time, never create a
  prospect twice; :mod:`.report` has what it tells;
- :mod:`.exporting` (:func:`export_csv`): UTF-8 with BOM, formula-like cells neutralised; importing
  the export gives the same prospects back;
- :mod:`.headers`: the export's columns and the header names (en/de/nl/sl) an import recognises.

Every public name is importable from ``services.csv_io`` itself.
"""

from __future__ import annotations

import os

from reciprocity_desktop.services.csv_io.exporting import export_csv
from reciprocity_desktop.services.csv_io.headers import EXPORT_COLUMNS, LABELS, PROSPECT_COLUMNS, map_headers
from reciprocity_desktop.services.csv_io.importing import PROGRESS_EVERY, Progress, import_parsed
from reciprocity_desktop.services.csv_io.reading import ParsedCsv, read_csv
from reciprocity_desktop.services.csv_io.report import (
    SHOW_ERRORS,
    Cancelled,
    ImportReport,
    RowError,
    RowsFailed,
)
from reciprocity_desktop.services.csv_io.rows import country_from_text, prospect_key
from reciprocity_desktop.store import Store

__all__ = [
    "EXPORT_COLUMNS",
    "LABELS",
    "PROGRESS_EVERY",
    "PROSPECT_COLUMNS",
    "SHOW_ERRORS",
    "Cancelled",
    "ImportReport",
    "ParsedCsv",
    "Progress",
    "RowError",
    "RowsFailed",
    "country_from_text",
    "export_csv",
    "import_csv",
    "map_headers",
    "prospect_key",
    "read_csv",
]


def import_csv(
    store: Store,
    path: str | os.PathLike[str] | bytes,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import prospects (and their contact persons) from a CSV file in one transaction.

    Raises DomainError when the file cannot be used, :class:`RowsFailed` when a row is bad
    and ``skip_bad`` is false (nothing imported), :class:`Cancelled` when ``progress``
    returns False (nothing imported). ``dry_run`` checks everything, writes nothing and
    returns the report even when rows fail. Prospects already in the store (same folded
    name, postal code and country) are counted, never changed. The file is read as a stream
    (twice when ``progress`` is given: once to count its rows), so memory does not grow with it.
    """
    # read_csv is looked up here, in the package, so that a test can replace it for the window's import
    return import_parsed(store, read_csv(path), dry_run=dry_run, skip_bad=skip_bad, progress=progress)
