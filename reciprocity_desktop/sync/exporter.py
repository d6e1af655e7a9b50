"""Exporting a store to a sync file (everything, deletions included; or the changes since a date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from reciprocity_desktop import __version__
from reciprocity_desktop.fileio import atomic_write
from reciprocity_desktop.services import validate
from reciprocity_desktop.store.engine import Store, database_error
from reciprocity_desktop.store.models import SyncReplica, utcnow
from reciprocity_desktop.store.sessions import own_seller
from reciprocity_desktop.sync import crypto
from reciprocity_desktop.sync.container import (
    MemberInfo,
    MemberWriter,
    manifest_json,
    open_zip_for_writing,
    write_manifest,
)
from reciprocity_desktop.sync.errors import ExportCancelled, PassphraseError, SyncError
from reciprocity_desktop.sync.format import TABLES
from reciprocity_desktop.sync.lines import table_lines

Progress = Callable[[int, int], bool]


@dataclass
class ExportSummary:
    path: Path
    created_at: dt.datetime
    since: dt.date | None
    encrypted: bool
    tables: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    bytes: int = 0

    @property
    def records(self) -> int:
        return sum(self.tables.values())

    def line(self) -> str:
        size = _human_size(self.bytes)
        extra = ", encrypted" if self.encrypted else ""
        scope = f" changed since {self.since.isoformat()}" if self.since else ""
        return f"exported: {self.records} records{scope} ({self.deleted} deletions) to {self.path} ({size}{extra})"


def _human_size(size: int, locale: str | None = None) -> str:
    """``"2.4 KB"``; with a Babel ``locale``, its number as that language writes it (``"2,4 KB"`` in German)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{int(value)} {unit}"
            if locale is None:
                return f"{value:.1f} {unit}"
            from reciprocity_desktop import formatting

            return f"{formatting.number(round(value, 1), locale, decimals=1)} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def since_cutoff(since: dt.date) -> dt.datetime:
    """The start of ``since`` in the local time zone, as UTC."""
    return dt.datetime.combine(since, dt.time()).astimezone().astimezone(dt.UTC)


def _parse_since(since: dt.date | dt.datetime | str | None) -> dt.date | None:
    if since is None or (isinstance(since, str) and not since.strip()):
        return None
    if isinstance(since, dt.datetime):
        return since.date()
    return validate.date(since, "since")


def _selected_ids(session: Session, cutoff: dt.datetime) -> dict[str, set[str]]:
    """The ids changed on/after ``cutoff``, plus every record they refer to (so the file stands alone)."""
    prefix = f"{int(cutoff.timestamp() * 1000):013d}"
    selected: dict[str, set[str]] = {spec.name: set() for spec in TABLES}
    for spec in reversed(TABLES):  # children first: their parents get added before the parents' turn
        table = spec.table
        ids = selected[spec.name]
        ids.update(
            session.scalars(
                select(table.c.id).where(or_(table.c.stamp >= prefix, table.c.updated_at >= cutoff))
            )
        )
        if spec.references and ids:
            columns = [table.c[name] for name in spec.references]
            for row in session.execute(select(table.c.id, *columns)):
                if row[0] in ids:
                    for parent, ref in zip(spec.references.values(), row[1:], strict=True):
                        if ref is not None:
                            selected[parent].add(ref)
    return selected


def export_file(
    store: Store,
    path: Path | str,
    since: dt.date | dt.datetime | str | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the store's records (all of them, or those changed since ``since``) to a sync file.

    The file is written under a temporary name beside ``path`` and renamed when complete;
    with a ``passphrase`` it is encrypted (the plain content never touches the disk).
    """
    if getattr(store, "address", None) is not None:  # an office hub: through a scratch store file
        from reciprocity_desktop.sync.hub_staging import export_from_hub

        since_date = _parse_since(since)  # a bad date is refused before any work on the hub
        cutoff = since_cutoff(since_date) if since_date else None
        return export_from_hub(  # type: ignore[arg-type]
            store, path, export_file, cutoff, since=since, passphrase=passphrase, progress=progress
        )
    path = Path(path).expanduser()
    since_date = _parse_since(since)
    if passphrase is not None:
        crypto.passphrase_bytes(passphrase)  # refuse an empty passphrase before any work
    if path.is_dir():
        raise SyncError("{file} is a folder; give a file name for the export.", file=str(path), field="file")
    if not path.parent.is_dir():
        raise SyncError("The folder {folder} does not exist.", folder=str(path.parent), field="file")
    created_at = utcnow()
    summary = ExportSummary(
        path=path, created_at=created_at, since=since_date, encrypted=passphrase is not None
    )
    try:
        with store.read() as session:
            session.connection().exec_driver_sql("BEGIN")  # one consistent snapshot of every table
            if passphrase is None:
                with atomic_write(path, "wb") as out:
                    _write_zip(store, session, out, summary, progress)
            else:  # encrypted as it is written: the plain archive is never whole, in memory or on disk
                with atomic_write(path, "wb") as out:
                    writer = crypto.EncryptingWriter(passphrase, out)
                    _write_zip(store, session, writer, summary, progress)
                    writer.close()
    except DBAPIError as exc:
        raise database_error(exc, store.path) from exc
    except PassphraseError:
        raise
    except OSError as exc:
        raise SyncError(
            "The file {file} could not be written: {reason}.", file=str(path), reason=exc.strerror or str(exc)
        ) from exc
    summary.bytes = path.stat().st_size
    return summary


def _write_zip(
    store: Store, session: Session, out, summary: ExportSummary, progress: Progress | None
) -> None:
    selected = _selected_ids(session, since_cutoff(summary.since)) if summary.since else None
    if progress is None:
        total = 0  # nobody to tell (counting the office store's rows takes a second)
    elif selected is not None:
        total = sum(len(ids) for ids in selected.values())
    else:
        total = sum(session.scalar(select(func.count()).select_from(spec.table)) or 0 for spec in TABLES)
    done = 0
    raw_connection = session.connection().connection.dbapi_connection
    if progress is not None and progress(0, total) is False:
        raise ExportCancelled("The export was cancelled; no file was written.")
    members: list[MemberInfo] = []
    with open_zip_for_writing(out) as zf:
        for spec in TABLES:
            writer = MemberWriter(zf, spec.name, spec.member)
            try:
                for lines, deletions in table_lines(
                    raw_connection, spec, selected[spec.name] if selected is not None else None
                ):
                    writer.write_lines(lines)
                    summary.deleted += deletions
                    done += len(lines)
                    if progress is not None and progress(done, total) is False:
                        raise ExportCancelled("The export was cancelled; no file was written.")
            except BaseException:
                writer.abandon()  # else closing the archive would hide the error behind its own
                raise
            info = writer.close()
            summary.tables[spec.name] = info.records
            members.append(info)
        replicas = {
            replica: name
            for replica, name in session.execute(select(SyncReplica.replica_id, SyncReplica.store_name))
        }
        replicas[store.replica_id] = store.name
        seller_id, seller_name = own_seller(session)
        write_manifest(
            zf,
            manifest_json(
                app_version=__version__,
                store_id=store.replica_id,
                store_name=store.name,
                created_at=summary.created_at,
                since=summary.since,
                replicas=replicas,
                members=members,
                seller_id=seller_id,
                seller_name=seller_name,
            ),
        )
    if progress is not None and progress(total, total) is False:
        raise ExportCancelled("The export was cancelled; no file was written.")
