"""Applying the good rows of an import, a chunk at a time, with bulk statements (no ORM object per row).

:class:`ChunkWriter` keeps what the import knows about the keys it met in a temporary table
(``temp.csv_import_keys``: the key, whether this import creates that prospect, its row in the
staging and its contact names), so that memory does not grow with the file. Per chunk it looks
the chunk's keys up there and, for keys it has not met, among the store's live prospects (through
the ``sort_name`` index: ``sort_name`` is the folded name, the key's first part), then appends the
new prospects and contacts to the staging (:mod:`.staging`) with ``executemany`` on the DBAPI
cursor; :meth:`ChunkWriter.finish` moves them into the store. Rows are stamped as the store's
session hook stamps them: one ``utcnow()`` for created_at/updated_at (the import is one
transaction), a stamp from the store's hybrid logical clock per row, the clock saved in ``meta``;
``search_text`` and ``sort_name`` are those of :mod:`reciprocity_desktop.store.search` (the search
text put together from the parts folded word by word, see :mod:`.folding`), the contacts in file
order as the hook saw them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from operator import itemgetter

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from reciprocity_desktop.services import geo, settings
from reciprocity_desktop.services.csv_io.folding import joined
from reciprocity_desktop.services.csv_io.headers import PROSPECT_COLUMNS
from reciprocity_desktop.services.csv_io.ids import new_ids, new_stamps
from reciprocity_desktop.services.csv_io.report import CREATED, PRESENT, REPEATED, ImportReport, PreviewRow
from reciprocity_desktop.services.csv_io.rows import CONTACT_FIELDS, Row, RowChecker, postal_key
from reciprocity_desktop.services.csv_io.staging import Staging
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import Prospect, utcnow
from reciprocity_desktop.store.search import search_text

Key = tuple[str, str, str]

_KEYS = "temp.csv_import_keys"
_CREATE = (
    f"CREATE TEMP TABLE {_KEYS} (name_key TEXT NOT NULL, postal_key TEXT NOT NULL, country TEXT NOT NULL, "
    "new INTEGER NOT NULL, people TEXT NOT NULL, staged INTEGER, "
    "PRIMARY KEY (name_key, postal_key, country)) WITHOUT ROWID"
)
_INSERT_KEY = f"INSERT INTO {_KEYS} VALUES (?, ?, ?, ?, ?, ?)"
_UPDATE_PEOPLE = f"UPDATE {_KEYS} SET people = ? WHERE name_key = ? AND postal_key = ? AND country = ?"
#: Contact names are one line (validate.text), so a line break separates them safely.
_SEP = "\n"
#: Page cache for the import's connection while it runs (KiB, as SQLite's negative cache_size), for the
#: store and for the temporary tables; the connection's own sizes come back at the end.
CACHE_KIB = 65536
TEMP_CACHE_KIB = 8192
_CITIES = 4096
_POSTAL_CODE, _CITY, _COUNTRY = (PROSPECT_COLUMNS.index(name) for name in ("postal_code", "city", "country"))


def _picker(fields: Sequence[str], names: Sequence[str]) -> Callable[[tuple], tuple]:
    """``row -> (its fields named names)`` for a row of ``fields``, a tuple even for one name."""
    at = [fields.index(name) for name in names]
    if len(at) == 1:
        (i,) = at
        return lambda row: (row[i],)
    return itemgetter(*at)


#: What the import knows of a key it met: a flat tuple (a dict or an object would be walked by the
#: garbage collector until the chunk is written; such a tuple it stops tracking), replaced when it changes:
#: (new: this import creates the prospect, staged: its row number in the staging (0: none), people: its
#: contacts' names joined by _SEP (when this import creates it), folded: their folded names the same way
#: (None until needed), stored: in the temporary table already (met in an earlier chunk), changed: got
#: contacts in this chunk though stored before).
Entry = tuple[bool, int, str, str | None, bool, bool]
_NEW, _STAGED, _PEOPLE, _FOLDED, _STORED, _CHANGED = range(6)
_PRESENT: Entry = (False, 0, "", "", False, False)  # a prospect already in the store


def _split(joined_names: str) -> list[str]:
    return joined_names.split(_SEP) if joined_names else []


def _joined_by(entry: Entry, name: str, folding: Callable[[str], str]) -> tuple[Entry, str] | None:
    """The entry with ``name`` among its people, and its folded name (the contact's ``name_key``);
    None when one of them has the same folded name already."""
    new, staged, people, folded, stored, _changed = entry
    if folded is None:
        folded = _SEP.join([folding(person) for person in _split(people)])
    name_folded = folding(name)
    if not folded:  # the first contact person
        return (new, staged, name, name_folded, stored, stored), name_folded
    if name_folded in _split(folded):
        return None
    return (new, staged, people + _SEP + name, folded + _SEP + name_folded, stored, stored), name_folded


def _adapted(value: object) -> object:
    """The value as sqlite3 binds it (a datetime through its adapter), made once for the chunk's rows."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return adapt(value) if adapt is not None else value


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class ChunkWriter:
    """Applies chunks of good rows to the report and (unless ``write`` is false) to the store.

    Use it as a context manager: it sizes the connection's caches for the import and gives them
    back, and drops its temporary tables, when the block ends. :meth:`finish` writes the rows.
    ``checker`` checks the file's rows: what it gives every row alike is staged once, not per row.
    With ``preview``, the first that many rows are kept in the report (:attr:`ImportReport.preview`).
    """

    def __init__(
        self, store: Store, connection: Connection, report: ImportReport, checker: RowChecker, *, write: bool,
        preview: int = 0,
    ) -> None:  # fmt: skip
        self.store = store
        self.report = report
        self.write = write
        self.cursor = connection.connection.cursor()  # the DBAPI cursor: executemany without SQLAlchemy
        self._fold = checker.fold
        self._cities: dict[str, str] = {}
        self._staged = 0
        self._preview = preview
        self._caches: tuple[int, int] | None = None
        self.cursor.execute(f"DROP TABLE IF EXISTS {_KEYS}")  # left over by a rolled back import
        self.cursor.execute(_CREATE)
        self.staging: Staging | None = None
        # Rows without a country get the default_country setting, before their duplicate key is made.
        with Session(bind=connection) as session:  # the import's own connection and transaction
            checker.use_default_country(str(settings.read(session, "default_country") or ""))
        if write:
            stamp_time = Prospect.__table__.c.created_at.type.bind_processor(connection.dialect)
            now = _adapted(stamp_time(utcnow()))
            times = {"created_at": now, "updated_at": now, "deleted": 0}
            self.staging = Staging(
                self.cursor,
                {**times, **checker.absent},
                {**times, "is_decision_maker": 0, "notes": "", **checker.contact_absent},
            )
            varying = set(self.staging.prospect_columns)
            self._fields = _picker(PROSPECT_COLUMNS, [name for name in PROSPECT_COLUMNS if name in varying])
            varying = set(self.staging.contact_columns)
            self._contact_fields = _picker(
                CONTACT_FIELDS, [name for name in CONTACT_FIELDS if name in varying]
            )

    def __enter__(self) -> ChunkWriter:
        cursor = self.cursor
        self._caches = (
            cursor.execute("PRAGMA main.cache_size").fetchone()[0],
            cursor.execute("PRAGMA temp.cache_size").fetchone()[0],
        )
        cursor.execute(f"PRAGMA main.cache_size = {-CACHE_KIB}")
        cursor.execute(f"PRAGMA temp.cache_size = {-TEMP_CACHE_KIB}")
        return self

    def __exit__(self, *_exc) -> None:
        cursor = self.cursor
        with contextlib.suppress(Exception):  # a broken connection is reported by what broke it
            if self._caches is not None:
                cursor.execute(f"PRAGMA main.cache_size = {int(self._caches[0])}")
                cursor.execute(f"PRAGMA temp.cache_size = {int(self._caches[1])}")
            cursor.execute(f"DROP TABLE IF EXISTS {_KEYS}")
            if self.staging is not None:
                self.staging.drop()
        cursor.close()

    def finish(self) -> None:
        """Move the staged prospects and contacts into the store (in the import's transaction)."""
        if self.staging is not None:
            self.staging.move()

    def stop_writing(self) -> None:
        """Only count from now on (a row failed and the import will not be written)."""
        self.write = False

    # -- looking keys up ----------------------------------------------------------------------

    def _known(self, keys: set[Key]) -> dict[Key, Entry]:
        """The chunk's keys met before in this import, and those of live prospects already stored."""
        names = sorted({key[0] for key in keys})
        found: dict[Key, Entry] = {}
        rows = self.cursor.execute(
            f"SELECT name_key, postal_key, country, new, people, staged FROM {_KEYS} "
            f"WHERE name_key IN ({_marks(len(names))})",
            names,
        ).fetchall()
        for name_key, postal, country, new, people, staged in rows:
            key = (name_key, postal, country)
            if key in keys:
                found[key] = (bool(new), staged, people, None if people else "", True, False)
        unmet = sorted({key[0] for key in keys if key not in found})
        if unmet:
            rows = self.cursor.execute(
                "SELECT sort_name, postal_code, country FROM prospects "
                f"WHERE deleted = 0 AND sort_name IN ({_marks(len(unmet))})",
                unmet,
            ).fetchall()
            for sort_name, postal_code, country in rows:
                key = (sort_name, postal_key(postal_code or ""), (country or "").upper())
                if key in keys and key not in found:  # a stored prospect: never changed by an import
                    found[key] = _PRESENT
        return found

    # -- one chunk ----------------------------------------------------------------------------

    def apply(self, rows: list[Row]) -> None:
        if not rows:
            return
        folding = self._fold
        known = self._known({row[1] for row in rows})
        met: dict[Key, Entry] = {}  # keys met in this chunk (their first row decided what they are)
        created: list[tuple[Key, tuple[str, ...]]] = []  # new prospects: key and values
        contacts: list[tuple[Key, tuple[str, ...], str]] = []  # their new contacts, with the folded name
        report = self.report
        preview = report.preview if len(report.preview) < self._preview else None
        created_count = present = repeated = people = 0
        staged = self._staged
        for line, key, values, contact in rows:
            entry = met.get(key)
            if entry is None:
                entry = known.get(key)
                if entry is None:  # a new prospect
                    staged += 1
                    entry = met[key] = (True, staged, "", "", False, False)
                    created.append((key, values))
                    created_count += 1
                    status = CREATED
                elif entry[_STORED]:  # a row earlier in the file (an earlier chunk)
                    met[key] = entry
                    repeated += 1
                    status = REPEATED
                else:  # a stored prospect
                    met[key] = entry
                    present += 1
                    status = PRESENT
            else:
                repeated += 1
                status = REPEATED
            if preview is not None and len(preview) < self._preview:
                shown = dict(zip(PROSPECT_COLUMNS, values, strict=True))
                preview.append(PreviewRow(line, status, shown, contact[0] if contact else ""))
            if contact is not None and entry[_NEW]:
                joined_by = _joined_by(entry, contact[0], folding)
                if joined_by is not None:  # one row per contact person: the others join the prospect
                    met[key], name_key = joined_by
                    people += 1
                    contacts.append((key, contact, name_key))
        self._staged = staged
        report.created += created_count
        report.already_present += present
        report.duplicates += repeated
        report.contacts_created += people
        if self.write and self.staging is not None:
            self._write(created, contacts, met)
        self._remember(met)

    def _remember(self, met: dict[Key, Entry]) -> None:
        fresh = [
            (*key, int(entry[_NEW]), entry[_PEOPLE], entry[_STAGED])
            for key, entry in met.items()
            if not entry[_STORED]
        ]
        if fresh:
            self.cursor.executemany(_INSERT_KEY, fresh)
        changed = [(entry[_PEOPLE], *key) for key, entry in met.items() if entry[_CHANGED]]
        if changed:
            self.cursor.executemany(_UPDATE_PEOPLE, changed)

    # -- writing ------------------------------------------------------------------------------

    def _fold_city(self, city: str) -> str:
        folded = self._cities.get(city)
        if folded is None:
            folded = self._fold(city)
            if len(self._cities) < _CITIES:
                self._cities[city] = folded
        return folded

    def _write(
        self,
        created: list[tuple[Key, tuple[str, ...]]],
        contacts: list[tuple[Key, tuple[str, ...], str]],
        met: dict[Key, Entry],
    ) -> None:
        if not created and not contacts:
            return
        staging = self.staging
        assert staging is not None
        ids = dict(zip([key for key, _values in created], new_ids(len(created)), strict=True))
        # earlier chunks' prospects that got contacts: their ids from the staging, their search text anew
        changed = {entry[_STAGED]: (key, entry) for key, entry in met.items() if entry[_CHANGED]}
        texts = []
        for n, prospect_id, name, city, postal in staging.fields(list(changed)) if changed else ():
            key, entry = changed[n]
            ids[key] = prospect_id
            texts.append((search_text(name, city, postal, _split(entry[_PEOPLE])), n))
        cursor = self.cursor
        clock = self.store.clock
        saved = cursor.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        if saved is not None:
            with contextlib.suppress(ValueError):
                clock.observe(Stamp.parse(saved[0]))
        stamps = new_stamps(clock, len(created) + len(contacts))
        city, folding, fields = self._fold_city, self._fold, self._fields
        places = geo.coordinates_for_many(
            (values[_COUNTRY], values[_POSTAL_CODE]) for _key, values in created
        )
        placed, unplaced = [], []  # with coordinates, and without (NULL: not bound, None costs sqlite3 more)
        source = geo.POSTAL_CODE
        for (key, values), stamp in zip(created, stamps, strict=False):
            entry = met[key]
            postal = values[_POSTAL_CODE]  # one line, checked: an ASCII one folds to its lower case
            postal = postal.lower() if postal.isascii() else folding(postal)
            # the folded contact names, one line each: joined by a space as joined() would join them
            search = joined((key[0], city(values[_CITY]), postal, entry[_FOLDED].replace(_SEP, " ")))
            row = (entry[_STAGED], ids[key], stamp, *fields(values), search, key[0])
            place = places.get((values[_COUNTRY], values[_POSTAL_CODE])) if places else None
            if place is None:
                unplaced.append(row)
            else:
                placed.append((*row, *place, source))
        person = self._contact_fields
        contact_rows = [
            (contact_id, stamp, ids[key], *person(contact), name_key)
            for (key, contact, name_key), contact_id, stamp in zip(
                contacts, new_ids(len(contacts)), stamps[len(created) :], strict=True
            )
        ]
        staging.add(placed, contact_rows, unplaced=unplaced)
        if texts:  # their search text with every contact
            staging.set_search_text(texts)
        cursor.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(clock.last),),
        )
