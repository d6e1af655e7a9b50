"""Thousands of prospects, contacts, gifts and conflicts in one bulk insert each (for the lazy-page tests)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import insert

from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import Contact, Gift, Prospect, SyncConflict
from reciprocity_desktop.sync.format import TABLES_BY_NAME, record_to_json
from reciprocity_desktop.textutil import fold

PROSPECTS = TABLES_BY_NAME["prospects"]
COUNTRIES = ("DE", "DE", "AT", "NL", "CH")


def _base(store, n: int, now: dt.datetime) -> dict:
    physical = int(now.timestamp() * 1000)
    return {
        "id": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "stamp": str(Stamp(physical, n % 999_999, store.replica_id)),
        "deleted": False,
    }


def gifts(store, prospects: int, year: int = 2024) -> None:
    """``prospects`` prospects; every other one has a contact; 1–3 gifts a prospect in ``year``
    (some to the contact, some to the organisation, one a year before, every 7th deleted)."""
    now = dt.datetime.now(dt.UTC)
    prospect_rows, contact_rows, gift_rows = [], [], []
    for n in range(prospects):
        name = f"Firma {n:05d} {'Müller' if n % 3 else 'Öztürk'}"
        prospect = _base(store, n, now) | {
            "name": name, "street": "", "postal_code": "", "city": "Wien", "country": COUNTRIES[n % 5],
            "phone": "", "email": "", "website": "", "industry": "", "stage": "prospect", "tags": "",
            "notes": "", "latitude": None, "longitude": None, "coordinates_source": None, "search_text": fold(name),
            "sort_name": fold(name),
        }  # fmt: skip
        prospect_rows.append(prospect)
        contact_id = None
        if n % 2:
            contact_id = str(uuid.uuid4())
            contact_rows.append(
                _base(store, n, now) | {
                    "id": contact_id, "prospect_id": prospect["id"], "name": f"Person {n:05d}", "role": "",
                    "phone": "", "email": "", "is_decision_maker": False, "notes": "",
                }
            )  # fmt: skip
        for k in range(1 + n % 3):
            gift_rows.append(
                _base(store, n * 3 + k, now) | {
                    "deleted": (n + k) % 7 == 0, "prospect_id": prospect["id"],
                    "contact_id": contact_id if k % 2 else None, "visit_id": None, "stock_item_id": None,
                    "date": dt.date(year - (k == 2), 1 + (n + k) % 12, 1 + n % 28), "kind": "sample",
                    "description": f"Gift {n}-{k}", "cost_cents": 500 + (n * 37 + k * 1100) % 5000,
                    "quantity": 1, "personal": False, "unexpected": False, "meaningful": False,
                    "reaction": None, "reaction_note": "",
                }
            )  # fmt: skip
    with store.session() as session:
        session.info["keep_stamps"] = True
        for model, rows in ((Prospect, prospect_rows), (Contact, contact_rows), (Gift, gift_rows)):
            session.execute(insert(model), rows)


def conflicts(store, count: int) -> None:
    """``count`` prospects, each with one conflict in the log (the file's change lost)."""
    now = dt.datetime.now(dt.UTC)
    prospect_rows, conflict_rows = [], []
    for n in range(count):
        name = f"Kunde {n:05d}"
        prospect = _base(store, n, now) | {
            "name": name, "street": "", "postal_code": "", "city": "Graz", "country": "AT",
            "phone": "", "email": "", "website": "", "industry": "", "stage": "prospect", "tags": "",
            "notes": "", "latitude": None, "longitude": None, "coordinates_source": None, "search_text": fold(name),
            "sort_name": fold(name),
        }  # fmt: skip
        prospect_rows.append(prospect)
        lost = record_to_json(PROSPECTS, {name: prospect[name] for name in PROSPECTS.fields})
        conflict_rows.append(
            {
                "detected_at": now - dt.timedelta(minutes=n), "table_name": "prospects",
                "record_id": prospect["id"], "losing_side": "incoming",
                "lost_stamp": prospect["stamp"], "kept_stamp": prospect["stamp"],
                "lost_record": json.dumps(lost | {"city": "Linz"}), "import_id": None, "restored_at": None,
            }
        )  # fmt: skip
    with store.session() as session:
        session.info["keep_stamps"] = True
        session.execute(insert(Prospect), prospect_rows)
        session.execute(insert(SyncConflict), conflict_rows)
