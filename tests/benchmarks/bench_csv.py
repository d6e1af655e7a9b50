"""Benchmark: CSV import of a German Excel-style file (Windows-1252, semicolons) against ``sqlite3 .import``.

Run: ``python tests/benchmarks/bench_csv.py [ROWS]`` (default 100,000) or
``python -m pytest tests/benchmarks/bench_csv.py -s`` (20,000 rows, in process).

The command-line run generates the file, then measures, each in a fresh child process (whole
process: interpreter start, imports, the import itself), side by side in the same run:

* ``sqlite3 .import``  the anchor: the sqlite3 command line importing the same file into a new table
* ``process start``    our child process up to the import: interpreter, imports, opening the (empty) store
* ``import``           our import into an empty store (no progress callback, like the CLI)
* ``import+progress``  the same with a progress callback (the window's path: it counts the rows first)
* ``reimport``         the same file again into the filled store (everything already present)
* ``dry run``          the check only

and prints wall and CPU seconds, the peak RSS of the child and the ratio of CPU seconds to the anchor.
The stores are created (and migrated) before, so no child pays for the migrations.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from reciprocity_desktop.services.csv_io import export_csv, import_csv, read_csv  # noqa: E402
from reciprocity_desktop.store import open_store  # noqa: E402
from reciprocity_desktop.store.models import Contact, Prospect  # noqa: E402

ROWS = 20_000
CITIES = ["München", "Köln", "Düsseldorf", "Nürnberg", "Straßburg", "Görlitz", "Lüneburg", "Würzburg"]
COUNTRIES = ["Deutschland", "DE", "Österreich", "Schweiz", "Niederlande"]


def make_file(path: Path, rows: int = ROWS) -> Path:
    """A German Excel export: cp1252, ``;``, CRLF, a quoted note with a ``;``, quotes and a line break."""
    with open(path, "wb") as handle:
        handle.write(  # the header in the file's encoding too, as Excel writes it
            "Firma;Straße;PLZ;Ort;Land;Telefon;E-Mail;Ansprechpartner;Branche;Bemerkungen\r\n".encode(
                "cp1252"
            )
        )
        for i in range(rows):
            city = CITIES[i % len(CITIES)]
            line = (
                f"Müller & Söhne {i} GmbH;Hauptstraße {i % 200 + 1};{10000 + i % 90000:05d};{city};"
                f"{COUNTRIES[i % len(COUNTRIES)]};+49 89 {i:06d};info{i}@mueller-{i}.de;Jürgen Weiß {i};"
                f'Großhandel;"Notiz mit ""Zitat""; Semikolon\nund zweiter Zeile {i}"\r\n'
            )
            handle.write(line.encode("cp1252"))
    return path


def run(rows: int = ROWS) -> dict[str, float]:
    """In process: read, dry run, import (with progress), re-import and export ``rows`` rows."""
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


# -- whole-process figures against sqlite3 .import -----------------------------------------------------

_CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from reciprocity_desktop.services.csv_io import import_csv
from reciprocity_desktop.store import open_store
mode, source, target = sys.argv[1:4]
store = open_store(target)
began = time.perf_counter()
progress = (lambda done, total: True) if mode == "progress" else None
if mode == "start":
    print(json.dumps({"import_s": 0.0, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "created": 0, "present": 0, "contacts": 0, "failed": 0}))
    raise SystemExit
report = import_csv(store, source, dry_run=mode == "dry", progress=progress)
took = time.perf_counter() - began
store.close()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"import_s": took, "rss_mb": usage.ru_maxrss / 1024, "created": report.created,
                  "present": report.already_present, "contacts": report.contacts_created,
                  "failed": len(report.failed)}))
"""


def _child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a child process; its wall seconds, CPU seconds (user + system) and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _anchor(source: Path, folder: Path) -> tuple[float, float] | None:
    binary = shutil.which("sqlite3")
    if binary is None:
        return None
    target = folder / "anchor.sqlite3"
    target.unlink(missing_ok=True)
    wall, cpu, _out = _child([binary, str(target), ".mode csv", ".separator ;", f".import {source} kunden"])
    return wall, cpu


def compare(rows: int) -> list[tuple[str, float, float, float | None, str]]:
    """(step, wall s, CPU s, peak RSS MB, remark) for the anchor and each import step."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: list[tuple[str, float, float, float | None, str]] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = make_file(folder / "kunden.csv", rows)
        size = f"{source.stat().st_size / 1e6:.1f} MB"
        anchor = _anchor(source, folder)
        if anchor is not None:
            results.append(("sqlite3 .import", *anchor, None, size))
        store, other = folder / "bench.sqlite3", folder / "other.sqlite3"
        for path in (
            store,
            other,
        ):  # created (and migrated) beforehand: the child imports into an empty store
            open_store(path).close()
        for step, mode, target in (
            ("process start", "start", store),
            ("dry run", "dry", store),
            ("import", "plain", store),
            ("reimport", "plain", store),
            ("import+progress", "progress", other),
        ):
            wall, cpu, out = _child([sys.executable, "-c", _CHILD, mode, str(source), str(target)], env)
            figures = json.loads(out.strip().splitlines()[-1])
            remark = (
                f"import itself {figures['import_s']:.2f} s; created {figures['created']}, "
                f"present {figures['present']}, contacts {figures['contacts']}, failed {figures['failed']}"
            )
            results.append((step, wall, cpu, figures["rss_mb"], remark))
    return results


def main(rows: int) -> None:
    results = compare(rows)
    anchor_cpu = next((cpu for step, _w, cpu, _r, _x in results if step == "sqlite3 .import"), None)
    print(f"CSV import of {rows} rows (whole child processes; ratio = CPU s / sqlite3 .import CPU s)")
    print(f"{'step':<18}{'wall s':>8}{'CPU s':>8}{'RSS MB':>8}{'ratio':>8}  remark")
    for step, wall, cpu, rss, remark in results:
        ratio = f"{cpu / anchor_cpu:.1f}x" if anchor_cpu else "-"
        rss_text = f"{rss:.0f}" if rss is not None else "-"
        print(f"{step:<18}{wall:>8.2f}{cpu:>8.2f}{rss_text:>8}{ratio:>8}  {remark}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
