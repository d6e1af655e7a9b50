"""Route math without a store: distances, a short round trip through the stops, and the day's clock.

Pure functions over plain numbers (no store, no settings), tested on their own
(``tests/services/test_svc_routing.py``):

- :func:`straight_km` is the great-circle (haversine) distance; :func:`road_km` estimates the
  distance by road as :data:`ROAD_FACTOR` (1.3) times the straight line. Every kilometre figure the
  program shows and every travel time it computes uses the road estimate; the order itself only
  compares distances, so the factor does not change it.
- :func:`round_trip` orders the nodes of a distance matrix as a short closed tour from a start node
  (home): nearest neighbour from the start, once for every choice of the first stop, each improved by
  2-opt (reversing a stretch) and or-opt (moving a stretch of 1–3 stops elsewhere); the shortest
  wins. For the ten stops of a day it stays within a few per cent of the shortest tour (the tests
  check 15 % against brute force). :func:`open_path` does the same for a route that starts at one
  stop and does not come back (no home base).
- :func:`timeline` turns the legs into times of day: leave at the day's start, drive at a speed,
  stay each visit's minutes; an anchored stop (a fixed appointment) keeps its time and the stops
  after it start from it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]  # (latitude, longitude) in degrees
Matrix = Sequence[Sequence[float]]

EARTH_RADIUS_KM = 6371.0
#: Road distance estimated from the straight line (a common rule of thumb for European roads).
ROAD_FACTOR = 1.3
#: Computed arrival times are rounded up to this many minutes (a visit "at 09:40", not "at 09:37").
ROUND_TO_MINUTES = 5
#: Above this many nodes :func:`round_trip` starts from the nearest neighbour of the start only.
MULTI_START_LIMIT = 16

_EPSILON = 1e-9


def straight_km(a: Point, b: Point) -> float:
    """The great-circle distance between two points, in km (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))


def road_km(a: Point, b: Point) -> float:
    """The distance by road, estimated as :data:`ROAD_FACTOR` times the straight line."""
    return straight_km(a, b) * ROAD_FACTOR


def distance_matrix(points: Sequence[Point]) -> list[list[float]]:
    """Straight-line distances between every two points."""
    return [[straight_km(a, b) for b in points] for a in points]


def tour_length(dist: Matrix, tour: Sequence[int], *, closed: bool = True) -> float:
    """The length of visiting ``tour`` in order (and back to its first node when ``closed``)."""
    legs = sum(dist[a][b] for a, b in zip(tour, tour[1:], strict=False))
    if closed and len(tour) > 1:
        legs += dist[tour[-1]][tour[0]]
    return legs


# -- the order -----------------------------------------------------------------------------------------


def nearest_neighbour(dist: Matrix, start: int, first: int | None = None) -> list[int]:
    """A tour from ``start`` that always goes to the nearest node not visited yet (``first`` first)."""
    left = [node for node in range(len(dist)) if node != start]
    tour = [start]
    if first is not None and first in left:
        left.remove(first)
        tour.append(first)
    while left:
        here = tour[-1]
        nearest = min(left, key=lambda node: dist[here][node])
        left.remove(nearest)
        tour.append(nearest)
    return tour


def two_opt(dist: Matrix, tour: list[int]) -> bool:
    """Reverse stretches of the closed ``tour`` (its first node stays first) while that shortens it.

    Changes ``tour`` in place; True when it changed.
    """
    n = len(tour)
    changed = False
    improved = True
    while improved:
        improved = False
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                a, b = tour[i - 1], tour[i]
                c, d = tour[j], tour[(j + 1) % n]
                if dist[a][c] + dist[b][d] < dist[a][b] + dist[c][d] - _EPSILON:
                    tour[i : j + 1] = reversed(tour[i : j + 1])
                    improved = changed = True
    return changed


def or_opt(dist: Matrix, tour: list[int]) -> bool:
    """Move stretches of 1–3 nodes (either way round) elsewhere in the closed ``tour`` while that
    shortens it; its first node stays first. Changes ``tour`` in place; True when it changed."""
    n = len(tour)
    changed = False
    improved = True
    while improved:
        improved = False
        for length in (1, 2, 3):
            for i in range(1, n - length + 1):
                segment = tour[i : i + length]
                before, after = tour[i - 1], tour[(i + length) % n]
                gain = dist[before][segment[0]] + dist[segment[-1]][after] - dist[before][after]
                rest = tour[:i] + tour[i + length :]
                best = None
                for k in range(len(rest)):
                    p, q = rest[k], rest[(k + 1) % len(rest)]
                    if p == before and q == after:
                        continue
                    for piece in (segment, segment[::-1]):
                        cost = dist[p][piece[0]] + dist[piece[-1]][q] - dist[p][q]
                        if cost < gain - _EPSILON and (best is None or cost < best[0]):
                            best = (cost, k, piece)
                if best is not None:
                    _cost, k, piece = best
                    tour[:] = rest[: k + 1] + list(piece) + rest[k + 1 :]
                    improved = changed = True
                    break
            if improved:
                break
    return changed


def _improve(dist: Matrix, tour: list[int]) -> list[int]:
    while two_opt(dist, tour) | or_opt(dist, tour):
        pass
    return tour


def round_trip(dist: Matrix, start: int = 0) -> list[int]:
    """A short closed tour through every node of ``dist``, as the list of nodes from ``start``.

    Nearest neighbour from ``start`` (once for each possible first step while the matrix is small),
    each improved by 2-opt and or-opt; the shortest tour found. Deterministic: ties go to the
    lower node number.
    """
    n = len(dist)
    if n <= 3:
        return [start, *(node for node in range(n) if node != start)]
    firsts: Sequence[int | None] = (
        [node for node in range(n) if node != start] if n <= MULTI_START_LIMIT else [None]
    )
    best: list[int] | None = None
    best_length = math.inf
    for first in firsts:
        tour = _improve(dist, nearest_neighbour(dist, start, first))
        length = tour_length(dist, tour)
        if length < best_length - _EPSILON:
            best, best_length = tour, length
    assert best is not None
    return best


def open_path(dist: Matrix, start: int = 0) -> list[int]:
    """A short path through every node of ``dist`` that begins at ``start`` and ends anywhere.

    The closed tour through one more node, "the end", that is at no distance from ``start`` and
    equally far from every other node: the best tour then passes the end right next to ``start``
    (once far instead of twice), and the rest of it is the path.
    """
    n = len(dist)
    if n <= 2:
        return [start, *(node for node in range(n) if node != start)]
    far = 10 * (1 + sum(max(row) for row in dist))
    end = n
    extended = [[*row, far] for row in dist]
    extended.append([far] * (n + 1))
    extended[start][end] = extended[end][start] = 0.0
    extended[end][end] = 0.0
    tour = round_trip(extended, start)
    cut = tour.index(end)
    path = tour[cut + 1 :] + tour[:cut]  # the end is next to start: one side of it is start
    if path[0] != start:
        path.reverse()
    return path


# -- the clock -----------------------------------------------------------------------------------------


def travel_minutes(km: float | None, speed_kmh: float) -> int:
    """Minutes to drive ``km`` at ``speed_kmh`` (0 for an unknown distance), rounded to the minute."""
    if km is None or km <= 0:
        return 0
    return round(km / speed_kmh * 60)


def round_up(minute: int, step: int = ROUND_TO_MINUTES) -> int:
    return -(-minute // step) * step


@dataclass(frozen=True)
class Timeline:
    """When each stop's visit starts (minutes after midnight), how late an anchored stop is
    reached (0: on time), and when the day ends (back home, or leaving the last stop)."""

    starts: tuple[int, ...]
    late: tuple[int, ...]
    end: int


def timeline(
    day_start: int,
    legs_km: Sequence[float | None],
    minutes: Sequence[int],
    anchors: Sequence[int | None],
    speed_kmh: float,
    back_km: float | None = None,
) -> Timeline:
    """The times of a route: leave at ``day_start``, drive each leg (``legs_km[i]`` leads to stop
    ``i``; None: unknown, no time counted), stay ``minutes[i]``, then drive ``back_km`` home.

    A stop with an anchor (a fixed appointment, a time to keep) starts at that time when the route
    gets there earlier (the rep waits), else when it gets there (late by the difference); the next
    stops start from there. Other stops start on arrival, rounded up to :data:`ROUND_TO_MINUTES`.
    """
    clock = day_start
    starts, late = [], []
    for km, stay, anchor in zip(legs_km, minutes, anchors, strict=True):
        arrival = clock + travel_minutes(km, speed_kmh)
        if anchor is None:
            begin = round_up(arrival)
            late.append(0)
            starts.append(begin)
        else:
            begin = max(anchor, arrival)
            late.append(max(0, arrival - anchor))
            starts.append(anchor)
        clock = begin + stay
    return Timeline(tuple(starts), tuple(late), clock + travel_minutes(back_km, speed_kmh))


def clock_text(minute: int) -> str:
    """Minutes after midnight as ``HH:MM``; past midnight with the days after it: ``"01:10 (+1)"``."""
    days, minute = divmod(minute, 24 * 60)
    text = f"{minute // 60:02d}:{minute % 60:02d}"
    return f"{text} (+{days})" if days else text


def minute_of(text: str) -> int | None:
    """``"09:30"`` → 570; None for "" or anything that is not HH:MM."""
    try:
        hours, minutes = text.split(":")
        value = int(hours) * 60 + int(minutes)
    except (AttributeError, ValueError):
        return None
    return value if 0 <= value < 24 * 60 and len(minutes) == 2 else None
