"""A service message's amounts in the window are written the user's way: the gift-limit warning in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.ui.labels import message_text


@pytest.fixture
def locale_kept():
    before = QLocale()
    yield
    QLocale.setDefault(before)  # the next tests see the locale they had


@pytest.fixture
def german(locale_kept):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def _warning() -> Warning_:
    return Warning_(
        "gift_limit_over",
        "With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} "
        "for {country}.",
        name="Bäckerei Müller", year=2026, total="2410.00", limit="50.00", total_cents=241_000,
        limit_cents=5_000, country="DE",
    )  # fmt: skip


def test_the_gift_limit_warning_writes_its_amounts_the_german_way(qapp, german):
    text = message_text(_warning())
    assert "2.410,00" in text and "50,00" in text
    assert "2410.00" not in text


def test_english_keeps_the_amounts(qapp, locale_kept):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    text = message_text(_warning())
    assert "2,410.00" in text or "2410.00" in text
