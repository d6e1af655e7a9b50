"""Pieces of the Prospects page: its tables, button rows, the timeline's Details text, a web link."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from reciprocity_desktop.services import prospects
from reciprocity_desktop.ui.labels import fmt_money, translate, value_label


def table_view(model, stretch_column: int) -> QTableView:
    """A read-only list of whole rows, one selected at a time (the prospect list, contacts, timeline)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class BodyScroll(QScrollArea):
    """Holds the detail pane's body: it scrolls up and down when the window is too short for it (at
    1024x640 in German), so the timeline keeps its rows; shown and hidden with the body."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        hidden = body.isHidden()
        self.setWidget(body)  # (which shows it)
        body.setHidden(hidden)  # as its owner left it
        body.installEventFilter(self)
        # Only ever hidden here: shown while it has no parent yet, it would open as a window of its own for
        # a moment, and the main window would lose its activation (and with it every shortcut: Ctrl+L).
        if hidden:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # (QScrollArea filters its widget's events itself, from setWidget on: nothing is shown before a parent)
        if (
            watched is self.widget()
            and self.parentWidget() is not None
            and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
        ):
            self.setVisible(event.type() == QEvent.Type.ShowToParent)
        return super().eventFilter(watched, event)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def button_grid(*buttons: QPushButton, columns: int = 2) -> QGridLayout:
    """Buttons in rows of ``columns``: the pane stays narrow enough to leave the list its room."""
    grid = QGridLayout()
    for number, button in enumerate(buttons):
        grid.addWidget(button, number // columns, number % columns)
    grid.setColumnStretch(columns, 1)
    return grid


def timeline_detail(entry: prospects.TimelineEntry, currency: str) -> str:
    """What the timeline's Details column shows: the kind, the text, the reaction and the amount
    ("Order: First order — €500.00"), translated and formatted."""
    parts = [entry.detail]
    if entry.by is not None:  # a colleague's visit, brought by a sync file
        parts.insert(
            0,
            translate("ProspectDetail", "on %1's route").replace("%1", entry.by)
            if entry.by
            else translate("ProspectDetail", "on a colleague's route"),
        )
    if entry.reaction:
        parts.append(value_label(entry.reaction))
    if entry.value_cents is not None:
        parts.append(fmt_money(entry.value_cents, currency))
    text = " — ".join(part for part in parts if part)
    kind = value_label(entry.title)
    return f"{kind}: {text}" if kind and text else kind or text


def fitted_rows(view: QTableView, rows: int, *, least: int = 2, most: int = 5) -> None:
    """Make ``view`` as tall as ``rows`` rows (between ``least`` and ``most``) and its header."""
    shown = min(max(rows, least), most)
    height = view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth())


class ElidedLink(QLabel):
    """A web address as a link, elided to the label's width (the whole address in its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setMinimumWidth(40)

    def set_url(self, url: str) -> None:
        self._url = url.strip()
        self.setToolTip(self._url)
        self._show()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API: never wider than asked
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        hint.setWidth(min(hint.width(), 240))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        shown = self._url.removeprefix("https://").removeprefix("http://").rstrip("/")
        shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        href = self._url if "://" in self._url else f"https://{self._url}"
        self.setText(f'<a href="{html.escape(href, quote=True)}">{html.escape(shown)}</a>' if self._url else "")
