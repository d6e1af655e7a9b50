"""A warning-coloured notice of a few lines that never takes its pane's room: the colleagues' planned
visits under the planner's route and its picked prospects, and on a prospect's detail.

A long notice (many stops, many colleagues, German words wrapping in a narrow pane) scrolls inside at
most :data:`NOTICE_LINES` lines instead of pushing the lists above it down to a row or two."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from reciprocity_desktop.ui.widgets.style import WARNING_BG

#: The most lines a notice shows before it scrolls.
NOTICE_LINES = 4
#: The label's padding (its style sheet), above and below.
_PADDING = 4


def notice_label(object_name: str) -> QLabel:
    """The notice's label (wrapped, warning-coloured), hidden until it has something to say."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"background: {WARNING_BG.name()}; padding: {_PADDING}px;")
    label.hide()
    return label


class NoticeArea(QScrollArea):
    """Holds a notice :class:`QLabel`: as tall as its text up to ``lines`` lines, then it scrolls; shown
    and hidden with the label (``label.setVisible`` is all its owner calls)."""

    def __init__(self, label: QLabel, lines: int = NOTICE_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.lines = lines
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        hidden = label.isHidden()
        self.setWidget(label)  # (which shows it)
        label.setHidden(hidden)  # as its owner left it
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        label.installEventFilter(self)
        self.viewport().installEventFilter(self)  # a new text asks its parent (the viewport) for a layout
        # Only ever hidden here: shown while it has no parent yet, it would open as a window of its own for
        # a moment, and the main window would lose its activation (and with it every shortcut).
        if hidden:
            self.hide()

    def cap(self) -> int:
        """The tallest the notice grows: ``lines`` lines and the label's padding."""
        return self.lines * self.label.fontMetrics().lineSpacing() + 2 * _PADDING + 2

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        wanted = self.label.heightForWidth(width)
        if wanted <= self.cap():
            return max(wanted, 0)
        return self.cap()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.width() if self.width() > 0 else self.label.sizeHint().width()
        return QSize(self.label.sizeHint().width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, min(self.label.fontMetrics().lineSpacing() + 2 * _PADDING, self.sizeHint().height()))

    def is_scrolling(self) -> bool:
        """True when the text is longer than the notice shows (the rest scrolls)."""
        return self.label.heightForWidth(self.viewport().width()) > self.viewport().height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.viewport() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        elif watched is self.label and self.parentWidget() is not None:  # (setWidget: no window of its own)
            kind = event.type()
            if kind == QEvent.Type.ShowToParent:
                self.setVisible(True)
                self.updateGeometry()
            elif kind == QEvent.Type.HideToParent:
                self.setVisible(False)
            elif kind in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
                self.updateGeometry()
        return super().eventFilter(watched, event)
