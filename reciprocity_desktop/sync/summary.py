"""What an import did (or, for a preview, would do): counts by name, held-back records, the printed lines."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportCounts:
    """How many records an import adds, updates, deletes, leaves, logs as conflicts and holds back.

    The summary keeps one per table (``ImportSummary.tables``) and gives the totals as ``counts``.
    """

    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    held_back: int = 0


_COUNT_NAMES = tuple(f.name for f in dataclasses.fields(ImportCounts))


@dataclass(frozen=True)
class FlaggedRecord:
    """A record of the file that was not applied because of a change stamp in the future."""

    table: str
    record_id: str
    label: str
    stamp: str
    changed_at: dt.datetime
    replica_id: str
    store_name: str
    #: "future" (its own stamp is in the future) or "parent" (it needs a record held back for that).
    reason: str

    def describe(self) -> str:
        when = self.changed_at.strftime("%Y-%m-%d %H:%M UTC")
        name = f' "{self.label}"' if self.label else ""
        if self.reason == "future":
            return (
                f"future timestamp: {self.table} {self.record_id}{name} changed at {when} "
                f"by {self.store_name or self.replica_id}: held back"
            )
        return f"held back: {self.table} {self.record_id}{name} needs a record held back for its future timestamp"


@dataclass(kw_only=True)
class ImportSummary(ImportCounts):
    """What an import did (or, for a preview, would do): its totals (the ImportCounts fields) and more."""

    file: str
    source_store_id: str
    source_store_name: str
    file_created_at: dt.datetime
    format_version: int
    app_version: str
    encrypted: bool
    since: dt.date | None
    tables: dict[str, ImportCounts] = field(default_factory=dict)
    flagged: list[FlaggedRecord] = field(default_factory=list)
    dry_run: bool = False
    #: The row in the import history (None for a preview or when nothing had to be written).
    import_id: int | None = None
    backup_path: Path | None = None
    #: Gifts this import added or changed (live ones), for :func:`colleague_gifts_for_planned_visits`.
    gift_ids: frozenset[str] = frozenset()

    @property
    def counts(self) -> ImportCounts:
        """The totals by name: ``summary.counts == ImportCounts(new=1, unchanged=2)``."""
        return ImportCounts(**{name: getattr(self, name) for name in _COUNT_NAMES})

    def add_counts(self, counts: ImportCounts) -> None:
        """Add one table's counts to the totals."""
        for name in _COUNT_NAMES:
            setattr(self, name, getattr(self, name) + getattr(counts, name))

    @property
    def records(self) -> int:
        return self.new + self.updated + self.deleted + self.unchanged + self.held_back

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.deleted)

    def counts_line(self) -> str:
        return (
            f"new: {self.new}, updated: {self.updated}, deleted: {self.deleted}, "
            f"unchanged: {self.unchanged}, conflicts: {self.conflicts}"
        )

    def lines(self) -> list[str]:
        """The summary as the command line prints it."""
        out = [self.counts_line()]
        out.extend(flag.describe() for flag in self.flagged)
        if self.held_back:
            out.append(
                f"held back: {self.held_back} records with change times in the future "
                "(the sending laptop's clock is probably wrong); they are applied once that time has come"
            )
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out
