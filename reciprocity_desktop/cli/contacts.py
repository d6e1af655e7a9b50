"""``contacts add|list|update|delete|export``: the people of a prospect, and their personal data."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import listing, prospects
from reciprocity_desktop.store import Store

#: The options of ``contacts add`` and ``contacts update``, named as add_contact's keywords.
ADD_CONTACT_FIELDS = "name role phone email is_decision_maker notes"


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "contacts", cli.tr("contacts (people) of a prospect"))
    p = cli.add_command(sub, "add", cmd_add, cli.tr("add a contact person; prints its id"))
    p.add_argument("prospect_id", metavar=cli.tr("PROSPECT_ID"))
    p.add_argument("--name", required=True)
    _contact_options(p, update=False)
    p = cli.add_list_command(sub, cmd_list, cli.tr("list a prospect's contacts, decision makers first"))
    p.add_argument("prospect_id", metavar=cli.tr("PROSPECT_ID"))
    p = cli.add_command(sub, "update", cmd_update, cli.tr("change the given fields of a contact person"))
    p.add_argument("id", metavar=cli.tr("ID"))
    p.add_argument("--name")
    _contact_options(p, update=True)
    p = cli.add_command(
        sub, "delete", cmd_delete, cli.tr("really delete a person (erases their personal data, in the backups too)")
    )
    p.add_argument("id", metavar=cli.tr("ID"))
    p = cli.add_command(sub, "export", cmd_export, cli.tr("print everything held about one person as JSON"))
    p.add_argument("id", metavar=cli.tr("ID"))


def _contact_options(p: argparse.ArgumentParser, *, update: bool) -> None:
    """The options ``add`` and ``update`` share; ``update`` can also say ``--no-decision-maker``."""
    p.add_argument("--role")
    p.add_argument("--phone")
    p.add_argument("--email")
    if update:
        p.add_argument("--decision-maker", dest="is_decision_maker", action=argparse.BooleanOptionalAction)
    else:
        p.add_argument("--decision-maker", dest="is_decision_maker", action="store_true")
    p.add_argument("--notes", metavar=cli.tr("TEXT"))


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    contact = prospects.add_contact(store, args.prospect_id, **cli.fields_of(args, ADD_CONTACT_FIELDS))
    print(contact.id)
    return 0


def contact_json(c) -> dict:
    return c._asdict()  # the columns are selected in the order of the JSON fields


AS_JSON = cli.Listing("id prospect_id name role phone email is_decision_maker notes", contact_json)
AS_ROW = cli.Listing(
    "id name role phone email is_decision_maker",
    lambda c: [c.id, c.name, c.role, c.phone, c.email, cli.tr("yes") if c.is_decision_maker else ""],
    lambda: [
        cli.tr("ID"),
        cli.tr("NAME"),
        cli.tr("ROLE"),
        cli.tr("PHONE"),
        cli.tr("E-MAIL"),
        cli.tr("DECIDES"),
    ],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    prospects.get_prospect(store, args.prospect_id)  # a prospect that does not exist: one line, exit 2
    return cli.print_records(
        args, lambda columns: listing.contact_rows(store, columns, args.prospect_id), AS_JSON, AS_ROW
    )


def cmd_update(store: Store, args: argparse.Namespace) -> int:
    values = cli.fields_of(args, ADD_CONTACT_FIELDS)
    if all(value is None for value in values.values()):
        raise cli.CliError(
            cli.tr(
                "'contacts update' needs something to change: --name, --role, --phone, --email, "
                "--decision-maker/--no-decision-maker or --notes"
            )
        )
    contact = prospects.update_contact(store, args.id, **values)
    print(contact.id)
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    erased = prospects.delete_contact(store, args.id)
    print(cli.tr("Contact {id} deleted; their personal data is erased.").format(id=args.id))
    # services.contacts applies the same erasure to every backup file of the store (issue 14): say so.
    held = erased["erased_backups"]
    print(cli.tr_n("Their data is erased from the store's backups too (%n backup file(s) held it).", held))
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    cli.print_json(prospects.export_person(store, args.id))
    return 0
