"""``prospects list|add|update|delete``."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import geo, listing, listing_json, prospects
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Prospect

PROSPECT_OPTIONS = (
    ("--name", "name"),
    ("--street", "street"),
    ("--postal-code", "postal_code"),
    ("--city", "city"),
    ("--country", "country"),
    ("--phone", "phone"),
    ("--email", "email"),
    ("--stage", "stage"),
    ("--website", "website"),
    ("--industry", "industry"),
    ("--tags", "tags"),
    ("--notes", "notes"),
    ("--latitude", "latitude"),
    ("--longitude", "longitude"),
)


def _help_and_metavar() -> dict[str, dict[str, str]]:
    """Each option's metavar in the run's language, and the help of those that need some (typed
    coordinates win over the postal code's)."""
    metavars = {
        "name": cli.tr("NAME"),
        "street": cli.tr("STREET"),
        "postal_code": cli.tr("POSTAL_CODE"),
        "city": cli.tr("CITY"),
        "country": cli.tr("COUNTRY"),
        "phone": cli.tr("PHONE"),
        "email": cli.tr("EMAIL"),
        "stage": cli.tr("STAGE"),
        "website": cli.tr("WEBSITE"),
        "industry": cli.tr("INDUSTRY"),
        "tags": cli.tr("TAGS"),
        "notes": cli.tr("NOTES"),
        "latitude": cli.tr("LATITUDE"),
        "longitude": cli.tr("LONGITUDE"),
    }
    helps = {
        "latitude": cli.tr(
            "typed coordinates (-90..90, with --longitude); empty: from the postal code again"
        ),
        "longitude": cli.tr("typed coordinates (-180..180, with --latitude)"),
    }
    return {dest: {"metavar": metavar, "help": helps.get(dest)} for dest, metavar in metavars.items()}


def register(subparsers) -> None:
    options = _help_and_metavar()
    sub = cli.add_group(subparsers, "prospects", cli.tr("list, add, update and delete prospects"))
    p = cli.add_command(sub, "list", cmd_list, cli.tr("list prospects, ordered by name"))
    p.add_argument(
        "--search",
        metavar=cli.tr("TEXT"),
        help=cli.tr("name, city, postal code or contact name contains TEXT"),
    )
    p.add_argument("--json", action="store_true", help=cli.tr("print a JSON array"))
    p = cli.add_command(sub, "add", cmd_add, cli.tr("add a prospect; prints its id"))
    for option, dest in PROSPECT_OPTIONS:
        p.add_argument(option, dest=dest, required=dest == "name", **options[dest])
    p = cli.add_command(sub, "update", cmd_update, cli.tr("change the given fields of a prospect"))
    p.add_argument("id", metavar=cli.tr("ID"))
    for option, dest in PROSPECT_OPTIONS:
        p.add_argument(option, dest=dest, **options[dest])
    p = cli.add_command(sub, "delete", cmd_delete, cli.tr("delete a prospect (kept as a tombstone for sync)"))
    p.add_argument("id", metavar=cli.tr("ID"))


#: Prospect.tag_list for a row too (it reads only ``.tags``).
_tag_list = Prospect.tag_list.fget


def prospect_json(p) -> dict:
    """A prospect's row (see :func:`listing.prospect_rows`, the columns of ``AS_JSON``) as its JSON object."""
    data = p._asdict()  # the columns are selected in the order of the JSON fields
    data["tags"] = _tag_list(p)
    data["created_at"] = listing.utc_isoformat(p.created_at)
    data["updated_at"] = listing.utc_isoformat(p.updated_at)
    return data


#: The JSON fields (listing_json.PROSPECT_FIELDS: the one list of them, which SQLite writes too).
AS_JSON = cli.Listing(" ".join(key for key, _column, _kind in listing_json.PROSPECT_FIELDS), prospect_json)
AS_ROW = cli.Listing(
    "id name postal_code city country stage",
    lambda p: [p.id, p.name, p.postal_code, p.city, p.country, cli.value_text("stage", p.stage)],
    lambda: [cli.tr("ID"), cli.tr("NAME"), cli.tr("POSTAL"), cli.tr("CITY"), cli.tr("CC"), cli.tr("STAGE")],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    flt = prospects.ProspectFilter(search=args.search or "")
    if args.json and listing_json.written_by_sql(store):
        # each object's text written by SQLite (listing_json), exactly as AS_JSON would write it; on a hub
        # (PostgreSQL) print_records converts each row with AS_JSON in Python

        def fallback(prospect_id: str) -> str:
            [row] = listing.prospect_row(store, AS_JSON.columns, prospect_id)
            return cli.json_item_text(AS_JSON.convert(row))

        cli.write_json_texts(listing_json.prospect_texts(store, flt, fallback))
        return 0
    return cli.print_records(
        args, lambda columns: listing.prospect_rows(store, columns, flt), AS_JSON, AS_ROW
    )


def _values(args: argparse.Namespace) -> dict:
    return {key: getattr(args, key) for _, key in PROSPECT_OPTIONS}


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.add_prospect(store, **_values(args))
    cli.print_warnings(geo.check_postal_code(prospect.country, prospect.postal_code))
    print(prospect.id)
    return 0


def cmd_update(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.update_prospect(store, args.id, **_values(args))
    if args.postal_code is not None or args.country is not None:
        cli.print_warnings(geo.check_postal_code(prospect.country, prospect.postal_code))
    print(prospect.id)
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.delete_prospect(store, args.id)
    print(cli.tr("Deleted {name} ({id}).").format(name=prospect.name, id=prospect.id))
    return 0
