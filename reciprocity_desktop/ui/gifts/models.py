"""The tables of the Gifts page: the gift and stock columns, the gift list's sort keys, and the colours they use.

The stock colours (:func:`ui.widgets.style.stock_background`, which Today uses too) come from the stock
level the services give (:func:`services.stock_levels.stock_level`): out of stock shows red, running low yellow. The texts keep the page's translation context, "GiftsView".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

from reciprocity_desktop.services import gift_list, gifts
from reciprocity_desktop.store.models import Gift, GiftKind, Reaction, StockItem
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, fmt_number, translate, translate_n, value_label
from reciprocity_desktop.ui.widgets.style import MUTED_FG, STOCK_LEVEL_BG, stock_background  # noqa: F401 - offered here too
from reciprocity_desktop.ui.widgets.tables import Column

CHECK_MARK = "✓"
_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REACTION_FG = {
    Reaction.LIKED.value: QColor("#146c43"),
    Reaction.NOT_LIKED.value: QColor("#b02a37"),
    Reaction.DECLINED.value: QColor("#b02a37"),
}


#: The gift list's sort key of each column (``GiftsView.COL_…``; see :mod:`services.gift_list`).
GIFT_SORT_KEYS = gift_list.SORT_KEYS


def search_labels() -> tuple[tuple[str, str], ...]:
    """(value, shown name) of the gift kinds and reactions: the search finds a gift by them too."""
    return tuple((v.value, value_label(v.value)) for v in (*GiftKind, *Reaction))


def _mark(value: bool) -> str:
    return CHECK_MARK if value else ""


def _reaction_tip(g: Gift) -> str:
    if not g.reaction:
        return translate("GiftsView", "Reaction not known yet — double-click to set it")
    return f"{value_label(g.reaction)}: {g.reaction_note}" if g.reaction_note else value_label(g.reaction)


def _quality(header: str, tip: str, attribute: str) -> Column:
    """A tick column: a short header (a tick needs no wide column), the whole word in its tooltip."""
    return Column(
        header,
        lambda g: _mark(getattr(g, attribute)),
        sort_key=lambda g: getattr(g, attribute),
        align=_CENTER,
        header_tip=tip,
    )


def _money_column(
    header: str, cents: Callable[[Any], int], currency: Callable[[], str], **extra: Any
) -> Column:
    return Column(header, lambda r: fmt_money(cents(r), currency()), sort_key=cents, align=_RIGHT, **extra)


def gift_columns(currency: Callable[[], str]) -> list[Column]:
    """The columns of the gifts table (``GiftsView.COL_…``); ``currency()`` gives the currency of the costs."""
    return [
        Column(
            translate("GiftsView", "Date"),
            lambda g: fmt_date(g.date),
            sort_key=lambda g: (g.date, g.created_at),
        ),
        Column(
            translate("GiftsView", "Prospect"),
            lambda g: g.prospect.name,
            tooltip=lambda g: translate("GiftsView", "Double-click to open the prospect"),
        ),
        Column(translate("GiftsView", "Recipient"), lambda g: g.contact.name if g.contact else ""),
        Column(translate("GiftsView", "Kind"), lambda g: value_label(g.kind)),
        Column(
            translate("GiftsView", "Description"), lambda g: g.description, tooltip=lambda g: g.description
        ),
        _quality(translate("GiftsView", "Pers."), translate("GiftsView", "Personal"), "personal"),
        _quality(translate("GiftsView", "Unexp."), translate("GiftsView", "Unexpected"), "unexpected"),
        _quality(translate("GiftsView", "Meaningf."), translate("GiftsView", "Meaningful"), "meaningful"),
        _money_column(translate("GiftsView", "Cost"), lambda g: g.cost_cents, currency),
        Column(
            translate("GiftsView", "Reaction"),
            lambda g: value_label(g.reaction) if g.reaction else "—",
            sort_key=lambda g: g.reaction or "",
            foreground=lambda g: REACTION_FG.get(g.reaction or "", MUTED_FG if not g.reaction else None),
            tooltip=_reaction_tip,
        ),
    ]


#: The room a cell gives its text beside it (the delegate's margins, and a little air).
CELL_PADDING = 12
#: The dearest gift a cost column is wide enough for, in cents.
WIDEST_COST = 99_999_99
#: Dates whose text is the widest of their format (two-digit days and months).
_WIDE_DATES = (dt.date(2026, 12, 28), dt.date(2026, 9, 30), dt.date(2026, 5, 30))


def column_widths(metrics: QFontMetrics, currency: str) -> dict[int, int]:
    """The width each column's widest possible text needs (``GiftsView.COL_…``), from the formats and
    labels alone: the table sizes its columns without reading a row. (No entry: it takes what is left.)"""

    def widest(texts: Any) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

    mark = widest([CHECK_MARK])
    return {
        0: widest(fmt_date(day) for day in _WIDE_DATES),
        3: widest(value_label(kind.value) for kind in GiftKind),
        5: mark,
        6: mark,
        7: mark,
        8: widest([fmt_money(WIDEST_COST, currency)]),
        9: widest(["—", *(value_label(reaction.value) for reaction in Reaction)]),
    }


def signed_count(value: int) -> str:
    """A change of a quantity with its sign, in the user's locale ("+5", "-3"; 0 as "0")."""
    return ("+" if value > 0 else "") + fmt_number(value)


def count_text(value: int) -> str:
    """A quantity on hand in the user's locale ("1.200" in German; below zero after a sync: "-2")."""
    return fmt_number(value)


def overdraw_text(items: list[StockItem]) -> str:
    """The warning about items on hand below zero (empty when there are none): a sync met draws of the
    same last items made on two laptops. The stock is not refused there, so the rep restocks or counts
    again."""
    over = [item for item in items if item.quantity < 0]
    if not over:
        return ""
    if len(over) == 1:
        return translate(
            "GiftsView",
            "“{item}” is over-drawn by {count}: two reps drew the last ones before their laptops synced. "
            "Restock it, or correct its count (Edit item).",
        ).format(item=over[0].name, count=fmt_number(-over[0].quantity))
    by_item = translate("GiftsView", "{item} (by {count})")
    return translate_n(
        "GiftsView",
        "%n item(s) over-drawn ({items}): two reps drew the last ones before their laptops synced. "
        "Restock them, or correct their counts (Edit item).",
        len(over),
    ).format(
        items=", ".join(by_item.format(item=item.name, count=fmt_number(-item.quantity)) for item in over)
    )


def _stock_column(header: str, display: Callable[[StockItem], str], **extra: Any) -> Column:
    return Column(header, display, background=stock_background, **extra)


def stock_tip(item: StockItem) -> str:
    """What an item's On hand says when it is time to restock: over-drawn (below zero after a sync),
    out of stock, or running low."""
    if item.quantity < 0:  # the pane's warning, for this item
        return overdraw_text([item])
    if item.quantity == 0:
        return translate("GiftsView", "Out of stock: restock before planning the next tour")
    if gifts.runs_low(item):
        return translate("GiftsView", "Running low: restock before planning the next tour")
    return ""


def stock_columns(currency: Callable[[], str]) -> list[Column]:
    """The columns of the stock table (``GiftsView.STOCK_…``); each cell's background shows the stock level."""
    return [
        _stock_column(translate("GiftsView", "Name"), lambda i: i.name),
        _stock_column(translate("GiftsView", "Kind"), lambda i: value_label(i.kind)),
        _money_column(
            translate("GiftsView", "Unit cost"),
            lambda i: i.unit_cost_cents,
            currency,
            background=stock_background,
        ),
        _stock_column(
            translate("GiftsView", "On hand"),
            lambda i: count_text(i.quantity),
            sort_key=lambda i: i.quantity,
            align=_RIGHT,
            tooltip=stock_tip,
        ),
        _stock_column(
            translate("GiftsView", "Low-stock level"),
            lambda i: str(i.low_stock_level),
            sort_key=lambda i: i.low_stock_level,
            align=_RIGHT,
        ),
        _stock_column(translate("GiftsView", "Notes"), lambda i: i.notes, tooltip=lambda i: i.notes),
    ]
