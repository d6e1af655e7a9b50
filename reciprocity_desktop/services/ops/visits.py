"""Undoable planner actions over :mod:`reciprocity_desktop.services.visits`; each returns an Op.

Plan prospects for a day, remove a stop, reorder the route (by hand or automatically), move a
stop to another day, and set a stop's planned time, length, gift to bring or notes. Every one says
what it changed ("visits", with the visit ids) and how to take it back. The actions that change
the route recompute its times; their undo puts every time of the day back as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reciprocity_desktop.services import validate, visits
from reciprocity_desktop.services.changes import NOTHING, Changes, Op, added, run_reversible
from reciprocity_desktop.services.route_plan import RoutePlan
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Visit


def _changed(visit_ids: Sequence[str]) -> Changes:
    return Changes.of("visits", ids=visit_ids)


def _route(store: Store, day: dt.date) -> list[str]:
    return [visit.id for visit in visits.list_day(store, day)]


def _then_times(store: Store, days: Sequence[dt.date], undo: Callable[[], Any]) -> Callable[[], None]:
    """``undo``, then every time of ``days`` as it is now (read before the action runs)."""
    times = visits.day_times(store, days)

    def undo_and_restore() -> None:
        undo()
        visits.restore_times(store, times)

    return undo_and_restore


def plan_prospects(store: Store, day: str | dt.date, prospect_ids: Sequence[str]) -> Op[list[Visit]]:
    """Add prospects to the day's route, after the stops planned already (:func:`visits.plan_day`).

    Undo removes the stops this added; redo brings the same stops back. Prospects already on the
    route stay where they are, so adding only those changes nothing.
    """
    day = validate.date(day, "date")
    before = set(_route(store, day))
    times = visits.day_times(store, [day])
    planned = visits.plan_day(store, day, prospect_ids)
    new = [visit.id for visit in planned if visit.id not in before]
    if not new:
        return Op(NOTHING, planned)

    def remove() -> None:
        for visit_id in new:
            visits.remove_visit(store, visit_id)
        visits.restore_times(store, times)

    def restore() -> None:
        for visit_id in new:
            visits.restore_visit(store, visit_id)

    return added(_changed(new), planned, delete=remove, restore=restore)


def remove_stop(store: Store, visit_id: str) -> Op[Visit]:
    """Take a stop off its day's route; undo puts the same stop back in its place (and the times)."""
    day = visits.get_visit(store, visit_id).date
    undo = _then_times(store, [day], lambda: visits.restore_visit(store, visit_id))
    return run_reversible(_changed(_route(store, day)), lambda: visits.remove_visit(store, visit_id), undo)


def reorder(store: Store, day: str | dt.date, visit_ids: Sequence[str]) -> Op[None]:
    """Set the route order (every visit of the day once, :func:`visits.reorder_day`); the times after
    the first stop that moved follow. Undo restores the old order and times."""
    day = validate.date(day, "date")
    before = _route(store, day)
    order = list(visit_ids)
    if order == before:
        return Op(NOTHING)
    return run_reversible(
        _changed(order),
        lambda: visits.reorder_day(store, day, order),
        _then_times(store, [day], lambda: visits.reorder_day(store, day, before)),
    )


@dataclass(frozen=True)
class AutoOrder:
    """What :func:`auto_order` did: the visit ids in their new order, how it ordered them, the plan."""

    order: list[str]
    method: str  # "distance" or "postal_code" (see route_plan.best_order)
    plan: RoutePlan | None = None


def auto_order(store: Store, day: str | dt.date) -> Op[AutoOrder]:
    """Order the day's route automatically and compute its times (:func:`visits.auto_order_day`);
    undo restores the old order and times.

    With no stop there is nothing to order: the Op changes nothing.
    """
    day = validate.date(day, "date")
    before = _route(store, day)
    if not before:
        return Op(NOTHING, AutoOrder(before, "distance"))

    def do() -> AutoOrder:
        plan = visits.auto_order_day(store, day)
        return AutoOrder(_route(store, day), plan.method, plan)

    return run_reversible(
        _changed(before), do, _then_times(store, [day], lambda: visits.reorder_day(store, day, before))
    )


def move_stop(store: Store, visit_id: str, day: str | dt.date) -> Op[Visit]:
    """Move a stop to the end of another day's route (planned again); undo puts it back where it was."""
    visit = visits.get_visit(store, visit_id)
    old_day, position, status = visit.date, visit.position, visit.status
    new_day = validate.date(day, "date")
    return run_reversible(
        _changed([visit_id, *_route(store, old_day), *_route(store, new_day)]),
        lambda: visits.move_visit(store, visit_id, new_day),
        _then_times(
            store,
            [old_day, new_day],
            lambda: visits.put_back_visit(store, visit_id, old_day, position, status),
        ),
    )


# -- a stop's details ------------------------------------------------------------------------------------------


def _details(visit: Visit) -> dict[str, Any]:
    return {
        "gift": (visit.gift_stock_item_id, visit.gift_note),
        "notes": visit.notes,
    }


def _write(store: Store, visit_id: str, details: dict[str, Any]) -> Visit:
    gift = details.get("gift")
    return visits.update_visit(
        store,
        visit_id,
        notes=details.get("notes"),
        clear_gift=gift is not None,
        gift_stock_item_id=gift[0] if gift else None,
        gift_note=gift[1] if gift else None,
    )


def _edit(store: Store, visit: Visit, **after: Any) -> Op[Visit]:
    """Set some of a stop's details (``gift`` as (stock item id, note), ``notes``)."""
    current = _details(visit)
    before = {name: current[name] for name in after}
    visit_id = visit.id
    return run_reversible(
        _changed([visit_id]),
        lambda: _write(store, visit_id, after),
        lambda: _write(store, visit_id, before),
    )


def set_planned_time(store: Store, visit_id: str, planned_time: str) -> Op[Visit]:
    """Set the planned time ("HH:MM": a fixed appointment; "" lets the route give it one); the times
    after it follow. Undo sets every time of the day back as it was."""
    visit = visits.get_visit(store, visit_id)
    return run_reversible(
        _changed(_route(store, visit.date)),
        lambda: visits.update_visit(store, visit_id, planned_time=planned_time),
        _then_times(store, [visit.date], lambda: None),
    )


def set_visit_minutes(store: Store, visit_id: str, minutes: int | str | None) -> Op[Visit]:
    """Set how long this visit takes (None or "": the ``visit_minutes`` setting again); the times after
    it follow. Undo sets the length and every time of the day back."""
    visit = visits.get_visit(store, visit_id)
    before = visit.visit_minutes

    def write(value: int | str | None) -> Visit:
        if value is None or str(value).strip() == "":
            return visits.update_visit(store, visit_id, default_minutes=True)
        return visits.update_visit(store, visit_id, visit_minutes=value)

    return run_reversible(
        _changed(_route(store, visit.date)),
        lambda: write(minutes),
        _then_times(store, [visit.date], lambda: write(before)),
    )


def choose_gift(store: Store, visit_id: str, stock_item_id: str | None) -> Op[Visit]:
    """Choose the gift to bring from stock; ``None`` or "" brings none from stock (a free-text gift stays).

    Choosing a stock item drops the free-text gift. Undo brings back the gift of before.
    """
    visit = visits.get_visit(store, visit_id)
    gift = (stock_item_id, "") if stock_item_id else (None, visit.gift_note)
    return _edit(store, visit, gift=gift)


def set_gift_note(store: Store, visit_id: str, note: str) -> Op[Visit]:
    """Set the gift to bring as free text (kept beside a stock item as its note); undo sets the text of before."""
    visit = visits.get_visit(store, visit_id)
    return _edit(store, visit, gift=(visit.gift_stock_item_id, note))


def set_notes(store: Store, visit_id: str, notes: str) -> Op[Visit]:
    """Set the notes of a stop; undo sets the notes of before."""
    return _edit(store, visits.get_visit(store, visit_id), notes=notes)
