"""Benchmark: import 20,000 prospects from a German Excel-style CSV, re-import it, export it.

Run: ``python tests/benchmarks/bench_csv.py`` or ``python -m pytest tests/benchmarks/bench_csv.py -s``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from reciprocity_desktop.services.csv_io import export_csv, import_csv, read_csv
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Contact, Prospect

ROWS = 20_000
CITIES = ["München", "Köln", "Düsseldorf", "Nürnberg", "Straßburg", "Görlitz", "Lüneburg", "Würzburg"]
COUNTRIES = ["Deutschland", "DE", "Österreich", "Schweiz", "Niederlande"]


def make_file(path: Path, rows: int = ROWS) -> Path:
    lines = ["Firma;Straße;PLZ;Ort;Land;Telefon;E-Mail;Ansprechpartner;Branche;Bemerkungen"]
    for i in range(rows):
        city = CITIES[i % len(CITIES)]
        lines.append(
            f"Müller & Söhne {i} GmbH;Hauptstraße {i % 200 + 1};{10000 + i:05d};{city};"
            f"{COUNTRIES[i % len(COUNTRIES)]};+49 89 {i:06d};info{i}@mueller-{i}.de;Jürgen Weiß {i};"
            f'Großhandel;"Notiz mit ""Zitat""; Semikolon\nund zweiter Zeile {i}"'
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def run(rows: int = ROWS) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        source = make_file(Path(folder) / "kunden.csv", rows)
        figures["file_mb"] = source.stat().st_size / 1e6
        store = open_store(Path(folder) / "bench.sqlite3")
        try:
            start = time.perf_counter()
            parsed = read_csv(source)
            figures["read_csv_s"] = time.perf_counter() - start
            assert len(parsed) == rows

            start = time.perf_counter()
            dry = import_csv(store, source, dry_run=True)
            figures["dry_run_s"] = time.perf_counter() - start
            assert dry.created == rows

            calls = []
            start = time.perf_counter()
            report = import_csv(store, source, progress=lambda done, total: calls.append(done) or True)
            figures["import_s"] = time.perf_counter() - start
            assert (report.created, report.contacts_created, report.failed) == (rows, rows, [])
            assert len(calls) == -(-rows // 200)
            with store.read() as session:
                assert session.scalar(select(func.count()).select_from(Prospect)) == rows
                assert session.scalar(select(func.count()).select_from(Contact)) == rows

            start = time.perf_counter()
            again = import_csv(store, source)
            figures["reimport_s"] = time.perf_counter() - start
            assert (again.created, again.already_present) == (0, rows)

            start = time.perf_counter()
            written = export_csv(store, Path(folder) / "export.csv")
            figures["export_s"] = time.perf_counter() - start
            assert written == rows
        finally:
            store.close()
    return figures


def test_import_20000_rows():
    figures = run()
    print()
    for key, value in figures.items():
        print(f"{key:>12}: {value:.2f}")
    assert figures["import_s"] < 120


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    for key, value in run(rows).items():
        print(f"{key:>12}: {value:.2f}")
