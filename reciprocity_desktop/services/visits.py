"""Visits: plan a day, order the route, choose the gift to bring, and debrief the day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from reciprocity_desktop.services import day_route, gifts, route_plan, settings, validate
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.gift_kit import KitLine, gift_kit
from reciprocity_desktop.services.prospects import ProspectFilter, filtered_query, get_live
from reciprocity_desktop.services.sellers import own_seller_id
from reciprocity_desktop.services.today import (  # noqa: F401 - Today's overview, offered here too
    PANEL_LIMIT,
    TodayOverview,
    today_overview,
    today_totals,
)
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Prospect,
    StockItem,
    Visit,
    VisitStatus,
)

_day_visits = day_route.day_visits
_retime_from = day_route.retime_from
#: Undo helpers of the route's times (see :mod:`~reciprocity_desktop.services.day_route`).
day_times = day_route.day_times
restore_times = day_route.restore_times


def list_day(store: Store, day: str | dt.date, *, team: bool = False) -> list[Visit]:
    """The day's visits of the store's seller in route order (cancelled ones included, with their status);
    ``team``: every seller's, by seller."""
    day = validate.date(day, "date")
    with store.read() as session:
        return _day_visits(session, day, team=team)


def plan_day(store: Store, day: str | dt.date, prospect_ids: Sequence[str]) -> list[Visit]:
    """Add prospects to a day's route, after the stops already planned.

    When the route has times already, the new stops get theirs after it; a day without times stays
    so (ordering it gives them). A prospect already on that day's route is not added twice. Returns
    the visits for ``prospect_ids`` in the order given (new or existing).
    """
    day = validate.date(day, "date")
    if not prospect_ids:
        raise ValidationError("Pick at least one prospect to visit.", field="prospects")
    with store.session() as session:
        existing = {v.prospect_id: v for v in _day_visits(session, day)}
        first_new = len(existing)
        position = max((v.position for v in existing.values()), default=-1) + 1
        result = []
        for prospect_id in prospect_ids:
            get_live(session, Prospect, prospect_id, "prospect")
            visit = existing.get(prospect_id)
            if visit is None:
                visit = Visit(prospect_id=prospect_id, date=day, position=position)
                session.add(visit)
                existing[prospect_id] = visit
                position += 1
            result.append(visit)
        session.flush()
        if any(visit.planned_time for visit in list(existing.values())[:first_new]):
            day_route.retime(session, _day_visits(session, day), first_new)  # the new stops follow the route
            session.flush()
        return result


def reorder_day(store: Store, day: str | dt.date, visit_ids: Sequence[str]) -> None:
    """Set the route order: ``visit_ids`` must be exactly the day's visits, in the new order.

    The times from the first stop that moved on are computed again (fixed appointments keep theirs).
    """
    day = validate.date(day, "date")
    with store.session() as session:
        day_visits = _day_visits(session, day)
        visits = {v.id: v for v in day_visits}
        if sorted(visit_ids) != sorted(visits):
            raise ValidationError(
                "The new order must list every visit of {day} once.", field="order", day=day.isoformat()
            )
        old = [v.id for v in day_visits]
        first_moved = next((i for i, (a, b) in enumerate(zip(old, visit_ids, strict=True)) if a != b), None)
        for position, visit_id in enumerate(visit_ids):
            if visits[visit_id].position != position:
                visits[visit_id].position = position
        if first_moved is not None:
            day_route.retime(session, [visits[i] for i in visit_ids], first_moved)


def auto_order_day(store: Store, day: str | dt.date) -> route_plan.RoutePlan:
    """Order the day's route automatically and compute its times again (see :func:`route_plan.best_order`).

    By distance from home and back (without a home base: from the first stop); cancelled visits
    go to the end. Fixed appointments keep their times. Returns the plan of the new route.
    """
    day = validate.date(day, "date")
    with store.session() as session:
        day_visits = _day_visits(session, day)
        stops = day_route.on_route(day_visits)
        config = day_route.route_settings(session)
        inputs = [route_plan.StopInput.of(visit, visit.prospect) for visit in stops]
        order, method = route_plan.best_order(inputs, config)
        ordered = [stops[i] for i in order] + [v for v in day_visits if v not in stops]
        for position, visit in enumerate(ordered):
            if visit.position != position:
                visit.position = position
        plan = day_route.retime(session, ordered, 0)
        return replace(plan, method=method)


def update_visit(
    store: Store,
    visit_id: str,
    *,
    planned_time: str | None = None,
    visit_minutes: int | str | None = None,
    default_minutes: bool = False,
    gift_stock_item_id: str | None = None,
    gift_note: str | None = None,
    notes: str | None = None,
    clear_gift: bool = False,
) -> Visit:
    """Set the planned time, the visit's length, the gift to bring (from stock, or a note) or the notes.

    A time given here is a fixed appointment (the route's times are computed around it); "" clears
    it, and the route gives the stop its time again. ``visit_minutes`` sets how long this visit
    takes (``default_minutes``: the setting's again). Either recomputes the times after the stop.
    """
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        retime = False
        if planned_time is not None:
            visit.planned_time = validate.time_of_day(planned_time)
            visit.fixed_time = bool(visit.planned_time)
            retime = True
        if default_minutes:
            retime = retime or visit.visit_minutes is not None
            visit.visit_minutes = None
        elif visit_minutes is not None:
            visit.visit_minutes = _minutes(visit_minutes)
            retime = True
        if clear_gift:
            visit.gift_stock_item_id = None
            visit.gift_note = ""
        if gift_stock_item_id:
            visit.gift_stock_item_id = get_live(session, StockItem, gift_stock_item_id, "stock item").id
        if gift_note is not None:
            visit.gift_note = validate.text(gift_note, "gift to bring", max_length=500)
        if notes is not None:
            visit.notes = validate.text(notes, "notes", max_length=5000)
        session.flush()
        if retime:
            _retime_from(session, visit.date, visit.id)
            session.flush()
        return visit


def _minutes(value: int | str) -> int:
    low, high = settings.bounds("visit_minutes")
    text = str(value).strip()
    if not text.isdigit() or len(text) > 6 or not low <= int(text) <= high:
        raise ValidationError(
            "The visit's length must be a whole number of minutes from {low} to {high}, not '{value}'.",
            field="visit minutes",
            low=low,
            high=high,
            value=validate.shown(value),
        )
    return int(text)


def remove_visit(store: Store, visit_id: str) -> Visit:
    """Take a visit off its day; the times of the stops after it follow."""
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        following = [v for v in _day_visits(session, visit.date) if v.position > visit.position]
        visit.deleted = True
        session.flush()
        if following:
            _retime_from(session, visit.date, following[0].id)
        return visit


def restore_visit(store: Store, visit_id: str) -> Visit:
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise ValidationError("No visit with id {id}.", field="id", id=visit_id)
        visit.deleted = False
        session.flush()
        _retime_from(session, visit.date, visit.id)
        return visit


def move_visit(store: Store, visit_id: str, day: str | dt.date) -> Visit:
    """Move a visit to another day (at the end of that day's route); the times of both days follow."""
    day = validate.date(day, "date")
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        if visit.date != day:
            old_day = visit.date
            following = [v for v in _day_visits(session, old_day) if v.position > visit.position]
            last = session.scalar(
                select(func.max(Visit.position)).where(
                    Visit.date == day, Visit.seller_id == own_seller_id(), Visit.deleted.is_(False)
                )
            )
            visit.date = day
            visit.position = (last if last is not None else -1) + 1
            visit.status = VisitStatus.PLANNED.value
            session.flush()
            if following:
                _retime_from(session, old_day, following[0].id)
            _retime_from(session, day, visit.id)
        return visit


def put_back_visit(store: Store, visit_id: str, day: str | dt.date, position: int, status: str) -> Visit:
    """Undo :func:`move_visit`: the visit goes back to its day, its place in that route and its status."""
    day = validate.date(day, "date")
    status = validate.choice(status, VisitStatus, "status")
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        visit.date, visit.position, visit.status = day, position, status
        return visit


# -- the Today page: services/today.py (plain SQL: the window's first screen needs no SQLAlchemy) -------

# -- helpers for the planner and debrief views ----------------------------------------------------------

#: What the QR code on a printed visit sheet holds before the visit id.
VISIT_REF_PREFIX = "reciprocity:visit:"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def candidates_for_day(
    store: Store, day: str | dt.date, *, search: str = "", postal_prefix: str = "", limit: int | None = 200
) -> list[Prospect]:
    """Live prospects matching ``search``/``postal_prefix`` that are not yet on ``day``'s route (by name)."""
    day = validate.date(day, "date")
    planned = (
        select(Visit.prospect_id)
        .where(Visit.date == day, Visit.seller_id == own_seller_id(), Visit.deleted.is_(False))
        .scalar_subquery()
    )
    query = (
        filtered_query(ProspectFilter(search=search, postal_prefix=postal_prefix))
        .where(Prospect.id.not_in(planned))
        .order_by(Prospect.name, Prospect.id)
    )
    if limit is not None:
        query = query.limit(limit)
    with store.read() as session:
        return list(session.scalars(query))


def day_gift_kit(store: Store, day: str | dt.date, *, whole_stock: bool = False) -> list[KitLine]:
    """The day's gift kit (see :mod:`~reciprocity_desktop.services.gift_kit`).

    With ``whole_stock`` every live stock item gets a line, also those no stop needs.
    """
    day_visits = list_day(store, day)
    brought = [visit.gift_stock_item for visit in day_visits if visit.gift_stock_item is not None]
    return gift_kit(day_visits, brought, gifts.list_stock(store) if whole_stock else ())


def parse_visit_ref(text: str) -> str:
    """The visit id in a scanned ``reciprocity:visit:<uuid>`` code (or a bare uuid)."""
    cleaned = (text or "").strip()
    if cleaned.lower().startswith(VISIT_REF_PREFIX):
        cleaned = cleaned[len(VISIT_REF_PREFIX) :].strip()
    if not _UUID.match(cleaned):
        raise ValidationError(
            "'{value}' is not a visit code (reciprocity:visit:… from a visit sheet).",
            field="visit",
            value=text,
        )
    return cleaned.lower()


def get_visit(store: Store, visit_id: str) -> Visit:
    """One live visit, with its prospect and planned gift loaded."""
    loaded = [joinedload(Visit.prospect), joinedload(Visit.gift_stock_item)]
    with store.read() as session:
        return get_live(session, Visit, visit_id, "visit", options=loaded)
