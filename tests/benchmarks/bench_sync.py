"""Benchmark: export and import a store of 100,000 prospects and 300,000 gifts.

Run by path:  python tests/benchmarks/bench_sync.py [--prospects 100000] [--gifts 300000]
                  [--contacts 1] [--changed 0.01] [--encrypted] [--keep DIR]

The source store is generated with bulk inserts (not through the ORM one by one). Each
measured step runs in a fresh child process, so that its peak memory (max RSS) is its own:

* export        full export of the source store (file size)
* import        import into an empty store (both passes: check, then write)
* reimport      the same file again (nothing changes, nothing is written)
* merge         1 % of the source's prospects and gifts edited, exported, imported again
* encrypted     (with --encrypted) export and import with a passphrase

Prints one line per step: wall seconds, process CPU seconds, peak RSS and the import summary.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "sync"))
sys.path.insert(0, str(ROOT))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _step(args: argparse.Namespace) -> None:
    """Run one measured step in this (child) process and print its figures as JSON."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync import export_file, import_file

    store = open_store(args.store)
    baseline = _peak_rss_mb()
    passphrase = "correct horse battery staple" if args.passphrase else None
    cpu, start = time.process_time(), time.perf_counter()
    figures: dict[str, object] = {}
    if args.step == "export":
        summary = export_file(store, args.file, passphrase=passphrase)
        figures.update(records=summary.records, bytes=summary.bytes)
    else:
        summary = import_file(store, args.file, passphrase=passphrase)
        figures.update(summary=summary.counts_line())
    figures.update(
        seconds=time.perf_counter() - start,
        cpu=time.process_time() - cpu,
        peak_rss_mb=_peak_rss_mb(),
        baseline_rss_mb=baseline,
    )
    store.close()
    print(json.dumps(figures))


def _child(step: str, store: Path, file: Path, passphrase: bool = False) -> dict:
    command = [sys.executable, __file__, "--step", step, "--store", str(store), "--file", str(file)]
    if passphrase:
        command.append("--passphrase")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _edit_some(store, fraction: float) -> int:
    """Edit a fraction of the prospects and gifts with bulk statements and fresh local stamps."""
    from sqlalchemy import text

    from reciprocity_desktop.store.hlc import wall_clock_ms

    base = wall_clock_ms()
    edited = 0
    with store.session() as session:
        for table, column in (("prospects", "notes"), ("gifts", "reaction_note")):
            total = session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            step = max(1, round(1 / fraction))
            ids = [r[0] for r in session.execute(text(f"SELECT id FROM {table} ORDER BY id"))][::step]
            session.execute(
                text(f"UPDATE {table} SET {column} = :value, stamp = :stamp WHERE id = :id"),
                [
                    {
                        "id": rid,
                        "value": f"edited {i}",
                        "stamp": f"{base + i // 1000:013d}.{i % 1000:06d}.{store.replica_id}",
                    }
                    for i, rid in enumerate(ids, start=edited)
                ],
            )
            edited += len(ids)
            assert total
    return edited


def _line(name: str, figures: dict) -> str:
    extra = ""
    if "bytes" in figures:
        extra = f", file {figures['bytes'] / 1024 / 1024:.1f} MiB ({figures['records']} records)"
    if "summary" in figures:
        extra = f", {figures['summary']}"
    return (
        f"{name:<10} {figures['seconds']:7.1f} s wall {figures['cpu']:7.1f} s CPU, "
        f"peak RSS {figures['peak_rss_mb']:.0f} MiB (baseline {figures['baseline_rss_mb']:.0f}){extra}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--gifts", type=int, default=300_000)
    parser.add_argument("--contacts", type=int, default=0, help="contacts per prospect")
    parser.add_argument("--changed", type=float, default=0.01, help="fraction edited before the merge step")
    parser.add_argument(
        "--encrypted", action="store_true", help="also measure an encrypted export and import"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--passphrase", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        _step(args)
        return 0

    from sync_helpers import fill_bulk

    from reciprocity_desktop.store import open_store

    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        source_path, target_path = folder / "source.sqlite3", folder / "target.sqlite3"
        for path in folder.glob("*.sqlite3*"):
            path.unlink()
        source = open_store(source_path)
        start = time.perf_counter()
        fill_bulk(source, args.prospects, args.gifts, contacts_per_prospect=args.contacts)
        generated = time.perf_counter() - start
        source.close()
        print(
            f"generate   {generated:7.1f} s: {args.prospects} prospects, {args.prospects * args.contacts} contacts, "
            f"{args.gifts} gifts (bulk inserts); store {source_path.stat().st_size / 1024 / 1024:.0f} MiB"
        )
        file = folder / "full.rcsync"
        print(_line("export", _child("export", source_path, file)), flush=True)
        print(_line("import", _child("import", target_path, file)), flush=True)
        print(_line("reimport", _child("import", target_path, file)), flush=True)
        source = open_store(source_path)
        edited = _edit_some(source, args.changed)
        source.close()
        changed_file = folder / "changed.rcsync"
        _child("export", source_path, changed_file)
        print(_line("merge", _child("import", target_path, changed_file)) + f" ({edited} edited)", flush=True)
        if args.encrypted:
            encrypted_file = folder / "encrypted.rcsync"
            print(
                _line("enc-export", _child("export", source_path, encrypted_file, passphrase=True)),
                flush=True,
            )
            fresh = folder / "fresh.sqlite3"
            print(_line("enc-import", _child("import", fresh, encrypted_file, passphrase=True)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
