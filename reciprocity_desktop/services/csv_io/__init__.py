"""Import prospects from CSV files (Excel, CRM exports) and export them back.

- :mod:`.reading` (:func:`read_csv`): decode the bytes, sniff the delimiter, find and map the header;
- :mod:`.importing` (:func:`import_csv`): check every row as the window's form does, write in one
  transaction, never create a prospect twice;
- :mod:`.exporting` (:func:`export_csv`): UTF-8 with BOM, formula-like cells neutralised; importing
  the export gives the same prospects back;
- :mod:`.headers`: the export's columns and the header names (en/de/nl/sl) an import recognises.

Every public name is importable from ``services.csv_io`` itself.
"""

from reciprocity_desktop.services.csv_io.exporting import export_csv
from reciprocity_desktop.services.csv_io.headers import EXPORT_COLUMNS, LABELS, PROSPECT_COLUMNS, map_headers
from reciprocity_desktop.services.csv_io.importing import (
    PROGRESS_EVERY,
    SHOW_ERRORS,
    Cancelled,
    ImportReport,
    Progress,
    RowError,
    RowsFailed,
    country_from_text,
    import_csv,
    prospect_key,
)
from reciprocity_desktop.services.csv_io.reading import ParsedCsv, read_csv

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
