"""Sync by file: export a store to one file, import colleagues' files, merge with nothing lost.

No Qt here: the window and the command line call these service functions.
The file format and the merge rules are specified in ``docs/sync-format.md``.
"""

from reciprocity_desktop.sync.colleagues import ColleagueGift, colleague_gifts_for_planned_visits
from reciprocity_desktop.sync.conflicts import ConflictEntry, list_conflicts, restore_conflict
from reciprocity_desktop.sync.errors import (
    ExportCancelled,
    ImportCancelled,
    NewerFormatError,
    PassphraseError,
    RecordError,
    SyncError,
    SyncFileError,
)
from reciprocity_desktop.sync.exporter import ExportSummary, export_file
from reciprocity_desktop.sync.importer import import_file, preview_import
from reciprocity_desktop.sync.summary import FlaggedRecord, ImportCounts, ImportSummary

__all__ = [
    "ColleagueGift",
    "ConflictEntry",
    "ExportCancelled",
    "ExportSummary",
    "FlaggedRecord",
    "ImportCancelled",
    "ImportCounts",
    "ImportSummary",
    "NewerFormatError",
    "PassphraseError",
    "RecordError",
    "SyncError",
    "SyncFileError",
    "colleague_gifts_for_planned_visits",
    "export_file",
    "import_file",
    "list_conflicts",
    "preview_import",
    "restore_conflict",
]
