"""The window's page registry, and the pages by key, each built the first time it is asked for."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from reciprocity_desktop.ui.labels import QT_TRANSLATE_NOOP


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
    PageEntry("today", QT_TRANSLATE_NOOP("MainWindow", "&Today"), "today.view", "TodayView"),
    PageEntry("prospects", QT_TRANSLATE_NOOP("MainWindow", "&Prospects"), "prospects.view", "ProspectsView"),
    PageEntry("gifts", QT_TRANSLATE_NOOP("MainWindow", "&Gifts"), "gifts.view", "GiftsView"),
    PageEntry("followups", QT_TRANSLATE_NOOP("MainWindow", "&Follow-ups"), "followups.view", "FollowUpsView"),
    PageEntry("planner", QT_TRANSLATE_NOOP("MainWindow", "&Visits"), "planner.view", "PlannerView"),
    PageEntry("debrief", QT_TRANSLATE_NOOP("MainWindow", "&Debrief"), "debrief.view", "DebriefView"),
    PageEntry("insights", QT_TRANSLATE_NOOP("MainWindow", "&Insights"), "insights.view", "InsightsView"),
    PageEntry("register", QT_TRANSLATE_NOOP("MainWindow", "Gift &register"), "insights.register_view", "GiftRegisterView"),
)  # fmt: skip

#: The pages' keys in tab order.
KEYS = [entry.key for entry in PAGES]


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
