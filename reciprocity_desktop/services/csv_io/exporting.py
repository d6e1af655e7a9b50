"""Exporting the prospects as CSV: UTF-8 with BOM (Excel opens it right), comma separated,
formula-like cells neutralised by a leading ``'``; importing the export gives the same prospects back.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.fileio import atomic_write
from reciprocity_desktop.services.csv_io.headers import EXPORT_COLUMNS, PROSPECT_COLUMNS
from reciprocity_desktop.services.errors import DomainError, file_not_written
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.textutil import fold, neutralise_formula


def _export_contacts(session: Session) -> dict[str, str]:
    """Prospect id -> the contact the export names: the first decision maker, else the first contact."""
    query = (
        select(Contact.prospect_id, Contact.name)
        .where(Contact.deleted.is_(False))
        .order_by(Contact.prospect_id, Contact.is_decision_maker.desc(), Contact.name)
    )
    chosen: dict[str, str] = {}
    for prospect_id, name in session.execute(query):
        chosen.setdefault(prospect_id, name)
    return chosen


def export_csv(store: Store, path: str | os.PathLike[str]) -> int:
    """Write all live prospects, ordered by name, to ``path`` (UTF-8 with BOM). Returns rows written."""
    target = Path(path)
    columns = [getattr(Prospect, name) for name in PROSPECT_COLUMNS]
    with store.read() as session:
        contacts = _export_contacts(session)
        found = session.execute(select(Prospect.id, *columns).where(Prospect.deleted.is_(False))).all()
    found.sort(key=lambda row: (fold(row[1]), row[1], row[0]))
    rows = [[*(value or "" for value in row[1:]), contacts.get(row[0], "")] for row in found]
    if target.is_dir():
        raise DomainError(
            "{path} is a folder; choose a file name to export to.", field="file", path=str(target)
        )
    try:
        with atomic_write(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows([neutralise_formula(str(cell)) for cell in row] for row in rows)
    except OSError as exc:
        raise file_not_written(target, exc) from None
    return len(rows)
