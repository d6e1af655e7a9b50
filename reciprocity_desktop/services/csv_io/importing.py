"""Importing prospects (and their contact persons) from a CSV file, in one transaction, as a stream.

Rows are read from the file a chunk at a time (:meth:`ParsedCsv.iter_records`), checked as the
window's form checks them (:mod:`.rows`), staged with bulk statements (:mod:`.bulk`) and moved into
the store at the end in one statement per table (:mod:`.staging`); failing rows are reported with
the physical line they start on (header = line 1); the transaction runs without SQLite's foreign-key
checks (:func:`_without_foreign_key_checks`). By default nothing is
written when any row fails, with ``skip_bad=True`` the good rows are. The key (folded name,
normalised postal code, country) keeps re-imports and repeated rows from creating duplicates;
prospects already in the store are never changed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from itertools import islice

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from reciprocity_desktop.services.csv_io.bulk import ChunkWriter
from reciprocity_desktop.services.csv_io.folding import WordFolder
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
#: How many of the first good rows a dry run keeps for a preview (:attr:`ImportReport.preview`).
PREVIEW_ROWS = 50


def import_parsed(
    store: Store,
    parsed: ParsedCsv,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    total: int | None = None,
) -> ImportReport:
    """Import the rows of ``parsed`` in one transaction (see :func:`~reciprocity_desktop.services.csv_io.import_csv`).

    ``total`` is the number of data rows when the caller knows it (a dry run of the same file told it):
    progress then goes up to it without a pass over the file to count them.
    """
    report = ImportReport(
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
        columns=parsed.columns,
        dry_run=dry_run,
        ignored_columns=parsed.ignored_columns,
    )
    if progress is None:
        total = 0
    elif total is None:  # the total is only needed to tell progress: counting reads the file once more
        total = len(parsed)
    if getattr(store, "address", None) is not None:  # an office hub: in a scratch file holding its keys
        from reciprocity_desktop.services.csv_io.hub_import import import_on_hub

        return import_on_hub(
            store,
            lambda scratch: _import(scratch, parsed, report, total, dry_run=dry_run, skip_bad=skip_bad, progress=progress),
            dry_run=dry_run,
        )
    return _import(store, parsed, report, total, dry_run=dry_run, skip_bad=skip_bad, progress=progress)


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
    checker = RowChecker(parsed.indexes, WordFolder())
    if dry_run:
        with (
            store.read() as session,
            _as_sqlalchemy_errors(),
            ChunkWriter(
                store, session.connection(), report, checker, write=False, preview=PREVIEW_ROWS
            ) as writer,
        ):
            _run(writer, checker, parsed, total, progress, skip_bad=True)
        return report
    with store.session() as session, _as_sqlalchemy_errors():
        connection = session.connection()
        with _without_foreign_key_checks(connection):
            with ChunkWriter(store, connection, report, checker, write=True) as writer:
                _run(writer, checker, parsed, total, progress, skip_bad=skip_bad)
                if report.failed and not skip_bad:
                    raise RowsFailed(report)  # rolls the transaction back
                writer.finish()
            connection.connection.driver_connection.commit()  # the session's own commit then has nothing to do
    report.imported = True
    return report


@contextlib.contextmanager
def _without_foreign_key_checks(connection: Connection) -> Iterator[None]:
    """The import's transaction without SQLite's foreign-key checks, which are switched on again when it ends.

    Every contact the import writes belongs to a prospect it creates in the same transaction (an id it
    made itself, see :mod:`.bulk`; a prospect already stored never gets contacts from an import), and
    nothing else it writes has a foreign key, so the check (a lookup per contact: about 0.4 s of CPU per
    100,000 contacts, as much as filling the search index) can find nothing. SQLite takes the switch only
    outside a transaction: the block must commit (or raise) itself; when it raises, its transaction is
    rolled back here, before the checks are switched on again, so that the connection goes back to the
    pool as it came. A connection already in a transaction keeps its checks (nothing is switched).
    """
    raw = connection.connection.driver_connection
    switched = not raw.in_transaction and raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    if switched:
        raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if switched:
            try:
                if raw.in_transaction:
                    raw.rollback()  # the block raised: nothing of it stays
                raw.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error:  # a broken connection: never back into the pool without its checks
                connection.invalidate()
                raise


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
    check, failed = checker.check, report.failed
    done = 0
    with closing(parsed.iter_records()) as records:
        while True:
            # each record is checked as it is read: only the good rows (plain tuples) wait for the chunk's statements
            good: list[Row] = []
            read = 0
            for line, cells in islice(records, CHUNK_ROWS):
                read += 1
                row = check(line, cells, width, failed)
                if row is not None:
                    good.append(row)
            if not read:
                break
            if failed and not skip_bad:
                writer.stop_writing()  # nothing will be written: the rest of the file is only checked
            writer.apply(good)
            start, done = done, done + read
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
