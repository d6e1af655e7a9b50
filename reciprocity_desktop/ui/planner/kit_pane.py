"""The planner's right-hand pane: the day's gift kit against the whole stock, and what is short.

The figures come from :mod:`reciprocity_desktop.services.gift_kit` (one rule with the printed
day); this pane only shows them and colours them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from reciprocity_desktop.services.gift_kit import KitLine, shortages
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel
from reciprocity_desktop.ui.widgets.visit_table import sorted_table, two_lines_of

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def kit_background(line: KitLine) -> QColor | None:
    """Red when the stock does not cover the day, yellow when the day takes it to its reorder level."""
    if line.missing:
        return DANGER_BG
    if line.low_after:
        return WARNING_BG
    return None


def _count(header: str, value: Callable[[KitLine], int], *, blank_zero: bool) -> Column:
    return Column(
        header,
        lambda k: str(value(k)) if value(k) or not blank_zero else "",
        sort_key=value,
        align=_RIGHT,
        background=kit_background,
    )


def _beyond_two_lines(text: str, metrics: QFontMetrics, width: int) -> bool:
    """True when ``text`` does not fit two lines of ``width`` (the second would end in "…")."""
    _first, second = two_lines_of(text, metrics, width)
    return metrics.horizontalAdvance(second) > width or (second.endswith("…") and not text.endswith("…"))


class KitPane(QGroupBox):
    """Gift kit for the day: every stock item, how many the day needs and how many are in stock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gift kit for the day"), parent)
        self._build_table()
        self.kit_warning = QLabel()
        self.kit_warning.setObjectName("kit_warning")
        self.kit_warning.setWordWrap(True)
        legend = QLabel(self.tr("Red: not enough in stock. Yellow: stock runs low after this day."))
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {MUTED_FG.name()};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.kit, 1)
        layout.addWidget(self.kit_warning)
        layout.addWidget(legend)

    def _build_table(self) -> None:
        self.kit_model = RecordTableModel(
            [
                Column(self.tr("Stock item"), lambda k: k.name, background=kit_background, tooltip=self._tip),
                # Short headers, as the warning says it ("need 2, have 1"): the names get the width.
                _count(self.tr("Need"), lambda k: k.needed, blank_zero=True),
                _count(self.tr("Have"), lambda k: k.in_stock, blank_zero=False),
            ],
            self,
        )
        # Rows of one height: two lines, or three when the pane is too narrow for a name in two
        # (:meth:`_fit_rows`); what still does not fit ends in "…" (its tooltip says it whole).
        self.kit_proxy, self.kit = sorted_table(
            "gift_kit", self.kit_model, 1, Qt.SortOrder.DescendingOrder, two_lines=True
        )
        self.kit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.kit.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            text = self.kit_model.headerData(column, Qt.Orientation.Horizontal)
            # The title whole beside the sort arrow ("Benötigt ▲"): the header's own measure of it.
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(text) + 18, metrics.horizontalAdvance("999") + 18,
                    header.sectionSizeHint(column)),
            )  # fmt: skip
        # The names keep room for about 16 characters a line beside the counts (long titles in German).
        scroll_bar = self.kit.verticalScrollBar().sizeHint().width()
        self.kit.setMinimumWidth(
            header.sectionSize(1) + header.sectionSize(2) + 16 * metrics.averageCharWidth()
            + 2 * self.kit.frameWidth() + scroll_bar
        )  # fmt: skip
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self._fit_rows())

    def _fit_rows(self) -> None:
        """Two lines a row, or three when a name needs them at this width (every row the same height)."""
        width = self.kit.horizontalHeader().sectionSize(0) - 8
        metrics = self.kit.fontMetrics()
        names = (self.kit_model.record(row).name for row in range(self.kit_model.rowCount()))
        lines = 3 if any(_beyond_two_lines(name, metrics, width) for name in names) else 2
        self.kit.verticalHeader().setDefaultSectionSize(lines * metrics.lineSpacing() + 8)

    def _tip(self, line: KitLine) -> str:
        if line.missing:
            return line.name + "\n" + self.tr("%1 missing for this day.").replace("%1", str(line.missing))
        return line.name + "\n" + self.tr("%1 left after this day.").replace("%1", str(line.left_after))

    def show_kit(self, lines: Sequence[KitLine]) -> None:
        """Show the kit (a line per stock item) and say what is short, or how many gifts to load."""
        self.kit_model.set_rows(lines)
        self._fit_rows()
        missing = shortages(lines)
        if missing:
            text = "; ".join(
                self.tr("%1: need %2, have %3")
                .replace("%1", line.name)
                .replace("%2", str(line.needed))
                .replace("%3", str(line.in_stock))
                for line in missing
            )
            self.kit_warning.setText(self.tr("Not enough in stock — %1").replace("%1", text))
            self.kit_warning.setStyleSheet(f"background: {DANGER_BG.name()}; padding: 4px;")
            return
        needed = sum(line.needed for line in lines)
        self.kit_warning.setText(
            self.tr("Gifts from stock to load: %1 — all in stock.").replace("%1", str(needed))
            if needed
            else self.tr("No gifts from stock planned for this day yet.")
        )
        self.kit_warning.setStyleSheet("")
