"""The CSV import's bulk path: the same store content as the ORM path gave, bounded memory, cancel.

``mixed_de_cp1252.expected.json`` was written by the ORM import (one ``Prospect``/``Contact`` object
per row, stamped by the session hook) before the bulk path replaced it; the bulk path must give the
same prospects, contacts, derived columns and report, whatever its chunk size.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reciprocity_desktop.services import prospects as prospect_service
from reciprocity_desktop.services.csv_io import Cancelled, ImportReport, import_csv, read_csv
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import Contact, Meta, Prospect

FIXTURES = Path(__file__).parents[1] / "fixtures" / "csv"
MIXED = FIXTURES / "mixed_de_cp1252.csv"
GOLDEN = FIXTURES / "mixed_de_cp1252.expected.json"

_SKIP = {"id", "created_at", "updated_at", "stamp"}


@pytest.fixture
def s(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    yield store
    store.close()


def prepare(store) -> None:
    """What the store holds before the mixed file comes: one prospect it repeats, one deleted one."""
    prospect_service.add_prospect(store, name="Vorhanden GmbH", postal_code="1010", city="Wien", country="AT")
    gone = prospect_service.add_prospect(store, name="Gelöscht GmbH", postal_code="99999", country="DE")
    prospect_service.delete_prospect(store, gone.id)


def report_dict(report: ImportReport) -> dict:
    return {
        "created": report.created,
        "already_present": report.already_present,
        "duplicates": report.duplicates,
        "contacts_created": report.contacts_created,
        "rows": report.rows,
        "failed": [[e.line, e.field, e.message, e.template, e.params] for e in report.failed],
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "columns": report.columns,
        "ignored_columns": report.ignored_columns,
        "summary": str(report.summary()),
    }


def content(store) -> list[dict]:
    """Every prospect (deleted ones too) with its contacts, without ids and stamps."""
    p, c = Prospect.__table__, Contact.__table__
    with store.read() as session:
        prospects = session.execute(select(p)).mappings().all()
        contacts = session.execute(select(c)).mappings().all()
    people: dict[str, list[dict]] = {}
    for row in contacts:
        people.setdefault(row["prospect_id"], []).append(
            {k: v for k, v in row.items() if k not in _SKIP and k != "prospect_id"}
        )
    out = []
    for row in prospects:
        entry = {k: v for k, v in row.items() if k not in _SKIP}
        entry["contacts"] = sorted(people.get(row["id"], []), key=lambda x: json.dumps(x, sort_keys=True))
        out.append(entry)
    return sorted(out, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))


def golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def check_stamps(store, since: dt.datetime) -> None:
    """Rows the import wrote: one stamp each, later than every stamp before, the clock saved; created = updated."""
    p, c = Prospect.__table__, Contact.__table__
    with store.read() as session:
        rows = [
            *session.execute(select(p.c.id, p.c.stamp, p.c.created_at, p.c.updated_at)).all(),
            *session.execute(select(c.c.id, c.c.stamp, c.c.created_at, c.c.updated_at)).all(),
        ]
        clock = session.get(Meta, "hlc").value
    old = [row for row in rows if row.created_at < since]
    new = [row for row in rows if row.created_at >= since]
    assert new
    stamps = [Stamp.parse(row.stamp) for row in new]
    assert len(set(stamps)) == len(stamps)
    assert min(stamps) > max(Stamp.parse(row.stamp) for row in old)
    assert Stamp.parse(clock) == max(Stamp.parse(row.stamp) for row in rows)
    assert all(row.created_at == row.updated_at for row in new)
    assert all(uuid.UUID(row.id).version == 4 for row in new)


@pytest.mark.parametrize("chunk", [None, 2, 3])
def test_the_mixed_file_gives_what_the_orm_import_gave(s, monkeypatch, chunk):
    if chunk is not None:  # small chunks: repeats of a prospect land in later chunks than the prospect
        from reciprocity_desktop.services.csv_io import importing

        monkeypatch.setattr(importing, "CHUNK_ROWS", chunk)
    prepare(s)
    since = dt.datetime.now(dt.UTC)
    dry = import_csv(s, MIXED, dry_run=True, skip_bad=True)
    report = import_csv(s, MIXED, skip_bad=True)

    expected = golden()
    assert report_dict(dry) == {**expected["report"], "summary": expected["dry_summary"]}
    assert report_dict(report) == expected["report"]
    assert (report.imported, dry.imported, dry.dry_run) == (True, False, True)
    assert content(s) == expected["content"]
    check_stamps(s, since)


def _big_file(path: Path, rows: int, repeat_every: int = 0) -> Path:
    """A German Excel file; with ``repeat_every``, every so many rows repeat an early prospect with a new contact."""
    with open(path, "wb") as handle:
        handle.write("Firma;PLZ;Ort;Land;Ansprechpartner;Bemerkungen\r\n".encode("cp1252"))
        for i in range(rows):
            j = (i // repeat_every) % 50 if repeat_every and i % repeat_every == 0 else i
            note = f'"Zeile eins\r\nZeile zwei {i}"' if i % 3 == 0 else ""
            line = f"Müller {j} GmbH;{10000 + j % 80000};Köln;Deutschland;Jürgen Weiß {i};{note}\r\n"
            handle.write(line.encode("cp1252"))
    return path


def test_a_large_file_imports_the_same_rows_in_any_chunk_size(tmp_path, monkeypatch):
    from reciprocity_desktop.services.csv_io import importing

    source = _big_file(tmp_path / "gross.csv", 20_000, repeat_every=11)
    snapshots = []
    for name, chunk in (("a", importing.CHUNK_ROWS), ("b", 997)):
        monkeypatch.setattr(importing, "CHUNK_ROWS", chunk)
        store = open_store(tmp_path / f"{name}.sqlite3")
        try:
            report = import_csv(store, source)
            snapshots.append((report_dict(report), content(store)))
        finally:
            store.close()
    first, second = snapshots
    assert first == second
    assert first[0]["rows"] == 20_000
    assert first[0]["created"] + first[0]["duplicates"] == 20_000
    assert first[0]["contacts_created"] == 20_000
    # a prospect repeated far later in the file has every contact in its search text, in file order
    (repeated,) = [p for p in first[1] if p["name"] == "Müller 0 GmbH"]
    assert repeated["search_text"].startswith("muller 0 gmbh koln 10000 jurgen weiss 0 jurgen weiss 550 ")
    assert repeated["search_text"].endswith(" jurgen weiss 19250 jurgen weiss 19800")
    assert len(repeated["contacts"]) == len(range(0, 20_000, 550))


class CountingReader(io.BytesIO):
    """A file that remembers the most it was asked for in one read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.largest = 0
        self.total = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.largest = max(self.largest, len(chunk))
        self.total += len(chunk)
        return chunk

    def read1(self, size=-1):
        chunk = super().read1(size)
        self.largest = max(self.largest, len(chunk))
        self.total += len(chunk)
        return chunk

    readinto = None  # noqa: RUF012 - reads go through read()/read1() so that they are counted


def test_the_reader_streams_the_file_in_small_reads(tmp_path, monkeypatch):
    from reciprocity_desktop.services.csv_io import decoding

    data = _big_file(tmp_path / "gross.csv", 20_000).read_bytes()
    opened: list[CountingReader] = []

    def counting_open(source, label):
        opened.append(CountingReader(data))
        return opened[-1]

    monkeypatch.setattr(decoding, "open_binary", counting_open)
    parsed = read_csv(tmp_path / "gross.csv")
    rows = sum(1 for _ in parsed.iter_records())
    assert rows == 20_000
    assert len(data) > 1_000_000
    assert opened and all(f.largest <= 256 * 1024 for f in opened)  # never the whole file at once
    assert opened[-1].total == len(data)


def _peak_import(tmp_path: Path, rows: int) -> int:
    source = _big_file(tmp_path / f"f{rows}.csv", rows)
    store = open_store(tmp_path / f"s{rows}.sqlite3")
    try:
        tracemalloc.start()
        tracemalloc.reset_peak()
        import_csv(store, source)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        store.close()
    return peak


def test_memory_does_not_grow_with_the_file(tmp_path):
    small = _peak_import(tmp_path, 3_000)
    large = _peak_import(tmp_path, 30_000)
    # ten times the rows: the peak stays within a small allowance (chunks, caches), not ten times
    assert large < small * 2 + 2_000_000, (small, large)


def test_cancel_mid_import_leaves_the_store_as_it_was(s, tmp_path):
    prepare(s)
    before = content(s)
    with s.read() as session:
        clock = session.get(Meta, "hlc").value
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 4000

    with pytest.raises(Cancelled, match="nothing was imported"):
        import_csv(s, _big_file(tmp_path / "gross.csv", 9_000, repeat_every=5), progress=progress)
    assert calls[-1] == (4000, 9000)
    assert calls == [(n, 9000) for n in range(200, 4001, 200)]
    assert content(s) == before
    with s.read() as session:
        assert session.get(Meta, "hlc").value == clock
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    # the temporary bookkeeping is gone too: a second import works and finds nothing left over
    report = import_csv(s, MIXED, skip_bad=True)
    assert report.created == golden()["report"]["created"]


def test_stamps_for_a_chunk_increase_and_move_the_clock_past_them():
    from reciprocity_desktop.services.csv_io.ids import new_ids, new_stamps
    from reciprocity_desktop.store.hlc import HybridLogicalClock

    clock = HybridLogicalClock("r1", last=Stamp(5, 999_998, "r1"), wall_clock=lambda: 5)
    stamps = [Stamp.parse(text) for text in new_stamps(clock, 4)]
    assert stamps == [Stamp(5, 999_999, "r1"), Stamp(6, 0, "r1"), Stamp(6, 1, "r1"), Stamp(6, 2, "r1")]
    assert clock.now() > stamps[-1]
    assert new_stamps(clock, 0) == []
    ids = new_ids(500)
    assert len(set(ids)) == 500
    assert all(str(uuid.UUID(i)) == i and uuid.UUID(i).version == 4 for i in ids)
    assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}
