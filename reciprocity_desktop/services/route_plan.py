"""A day's route as the program plans it: where each stop is, which stops to flag, the order, the times.

The home base is the settings' ``home_country`` and ``home_postal_code``, placed by
:func:`reciprocity_desktop.services.geo.lookup`. Without one (or when its postal code is unknown)
the route starts at the day's first stop, and the plan says so (``settings.home_state``).

Where a stop is: its prospect's coordinates; a stop without any is *placed by postal code*: it
takes the place of the stop of the same country whose postal code is numerically nearest
(``placed_near``), and is flagged. A stop that cannot be placed at all goes to the end of an
automatic order, its travel not counted.

A stop is *far* (flagged, and never put first by the automatic order) when it is in another country
than most of the day's stops, or more than :data:`FAR_KM` from the day's centre (the median of the
stops' places, of the main country's stops when there is one).

Times (:func:`schedule`): leave home at ``day_start``, drive each leg at ``travel_speed_kmh`` (road
km, :data:`routing.ROAD_FACTOR` times the straight line), stay ``visit_minutes`` (or the visit's
own minutes). A fixed appointment keeps its time, as does a visit already made; the stops after it
start from it. Everything here is pure; reading the day and storing its times is
:mod:`reciprocity_desktop.services.day_route`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reciprocity_desktop.services import routing
from reciprocity_desktop.services.routing import Point
from reciprocity_desktop.store.models import Prospect, Visit, VisitStatus

#: A stop further than this from the day's centre is flagged as far from the others.
FAR_KM = 150.0
FAR_COUNTRY = "country"
FAR_DISTANCE = "distance"

HOME_SET = "set"
HOME_NOT_SET = "not_set"  # no home postal code (or country) in the settings
HOME_NOT_FOUND = "not_found"  # a home postal code the postal-code table does not know

BY_DISTANCE = "distance"
BY_POSTAL_CODE = "postal_code"  # no stop has coordinates: country and postal code order

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class RouteSettings:
    """What the plan takes from the settings."""

    home: Point | None
    home_state: str  # HOME_SET, HOME_NOT_SET or HOME_NOT_FOUND
    home_label: str  # "80331 München (DE)", or the postal code that was not found
    day_start: int  # minutes after midnight
    visit_minutes: int
    speed_kmh: int


@dataclass(frozen=True)
class StopInput:
    """One stop of a day as the route sees it."""

    visit_id: str
    name: str
    country: str
    postal_code: str
    point: Point | None  # the prospect's own coordinates
    time: str = ""  # the stored planned time
    fixed: bool = False
    minutes: int | None = None  # the visit's own length, None: the setting
    status: str = VisitStatus.PLANNED.value

    @classmethod
    def of(cls, visit: Visit, prospect: Prospect) -> StopInput:
        has_point = prospect.latitude is not None and prospect.longitude is not None
        return cls(
            visit_id=visit.id,
            name=prospect.name,
            country=(prospect.country or "").upper(),
            postal_code=prospect.postal_code or "",
            point=(prospect.latitude, prospect.longitude) if has_point else None,
            time=visit.planned_time or "",
            fixed=bool(visit.fixed_time),
            minutes=visit.visit_minutes,
            status=visit.status,
        )


@dataclass(frozen=True)
class Placement:
    point: Point | None  # where the route counts the stop: its own place, or the one it was placed at
    placed_near: str | None  # the stop whose place it took (it has no coordinates of its own)
    far: tuple[str, ...]  # FAR_COUNTRY, FAR_DISTANCE
    centre_km: float | None  # straight-line km from the day's centre


@dataclass(frozen=True)
class PlannedStop:
    visit_id: str
    name: str
    country: str
    own_coordinates: bool
    placed_near: str | None
    point: Point | None
    far: tuple[str, ...]
    centre_km: float | None
    leg_km: float | None  # road km from the previous stop (from home for the first); None: unknown
    time: str  # "HH:MM" as the route has it; "" past midnight
    minutes: int
    fixed: bool
    late_minutes: int  # how late the route reaches a fixed appointment

    @property
    def unplaced(self) -> bool:
        return self.point is None

    @property
    def flagged(self) -> bool:
        return bool(self.far) or not self.own_coordinates or self.late_minutes > 0 or not self.time


@dataclass(frozen=True)
class RoutePlan:
    settings: RouteSettings
    stops: tuple[PlannedStop, ...]
    back_km: float | None  # from the last stop home; None without a home or with an unplaced last stop
    end: int | None  # minutes after midnight: back home (or leaving the last stop); None: no stops
    main_country: str
    method: str = BY_DISTANCE

    @property
    def from_home(self) -> bool:
        return self.settings.home is not None

    def legs(self) -> list[float | None]:
        """The road km of each leg driven: to each stop (from the first one on, without a home) and home."""
        legs = [stop.leg_km for stop in self.stops]
        if not self.from_home:
            return legs[1:]  # the route starts at the first stop: no leg to it
        return [*legs, self.back_km] if self.stops else legs

    @property
    def total_km(self) -> float | None:
        """Road km of the legs that are known (None when none is)."""
        known = [km for km in self.legs() if km is not None]
        return sum(known) if known else None

    @property
    def unknown_legs(self) -> int:
        return sum(1 for km in self.legs() if km is None)

    @property
    def end_text(self) -> str:
        return "" if self.end is None else routing.clock_text(self.end)

    def stop(self, visit_id: str) -> PlannedStop | None:
        return next((stop for stop in self.stops if stop.visit_id == visit_id), None)


# -- where the stops are ---------------------------------------------------------------------------------


def _postal_number(postal_code: str) -> int | None:
    match = _DIGITS.search(postal_code or "")
    return int(match.group()) if match else None


def _main_country(stops: Sequence[StopInput]) -> str:
    """The country most of the stops are in ("" when none has more stops than every other)."""
    counts = Counter(stop.country for stop in stops if stop.country).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return ""
    return counts[0][0]


def place(stops: Sequence[StopInput]) -> tuple[list[Placement], str]:
    """Where the route counts each stop and which are far; and the day's main country."""
    points: list[Point | None] = [stop.point for stop in stops]
    near: list[str | None] = [None] * len(stops)
    for i, stop in enumerate(stops):
        if stop.point is not None:
            continue
        number = _postal_number(stop.postal_code)
        candidates = [
            (abs(number - other_number), j)
            for j, other in enumerate(stops)
            if other.point is not None
            and other.country == stop.country
            and number is not None
            and (other_number := _postal_number(other.postal_code)) is not None
        ]
        if candidates:
            _gap, j = min(candidates)
            points[i], near[i] = stops[j].point, stops[j].name
    main = _main_country(stops)
    inside = [
        p for p, s in zip(points, stops, strict=True) if p is not None and (not main or s.country == main)
    ]
    centre = (
        (statistics.median(p[0] for p in inside), statistics.median(p[1] for p in inside)) if inside else None
    )
    placements = []
    for point, stop, neighbour in zip(points, stops, near, strict=True):
        far: list[str] = []
        if main and stop.country and stop.country != main:
            far.append(FAR_COUNTRY)
        centre_km = routing.straight_km(point, centre) if point is not None and centre is not None else None
        if centre_km is not None and centre_km > FAR_KM:
            far.append(FAR_DISTANCE)
        placements.append(Placement(point, neighbour, tuple(far), centre_km))
    return placements, main


# -- the times -------------------------------------------------------------------------------------------


def _anchor(stop: StopInput, keep: bool) -> int | None:
    """The time a stop keeps: a fixed appointment's, a made visit's, or (``keep``) the stored one."""
    if stop.fixed or keep or stop.status != VisitStatus.PLANNED.value:
        return routing.minute_of(stop.time)
    return None


def schedule(
    stops: Sequence[StopInput],
    config: RouteSettings,
    *,
    keep_before: int = 0,
    placements: Sequence[Placement] | None = None,
    method: str = BY_DISTANCE,
) -> RoutePlan:
    """The plan of ``stops`` in this order; stops before ``keep_before`` keep their stored times."""
    if placements is None:
        placements, main = place(stops)
    else:
        main = _main_country(stops)
    legs: list[float | None] = []
    previous = config.home
    for index, placement in enumerate(placements):
        here = placement.point
        if index == 0 and previous is None:
            legs.append(0.0 if here is not None else None)  # the day starts at the first stop
        else:
            legs.append(
                routing.road_km(previous, here) if previous is not None and here is not None else None
            )
        previous = here
    back = None
    if config.home is not None and placements and placements[-1].point is not None:
        back = routing.road_km(placements[-1].point, config.home)
    minutes = [stop.minutes or config.visit_minutes for stop in stops]
    anchors = [_anchor(stop, index < keep_before) for index, stop in enumerate(stops)]
    line = routing.timeline(config.day_start, legs, minutes, anchors, config.speed_kmh, back)
    planned = tuple(
        PlannedStop(
            visit_id=stop.visit_id,
            name=stop.name,
            country=stop.country,
            own_coordinates=stop.point is not None,
            placed_near=placement.placed_near,
            point=placement.point,
            far=placement.far,
            centre_km=placement.centre_km,
            leg_km=leg,
            time=routing.clock_text(start) if start < 24 * 60 else "",
            minutes=stay,
            fixed=stop.fixed,
            late_minutes=late if stop.fixed else 0,
        )
        for stop, placement, leg, start, stay, late in zip(
            stops, placements, legs, line.starts, minutes, line.late, strict=True
        )
    )
    return RoutePlan(config, planned, back, line.end if stops else None, main, method)


# -- the automatic order ---------------------------------------------------------------------------------


def _postal_key(stop: StopInput) -> tuple:
    number = _postal_number(stop.postal_code)
    return (
        stop.country,
        number if number is not None else float("inf"),
        stop.postal_code,
        stop.name.casefold(),
    )


def _nearest_chain(start: Point | None, rest: list[int], placements: Sequence[Placement]) -> list[int]:
    """``rest`` in nearest-neighbour order from ``start`` (every one of them has a place)."""
    chain, here, left = [], start, list(rest)
    while left:
        nearest = min(left, key=lambda i: routing.straight_km(here, placements[i].point) if here else 0.0)
        left.remove(nearest)
        chain.append(nearest)
        here = placements[nearest].point
    return chain


def best_order(stops: Sequence[StopInput], config: RouteSettings) -> tuple[list[int], str]:
    """The automatic order of ``stops`` (indexes) and how it was found (BY_DISTANCE / BY_POSTAL_CODE).

    The stops that are not far: by distance from home and back (the shortest round trip
    :func:`routing.round_trip` finds; of its two directions the one late for fewer appointments),
    or, without a home, from the first of them as planned (:func:`routing.open_path`). Then the far
    ones (flagged: the rep decides), nearest first, and last the stops that cannot be placed.
    """
    placements, _main = place(stops)
    routable = [i for i, placement in enumerate(placements) if placement.point is not None]
    unplaced = [i for i, placement in enumerate(placements) if placement.point is None]
    if not routable:
        return sorted(range(len(stops)), key=lambda i: _postal_key(stops[i])), BY_POSTAL_CODE
    near = [i for i in routable if not placements[i].far] or routable
    far = [i for i in routable if i not in near]
    points = [placements[i].point for i in near]
    if config.home is not None:
        dist = routing.distance_matrix([config.home, *points])  # type: ignore[list-item]
        tour = [near[node - 1] for node in routing.round_trip(dist, 0)[1:]]

        def lateness(candidate: list[int]) -> int:
            chosen = candidate + far + unplaced
            plan = schedule([stops[i] for i in chosen], config, placements=[placements[i] for i in chosen])
            return sum(stop.late_minutes for stop in plan.stops)

        order = min((tour, tour[::-1]), key=lateness)
    else:
        dist = routing.distance_matrix(points)  # type: ignore[arg-type]
        order = [near[node] for node in routing.open_path(dist, 0)]
    order += _nearest_chain(placements[order[-1]].point, far, placements)
    return order + unplaced, BY_DISTANCE
