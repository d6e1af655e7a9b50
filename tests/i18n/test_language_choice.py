"""Which language speaks: $RECIPROCITY_LANG for a run, else the language setting, else the system's;
the CLI's messages and print-day's paper follow it, the window installs its catalogs."""

from __future__ import annotations

import locale
import sys
from pathlib import Path

import pytest

from reciprocity_desktop.cli import main
from reciprocity_desktop.i18n import LANG_ENV, choose_language, supported, system_languages
from reciprocity_desktop.services import settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from daydata import DAY, pdf_pages, seed_day  # noqa: E402


@pytest.fixture
def no_system_language(monkeypatch):
    """A machine with no language of its own (C locale), whatever the one running the tests says."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", LANG_ENV):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *args: (None, None))


def test_the_variable_wins_then_the_setting_then_the_system(no_system_language):
    assert choose_language(None, environ={}, system=[]) == "en"
    assert choose_language(None, environ={}, system=["de-Latn-AT", "de"]) == "de"
    assert choose_language("system", environ={}, system=["sl_SI"]) == "sl"
    assert choose_language("nl", environ={}, system=["sl_SI"]) == "nl"
    assert choose_language("nl", environ={LANG_ENV: "de"}, system=["sl_SI"]) == "de"
    assert choose_language("nl", environ={LANG_ENV: "pseudo"}) == "pseudo"
    assert choose_language("nl", environ={LANG_ENV: "fr"}, system=[]) == "nl"  # no language of ours: next
    assert choose_language(None, environ={}, system=["fr_FR", "C", "nl-BE"]) == "nl"  # the first we speak


def test_system_languages_come_from_the_environment(no_system_language):
    environ = {"LANGUAGE": "sl:de", "LANG": "de_AT.UTF-8"}
    assert system_languages(environ)[:3] == ["sl", "de", "de_AT.UTF-8"]
    assert choose_language(None, environ=environ) == "sl"
    assert choose_language(None, environ={"LANG": "C.UTF-8"}) == "en"


@pytest.mark.parametrize(
    ("name", "lang"),
    [("de_DE.UTF-8", "de"), ("de-Latn-AT", "de"), ("NL", "nl"), ("German_Germany", "de"), ("Slovenian", "sl"),
     ("C", None), ("POSIX", None), ("fr_FR", None), ("", None), ("system", None), ("pseudo", "pseudo")],
)  # fmt: skip
def test_names_of_languages(name, lang):
    assert supported(name) == lang


# -- the command line ------------------------------------------------------------------------------------

NOT_A_SETTING = "'{key}' is not a setting (settings list shows them all)."


@pytest.fixture
def db(tmp_path, own_catalogs, no_system_language):
    own_catalogs(
        {
            "de": {"services": {NOT_A_SETTING: "'{key}' ist keine Einstellung (settings list zeigt alle)."}},
            "nl": {
                "services": {NOT_A_SETTING: "'{key}' is geen instelling (settings list toont ze allemaal)."}
            },
        }
    )
    return tmp_path / "store.sqlite3"


def _error(db, capsys, *args: str) -> str:
    assert main(["--db", str(db), *args]) == 2
    return capsys.readouterr().err.strip()


def test_cli_messages_follow_the_setting_and_the_variable(db, capsys, monkeypatch):
    assert _error(db, capsys, "settings", "set", "colour", "red") == (
        "reciprocity-desktop: 'colour' is not a setting (settings list shows them all)."
    )
    assert main(["--db", str(db), "settings", "set", "language", "de"]) == 0
    assert capsys.readouterr().out == "language = de\n"
    assert _error(db, capsys, "settings", "set", "colour", "red") == (
        "reciprocity-desktop: 'colour' ist keine Einstellung (settings list zeigt alle)."
    )
    monkeypatch.setenv(LANG_ENV, "nl")
    assert _error(db, capsys, "settings", "set", "colour", "red") == (
        "reciprocity-desktop: 'colour' is geen instelling (settings list toont ze allemaal)."
    )


def test_the_system_language_speaks_when_the_setting_says_system(db, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert _error(db, capsys, "settings", "set", "colour", "red").endswith(
        "ist keine Einstellung (settings list zeigt alle)."
    )


def test_a_language_that_is_none_of_ours_is_refused_plainly(db, capsys):
    for value in ("fr", "pseudo", "deutsch"):
        assert _error(db, capsys, "settings", "set", "language", value) == (
            f"reciprocity-desktop: The setting language must be one of en, de, nl, sl, system, not '{value}'."
        )
    assert main(["--db", str(db), "settings", "set", "language", " DE "]) == 0
    assert main(["--db", str(db), "settings", "set", "language", ""]) == 0
    assert capsys.readouterr().out == "language = de\nlanguage = system\n"


def _print_day(store, tmp_path, *options: str) -> str:
    out = tmp_path / "day.pdf"
    assert main(["--db", str(store.path), "print-day", DAY.isoformat(), "-o", str(out), *options]) == 0
    return pdf_pages(out)[0]


def test_print_day_speaks_the_run_language_unless_told(store, tmp_path, no_system_language, monkeypatch):
    seed_day(store)
    assert "Route overview" in _print_day(store, tmp_path)
    settings.set_(store, "language", "de")
    assert "Routenübersicht" in _print_day(store, tmp_path)
    monkeypatch.setenv(LANG_ENV, "sl")
    assert "Pregled poti" in _print_day(store, tmp_path)
    assert "Routeoverzicht" in _print_day(store, tmp_path, "--lang", "nl")
    monkeypatch.setenv(LANG_ENV, "pseudo")  # a development language: the paper stays English
    assert "Route overview" in _print_day(store, tmp_path)
