"""The window's page registry, the pages by key and the tabs holding them, each page built when first shown.

A page's module is imported only when the page is built. Until then its tab holds a light placeholder;
the tab on show when the window starts is built right after its placeholder has painted, so the window
is on screen before any page is built or has asked the store for anything. When that first page has
painted in turn, ``first_page_painted`` tells the window it may prepare what the other pages need:
:func:`import_ahead` imports the other pages' modules then, off the GUI thread, so that a first visit
builds its page without importing it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from reciprocity_desktop.ui.labels import QT_TRANSLATE_NOOP, translate


class PageEntry(NamedTuple):
    """One page of the window: its key (remembered as the last view), tab title, module and class."""

    key: str
    title: str  # marked for translation in the context "MainWindow"
    module: str  # below reciprocity_desktop.ui
    class_name: str

    def page_class(self) -> type[QWidget]:
        return getattr(importlib.import_module(f"reciprocity_desktop.ui.{self.module}"), self.class_name)


#: The pages, in the order of their tabs (and of View → Ctrl+1 … Ctrl+8). Each is built as Class(ctx, parent).
PAGES = (
    PageEntry("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "today.view", "TodayView"),
    PageEntry("prospects", QT_TRANSLATE_NOOP("MainWindow", "Prospects"), "prospects.view", "ProspectsView"),
    PageEntry("gifts", QT_TRANSLATE_NOOP("MainWindow", "Gifts"), "gifts.view", "GiftsView"),
    PageEntry("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), "followups.view", "FollowUpsView"),
    PageEntry("planner", QT_TRANSLATE_NOOP("MainWindow", "Visits"), "planner.view", "PlannerView"),
    PageEntry("debrief", QT_TRANSLATE_NOOP("MainWindow", "Debrief"), "debrief.view", "DebriefView"),
    PageEntry("insights", QT_TRANSLATE_NOOP("MainWindow", "Insights"), "insights.view", "InsightsView"),
    PageEntry("register", QT_TRANSLATE_NOOP("MainWindow", "Gift register"), "insights.register_view", "GiftRegisterView"),
)  # fmt: skip

#: The pages' keys in tab order.
KEYS = [entry.key for entry in PAGES]


def import_ahead(built: Collection[str] = ()) -> None:
    """Import the modules of the pages not in ``built``, in tab order, and load the locale's date and
    money formats once: for a thread of the pool once the first page has painted (a module is imported
    once, whichever thread asks first; Python's import locks make the other wait for it). Only modules
    and the locale's fixed data: nothing the store holds, so nothing that can go stale.

    No garbage collection here: a collection off the GUI thread frees Qt objects (dialogs, models) on
    that thread, which corrupted memory (a segmentation fault in a later, unrelated step)."""
    from reciprocity_desktop.ui.labels import fmt_date, fmt_money, fmt_number

    fmt_date(dt.date.today())
    fmt_money(0)
    fmt_number(0.5, 1)
    for entry in PAGES:
        if entry.key not in built:
            importlib.import_module(f"reciprocity_desktop.ui.{entry.module}")


class LazyPages(Mapping):
    """The window's pages by key, in tab order; each is built the first time it is asked for."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self.built: dict[str, QWidget] = {}  # the pages built so far

    def __getitem__(self, key: str) -> QWidget:
        if key not in self.built:
            if key not in KEYS:
                raise KeyError(key)
            self.built[key] = self._build(key)
        return self.built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)


class Placeholder(QWidget):
    """Stands in a tab until its page is built. Its first paint asks for the page (``painted``)."""

    painted = Signal()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        self.painted.emit()


class PageTabs(QTabWidget):
    """The pages as tabs, in registry order; ``pages`` builds each with ``build(key)`` when first shown.

    Choosing a tab builds its page at once. The tab current at start is built on the turn of the event
    loop after its placeholder's first paint (call :meth:`follow_current` once the start tab is set).
    """

    #: A page was built and put in its tab (its key).
    page_built = Signal(str)
    #: The first page built has painted (its key), emitted once, on the turn of the event loop after its paint.
    first_page_painted = Signal(str)

    def __init__(self, build: Callable[[str], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views")
        self.setDocumentMode(True)
        self._build = build
        self._first: str | None = None  # the key of the first page built
        self.pages = LazyPages(self._build_in_tab)
        for entry in PAGES:
            placeholder = Placeholder()
            placeholder.painted.connect(lambda key=entry.key: self._build_after_paint(key))
            self.addTab(placeholder, translate("MainWindow", entry.title))

    def follow_current(self) -> None:
        """From now on, choosing a tab builds its page (setting the start tab before this builds nothing)."""
        self.currentChanged.connect(lambda number: self.pages[KEYS[number]])

    def _build_after_paint(self, key: str) -> None:
        QTimer.singleShot(0, self, lambda: self.pages[key] if self._placeholder_shown(key) else None)

    def _placeholder_shown(self, key: str) -> bool:
        return key not in self.pages.built and self.isVisible() and self.currentIndex() == KEYS.index(key)

    def _build_in_tab(self, key: str) -> QWidget:
        """Build the page and put it in its tab instead of the placeholder; the current tab stays."""
        number = KEYS.index(key)
        page = self._build(key)
        current, placeholder = self.currentIndex(), self.widget(number)
        self.blockSignals(True)
        self.removeTab(number)
        self.insertTab(number, page, translate("MainWindow", PAGES[number].title))
        self.setCurrentIndex(current)
        self.blockSignals(False)
        placeholder.deleteLater()
        if self._first is None:
            self._first = key
            # Until the page's first paint: a page whose children cover it (a scroll area) gets no paint
            # of its own, so the paint of any widget inside it counts.
            QApplication.instance().installEventFilter(self)
        self.page_built.emit(key)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The first page's first paint: ``first_page_painted`` follows once that paint is done."""
        page = self.pages.built.get(self._first or "")
        if (
            event.type() == QEvent.Type.Paint
            and page is not None
            and isinstance(watched, QWidget)
            and (watched is page or page.isAncestorOf(watched))
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, lambda key=self._first: self.first_page_painted.emit(key))
        return False
