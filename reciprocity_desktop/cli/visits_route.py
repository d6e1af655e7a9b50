"""``visits auto-order DATE``: order a day's route from home and back and compute its times.

Registered in the ``visits`` group by :mod:`reciprocity_desktop.cli.visits`. Prints the route with
its times, the road kilometres of each leg and the day's end; a flagged stop (far from the others,
placed by postal code, a missed appointment) says why in the NOTE column, and a route that cannot
start from home says so once (a warning on stderr).
"""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import day_route, routing, validate, visits
from reciprocity_desktop.services.route_plan import RoutePlan
from reciprocity_desktop.store import Store


def register(sub) -> None:
    p = cli.add_command(
        sub,
        "auto-order",
        cmd_auto_order,
        "order a day's route by distance from home and back, and compute its times "
        "(day_start, visit_minutes, travel_speed_kmh; fixed appointments keep theirs)",
    )
    p.add_argument("date", metavar="DATE")
    p.add_argument("--json", action="store_true")


def _km(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def plan_json(plan: RoutePlan, day, listed) -> dict:
    by_id = {visit.id: visit for visit in listed}
    return {
        "date": day.isoformat(),
        "method": plan.method,
        "from_home": plan.from_home,
        "home": plan.settings.home_label or None,
        "road_factor": routing.ROAD_FACTOR,
        "total_km": _km(plan.total_km),
        "unknown_legs": plan.unknown_legs,
        "back_km": _km(plan.back_km),
        "end_of_day": plan.end_text or None,
        "stops": [
            {
                "id": stop.visit_id,
                "prospect_id": by_id[stop.visit_id].prospect_id,
                "prospect_name": stop.name,
                "position": by_id[stop.visit_id].position + 1,
                "planned_time": stop.time or None,
                "fixed_time": stop.fixed,
                "visit_minutes": stop.minutes,
                "leg_km": _km(stop.leg_km),
                "flags": [flag.code for flag in day_route.stop_flags(stop, plan)],
                "notes": [str(flag) for flag in day_route.stop_flags(stop, plan)],
            }
            for stop in plan.stops
        ],
    }


def _summary(plan: RoutePlan, day) -> str:
    count = len(plan.stops)
    how = (
        "by distance" if plan.method == "distance" else "by country and postal code (no stop has coordinates)"
    )
    start = f" from home ({plan.settings.home_label}) and back" if plan.from_home else ""
    return f"Ordered {count} stop{'s' if count != 1 else ''} of {day.isoformat()} {how}{start}."


def _totals(plan: RoutePlan) -> str:
    parts = []
    if plan.total_km is not None:
        km = f"Total {plan.total_km:.1f} km by road ({routing.ROAD_FACTOR:g} × the straight line)"
        if plan.unknown_legs:
            km += f", {plan.unknown_legs} leg{'s' if plan.unknown_legs != 1 else ''} unknown"
        parts.append(km)
    if plan.end_text:
        parts.append(("back home at " if plan.from_home else "the last visit ends at ") + plan.end_text)
    return "; ".join(parts) + "." if parts else ""


def _rows(plan: RoutePlan, listed) -> list[list]:
    cities = {visit.id: visit.prospect.city for visit in listed}
    rows = []
    for number, stop in enumerate(plan.stops, start=1):
        notes = " ".join(str(flag) for flag in day_route.stop_flags(stop, plan))
        time = stop.time + (" (fixed)" if stop.fixed else "")
        first_stop_start = number == 1 and not plan.from_home
        km = "" if stop.leg_km is None or first_stop_start else f"{stop.leg_km:.1f}"
        rows.append([number, time, stop.name, cities.get(stop.visit_id, ""), km, notes])
    return rows


def cmd_auto_order(store: Store, args: argparse.Namespace) -> int:
    day = validate.date(args.date, "date")
    plan = visits.auto_order_day(store, day)
    listed = visits.list_day(store, day)
    if args.json:
        cli.print_json(plan_json(plan, day, listed))
    elif not plan.stops:
        print(f"No visits on the route of {day.isoformat()}: nothing to order.")
    else:
        print(_summary(plan, day))
        print(cli.table(["#", "TIME", "PROSPECT", "CITY", "KM", "NOTE"], _rows(plan, listed), right={0, 4}))
        if plan.from_home and plan.back_km is not None:
            print(f"Home: {plan.back_km:.1f} km")
        if _totals(plan):
            print(_totals(plan))
    note = day_route.home_note(plan.settings)
    if note is not None and plan.stops:
        cli.print_warnings([note])
    return 0
