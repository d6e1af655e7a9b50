"""Importing prospects (and their contact persons) from a CSV file, in one transaction, as a stream.

Rows are read from the file a chunk at a time (:meth:`ParsedCsv.iter_records`), checked as the
window's form checks them (:mod:`.rows`), staged with bulk statements (:mod:`.bulk`) and moved into
the store at the end in one statement per table (:mod:`.staging`); failing rows are reported with
the physical line they start on (header = line 1). By default nothing is
written when any row fails, with ``skip_bad=True`` the good rows are. The key (folded name,
normalised postal code, country) keeps re-imports and repeated rows from creating duplicates;
prospects already in the store are never changed.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from itertools import islice

from sqlalchemy.exc import DBAPIError

from reciprocity_desktop.services.csv_io.bulk import ChunkWriter
from reciprocity_desktop.services.csv_io.reading import ParsedCsv
from reciprocity_desktop.services.csv_io.report import Cancelled, ImportReport, RowsFailed
from reciprocity_desktop.services.csv_io.rows import Row, RowChecker
from reciprocity_desktop.store import Store

#: ``progress(done, total)``; returning ``False`` (not merely a falsy None) cancels the import.
Progress = Callable[[int, int], bool | None]

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 200
#: Rows read, checked and written at a time.
CHUNK_ROWS = 2000


def import_parsed(
    store: Store,
    parsed: ParsedCsv,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the rows of ``parsed`` in one transaction (see :func:`~reciprocity_desktop.services.csv_io.import_csv`)."""
    report = ImportReport(
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
        columns=parsed.columns,
        dry_run=dry_run,
        ignored_columns=parsed.ignored_columns,
    )
    # the total is only needed to tell progress: counting reads the file once more
    total = len(parsed) if progress is not None else 0
    with _collector_paused():
        return _import(store, parsed, report, total, dry_run=dry_run, skip_bad=skip_bad, progress=progress)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the rows go through.

    Each chunk makes tens of thousands of short-lived objects (cells, rows, tuples for the
    statements) that reference counting frees; they live long enough to be promoted, so the
    collector kept walking the whole process's objects: 13 % of a 100,000-row import's CPU time
    for some 600 objects found. It runs again (as it was) when the import ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _as_sqlalchemy_errors() -> Iterator[None]:
    """Errors of the DBAPI cursor the writer uses, raised as SQLAlchemy raises them (so that the store
    tells a locked, full or damaged store plainly, as for every other action)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise DBAPIError.instance(None, None, exc, sqlite3.Error) from exc


def _import(
    store: Store,
    parsed: ParsedCsv,
    report: ImportReport,
    total: int,
    *,
    dry_run: bool,
    skip_bad: bool,
    progress: Progress | None,
) -> ImportReport:
    checker = RowChecker(parsed.indexes)
    if dry_run:
        with (
            store.read() as session,
            _as_sqlalchemy_errors(),
            ChunkWriter(store, session.connection(), report, checker, write=False) as writer,
        ):
            _run(writer, checker, parsed, total, progress, skip_bad=True)
        return report
    with (
        store.session() as session,
        _as_sqlalchemy_errors(),
        ChunkWriter(store, session.connection(), report, checker, write=True) as writer,
    ):
        _run(writer, checker, parsed, total, progress, skip_bad=skip_bad)
        if report.failed and not skip_bad:
            raise RowsFailed(report)  # rolls the transaction back
        writer.finish()
    report.imported = True
    return report


def _run(
    writer: ChunkWriter,
    checker: RowChecker,
    parsed: ParsedCsv,
    total: int,
    progress: Progress | None,
    *,
    skip_bad: bool,
) -> None:
    report = writer.report
    width = len(parsed.headers)  # more cells than that: a delimiter inside an unquoted field
    check = checker.check
    done = 0
    with closing(parsed.iter_records()) as records:
        while chunk := list(islice(records, CHUNK_ROWS)):
            good: list[Row] = []
            for line, cells in chunk:
                row, errors = check(line, cells, width)
                if row is None:
                    report.failed.extend(errors)
                else:
                    good.append(row)
            if report.failed and not skip_bad:
                writer.stop_writing()  # nothing will be written: the rest of the file is only checked
            writer.apply(good)
            start, done = done, done + len(chunk)
            report.rows = done
            if progress is not None:
                _tell(progress, start, done, total)


def _tell(progress: Progress, start: int, done: int, total: int) -> None:
    """Call ``progress`` for every PROGRESS_EVERY rows passed in (start, done], and at the end."""
    marks = list(range(start - start % PROGRESS_EVERY + PROGRESS_EVERY, done + 1, PROGRESS_EVERY))
    if done == total and (not marks or marks[-1] != done):
        marks.append(done)
    for mark in marks:
        if progress(mark, total) is False:
            raise Cancelled()
