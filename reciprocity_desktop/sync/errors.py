"""Errors of the file sync. All are DomainErrors: the CLI prints one line, the window shows a message.

Whenever one of these is raised the store has not been changed.
"""

from __future__ import annotations

from reciprocity_desktop.services.errors import Cancelled, DomainError, Message


class SyncError(DomainError):
    """A sync action cannot be done; nothing was changed."""


class SyncFileError(SyncError):
    """The file cannot be imported: missing, empty, damaged, foreign or inconsistent."""


class NewerFormatError(SyncFileError):
    """The file was written by a newer version of the app, in a format this version cannot read."""


class RecordError(SyncFileError):
    """One record in the file is not valid (names the member, line and field)."""


class PassphraseError(SyncError):
    """A passphrase is missing, empty or wrong."""


class ImportCancelled(SyncError, Cancelled):
    """The user cancelled the import; it was rolled back."""


class ExportCancelled(SyncError, Cancelled):
    """The user cancelled the export; no file was written."""


def damaged(name: str, detail: Message) -> SyncFileError:
    """The file is a sync file but broken (``detail`` says where, a sentence of its own to translate)."""
    return SyncFileError(
        "The file {file} is damaged ({detail}); nothing was imported.", file=name, detail=detail
    )


def not_sync_file(name: str, detail: Message) -> SyncFileError:
    """The file is something else (``detail`` says what, a sentence of its own to translate)."""
    return SyncFileError(
        "The file {file} is not a Reciprocity Desktop sync file ({detail}); nothing was imported.",
        file=name,
        detail=detail,
    )
