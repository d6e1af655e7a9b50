"""The texts a QtCharts chart draws (its axes' labels, titles, legend), read from its scene."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem


def drawn_texts(chart_view) -> list[str]:
    """Every text item's text in ``chart_view``'s scene.

    The charts' text items are Qt's private subclasses; PySide6 6.11 hands them out as plain
    ``QGraphicsItem`` (6.12 as ``QGraphicsTextItem``), so each item is also asked for its graphics object,
    which PySide types by its meta-object: a ``QGraphicsTextItem`` either way."""
    texts = []
    for item in chart_view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
            continue
        shown = item if isinstance(item, QGraphicsTextItem) else item.toGraphicsObject()
        if isinstance(shown, QGraphicsTextItem):
            texts.append(shown.toPlainText())
    return texts
