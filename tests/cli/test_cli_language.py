"""The command line in the rep's language: ``--help`` texts, argparse's own words and errors, and the
confirmations, through the installed command (RECIPROCITY_LANG, else the store's ``language`` setting).
JSON output stays as it is; English stays as it was."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reciprocity_desktop import i18n
from reciprocity_desktop.cli import base

#: The folder holding the ``reciprocity_desktop`` package these tests belong to.
SOURCE = Path(__file__).resolve().parents[2]
COMMAND = shutil.which("reciprocity-desktop", path=str(Path(sys.executable).parent))
needs_command = pytest.mark.skipif(COMMAND is None, reason="the reciprocity-desktop command is not installed")


def _cli(*args: str, store: Path, lang: str | None) -> subprocess.CompletedProcess:
    """The installed ``reciprocity-desktop`` of this source tree, on ``store``, in ``lang`` (None: the
    setting decides; the system's locale is C, no language)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), *filter(None, [env.get("PYTHONPATH")])])
    env["RECIPROCITY_DB"] = str(store)
    env["LANG"] = "C"
    env.pop(i18n.LANG_ENV, None)
    if lang is not None:
        env[i18n.LANG_ENV] = lang
    return subprocess.run(
        [COMMAND or "reciprocity-desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


#: Per language: argparse's words, a command's description, an option's help and a metavar.
HELP = {
    "de": ("Aufruf: reciprocity-desktop", "Optionen:", "diese Hilfe anzeigen und beenden",
           "Interessenten auflisten, hinzufügen, ändern und löschen", "--db PFAD", "BEFEHL"),
    "nl": ("gebruik: reciprocity-desktop", "opties:", "deze hulptekst tonen en afsluiten",
           "prospects tonen, toevoegen, wijzigen en verwijderen", "--db PAD", "OPDRACHT"),
    "sl": ("uporaba: reciprocity-desktop", "možnosti:", "prikaži to pomoč in končaj",
           "izpišite, dodajte, spremenite in izbrišite potencialne stranke", "--db POT", "UKAZ"),
}  # fmt: skip
ADD_HELP = {
    "de": ("einen Interessenten hinzufügen; gibt seine ID aus", "--street STRASSE",
           "eingegebene Koordinaten (-180..180, mit --latitude)"),
    "nl": ("een prospect toevoegen; toont de id", "--street STRAAT",
           "ingevoerde coördinaten (-180..180, met --latitude)"),
    "sl": ("dodajte potencialno stranko; izpiše njen ID", "--street ULICA",
           "vnesene koordinate (-180..180, z --latitude)"),
}  # fmt: skip
ENGLISH = ("usage:", "options:", "show this help message and exit", "list, add, update and delete prospects",
           "add a prospect; prints its id", "typed coordinates", "--street STREET")  # fmt: skip


def _words(text: str) -> str:
    return " ".join(text.split())  # argparse wraps the lines to the terminal's width


@needs_command
@pytest.mark.parametrize("lang", ["de", "nl", "sl"])
def test_the_help_texts_are_in_the_language(lang, tmp_path):
    store = tmp_path / "store.sqlite3"
    top = _cli("--help", store=store, lang=lang)
    assert top.returncode == 0, top.stderr
    for text in HELP[lang]:
        assert text in _words(top.stdout), (lang, text)
    add = _cli("prospects", "add", "--help", store=store, lang=lang)
    assert add.returncode == 0, add.stderr
    for text in (HELP[lang][0].replace("reciprocity-desktop", "reciprocity-desktop prospects add"),
                 HELP[lang][1], *ADD_HELP[lang]):  # fmt: skip
        assert text in _words(add.stdout), (lang, text)
    for english in ENGLISH:
        assert english not in top.stdout + add.stdout, (lang, english)
    assert not store.exists()  # --help reads the setting of a store only if there is one


@needs_command
def test_english_help_is_as_it_was(tmp_path):
    store = tmp_path / "store.sqlite3"
    out = (
        _cli("--help", store=store, lang="en").stdout
        + _cli("prospects", "add", "--help", store=store, lang="en").stdout
    )
    for english in ENGLISH:
        assert english in _words(out), english


@needs_command
def test_a_missing_required_argument_in_german(tmp_path):
    result = _cli("prospects", "add", "--city", "Köln", store=tmp_path / "store.sqlite3", lang="de")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "reciprocity-desktop prospects add: folgende Argumente sind erforderlich: --name "
        "(siehe reciprocity-desktop prospects add --help)\n"
    )
    choice = _cli("followups", "list", "--status", "soon", store=tmp_path / "store.sqlite3", lang="de")
    assert choice.returncode == 2
    assert choice.stderr.startswith(
        "reciprocity-desktop followups list: Argument --status: ungültige Auswahl: 'soon'"
    )


@needs_command
def test_confirmations_follow_the_language_setting_and_json_stays(tmp_path):
    """No RECIPROCITY_LANG: the store's ``language`` setting chooses, for argparse's words as well."""
    store = tmp_path / "store.sqlite3"
    assert _cli("settings", "set", "language", "de", store=store, lang=None).returncode == 0
    item = _cli("stock", "add", "--name", "Kugelschreiber", "--quantity", "3", store=store, lang=None)
    assert item.returncode == 0, item.stderr
    item_id = item.stdout.strip()
    restocked = _cli("stock", "restock", item_id, "--quantity", "2", store=store, lang=None)
    assert restocked.stdout == "Kugelschreiber nachgefüllt: 5 auf Lager.\n"
    prospect = _cli("prospects", "add", "--name", "Bäckerei Müller", store=store, lang=None).stdout.strip()
    gift = _cli("gifts", "add", prospect, "--kind", "sample", "--description", "Kekse", "--date", "2026-03-02",
                "--stock-item", item_id, store=store, lang=None)  # fmt: skip
    assert gift.returncode == 0, gift.stderr
    assert gift.stdout.splitlines()[0].startswith("Wiedervorlage ask_feedback für ")
    register = _cli("gift-register", "--year", "2026", "-o", str(tmp_path / "r.csv"), store=store, lang=None)
    assert register.stdout == f"1 Geschenk aus 2026 in {tmp_path / 'r.csv'} geschrieben.\n"
    as_json = _cli("gift-register", "--year", "2026", "-o", str(tmp_path / "r.csv"), "--json", store=store,
                   lang=None)  # fmt: skip
    assert json.loads(as_json.stdout) == {"file": str(tmp_path / "r.csv"), "year": 2026, "gifts": 1}
    usage = _cli("stock", "restock", item_id, store=store, lang=None)
    assert "folgende Argumente sind erforderlich: --quantity" in usage.stderr
    assert _cli("stock", "restock", item_id, "--quantity", "1", store=store, lang="en").stdout == (
        "Restocked Kugelschreiber: 5 on hand.\n"  # one taken out for the gift, one added
    )


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", ["1 stop", "2 stops"]),
        ("de", ["1 Besuch", "2 Besuche"]),
        ("sl", ["1 obisk", "2 obiska", "3 obiski", "5 obiskov"]),
    ],
)
def test_counts_take_their_plural_form(lang, counts, monkeypatch):
    monkeypatch.setattr(base, "_catalog", i18n.Catalog(lang))
    for text in counts:
        n = int(text.split()[0])
        line = base.tr_n("Ordered %n stop(s) of {date} {how}{start}.", n)
        assert text in line.format(date="2026-03-02", how="", start=""), (lang, line)


_PERCENT = re.compile(r"%(?:\(\w+\))?[sr%]|%n|%")


@pytest.mark.parametrize("lang", ["de", "nl", "sl"])
def test_argparse_placeholders_match_and_help_texts_hold_no_percent_sign(lang):
    """argparse fills ``%(name)s`` and ``%s`` in its words and formats every help text with ``%``: a
    translation keeps the same placeholders, and a CLI text no ``%`` but its count's ``%n``."""
    for (context, source, _comment), translation in i18n._load(lang).items():
        forms = translation if isinstance(translation, tuple) else (translation,)
        if context == "argparse":
            for form in forms:
                assert sorted(_PERCENT.findall(form)) == sorted(_PERCENT.findall(source)), (
                    lang,
                    source,
                    form,
                )
        elif context == "CLI":
            for form in forms:
                assert set(_PERCENT.findall(form)) <= {"%n"}, (lang, source, form)


def test_english_keeps_gettext_for_argparse():
    import argparse
    import gettext

    base._set_language("de")
    try:
        assert argparse._("usage: ") == "Aufruf: "
    finally:
        base._set_language("en")
    assert argparse._ is gettext.gettext


def test_the_environment_wins_over_the_setting_and_the_setting_over_the_system(run, monkeypatch):
    """In-process: ``main([...])`` chooses before it builds the parser, for each run anew."""
    assert run("settings", "set", "language", "nl").code == 0
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    try:
        monkeypatch.delenv(i18n.LANG_ENV)
        assert run("stock", "--help").out.startswith("gebruik: ")  # the setting, not the system
        monkeypatch.setenv(i18n.LANG_ENV, "de")
        assert run("stock", "--help").out.startswith("Aufruf: ")
        monkeypatch.setenv(i18n.LANG_ENV, "en")
        assert run("stock", "--help").out.startswith("usage: ")
    finally:
        base._set_language("en")
