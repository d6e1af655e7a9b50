"""Property: three stores making random edits of random fields and exchanging files in random orders
converge, field by field, and nothing is lost that the rules keep (every change of a field that was not
overwritten knowingly, nor is the field's value now, is in some store's conflict log)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import dump, new_store

from reciprocity_desktop.store.models import Contact, Gift, Prospect, SyncConflict, SyncFieldStamp
from reciprocity_desktop.sync import export_file, import_file

pytestmark = pytest.mark.slow

MODELS = {"prospects": Prospect, "contacts": Contact, "gifts": Gift}
WORDS = ["alpha", "beta", "gamma", "delta", "Čaj", "Müller", ""]

_store_index = st.integers(0, 2)
_pick = st.integers(0, 10_000)
_table = st.sampled_from(sorted(MODELS))
#: The fields the edits change, per table (an update changes one or more of them, picked at random).
FIELDS = {"prospects": ("notes", "city"), "contacts": ("name", "phone"), "gifts": ("description", "reaction")}
_fields = st.integers(1, 3)  # a bit mask over the table's two fields
_update = st.tuples(st.just("update"), _store_index, _table, _pick, st.sampled_from(WORDS), _fields)
_sync = st.tuples(st.just("sync"), _store_index, st.integers(1, 2))
OPERATION = st.one_of(
    st.tuples(st.just("create_prospect"), _store_index, st.sampled_from(WORDS)),
    st.tuples(st.just("create_contact"), _store_index, _pick, st.sampled_from(WORDS)),
    st.tuples(st.just("create_gift"), _store_index, _pick, st.sampled_from(WORDS)),
    _update,
    _update,
    _update,
    _update,
    st.tuples(st.just("delete"), _store_index, _table, _pick),
    _sync,
    _sync,
)
#: Every example starts from shared records, so that random edits often touch the same ones.
SHARED_START = [
    ("create_prospect", 0, "alpha"),
    ("create_prospect", 0, "beta"),
    ("create_contact", 0, 0, "gamma"),
    ("create_contact", 0, 1, "delta"),
    ("create_gift", 0, 0, "Müller"),
    ("create_gift", 0, 1, "Čaj"),
    ("sync", 0, 1),
    ("sync", 0, 2),
]


class World:
    """Three stores and a record of every version each local edit made (and the version it edited)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stores = [new_store(folder / "stores", name) for name in ("anna", "bob", "carl")]
        self.versions: dict[tuple[str, str], dict[str, str | None]] = {}  # (table, id) -> {stamp: parent}
        self.files = 0
        self.deleted: set[tuple[str, str]] = set()
        #: what each store knows: the field changes (table, id, field, stamp) it made or received in a file
        self.known: list[set[tuple[str, str, str, str]]] = [set(), set(), set()]
        #: (table, id, field) -> [(stamp, value, what its maker knew then)]
        self.edits: dict[tuple[str, str, str], list[tuple[str, object, frozenset]]] = {}

    def close(self) -> None:
        for store in self.stores:
            store.close()

    def _live(self, store, table: str) -> list[str]:
        model = MODELS[table]
        with store.read() as session:
            return sorted(session.scalars(select(model.id).where(model.deleted.is_(False))))

    def _record(self, table: str, record_id: str, parent: str | None, stamp: str) -> None:
        if stamp != parent:
            self.versions.setdefault((table, record_id), {})[stamp] = parent

    def _stamp(self, store, table: str, record_id: str) -> str:
        with store.read() as session:
            return session.get(MODELS[table], record_id).stamp

    def field_values(self, store, table: str, record_id: str) -> dict[str, tuple[str, object]]:
        """The tracked fields of a record in ``store``: field -> (its stamp, its value)."""
        with store.read() as session:
            record = session.get(MODELS[table], record_id)
            own = dict(
                session.execute(
                    select(SyncFieldStamp.field, SyncFieldStamp.stamp).where(
                        SyncFieldStamp.table_name == table, SyncFieldStamp.record_id == record_id
                    )
                ).all()
            )
            return {name: (own.get(name, record.stamp), getattr(record, name)) for name in FIELDS[table]}

    def _note_edits(self, store, table: str, record_id: str) -> None:
        """Record the field changes a local edit made (the fields that now carry the row's new stamp)."""
        index = self.stores.index(store)
        row_stamp = self._stamp(store, table, record_id)
        knew = frozenset(self.known[index])
        for name, (stamp, value) in self.field_values(store, table, record_id).items():
            if stamp == row_stamp:
                self.edits.setdefault((table, record_id, name), []).append((stamp, value, knew))
                self.known[index].add((table, record_id, name, stamp))

    def create(self, store, table: str, word: str, pick: int = 0) -> None:
        prospects = self._live(store, "prospects")
        with store.session() as session:
            if table == "prospects":
                record = Prospect(name=f"P {word}", notes=word)
            else:
                if not prospects:
                    return
                prospect = session.get(Prospect, prospects[pick % len(prospects)])
                if table == "contacts":
                    record = Contact(prospect=prospect, name=f"C {word}", email="c@example.com")
                else:
                    record = Gift(
                        prospect=prospect, date=dt.date(2026, 11, 1), kind="sample", description=word
                    )
            session.add(record)
            session.flush()
            record_id = record.id
        self._record(table, record_id, None, self._stamp(store, table, record_id))
        self._note_edits(store, table, record_id)

    def update(self, store, table: str, pick: int, word: str, which: int = 3) -> None:
        live = self._live(store, table)
        if not live:
            return
        record_id = live[pick % len(live)]
        parent = self._stamp(store, table, record_id)
        first, second = FIELDS[table]
        with store.session() as session:
            record = session.get(MODELS[table], record_id)
            if which & 1:
                if table == "prospects":
                    record.notes = f"{record.notes} {word}".strip()[-30:]
                elif table == "contacts":
                    record.name = f"C {word} {pick % 7}"
                else:
                    record.description = f"{word} {pick % 7}"
            if which & 2:
                if table == "gifts":
                    record.reaction = ["liked", "neutral", None][pick % 3]
                else:
                    setattr(record, second, f"{word} {pick % 5}".strip())
        stamp = self._stamp(store, table, record_id)
        self._record(table, record_id, parent, stamp)
        if stamp != parent:
            self._note_edits(store, table, record_id)

    def delete(self, store, table: str, pick: int) -> None:
        live = self._live(store, table)
        if not live:
            return
        record_id = live[pick % len(live)]
        parent = self._stamp(store, table, record_id)
        with store.session() as session:
            record = session.get(MODELS[table], record_id)
            record.deleted = True
            if table == "contacts":  # as the services do: a person's data is erased
                record.name = record.role = record.phone = record.email = record.notes = ""
                record.is_decision_maker = False
        self.deleted.add((table, record_id))
        self._record(table, record_id, parent, self._stamp(store, table, record_id))
        self._note_edits(store, table, record_id)

    def send(self, source, target):
        # What the source knows travels with its file (its versions include it, or beat it knowingly).
        self.known[self.stores.index(target)] |= self.known[self.stores.index(source)]
        self.files += 1
        path = self.folder / f"file-{self.files}.rcsync"
        export_file(source, path)
        return import_file(target, path)

    def apply(self, operation) -> None:
        kind, index, *rest = operation
        store = self.stores[index]
        if kind == "create_prospect":
            self.create(store, "prospects", rest[0])
        elif kind == "create_contact":
            self.create(store, "contacts", rest[1], rest[0])
        elif kind == "create_gift":
            self.create(store, "gifts", rest[1], rest[0])
        elif kind == "update":
            self.update(store, rest[0], rest[1], rest[2], *rest[3:])
        elif kind == "delete":
            self.delete(store, rest[0], rest[1])
        else:
            self.send(store, self.stores[(index + rest[0]) % 3])

    def logged(self) -> set[tuple[str, str, str]]:
        out = set()
        for store in self.stores:
            with store.read() as session:
                out.update(
                    session.execute(
                        select(SyncConflict.table_name, SyncConflict.record_id, SyncConflict.lost_stamp)
                    ).all()
                )
        return {tuple(row) for row in out}


PAIRS = [(source, target) for source in range(3) for target in range(3) if source != target]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operations=st.lists(OPERATION, min_size=6, max_size=30),
    rounds=st.lists(st.permutations(PAIRS), min_size=3, max_size=3),
)
@example(  # concurrent edits of one record, then a delete racing an edit
    operations=[
        ("update", 0, "prospects", 0, "alpha", 3),
        ("update", 1, "prospects", 0, "beta", 3),
        ("delete", 2, "gifts", 0),
        ("update", 1, "gifts", 0, "gamma", 3),
        ("sync", 2, 1),
    ],
    rounds=[PAIRS, PAIRS, PAIRS],
)
@example(  # one field here, another there, the same field on a third store
    operations=[
        ("update", 0, "contacts", 0, "alpha", 1),
        ("update", 1, "contacts", 0, "beta", 2),
        ("update", 2, "contacts", 0, "gamma", 2),
        ("sync", 0, 1),
    ],
    rounds=[PAIRS, list(reversed(PAIRS)), PAIRS],
)
def test_three_stores_converge_and_keep_every_loser(operations, rounds):
    folder = Path(tempfile.mkdtemp(prefix="sync-converge-"))
    world = World(folder)
    try:
        for operation in SHARED_START + operations:
            world.apply(operation)
        # Everyone sends to everyone, in random orders: after two rounds all have seen all,
        # and a third round changes nothing.
        for round_number, pairs in enumerate(rounds, start=1):
            for source, target in pairs:
                summary = world.send(world.stores[source], world.stores[target])
                if round_number == 3:
                    assert summary.new == summary.updated == summary.deleted == summary.conflicts == 0
        dumps = [dump(store) for store in world.stores]
        assert dumps[0] == dumps[1] == dumps[2]

        final = {
            (table, rid): values["stamp"] for table, rows in dumps[0].items() for rid, values in rows.items()
        }
        logged = world.logged()
        event("conflicts were logged" if logged else "no conflicts")
        for (table, record_id), made in world.versions.items():
            assert (table, record_id) in final  # no record is ever lost
            assert final[(table, record_id)] == max(made)  # the record's stamp is its latest change's
        for (table, record_id, name), edits in world.edits.items():
            now_stamp, now_value = world.field_values(world.stores[0], table, record_id)[name]
            latest = max(edits, key=lambda edit: edit[0])
            # A person's losing copies are not kept once the person was deleted (privacy), and a deleted
            # person's fields are blank (at the deletion's stamp wherever it was merged).
            if table == "contacts" and (table, record_id) in world.deleted:
                if dumps[0][table][record_id]["deleted"]:
                    assert now_value == ""
                else:
                    assert now_value == latest[1]
                continue
            assert (now_stamp, now_value) == latest[:2]  # each field: the value of its latest change
            for stamp, value, _knew in edits:
                if value == now_value:
                    continue
                overwritten_knowingly = any(
                    (table, record_id, name, stamp) in knew for other, _, knew in edits if other != stamp
                )
                if not overwritten_knowingly:
                    assert (table, record_id, stamp) in logged, f"lost {name}={value!r} ({stamp}) of {table}"
    finally:
        world.close()
        shutil.rmtree(folder, ignore_errors=True)
