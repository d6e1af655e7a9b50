"""What the command line prints in the rep's language, through the installed command: money as the
language writes it (Babel, the store's currency), stored kinds and states as their translated names, the
sync lines in words, and ``--help`` naming ``FILE.rcsync``. English stays as scripts read it, and JSON
is the same in every language."""

from __future__ import annotations

import json
import re

import pytest
from test_cli_language import _cli, _words, needs_command

pytestmark = needs_command

NBSP = "\u00a0"  # Babel puts a no-break space between an amount and its currency sign


@pytest.fixture
def store(tmp_path):
    """A store with one gift of 2,400.00 (a sample) to a German prospect, and its ask_feedback follow-up."""
    path = tmp_path / "store.sqlite3"
    prospect = _cli("prospects", "add", "--name", "Bäckerei Müller", "--country", "DE", store=path, lang="en")
    assert prospect.returncode == 0, prospect.stderr
    gift = _cli("gifts", "add", prospect.stdout.strip(), "--kind", "sample", "--description", "Kaffeemaschine",
                "--date", "2026-03-02", "--cost", "2400", store=path, lang="en")  # fmt: skip
    assert gift.returncode == 0, gift.stderr
    return path


def test_money_and_kinds_in_a_german_table(store):
    german = _cli("gifts", "list", store=store, lang="de")
    assert german.returncode == 0, german.stderr
    header, row = german.stdout.splitlines()
    assert header.split()[:4] == ["ID", "DATUM", "INTERESSENT", "ART"]
    assert f"2.400,00{NBSP}€" in row
    assert "  Muster  " in row and "sample" not in row

    english = _cli("gifts", "list", store=store, lang="en").stdout.splitlines()[1]
    assert "  2400.00" in english and "  sample  " in english and "€" not in english


def test_a_followup_kind_and_state_and_the_suggested_note_in_german(store):
    german = _cli("followups", "list", store=store, lang="de").stdout
    assert "Rückmeldung zum Geschenk erfragen" in german
    assert "ask_feedback" not in german and "Ask how the gift was received" not in german
    assert ("überfällig" in german) or ("demnächst" in german) or ("heute fällig" in german)
    english = _cli("followups", "list", store=store, lang="en").stdout
    assert "  ask_feedback  " in english and "Ask how the gift was received: Kaffeemaschine" in english


def test_the_store_currency_and_the_gift_register(store):
    assert _cli("settings", "set", "currency", "CHF", store=store, lang="en").returncode == 0
    register = _cli("gift-register", "--year", "2026", store=store, lang="de")
    assert register.returncode == 0, register.stderr
    assert f"2.400,00{NBSP}CHF" in register.stdout


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (["gifts", "list", "--json"], '"cost": 2400.0'),
        (["followups", "list", "--json"], '"kind": "ask_feedback"'),
        (["gift-register", "--year", "2026", "--json"], '"total": 2400.0'),
    ],
)
def test_json_is_the_same_in_every_language(store, command, field):
    english = _cli(*command, store=store, lang="en")
    assert english.returncode == 0, english.stderr
    assert field in english.stdout
    for lang in ("de", "nl", "sl"):
        assert _cli(*command, store=store, lang=lang).stdout == english.stdout, lang


def test_the_export_line_in_german_and_english(store, tmp_path):
    german = _cli("export", "-o", str(tmp_path / "a.rcsync"), store=store, lang="de")
    assert german.returncode == 0, german.stderr
    assert german.stdout.startswith("exportiert: 3 Datensätze (0 Löschungen) nach "), german.stdout
    english = _cli("export", "-o", str(tmp_path / "b.rcsync"), store=store, lang="en")
    assert english.stdout.startswith("exported: 3 records (0 deletions) to "), english.stdout
    assert re.search(r"\(\d+,\d KB\)$", german.stdout.strip()), german.stdout  # "(2,4 KB)"
    assert re.search(r"\(\d+\.\d KB\)$", english.stdout.strip()), english.stdout


def test_the_import_lines_in_german(store, tmp_path):
    sync_file = tmp_path / "a.rcsync"
    assert _cli("export", "-o", str(sync_file), store=store, lang="en").returncode == 0
    preview = _cli("import", str(sync_file), "--dry-run", store=tmp_path / "other.sqlite3", lang="de")
    assert preview.returncode == 0, preview.stderr
    assert preview.stdout.splitlines() == [
        "neu: 3, geändert: 0, gelöscht: 0, unverändert: 0, Konflikte: 0",
        "Probelauf: Es wurde nichts geschrieben",
    ]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "reciprocity-desktop [--db PATH] FILE.rcsync opens the window with that sync file's import"),
        (
            "de",
            "reciprocity-desktop [--db PFAD] DATEI.rcsync öffnet das Fenster mit dem Import dieser Abgleichsdatei",
        ),
    ],
)
def test_the_help_names_a_sync_file(tmp_path, lang, line):
    result = _cli("--help", store=tmp_path / "store.sqlite3", lang=lang)
    assert result.returncode == 0, result.stderr
    assert line in _words(result.stdout)


def test_the_report_in_german_names_kinds_and_qualities_and_writes_money_and_rates(store):
    german = _cli("report", store=store, lang="de")
    assert german.returncode == 0, german.stderr
    rows = german.stdout.splitlines()
    sample = next(row for row in rows if row.startswith("Muster "))
    assert sample.split()[1:5] == ["1", "1", "0", "0"] and f"0{NBSP}%" in sample  # the rate as German writes it
    assert f"2.400,00{NBSP}€" in sample
    assert any(row.startswith("Nicht persönlich ") for row in rows)
    english = _cli("report", store=store, lang="en").stdout.splitlines()
    assert any(row.startswith("sample ") and "2,400.00" in row and "0%" in row for row in english)
    assert any(row.startswith("without personal ") for row in english)


def test_dates_in_a_german_table_and_iso_in_english_and_json(store):
    german = _cli("gifts", "list", store=store, lang="de").stdout.splitlines()[1]
    assert "  02.03.2026  " in german and "2026-03-02" not in german
    english = _cli("gifts", "list", store=store, lang="en").stdout.splitlines()[1]
    assert "  2026-03-02  " in english
    for lang in ("de", "en"):
        assert '"date": "2026-03-02"' in _cli("gifts", "list", "--json", store=store, lang=lang).stdout


def test_the_gift_limit_warning_writes_money_in_german(store):
    prospect = json.loads(_cli("prospects", "list", "--json", store=store, lang="en").stdout)[0]["id"]
    german = _cli("gifts", "add", prospect, "--kind", "sample", "--description", "Tasse",
                  "--date", "2026-03-03", "--cost", "10", store=store, lang="de")  # fmt: skip
    assert german.returncode == 0, german.stderr
    assert f"2.410,00{NBSP}€" in german.stderr and f"50,00{NBSP}€" in german.stderr, german.stderr
    assert "2410.00" not in german.stderr
    english = _cli("gifts", "add", prospect, "--kind", "sample", "--description", "Tasse",
                   "--date", "2026-03-03", "--cost", "10", store=store, lang="en")  # fmt: skip
    assert "has received 2420.00 in 2026: over the deductible limit of 50.00 per recipient" in english.stderr


def test_a_damaged_store_is_refused_in_german(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\0" + b"\xa5" * 8000)
    german = _cli("prospects", "list", store=damaged, lang="de")
    assert german.returncode == 2
    assert f"Die Datei {damaged} ist kein Reciprocity-Datenbestand oder sie ist beschädigt" in german.stderr
    english = _cli("prospects", "list", store=damaged, lang="en")
    assert f"The file {damaged} is not a Reciprocity store or it is damaged, so it was not used" in english.stderr


def test_the_backups_table_dates_its_backups_in_german(store):
    assert _cli("backup", store=store, lang="en").returncode == 0
    german = _cli("backups", "list", store=store, lang="de")
    assert german.returncode == 0, german.stderr
    assert re.search(r"^\d\d\.\d\d\.\d{4} \d\d:\d\d  ", german.stdout.splitlines()[1]), german.stdout
    english = _cli("backups", "list", store=store, lang="en").stdout.splitlines()[1]
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d  ", english), english
