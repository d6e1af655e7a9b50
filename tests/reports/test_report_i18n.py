"""The paper's words: every report string is a literal lupdate can find, translated in de, nl and sl."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import reciprocity_desktop.reports
from reciprocity_desktop.i18n import Catalog, plural_index
from reciprocity_desktop.paths import resource
from reciprocity_desktop.reports.text import ENUM_LABELS, ReportText
from reciprocity_desktop.store.models import FollowUpKind, GiftKind, OutcomeKind, Reaction, Stage, VisitStatus

REPORTS_DIR = Path(reciprocity_desktop.reports.__file__).parent
LANGS = ("de", "nl", "sl")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
SAME_IN = {
    "de": {"Status", "Name", "neutral"},
    "nl": {"Status", "E-mail", "Suspect", "Prospect"},
    "sl": set(),
}


def report_calls() -> dict[str, bool]:
    """Every text passed as translate("Report", ...) or QT_TRANSLATE_NOOP("Report", ...) in reports/,
    and whether it is a plural (a count passed as the fourth argument, as lupdate reads it).

    Only ``ReportText.enum`` may pass a variable: it translates the labels marked with
    QT_TRANSLATE_NOOP. Anywhere else a non-literal would be invisible to lupdate.
    """
    found: dict[str, bool] = {}
    for path in sorted(REPORTS_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner: dict[ast.AST, str] = {}
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef):
                for inner in ast.walk(function):
                    if inner is not function:
                        owner.setdefault(inner, function.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in ("translate", "QT_TRANSLATE_NOOP") or not node.args:
                continue
            context = node.args[0]
            if not (isinstance(context, ast.Constant) and context.value == "Report"):
                continue
            source = node.args[1]
            if isinstance(source, ast.Constant) and isinstance(source.value, str):
                found[source.value] = len(node.args) == 4
            else:
                assert (path.name, owner.get(node)) == ("text.py", "enum"), (
                    f"{path.name}:{node.lineno}: report strings must be literals so lupdate finds them"
                )
    return found


def report_strings() -> set[str]:
    return set(report_calls())


def plural_strings() -> set[str]:
    return {source for source, plural in report_calls().items() if plural}


def ts_messages(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(resource("i18n", f"reciprocity_{lang}.ts")).getroot()
    assert root.tag == "TS" and root.get("version") == "2.1"
    assert root.get("language", "").startswith(lang)
    messages = {}
    for context in root.iter("context"):
        if context.findtext("name") == "Report":
            for message in context.iter("message"):
                messages[message.findtext("source")] = message.find("translation")
    return messages


def test_report_strings_are_found():
    strings = report_strings()
    assert len(strings) > 80
    assert "Page {page} of {pages}" in strings and "ask for an order" in strings


@pytest.mark.parametrize("lang", LANGS)
def test_every_report_string_is_translated(lang):
    """In the .ts catalog's Report context, finished, with the same placeholders; nothing stale."""
    messages = ts_messages(lang)
    assert set(messages) == report_strings(), f"{lang}: the Report context and the code disagree"
    for source in sorted(report_strings()):
        translation = messages[source]
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"{lang}: {source!r}"
        forms = [form.text for form in translation.iter("numerusform")]
        texts = forms if source in plural_strings() else [translation.text]
        for text in texts:
            assert text, f"{lang}: {source!r} has an empty translation"
            if text == source:  # only words that really are the same in that language
                assert source in SAME_IN[lang], f"{lang}: {source!r} left in English"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                f"{lang}: placeholders differ in {text!r}"
            )


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_plurals_have_a_form_for_each_of_the_languages_categories(lang):
    """Each plural message has one numerus form per plural category of the language (as lupdate and
    lrelease count them), each with the count (%n) in it; English has its own file of plurals only."""
    root = ET.parse(resource("i18n", f"reciprocity_{lang}.ts")).getroot()
    plurals = {
        message.findtext("source"): message
        for context in root.iter("context")
        if context.findtext("name") == "Report"
        for message in context.iter("message")
    }
    assert plural_strings() and set(plurals) >= plural_strings()
    categories = {plural_index(lang, n) for n in range(0, 200)}
    for source in plural_strings():
        message = plurals[source]
        assert message.get("numerus") == "yes", (lang, source)
        forms = [form.text or "" for form in message.find("translation").iter("numerusform")]
        assert len(forms) == len(categories) == max(categories) + 1, (lang, source, forms)
        assert all("%n" in form for form in forms), (lang, source, forms)


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", {1: "and 1 more contact", 2: "and 2 more contacts", 0: "and 0 more contacts"}),
        ("de", {1: "und 1 weiterer Kontakt", 3: "und 3 weitere Kontakte"}),
        ("nl", {1: "en nog 1 contactpersoon", 5: "en nog 5 contactpersonen"}),
        (
            "sl",
            {
                1: "in še 1 kontakt",
                2: "in še 2 kontakta",
                3: "in še 3 kontakti",
                4: "in še 4 kontakti",
                5: "in še 5 kontaktov",
                101: "in še 101 kontakt",
                102: "in še 102 kontakta",
                111: "in še 111 kontaktov",
            },
        ),
    ],
)
def test_plural_forms_follow_the_languages_rule(lang, counts):
    text = ReportText(lang)
    for count, expected in counts.items():
        assert text.more_contacts(count) == expected


def test_a_message_without_plural_forms_still_gets_its_count():
    catalog = Catalog("de")
    assert catalog.translate("Report", "%n things nobody translated", "", 3) == "3 things nobody translated"
    assert catalog.translate("Report", "Earlier gifts", "", 2) == "Frühere Geschenke"


@pytest.mark.parametrize("lang", LANGS)
def test_every_enum_value_has_a_label(lang):
    catalog = Catalog(lang)
    groups = {
        "gift": GiftKind,
        "reaction": Reaction,
        "stage": Stage,
        "followup": FollowUpKind,
        "outcome": OutcomeKind,
        "status": VisitStatus,
    }
    for group, enum in groups.items():
        for member in enum:
            label = ENUM_LABELS[f"{group}:{member.value}"]
            translated = catalog.translate("Report", label)
            assert translated != label or label in SAME_IN[lang], (lang, group, member)


def test_catalog_reads_the_translations():
    assert Catalog("de").translate("Report", "Earlier gifts") == "Frühere Geschenke"
    assert Catalog("nl").translate("Report", "Earlier gifts") == "Eerdere cadeaus"
    assert Catalog("sl").translate("Report", "Earlier gifts") == "Prejšnja darila"
    assert Catalog("sl").translate("Report", "order") == "naročilo"


def _qt_tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


@pytest.mark.skipif(_qt_tool("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_lrelease_compiles_the_files(lang, tmp_path):
    run = subprocess.run(
        [
            _qt_tool("pyside6-lrelease"),
            str(resource("i18n", f"reciprocity_{lang}.ts")),
            "-qm",
            str(tmp_path / "x.qm"),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "0 unfinished" in run.stdout
    assert (tmp_path / "x.qm").stat().st_size > (100 if lang == "en" else 1000)
