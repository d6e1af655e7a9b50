"""The window's long lists in an order an index holds: pages, counts and a record's row.

A list (:class:`SortedList`) is the live records of one table (``deleted`` false, and a live
prospect) under a filter, in the order of its :class:`Key`s; the last key is unique (the rowid),
so that the order is total and pages never overlap or skip a record. Each key sequence is one a
SQLite index holds (see ``store/models.py`` and migration 0007), so a page reads the index from
its first row and stops after the page, whatever the table's size.

An order an index cannot hold in one piece is split into :class:`Segment`\\ s, one after the other:
the gifts by kind are the gifts of each kind in turn, each newest first on (kind, date); the gifts
by recipient are the gifts without one, then the contacts in name order with their gifts. A page
that starts in a later segment counts the segments before it (each an index range).

A record's row (:meth:`SortedList.position`) is counted, not numbered: the rows before it are, for
each key, the rows that agree on the keys before and come first on this one, each an index range.

Records of a deleted prospect are left out without a join where none is needed: the deleted
prospects are looked up once per call (usually none), then excluded by id or subtracted from a count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Table,
    and_,
    func,
    literal,
    not_,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join

from reciprocity_desktop.store import portable
from reciprocity_desktop.store.models import Prospect

#: Above this many deleted prospects, a statement names them by a subquery instead of by their ids.
_NAMED_GONE = 500
#: From this offset on, a page first seeks the value of its first key (see :meth:`SortedList._seek`).
SEEK_FROM = 1000
#: A deep page's seek reads this many rows before the one it seeks too: when the run of rows that
#: share its leading keys starts among them, the rows before that run are numbered, not counted.
SEEK_BACK = 200


class Leading(Join):
    """``left CROSS JOIN right ON …``: SQLite reads ``left`` first, so that a list takes its order from
    ``left``'s index (the prospects by sort name, then each one's gifts). ``left`` must be a table."""

    inherit_cache = True


@compiles(Leading, "sqlite")  # elsewhere (a hub) a plain join: the planner orders joins itself
def _compile_leading(join: Leading, compiler: Any, **kw: Any) -> str:
    assert isinstance(join.left, Table)
    return compiler.visit_join(join, **kw).replace(" JOIN ", " CROSS JOIN ", 1)


def rowid(table: Any) -> ColumnElement:
    """The rowid of ``table`` (a table or a named alias): the tie-break every SQLite index ends with
    (on a hub its primary key: :func:`reciprocity_desktop.store.portable.rowid`)."""
    return portable.rowid(table)


@dataclass(frozen=True)
class Key:
    """One ORDER BY term. ``prospect``: it reads the prospect's columns (the statement joins prospects)."""

    expr: Any
    descending: bool = False
    nullable: bool = False
    prospect: bool = False

    def clause(self) -> Any:
        """The ORDER BY term; on a hub with SQLite's place of NULL (first going up, last going down)."""
        if self.descending:
            return portable.ByDialect(self.expr.desc(), self.expr.desc().nulls_last())
        return portable.ByDialect(self.expr.asc(), self.expr.asc().nulls_first())

    def same(self, value: Any) -> Any:
        return self.expr.is_(None) if value is None else self.expr == value

    def before(self, value: Any) -> list[Any]:
        """The conditions (each an index range) of the rows that come before ``value`` on this key."""
        if isinstance(value, bool):  # SQLite stores it as 0 and 1 (and compares no True or False); a hub as is
            as_stored, on_hub = self._before(int(value)), self._before(literal(value))
            return [portable.ByDialect(a, b) for a, b in zip(as_stored, on_hub, strict=True)]
        return self._before(value)

    def _before(self, value: Any) -> list[Any]:
        if self.descending:
            if value is None:
                return [self.expr.is_not(None)] if self.nullable else []
            return [self.expr > value]
        if value is None:
            return []
        return [self.expr.is_(None), self.expr < value] if self.nullable else [self.expr < value]


@dataclass(frozen=True)
class Segment:
    """Some of a list's records (``where``) in ``keys`` order.

    ``source``: what the segment reads (default: the listed table); ``leading``: the same with the
    table the order comes from read first (for the pages); ``prospects``: ``source`` joins prospects.
    ``counted``: conditions on the listed table alone that hold the same records (so that the
    segment is counted on the listed table's index, not through its join), None when there are none.
    ``rest``: the segment holds the list's records the other segments do not, and is counted so:
    the list's count less theirs (for a segment whose own count no narrow index holds).
    """

    keys: tuple[Key, ...]
    where: tuple[Any, ...] = ()
    source: FromClause | None = None
    leading: FromClause | None = None
    prospects: bool = False
    counted: tuple[Any, ...] | None = None
    rest: bool = False

    def reversed(self) -> Segment:
        """The same records in the opposite order (SQLite reads the same indexes backwards; a NULL
        that comes first one way comes last the other)."""
        return replace(self, keys=tuple(replace(key, descending=not key.descending) for key in self.keys))

    def alone(self) -> Segment:
        """The segment as conditions on the listed table (for its count)."""
        if self.source is None:
            return self
        assert self.counted is not None
        return Segment(keys=(), where=self.counted)


@dataclass(frozen=True)
class SortedList:
    """The live records of ``table`` under ``where``, segment after segment.

    ``table``: the listed table; ``prospect_id``: its prospect's id column.
    """

    table: Table
    id: Any
    prospect_id: Any
    where: tuple[Any, ...]
    segments: Sequence[Segment]
    #: The deleted prospects' ids, once looked up: a list lives for one call of a list service.
    _gone: list[list[str]] = field(default_factory=list, compare=False)

    # -- what a statement reads ---------------------------------------------------------------------

    def _deleted(self, session: Session) -> list[str]:
        """The deleted prospects' ids (usually none), looked up once for this list."""
        if not self._gone:
            self._gone.append(list(session.scalars(select(Prospect.id).where(Prospect.deleted.is_(True)))))
        return self._gone[0]

    def _gone_ids(self, session: Session) -> Any:
        ids = self._deleted(session)
        if len(ids) <= _NAMED_GONE:
            return ids
        return select(Prospect.id).where(Prospect.deleted.is_(True)).scalar_subquery()

    def _source(self, segment: Segment, prospects: bool, *, leading: bool = False) -> tuple[Any, bool]:
        """The FROM of a statement on ``segment`` (joined to prospects when ``prospects``), and whether
        it reads the prospects."""
        source = segment.leading if leading and segment.leading is not None else segment.source
        if source is None:
            source = self.table
        if prospects and not segment.prospects:
            return source.join(Prospect.__table__, Prospect.id == self.prospect_id), True
        return source, segment.prospects

    def _live(self, session: Session, joined: bool) -> list[Any]:
        """The condition that a row's prospect is live: on the joined prospect, else by the deleted ids."""
        if joined:
            return [Prospect.deleted.is_(False)]
        if self._deleted(session):
            return [self.prospect_id.not_in(self._gone_ids(session))]
        return []

    def _live_count(
        self,
        session: Session,
        segment: Segment,
        conditions: Sequence[Any],
        prospects: bool,
        *,
        leading: bool = False,
    ) -> Any:
        """How many live records of ``segment`` meet ``conditions``: a scalar subquery (``leading``: read
        the table the order comes from first, for conditions on its keys)."""
        source, joined = self._source(segment, prospects, leading=leading)
        where = [*self.where, *segment.where, *conditions]
        if joined:
            return (
                select(func.count()).select_from(source).where(*where, Prospect.deleted.is_(False))
            ).scalar_subquery()
        every = select(func.count()).select_from(source).where(*where).scalar_subquery()
        if not self._deleted(session):
            return every
        gone = (
            select(func.count())
            .select_from(source)
            .where(*where, self.prospect_id.in_(self._gone_ids(session)))
        )
        return every - gone.scalar_subquery()

    # -- the list -----------------------------------------------------------------------------------

    def count(self, session: Session) -> int:
        """How many records the list shows: one count of the listed table (its segments share out its
        rows), or through the one segment that has no other way (a search)."""
        [first, *others] = self.segments
        whole = first if not others and first.source is not None else Segment(())
        return self._segment_count(session, whole)

    def _segment_count(self, session: Session, segment: Segment) -> int:
        if segment.rest:
            others = sum(
                self._segment_count(session, other) for other in self.segments if other is not segment
            )
            return self.count(session) - others
        counted = segment if segment.source is not None and segment.counted is None else segment.alone()
        return int(session.scalar(select(self._live_count(session, counted, (), False))) or 0)

    def page_ids(self, session: Session, offset: int, limit: int | None) -> list[str]:
        """The ids of one page, in order.

        A deep page in the second half of its segment is read from the segment's end, in the opposite
        order (then turned round): the last page costs what the first does, the middle one the most.
        """
        ids: list[str] = []
        offset = max(offset, 0)
        for number, segment in enumerate(self.segments):
            wanted = None if limit is None else limit - len(ids)
            if wanted is not None and wanted <= 0:
                break
            size = None
            if offset and number < len(self.segments) - 1:
                size = self._segment_count(session, segment)
                if offset >= size:
                    offset -= size
                    continue
            if offset >= SEEK_FROM and wanted is not None:
                size = self._segment_count(session, segment) if size is None else size
                if offset >= size:
                    offset = 0
                    continue
                if offset > size // 2:
                    # The rows offset … offset + wanted are, from the end, the rows ``start`` … size - offset.
                    start = max(size - offset - wanted, 0)
                    ids += reversed(
                        self._segment_page(session, segment.reversed(), start, size - offset - start)
                    )
                    offset = 0
                    continue
            ids += self._segment_page(session, segment, offset, wanted)
            offset = 0
        return ids

    def _segment_page(self, session: Session, segment: Segment, offset: int, limit: int | None) -> list[str]:
        """The ids of the rows ``offset`` … of one segment, at most ``limit``, in its order."""
        conditions: list[Any] = []
        if offset >= SEEK_FROM and len(segment.keys) > 1:
            sought = self._seek(session, segment, offset)
            if sought is None:  # past the end of the segment
                return []
            conditions, offset = sought
        return list(session.scalars(self._page_query(session, segment, conditions, offset, limit)).all())

    def _page_query(
        self, session: Session, segment: Segment, conditions: list[Any], offset: int, limit: int | None
    ) -> Select:
        prospects = any(key.prospect for key in segment.keys)
        source, joined = self._source(segment, prospects, leading=True)
        query = select(self.id).select_from(source)
        query = query.where(*self.where, *segment.where, *conditions, *self._live(session, joined))
        query = query.order_by(*(key.clause() for key in segment.keys)).offset(offset)
        return query if limit is None else query.limit(limit)

    @staticmethod
    def _seek_keys(segment: Segment) -> tuple[Key, ...]:
        """The keys a deep page seeks on: the first run that one index holds in order (up to one of
        the prospect's, and never the last key); a first key of the prospect's alone."""
        first, *rest = segment.keys
        if first.prospect:
            return (first,)
        keys = [first]
        for key in rest[:-1]:
            if key.prospect:
                break
            keys.append(key)
        return tuple(keys)

    def _seek(self, session: Session, segment: Segment, offset: int) -> tuple[list[Any], int] | None:
        """A deep page starts at the row at ``offset``: read its leading keys off their index alone (no
        join, no sort of the later keys for the rows skipped), count the rows before them, and page
        from them. Returns (the conditions, the offset past them), or None past the end."""
        keys = self._seek_keys(segment)
        prospects = any(key.prospect for key in keys)
        source, joined = self._source(segment, prospects, leading=True)
        back = min(offset, SEEK_BACK)
        query = (
            select(*(key.expr for key in keys))
            .select_from(source)
            .where(*self.where, *segment.where, *self._live(session, joined))
            .order_by(*(key.clause() for key in keys))
            .offset(offset - back)
            .limit(back + 1)
        )
        window = [tuple(row) for row in session.execute(query)]
        if len(window) <= back:
            return None
        found = window[-1]
        if None in found:  # among the nulls: seek on the keys before them
            keys = keys[: found.index(None)]
        before = [
            and_(*(k.same(v) for k, v in zip(keys[:level], found, strict=False)), condition)
            for level, key in enumerate(keys)
            for condition in key.before(found[level])
        ]
        if not before:
            return [], offset
        run = [row[: len(keys)] == found[: len(keys)] for row in window]
        if not run[0]:  # the run of rows agreeing with the sought one starts in the window: number it
            skipped = offset - back + run.index(True)
        else:
            counts = [self._live_count(session, segment, [c], prospects, leading=True) for c in before]
            skipped = int(session.scalar(select(sum(counts[1:], counts[0]))) or 0)
        # Read on the index the page's order takes, the rows before skipped (a null key compares as
        # unknown: coalesce keeps such a row, which comes after a value in a downward order).
        past = [not_(func.coalesce(or_(*before), False))]
        first = keys[0]
        # The page's index seeks its first key too: a range on it (the rows from the one sought on hold
        # it; not so for a downward nullable key, whose nulls come after every value).
        if segment.leading is not None or not (first.descending and first.nullable):
            value = int(found[0]) if isinstance(found[0], bool) else found[0]
            past.append(first.expr <= value if first.descending else first.expr >= value)
        same_way = {key.descending for key in keys} == {first.descending} and not any(
            k.nullable for k in keys
        )
        if len(keys) > 1 and same_way and segment.leading is None:
            # The same rows as one range of all those keys: the index that holds them in this order is
            # the one that can seek it (not a twin whose later keys run the other way).
            values = [int(v) if isinstance(v, bool) else v for v in found[: len(keys)]]
            row, sought = tuple_(*(key.expr for key in keys)), tuple_(*values)
            past.append(row <= sought if first.descending else row >= sought)
        return past, offset - skipped

    def position(self, session: Session, record_id: str) -> int | None:
        """The 0-based row of a record in the list (None: not listed)."""
        before = 0
        for segment in self.segments:
            values = self._values(session, segment, record_id)
            if values is None:
                before += self._segment_count(session, segment)
                continue
            counts = []
            for level, key in enumerate(segment.keys):
                agreed = [k.same(v) for k, v in zip(segment.keys[:level], values, strict=False)]
                prospects = any(k.prospect for k in segment.keys[: level + 1])
                counts += [
                    self._live_count(session, segment, [*agreed, condition], prospects, leading=True)
                    for condition in key.before(values[level])
                ]
            if counts:
                before += int(session.scalar(select(sum(counts[1:], counts[0]))) or 0)
            return before
        return None

    def _values(self, session: Session, segment: Segment, record_id: str) -> tuple | None:
        """The record's key values in ``segment``, or None when the segment does not hold it."""
        source, _ = self._source(segment, True)
        query = (
            select(*(key.expr for key in segment.keys))
            .select_from(source)
            .where(*self.where, *segment.where, self.id == record_id, Prospect.deleted.is_(False))
        )
        row = session.execute(query).first()
        return None if row is None else tuple(row)
