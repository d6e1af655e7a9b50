"""Import prospects from CSV files (Excel, CRM exports) and export them back.

- :mod:`.decoding`: the file's bytes, binary files refused, the encoding chosen, decoded as a stream;
- :mod:`.reading` (:func:`read_csv`): sniff the delimiter, find and map the header, stream the rows;
- :func:`import_csv` (:mod:`.importing`, :mod:`.rows`, :mod:`.bulk`): check every row as the window's
  form does, write in one transaction with bulk statements a chunk at a time, never create a
  prospect twice; :mod:`.report` has what it tells; :func:`preview_csv` is the dry run a window shows
  before it imports (with the first rows), whose parsed file the import then takes as it is;
- :mod:`.exporting` (:func:`export_csv`): UTF-8 with BOM, formula-like cells neutralised; importing
  the export gives the same prospects back;
- :mod:`.headers`: the export's columns and the header names (en/de/nl/sl) an import recognises.

Every public name is importable from ``services.csv_io`` itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reciprocity_desktop.services.csv_io.exporting import export_csv
from reciprocity_desktop.services.csv_io.headers import EXPORT_COLUMNS, LABELS, PROSPECT_COLUMNS, map_headers
from reciprocity_desktop.services.csv_io.importing import (
    PREVIEW_ROWS,
    PROGRESS_EVERY,
    Progress,
    import_parsed,
)
from reciprocity_desktop.services.csv_io.reading import ParsedCsv, read_csv
from reciprocity_desktop.services.csv_io.report import (
    SHOW_ERRORS,
    Cancelled,
    ImportReport,
    PreviewRow,
    RowError,
    RowsFailed,
)
from reciprocity_desktop.services.csv_io.rows import country_from_text, prospect_key
from reciprocity_desktop.store import Store

__all__ = [
    "EXPORT_COLUMNS",
    "LABELS",
    "PREVIEW_ROWS",
    "PROGRESS_EVERY",
    "PROSPECT_COLUMNS",
    "SHOW_ERRORS",
    "Cancelled",
    "ImportReport",
    "CsvPreview",
    "ParsedCsv",
    "PreviewRow",
    "Progress",
    "RowError",
    "RowsFailed",
    "country_from_text",
    "export_csv",
    "import_csv",
    "map_headers",
    "preview_csv",
    "prospect_key",
    "read_csv",
]


def import_csv(
    store: Store,
    path: str | os.PathLike[str] | bytes | ParsedCsv,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    total: int | None = None,
) -> ImportReport:
    """Import prospects (and their contact persons) from a CSV file in one transaction.

    Raises DomainError when the file cannot be used, :class:`RowsFailed` when a row is bad
    and ``skip_bad`` is false (nothing imported), :class:`Cancelled` when ``progress``
    returns False (nothing imported). ``dry_run`` checks everything, writes nothing and
    returns the report even when rows fail. Prospects already in the store (same folded
    name, postal code and country) are counted, never changed. The file is read as a stream,
    so memory does not grow with it; ``path`` may be the :class:`ParsedCsv` of a dry run (the file
    is then not sniffed again). With ``progress`` and no ``total`` (the number of data rows, as a
    dry run's report tells it) the file is read once more to count its rows; ``total=0``: unknown.
    """
    # read_csv is looked up here, in the package, so that a test can replace it for the window's import
    parsed = path if isinstance(path, ParsedCsv) else read_csv(path)
    return import_parsed(store, parsed, dry_run=dry_run, skip_bad=skip_bad, progress=progress, total=total)


@dataclass(frozen=True)
class CsvPreview:
    """A file checked before it is imported: how it was read, and what importing it would do."""

    parsed: ParsedCsv  #: give it to :func:`import_csv` (with ``total=report.rows``) to import the file
    report: ImportReport  #: a dry run's, with the first :data:`PREVIEW_ROWS` good rows in ``preview``


def preview_csv(
    store: Store, path: str | os.PathLike[str] | bytes, progress: Progress | None = None
) -> CsvPreview:
    """Check a file as its import would (a dry run that skips bad rows), reading it once.

    ``progress(done, 0)`` is told the rows read so far (their total is not known before the end).
    Raises DomainError when the file cannot be used, :class:`Cancelled` when ``progress`` returns False.
    """
    parsed = read_csv(path)
    report = import_parsed(store, parsed, dry_run=True, skip_bad=True, progress=progress, total=0)
    return CsvPreview(parsed, report)
