"""``settings list|set``: the store's settings (see :mod:`reciprocity_desktop.services.settings`)."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import settings
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    sub = cli.add_group(
        subparsers, "settings", cli.tr("show and change the settings (seller, home base, gift limits …)")
    )
    cli.add_list_command(sub, cmd_list, cli.tr("list every setting and its value (--json: one object)"))
    keys = "\n".join(f"  {key:<22} {expects}" for key, expects in settings.describe())
    p = cli.add_command(
        sub,
        "set",
        cmd_set,
        cli.tr("change one setting"),
        epilog=cli.tr("settings:") + f"\n{keys}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("key", metavar=cli.tr("KEY"))
    p.add_argument("value", metavar=cli.tr("VALUE"))


def _is_limit(key: str) -> bool:
    return key.startswith(settings.GIFT_LIMIT_PREFIX)


def json_value(key: str, value):
    """A setting as its JSON value: a gift limit as a decimal amount (or null), the others as stored."""
    if _is_limit(key):
        return None if value is None else cli.money_value(value)
    return value


def text_value(key: str, value) -> str:
    if _is_limit(key):
        return cli.tr("none") if value is None else cli.money_text(value)
    return str(value)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    values = settings.all_settings(store)
    if args.json:
        cli.print_json({key: json_value(key, value) for key, value in values.items()})
    else:
        rows = [(key, text_value(key, value)) for key, value in values.items()]
        print(cli.table([cli.tr("KEY"), cli.tr("VALUE")], rows))
    return 0


def cmd_set(store: Store, args: argparse.Namespace) -> int:
    key = settings.canonical_key(args.key)
    changed = settings.update(store, {key: args.value})
    line = f"{key} = {text_value(key, settings.get(store, key))}".rstrip()
    print(line if changed else cli.tr("{line} (unchanged)").format(line=line))
    return 0
