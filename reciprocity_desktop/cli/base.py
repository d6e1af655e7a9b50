"""What every command shares: the top-level parser, running a command with its error handling, and output.

A command is a function ``(store, args) -> int`` registered on an argparse sub-parser with
:func:`add_command` (``set_defaults(func=...)``). User errors (a DomainError, a StoreError, a
:class:`CliError`, a usage mistake) print one line on stderr and exit with status 2; nothing is changed.

Output: :func:`print_json` for ``--json``, :func:`table` for text tables (:func:`print_records`,
:func:`write_json_array` and :func:`write_table` stream a list command's rows), :func:`print_warnings` for the
services' warnings; money, rates and days as text come from :mod:`reciprocity_desktop.formatting`,
through :func:`money_text`, :func:`date_text` and :func:`number_locale` in a table or a line (the run's language).

This module never imports the command groups; the package's ``__init__`` puts them together.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, NoReturn

from reciprocity_desktop import package_version
from reciprocity_desktop.cli import addresses
from reciprocity_desktop.i18n import LANG_ENV, LOCALES, Catalog, choose_language, supported
from reciprocity_desktop.paths import DB_ENV, default_db_path
from reciprocity_desktop.services.errors import DomainError, Message, Warning_
from reciprocity_desktop.store import Store, StoreError, open_store

EXIT_USER_ERROR = 2

Command = Callable[[Store, argparse.Namespace], int]


class CliError(Exception):
    """A user error found by the command line itself (e.g. an unreadable file)."""


# -- output ----------------------------------------------------------------------------------------------


def print_json(rows: Any) -> None:
    """``rows`` as indented JSON: exactly ``json.dump(rows, ensure_ascii=False, indent=2, default=str)``."""
    sys.stdout.write(_indented(rows, ""))
    sys.stdout.write("\n")


def print_warnings(warnings: Iterable[Warning_]) -> None:
    for warning in warnings:
        text = _catalog.message(warning.template, _money_params(warning.params))
        print(_catalog.translate("CLI", "warning: {message}").format(message=text), file=sys.stderr)


#: The language of this run's messages (:func:`choose_run_language` sets it before the parser is built,
#: :func:`run` again from the store's setting).
_catalog = Catalog("en")


def language() -> str:
    """The language of this run: ``$RECIPROCITY_LANG``, else the ``language`` setting, else the system's."""
    return _catalog.lang


def tr(text: str) -> str:
    """A text of the command line (a help text, a confirmation) in the run's language (context ``"CLI"``).

    Write the literal in the call, ``cli.tr("Deleted {name}.").format(name=...)``:
    scripts/catalog_markers.py finds ``cli.tr(...)`` and ``cli.tr_n(...)`` calls by that spelling.
    """
    return _catalog.translate("CLI", text)


def tr_n(text: str, n: int) -> str:
    """A text with a count: ``cli.tr_n("Wrote %n gift(s).", 3)`` → ``"Wrote 3 gifts."`` (its plural form)."""
    return _catalog.translate("CLI", text, None, n)


def _set_language(lang: str) -> None:
    global _catalog
    if lang != _catalog.lang:
        _catalog = Catalog(lang)
    from reciprocity_desktop.cli import argparse_words

    argparse_words.install(_catalog)


def _use_language(store: Store) -> None:
    from reciprocity_desktop.services import settings

    global _currency
    _set_language(choose_language(settings.get(store, "language")))
    _currency = str(settings.get(store, "currency") or "EUR")


#: The store's currency (the ``currency`` setting), read with the language by :func:`run`.
_currency = "EUR"


def money_text(cents: int) -> str:
    """An amount for a table or a line: plain in English (``"2400.00"``, as scripts read it), in the run's
    language with the store's currency otherwise (``"2.400,00 €"``). JSON output uses :func:`money_value`."""
    from reciprocity_desktop import formatting

    if _catalog.lang == "en":
        return formatting.amount(cents)
    return formatting.money(cents, _currency, number_locale())


def _money_params(params: dict[str, Any]) -> dict[str, Any]:
    """A message's amounts in the run's language: a parameter ``total`` given with ``total_cents`` (the
    gift-limit warning's) becomes :func:`money_text` of its cents; English keeps the message's own text."""
    if _catalog.lang == "en":
        return params
    amounts = {
        key[: -len("_cents")]: money_text(cents)
        for key, cents in params.items()
        if key.endswith("_cents") and isinstance(cents, int) and key[: -len("_cents")] in params
    }
    return {**params, **amounts} if amounts else params


def date_text(value: dt.date | None, *, form: str = "medium") -> str:
    """A date for a table or a line: ISO in English (``"2026-12-02"``, as scripts read it), the run's
    language's form otherwise (German ``"02.12.2026"``; ``form`` as :func:`formatting.day`: ``"short"``,
    ``"medium"``…). JSON and CSV keep ISO. ``""`` for None."""
    if value is None:
        return ""
    if _catalog.lang == "en":
        return value.isoformat()
    return _local_day(value, LOCALES.get(_catalog.lang), form)


def datetime_text(value: dt.datetime) -> str:
    """A moment for a table or a line, to the minute: ``"2026-12-02 16:08"`` in English, the date in the
    run's language otherwise (``"02.12.2026 16:08"``), as given (no time zone is changed)."""
    return f"{date_text(value.date())} {value:%H:%M}"


@functools.lru_cache(maxsize=4096)
def _local_day(value: dt.date, locale: str | None, form: str) -> str:
    """A date in a locale, remembered: a long table repeats its days, and Babel takes a while for each."""
    from reciprocity_desktop import formatting

    return formatting.day(value, locale, form=form)


def number_locale() -> str | None:
    """The Babel locale numbers of a human table are written in: None (plain, ``14.5``) in English."""
    return None if _catalog.lang == "en" else LOCALES.get(_catalog.lang)


def value_text(group: str, value: str | None) -> str:
    """A stored value shown in a table or a line (``group``: ``"gift"``, ``"followup"``, ``"outcome"``,
    ``"status"``, ``"reaction"``, ``"stage"``): as stored in English (``"ask_feedback"``), the paper's
    translated name otherwise (``"um Rückmeldung zum Geschenk bitten"``, :data:`reports.text.ENUM_LABELS`)."""
    if not value or _catalog.lang == "en":
        return value or ""
    from reciprocity_desktop.reports.text import ENUM_LABELS

    label = ENUM_LABELS.get(f"{group}:{value}")
    return value if label is None else _catalog.translate("Report", label)


def label_text(context: str, text: str) -> str:
    """An entry the window or the paper already translates (``label_text("InsightsView", "Personal")``),
    looked up without Qt in the run's language."""
    return _catalog.translate(context, text)


def note_text(note: str | None) -> str:
    """A follow-up's note: the suggested gift question (stored in English, services/gift_notes.py) in the
    run's language, as the window shows it; any other note as the rep wrote it."""
    from reciprocity_desktop.services.gift_notes import feedback_gift

    gift = None if _catalog.lang == "en" else feedback_gift(note)
    if gift is None:
        return note or ""
    return _catalog.translate("Domain", "Ask how the gift was received: {gift}").format(gift=gift)


def db_word(argv: Sequence[str]) -> str | None:
    """The ``--db PATH`` (or ``--db=PATH``) value of ``argv`` as typed, None without one."""
    words = list(argv)
    for i, word in enumerate(words):
        if word == "--db" and i + 1 < len(words) and not words[i + 1].startswith("-"):
            return words[i + 1]
        if word.startswith("--db=") and len(word) > len("--db="):
            return word[len("--db=") :]
    return None


def db_argument(argv: Sequence[str]) -> Path:
    """The store ``argv`` names with ``--db PATH`` (or ``--db=PATH``), else the default one."""
    word = db_word(argv)
    return Path(word) if word is not None else default_db_path()


def stored_language(db_path: Path) -> object:
    """The ``language`` setting of an existing store, read with plain sqlite3 (None: none stored, no store).

    Read before the parser is built, so that ``--help`` and argparse's messages speak it; nothing is
    created or migrated here (a store that cannot be read is opened, and its error told, by :func:`run`).
    """
    import sqlite3

    path = db_path.expanduser()
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            connection.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None


def choose_run_language(argv: Sequence[str]) -> str:
    """Choose the language of a command's run before its parser is built, and install it for argparse.

    ``$RECIPROCITY_LANG`` needs no store; else the setting of the store ``argv`` names; else the
    system's language.
    """
    setting = None if supported(os.environ.get(LANG_ENV)) else stored_language(db_argument(argv))
    lang = choose_language(setting)
    _set_language(lang)
    return lang


def message_text(message: Message, *, capitalised: bool = True) -> str:
    """A service message (an import's summary…) in the run's language; ``capitalised=False`` for one
    that goes on a line after something else ("kunden.csv: line 7: …")."""
    return _catalog.message(message.template, message.params, capitalised=capitalised)


def user_text(exc: Exception) -> str:
    """An error for the user in the run's language (a service message's template is translated)."""
    if isinstance(exc, DomainError) and type(exc).__str__ is Exception.__str__:
        return _catalog.message(exc.template, exc.params)
    if _catalog.lang != "en" and isinstance(exc, StoreError) and exc.template:
        return _catalog.translate("Store", exc.template).format(**exc.params)  # store/errors.py's sentences
    return str(exc)


def fields_of(record: Any, names: str) -> dict[str, Any]:
    """The named attributes of a record as JSON fields, in the order given: ``fields_of(g, "id kind")``."""
    return {name: getattr(record, name) for name in names.split()}


def print_records(
    args: argparse.Namespace,
    rows: Callable[[Sequence[str]], Iterable[Any]],
    json_fields: Listing,
    table_fields: Listing,
) -> int:
    """What a ``list`` command prints: a JSON array with ``--json``, else a table with a header line.

    ``rows(columns)`` streams the rows with those columns (see :mod:`reciprocity_desktop.services.listing`);
    each is printed as soon as it is read (a table reads them twice, once for the widths of its columns).
    """
    if args.json:
        write_json_array(json_fields.convert(row) for row in rows(json_fields.columns))
    else:
        headers = table_fields.headers
        write_table(
            headers() if callable(headers) else headers,
            lambda: (table_fields.convert(row) for row in rows(table_fields.columns)),
        )
    return 0


@dataclass(frozen=True)
class Listing:
    """What one form of a list prints: the columns to select, a row's JSON object or table cells."""

    fields: str  # the columns, space-separated
    convert: Callable[[Any], Any]
    #: The table's header line, or a function giving it in the run's language (``lambda: [cli.tr("ID")]``).
    headers: Sequence[str] | Callable[[], Sequence[str]] = ()

    @property
    def columns(self) -> list[str]:
        return self.fields.split()


def write_json_array(items: Iterable[Any]) -> None:
    """Exactly what :func:`print_json` prints for ``list(items)``, written one item at a time."""
    out = sys.stdout
    first = True
    for item in items:
        out.write("[\n  " if first else ",\n  ")
        out.write(_indented(item, "  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def write_json_texts(texts: Iterable[str]) -> None:
    """:func:`write_json_array` of items already written as JSON text (each as :func:`json_item_text` has it)."""
    out = sys.stdout
    first = True
    for text in texts:
        out.write("[\n  " if first else ",\n  ")
        out.write(text)
        first = False
    out.write("[]\n" if first else "\n]\n")


def json_item_text(item: Any) -> str:
    """An item of a JSON array as :func:`write_json_array` writes it (one level in)."""
    return _indented(item, "  ")


_CONTAINERS = frozenset({dict, list, tuple})
_SCALARS = frozenset({str, int, float, bool, type(None)})
_STR = frozenset({str})


@functools.cache
def _flat_encoder(inner: str) -> Callable[[Any], str]:
    """The C encoder writing a container's items one per line, each line indented by ``inner``."""
    return json.JSONEncoder(ensure_ascii=False, default=str, separators=(",\n" + inner, ": ")).encode


def _indented(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, default=str)`` for a value on a line indented by
    ``indent``: the same text, in a fraction of the time. The standard encoder is pure Python when it
    indents; here each run of scalar items goes through the C encoder at once.
    """
    kind = type(value)
    if kind not in _CONTAINERS and isinstance(value, (dict, list, tuple)):  # a subclass: as json does it
        return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n" + indent)
    if kind not in _CONTAINERS or not value:  # a scalar, [] or {}
        return _flat_encoder("")(value)
    inner = indent + "  "
    values = value.values() if kind is dict else value
    if _SCALARS.issuperset(map(type, filter(None, values))):  # no non-empty container: one C call
        text = _flat_encoder(inner)(value)
        return f"{text[0]}\n{inner}{text[1:-1]}\n{indent}{text[-1]}"
    if kind is not dict:
        items = ",\n".join(inner + _indented(item, inner) for item in value)
        return f"[\n{items}\n{indent}]"
    if not _STR.issuperset(map(type, value)):
        return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n" + indent)
    pieces: list[str] = []
    run: dict[str, Any] = {}
    for key, item in value.items():
        if item and type(item) not in _SCALARS:  # [] and {} are written as the scalars are
            if run:
                pieces.append(inner + _flat_encoder(inner)(run)[1:-1])
                run = {}
            pieces.append(f"{inner}{encode_basestring(key)}: {_indented(item, inner)}")
        else:
            run[key] = item
    if run:
        pieces.append(inner + _flat_encoder(inner)(run)[1:-1])
    return "{\n" + ",\n".join(pieces) + f"\n{indent}}}"


def write_table(
    headers: Sequence[Any],
    rows: Callable[[], Iterable[Sequence[Any]]],
    *,
    right: Collection[int] = (),
    rule: bool = False,
) -> None:
    """Print what :func:`table` returns for the rows, without holding them: ``rows()`` is read twice.

    The first pass measures the columns, the second prints the lines.
    """
    widths = [len(str(cell)) for cell in headers]
    for row in rows():
        widths = [max(width, len(str(cell))) for width, cell in zip(widths, row, strict=True)]
    out = sys.stdout
    out.write(_line([str(cell) for cell in headers], widths, right) + "\n")
    if rule:
        out.write("  ".join("-" * width for width in widths) + "\n")
    for row in rows():
        out.write(_line([str(cell) for cell in row], widths, right) + "\n")


def _line(cells: Sequence[str], widths: Sequence[int], right: Collection[int]) -> str:
    return "  ".join(
        cell.rjust(width) if i in right else cell.ljust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ).rstrip()


def money_value(cents: int) -> float:
    """Cents as the decimal amount a JSON field holds: ``1250`` → ``12.5``."""
    return round(cents / 100, 2)


def table(
    headers: Sequence[Any], rows: Iterable[Sequence[Any]], *, right: Collection[int] = (), rule: bool = False
) -> str:
    """Rows as aligned text columns, two spaces apart, a header line first; no trailing spaces.

    ``right``: the indexes of the columns aligned right (numbers); ``rule``: a line of dashes under
    the header.
    """
    cells = [[str(cell) for cell in headers], *([str(cell) for cell in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [_line(cells[0], widths, right)]
    if rule:
        lines.append("  ".join("-" * width for width in widths))
    lines.extend(_line(row, widths, right) for row in cells[1:])
    return "\n".join(lines)


# -- the parser ------------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage mistakes (a missing --name, an unknown option) are one line on stderr too, exit 2.

    Sub-command parsers are of the same class (argparse's default), so this holds for every command.
    """

    def error(self, message: str) -> NoReturn:
        line = _catalog.translate("CLI", "{prog}: {message} (see {prog} --help)")
        self.exit(EXIT_USER_ERROR, line.format(prog=self.prog, message=message) + "\n")


def add_command(subparsers, name: str, func: Command, help_text: str, **kwargs) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text, **kwargs)
    parser.set_defaults(func=func)
    return parser


def add_list_command(subparsers, func: Command, help_text: str) -> argparse.ArgumentParser:
    """A group's ``list`` action, with its ``--json`` option (see :func:`print_records`)."""
    parser = add_command(subparsers, "list", func, help_text)
    parser.add_argument("--json", action="store_true")
    return parser


def add_group(subparsers, name: str, help_text: str):
    """A command with actions of its own (``prospects list``); returns the sub-parsers to add them to.

    The group alone (``prospects``) prints its help on stderr and is a user error.
    """
    group = subparsers.add_parser(name, help=help_text)
    actions = group.add_subparsers(dest="action", metavar=_catalog.translate("CLI", "ACTION"))
    group.set_defaults(func=_no_action(group))
    return actions


def _no_action(parser: argparse.ArgumentParser) -> Command:
    def run(store: Store, args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        raise CliError(_catalog.translate("CLI", "'{command}' needs a command").format(command=parser.prog))

    return run


class _VersionAction(argparse.Action):
    """``--version``: the version from the package metadata, looked up only when it is asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(
            option_strings, dest=dest, default=default, nargs=0,
            help=help or "show program's version number and exit",
        )  # fmt: skip

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:
        print(f"{parser.prog} {package_version()}")
        parser.exit()


def new_parser() -> tuple[argparse.ArgumentParser, Any]:
    """The top-level parser (``--db``, ``--version``) and the sub-parsers the command groups register on."""
    parser = _Parser(
        prog="reciprocity-desktop",
        description=_catalog.translate(
            "CLI", "Reciprocity Desktop: give first, record it, follow up. With no command, opens the window."
        ),
        epilog=_catalog.translate(
            "CLI",
            "reciprocity-desktop [--db PATH] FILE.rcsync opens the window with that sync file's import "
            "(passphrase, preview, import).",
        ),
    )
    parser.add_argument(
        "--db",
        metavar=_catalog.translate("CLI", "PATH"),
        type=Path,
        help=_catalog.translate("CLI", "the store file (default: $RECIPROCITY_DB or {path})").format(
            path=default_db_path()
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=_catalog.translate("CLI", "show program's version number and exit"),
    )
    return parser, parser.add_subparsers(dest="command", metavar=_catalog.translate("CLI", "COMMAND"))


# -- running -----------------------------------------------------------------------------------------------


def _open_window(db_path: Path | str, open_file: Path | None = None) -> int:
    try:
        from reciprocity_desktop.ui.app import run
    except ImportError as exc:  # the window needs Qt; the CLI does not
        print(
            _catalog.translate("CLI", "reciprocity-desktop: the window cannot start: {error}").format(
                error=exc
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    return run(db_path, open_file)


def missing_folder(db_path: Path, chosen: bool) -> str | None:
    """Why a store the user chose (``--db``, ``$RECIPROCITY_DB``) cannot be opened: its folder is missing.

    Only the default location's folder is created; a chosen path into a folder that does not exist
    is most likely a typo, and creating folders and an empty store there would hide it.
    """
    folder = db_path.expanduser().parent
    if not chosen or folder.is_dir():
        return None
    return _catalog.translate(
        "CLI",
        "The folder {folder} does not exist, so the store {store} cannot be opened (create the folder first)",
    ).format(folder=folder, store=db_path)


def run(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None = None, open_file: Path | None = None
) -> int:
    """Parse ``argv`` and run its command on the store (the window when there is no command).

    ``open_file``: a sync file the window starts importing (``reciprocity-desktop FILE.rcsync``).
    """
    undecodable = addresses.undecodable_refusal(sys.argv[1:] if argv is None else argv, _catalog.translate)
    if undecodable:
        print(f"reciprocity-desktop: {undecodable}.", file=sys.stderr)
        return EXIT_USER_ERROR
    args = parser.parse_args(argv)
    word = db_word(sys.argv[1:] if argv is None else argv)
    refusal = addresses.url_refusal(word, _catalog.translate)
    if refusal:
        print(f"reciprocity-desktop: {refusal}.", file=sys.stderr)
        return EXIT_USER_ERROR
    hub = addresses.hub_address(word)  # an office hub: only the commands that work on one
    db_path: Path = args.db or default_db_path()
    refusal = (
        addresses.hub_command_refusal(addresses.command_of(args), _catalog.translate)
        if hub is not None
        else missing_folder(db_path, chosen=args.db is not None or bool(os.environ.get(DB_ENV)))
    )
    if refusal:
        print(f"reciprocity-desktop: {refusal}.", file=sys.stderr)
        return EXIT_USER_ERROR
    if args.command is None:
        return _open_window(hub or db_path, open_file)  # a hub's address as given (a Path would mangle it)
    if not getattr(args, "opens_store", True):  # works on the file itself (backup, restore): may be damaged
        try:
            return args.func(db_path.expanduser(), args)
        except (DomainError, StoreError, CliError) as exc:
            print(f"reciprocity-desktop: {user_text(exc)}", file=sys.stderr)
            return EXIT_USER_ERROR
    try:
        store = open_store(hub or db_path)
    except StoreError as exc:
        print(f"reciprocity-desktop: {user_text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        _use_language(store)
        with store._told_plainly():  # damage met while reading (e.g. undecodable text), a lost hub: one sentence
            return args.func(store, args)
    except (DomainError, StoreError, CliError) as exc:
        print(f"reciprocity-desktop: {user_text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        return 0
    finally:
        store.close()

