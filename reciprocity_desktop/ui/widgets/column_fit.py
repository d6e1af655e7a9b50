"""Sharing a table's width among its columns: as wide as their text, the spare width to one, the widest give.

Plain arithmetic on pixel widths (no Qt), so the tables of several pages size their columns alike.
"""

from __future__ import annotations


def fitted(widths: list[int], available: int, flex: int) -> list[int]:
    """Column widths for ``available`` pixels: ``widths`` as wanted, the spare width to ``flex``.

    Short of room, the widest columns are cut to one width together, so that they give the pixels
    missing; the narrow ones (a number, a date) keep theirs.
    """
    result = list(widths)
    over = sum(result) - available
    if over <= 0:
        result[flex] -= over
        return result
    widest = sorted(result, reverse=True)
    cap, total = 0, 0
    for n, width in enumerate(widest, start=1):
        total += width
        below = widest[n] if n < len(widest) else 0
        level = (total - over) // n
        if level >= below:
            cap = level
            break
    cap = max(cap, 24)
    return [min(w, cap) for w in result]
