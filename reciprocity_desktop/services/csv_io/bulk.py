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
from reciprocity_desktop.services.csv_io.folding import WordFolder, joined
from reciprocity_desktop.services.csv_io.ids import new_ids, new_stamps
from reciprocity_desktop.services.csv_io.report import ImportReport
from reciprocity_desktop.services.csv_io.rows import Row, RowChecker, postal_key, prospect_key
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
CACHE_KIB = 32768
TEMP_CACHE_KIB = 8192
_CITIES = 4096
#: A prospect's fields (Row.values) in the store's column order, and a contact's (Row.contact).
_FIELDS = ("name", "street", "postal_code", "city", "country", "phone", "email", "website", "industry", "stage",
           "tags", "notes")  # fmt: skip
_CONTACT_FIELDS = ("name", "role", "phone", "email")


def _picker(names: Sequence[str]) -> Callable[[dict], tuple]:
    """``values -> (values[name] for name in names)``, a tuple even for one name."""
    if len(names) == 1:
        (name,) = names
        return lambda values: (values[name],)
    return itemgetter(*names)


class _Entry:
    """A key met in this import: the prospect it stands for and, when this import creates it, its contacts."""

    __slots__ = ("changed", "folded", "new", "people", "prospect_id", "staged", "stored")

    def __init__(
        self, new: bool, prospect_id: str | None, people: list[str] | None = None, *, stored: bool = True,
        staged: int | None = None,
    ) -> None:  # fmt: skip
        self.new = new
        self.prospect_id = prospect_id
        self.people = people if people is not None else []
        self.folded: list[str] | None = None  #: the people's folded names (made when needed)
        self.stored = stored  #: in the temporary table already (met in an earlier chunk)
        self.changed = False  #: got contacts in this chunk though it was stored before
        self.staged = staged  #: its row number in the staging, when this import creates it

    def joins(self, name: str, folding: Callable[[str], str]) -> str | None:
        """Add ``name`` to the people unless one of them has the same folded name; its folded name
        (the contact's ``name_key``) when added, else None."""
        folded = self.folded
        if folded is None:
            folded = self.folded = [folding(person) for person in self.people] if self.people else []
        name_folded = folding(name)
        if name_folded in folded:
            return None
        folded.append(name_folded)
        self.people.append(name)
        return name_folded


def _adapted(value: object) -> object:
    """The value as sqlite3 binds it (a datetime through its adapter), made once for the chunk's rows."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return adapt(value) if adapt is not None else value


_NOWHERE = (None, None, None)


def _coordinates(rows: Sequence[Row]) -> list[tuple]:
    """(latitude, longitude, coordinates_source) of new prospects: their postal code's, when known."""
    pairs = [(row.values["country"], row.values["postal_code"]) for row in rows]
    found = geo.coordinates_for_many(pairs)
    if not found:
        return [_NOWHERE] * len(pairs)
    source = geo.POSTAL_CODE
    return [_NOWHERE if place is None else (*place, source) for place in map(found.get, pairs)]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class ChunkWriter:
    """Applies chunks of good rows to the report and (unless ``write`` is false) to the store.

    Use it as a context manager: it sizes the connection's caches for the import and gives them
    back, and drops its temporary tables, when the block ends. :meth:`finish` writes the rows.
    ``checker`` checks the file's rows: what it gives every row alike is staged once, not per row.
    """

    def __init__(
        self, store: Store, connection: Connection, report: ImportReport, checker: RowChecker, *, write: bool
    ) -> None:
        self.store = store
        self.report = report
        self.write = write
        self.cursor = connection.connection.cursor()  # the DBAPI cursor: executemany without SQLAlchemy
        self._fold = WordFolder()
        self._cities: dict[str, str] = {}
        self._staged = 0
        self._caches: tuple[int, int] | None = None
        self.cursor.execute(f"DROP TABLE IF EXISTS {_KEYS}")  # left over by a rolled back import
        self.cursor.execute(_CREATE)
        self.staging: Staging | None = None
        # Rows without a country get the default_country setting, before their duplicate key is made.
        with Session(bind=connection) as session:  # the import's own connection and transaction
            self._default_country = str(settings.read(session, "default_country") or "")
        if checker.absent.get("country") == "" and self._default_country:
            checker.absent["country"] = self._default_country
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
            self._fields = _picker([name for name in _FIELDS if name in varying])
            varying = set(self.staging.contact_columns)
            self._contact_fields = _picker([name for name in _CONTACT_FIELDS if name in varying])

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

    def _known(self, keys: set[Key]) -> dict[Key, _Entry]:
        """The chunk's keys met before in this import, and those of live prospects already stored."""
        names = sorted({key[0] for key in keys})
        found: dict[Key, _Entry] = {}
        rows = self.cursor.execute(
            f"SELECT name_key, postal_key, country, new, people, staged FROM {_KEYS} "
            f"WHERE name_key IN ({_marks(len(names))})",
            names,
        ).fetchall()
        for name_key, postal, country, new, people, staged in rows:
            key = (name_key, postal, country)
            if key in keys:
                found[key] = _Entry(bool(new), None, people.split(_SEP) if people else [], staged=staged)
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
                    found[key] = _Entry(False, None, stored=False)
        return found

    # -- one chunk ----------------------------------------------------------------------------

    def apply(self, rows: list[Row]) -> None:
        folding = self._fold
        if self._default_country:
            for r in rows:
                if not r.values["country"]:
                    r.values["country"] = self._default_country
        keyed = [
            (prospect_key(r.values["name"], r.values["postal_code"], r.values["country"], folding), r)
            for r in rows
        ]
        known = self._known({key for key, _row in keyed}) if keyed else {}
        met: dict[Key, _Entry] = {}  # keys met in this chunk (their first row decided what they are)
        created: list[tuple[Key, _Entry, Row]] = []
        contacts: list[tuple[_Entry, dict[str, str], str]] = []  # with the contact's folded name
        report = self.report
        for key, row in keyed:
            entry = met.get(key)
            if entry is None:
                entry = known.get(key)
                if entry is not None and entry.stored:  # a row earlier in the file (an earlier chunk)
                    met[key] = entry
                    report.duplicates += 1
                elif entry is not None:  # a stored prospect
                    met[key] = entry
                    report.already_present += 1
                    continue
                else:
                    report.created += 1
                    self._staged += 1
                    entry = _Entry(True, None, stored=False, staged=self._staged)
                    met[key] = entry
                    created.append((key, entry, row))
            else:
                report.duplicates += 1
            if entry.new and row.contact is not None:
                name_key = entry.joins(row.contact["name"], folding)
                if name_key is not None:  # one row per contact person: the others join the prospect
                    entry.changed = entry.stored
                    report.contacts_created += 1
                    contacts.append((entry, row.contact, name_key))
        if self.write and self.staging is not None:
            self._write(created, contacts, [entry for entry in met.values() if entry.changed])
        self._remember(met)

    def _remember(self, met: dict[Key, _Entry]) -> None:
        fresh = [
            (*key, int(entry.new), _SEP.join(entry.people), entry.staged)
            for key, entry in met.items()
            if not entry.stored
        ]
        if fresh:
            self.cursor.executemany(_INSERT_KEY, fresh)
        changed = [(_SEP.join(entry.people), *key) for key, entry in met.items() if entry.changed]
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
        created: list[tuple[Key, _Entry, Row]],
        contacts: list[tuple[_Entry, dict[str, str], str]],
        changed: list[_Entry],
    ) -> None:
        if not created and not contacts:
            return
        staging = self.staging
        assert staging is not None
        for (_key, entry, _row), prospect_id in zip(created, new_ids(len(created)), strict=True):
            entry.prospect_id = prospect_id
        staged = {entry.staged: entry for entry in changed}  # earlier chunks' prospects: ids from the staging
        texts = []
        for n, prospect_id, name, city, postal in staging.fields(list(staged)) if staged else ():
            entry = staged[n]
            entry.prospect_id = prospect_id
            texts.append((search_text(name, city, postal, entry.people), n))
        cursor = self.cursor
        clock = self.store.clock
        saved = cursor.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        if saved is not None:
            with contextlib.suppress(ValueError):
                clock.observe(Stamp.parse(saved[0]))
        stamps = new_stamps(clock, len(created) + len(contacts))
        city, folding, fields = self._fold_city, self._fold, self._fields
        places = _coordinates([row for _key, _entry, row in created])
        prospect_rows = [
            (
                entry.staged, entry.prospect_id, stamp, *fields(row.values),
                joined((key[0], city(row.values["city"]), folding(row.values["postal_code"]), *(entry.folded or ()))),
                key[0], *place,
            )
            for (key, entry, row), stamp, place in zip(created, stamps, places, strict=False)
        ]  # fmt: skip
        person = self._contact_fields
        contact_rows = [
            (contact_id, stamp, entry.prospect_id, *person(c), name_key)
            for (entry, c, name_key), contact_id, stamp in zip(
                contacts, new_ids(len(contacts)), stamps[len(created) :], strict=True
            )
        ]
        staging.add(prospect_rows, contact_rows)
        if texts:  # their search text with every contact
            staging.set_search_text(texts)
        cursor.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(clock.last),),
        )
