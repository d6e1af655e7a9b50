"""The line under the planner's route: what "Order automatically" did, the route's road km, where it
starts and when the day ends, why it does not start from home, and how many stops are flagged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from reciprocity_desktop.services import day_route, routing
from reciprocity_desktop.services.ops.visits import AutoOrder
from reciprocity_desktop.services.route_plan import BY_POSTAL_CODE, RoutePlan
from reciprocity_desktop.ui.labels import fmt_number, message_text


class RouteInfo(QLabel):
    """Says the plan of the day shown (:meth:`show_plan`) after the last automatic order of that day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("route_info")
        self.setWordWrap(True)
        self._note = ""  # what the last "Order automatically" did, for the day it did it
        self._note_day: dt.date | None = None
        self._plan: RoutePlan | None = None
        self._day: dt.date | None = None

    def ordered(self, result: AutoOrder, day: dt.date) -> None:
        """Remember how the day was ordered automatically (said until another day is shown)."""
        if result.method == BY_POSTAL_CODE:
            self._note = self.tr(
                "Ordered by country and postal code (no stop has coordinates); times computed."
            )
        elif result.plan is not None and result.plan.from_home:
            self._note = self.tr("Ordered by distance from home and back; times computed.")
        else:
            self._note = self.tr("Ordered by distance from the first stop; times computed.")
        self._note_day = day
        self._show()

    def show_plan(self, plan: RoutePlan | None, day: dt.date) -> None:
        self._plan, self._day = plan, day
        self._show()

    def _show(self) -> None:
        parts = [self._note] if self._note and self._note_day == self._day else []
        if self._plan is not None and self._plan.stops:
            parts += self.facts(self._plan)
        self.setText(" ".join(parts))

    def facts(self, plan: RoutePlan) -> list[str]:
        """The route's km, where it starts and when the day ends, and what the rep should look at."""
        facts = []
        if plan.total_km is not None:
            facts.append(
                self.tr("Route: %1 km by road (estimated: %2 × the straight line).")
                .replace("%1", fmt_number(plan.total_km, decimals=1))
                .replace("%2", fmt_number(routing.ROAD_FACTOR))
            )
        if plan.unknown_legs:
            facts.append(self.tr("%n leg(s) of unknown length.", "", plan.unknown_legs))
        if plan.from_home and plan.end_text:
            start = routing.clock_text(plan.settings.day_start)
            facts.append(
                self.tr("From home at %1, back home at %2.").replace("%1", start).replace("%2", plan.end_text)
            )
        elif plan.end_text:
            facts.append(self.tr("The last visit ends at %1.").replace("%1", plan.end_text))
        note = day_route.home_note(plan.settings)
        if note is not None:
            facts.append(message_text(note))
        flagged = sum(1 for stop in plan.stops if day_route.stop_flags(stop, plan))
        if flagged:
            facts.append(self.tr("%n stop(s) flagged ⚠: their tooltips say why.", "", flagged))
        return facts
