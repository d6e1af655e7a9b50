"""The references of an import pass's records: found in the file or the store, or held back with a parent.

The checking pass checks every reference (a record that names a parent that is neither in the file nor
in the store refuses the file); the writing pass only looks for parents held back.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from reciprocity_desktop.sync.chunks import Chunk
from reciprocity_desktop.sync.errors import RecordError
from reciprocity_desktop.sync.format import TableSpec
from reciprocity_desktop.sync.incoming import CheckedRecord
from reciprocity_desktop.sync.local import present

if TYPE_CHECKING:
    from reciprocity_desktop.sync.merge import MergePass


def resolve_parents(merger: MergePass, spec: TableSpec, chunk: Chunk) -> bool:
    """Find the chunk's references among the file's records and, failing that, in the store.

    True when every one of them was found (or names a held-back record).
    """
    assert merger.file_ids is not None
    resolved: dict[str, set[str]] = {}
    everything = True
    for column, parent in spec.references.items():
        get = operator.attrgetter(column)
        refs = {get(rec) for _, rec in chunk}
        refs.discard(None)
        if merger.held_new[parent]:
            refs -= merger.held_new[parent]
        known = resolved.setdefault(parent, set())
        refs -= known
        in_file = merger.file_ids.held_of(parent, refs)
        known |= in_file
        elsewhere = refs - in_file
        if elsewhere:
            in_store = present(merger.connection, parent, elsewhere)
            known |= in_store
            everything = everything and len(in_store) == len(elsewhere)
    merger._parents = resolved
    return everything

def check_references(merger: MergePass, spec: TableSpec, rec: CheckedRecord, line: int) -> bool:
    """True when the record needs a parent that is held back; raises when a parent is nowhere."""
    held = False
    for column, parent in spec.references.items():
        ref = getattr(rec, column)
        if ref is None:
            continue
        if ref in merger.held_new[parent]:
            held = True
            continue
        # The writing pass goes by the checking pass: what it does not hold back is there
        # (SQLite's foreign keys are the net under that).
        if merger.file_ids is None or ref in merger._parents[parent]:
            continue
        raise RecordError(
            "The file {file} refers to a record that is neither in the file nor in this store "
            "({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.",
            file=merger.reader.name,
            member=spec.member,
            line=line,
            field=column,
            ref=ref,
            parent=parent,
        )
    return held
