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
from reciprocity_desktop.i18n import Catalog
from reciprocity_desktop.paths import resource
from reciprocity_desktop.reports.text import ENUM_LABELS, OWN_TEXT, ReportText
from reciprocity_desktop.store.models import FollowUpKind, GiftKind, OutcomeKind, Reaction, Stage, VisitStatus

REPORTS_DIR = Path(reciprocity_desktop.reports.__file__).parent
LANGS = ("de", "nl", "sl")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
SAME_IN = {
    "de": {"Status", "Name", "neutral"},
    "nl": {"Status", "E-mail", "suspect", "prospect"},
    "sl": set(),
}


def report_strings() -> set[str]:
    """Every text passed as translate("Report", ...) or QT_TRANSLATE_NOOP("Report", ...) in reports/.

    Only ``ReportText.enum`` may pass a variable: it translates the labels marked with
    QT_TRANSLATE_NOOP. Anywhere else a non-literal would be invisible to lupdate.
    """
    found: set[str] = set()
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
                found.add(source.value)
            else:
                assert (path.name, owner.get(node)) == ("text.py", "enum"), (
                    f"{path.name}:{node.lineno}: report strings must be literals so lupdate finds them"
                )
    return found


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
    """In the .ts catalog, or, until it has them, in the report's own table (reports/text.py)."""
    messages = ts_messages(lang)
    own = OWN_TEXT[lang]
    for source in sorted(report_strings()):
        if source in messages:
            translation = messages[source]
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
                f"{lang}: {source!r}"
            )
            text = translation.text
        else:
            assert source in own, f"{lang}: no entry for {source!r}"
            text = own[source]
        assert text, f"{lang}: {source!r} has an empty translation"
        if text == source:  # only words that really are the same in that language
            assert source in SAME_IN[lang], f"{lang}: {source!r} left in English"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
            f"{lang}: placeholders differ in {text!r}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_the_reports_own_words_are_used_and_printed(lang):
    """Every entry of the own table is a report string (none stale), every language has them all,
    and the paper's catalog gives them where the .ts file has none."""
    assert set(OWN_TEXT[lang]) <= report_strings()
    assert set(OWN_TEXT[lang]) == set(OWN_TEXT["de"])
    if Catalog(lang).translate("Report", "Back home") == "Back home":  # not in the .ts file (yet)
        assert ReportText(lang).catalog.translate("Report", "Back home") == OWN_TEXT[lang]["Back home"]


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
@pytest.mark.parametrize("lang", LANGS)
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
    assert (tmp_path / "x.qm").stat().st_size > 1000
