"""Routes with real times from home: the automatic order, the computed times, the flags (services)."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import day_route, geo, prospects, routing, settings, visits
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.route_plan import FAR_COUNTRY, FAR_DISTANCE, HOME_NOT_FOUND, HOME_NOT_SET
from reciprocity_desktop.store.models import Visit

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2026, 12, 3)

#: Munich and around: name -> (postal code, latitude, longitude)
MUNICH = {
    "Pasing Metallbau": ("81241", 48.148, 11.461),
    "Marienplatz Bäckerei": ("80331", 48.137, 11.575),
    "Schwabing Buchhandlung": ("80801", 48.160, 11.585),
    "Giesing Gärtnerei": ("81539", 48.110, 11.590),
    "Grünwald Hotel": ("82031", 48.040, 11.525),
}


def add(store, name, *, country="DE", postal_code="", point=None, **values) -> str:
    if point is not None:
        values.update(latitude=point[0], longitude=point[1])
    return prospects.add_prospect(store, name=name, country=country, postal_code=postal_code, **values).id


def add_munich(store) -> dict[str, str]:
    return {
        name: add(store, name, postal_code=code, point=(lat, lon))
        for name, (code, lat, lon) in MUNICH.items()
    }


def set_home(store, country="DE", postal_code="80331", city="München") -> None:
    settings.update(store, {"home_country": country, "home_postal_code": postal_code, "home_city": city})


def route(store, day=DAY) -> list[tuple[str, str]]:
    return [(v.prospect.name, v.planned_time) for v in visits.list_day(store, day)]


def names(store, day=DAY) -> list[str]:
    return [name for name, _ in route(store, day)]


def times(store, day=DAY) -> list[str]:
    return [time for _, time in route(store, day)]


def typed_times(store, day, values: list[str]) -> None:
    """Times as the demo or an older release left them: typed, in route order, not fixed."""
    with store.session() as session:
        for visit, time in zip(visits.list_day(store, day), values, strict=True):
            session.get(Visit, visit.id).planned_time = time


def test_the_issue_route_reads_in_order_after_ordering(store):
    """10:30, 09:00, 12:30, 11:00 as planned; ordered from home, the times follow the route."""
    ids = add_munich(store)
    set_home(store)
    planned = ["Pasing Metallbau", "Marienplatz Bäckerei", "Schwabing Buchhandlung", "Giesing Gärtnerei"]
    visits.plan_day(store, DAY, [ids[n] for n in planned])
    typed_times(store, DAY, ["10:30", "09:00", "12:30", "11:00"])
    plan = visits.auto_order_day(store, DAY)
    got = times(store)
    assert got == sorted(got) and len(set(got)) == 4
    assert [s.time for s in plan.stops] == got
    # The first stop: leave home at 09:00 (day_start), drive there, arrive rounded up to 5 minutes.
    home = geo.lookup("DE", "80331")
    first = visits.list_day(store, DAY)[0].prospect
    drive = routing.travel_minutes(routing.road_km(home, (first.latitude, first.longitude)), 50)
    assert got[0] == routing.clock_text(routing.round_up(9 * 60 + drive))
    # Each next stop starts after 45 minutes there and the drive on.
    for before, after, stop in zip(got, got[1:], plan.stops[1:], strict=False):
        gap = routing.minute_of(after) - routing.minute_of(before)
        assert (
            45 + routing.travel_minutes(stop.leg_km, 50)
            <= gap
            < 45 + routing.travel_minutes(stop.leg_km, 50) + 5
        )
    assert not any(v.fixed_time for v in visits.list_day(store, DAY))  # computed, not fixed


def test_the_order_is_the_round_trip_from_home_and_back(store):
    ids = add_munich(store)
    set_home(store)  # the Marienplatz, in the middle of the stops
    visits.plan_day(store, DAY, list(ids.values()))
    plan = visits.auto_order_day(store, DAY)
    assert plan.from_home and plan.method == "distance"
    home = geo.lookup("DE", "80331")
    points = [home] + [(v.prospect.latitude, v.prospect.longitude) for v in visits.list_day(store, DAY)]
    dist = routing.distance_matrix(points)
    import itertools

    shortest = min(
        routing.tour_length(dist, (0, *order)) for order in itertools.permutations(range(1, len(points)))
    )
    assert routing.tour_length(dist, range(len(points))) <= 1.15 * shortest
    # Kilometres by road: 1.3 times the straight line, legs and the way home.
    assert plan.total_km == pytest.approx(1.3 * routing.tour_length(dist, range(len(points))))
    assert plan.back_km == pytest.approx(routing.road_km(points[-1], home))
    last = plan.stops[-1]
    assert plan.end == routing.minute_of(last.time) + 45 + routing.travel_minutes(plan.back_km, 50)


def test_without_a_home_base_the_route_starts_at_the_first_stop_and_says_so(store):
    line = {
        name: add(store, name, point=(48.0, lon))
        for name, lon in (("West", 8.0), ("Mid", 9.0), ("East", 10.0))
    }
    mid_west = add(store, "Mid-west", point=(48.0, 8.5))
    visits.plan_day(store, DAY, [line["West"], line["East"], mid_west, line["Mid"]])
    plan = visits.auto_order_day(store, DAY)
    assert names(store) == ["West", "Mid-west", "Mid", "East"]
    assert plan.settings.home_state == HOME_NOT_SET and not plan.from_home
    assert times(store)[0] == "09:00"  # the day starts at the first stop
    assert plan.back_km is None and plan.total_km == pytest.approx(1.3 * 2 * 74.4, rel=0.01)  # 8° to 10° east


def test_a_home_postal_code_the_table_does_not_know_is_said_and_the_route_starts_at_the_first_stop(store):
    ids = add_munich(store)
    set_home(store, postal_code="00000")
    visits.plan_day(store, DAY, list(ids.values()))
    plan = visits.auto_order_day(store, DAY)
    assert plan.settings.home_state == HOME_NOT_FOUND and plan.settings.home_label == "00000 München (DE)"
    assert names(store)[0] == "Pasing Metallbau"


def test_a_fixed_appointment_keeps_its_time_and_the_next_stops_follow_it(store):
    ids = add_munich(store)
    set_home(store)
    visits.plan_day(store, DAY, list(ids.values()))
    giesing = next(v for v in visits.list_day(store, DAY) if v.prospect.name == "Giesing Gärtnerei")
    visits.update_visit(store, giesing.id, planned_time="14:00")  # typed: a fixed appointment
    assert visits.get_visit(store, giesing.id).fixed_time
    visits.auto_order_day(store, DAY)
    ordered = visits.list_day(store, DAY)
    index = next(i for i, v in enumerate(ordered) if v.id == giesing.id)
    assert ordered[index].planned_time == "14:00" and ordered[index].fixed_time
    after = [v.planned_time for v in ordered[index + 1 :]]
    assert all(time > "14:45" for time in after)  # after the appointment's 45 minutes
    before = [v.planned_time for v in ordered[:index]]
    assert before == sorted(before) and all(time < "14:00" for time in before)
    # Clearing the typed time lets the route give the stop its time again.
    visits.update_visit(store, giesing.id, planned_time="")
    cleared = visits.get_visit(store, giesing.id)
    assert not cleared.fixed_time and cleared.planned_time not in ("", "14:00")


def test_a_late_appointment_is_flagged(store):
    ids = add_munich(store)
    set_home(store)
    visits.plan_day(store, DAY, list(ids.values()))
    last = visits.list_day(store, DAY)[-1]
    visits.update_visit(store, last.id, planned_time="09:15")  # cannot be reached after four visits
    stop = day_route.plan_for_day(store, DAY).stop(last.id)
    assert stop.fixed and stop.late_minutes > 0 and stop.flagged and stop.time == "09:15"


def test_a_vienna_stop_on_a_munich_route_is_flagged_and_not_first(store):
    ids = add_munich(store)
    vienna = add(store, "Café Wien", country="AT", postal_code="1010", point=(48.208, 16.373))
    for home in (None, "80331"):
        day = DAY + dt.timedelta(days=0 if home is None else 1)
        if home:
            set_home(store)
        # Planned first, as the postal-code order once put it.
        visits.plan_day(store, day, [vienna, *ids.values()])
        plan = visits.auto_order_day(store, day)
        assert names(store, day)[0] != "Café Wien", home
        stop = next(s for s in plan.stops if s.name == "Café Wien")
        assert set(stop.far) == {FAR_COUNTRY, FAR_DISTANCE} and stop.flagged
        assert stop.centre_km > 300
        assert not any(s.far for s in plan.stops if s.name != "Café Wien")
        assert plan.main_country == "DE"


def test_a_stop_far_within_the_country_is_flagged_by_distance(store):
    ids = add_munich(store)
    hamburg = add(store, "Reederei Hamburg", postal_code="20095", point=(53.55, 9.99))
    visits.plan_day(store, DAY, [hamburg, *ids.values()])
    plan = visits.auto_order_day(store, DAY)
    stop = next(s for s in plan.stops if s.name == "Reederei Hamburg")
    assert stop.far == (FAR_DISTANCE,)
    assert names(store)[0] != "Reederei Hamburg" and names(store)[-1] == "Reederei Hamburg"


def test_a_stop_without_coordinates_is_placed_by_postal_code_near_its_neighbour_and_flagged(store):
    ids = add_munich(store)
    set_home(store)
    # A postal code the table does not know: no coordinates, but 81242 is next to Pasing's 81241.
    nowhere = add(store, "Aubing Apotheke", postal_code="81242")
    assert prospects.get_prospect(store, nowhere).latitude is None
    visits.plan_day(store, DAY, [nowhere, *ids.values()])
    plan = visits.auto_order_day(store, DAY)
    stop = next(s for s in plan.stops if s.name == "Aubing Apotheke")
    assert stop.placed_near == "Pasing Metallbau" and not stop.own_coordinates and stop.flagged
    assert stop.point == MUNICH["Pasing Metallbau"][1:]
    order = names(store)
    assert abs(order.index("Aubing Apotheke") - order.index("Pasing Metallbau")) == 1  # driven together
    assert stop.time  # and it has a time like every other stop


def test_a_stop_that_cannot_be_placed_goes_last_with_its_travel_unknown(store):
    ids = add_munich(store)
    nowhere = add(store, "Copenhagen ApS", country="DK", postal_code="1050")  # no stop in Denmark
    visits.plan_day(store, DAY, [nowhere, *ids.values()])
    plan = visits.auto_order_day(store, DAY)
    assert names(store)[-1] == "Copenhagen ApS"
    last = plan.stops[-1]
    assert last.unplaced and last.leg_km is None and last.flagged
    assert plan.unknown_legs == 1


def test_without_any_coordinates_the_order_is_by_country_and_postal_code(store):
    planned = [
        add(store, "Utrecht", country="NL", postal_code="3511 AX"),
        add(store, "Berlin", country="DE", postal_code="00000"),  # unknown codes: no coordinates
        add(store, "Leipzig", country="DE", postal_code="00001"),
        add(store, "Nowhere", country="", postal_code="12"),  # gets the default country, DE
    ]
    with store.session() as session:  # none of them has coordinates, not even Utrecht's centroid
        from reciprocity_desktop.store.models import Prospect

        for pid in planned:
            session.get(Prospect, pid).latitude = session.get(Prospect, pid).longitude = None
    visits.plan_day(store, DAY, planned)
    plan = visits.auto_order_day(store, DAY)
    assert plan.method == "postal_code"
    assert names(store) == ["Berlin", "Leipzig", "Nowhere", "Utrecht"]
    assert times(store) == ["09:00", "09:45", "10:30", "11:15"]  # no travel known: visits back to back


def test_reordering_recomputes_the_times_after_the_first_moved_stop(store):
    ids = add_munich(store)
    set_home(store)
    visits.plan_day(store, DAY, list(ids.values()))
    visits.auto_order_day(store, DAY)
    stops = visits.list_day(store, DAY)
    fixed = stops[4]
    visits.update_visit(store, fixed.id, planned_time="16:00")
    before = times(store)
    # Drag the second stop to the end (the fixed one moves up one place).
    order = [stops[0].id, stops[2].id, stops[3].id, stops[4].id, stops[1].id]
    visits.reorder_day(store, DAY, order)
    after = dict((v.id, v.planned_time) for v in visits.list_day(store, DAY))
    assert after[stops[0].id] == before[0]  # before the move: untouched
    assert after[fixed.id] == "16:00"  # fixed: kept
    assert after[stops[1].id] > "16:45"  # after the appointment now
    assert after[stops[2].id] < before[2]  # one stop less before it
    assert [v.id for v in visits.list_day(store, DAY)] == order


def test_a_visit_of_its_own_length_moves_the_times_after_it(store):
    ids = add_munich(store)
    set_home(store)
    visits.plan_day(store, DAY, list(ids.values()))
    visits.auto_order_day(store, DAY)
    before = times(store)
    first = visits.list_day(store, DAY)[0]
    visits.update_visit(store, first.id, visit_minutes=105)  # an hour longer
    after = times(store)
    assert after[0] == before[0]
    assert all(
        routing.minute_of(a) - routing.minute_of(b) in range(58, 63)
        for a, b in zip(after[1:], before[1:], strict=True)
    )
    visits.update_visit(store, first.id, default_minutes=True)
    assert times(store) == before


def test_a_visit_length_out_of_range_is_refused_naming_the_field(store, dump):
    [visit] = visits.plan_day(store, DAY, [add(store, "A")])
    before = dump(store)
    for wrong in ("4", "481", "long", "-5"):
        with pytest.raises(ValidationError) as caught:
            visits.update_visit(store, visit.id, visit_minutes=wrong)
        assert caught.value.field == "visit minutes"
        assert "5 to 480" in str(caught.value)
    assert dump(store) == before


def test_moving_a_stop_to_another_day_recomputes_both_days(store):
    ids = add_munich(store)
    set_home(store)
    visits.plan_day(store, DAY, list(ids.values()))
    visits.auto_order_day(store, DAY)
    other = DAY + dt.timedelta(days=1)
    visits.plan_day(store, other, [add(store, "Solo", postal_code="80333", point=(48.14, 11.57))])
    second = visits.list_day(store, DAY)[1]
    before = times(store)
    visits.move_visit(store, second.id, other)
    assert times(store)[0] == before[0] and times(store)[1] < before[2]
    moved = times(store, other)
    assert moved[1] > moved[0]  # the moved stop follows the other day's stop


def test_adding_stops_gives_them_times_after_the_route(store):
    ids = add_munich(store)
    visits.plan_day(store, DAY, [ids["Pasing Metallbau"]])
    assert times(store) == [""]  # a day without times stays so until it is ordered
    visits.auto_order_day(store, DAY)
    assert times(store) == ["09:00"]
    visits.plan_day(store, DAY, [ids["Marienplatz Bäckerei"], ids["Giesing Gärtnerei"]])
    first, second, third = times(store)
    assert first == "09:00" and "09:45" < second < third


def test_two_visits_of_one_prospect_are_both_kept(store):
    """A prospect can be on a day twice (a visit moved there); auto-order must keep both stops."""
    a, b, c = (add(store, n, point=(48.0, lon)) for n, lon in (("A", 10.0), ("B", 8.0), ("C", 9.0)))
    visits.plan_day(store, DAY, [a, b, c])
    other_day = visits.plan_day(store, DAY - dt.timedelta(days=1), [a])[0]
    visits.move_visit(store, other_day.id, DAY)
    visits.auto_order_day(store, DAY)
    assert sorted(names(store)) == ["A", "A", "B", "C"]
    assert [v.position for v in visits.list_day(store, DAY)] == [0, 1, 2, 3]


def test_cancelled_visits_go_last_and_get_no_time(store):
    ids = add_munich(store)
    visits.plan_day(store, DAY, list(ids.values()))
    first = visits.list_day(store, DAY)[0]
    with store.session() as session:
        visit = session.get(Visit, first.id)
        visit.status, visit.planned_time = "cancelled", ""
    plan = visits.auto_order_day(store, DAY)
    assert visits.list_day(store, DAY)[-1].id == first.id
    assert visits.get_visit(store, first.id).planned_time == ""
    assert first.id not in {s.visit_id for s in plan.stops}
