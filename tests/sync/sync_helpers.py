"""Small helpers for the sync tests: stores, edits as the services make them, canonical dumps."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, text

from reciprocity_desktop.store import Store, open_store
from reciprocity_desktop.store.engine import _set_sqlite_pragmas, migrate
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import RECORD_MODELS, Contact, Gift, Prospect, Record, Visit
from reciprocity_desktop.sync import crypto
from reciprocity_desktop.sync.format import TABLES, TABLES_BY_NAME

_TEMPLATES: dict[str, Path] = {}


def _template(folder: Path) -> Path:
    """A migrated, empty store file without a replica id yet (copied for every new store)."""
    key = "template"
    if key not in _TEMPLATES or not _TEMPLATES[key].exists():
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "template.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_sqlite_pragmas)
        migrate(engine, path)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        _TEMPLATES[key] = path
    return _TEMPLATES[key]


def new_store(folder: Path, name: str) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(_template(folder.parent / "_template"), path)
    return open_store(path)


def add_prospect(store: Store, name: str = "Müller GmbH", **fields: Any) -> str:
    with store.session() as session:
        prospect = Prospect(name=name, city=fields.pop("city", "Köln"), **fields)
        session.add(prospect)
        session.flush()
        return prospect.id


def add_contact(store: Store, prospect_id: str, name: str = "Anna Schmidt", **fields: Any) -> str:
    with store.session() as session:
        contact = Contact(
            prospect=session.get(Prospect, prospect_id),
            name=name,
            email=fields.pop("email", "anna@example.com"),
            **fields,
        )
        session.add(contact)
        session.flush()
        return contact.id


def add_gift(store: Store, prospect_id: str, description: str = "Sample box", **fields: Any) -> str:
    with store.session() as session:
        gift = Gift(
            prospect_id=prospect_id,
            date=fields.pop("date", dt.date(2026, 11, 20)),
            kind=fields.pop("kind", "sample"),
            description=description,
            **fields,
        )
        session.add(gift)
        session.flush()
        return gift.id


def add_visit(store: Store, prospect_id: str, date: dt.date, **fields: Any) -> str:
    with store.session() as session:
        visit = Visit(prospect_id=prospect_id, date=date, **fields)
        session.add(visit)
        session.flush()
        return visit.id


def edit(store: Store, model: type[Record], record_id: str, **fields: Any) -> None:
    with store.session() as session:
        record = session.get(model, record_id)
        assert record is not None
        for key, value in fields.items():
            setattr(record, key, value)


def delete(store: Store, model: type[Record], record_id: str) -> None:
    """Delete as the services do: a tombstone; a contact's personal data is blanked."""
    fields: dict[str, Any] = {"deleted": True}
    if model is Contact:
        fields.update(name="", role="", phone="", email="", notes="")
    edit(store, model, record_id, **fields)


def row(store: Store, model: type[Record], record_id: str) -> Record:
    with store.read() as session:
        record = session.get(model, record_id)
        assert record is not None
        return record


def dump(store: Store, *, with_search_text: bool = True) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record, every column (search text as a sorted list of words)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.read() as session:
        for spec in TABLES:
            table = spec.table
            rows = {}
            for values in session.execute(select(table)).mappings():
                values = dict(values)
                if "search_text" in values:
                    if with_search_text:
                        values["search_text"] = sorted(values["search_text"].split())
                    else:
                        del values["search_text"]
                rows[values["id"]] = values
            out[spec.name] = rows
    return out


def dump_everything(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a store file, read with plain sqlite (for before/after checks)."""
    engine = create_engine(f"sqlite:///{path}")
    out: dict[str, list[tuple]] = {}
    try:
        with engine.connect() as connection:
            names = [
                r[0]
                for r in connection.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    )
                )
            ]
            for name in names:
                out[name] = sorted(
                    tuple(map(str, r)) for r in connection.execute(text(f'SELECT * FROM "{name}"'))
                )
    finally:
        engine.dispose()
    return out


def integrity_ok(path: Path) -> bool:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        engine.dispose()


ALL_MODELS = RECORD_MODELS


# -- crafting sync files by hand ---------------------------------------------------------------


CRAFTED_REPLICA = "c0ffee0000000001"

_DEFAULTS: dict[str, dict[str, Any]] = {
    "prospects": {"name": "Crafted GmbH", "stage": "prospect"},
    "contacts": {"name": "Crafted Person"},
    "stock_items": {"name": "Pen", "kind": "sample"},
    "visits": {"date": "2026-11-24", "status": "planned"},
    "gifts": {"date": "2026-11-20", "kind": "sample", "description": "Crafted gift", "quantity": 1},
    "followups": {"due": "2026-11-27", "kind": "call"},
    "outcomes": {"date": "2026-11-21", "kind": "order"},
    "stock_movements": {"kind": "draw", "delta": -1},
}


def stamp_at(ms: int | None = None, counter: int = 0, replica: str = CRAFTED_REPLICA) -> str:
    return f"{(ms if ms is not None else wall_clock_ms()):013d}.{counter:06d}.{replica}"


def record(table: str, record_id: str, stamp: str, **fields: Any) -> dict[str, Any]:
    """A complete, valid file record of ``table`` (references must be given in ``fields``)."""
    spec = TABLES_BY_NAME[table]
    out: dict[str, Any] = {}
    for name in spec.fields:
        column = spec.table.c[name]
        if name == "id":
            value: Any = record_id
        elif name == "stamp":
            value = stamp
        elif name in spec.datetime_fields:
            value = "2026-11-20T10:00:00.000000Z"
        elif name in _DEFAULTS[table]:
            value = _DEFAULTS[table][name]
        elif column.nullable:
            value = None
        elif name in spec.date_fields:
            value = "2026-11-20"
        else:
            python_type = column.type.python_type
            value = {str: "", int: 0, bool: False, float: 0.0}[python_type]
        out[name] = value
    out.update(fields)
    return out


def zip_bytes(members: dict[str, bytes], order: list[str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in order or list(members):
            zf.writestr(name, members[name])
    return buffer.getvalue()


def members_of(tables: dict[str, list[dict[str, Any]]], **manifest_changes: Any) -> dict[str, bytes]:
    """The members of a sync file holding ``tables`` (by table name), with a correct manifest."""
    members: dict[str, bytes] = {}
    entries = []
    without = set(manifest_changes.pop("without_tables", ()))  # a file written before those tables
    for spec in TABLES:
        if spec.name in without:
            continue
        lines = b"".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            for r in tables.get(spec.name, [])
        )
        members[spec.member] = lines
        entries.append(
            {
                "name": spec.name,
                "member": spec.member,
                "records": len(tables.get(spec.name, [])),
                "bytes": len(lines),
                "sha256": hashlib.sha256(lines).hexdigest(),
            }
        )
    manifest = {
        "format": "reciprocity-sync",
        "format_version": 1,
        "app": "Reciprocity Desktop",
        "app_version": "0.1.0",
        "store": {"id": CRAFTED_REPLICA, "name": "Crafted laptop"},
        "created_at": "2026-11-23T10:00:00.000000Z",
        "since": None,
        "replicas": {CRAFTED_REPLICA: "Crafted laptop"},
        "tables": entries,
    }
    manifest.update(manifest_changes)
    members["manifest.json"] = json.dumps(manifest).encode()
    return members


def write_file(
    path: Path, tables: dict[str, list[dict[str, Any]]], *, passphrase: str | None = None, **manifest
) -> Path:
    data = zip_bytes(members_of(tables, **manifest))
    if passphrase is None:
        path.write_bytes(data)
    else:
        with path.open("wb") as out:
            crypto.encrypt_to(data, passphrase, out, n=2**10)
    return path


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


# -- big stores, fast ---------------------------------------------------------------------------


def fill_bulk(
    store: Store, prospects: int, gifts: int, *, contacts_per_prospect: int = 0, seed: int = 1
) -> None:
    """Insert many records with bulk statements (not the ORM one by one), with valid stamps."""
    import random
    import uuid

    from sqlalchemy import insert

    from reciprocity_desktop.textutil import fold

    rng = random.Random(seed)
    replica = store.replica_id
    base = wall_clock_ms() - 10_000_000
    now = dt.datetime.now(dt.UTC)
    counter = 0

    def next_stamp() -> str:
        nonlocal counter
        counter += 1
        return f"{base + counter // 1000:013d}.{counter % 1000:06d}.{replica}"

    cities = ["Köln", "München", "Ljubljana", "Maribor", "Utrecht", "Graz"]
    kinds = ["sample", "trial", "content", "analysis", "event", "personal", "other"]
    prospect_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(prospects)]
    has_sort_name = "sort_name" in Prospect.__table__.c
    with store.session() as session:
        rows = []
        for i, pid in enumerate(prospect_ids):
            name = f"Prospect {i:06d} Bäckerei"
            city = rng.choice(cities)
            values = {
                "id": pid,
                "name": name,
                "city": city,
                "postal_code": f"{10000 + i % 89999}",
                "country": "DE",
                "street": f"Hauptstraße {i % 300}",
                "notes": "Met at the fair; likes espresso." if i % 3 == 0 else "",
                "search_text": fold(f"{name} {city} {10000 + i % 89999}"),
                "created_at": now,
                "updated_at": now,
                "stamp": next_stamp(),
            }
            if has_sort_name:
                values["sort_name"] = fold(name)
            rows.append(values)
            if len(rows) == 5000:
                session.execute(insert(Prospect), rows)
                rows = []
        if rows:
            session.execute(insert(Prospect), rows)
        rows = []
        for j in range(prospects * contacts_per_prospect):
            rows.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "prospect_id": prospect_ids[j % prospects],
                    "name": f"Person {j}",
                    "email": f"p{j}@example.com",
                    "created_at": now,
                    "updated_at": now,
                    "stamp": next_stamp(),
                }
            )
            if len(rows) == 5000:
                session.execute(insert(Contact), rows)
                rows = []
        if rows:
            session.execute(insert(Contact), rows)
        rows = []
        for k in range(gifts):
            rows.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "prospect_id": prospect_ids[rng.randrange(prospects)],
                    "date": dt.date(2025, 1, 1) + dt.timedelta(days=k % 600),
                    "kind": kinds[k % len(kinds)],
                    "description": f"Gift {k}: sample box with a hand-written card",
                    "cost_cents": 500 + k % 4000,
                    "quantity": 1,
                    "personal": k % 2 == 0,
                    "unexpected": k % 3 == 0,
                    "meaningful": k % 5 == 0,
                    "created_at": now,
                    "updated_at": now,
                    "stamp": next_stamp(),
                }
            )
            if len(rows) == 5000:
                session.execute(insert(Gift), rows)
                rows = []
        if rows:
            session.execute(insert(Gift), rows)
