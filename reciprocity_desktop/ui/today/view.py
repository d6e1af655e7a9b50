"""The Today page: the day's route, follow-ups overdue and due, low gift stock, and gifted prospects waiting.

What belongs in each list (and what counts as overdue) is the service's
:func:`reciprocity_desktop.services.today.today_overview`; the page only shows it. The window starts on
this page: its rows are plain records read without SQLAlchemy, and nothing it imports loads the ORM.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reciprocity_desktop.services import today as today_lists
from reciprocity_desktop.services.gift_notes import feedback_note
from reciprocity_desktop.services.today import FollowUpRow, TodayOverview
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_date, value_label
from reciprocity_desktop.ui.labels import note_text as translated_note
from reciprocity_desktop.ui.today.section import Section
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.recompute import Recompute
from reciprocity_desktop.ui.widgets.style import DANGER_BG, stock_background
from reciprocity_desktop.ui.widgets.tables import Column

#: The rows each row of lists shows at least (the route, the follow-ups, the waiting and the stock).
LEAST_ROWS = (4, 3, 3)
#: The most rows a list shows at once (more scroll inside it).
PANEL_ROWS = 15


class TodayView(Page):
    """What today holds: the route (or the next one), follow-ups, low stock, gifted prospects waiting."""

    watches = frozenset({"prospects", "gifts", "followups", "visits", "stock", "outcomes", "contacts"})

    prospect_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._overview: TodayOverview | None = None
        self._refreshes = 0  # tells a count of this refresh from one of an earlier refresh
        self._to_count: tuple[int, dt.date, tuple[str, ...]] | None = None
        self._counts = Recompute(lambda: self._to_count, self._count, lambda asked: asked is not None, self)
        self._counts.done.connect(self._on_counted)
        self._counts.failed.connect(self._on_count_failed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("todayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        content = QWidget()
        layout = QVBoxLayout(content)
        self._build_header(layout)
        self._build_sections()
        self.grid = self._build_grid()
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        self.scroll.viewport().installEventFilter(self)  # its height decides how many rows each list shows
        for section in (self.route, self.overdue, self.due, self.stock, self.waiting):
            section.activated.connect(self.prospect_activated)
        self.stale = True  # filled when first shown

    # -- layout

    def _build_header(self, layout: QVBoxLayout) -> None:
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)

    def _build_sections(self) -> None:
        self.route = Section(
            self.tr("Today's visits"),
            [
                Column("#", lambda v: str(v.position + 1), sort_key=lambda v: v.position),
                Column(self.tr("Time"), lambda v: v.planned_time),
                Column(self.tr("Prospect"), lambda v: v.prospect.name),
                Column(self.tr("City"), lambda v: v.prospect.city),
                Column(self.tr("Status"), lambda v: value_label(v.status)),
                Column(
                    self.tr("Gift to bring"),
                    lambda v: v.gift_stock_item.name if v.gift_stock_item else v.gift_note,
                ),
            ],
            self.tr("No visits planned for today or later. Plan a day under Visits."),
            lambda v: v.prospect_id,
        )
        followup_columns = [
            Column(
                self.tr("Due"),
                lambda f: fmt_date(f.due),
                sort_key=lambda f: f.due,
                background=self._due_colour,
            ),
            Column(self.tr("Prospect"), lambda f: f.prospect.name),
            Column(self.tr("Kind"), lambda f: value_label(f.kind)),
            Column(self.tr("Note"), self._note),
        ]
        self.overdue = Section(
            self.tr("Follow-ups overdue"),
            followup_columns,
            self.tr("Nothing overdue."),
            lambda f: f.prospect_id,
        )
        self.due = Section(
            self.tr("Follow-ups due today"),
            followup_columns,
            self.tr("No follow-ups due today."),
            lambda f: f.prospect_id,
        )
        self.stock = Section(
            self.tr("Low gift stock"),
            [
                Column(self.tr("Item"), lambda s: s.name),
                Column(self.tr("In stock"), lambda s: str(s.quantity), sort_key=lambda s: s.quantity,
                       background=stock_background,
                       align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column(self.tr("Reorder at"), lambda s: str(s.low_stock_level)),
            ],
            self.tr("The gift stock is fine."),
            lambda s: None,
            flex=0,
        )  # fmt: skip
        self.waiting = Section(
            self.tr("Gifted, no follow-up yet"),
            [
                Column(self.tr("Prospect"), lambda r: r.name),
                Column(self.tr("City"), lambda r: r.city),
                Column(self.tr("Latest gift"), lambda r: r.description),
                Column(self.tr("Given"), lambda r: fmt_date(r.gift_date), sort_key=lambda r: r.gift_date),
            ],
            self.tr("Every gifted prospect has been followed up."),
            lambda r: r.prospect_id,
            flex=2,
        )

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        top = Qt.AlignmentFlag.AlignTop  # side by side, the shorter list stands at the top
        grid.addWidget(self.route, 0, 0, 1, 2, top)
        grid.addWidget(self.overdue, 1, 0, top)
        grid.addWidget(self.due, 1, 1, top)
        grid.addWidget(self.waiting, 2, 0, top)
        grid.addWidget(self.stock, 2, 1, top)
        grid.setColumnStretch(0, 1)  # two equal columns, whatever their lists hold
        grid.setColumnStretch(1, 1)
        return grid

    # -- how many rows each list shows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """Give each row of lists the rows that fit the page's height: at least a few each (the page scrolls
        when even those do not fit), then the route whole when it fits, then a row at a time in turn."""
        lines = [(self.route,), (self.overdue, self.due), (self.waiting, self.stock)]
        wanted = [min(max(s.row_count() for s in line), PANEL_ROWS) for line in lines]
        shown = [min(want, least) for want, least in zip(wanted, LEAST_ROWS, strict=True)]
        content = self.scroll.widget().layout()
        margins = content.contentsMargins()
        width = self.scroll.viewport().width() - margins.left() - margins.right()
        header = (
            self.headline.sizeHint().height() + self.summary.heightForWidth(width) + 2 * content.spacing()
        )
        gaps = margins.top() + margins.bottom() + 2 * self.grid.verticalSpacing()
        room = self.scroll.viewport().height() - header - gaps

        def height(rows: list[int]) -> int:
            return sum(max(s.height_for(n) for s in line) for line, n in zip(lines, rows, strict=True))

        if (
            self.route.row_count() <= PANEL_ROWS
        ):  # the day's route whole, when it fits: the page is for the day
            bigger = [wanted[0], *shown[1:]]
            if height(bigger) <= room:
                shown = bigger
        for line in [0, 1, 2] * PANEL_ROWS:  # then a row at a time, in turn
            if shown[line] < wanted[line]:
                bigger = list(shown)
                bigger[line] += 1
                if height(bigger) <= room:
                    shown = bigger
        for line, n in zip(lines, shown, strict=True):
            for section in line:
                section.show_rows(n)

    def _note(self, followup: FollowUpRow) -> str:
        """The note; the suggested gift question as the gift it asks about (the kind says what to ask)."""
        gift = followup.gift_description
        if gift is not None and followup.note == feedback_note(gift):
            return self.tr("Gift: %1").replace("%1", gift)
        return translated_note(followup.note)

    def _due_colour(self, followup: FollowUpRow):
        overview = self._overview
        return DANGER_BG if overview is not None and overview.is_overdue(followup) else None

    # -- content

    def refresh(self) -> None:
        """The lists' first rows now; the cut lists are counted right after, off the GUI thread."""
        self.stale = False
        today = dt.date.today()
        overview = self._overview = today_lists.today_overview(self.ctx.store, today, totals=False)
        self._refreshes += 1
        self.headline.setText(self.tr("Today, %1").replace("%1", fmt_date(today)))
        if overview.next_route:
            self.route.set_title(self.tr("Next route: %1").replace("%1", fmt_date(overview.route_day)))
        else:
            self.route.set_title(self.tr("Today's visits"))
        self.route.set_rows(overview.visits)
        self.overdue.set_rows(overview.overdue, overview.overdue_total)
        self.due.set_rows(overview.due_today, overview.due_today_total)
        self.stock.set_rows(overview.low_stock)
        self.waiting.set_rows(overview.waiting, overview.waiting_total)
        self._show_summary()
        self._fit_rows()
        names = [n for n in ("overdue", "due_today", "waiting") if getattr(overview, f"{n}_total") is None]
        if names:  # count the cut lists off the GUI thread, after the page has painted their first rows
            self._to_count = (self._refreshes, overview.today, tuple(names))
            self._counts.request()

    def _count(self, asked: tuple[int, dt.date, tuple[str, ...]]) -> tuple[int, dict[str, int]]:
        """On the thread pool: the totals of the cut lists of one refresh."""
        refresh, day, names = asked
        return refresh, today_lists.today_totals(self.ctx.store, day, list(names))

    @Slot(object)
    def _on_counted(self, counted: tuple[int, dict[str, int]]) -> None:
        refresh, totals = counted
        overview = self._overview
        if refresh != self._refreshes or overview is None:
            return  # refreshed since: that refresh counts its own
        for name, total in totals.items():
            setattr(overview, f"{name}_total", total)
        self.overdue.set_total(overview.overdue_total)
        self.due.set_total(overview.due_today_total)
        self.waiting.set_total(overview.waiting_total)
        self._show_summary()
        self._fit_rows()  # a list cut short says so under it now: a line less for rows

    @Slot(object, str)
    def _on_count_failed(self, error: BaseException, details: str) -> None:
        self.ctx.ops.failed(self, error, details)  # the window's one failure triage

    def _show_summary(self) -> None:
        overview = self._overview
        if overview.next_route:
            route_text = (
                self.tr("No visits today; next route on %1 with %n stop(s)", "", len(overview.visits))
                .replace("%1", fmt_date(overview.route_day))
            )
        else:
            route_text = self.tr("%n visit(s) today", "", len(overview.visits))
        if overview.overdue_total is None or overview.due_today_total is None:
            self.summary.setText(route_text)  # the counts follow in a moment
            return
        self.summary.setText(
            " · ".join(
                (
                    route_text,
                    self.tr("%Ln follow-up(s) overdue", "", overview.overdue_total),
                    self.tr("%Ln follow-up(s) due today", "", overview.due_today_total),
                    self.tr("%n item(s) low in stock", "", len(overview.low_stock)),
                )
            )
        )

    def selected_prospect_id(self) -> str:
        """The prospect of the current row of the list that has the focus (the stock list has none)."""
        for section in (self.route, self.overdue, self.due, self.waiting):
            prospect_id = section.current_prospect_id()
            if prospect_id:
                return prospect_id
        return ""
