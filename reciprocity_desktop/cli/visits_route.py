"""``visits auto-order DATE``: order a day's route from home and back and compute its times.

Registered in the ``visits`` group by :mod:`reciprocity_desktop.cli.visits`. Prints the route with
its times, the road kilometres of each leg and the day's end; a flagged stop (far from the others,
placed by postal code, a missed appointment) says why in the NOTE column, and a route that cannot
start from home says so once (a warning on stderr).
"""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop import formatting
from reciprocity_desktop.services import day_route, routing, validate, visits
from reciprocity_desktop.services.route_plan import RoutePlan
from reciprocity_desktop.store import Store


def register(sub) -> None:
    p = cli.add_command(
        sub,
        "auto-order",
        cmd_auto_order,
        cli.tr(
            "order a day's route by distance from home and back, and compute its times "
            "(day_start, visit_minutes, travel_speed_kmh; fixed appointments keep theirs)"
        ),
    )
    p.add_argument("date", metavar=cli.tr("DATE"))
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


def _km_text(value: float) -> str:
    """Kilometres with one decimal, as the run's language writes them (``12.5``, ``12,5``)."""
    return formatting.number(value, cli.number_locale(), decimals=1)


def _summary(plan: RoutePlan, day) -> str:
    count = len(plan.stops)
    if plan.method == "distance":
        how = cli.tr("by distance")
    else:
        how = cli.tr("by country and postal code (no stop has coordinates)")
    start = (
        cli.tr(" from home ({home}) and back").format(home=plan.settings.home_label) if plan.from_home else ""
    )
    line = cli.tr_n("Ordered %n stop(s) of {date} {how}{start}.", count)
    return line.format(date=cli.date_text(day), how=how, start=start)


def _totals(plan: RoutePlan) -> str:
    parts = []
    if plan.total_km is not None:
        km = cli.tr("Total {km} km by road ({factor} × the straight line)").format(
            km=_km_text(plan.total_km), factor=formatting.number(routing.ROAD_FACTOR, cli.number_locale())
        )
        if plan.unknown_legs:
            km += cli.tr_n(", %n leg(s) unknown", plan.unknown_legs)
        parts.append(km)
    if plan.end_text:
        end = cli.tr("back home at {time}") if plan.from_home else cli.tr("the last visit ends at {time}")
        parts.append(end.format(time=plan.end_text))
    return "; ".join(parts) + "." if parts else ""


def _rows(plan: RoutePlan, listed) -> list[list]:
    cities = {visit.id: visit.prospect.city for visit in listed}
    rows = []
    for number, stop in enumerate(plan.stops, start=1):
        notes = " ".join(str(flag) for flag in day_route.stop_flags(stop, plan))
        time = stop.time + (cli.tr(" (fixed)") if stop.fixed else "")
        first_stop_start = number == 1 and not plan.from_home
        km = "" if stop.leg_km is None or first_stop_start else _km_text(stop.leg_km)
        rows.append([number, time, stop.name, cities.get(stop.visit_id, ""), km, notes])
    return rows


def cmd_auto_order(store: Store, args: argparse.Namespace) -> int:
    day = validate.date(args.date, "date")
    plan = visits.auto_order_day(store, day)
    listed = visits.list_day(store, day)
    if args.json:
        cli.print_json(plan_json(plan, day, listed))
    elif not plan.stops:
        print(cli.tr("No visits on the route of {date}: nothing to order.").format(date=cli.date_text(day)))
    else:
        print(_summary(plan, day))
        headers = ["#", cli.tr("TIME"), cli.tr("PROSPECT"), cli.tr("CITY"), cli.tr("KM"), cli.tr("NOTE")]
        print(cli.table(headers, _rows(plan, listed), right={0, 4}))
        if plan.from_home and plan.back_km is not None:
            print(cli.tr("Home: {km} km").format(km=_km_text(plan.back_km)))
        if _totals(plan):
            print(_totals(plan))
    note = day_route.home_note(plan.settings)
    if note is not None and plan.stops:
        cli.print_warnings([note])
    return 0
