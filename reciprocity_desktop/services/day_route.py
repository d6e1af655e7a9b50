"""A day's route in the store: its visits, the settings the route takes, and its times computed and kept.

The planning itself (where the stops are, the flags, the order, the times) is the pure
:mod:`reciprocity_desktop.services.route_plan`; here are the session-side steps the visit services
call: :func:`retime` stores a day's computed times (from a stop on; fixed appointments and visits
already made keep theirs), :func:`plan_for_day` reads the plan of a day as stored,
:func:`day_times`/:func:`restore_times` let an undo put a day's times back exactly;
:func:`stop_flags` and :func:`home_note` say in a sentence why a stop is flagged or why the route
does not start from home; :class:`RouteFacts` is the route as a whole, for the paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from reciprocity_desktop.services import geo, route_plan, routing, settings, validate
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.services.route_plan import (
    HOME_NOT_FOUND,
    HOME_NOT_SET,
    HOME_SET,
    PlannedStop,
    RoutePlan,
    RouteSettings,
    StopInput,
    schedule,
)
from reciprocity_desktop.services.sellers import own_seller_id
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Prospect, Visit, VisitStatus


def route_settings(session: Session) -> RouteSettings:
    country = str(settings.read(session, "home_country") or "")
    postal_code = str(settings.read(session, "home_postal_code") or "")
    city = str(settings.read(session, "home_city") or "")
    label = " ".join(part for part in (postal_code, city) if part)
    label = f"{label} ({country})" if label and country else label
    home = geo.lookup(country, postal_code) if country and postal_code else None
    state = HOME_SET if home else HOME_NOT_FOUND if (country and postal_code) else HOME_NOT_SET
    return RouteSettings(
        home=home,
        home_state=state,
        home_label=label,
        day_start=routing.minute_of(str(settings.read(session, "day_start"))) or 9 * 60,
        visit_minutes=int(settings.read(session, "visit_minutes")),
        speed_kmh=int(settings.read(session, "travel_speed_kmh")),
    )


def day_visits(session: Session, day: dt.date, *, team: bool = False) -> list[Visit]:
    """The day's live visits of live prospects, in route order, with their prospects (and contacts)
    and planned gifts loaded: the store's seller's own (``team``: every seller's)."""
    own = () if team else (Visit.seller_id == own_seller_id(),)
    query = (
        select(Visit)
        .join(Prospect, Prospect.id == Visit.prospect_id)
        .where(Visit.date == day, *own, Visit.deleted.is_(False), Prospect.deleted.is_(False))
        .options(
            joinedload(Visit.prospect).selectinload(Prospect.contacts), joinedload(Visit.gift_stock_item)
        )
        .order_by(*((Visit.seller, Visit.seller_id) if team else ()), Visit.position, Visit.created_at)
    )
    return list(session.scalars(query).unique())


def on_route(visits: Sequence[Visit]) -> list[Visit]:
    """The visits the route goes to: all but the cancelled ones."""
    return [visit for visit in visits if visit.status != VisitStatus.CANCELLED.value]


def retime(session: Session, visits: Sequence[Visit], from_visit: int = 0) -> RoutePlan:
    """Compute the times of a day's route (``visits`` in route order) and store them.

    The stops from the ``from_visit``-th (of ``visits``) on get their computed times; the ones before keep
    theirs, as do fixed appointments and visits already made.
    """
    stops = on_route(visits)
    keep_before = sum(1 for visit in visits[:from_visit] if visit.status != VisitStatus.CANCELLED.value)
    config = route_settings(session)
    plan = schedule([StopInput.of(visit, visit.prospect) for visit in stops], config, keep_before=keep_before)
    for index, (visit, planned) in enumerate(zip(stops, plan.stops, strict=True)):
        if index < keep_before or visit.fixed_time or visit.status != VisitStatus.PLANNED.value:
            continue
        if visit.planned_time != planned.time:
            visit.planned_time = planned.time
    return plan


def plan_for_day(store: Store, day: dt.date, visits: Sequence[Visit] | None = None) -> RoutePlan:
    """The plan of the day's route as it is stored (its order and times are not changed).

    ``visits``: the day's visits in route order with their prospects, when the caller has them
    already (:func:`~reciprocity_desktop.services.visits.list_day`); then only the settings are read.
    """
    with store.read() as session:
        if visits is None:
            visits = day_visits(session, day)
        config = route_settings(session)
    stops = [StopInput.of(visit, visit.prospect) for visit in on_route(visits)]
    return schedule(stops, config, keep_before=len(stops))


def retime_from(session: Session, day: dt.date, visit_id: str) -> RoutePlan:
    """Compute and store the times of ``day``'s route from the stop of ``visit_id`` on."""
    visits = day_visits(session, day)
    index = next((i for i, visit in enumerate(visits) if visit.id == visit_id), len(visits))
    return retime(session, visits, index)


def day_times(store: Store, days: Sequence[str | dt.date]) -> dict[str, tuple[str, bool]]:
    """The planned time and whether it is fixed of every visit on ``days`` (for :func:`restore_times`)."""
    wanted = [validate.date(day, "date") for day in days]
    with store.read() as session:
        rows = session.execute(
            select(Visit.id, Visit.planned_time, Visit.fixed_time).where(Visit.date.in_(wanted))
        )
        return {visit_id: (time or "", bool(fixed)) for visit_id, time, fixed in rows}


def restore_times(store: Store, times: dict[str, tuple[str, bool]]) -> None:
    """Put back the times :func:`day_times` read (an undo: the route's times exactly as they were)."""
    with store.session() as session:
        for visit in session.scalars(select(Visit).where(Visit.id.in_(list(times)))):
            time, fixed = times[visit.id]
            if visit.planned_time != time:
                visit.planned_time = time
            if visit.fixed_time != fixed:
                visit.fixed_time = fixed


# -- what to tell the user -------------------------------------------------------------------------------

FLAG_FAR_COUNTRY = "far_country"
FLAG_FAR_DISTANCE = "far_distance"
FLAG_PLACED = "placed_by_postal_code"
FLAG_NOT_PLACED = "not_placed"
FLAG_LATE = "late_for_appointment"
FLAG_NO_TIME = "past_midnight"


def stop_flags(stop: PlannedStop, plan: RoutePlan) -> list[Warning_]:
    """Why a stop is flagged, one sentence each (none for a stop that is in order)."""
    flags = []
    if route_plan.FAR_COUNTRY in stop.far:
        flags.append(
            Warning_(
                FLAG_FAR_COUNTRY,
                "in {country}, while most stops are in {main}: far from the others.",
                country=stop.country,
                main=plan.main_country,
            )
        )
    if route_plan.FAR_DISTANCE in stop.far and stop.centre_km is not None:
        flags.append(
            Warning_(
                FLAG_FAR_DISTANCE,
                "{km} km from the day's centre: far from the others.",
                km=f"{stop.centre_km:.0f}",
            )
        )
    if stop.placed_near:
        flags.append(
            Warning_(
                FLAG_PLACED,
                "no coordinates: placed by postal code near {neighbour}.",
                neighbour=stop.placed_near,
            )
        )
    elif stop.unplaced:
        flags.append(
            Warning_(
                FLAG_NOT_PLACED,
                "no coordinates and no stop with a postal code nearby: the travel to it is not counted.",
            )
        )
    if stop.late_minutes and stop.time:
        arrival = routing.minute_of(stop.time) + stop.late_minutes
        flags.append(
            Warning_(
                FLAG_LATE,
                "the route reaches this appointment at {arrival}, {minutes} min late.",
                arrival=routing.clock_text(arrival),
                minutes=stop.late_minutes,
            )
        )
    if not stop.time:
        flags.append(Warning_(FLAG_NO_TIME, "the route does not reach this stop before midnight."))
    return flags


def home_note(config: RouteSettings) -> Warning_ | None:
    """Why the route does not start from home (None when it does)."""
    if config.home_state == HOME_NOT_SET:
        return Warning_(HOME_NOT_SET, "no home base in the settings: the route starts at the first stop.")
    if config.home_state == HOME_NOT_FOUND:
        return Warning_(
            HOME_NOT_FOUND,
            "the home base's postal code is not known ({home}): the route starts at the first stop.",
            home=config.home_label,
        )
    return None


@dataclass(frozen=True)
class RouteFacts:
    """The route of the day as a whole: its road km, where it starts and when the day ends."""

    total_km: float | None  # the legs that are known (None: none is)
    unknown_legs: int
    road_factor: float
    from_home: bool
    home_label: str  # "80331 München (DE)"; "" without a home base
    home_note: Warning_ | None  # why the route does not start from home
    day_start: str  # "HH:MM"
    back_km: float | None  # the way home from the last stop
    end: str  # "HH:MM": back home, or the end of the last visit; "" unknown

    @classmethod
    def of(cls, plan: RoutePlan) -> RouteFacts:
        return cls(
            total_km=plan.total_km,
            unknown_legs=plan.unknown_legs,
            road_factor=routing.ROAD_FACTOR,
            from_home=plan.from_home,
            home_label=plan.settings.home_label if plan.from_home else "",
            home_note=home_note(plan.settings),
            day_start=routing.clock_text(plan.settings.day_start),
            back_km=plan.back_km,
            end=plan.end_text,
        )
