"""``contacts add|delete|export``: the people of a prospect, and their personal data."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import Store

#: The options of ``contacts add``, named as add_contact's keywords.
ADD_CONTACT_FIELDS = "name role phone email is_decision_maker"


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "contacts", "contacts (people) of a prospect")
    p = cli.add_command(sub, "add", cmd_add, "add a contact person; prints its id")
    p.add_argument("prospect_id", metavar="PROSPECT_ID")
    p.add_argument("--name", required=True)
    p.add_argument("--role")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--decision-maker", dest="is_decision_maker", action="store_true")
    p = cli.add_command(sub, "delete", cmd_delete, "really delete a person (erases their personal data)")
    p.add_argument("id", metavar="ID")
    p = cli.add_command(sub, "export", cmd_export, "print everything held about one person as JSON")
    p.add_argument("id", metavar="ID")


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    contact = prospects.add_contact(store, args.prospect_id, **cli.fields_of(args, ADD_CONTACT_FIELDS))
    print(contact.id)
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    prospects.delete_contact(store, args.id)
    print(f"Contact {args.id} deleted; their personal data is erased.")
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    cli.print_json(prospects.export_person(store, args.id))
    return 0
