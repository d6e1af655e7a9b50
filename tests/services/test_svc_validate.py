"""Parsing user input: amounts, dates, country codes, e-mail, choices, text. Errors name the field."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store.models import GiftKind
from reciprocity_desktop.textutil import fold, fold_unicode

# -- amounts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12.50", 1250),
        ("12,50", 1250),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("1.234.567,89", 123456789),
        ("1,234,567.89", 123456789),
        ("12", 1200),
        ("0", 0),
        ("0,5", 50),
        (".5", 50),
        ("12.5", 1250),
        (" 12,50 € ", 1250),
        ("€12.50", 1250),
        ("1 234,50", 123450),
        ("1\u00a0234,50", 123450),
        ("", 0),
        ("   ", 0),
        (None, 0),
        (7, 700),
        (12.5, 1250),
    ],
)
def test_amounts_are_parsed_to_cents(text, cents):
    assert validate.amount_cents(text, "cost") == cents


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "is not an amount"),
        ("12.5x", "is not an amount"),
        ("1e3", "is not an amount"),
        ("NaN", "is not an amount"),
        ("--5", "is not an amount"),
        ("1.234.567", "is not an amount"),
        ("-5", "must not be negative"),
        ("-12,50", "must not be negative"),
        ("12.345", "more than two decimals"),
        ("12,345", "more than two decimals"),
        ("0.001", "more than two decimals"),
        (12.345, "more than two decimals"),
        ("1" * 20, "too large"),
    ],
)
def test_bad_amounts_are_rejected_naming_the_field(text, fragment):
    with pytest.raises(ValidationError) as caught:
        validate.amount_cents(text, "cost")
    assert caught.value.field == "cost"
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("Cost")


def _formats(cents: int) -> list[str]:
    whole, part = divmod(cents, 100)
    grouped = f"{whole:,}"  # 1,234,567
    return [
        f"{whole}.{part:02d}",
        f"{whole},{part:02d}",
        f"{grouped}.{part:02d}",
        f"{grouped.replace(',', '.')},{part:02d}",
    ]


@given(st.integers(min_value=0, max_value=validate.MAX_CENTS - 1))
def test_amount_round_trip_of_cents(cents):
    for text in _formats(cents):
        assert validate.amount_cents(text, "amount") == cents, text


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=9))
def test_a_third_decimal_is_always_rejected(cents, third):
    whole, part = divmod(cents, 100)
    with pytest.raises(ValidationError):
        validate.amount_cents(f"{whole}.{part:02d}{third}", "amount")


# -- dates --------------------------------------------------------------------------------------------


def test_dates():
    assert validate.date("2025-02-28", "date") == dt.date(2025, 2, 28)
    assert validate.date(" 2024-02-29 ", "date") == dt.date(2024, 2, 29)
    assert validate.date(dt.date(2020, 1, 1), "date") == dt.date(2020, 1, 1)
    assert validate.date("", "date", default=dt.date(2021, 5, 5)) == dt.date(2021, 5, 5)
    assert validate.optional_date("", "done date") is None
    assert validate.optional_date("2025-01-02", "done date") == dt.date(2025, 1, 2)


@pytest.mark.parametrize(
    "text", ["2025-02-30", "2025-13-01", "31.12.2025", "12/31/2025", "tomorrow", "2025-1-1"]
)
def test_malformed_dates_are_rejected_naming_the_field(text):
    with pytest.raises(ValidationError) as caught:
        validate.date(text, "due date")
    assert caught.value.field == "due date"
    assert str(caught.value) == f"Due date '{text}' is not a date in the form YYYY-MM-DD."


def test_a_missing_date_without_default_is_an_error():
    with pytest.raises(ValidationError, match="Date is missing"):
        validate.date(None, "date")


# -- countries, e-mail, choices, text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"), [("DE", "DE"), ("de", "DE"), (" nl ", "NL"), ("si", "SI"), ("", "")]
)
def test_country_codes(text, code):
    assert validate.country(text) == code


@pytest.mark.parametrize("text", ["XX", "GER", "Germany", "D", "EU", "UN", "ZZ", "QO", "EZ", "001"])
def test_country_codes_must_be_iso_3166_alpha_2(text):
    with pytest.raises(ValidationError) as caught:
        validate.country(text)
    assert caught.value.field == "country"
    assert "ISO 3166" in str(caught.value)


def test_every_assigned_country_is_known():
    codes = validate.country_codes()
    for code in ("DE", "NL", "SI", "AT", "CH", "FR", "GB", "US", "XK", "SH", "ES"):
        assert code in codes
    assert 240 <= len(codes) <= 260


@pytest.mark.parametrize("text", ["info@example.com", "a.b+c@sub.example.co.uk", " x@y.de ", ""])
def test_good_email(text):
    assert validate.email(text) == text.strip()


@pytest.mark.parametrize("text", ["info", "info@", "@example.com", "a@b", "a b@example.com", "a@@b.de"])
def test_bad_email_is_rejected_naming_the_field(text):
    with pytest.raises(ValidationError) as caught:
        validate.email(text)
    assert caught.value.field == "e-mail"
    assert "is not an e-mail address" in str(caught.value)


def test_choice_accepts_spellings_and_lists_the_allowed_values():
    assert validate.choice(" Sample ", GiftKind, "kind") == "sample"
    assert validate.choice("", GiftKind, "kind", default=GiftKind.OTHER) == "other"
    with pytest.raises(ValidationError) as caught:
        validate.choice("bribe", GiftKind, "kind")
    assert caught.value.field == "kind"
    assert str(caught.value) == (
        "Kind 'bribe' is not one of: sample, trial, content, analysis, event, personal, other."
    )
    with pytest.raises(ValidationError, match="Kind is missing"):
        validate.choice(None, GiftKind, "kind")


def test_text_is_tidied_and_limited():
    assert validate.text("  Bäckerei   Müller \n GmbH ", "name") == "Bäckerei Müller GmbH"
    assert validate.text("line one\nline two", "notes", max_length=5000) == "line one\nline two"
    with pytest.raises(ValidationError, match="^Name must not be empty.$"):
        validate.text("   ", "name", required=True)
    with pytest.raises(ValidationError) as caught:
        validate.text("x" * 201, "street")
    assert caught.value.field == "street"
    assert "201 characters, at most 200" in str(caught.value)


def test_other_parsers():
    assert validate.time_of_day("9:05") == "09:05"
    assert validate.time_of_day("") == ""
    with pytest.raises(ValidationError, match="^Planned time '25:00' is not a time"):
        validate.time_of_day("25:00")
    assert validate.positive_int("3", "quantity") == 3
    with pytest.raises(ValidationError, match="Quantity must be at least 1"):
        validate.positive_int("0", "quantity")
    with pytest.raises(ValidationError, match="not a whole number"):
        validate.positive_int("two", "quantity")
    assert validate.coordinate("48,137", "latitude", 90) == pytest.approx(48.137)
    with pytest.raises(ValidationError, match="between -90 and 90"):
        validate.coordinate("91", "latitude", 90)
    assert (
        validate.tags("door-to-door, Bavaria ,bavaria,, key  account") == "door-to-door, Bavaria, key account"
    )


# -- fold (search text) ----------------------------------------------------------------------------------


def test_fold_examples():
    assert fold("Čebelarstvo Žužek") == "cebelarstvo zuzek"
    assert fold("Straße  MÜLLER") == "strasse muller"
    assert fold("  Ärzte\tim\nZentrum ") == "arzte im zentrum"


@given(st.text())
@example("℡ +49 89")  # compatibility characters that decompose to capitals
@example("㎒ Funk GmbH")
@example("Ⅻ İstanbul ǅ")
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once


@given(st.text())
@example("℡ ㎒")
def test_fold_leaves_no_accents_or_upper_case(text):
    folded = fold(text)
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert folded == folded.casefold()
    assert folded == " ".join(folded.split())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folds_ascii_shortcut_agrees_with_the_long_way(text):
    assert fold(text) == fold_unicode(text)
