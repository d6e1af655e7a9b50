"""What an import tells: the per-row errors, the report, and the two ways it can end without importing."""

from __future__ import annotations

from dataclasses import dataclass, field

from reciprocity_desktop.services import errors
from reciprocity_desktop.services.errors import DomainError, Message

#: How many failing rows the error message lists.
SHOW_ERRORS = 5


@dataclass(frozen=True)
class RowError:
    """One problem in one row: the physical line it starts on, our field, and the sentence."""

    line: int
    field: str
    message: str
    template: str = ""
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"

    def as_message(self) -> Message:
        """The problem as a message to translate ("line 7: e-mail 'x' is not an e-mail address.")."""
        problem = _marked_elsewhere(self.template, self.params) if self.template else self.message
        return Message("line {line}: {problem}", line=self.line, problem=problem)


def _marked_elsewhere(text: str, params: dict) -> Message:
    """A row's message again: its template was marked where the import made it (csv_io.rows)."""
    return Message(text, **params)


#: What a row of the file does (:attr:`PreviewRow.status`).
CREATED = "created"  #: a new prospect
PRESENT = "present"  #: a prospect the store has already (never changed by an import)
REPEATED = "repeated"  #: a prospect of an earlier row of the file (its contact person joins it)


@dataclass(frozen=True)
class PreviewRow:
    """One of the first good rows of a file, as the import takes it (for a preview before importing)."""

    line: int
    status: str  #: CREATED, PRESENT or REPEATED
    values: dict[str, str]  #: the prospect's clean fields
    contact: str = ""  #: the contact person's name, if the row names one


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    created: int = 0
    already_present: int = 0
    failed: list[RowError] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    imported: bool = False
    rows: int = 0  #: data rows in the file (blank rows not counted)
    duplicates: int = 0  #: rows repeating a prospect of an earlier row of the same file
    contacts_created: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    #: the first good rows (as many as the import was asked to keep: none unless it was)
    preview: list[PreviewRow] = field(default_factory=list)

    @property
    def failed_lines(self) -> list[int]:
        return sorted({error.line for error in self.failed})

    def summary(self) -> Message:
        # Each count after its label: no plural form to agree with it, in any language.
        return Message(
            "Rows read: {rows}; prospects that would be created: {created}; already present: {present}; "
            "repeated rows: {duplicates}; rows with errors: {failed}."
            if self.dry_run
            else "Rows read: {rows}; prospects created: {created}; already present: {present}; "
            "repeated rows: {duplicates}; rows with errors: {failed}.",
            rows=self.rows,
            created=self.created,
            present=self.already_present,
            duplicates=self.duplicates,
            failed=len(self.failed_lines),
        )


class Cancelled(errors.Cancelled):
    """The user cancelled the import; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


class RowsFailed(DomainError):
    """Some rows are bad and ``skip_bad`` was not given; nothing was imported. ``report`` has them all."""

    def __init__(self, report: ImportReport) -> None:
        lines = report.failed_lines
        shown = [e for e in report.failed if e.line in set(lines[:SHOW_ERRORS])]
        more = len(lines) - SHOW_ERRORS
        text = (
            "%n row(s) cannot be imported, so nothing was imported: {errors} {more} "
            "Correct the file, or skip the bad rows."
            if more > 0
            else "%n row(s) cannot be imported, so nothing was imported: {errors} "
            "Correct the file, or skip the bad rows."
        )
        super().__init__(
            text,
            field="file",
            n=len(lines),
            errors=tuple(error.as_message() for error in shown),
            more=Message("%n more row(s) have errors too.", n=more),
        )
        self.report = report
