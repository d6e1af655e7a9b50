"""Amounts in the forms, written one way everywhere and read the way the user types them.

Every amount field shows its value and its example in the user's locale, grouped with two decimals
("1,250.00" in English, "1.250,00" in German: the debrief's order value reads the same), and what
is typed there goes to the services through :func:`typed_amount`, so "1,250" is 1250 in English
(``services.debrief_check.local_amount``: one reading for the debrief and the forms).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.debrief_check import local_amount
from reciprocity_desktop.services.debrief_draft import Separators
from reciprocity_desktop.ui.labels import translate
from reciprocity_desktop.ui.widgets.forms import line_edit


def amount_separators() -> Separators:
    """The decimal and group separators of the user's locale."""
    locale = QLocale()
    return Separators(decimal=locale.decimalPoint(), group=locale.groupSeparator())


def amount_text(cents: int) -> str:
    """Cents as an amount to type, the one way every form writes it: the user's separators, grouped,
    two decimals ("1,250.00" in English, "1.250,00" in German), which the services read back."""
    separators = amount_separators()
    return f"{Decimal(cents) / 100:,.2f}".translate(
        str.maketrans({",": separators.group, ".": separators.decimal})
    )


def typed_amount(text: str) -> str:
    """An amount typed in the user's way ("1,250" is 1250 in English) as the services read it."""
    return local_amount(text, amount_separators())


def amount_edit(cents: int | None, name: str, example_cents: int) -> QLineEdit:
    """A line to type an amount in: ``cents`` (None: empty) and an example written the same way."""
    example = translate("Forms", "e.g. %1").replace("%1", amount_text(example_cents))
    return line_edit("" if cents is None else amount_text(cents), name, example)


def amount_check(field: str) -> Callable[[QWidget], int]:
    """The check of an :func:`amount_edit` (``field`` names it in the error)."""
    return lambda widget: validate.amount_cents(typed_amount(widget.text()), field)
