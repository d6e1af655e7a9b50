"""Benchmark: print a 50-stop day (each prospect with contacts and a few earlier gifts).

Run by path:  python tests/benchmarks/bench_print_day.py [--stops 50] [--gifts 3] [--repeat 3]
It prints the time to gather the data (one read session), to lay out and write the PDF,
and the total (wall clock, and the process's CPU time, which a busy machine disturbs less),
best of ``--repeat`` runs. The target is well under two seconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))

from daydata import DAY, seed_many  # noqa: E402

from reciprocity_desktop.reports.day import write_day_pdf  # noqa: E402
from reciprocity_desktop.reports.fonts import register_fonts  # noqa: E402
from reciprocity_desktop.services.day_sheet import gather_day  # noqa: E402
from reciprocity_desktop.store import open_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stops", type=int, default=50)
    parser.add_argument("--gifts", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", default="de")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        seed_many(store, args.stops, args.gifts)
        register_fonts()  # once per process, like the window
        best = None
        for _ in range(args.repeat):
            cpu = time.process_time()
            start = time.perf_counter()
            sheet = gather_day(store, DAY)
            gathered = time.perf_counter()
            result = write_day_pdf(sheet, Path(folder) / "day.pdf", lang=args.lang)
            done = time.perf_counter()
            run = (gathered - start, done - gathered, done - start, time.process_time() - cpu)
            best = run if best is None or run[2] < best[2] else best
        size = (Path(folder) / "day.pdf").stat().st_size
        store.close()
    gather_s, layout_s, total_s, cpu_s = best
    print(
        f"print-day: {args.stops} stops x {args.gifts} earlier gifts -> {result.pages} pages, {size / 1024:.0f} KiB; "
        f"gather {gather_s * 1000:.0f} ms, layout+write {layout_s * 1000:.0f} ms, total {total_s:.2f} s "
        f"wall / {cpu_s:.2f} s CPU (best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
