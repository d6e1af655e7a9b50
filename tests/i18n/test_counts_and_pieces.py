"""Counts read as words do, and no English piece is left inside a translated sentence (issue 12).

* No "(s)" reaches the reader: a marked text written "%n stop(s)" is a plural message whose English
  forms are spelt out in the English catalog, and no translation glues an ending in brackets.
* Counts through the real window (Today's summary) and a real service message (the cool-down
  warning, as the window and the command line show it): 1 and 2 in English and German, Slovenian's
  four forms for 1, 2, 3 and 5.
* Pieces: a sync file's detail, an import's "and more", the record a NotFound names, and the
  suggested follow-up note are translated as whole sentences.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
import update_catalogs
from PySide6.QtCore import QLocale, QTranslator

from reciprocity_desktop.i18n import LANG_ENV, Catalog
from reciprocity_desktop.reports.day import write_day_pdf
from reciprocity_desktop.services import day_sheet, followups, gifts, prospects, visits
from reciprocity_desktop.services.errors import Message
from reciprocity_desktop.sync.errors import damaged
from reciprocity_desktop.ui.translation import install_translators

I18N = update_catalogs.ROOT / update_catalogs.I18N
TODAY = dt.date.today()
#: An ending glued in brackets: "stop(s)", "Zeile(n)", "prejel(a)".
_BRACKETED_ENDING = re.compile(r"\w\((?:s|es|n|en|e|a|i|o)\)")


def _messages(lang: str):
    for context in ET.parse(I18N / f"reciprocity_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield (
                context.findtext("name"),
                message.findtext("source") or "",
                message.get("numerus") == "yes",
                translation.get("type") is None,
                forms,
            )


def test_no_marked_text_shows_an_ending_in_brackets():
    english = {(c, s): (finished, forms) for c, s, _n, finished, forms in _messages("en")}
    bracketed = []
    for context, source, numerus, _finished, _forms in _messages("de"):
        if not _BRACKETED_ENDING.search(source):
            continue
        finished, forms = english.get((context, source), (False, []))
        if not (numerus and finished):  # a count (the forms may leave the number out: "The row(s)…")
            bracketed.append(f"{context}: {source!r} is no count with English plural forms")
        elif any(_BRACKETED_ENDING.search(form) for form in forms):
            bracketed.append(f"{context}: {source!r} → {forms}")
    assert bracketed == []
    for lang in ("de", "nl", "sl"):
        glued = [
            f"{lang} {context}: {forms}"
            for context, _source, _numerus, finished, forms in _messages(lang)
            if finished and any(_BRACKETED_ENDING.search(form) for form in forms)
        ]
        assert glued == []


@pytest.fixture
def window_language(qapp, monkeypatch):
    """``window_language("sl")``: the window's catalogs of that language, as the start-up installs them."""
    monkeypatch.delenv(LANG_ENV, raising=False)

    def install(lang: str) -> None:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.setParent(None)
        install_translators(qapp, lang)

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def ctx(store):
    from PySide6.QtGui import QUndoStack

    from reciprocity_desktop.ui.context import StoreEvents, UiContext

    return UiContext(store, StoreEvents(), QUndoStack())


TODAY_COUNTS = {
    "en": {1: "1 visit today", 2: "2 visits today"},
    "de": {1: "1 Besuch heute", 2: "2 Besuche heute"},
    "sl": {1: "Danes 1 obisk", 2: "Danes 2 obiska", 3: "Danes 3 obiski", 5: "Danes 5 obiskov"},
}


@pytest.mark.parametrize("lang", list(TODAY_COUNTS))
def test_todays_summary_counts_the_visits_in_the_readers_language(qtbot, ctx, store, window_language, lang):
    from reciprocity_desktop.ui.today.view import TodayView

    window_language(lang)
    ids = [prospects.add_prospect(store, name=f"Kunde {n}", city="Köln").id for n in range(5)]
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    for count, expected in TODAY_COUNTS[lang].items():
        visits.plan_day(store, TODAY, ids[:count])
        ctx.events.emit("visits")
        qtbot.waitUntil(lambda: "·" in view.summary.text())
        summary = view.summary.text()
        assert summary.startswith(expected + " · "), summary
        assert "(" not in summary


COOLDOWN = {
    "en": {1: "only 1 day after it", 2: "only 2 days after it"},
    "de": {1: "Schon 1 Tag danach", 2: "Schon 2 Tage danach"},
    "sl": {1: "že 1 dan pozneje", 2: "že 2 dni pozneje", 3: "že 3 dni pozneje", 5: "že 5 dni pozneje"},
}


@pytest.mark.parametrize("lang", list(COOLDOWN))
def test_the_cooldown_warning_counts_the_days_in_the_window_and_on_the_command_line(
    store, qapp, window_language, lang
):
    from reciprocity_desktop.ui.labels import message_text

    window_language(lang)
    prospect = prospects.add_prospect(store, name="Autohaus Straßer", country="DE")
    gift_day = dt.date(2025, 5, 1)
    gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date=gift_day)
    for days, expected in COOLDOWN[lang].items():
        result = followups.add_followup(
            store, prospect.id, kind="ask_order", due=gift_day + dt.timedelta(days=days)
        )
        (warning,) = result.warnings
        assert expected in message_text(warning)  # the window
        assert expected in Catalog(lang).message(warning.template, warning.params)  # the CLI, the paper
        assert "(s)" not in str(warning)  # English without a catalog of the window


def test_a_sync_files_detail_is_translated_inside_its_sentence():
    error = damaged("tausch.rsync", Message("member {member} is missing", member="gifts.jsonl"))
    assert (
        str(error)
        == "The file tausch.rsync is damaged (member gifts.jsonl is missing); nothing was imported."
    )
    german = Catalog("de").message(error.template, error.params)
    assert german == (
        "Die Datei tausch.rsync ist beschädigt (der Eintrag gifts.jsonl fehlt); nichts wurde importiert."
    )
    counted = Message(
        "{member} holds %n record(s), the manifest says {expected}", member="x", n=1, expected=2
    )
    assert counted.text() == "x holds 1 record, the manifest says 2"
    assert Catalog("sl").message(counted.template, {**counted.params, "n": 3}) == (
        "X vsebuje 3 zapise, manifest navaja 2"
    )


def test_the_rows_an_import_refuses_and_the_record_not_found_are_whole_sentences(store, tmp_path):
    from reciprocity_desktop.services import csv_io
    from reciprocity_desktop.services.errors import NotFound

    path = tmp_path / "kunden.csv"
    lines = ["Name;E-mail"] + [f"Firma {n};kaputt-{n}" for n in range(12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(csv_io.RowsFailed) as refused:
        csv_io.import_csv(store, path)
    german = Catalog("de").message(refused.value.template, refused.value.params)
    assert german.startswith("12 Zeilen können nicht importiert werden")
    assert "7 weitere Zeilen haben ebenfalls Fehler." in german
    assert "Zeile 2: E-Mail „kaputt-0“" in german  # each row's problem too
    assert not re.search(r"\b(more|line|rows?|is not)\b", german), german
    with pytest.raises(NotFound) as missing:
        visits.plan_day(store, TODAY, ["no-such-prospect"])
    assert Catalog("de").message(missing.value.template, missing.value.params) == (
        "Kein Interessent mit der ID no-such-prospect."
    )


# -- the suggested follow-up note ----------------------------------------------------------------------


@pytest.fixture
def gift_question(store):
    """A visit tomorrow to a prospect whose gift's suggested follow-up ("Ask how the gift was received: …")
    is still open."""
    prospect = prospects.add_prospect(
        store, name="Bäckerei Müller", city="Köln", postal_code="50667", country="DE"
    )
    gifts.log_gift(
        store, prospect.id, kind="sample", description="Kaffeeprobe", date=TODAY - dt.timedelta(days=10),
        schedule_feedback=True,
    )  # fmt: skip
    day = TODAY + dt.timedelta(days=1)
    visits.plan_day(store, day, [prospect.id])
    return day


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_suggested_note_prints_in_the_sheets_language(store, tmp_path, gift_question):
    texts = {}
    for lang in ("en", "de"):
        pdf = tmp_path / f"day-{lang}.pdf"
        write_day_pdf(day_sheet.gather_day(store, gift_question), pdf, lang=lang)
        out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        texts[lang] = " ".join(out.split())
    assert "Ask how the gift was received: Kaffeeprobe" in texts["en"]
    assert "Fragen Sie, wie das Geschenk angekommen ist: Kaffeeprobe" in texts["de"]
    assert "Ask how" not in texts["de"]


def test_the_suggested_note_shows_in_the_windows_language(qtbot, ctx, store, window_language, gift_question):
    from reciprocity_desktop.ui.followups.dialogs import NoteDialog
    from reciprocity_desktop.ui.followups.models import note_text

    window_language("de")
    (followup,) = followups.list_followups(store)
    assert followup.note == "Ask how the gift was received: Kaffeeprobe"  # stored as it always was
    stranger = type(followup)(note="Ask how the gift was received: Kaffeeprobe", gift=None)
    assert note_text(stranger) == "Fragen Sie, wie das Geschenk angekommen ist: Kaffeeprobe"  # no gift linked
    dialog = NoteDialog(followups.get_followup(store, followup.id))
    qtbot.addWidget(dialog)
    assert dialog.note_edit.text() == "Fragen Sie, wie das Geschenk angekommen ist: Kaffeeprobe"
    assert dialog.values() == {"note": "Ask how the gift was received: Kaffeeprobe"}  # left alone: unchanged
    dialog.note_edit.setText("Nach dem Kaffee fragen")
    assert dialog.values() == {"note": "Nach dem Kaffee fragen"}
