"""The catalog pipeline: lupdate finds every marked string, including those outside Qt, and the
committed catalogs hold exactly those (scripts/update_catalogs.py)."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import catalog_markers
import pytest
import update_catalogs
from i18n_helpers import needs_qt_tools

from reciprocity_desktop.i18n import LANGUAGES

ROOT = update_catalogs.ROOT
I18N = ROOT / update_catalogs.I18N


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """lupdate over the package into fresh catalogs (nothing committed changes)."""
    work = tmp_path_factory.mktemp("fresh")
    catalogs, unreadable = update_catalogs.extract(ROOT, work)
    return catalogs, unreadable


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message
    return found


@needs_qt_tools
def test_every_marked_string_is_in_every_catalog_and_no_other(fresh):
    """lupdate into a temporary file gives the same messages as the committed catalogs.

    When this fails, run ``python scripts/update_catalogs.py`` and commit the catalogs.
    """
    catalogs, _ = fresh
    for ts in catalogs.values():
        committed = I18N / ts.name
        want, have = update_catalogs.messages(ts), update_catalogs.messages(committed)
        assert not want - have, (
            f"{committed.name} lacks {sorted(want - have)[:5]} (run scripts/update_catalogs.py)"
        )
        assert not have - want, (
            f"{committed.name} holds strings the code no longer has: {sorted(have - want)[:5]}"
        )
    assert set(catalogs) == {*LANGUAGES}


@needs_qt_tools
def test_strings_outside_qt_are_found(fresh):
    """Service templates (joined, conditional, through a helper), field names, paper words, counts."""
    catalogs, unreadable = fresh
    found = _messages(catalogs["de"])
    for key in [
        ("services", "{field} must not be empty."),  # validate.text
        ("services", "the route does not reach this stop before midnight."),  # a Warning_
        ("services", "The setting {key} must be one of {choices}, not '{value}'."),  # through _refuse
        (
            "services",  # RowsFailed: a conditional between joined literals, counted (%n, a plural form)
            "%n row(s) cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.",
        ),
        ("services", "member {member} is missing"),  # a sync file's detail: a message inside a message
        ("Fields", "postal code"),  # field="postal code"
        ("Fields", "e-mail"),  # the default of validate.email(..., field="e-mail")
        ("Report", "Route overview"),  # catalog.translate("Report", ...)
        ("Domain", "Ask for feedback"),  # QT_TRANSLATE_NOOP in ui/labels.py
        ("QPlatformTheme", "Cancel"),  # Qt's own words, for Slovenian
        ("CLI", "add a prospect; prints its id"),  # cli.tr(...) in a command's help
        ("argparse", "the following arguments are required: %s"),  # argparse's own words
    ]:
        assert key in found, key
    assert found[("PrintDayDialog", "%n stop(s) on the route.")].get("numerus") == "yes"
    assert found[("services", "%n more row(s) have errors too.")].get("numerus") == "yes"  # a template with %n
    assert found[("CLI", "Wrote %n gift(s) of {year} to {file}.")].get("numerus") == "yes"  # cli.tr_n
    assert not unreadable, f"message templates lupdate cannot read: {unreadable}"
    assert set(_messages(catalogs["en"])) == {k for k, m in found.items() if m.get("numerus") == "yes"}


@needs_qt_tools
def test_markers_keep_the_real_files_and_lines(tmp_path):
    """A service template, a field name and a translate_n count in a small package: lupdate records
    them with the file and line they are written on, as plurals where they count."""
    package = tmp_path / "src" / "reciprocity_desktop"
    package.mkdir(parents=True)
    (package / "errors.py").write_text(
        "class DomainError(Exception):\n"
        "    def __init__(self, template, *, field=None, **params):\n"
        "        super().__init__(template)\n",
        encoding="utf-8",
    )
    (package / "thing.py").write_text(
        "from reciprocity_desktop.errors import DomainError\n"
        "\n"
        "def check(value, catalog, n):\n"
        "    if not value:\n"
        "        raise DomainError(\n"
        '            "{field} is too long "\n'
        '            "(at most {limit}).",\n'
        '            field="street name",\n'
        "            limit=3,\n"
        "        )\n"
        '    return catalog.translate_n("Report", "%n stop(s)", n)  # line 11\n',
        encoding="utf-8",
    )
    (package / "command.py").write_text(
        "import cli\n"
        "\n"
        "def run(n):\n"
        '    print(cli.tr("Deleted {name}.").format(name="x"))\n'
        '    print(cli.tr_n("Wrote %n gift(s).", n))  # line 5\n',
        encoding="utf-8",
    )
    work = tmp_path / "work"
    copies, unreadable = update_catalogs.marked_tree(tmp_path / "src", work)
    assert not unreadable
    for copy in copies:  # the copies keep every line where it was
        original = tmp_path / "src" / copy.relative_to(work)
        assert copy.read_text(encoding="utf-8").count("\n") == original.read_text(encoding="utf-8").count(
            "\n"
        )
    ts = tmp_path / "out_de.ts"
    subprocess.run(
        [
            update_catalogs.tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "absolute",
            *map(str, copies),
            "-ts",
            str(ts),
        ],
        check=True,
    )
    found = {
        (context.findtext("name"), message.findtext("source")): (
            Path(message.find("location").get("filename")).name,
            int(message.find("location").get("line")),
            message.get("numerus") == "yes",
        )
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert found == {
        ("services", "{field} is too long (at most {limit})."): ("thing.py", 6, False),
        ("Fields", "street name"): ("thing.py", 8, False),
        ("Report", "%n stop(s)"): ("thing.py", 11, True),
        ("CLI", "Deleted {name}."): ("command.py", 4, False),  # cli.tr
        ("CLI", "Wrote %n gift(s)."): ("command.py", 5, True),  # cli.tr_n
    }


def test_a_template_made_at_run_time_is_reported():
    """A template lupdate cannot read (an f-string) is named, so it is not silently left English."""
    tree = ast.parse(
        "def f(x):\n    raise ValidationError(f'{x} is wrong')\n\ndef g(template):\n    raise ValidationError(template)\n"
    )
    known = catalog_markers.scan([ast.parse("class ValidationError(DomainError):\n    pass\n")])
    found = catalog_markers.find(tree, known)
    assert found.unreadable == ["line 2: f'{x} is wrong'"]  # g passes its own parameter on: not reported
    assert found.markers == []


_TR_CALL = re.compile(r"\b(tr|translate)$")


def _tr_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in update_catalogs.sources():
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                if _TR_CALL.search(name) and node.args:
                    calls.append((path, node))
    return calls


#: Files that call ``other.tr(...)``: lupdate files those strings under the variable's name ("dialog")
#: while Qt looks them up under the class (PrintDayDialog), so they are never translated. To fix in
#: the file (``QCoreApplication.translate("PrintDayDialog", ...)``), then take it off this list.
KNOWN_FOREIGN_TR = {"reciprocity_desktop/ui/planner/print_dialog.py"}


def test_marked_strings_are_literals_lupdate_reads_as_qt_does():
    """No f-string in a tr()/translate() (lupdate would file the unformatted text), counts passed
    positionally (lupdate ignores ``n=``), and tr() only on self (its context is the class)."""
    formatted, keyword_n, foreign = [], [], set()
    for path, call in _tr_calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if any(isinstance(arg, ast.JoinedStr) for arg in call.args[:2]):
            formatted.append(where)
        if any(kw.arg == "n" for kw in call.keywords):
            keyword_n.append(where)
        func = call.func
        on = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
        if on == catalog_markers.CLI_MODULE and func.attr in catalog_markers.CLI_CALLS:
            # cli.tr("…"): catalog_markers rewrites it (context "CLI"), so its text must be a literal
            if not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                formatted.append(where)
            continue
        if isinstance(func, ast.Attribute) and func.attr == "tr" and on not in ("self", "cls"):
            foreign.add(str(path.relative_to(ROOT)))
    assert formatted == [], "an f-string is translated after it is formatted: never found"
    assert keyword_n == [], "pass the count positionally: tr(text, '', n) / translate(ctx, text, None, n)"
    assert foreign == KNOWN_FOREIGN_TR
