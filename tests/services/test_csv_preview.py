"""The preview a window shows before importing a CSV file, and the import that takes its parsed file.

``preview_csv`` is a dry run reading the file once, keeping the first rows with what each would do;
importing its parsed file with the row count it told reads the file once more and no more (the
window's check and import together: two passes over the rows, one over the bytes for the encoding).
"""

from __future__ import annotations

import pytest
from test_csv_bulk import MIXED, _big_file, content, golden, prepare, report_dict

from reciprocity_desktop.services.csv_io import (
    PREVIEW_ROWS,
    Cancelled,
    import_csv,
    preview_csv,
    reading,
)
from reciprocity_desktop.services.csv_io.report import CREATED, PRESENT, REPEATED
from reciprocity_desktop.services.ops import store as store_ops
from reciprocity_desktop.store import open_store


@pytest.fixture
def s(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    yield store
    store.close()


def test_the_preview_keeps_the_first_rows_with_what_each_would_do(s):
    prepare(s)
    before = content(s)
    preview = preview_csv(s, MIXED)
    report = preview.report
    assert report_dict(report) == {**golden()["report"], "summary": golden()["dry_summary"]}
    assert content(s) == before and report.dry_run and not report.imported
    rows = [(r.line, r.status, r.values["name"], r.contact) for r in report.preview]
    assert rows[:5] == [
        (2, CREATED, "Bäckerei Müller GmbH", "Jürgen Weiß"),
        (4, REPEATED, "BÄCKEREI MÜLLER GMBH", "Anna Weiß"),  # the same prospect, written another way
        (5, CREATED, "Baeckerei Mueller GmbH", "Otto Fremd"),  # folded, "ae" is not "ä"
        (6, REPEATED, "Bäckerei Müller GmbH", "jürgen WEISS"),
        (7, CREATED, "Schröder & Söhne KG", ""),
    ]
    (present,) = [r for r in report.preview if r.status == PRESENT]
    assert (present.line, present.values["name"], present.values["country"]) == (11, "Vorhanden GmbH", "AT")
    # the clean fields, as the import writes them (house number joined, Excel's ="…" and ' undone)
    schroeder = report.preview[4].values
    assert (schroeder["street"], schroeder["postal_code"], schroeder["phone"]) == (
        "Industriestr. 12",
        "01067",
        "+49 351 1",
    )
    bad_lines = {e.line for e in report.failed}
    assert not bad_lines & {r.line for r in report.preview}  # bad lines are in report.failed, not here


def test_the_preview_keeps_at_most_preview_rows_and_tells_progress_without_a_total(s, tmp_path):
    source = _big_file(tmp_path / "gross.csv", 1_000)
    calls = []
    preview = preview_csv(s, source, lambda done, total: calls.append((done, total)))
    assert len(preview.report.preview) == PREVIEW_ROWS == 50
    assert [r.line for r in preview.report.preview[:3]] == [2, 4, 5]  # (the first row takes two lines)
    assert calls == [(n, 0) for n in range(200, 1001, 200)]
    assert preview.report.rows == 1_000 and preview.report.created == 1_000


def test_importing_a_previewed_file_reads_it_once_more(s, tmp_path, monkeypatch):
    source = _big_file(tmp_path / "gross.csv", 3_000, repeat_every=7)
    passes, scans = [], []
    iter_records = reading.ParsedCsv.iter_records
    choose_encoding = reading.choose_encoding

    def counting_records(self):
        passes.append(1)
        return iter_records(self)

    def counting_scan(*args):
        scans.append(1)
        return choose_encoding(*args)

    monkeypatch.setattr(reading.ParsedCsv, "iter_records", counting_records)
    monkeypatch.setattr(reading, "choose_encoding", counting_scan)
    preview = preview_csv(s, source)
    calls = []
    op = store_ops.import_csv(
        s, preview.parsed, skip_bad=True, progress=lambda done, total: calls.append((done, total)) or True,
        total=preview.report.rows,
    )  # fmt: skip
    assert (len(passes), len(scans)) == (2, 1)  # the check's pass and the import's; the encoding once
    assert calls[-1] == (3_000, 3_000) and calls[0] == (200, 3_000)
    report = op.value
    assert (report.created, report.duplicates) == (preview.report.created, preview.report.duplicates)
    assert report.imported and not report.preview  # only a preview keeps rows
    # without the total, progress needs a pass to count the rows first
    passes.clear()
    import_csv(open_store(tmp_path / "other.sqlite3"), preview.parsed, progress=lambda done, total: True)
    assert len(passes) == 2


def test_cancelling_the_preview_stops_it(s, tmp_path):
    source = _big_file(tmp_path / "gross.csv", 1_000)
    with pytest.raises(Cancelled):
        preview_csv(s, source, lambda done, total: done < 400)
