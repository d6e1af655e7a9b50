"""The route math on its own (services.routing): distances, the round trip against the shortest, the clock."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from reciprocity_desktop.services import routing

MUNICH = (48.137, 11.575)
VIENNA = (48.208, 16.373)


def test_distances_straight_and_by_road():
    assert routing.straight_km(MUNICH, VIENNA) == pytest.approx(355, abs=3)
    assert routing.straight_km(MUNICH, MUNICH) == 0
    assert routing.road_km(MUNICH, VIENNA) == pytest.approx(1.3 * routing.straight_km(MUNICH, VIENNA))
    # One degree of latitude is about 111 km.
    assert routing.straight_km((48.0, 11.0), (49.0, 11.0)) == pytest.approx(111.2, abs=0.2)


def brute_force_round_trip(dist) -> float:
    """The shortest closed tour from node 0, trying every order (each direction once)."""
    others = range(1, len(dist))
    best = math.inf
    for order in itertools.permutations(others):
        if len(order) > 1 and order[0] > order[-1]:
            continue  # the same tour the other way round
        best = min(best, routing.tour_length(dist, (0, *order)))
    return best


def held_karp_round_trip(dist) -> float:
    """The shortest closed tour from node 0, exactly, by dynamic programming (for 9 and 10 stops)."""
    n = len(dist)
    best = {(1 << k, k): dist[0][k] for k in range(1, n)}
    for size in range(2, n):
        for subset in itertools.combinations(range(1, n), size):
            bits = sum(1 << k for k in subset)
            for last in subset:
                rest = bits & ~(1 << last)
                best[(bits, last)] = min(best[(rest, k)] + dist[k][last] for k in subset if k != last)
    everyone = sum(1 << k for k in range(1, n))
    return min(best[(everyone, k)] + dist[k][0] for k in range(1, n))


def random_day(rng: random.Random, stops: int) -> list[routing.Point]:
    """Home and ``stops`` places: scattered over Bavaria, or in two towns, or along a road."""
    shape = rng.choice(("scattered", "two towns", "road"))
    points = []
    for _ in range(stops + 1):
        if shape == "scattered":
            points.append((rng.uniform(47.5, 49.5), rng.uniform(10.0, 13.0)))
        elif shape == "two towns":
            lat, lon = rng.choice(((48.14, 11.58), (48.77, 11.42)))
            points.append((lat + rng.gauss(0, 0.05), lon + rng.gauss(0, 0.07)))
        else:
            t = rng.random()
            points.append((48.0 + t + rng.gauss(0, 0.02), 11.0 + 2 * t + rng.gauss(0, 0.02)))
    return points


def test_round_trips_of_up_to_8_stops_are_within_15_percent_of_the_shortest():
    rng = random.Random(20261202)
    worst = 0.0
    for case in range(240):
        stops = 2 + case % 7  # 2 to 8 stops besides home
        dist = routing.distance_matrix(random_day(rng, stops))
        tour = routing.round_trip(dist, 0)
        assert tour[0] == 0 and sorted(tour) == list(range(stops + 1))
        ratio = routing.tour_length(dist, tour) / brute_force_round_trip(dist)
        assert ratio <= 1.15, (case, tour, ratio)
        worst = max(worst, ratio)
    assert worst < 1.05  # in practice the tours are (nearly) the shortest


def test_round_trips_of_9_and_10_stops_are_within_15_percent_of_the_shortest():
    rng = random.Random(9102026)
    for case in range(12):
        stops = 9 + case % 2
        dist = routing.distance_matrix(random_day(rng, stops))
        tour = routing.round_trip(dist, 0)
        assert sorted(tour) == list(range(stops + 1))
        assert routing.tour_length(dist, tour) <= 1.15 * held_karp_round_trip(dist), case


def test_nearest_neighbour_alone_is_not_enough():
    """Why the improvements are there: the greedy tour misses 15 % on some of the same instances."""
    rng = random.Random(20261202)
    misses = 0
    for case in range(240):
        dist = routing.distance_matrix(random_day(rng, 2 + case % 7))
        greedy = routing.nearest_neighbour(dist, 0)
        misses += routing.tour_length(dist, greedy) > 1.15 * brute_force_round_trip(dist)
    assert misses > 0


def test_two_opt_removes_a_crossing():
    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]  # 0-1-2-3 crosses itself
    dist = routing.distance_matrix(square)
    tour = [0, 1, 2, 3]
    assert routing.two_opt(dist, tour)
    assert tour in ([0, 1, 3, 2], [0, 2, 3, 1])
    assert routing.round_trip(dist, 0) in ([0, 1, 3, 2], [0, 2, 3, 1])


def test_open_path_starts_where_asked_and_is_short():
    rng = random.Random(7)
    for case in range(60):
        points = random_day(rng, 1 + case % 7)
        dist = routing.distance_matrix(points)
        start = case % len(points)
        path = routing.open_path(dist, start)
        assert path[0] == start and sorted(path) == list(range(len(points)))
        others = [node for node in range(len(points)) if node != start]
        best = min(
            routing.tour_length(dist, (start, *order), closed=False)
            for order in itertools.permutations(others)
        )
        assert routing.tour_length(dist, path, closed=False) <= 1.15 * best + 1e-9


def test_a_line_of_places_is_driven_along_the_line():
    line = [(48.0, 8.0 + k) for k in (0, 4, 2, 1, 3)]
    dist = routing.distance_matrix(line)
    assert [line[k][1] for k in routing.open_path(dist, 0)] == [8.0, 9.0, 10.0, 11.0, 12.0]


# -- the clock -------------------------------------------------------------------------------------------------


def test_timeline_drives_stays_and_rounds_up_to_five_minutes():
    # 9:00 start, 25 km at 50 km/h = 30 min, stays of 45 min, 12 km = 14 min (rounded up to 5).
    line = routing.timeline(540, [25.0, 12.0, None], [45, 30, 45], [None, None, None], 50, back_km=50.0)
    assert [routing.clock_text(m) for m in line.starts] == ["09:30", "10:30", "11:00"]
    assert line.late == (0, 0, 0)
    assert routing.clock_text(line.end) == "12:45"  # 11:45 plus an hour home


def test_a_fixed_time_is_kept_and_the_next_stops_start_after_it():
    # Stop 2 is an appointment at 13:00: the rep waits; stop 3 follows the appointment.
    line = routing.timeline(540, [10.0, 10.0, 10.0], [45, 45, 45], [None, 780, None], 60)
    assert [routing.clock_text(m) for m in line.starts] == ["09:10", "13:00", "13:55"]
    # Reached too late (at 10:05), an appointment keeps its time and says by how much it is missed;
    # the visit starts when the rep gets there, and the next stop after it.
    late = routing.timeline(540, [10.0, 10.0, 10.0], [45, 45, 45], [None, 580, None], 60)
    assert [routing.clock_text(m) for m in late.starts] == ["09:10", "09:40", "11:00"]
    assert late.late == (0, 25, 0)


def test_clock_text_and_minute_of():
    assert routing.clock_text(9 * 60 + 5) == "09:05" and routing.clock_text(25 * 60 + 10) == "01:10 (+1)"
    assert routing.minute_of("09:05") == 545
    assert routing.minute_of("") is None and routing.minute_of("9h") is None
    assert routing.minute_of("24:00") is None
    assert routing.travel_minutes(None, 50) == 0 and routing.travel_minutes(50, 50) == 60
