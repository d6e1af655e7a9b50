"""The sync file's ``manifest.json``: what it must say, written (:func:`manifest_json`) and checked.

A manifest names the format and its version, the store that wrote the file, when, since which
day, the replicas the writer knows, and per table its member's record count, size and SHA-256.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reciprocity_desktop.services.errors import Message
from reciprocity_desktop.services.validate import FIRST_DAY, LAST_DAY, control_problem, shown
from reciprocity_desktop.sync.errors import NewerFormatError, damaged, not_sync_file
from reciprocity_desktop.sync.format import ADDED_TABLES, FORMAT_NAME, FORMAT_VERSION, TABLES

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_REPLICA_RE = re.compile(r"^[A-Za-z0-9_-]{1,43}$")


@dataclass(frozen=True)
class MemberInfo:
    table: str
    member: str
    records: int
    bytes: int
    sha256: str


@dataclass
class Manifest:
    """The checked contents of ``manifest.json``."""

    format_version: int
    app_version: str
    store_id: str
    store_name: str
    created_at: dt.datetime
    since: dt.date | None
    replicas: dict[str, str]
    members: dict[str, MemberInfo] = field(default_factory=dict)
    #: The seller of the store that wrote the file (its ``seller_id`` and ``seller_name`` settings); None
    #: in a file written before visits named their seller.
    seller_id: str | None = None
    seller_name: str = ""

    @property
    def total_records(self) -> int:
        return sum(info.records for info in self.members.values())


def manifest_json(
    *,
    app_version: str,
    store_id: str,
    store_name: str,
    created_at: dt.datetime,
    since: dt.date | None,
    replicas: dict[str, str],
    members: Iterable[MemberInfo],
    seller_id: str = "",
    seller_name: str = "",
) -> bytes:
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": "Reciprocity Desktop",
        "app_version": app_version,
        "store": {"id": store_id, "name": store_name},
        "seller": {"id": seller_id, "name": seller_name},
        "created_at": created_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "since": since.isoformat() if since else None,
        "replicas": dict(sorted(replicas.items())),
        "tables": [
            {"name": m.table, "member": m.member, "records": m.records, "bytes": m.bytes, "sha256": m.sha256}
            for m in members
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _one_line(text: str, longest: int) -> bool:
    """A name as every way in takes one (services.validate): one line of at most ``longest`` characters."""
    return len(text) <= longest and control_problem(text, single_line=True) is None


def parse_manifest(raw: bytes, name: str) -> Manifest:
    """The checked manifest, or a SyncFileError saying what is wrong with it."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise not_sync_file(name, Message("its manifest.json is not JSON")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise not_sync_file(name, Message("its manifest.json does not describe a Reciprocity sync file"))
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise damaged(name, Message("the manifest has no valid format version"))
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            "The file {file} was written by a newer version of Reciprocity Desktop (sync format "
            "{found}; this version reads format {supported}). Update the app to import it.",
            file=name,
            found=shown(version),  # a version of 10**400 is cut: "1000000000…(401 digits)"
            supported=FORMAT_VERSION,
        )
    try:
        store = document["store"]
        store_id, store_name = store["id"], store["name"]
        app_version = document["app_version"]
        if not all(type(v) is str for v in (store_id, store_name, app_version)) or not store_id:
            raise ValueError("store")
        if not _REPLICA_RE.match(store_id):
            raise ValueError("store id")
        if not _one_line(store_name, 200) or not _one_line(app_version, 100):
            raise ValueError("store name or app version")
        seller = document.get("seller", {})  # added later: older files name no seller
        if not isinstance(seller, dict):
            raise ValueError("seller")
        seller_id, seller_name = seller.get("id"), seller.get("name", "")
        if seller_id is not None and (type(seller_id) is not str or not _one_line(seller_id, 36)):
            raise ValueError("seller id")
        if type(seller_name) is not str or not _one_line(seller_name, 100):
            raise ValueError("seller name")
        created_at = dt.datetime.fromisoformat(document["created_at"])
        if created_at.tzinfo is None or not FIRST_DAY <= created_at.date() <= LAST_DAY:
            raise ValueError("created_at")
        since_raw = document["since"]
        since = None if since_raw is None else dt.date.fromisoformat(since_raw)
        if since is not None and not FIRST_DAY <= since <= LAST_DAY:
            raise ValueError("since")
        replicas = document["replicas"]
        if not isinstance(replicas, dict) or not all(
            type(k) is str and _REPLICA_RE.match(k) and type(v) is str and _one_line(v, 200)
            for k, v in replicas.items()
        ):
            raise ValueError("replicas")
        tables = document["tables"]
        if not isinstance(tables, list):
            raise ValueError("tables")
        members: dict[str, MemberInfo] = {}
        for entry in tables:
            info = MemberInfo(
                entry["name"], entry["member"], entry["records"], entry["bytes"], entry["sha256"]
            )
            if (
                type(info.records) is not int
                or type(info.bytes) is not int
                or info.records < 0
                or info.bytes < 0
                or type(info.sha256) is not str
                or not _SHA256_RE.match(info.sha256)
                or info.table in members
            ):
                raise ValueError(f"table {info.table}")
            members[info.table] = info
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise damaged(
            name, Message("its manifest is incomplete or wrong: {reason}", reason=str(exc)[:80])
        ) from None
    expected = {spec.name: spec.member for spec in TABLES}
    # a file written before a table was added has no member for it (it holds none of its records)
    required = set(expected) - ADDED_TABLES
    if not required <= set(members) <= set(expected) or any(
        members[t].member != expected[t] for t in members
    ):
        raise damaged(name, Message("its manifest does not list exactly the tables of this format"))
    return Manifest(
        format_version=version,
        app_version=app_version,
        store_id=store_id,
        store_name=store_name,
        created_at=created_at.astimezone(dt.UTC),
        since=since,
        replicas=dict(replicas),
        members=members,
        seller_id=seller_id,
        seller_name=seller_name,
    )
