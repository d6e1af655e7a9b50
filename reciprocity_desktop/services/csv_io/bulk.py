"""Writing the good rows of an import, a chunk at a time, with bulk statements (no ORM object per row).

:class:`ChunkWriter` keeps what the import knows about the keys it met in a temporary table
(``temp.csv_import_keys``: the key, the prospect it stands for, whether this import creates it, and
that prospect's contact names), so that memory does not grow with the file. Per chunk it looks the
chunk's keys up there and, for keys it has not met, among the store's live prospects (through the
``sort_name`` index: ``sort_name`` is the folded name, the key's first part), then writes the new
prospects and contacts with ``executemany``. Rows are stamped as the store's session hook stamps
them: one ``utcnow()`` for created_at/updated_at per chunk (a flush), a stamp from the store's
hybrid logical clock per row, the clock saved in ``meta``; ``search_text`` and ``sort_name`` come
from :mod:`reciprocity_desktop.store.search`, the contacts in file order as the hook saw them.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from sqlalchemy import Connection

from reciprocity_desktop.services.csv_io.ids import new_ids, new_stamps
from reciprocity_desktop.services.csv_io.report import ImportReport
from reciprocity_desktop.services.csv_io.rows import Row, postal_key, prospect_key
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import Prospect, utcnow
from reciprocity_desktop.store.search import search_text
from reciprocity_desktop.store.sort_keys import sort_key
from reciprocity_desktop.textutil import fold

Key = tuple[str, str, str]

_KEYS = "temp.csv_import_keys"
_CREATE = (
    f"CREATE TEMP TABLE {_KEYS} (name_key TEXT NOT NULL, postal_key TEXT NOT NULL, country TEXT NOT NULL, "
    "prospect_id TEXT, new INTEGER NOT NULL, people TEXT NOT NULL, "
    "PRIMARY KEY (name_key, postal_key, country)) WITHOUT ROWID"
)
_PROSPECT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "name", "street", "postal_code", "city", "country",
    "phone", "email", "website", "industry", "stage", "tags", "notes", "search_text", "sort_name",
)  # fmt: skip
_CONTACT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "prospect_id", "name", "role", "phone", "email",
    "is_decision_maker", "notes", "name_key",
)  # fmt: skip


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_INSERT_PROSPECT = _insert("prospects", _PROSPECT_COLUMNS)
_INSERT_CONTACT = _insert("contacts", _CONTACT_COLUMNS)
_INSERT_KEY = f"INSERT INTO {_KEYS} VALUES (?, ?, ?, ?, ?, ?)"
_UPDATE_PEOPLE = f"UPDATE {_KEYS} SET people = ? WHERE name_key = ? AND postal_key = ? AND country = ?"
_UPDATE_SEARCH = "UPDATE prospects SET search_text = ? WHERE id = ?"
#: Contact names are one line (validate.text), so a line break separates them safely.
_SEP = "\n"


@dataclass(slots=True)
class _Entry:
    """A key met in this import: the prospect it stands for and, when this import creates it, its contacts."""

    new: bool
    prospect_id: str | None
    people: list[str] = field(default_factory=list)
    folded: set[str] = field(default_factory=set)  #: the people's folded names, once there are two
    stored: bool = True  #: in the temporary table already (met in an earlier chunk)
    changed: bool = False  #: got contacts in this chunk though it was stored before

    def joins(self, name: str) -> bool:
        """Add ``name`` to the people unless one of them has the same folded name; True when added."""
        if self.people:  # folding is needed only to compare: the first contact is simply taken
            if not self.folded:
                self.folded = {fold(person) for person in self.people}
            folded = fold(name)
            if folded in self.folded:
                return False
            self.folded.add(folded)
        self.people.append(name)
        return True


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class ChunkWriter:
    """Applies chunks of good rows to the report and (unless ``write`` is false) to the store."""

    def __init__(self, store: Store, connection: Connection, report: ImportReport, *, write: bool) -> None:
        self.store = store
        self.connection = connection
        self.report = report
        self.write = write
        driver = connection.dialect
        self._stamp_time = Prospect.__table__.c.created_at.type.bind_processor(driver)
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_KEYS}")  # left over by a rolled back import
        connection.exec_driver_sql(_CREATE)

    def close(self) -> None:
        self.connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_KEYS}")

    # -- looking keys up ----------------------------------------------------------------------

    def _known(self, keys: set[Key]) -> dict[Key, _Entry]:
        """The chunk's keys met before in this import, and those of live prospects already stored."""
        names = sorted({key[0] for key in keys})
        found: dict[Key, _Entry] = {}
        rows = self.connection.exec_driver_sql(
            f"SELECT name_key, postal_key, country, prospect_id, new, people FROM {_KEYS} "
            f"WHERE name_key IN ({_marks(len(names))})",
            tuple(names),
        )
        for name_key, postal, country, prospect_id, new, people in rows:
            key = (name_key, postal, country)
            if key in keys:
                names_list = people.split(_SEP) if people else []
                found[key] = _Entry(bool(new), prospect_id, names_list)
        unmet = sorted({key[0] for key in keys if key not in found})
        if unmet:
            rows = self.connection.exec_driver_sql(
                "SELECT id, sort_name, postal_code, country FROM prospects "
                f"WHERE deleted = 0 AND sort_name IN ({_marks(len(unmet))})",
                tuple(unmet),
            )
            for prospect_id, sort_name, postal_code, country in rows:
                key = (sort_name, postal_key(postal_code or ""), (country or "").upper())
                if key in keys and key not in found:  # a stored prospect: never changed by an import
                    found[key] = _Entry(False, prospect_id, stored=False)
        return found

    # -- one chunk ----------------------------------------------------------------------------

    def apply(self, rows: list[Row]) -> None:
        keyed = [
            (prospect_key(r.values["name"], r.values["postal_code"], r.values["country"]), r) for r in rows
        ]
        known = self._known({key for key, _row in keyed}) if keyed else {}
        met: dict[Key, _Entry] = {}  # keys met in this chunk (their first row decided what they are)
        created: list[tuple[Key, _Entry, Row]] = []
        contacts: list[tuple[_Entry, dict[str, str]]] = []
        report = self.report
        ids = iter(new_ids(len(keyed)))
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
                    entry = _Entry(True, next(ids), stored=False)
                    met[key] = entry
                    created.append((key, entry, row))
            else:
                report.duplicates += 1
            if entry.new and row.contact is not None and entry.joins(row.contact["name"]):
                # one row per contact person: the others join the prospect
                entry.changed = entry.stored
                report.contacts_created += 1
                contacts.append((entry, row.contact))
        if self.write:
            self._write(created, contacts, [entry for entry in met.values() if entry.changed])
        self._remember(met, created)

    def _remember(self, met: dict[Key, _Entry], created: list[tuple[Key, _Entry, Row]]) -> None:
        fresh = [
            (*key, entry.prospect_id, int(entry.new), _SEP.join(entry.people))
            for key, entry in met.items()
            if not entry.stored
        ]
        if fresh:
            self.connection.exec_driver_sql(_INSERT_KEY, fresh)
        changed = [(_SEP.join(entry.people), *key) for key, entry in met.items() if entry.changed]
        if changed:
            self.connection.exec_driver_sql(_UPDATE_PEOPLE, changed)

    # -- writing ------------------------------------------------------------------------------

    def _write(
        self,
        created: list[tuple[Key, _Entry, Row]],
        contacts: list[tuple[_Entry, dict[str, str]]],
        changed: list[_Entry],
    ) -> None:
        if not created and not contacts:
            return
        connection = self.connection
        clock = self.store.clock
        saved = connection.exec_driver_sql("SELECT value FROM meta WHERE key = 'hlc'").scalar()
        if saved is not None:
            with contextlib.suppress(ValueError):
                clock.observe(Stamp.parse(saved))
        now = self._stamp_time(utcnow())
        stamps = iter(new_stamps(clock, len(created) + len(contacts)))
        prospect_rows = [
            (
                entry.prospect_id, now, now, next(stamps), 0, v["name"], v["street"], v["postal_code"], v["city"],
                v["country"], v["phone"], v["email"], v["website"], v["industry"], v["stage"], v["tags"],
                v["notes"], search_text(v["name"], v["city"], v["postal_code"], entry.people), key[0],
            )
            for key, entry, v in ((key, entry, row.values) for key, entry, row in created)
        ]  # fmt: skip
        contact_ids = iter(new_ids(len(contacts)))
        contact_rows = [
            (
                next(contact_ids), now, now, next(stamps), 0, entry.prospect_id, c["name"], c["role"], c["phone"],
                c["email"], 0, "", sort_key(c["name"]),
            )
            for entry, c in contacts
        ]  # fmt: skip
        if prospect_rows:
            connection.exec_driver_sql(_INSERT_PROSPECT, prospect_rows)
        if contact_rows:
            connection.exec_driver_sql(_INSERT_CONTACT, contact_rows)
        if changed:
            self._refresh_search(changed)
        connection.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(clock.last),),
        )

    def _refresh_search(self, changed: list[_Entry]) -> None:
        """Prospects of earlier chunks that got contacts now: their search text with every contact."""
        people = {entry.prospect_id: entry.people for entry in changed}
        rows = self.connection.exec_driver_sql(
            f"SELECT id, name, city, postal_code FROM prospects WHERE id IN ({_marks(len(people))})",
            tuple(people),
        ).all()
        self.connection.exec_driver_sql(
            _UPDATE_SEARCH,
            [(search_text(name, city, postal, people[pid]), pid) for pid, name, city, postal in rows],
        )
