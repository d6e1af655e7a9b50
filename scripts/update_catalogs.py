"""Extract every marked string into the catalogs and compile them: ``python scripts/update_catalogs.py``.

1. Copies the package's ``.py`` files to a temporary tree, rewriting the strings lupdate cannot see by
   itself into markers it can, on the same lines (:mod:`catalog_markers`: service message templates,
   their field names, ``translate_n`` counts).
2. Runs ``pyside6-lupdate`` over the copies into ``resources/i18n/reciprocity_{de,nl,sl}.ts`` (every
   string) and ``reciprocity_en.ts`` (only the plural forms). lupdate keeps every existing translation,
   marks new strings ``unfinished`` (an edited string keeps its old translation as an unfinished
   guess) and drops the ones the code no longer has (``-no-obsolete``);
   locations are relative, so a change in one file moves few lines of the catalogs.
3. Fills the English plural forms that follow the "(s)" rule ("%n stop(s)" → "%n stop" / "%n stops").
4. Compiles each catalog with ``pyside6-lrelease -nounfinished`` into its ``.qm`` beside it (the files
   the window loads; they are committed, and tests/i18n checks that they match their ``.ts``).

``--check`` changes nothing: it exits 1 and names what differs when the committed catalogs lack a
marked string or hold one the code no longer has (tests/i18n compares the ``.qm`` files).
Prints how many strings each context has.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalog_markers  # noqa: E402 - beside this script

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "reciprocity_desktop"
I18N = Path("resources") / "i18n"
#: The catalogs: language → the language lupdate writes into a new file.
FULL = {"de": "de_DE", "nl": "nl_NL", "sl": "sl_SI"}
PLURAL_ONLY = {"en": "en_GB"}
LANGS = (*FULL, *PLURAL_ONLY)
#: lupdate would copy the translation of the same text in another context as an unfinished guess
#: ("Status" on paper → "Status" in a window table); the contexts' words differ too often for that.
#: (Its similar-text guess for an edited string stays: it shows the translator the old translation.)
HEURISTICS = ("-disable-heuristic", "sametext")


def tool(name: str) -> str:
    """A Qt tool of the PySide6 beside this Python (``pyside6-lupdate``), else the one on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        candidate = folder / (name + (".exe" if sys.platform == "win32" else ""))
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)


def marked_tree(root: Path, target: Path) -> tuple[list[Path], dict[str, list[str]]]:
    """Copies of the package under ``target`` with the markers rewritten; their paths and the
    templates that could not be read, by file."""
    files = sources(root)
    trees = [ast.parse(p.read_bytes(), filename=str(p)) for p in files]
    known = catalog_markers.scan(trees)
    copies, unreadable = [], {}
    for path in files:
        relative = path.relative_to(root)
        text, found = catalog_markers.marked_copy(path, known)
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(text)
        copies.append(copy)
        if found.unreadable:
            unreadable[str(relative)] = found.unreadable
    return copies, unreadable


def run_lupdate(copies: list[Path], ts_files: dict[str, Path]) -> None:
    """lupdate over ``copies`` into each catalog (created with its language when missing)."""
    listing = ts_files[next(iter(ts_files))].parent / "sources.lst"
    listing.write_text("\n".join(str(c) for c in copies) + "\n", encoding="utf-8")
    for lang, ts in ts_files.items():
        command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative", *HEURISTICS]
        if lang in PLURAL_ONLY:
            command.append("-pluralonly")
        if not ts.exists():
            command += ["-target-language", {**FULL, **PLURAL_ONLY}[lang]]
        subprocess.run([*command, f"@{listing}", "-ts", str(ts)], check=True)
    listing.unlink()


_PLURAL_S = re.compile(r"\((s|es)\)")


def fill_english_plurals(ts: Path) -> int:
    """Fill the unfinished English plural forms of sources written "%n stop(s)"; how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        if not _PLURAL_S.search(source):
            continue
        for form in list(translation):
            translation.remove(form)
        for text in (_PLURAL_S.sub("", source), _PLURAL_S.sub(r"\1", source)):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write a catalog (lupdate, run over it again, puts it back in its own layout)."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
    )
    return qm


def messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """``(context, source, disambiguation, numerus)`` of every current message of a catalog."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def extract(root: Path, work: Path) -> tuple[dict[str, Path], dict[str, list[str]]]:
    """lupdate into fresh catalogs under ``work`` (nothing in ``root`` changes)."""
    copies, unreadable = marked_tree(root, work)
    ts_files = {lang: work / I18N / f"reciprocity_{lang}.ts" for lang in LANGS}
    (work / I18N).mkdir(parents=True, exist_ok=True)
    run_lupdate(copies, ts_files)
    return ts_files, unreadable


def update(root: Path = ROOT) -> dict[str, Path]:
    """Update the catalogs in ``root/resources/i18n`` and compile them; returns them by language."""
    with tempfile.TemporaryDirectory(prefix="catalogs-") as temp:
        work = Path(temp)
        copies, unreadable = marked_tree(root, work)
        (work / I18N).mkdir(parents=True)
        ts_files = {}
        for lang in LANGS:
            committed = root / I18N / f"reciprocity_{lang}.ts"
            ts_files[lang] = work / I18N / committed.name
            if committed.exists():
                shutil.copyfile(committed, ts_files[lang])
        run_lupdate(copies, ts_files)
        filled = {lang: ts_files[lang] for lang in PLURAL_ONLY if fill_english_plurals(ts_files[lang])}
        if filled:  # once more, so that lupdate writes the filled catalog in its own layout
            run_lupdate(copies, filled)
        result = {}
        for lang, ts in ts_files.items():
            target = root / I18N / ts.name
            shutil.copyfile(ts, target)
            compile_qm(target)
            result[lang] = target
    _warn(unreadable)
    return result


def _warn(unreadable: dict[str, list[str]]) -> None:
    for path, items in unreadable.items():
        for item in items:
            print(
                f"warning: {path} {item}: a message template lupdate cannot read (not marked)",
                file=sys.stderr,
            )


def check(root: Path = ROOT) -> list[str]:
    """What the committed catalogs lack or hold in excess, compared with a fresh extraction."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="catalogs-") as temp:
        fresh, _unreadable = extract(root, Path(temp))
        for ts in fresh.values():
            committed = root / I18N / ts.name
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            want, have = messages(ts), messages(committed)
            problems += [f"{committed.name}: missing {m[0]}: {m[1]!r}" for m in sorted(want - have)]
            problems += [
                f"{committed.name}: no longer in the code {m[0]}: {m[1]!r}" for m in sorted(have - want)
            ]
    return problems


def summary(catalogs: dict[str, Path]) -> str:
    """Strings per context (how many are plural forms), and how many each catalog has finished."""
    langs = list(catalogs)
    counts: dict[str, Counter[str]] = {}
    for lang, ts in catalogs.items():
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", default="")
            row = counts.setdefault(name, Counter())
            for message in context.iter("message"):
                if lang == langs[0]:
                    row["strings"] += 1
                    row["plural"] += message.get("numerus") == "yes"
                row[lang] += message.find("translation").get("type") is None  # type: ignore[union-attr]
    header = f"{'context':<28} {'strings':>7} {'plural':>6}" + "".join(f" {lang:>5}" for lang in langs)
    lines = [header + "   (finished per catalog)"]
    for name in sorted(counts, key=str.casefold):
        row = counts[name]
        lines.append(
            f"{name:<28} {row['strings']:>7} {row['plural']:>6}"
            + "".join(f" {row[lang]:>5}" for lang in langs)
        )
    total = Counter()
    for row in counts.values():
        total.update(row)
    lines.append(
        f"{'total':<28} {total['strings']:>7} {total['plural']:>6}"
        + "".join(f" {total[lang]:>5}" for lang in langs)
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when the catalogs are stale"
    )
    parser.add_argument("--quiet", action="store_true", help="no summary")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    catalogs = update()
    if not args.quiet:
        print(summary(catalogs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
