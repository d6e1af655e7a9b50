"""Reading a member of a sync file a chunk of records at a time, each line checked as it comes.

Used by :class:`~reciprocity_desktop.sync.merge.MergePass`: it merges a chunk against the store
before it reads the next one, so that only a chunk of records is ever in memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol

from reciprocity_desktop.sync.batch import Progress, check_progress
from reciprocity_desktop.sync.bookkeeping import FileIds, LineSet, id_key
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.decoding import fast_records
from reciprocity_desktop.sync.errors import RecordError, SyncFileError
from reciprocity_desktop.sync.fields import MAX_TEXT, FieldProblem
from reciprocity_desktop.sync.format import TableSpec
from reciprocity_desktop.sync.incoming import CheckedRecord, check_record, file_values
from reciprocity_desktop.sync.summary import ImportCounts

#: (line number, checked record) of the lines of a chunk, in file order
Chunk = list[tuple[int, CheckedRecord]]


class ReadingState(Protocol):
    """What reading a chunk uses and counts of the pass it reads for."""

    reader: SyncFileReader
    progress: Progress | None
    done: int
    progress_total: int
    #: the lines passed the full check in an earlier pass: check their shape only
    checked_before: bool
    #: the ids of the file read so far (None: the pass does not look for repeated ids)
    file_ids: FileIds | None


def read_chunk(
    state: ReadingState,
    spec: TableSpec,
    lines: Iterator[tuple[int, bytes]],
    only: LineSet | None,
    counts: ImportCounts,
    *,
    size: int,
    progress_every: int,
) -> tuple[Chunk, SyncFileError | None, bool]:
    """The next ``size`` records of the member (only the lines in ``only``, if given), checked.

    Returns them, the error that stopped the reading (to be raised once the records before it
    are merged, so that the first problem of the file is the one reported) and whether the
    member is at its end.
    """
    numbers: list[int] = []
    raws: list[bytes] = []
    pending: SyncFileError | None = None
    ended = True
    try:
        for line, raw in lines:
            state.done += 1
            if state.done % progress_every == 0:
                check_progress(state.progress, state.done, state.progress_total)
            if only is not None and line not in only:
                counts.unchanged += 1  # the checking pass found nothing to do for this line
                continue
            numbers.append(line)
            raws.append(raw)
            if len(raws) >= size:
                ended = False
                break
    except SyncFileError as error:
        pending = error
    try:
        return _checked(state, spec, numbers, raws), pending, ended
    except SyncFileError:
        if pending is not None:  # a member that is damaged further on is damaged, whatever its lines say
            raise pending from None
        raise


def _checked(state: ReadingState, spec: TableSpec, numbers: list[int], raws: list[bytes]) -> Chunk:
    """The records of the lines, checked (in file order: the first problem is the one raised)."""
    reader = state.reader
    checked_before = state.checked_before
    file_ids = state.file_ids
    # the keys of the member's ids so far (the checking pass looks for an id seen twice)
    keys = file_ids.reading(spec.name) if file_ids is not None else None
    key_of = file_ids.key if file_ids is not None else id_key
    chunk: Chunk = []
    add = chunk.append
    for line, raw, fast in zip(
        numbers, raws, fast_records(spec, raws, checked_before=checked_before), strict=True
    ):
        rec: CheckedRecord
        if fast is not None:
            rec = fast
        else:  # not for the fast decoder: the full way says what is wrong, if anything
            try:
                rec = check_record(
                    spec,
                    reader.decode(spec, line, raw),
                    checked_before=checked_before,
                    short=len(raw) <= MAX_TEXT,
                    given=file_values(reader.manifest.seller_id, reader.manifest.seller_name),
                )
            except FieldProblem as problem:
                raise record_error(reader, spec, line, str(problem)) from None
        if keys is not None:
            rid = rec.id
            key = key_of(rid)
            if key in keys and _earlier_line_has(reader, spec, rid, line):
                raise record_error(reader, spec, line, f"record {rid} appears twice in the file")
            keys.add(key)
        add((line, rec))
    return chunk


def record_error(reader: SyncFileReader, spec: TableSpec, line: int, problem: str) -> RecordError:
    return RecordError(
        "The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.",
        file=reader.name,
        member=spec.member,
        line=line,
        problem=problem,
    )


def _earlier_line_has(reader: SyncFileReader, spec: TableSpec, rid: str, before: int) -> bool:
    """Whether a line of the member before ``before`` holds the record ``rid`` (its key was seen)."""
    with contextlib.closing(reader.lines(spec)) as lines:
        for line, raw in lines:
            if line >= before:
                return False
            obj = reader.decode(spec, line, raw)
            if obj.get("id") == rid:  # an earlier line: already checked to be a record
                return True
    return False  # pragma: no cover - the member has the line ``before``
