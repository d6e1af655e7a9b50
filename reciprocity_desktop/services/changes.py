"""What a user action changed, and how to take it back (Anki's ``OpChanges``, in our words).

Every mutating action the window offers returns an :class:`Op`: its result, the
:class:`Changes` (which kinds of records, which ids) so the window refreshes only the views
they touch, any :class:`~reciprocity_desktop.services.errors.Warning_` for the user, and
``undo``: a function that takes the action back and returns the :class:`Op` that redoes it.
Undo and redo are therefore the same call, over and over: ``op = op.undo()``.

The plain services (``prospects.add_prospect`` …) stay as they are for the CLI, sync and
reports; the undoable actions built on them live in :mod:`reciprocity_desktop.services.ops`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from reciprocity_desktop.services.errors import Warning_

#: The kinds of records a change can touch; "all" stands for every kind (an import, the demo, sync).
KINDS = frozenset(
    {"prospects", "contacts", "gifts", "stock", "followups", "outcomes", "visits", "settings", "conflicts"}
)
ALL = "all"

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The record kinds (and, where known, the ids) an action changed."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = self.kinds - KINDS - {ALL}
        if unknown:
            raise ValueError(f"unknown record kinds: {', '.join(sorted(unknown))}")

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[str | None] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(i for i in ids if i))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset({ALL}))

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` changed (always, after a change of everything)."""
        return ALL in self.kinds or not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()


@dataclass
class Op(Generic[T]):
    """The outcome of one user action: ``value`` (e.g. the new record), what changed, how to undo it."""

    changes: Changes
    value: T | None = None
    undo: Callable[[], Op[Any]] | None = None
    warnings: list[Warning_] = field(default_factory=list)

    @property
    def undoable(self) -> bool:
        return self.undo is not None


def reversible(
    changes: Changes,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    value: Any = None,
    warnings: Iterable[Warning_] = (),
) -> Op[Any]:
    """An :class:`Op` for an action that already ran, whose undo is ``undo()`` and whose redo is ``do()``.

    For actions whose inverse is another plain service call (delete ↔ restore, set ↔ set back).
    """

    def undo_op() -> Op[Any]:
        undo()
        return Op(changes, value, redo_op)

    def redo_op() -> Op[Any]:
        do()
        return Op(changes, value, undo_op)

    return Op(changes, value, undo_op, list(warnings))


def added(
    changes: Changes,
    value: Any,
    delete: Callable[[], Any],
    restore: Callable[[], Any],
    warnings: Iterable[Warning_] = (),
) -> Op[Any]:
    """An :class:`Op` for a record just created: undo deletes it (a tombstone), redo restores the same record."""
    return reversible(changes, restore, delete, value, warnings)


def run_reversible(
    changes: Changes,
    do: Callable[[], T],
    undo: Callable[[], Any],
    warnings: Callable[[T], Iterable[Warning_]] | None = None,
) -> Op[T]:
    """Run ``do()`` now and return the :class:`Op` that undoes it with ``undo()`` (redo: ``do()`` again)."""
    value = do()
    return reversible(changes, do, undo, value, warnings(value) if warnings else ())
