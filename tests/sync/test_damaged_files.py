"""Damaged, foreign, fuzzed and inconsistent files are refused and never change the store."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import (
    add_contact,
    add_gift,
    add_prospect,
    dump,
    dump_everything,
    edit,
    new_store,
    read_members,
    record,
    stamp_at,
    write_file,
    zip_bytes,
)

from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Prospect
from reciprocity_desktop.sync import (
    NewerFormatError,
    PassphraseError,
    RecordError,
    SyncError,
    SyncFileError,
    export_file,
    import_file,
    preview_import,
)
from reciprocity_desktop.sync import crypto as sync_crypto

PID = "11111111-1111-4111-8111-111111111111"


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(sync_crypto, "SCRYPT_N", 2**10)


def _rezip(members: dict[str, bytes], fix_manifest: bool) -> bytes:
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        for entry in manifest["tables"]:
            data = members.get(entry["member"], b"")
            entry.update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest(), records=data.count(b"\n"))
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    return zip_bytes(members)


def _change_line(member: str, change, *, fix_manifest: bool = True):
    """A damage: rewrite the first line of a member (as JSON) and keep the checksums consistent."""

    def damage(good: bytes, members: dict[str, bytes]) -> bytes:
        lines = members[member].splitlines(keepends=True)
        obj = json.loads(lines[0])
        replaced = change(obj)
        lines[0] = replaced if isinstance(replaced, bytes) else json.dumps(obj).encode() + b"\n"
        return _rezip({**members, member: b"".join(lines)}, fix_manifest)

    return damage


def _manifest(change):
    def damage(good: bytes, members: dict[str, bytes]) -> bytes:
        manifest = json.loads(members["manifest.json"])
        change(manifest)
        return zip_bytes({**members, "manifest.json": json.dumps(manifest).encode()})

    return damage


def _drop(member):
    return lambda good, members: zip_bytes({k: v for k, v in members.items() if k != member})


def _set(key, value):
    def change(obj):
        obj[key] = value

    return change


def _delete_key(key):
    return lambda obj: obj.pop(key)


def _pdf(good, members):
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _foreign_zip(good, members):
    return zip_bytes({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"})


def _duplicate_line(good, members):
    lines = members["records/prospects.jsonl"].splitlines(keepends=True)
    return _rezip({**members, "records/prospects.jsonl": b"".join([*lines, lines[0]])}, True)


def _flip_in_member(good, members):
    data = bytearray(members["records/prospects.jsonl"])
    data[len(data) // 2] ^= 0x20
    return zip_bytes({**members, "records/prospects.jsonl": bytes(data)})


DAMAGES = {
    "empty": lambda good, members: b"",
    "garbage": lambda good, members: bytes(range(256)) * 20,
    "pdf": _pdf,
    "foreign zip": _foreign_zip,
    "empty zip": lambda good, members: zip_bytes({}),
    "truncated to 10%": lambda good, members: good[: len(good) // 10],
    "truncated to half": lambda good, members: good[: len(good) // 2],
    "last byte cut": lambda good, members: good[:-1],
    "zip directory cut": lambda good, members: good[:-30],
    "flipped byte": lambda good, members: good[:200] + bytes([good[200] ^ 0xFF]) + good[201:],
    "member content changed, checksum not": _flip_in_member,
    "member dropped": _drop("records/gifts.jsonl"),
    "manifest dropped": _drop("manifest.json"),
    "extra member": lambda good, members: zip_bytes({**members, "records/secrets.jsonl": b""}),
    "newer format": _manifest(_set("format_version", 3)),
    "other format": _manifest(_set("format", "something-else")),
    "manifest not json": lambda good, members: zip_bytes({**members, "manifest.json": b"{not json"}),
    "manifest lacks a table": _manifest(lambda m: m["tables"].pop()),
    "manifest wrong count": _manifest(lambda m: m["tables"][0].update(records=99)),
    "manifest bad store id": _manifest(lambda m: m["store"].update(id="bad id!")),
    "not json line": _change_line("records/prospects.jsonl", lambda obj: b"{oops\n"),
    "json but not an object": _change_line("records/prospects.jsonl", lambda obj: b"[1, 2]\n"),
    "line without newline": _change_line("records/prospects.jsonl", lambda obj: json.dumps(obj).encode()),
    "unknown enum value": _change_line("records/prospects.jsonl", _set("stage", "friend")),
    "wrong type": _change_line("records/gifts.jsonl", _set("quantity", "1")),
    "bool for int": _change_line("records/gifts.jsonl", _set("cost_cents", True)),
    "negative cost": _change_line("records/gifts.jsonl", _set("cost_cents", -5)),
    "zero quantity": _change_line("records/gifts.jsonl", _set("quantity", 0)),
    "not a date": _change_line("records/gifts.jsonl", _set("date", "2026-02-30")),
    "naive time": _change_line("records/gifts.jsonl", _set("updated_at", "2026-11-20T10:00:00")),
    "NaN": _change_line(
        "records/prospects.jsonl", lambda obj: json.dumps({**obj, "latitude": float("nan")}).encode() + b"\n"
    ),
    "latitude out of range": _change_line("records/prospects.jsonl", _set("latitude", 123.0)),
    "missing field": _change_line("records/prospects.jsonl", _delete_key("city")),
    "unknown field": _change_line("records/prospects.jsonl", _set("favourite_colour", "blue")),
    "derived field": _change_line("records/prospects.jsonl", _set("search_text", "x")),
    "bad stamp": _change_line("records/prospects.jsonl", _set("stamp", "yesterday")),
    "bad id": _change_line("records/prospects.jsonl", _set("id", "../../etc/passwd")),
    "null name": _change_line("records/prospects.jsonl", _set("name", None)),
    "seen later than stamp": _change_line(
        "records/prospects.jsonl", _set("seen", ["9999999999999.000000.zz"])
    ),
    "duplicate id": _duplicate_line,
    "dangling reference": _change_line(
        "records/gifts.jsonl", _set("prospect_id", "99999999-9999-4999-8999-999999999999")
    ),
}

EXPECTED_ERROR = {
    "newer format": NewerFormatError,
    "unknown enum value": RecordError,
    "wrong type": RecordError,
    "dangling reference": RecordError,
    "duplicate id": RecordError,
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_or_foreign_file_is_refused_and_the_store_is_untouched(scene, files, damage):
    bad = files / "bad.rcsync"
    bad.write_bytes(DAMAGES[damage](scene.good, scene.members))
    bob = scene.copy()
    try:
        before = dump_everything(bob.path)
        for attempt in (preview_import, import_file):
            with pytest.raises(EXPECTED_ERROR.get(damage, SyncFileError)) as caught:
                attempt(bob, bad)
            message = str(caught.value)
            assert "\n" not in message and str(bad) in message
        assert isinstance(caught.value, DomainError)
        assert dump_everything(bob.path) == before
        # refused before any backup was taken (the daily backup of bob's open aside)
        assert not list((bob.path.parent / "backups").glob("*before-import*"))
    finally:
        bob.close()


def test_the_good_file_of_these_tests_is_accepted(scene):
    """The damages above start from a file that imports fine (so they test the damage, not the file)."""
    bob = scene.copy()
    try:
        summary = import_file(bob, scene.folder / "good.rcsync")
        assert summary.new == 1 and summary.updated == 1 and summary.conflicts == 0
        assert dump(bob) == scene.reference_dump
    finally:
        bob.close()


def test_the_messages_say_what_is_wrong(scene, files):
    bob = scene.copy()
    cases = {
        "empty": "is empty",
        "pdf": "it is a PDF document",
        "foreign zip": "without manifest.json",
        "newer format": "newer version of Reciprocity Desktop (sync format 3",
        "member dropped": "member records/gifts.jsonl is missing",
        "member content changed, checksum not": "checksum of records/prospects.jsonl does not match",
        "unknown enum value": "records/prospects.jsonl line 1: field stage 'friend' is not one of: suspect",
        "wrong type": "field quantity must be a whole number, not text",
        "duplicate id": "appears twice",
        "truncated to half": "damaged",
    }
    for damage, expected in cases.items():
        bad = files / f"{damage}.rcsync"
        bad.write_bytes(DAMAGES[damage](scene.good, scene.members))
        with pytest.raises(SyncError) as caught:
            preview_import(bob, bad)
        assert expected in str(caught.value), (damage, str(caught.value))
    bob.close()


def test_a_missing_file_or_a_folder_is_a_clear_error(make_store, files):
    bob = make_store("bob")
    with pytest.raises(SyncFileError, match="does not exist"):
        import_file(bob, files / "nowhere.rcsync")
    with pytest.raises(SyncFileError, match="is a folder"):
        import_file(bob, files)


def test_a_damaged_encrypted_file_is_refused(scene, files):
    bob = scene.copy()
    data = scene.good_encrypted
    before = dump_everything(bob.path)
    variants = {
        "flipped in ciphertext": data[:-40] + bytes([data[-40] ^ 1]) + data[-39:],
        "truncated": data[: len(data) - 10],
        "header only": data[: data.index(b"\n", 30) + 1],
        "bad header": data.replace(b'"kdf":"scrypt"', b'"kdf":"bcrypt"', 1),
        "newer encryption": data.replace(b'"version":1', b'"version":9', 1),
    }
    for name, variant in variants.items():
        (files / "bad.rcsync").write_bytes(variant)
        with pytest.raises(SyncError) as caught:
            import_file(bob, files / "bad.rcsync", passphrase="pw")
        if name == "newer encryption":
            assert isinstance(caught.value, NewerFormatError)
        else:
            assert "damaged" in str(caught.value), name
    assert dump_everything(bob.path) == before
    bob.close()


# -- fuzzing -----------------------------------------------------------------------------------


class _Scene:
    """anna's good file (plain and encrypted) and bob's older, partly overlapping store, saved once.

    Every test works on a fresh copy of bob's store (:meth:`copy`); ``reference_dump`` is bob's
    data after importing the good file.
    """

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sync-fuzz-"))
        anna = new_store(self.folder / "stores", "anna")
        bob = new_store(self.folder / "stores", "bob")
        pid = add_prospect(anna, "Bäckerei Müller")
        add_contact(anna, pid, "Anna Schmidt")
        add_gift(anna, pid, "Kaffeeprobe")
        export_file(anna, self.folder / "older.rcsync")
        import_file(bob, self.folder / "older.rcsync")
        edit(anna, Prospect, pid, notes="newer")
        add_gift(anna, pid, "Second gift")
        add_prospect(bob, "Bob's own")
        export_file(anna, self.folder / "good.rcsync")
        fast, sync_crypto.SCRYPT_N = sync_crypto.SCRYPT_N, 2**10
        try:
            export_file(anna, self.folder / "good-enc.rcsync", passphrase="pw")
        finally:
            sync_crypto.SCRYPT_N = fast
        self.good = (self.folder / "good.rcsync").read_bytes()
        self.members = read_members(self.folder / "good.rcsync")
        self.good_encrypted = (self.folder / "good-enc.rcsync").read_bytes()
        anna.close()
        bob.close()
        self.pristine = self.folder / "bob-pristine.sqlite3"
        shutil.copyfile(self.folder / "stores" / "bob.sqlite3", self.pristine)
        self.counter = 0
        reference = self.copy()
        import_file(reference, self.folder / "good.rcsync")
        self.reference_dump = dump(reference)
        reference.close()

    def copy(self):
        self.counter += 1
        target = self.folder / f"copy-{self.counter}" / "bob.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.pristine, target)
        return open_store(target)

    def check(self, data: bytes, passphrase: str | None = None) -> None:
        store = self.copy()
        path = self.folder / f"fuzzed-{self.counter}.rcsync"
        path.write_bytes(data)
        try:
            before = dump_everything(store.path)
            try:
                import_file(store, path, passphrase=passphrase)
            except SyncError:
                assert dump_everything(store.path) == before
            else:  # the damage hit bytes nobody reads (e.g. a ZIP time stamp): a normal import
                assert dump(store) == self.reference_dump
        finally:
            store.close()
            shutil.rmtree(store.path.parent, ignore_errors=True)
            path.unlink()


@pytest.fixture(scope="module")
def scene():
    harness = _Scene()
    yield harness
    shutil.rmtree(harness.folder, ignore_errors=True)


_FUZZ_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.slow
@_FUZZ_SETTINGS
@given(data=st.data())
def test_fuzzed_files_never_damage_the_store(scene, data):
    good = scene.good
    flips = data.draw(
        st.lists(st.tuples(st.integers(0, len(good) - 1), st.integers(1, 255)), min_size=1, max_size=6),
        label="flips",
    )
    damaged = bytearray(good)
    for position, mask in flips:
        damaged[position] ^= mask
    scene.check(bytes(damaged))


@pytest.mark.slow
@_FUZZ_SETTINGS
@given(data=st.data())
def test_truncated_files_never_damage_the_store(scene, data):
    good = scene.good
    cut = data.draw(st.integers(0, len(good) - 1), label="cut")
    scene.check(good[:cut])


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_encrypted_files_are_always_refused(scene, data):
    good = scene.good_encrypted
    position = data.draw(st.integers(0, len(good) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")
    damaged = bytearray(good)
    damaged[position] ^= mask
    path = scene.folder / "enc-fuzzed.rcsync"
    path.write_bytes(bytes(damaged))
    store = scene.copy()
    try:
        before = dump_everything(store.path)
        with pytest.raises((SyncFileError, PassphraseError)):  # authenticated: no flip is ever accepted
            import_file(store, path, passphrase="pw")
        assert dump_everything(store.path) == before
    finally:
        store.close()


_JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.text(max_size=12)
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.dictionaries(
        st.sampled_from(list(record("prospects", PID, stamp_at(counter=1)))), _JSON_VALUES
    )
)
def test_records_with_random_values_are_refused_or_taken_exactly(scene, changes):
    base = record("prospects", PID, stamp_at(counter=1))
    base.update(changes)
    path = scene.folder / "random-record.rcsync"
    write_file(path, {"prospects": [base]})
    store = scene.copy()
    try:
        before = dump_everything(store.path)
        try:
            import_file(store, path)
        except SyncFileError:
            assert dump_everything(store.path) == before
        else:
            with store.read() as session:
                stored = session.get(Prospect, base["id"])
                assert stored is not None and stored.name == base["name"] and stored.stage == base["stage"]
    finally:
        store.close()


def test_zip_bytes_helper_roundtrip():
    data = zip_bytes({"a": b"1"})
    assert zipfile.ZipFile(io.BytesIO(data)).read("a") == b"1"
