"""The writing pass: bulk mode, the foreign key safety net, and a file that changes under the import."""

from __future__ import annotations

import io
import os

import pytest
from sync_helpers import (
    add_contact,
    add_gift,
    add_prospect,
    dump,
    dump_everything,
    record,
    stamp_at,
    write_file,
)

import reciprocity_desktop.sync.importer as importer
import reciprocity_desktop.sync.merge as merge
from reciprocity_desktop.store import StoreError
from reciprocity_desktop.sync import SyncError, SyncFileError, export_file, import_file


def _pragmas(store) -> tuple[int, int]:
    with store.engine.connect() as connection:
        return (
            connection.exec_driver_sql("PRAGMA foreign_keys").scalar(),
            connection.exec_driver_sql("PRAGMA cache_size").scalar(),
        )


def _source(make_store, files):
    anna = make_store("anna")
    for i in range(12):
        pid = add_prospect(anna, f"Prospect {i}")
        add_contact(anna, pid, f"Person {i}")
        add_gift(anna, pid, f"Gift {i}")
    export_file(anna, files / "a.rcsync")
    return anna


def test_bulk_mode_gives_the_same_result_and_restores_the_connection(make_store, files, monkeypatch):
    anna = _source(make_store, files)
    normal, bulk = make_store("normal"), make_store("bulk")
    import_file(normal, files / "a.rcsync")
    before = _pragmas(bulk)
    assert before[0] == 1
    monkeypatch.setattr(importer, "BULK_ROWS", 0)
    summary = import_file(bulk, files / "a.rcsync")
    assert summary.new == 36
    assert dump(bulk) == dump(normal) == dump(anna)
    assert _pragmas(bulk) == before


@pytest.mark.parametrize("bulk", [False, True])
def test_a_reference_slipping_past_the_checks_is_still_refused(make_store, files, monkeypatch, bulk):
    """A safety net under the file checks: SQLite's own foreign keys (per row, or checked at the end in bulk)."""
    bob = make_store("bob")
    add_prospect(bob, "Bob's own")
    write_file(
        files / "dangling.rcsync",
        {
            "gifts": [
                record(
                    "gifts",
                    "33333333-3333-4333-8333-333333333333",
                    stamp_at(),
                    prospect_id="99999999-9999-4999-8999-999999999999",
                )
            ]
        },
    )
    monkeypatch.setattr(merge.MergePass, "_check_references", lambda self, spec, rec, line: False)
    if bulk:
        monkeypatch.setattr(importer, "BULK_ROWS", 0)
    before = dump_everything(bob.path)
    pragmas = _pragmas(bob)
    with pytest.raises((SyncError, StoreError)) as caught:
        import_file(bob, files / "dangling.rcsync")
    assert ("pointing at a missing prospects record" if bulk else "FOREIGN KEY") in str(caught.value)
    assert dump_everything(bob.path) == before
    assert _pragmas(bob) == pragmas


def test_a_file_changed_between_checking_and_writing_is_caught_and_rolled_back(
    make_store, files, monkeypatch
):
    """Rewritten in place after the checking pass (bigger than any read buffer): the writing pass notices."""
    anna, carl = make_store("anna"), make_store("carl")
    for i in range(150):
        add_prospect(anna, f"Prospect {i}", notes=os.urandom(150).hex())
        add_prospect(carl, f"Carl's {i}", notes=os.urandom(150).hex())
    export_file(anna, files / "a.rcsync")
    export_file(carl, files / "other.rcsync")
    assert (files / "a.rcsync").stat().st_size > 2 * io.DEFAULT_BUFFER_SIZE
    bob = make_store("bob")
    before = dump_everything(bob.path)
    monkeypatch.setattr(merge, "PROGRESS_EVERY", 1)
    path = files / "a.rcsync"
    other = (files / "other.rcsync").read_bytes()
    swapped = []

    def progress(done, total):
        if done == total // 2 and not swapped:  # the checking pass is done: change the file in place
            path.write_bytes(other)
            swapped.append(done)
        return True

    with pytest.raises(SyncFileError, match="damaged"):
        import_file(bob, path, progress=progress)
    assert swapped
    assert dump_everything(bob.path) == before
