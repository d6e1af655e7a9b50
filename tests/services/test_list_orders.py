"""The gift and follow-up lists in SQL: every order as the Python order, stable pages with ties, rows, plans.

Each sort key, both ways: the whole list equals the order computed in Python (ties in the list's own
order, then as stored), pages of any size add up to it without a repeat or a gap, every record's row
is its position, and records of a deleted prospect or deleted records are never listed. The page
query of each order reads an index in order (EXPLAIN QUERY PLAN: no temporary B-tree for the sorted
column), and the counts read indexes only.
"""

from __future__ import annotations

import datetime as dt
import itertools
from functools import partial

import pytest
from sqlalchemy import event, text

from reciprocity_desktop.services import contacts, followups, gift_list, gifts, list_query, prospects
from reciprocity_desktop.services.followup_list import (
    FollowUpListFilter,
    FollowUpSort,
    count_followups,
    followup_bucket_counts,
    followup_position,
    list_followups_page,
)
from reciprocity_desktop.services.followups import DONE, DUE_TODAY, OPEN, OVERDUE, UPCOMING
from reciprocity_desktop.textutil import fold

TODAY = dt.date(2026, 3, 10)
NAMES = ("Özdemir Praxis", "Achim AG", "achim ag", "Zorn & Söhne", "Ábel Bau")
DESCRIPTIONS = ("Äpfel", "apfel", "Birnen", "Zwetschgen", "Kaffee")
PEOPLE = ("Ábel Kovač", "abel kovac", "Zoë Berger")
KINDS = ("sample", "event", "content", "trial")


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    """Gifts and follow-ups with ties on every column: 5 prospects (two of them with the same folded
    name), recipients that fold alike, one deleted gift, and a deleted prospect with gifts."""
    from reciprocity_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("lists") / "store.sqlite3")
    owners = [prospects.add_prospect(store, name=name).id for name in NAMES]
    people = [contacts.add_contact(store, owners[i], name=name).id for i, name in enumerate(PEOPLE)]
    gift_ids = []
    for i in range(36):
        result = gifts.log_gift(
            store,
            owners[i % len(owners)],
            kind=KINDS[i % 3 if i % 5 else 3],
            description=DESCRIPTIONS[i % len(DESCRIPTIONS)],
            cost=str((i % 4) * 2.5),
            date=TODAY - dt.timedelta(days=i % 6),
            contact_id=people[i % len(owners)] if i % len(owners) < len(people) and i % 2 == 0 else None,
            personal=i % 2 == 0,
            unexpected=i % 3 == 0,
            meaningful=i % 7 == 0,
            today=TODAY,
        )
        gift_ids.append(result.gift.id)
        if i % 3 == 1:
            gifts.set_reaction(store, result.gift.id, ("liked", "neutral", "declined")[i % 3])
        if i % 4 == 0 and result.followup is not None:
            followups.complete_followup(
                store,
                result.followup.id,
                result=("Très bien", "tres bien", "Abgelehnt")[i % 3],
                done_on=TODAY,
            )
    for i in range(12):
        followups.add_followup(
            store,
            owners[i % len(owners)],
            kind=("call", "visit", "send_info")[i % 3],
            due=TODAY + dt.timedelta(days=(i % 5) - 2),
            note=("Nachfragen", "nachfragen", "Über Preise reden", "")[i % 4],
        )
    gifts.delete_gift(store, gift_ids[5])
    gone = prospects.add_prospect(store, name="Gelöscht GmbH").id
    for i in range(3):
        result = gifts.log_gift(store, gone, kind="sample", description="Weg", date=TODAY, today=TODAY)
        followups.add_followup(store, gone, kind="call", due=TODAY + dt.timedelta(days=i))
    prospects.delete_prospect(store, gone)
    yield store
    store.close()


def _rowids(store, table: str) -> dict[str, int]:
    with store.engine.connect() as connection:
        return dict(connection.execute(text(f"SELECT id, rowid FROM {table}")).all())  # noqa: S608


def _pages(fetch, size: int) -> list[str]:
    ids: list[str] = []
    for offset in itertools.count(0, size):
        page = [record.id for record in fetch(offset, size)]
        ids += page
        if len(page) < size:
            return ids


# -- the gift list -----------------------------------------------------------------------------------


def _gift_reference(store, key: str, descending: bool, flt=lambda g: True) -> list[str]:
    """The gifts in Python: the column, then newest first (date, then as stored)."""
    rowid = _rowids(store, "gifts")
    rows = [g for g in gifts.list_gifts(store) if flt(g)]
    if key == "date":
        rows.sort(key=lambda g: (g.date, rowid[g.id]), reverse=descending)
        return [g.id for g in rows]
    rows.sort(key=lambda g: (g.date, rowid[g.id]), reverse=True)
    value = {
        "prospect": lambda g: fold(g.prospect.name),
        # a recipient's gifts together, by the folded name then the contact's id (its copied key)
        "recipient": lambda g: (1, fold(g.contact.name), g.contact.id) if g.contact else (0,),
        "kind": lambda g: g.kind,
        "description": lambda g: fold(g.description),
        "personal": lambda g: g.personal,
        "unexpected": lambda g: g.unexpected,
        "meaningful": lambda g: g.meaningful,
        "cost": lambda g: g.cost_cents,
        "reaction": lambda g: (g.reaction is not None, g.reaction or ""),
    }[key]
    rows.sort(key=value, reverse=descending)  # stable: ties stay newest first
    return [g.id for g in rows]


@pytest.mark.parametrize("key", gift_list.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_gift_order_is_the_python_order_and_pages_add_up(listed, key, descending):
    sort = gift_list.GiftSort(key, descending)
    expected = _gift_reference(listed, key, descending)
    assert len(expected) == 35  # the deleted gift and the deleted prospect's gifts are left out
    assert [g.id for g in gift_list.list_gifts_page(listed, sort=sort, limit=None)] == expected
    for size in (1, 4, 7):
        fetch = lambda offset, limit: gift_list.list_gifts_page(listed, sort=sort, offset=offset, limit=limit)  # noqa: E731
        assert _pages(fetch, size) == expected
    assert [gift_list.gift_position(listed, gift_id, sort=sort) for gift_id in expected] == list(range(35))
    assert gift_list.count_gifts(listed) == 35


@pytest.mark.parametrize("key", gift_list.SORT_KEYS)
def test_a_filtered_or_searched_gift_list_keeps_the_order(listed, key):
    sort = gift_list.GiftSort(key, True)
    for flt, wanted in (
        (gift_list.GiftFilter(kind="sample"), lambda g: g.kind == "sample"),
        (gift_list.GiftFilter(search="APFEL"), lambda g: "apfel" in fold(g.description)),
        (
            gift_list.GiftFilter(search="abel"),
            lambda g: "abel" in fold(f"{g.prospect.name} {g.contact.name if g.contact else ''}"),
        ),
    ):
        expected = _gift_reference(listed, key, True, wanted)
        assert expected
        assert [g.id for g in gift_list.list_gifts_page(listed, flt, sort, limit=None)] == expected
        fetch = lambda offset, limit, flt=flt: gift_list.list_gifts_page(listed, flt, sort, offset, limit)  # noqa: E731
        assert _pages(fetch, 3) == expected
        assert [gift_list.gift_position(listed, i, flt, sort) for i in expected] == list(range(len(expected)))
        assert gift_list.count_gifts(listed, flt) == gift_list.gift_totals(listed, flt)[0] == len(expected)


def test_records_not_listed_have_no_row(listed):
    listed_ids = {g.id for g in gifts.list_gifts(listed)}
    with listed.engine.connect() as connection:
        every = [row[0] for row in connection.execute(text("SELECT id FROM gifts"))]
    hidden = [gift_id for gift_id in every if gift_id not in listed_ids]
    assert len(hidden) == 4
    for sort in (
        gift_list.GiftSort(),
        gift_list.GiftSort("recipient", False),
        gift_list.GiftSort("kind", True),
    ):
        assert all(gift_list.gift_position(listed, gift_id, sort=sort) is None for gift_id in hidden)
    cost = sum(g.cost_cents for g in gifts.list_gifts(listed))
    assert gift_list.gift_totals(listed) == (35, cost)


# -- the follow-up list ----------------------------------------------------------------------------


def _in_bucket(f, bucket: str) -> bool:
    return {
        OPEN: f.done_on is None,
        OVERDUE: f.done_on is None and f.due < TODAY,
        DUE_TODAY: f.done_on is None and f.due == TODAY,
        UPCOMING: f.done_on is None and f.due > TODAY,
        DONE: f.done_on is not None,
    }[bucket]


def _followup_reference(store, bucket: str, key: str, descending: bool, wanted=lambda f: True) -> list[str]:
    """The follow-ups in Python: the column, then the list's own order (due date, prospect, as stored)."""
    rowid = _rowids(store, "followups")
    rows = [f for f in followups.list_followups(store, followups.ALL) if _in_bucket(f, bucket) and wanted(f)]
    rows.sort(key=lambda f: (f.due, fold(f.prospect.name), rowid[f.id]))
    value = {
        "due": lambda f: (f.due, fold(f.prospect.name)),
        "when": lambda f: f.due,
        "prospect": lambda f: fold(f.prospect.name),
        "kind": lambda f: f.kind,
        "note": lambda f: fold(f.note),
        "gift": lambda f: (1, fold(f.gift.description), f.gift.date, f.gift.id) if f.gift else (0,),
        "done_on": lambda f: (f.done_on is not None, f.done_on or dt.date.min),
        "result": lambda f: fold(f.result),
    }[key]
    rows.sort(key=value, reverse=descending)
    return [f.id for f in rows]


@pytest.mark.parametrize("bucket", [OPEN, DONE, OVERDUE, UPCOMING])
@pytest.mark.parametrize("key", ["due", "when", "prospect", "kind", "note", "gift", "done_on", "result"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_followup_order_is_the_python_order_and_pages_add_up(listed, bucket, key, descending):
    flt = FollowUpListFilter(bucket, today=TODAY)
    sort = FollowUpSort(key, descending)
    expected = _followup_reference(listed, bucket, key, descending)
    assert expected
    assert [f.id for f in list_followups_page(listed, flt, sort, limit=None)] == expected
    fetch = lambda offset, limit: list_followups_page(listed, flt, sort, offset, limit)  # noqa: E731
    assert _pages(fetch, 4) == expected
    assert [followup_position(listed, i, flt, sort) for i in expected] == list(range(len(expected)))
    assert count_followups(listed, flt) == len(expected)


@pytest.mark.parametrize("key", ["due", "when", "prospect", "kind", "note", "gift", "done_on", "result"])
def test_a_searched_followup_list_keeps_the_order(listed, key):
    flt = FollowUpListFilter(OPEN, search="NACHFRAGEN", today=TODAY)
    sort = FollowUpSort(key, True)
    expected = _followup_reference(listed, OPEN, key, True, lambda f: "nachfragen" in fold(f.note))
    assert len(expected) > 2
    assert [f.id for f in list_followups_page(listed, flt, sort, limit=None)] == expected
    assert [followup_position(listed, i, flt, sort) for i in expected] == list(range(len(expected)))


@pytest.mark.parametrize("seek_back", [1, 200])
def test_pages_that_seek_their_first_keys_are_the_same_pages(listed, monkeypatch, seek_back):
    """Deep pages (an office store's middle) first seek the row's leading keys: same rows, same order.
    Those in a segment's second half are read from its end, backwards; the rows before the sought
    ones are numbered when their run starts among the ``SEEK_BACK`` rows read before (200), else
    counted (1: the run rarely starts within one row)."""
    from reciprocity_desktop.services import sorted_pages

    monkeypatch.setattr(sorted_pages, "SEEK_BACK", seek_back)

    searched = {g.id for g in gift_list.list_gifts_page(listed, gift_list.GiftFilter(search="a"), limit=None)}
    assert 5 < len(searched) < 35
    monkeypatch.setattr(sorted_pages, "SEEK_FROM", 1)
    for key in gift_list.SORT_KEYS:
        for descending in (False, True):
            sort = gift_list.GiftSort(key, descending)
            fetch = partial(gift_list.list_gifts_page, listed, gift_list.GiftFilter(), sort)
            assert _pages(fetch, 3) == _gift_reference(listed, key, descending), sort
            # A search is one segment of nullable keys (the recipient's): the nulls seek too.
            flt = gift_list.GiftFilter(search="a")
            expected = _gift_reference(listed, key, descending, lambda g: g.id in searched)
            assert _pages(partial(gift_list.list_gifts_page, listed, flt, sort), 2) == expected, sort
    for bucket in (OPEN, DONE):
        flt = FollowUpListFilter(bucket, today=TODAY)
        for key in ("due", "when", "prospect", "kind", "note", "gift", "done_on", "result"):
            for descending in (False, True):
                sort = FollowUpSort(key, descending)
                expected = _followup_reference(listed, bucket, key, descending)
                assert _pages(partial(list_followups_page, listed, flt, sort), 3) == expected, (bucket, sort)


def test_the_bucket_counts_leave_out_deleted_prospects(listed):
    counts = followup_bucket_counts(listed, TODAY)
    every = [f for f in followups.list_followups(listed, followups.ALL)]
    for bucket in (OPEN, OVERDUE, DUE_TODAY, UPCOMING, DONE):
        assert counts[bucket] == sum(_in_bucket(f, bucket) for f in every), bucket
        assert count_followups(listed, FollowUpListFilter(bucket, today=TODAY)) == counts[bucket]


# -- the plans -------------------------------------------------------------------------------------


def _statements(store, call) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def _plan(store, statement: str, parameters) -> list[str]:
    with store.read() as session:
        list_query.use_fold(session)
        cursor = session.connection().connection.driver_connection.cursor()
        return [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)]


def _page_plans(store, call) -> list[list[str]]:
    """The plans of the statements that order a page (ORDER BY ... LIMIT); each ends its ORDER BY
    with a rowid, so that ties never depend on the index the planner takes."""
    plans = []
    for statement, parameters in _statements(store, call):
        if "ORDER BY" in statement and "LIMIT" in statement:
            order = statement.rsplit("ORDER BY", 1)[1].split("LIMIT")[0]
            assert order.split(",")[-1].split()[0].endswith(".rowid"), statement
            plans.append(_plan(store, statement, parameters))
    return plans


def _sorts_on_an_index(plans: list[list[str]], table: str) -> None:
    """No sort of the sorted column, no table scan, and where the order comes from another table read
    first (prospects, contacts, gifts), the listed table is looked up by its link to it."""
    assert plans
    for plan in plans:
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
        assert not any(line.startswith(f"SCAN {table}") and "INDEX" not in line for line in plan), plan
        loops = [line for line in plan if line.startswith(("SCAN ", "SEARCH "))]
        for line in loops[1:]:
            if line.startswith(f"SEARCH {table} ") and "autoindex" not in line:
                assert "_id=?" in line, plan


@pytest.mark.parametrize("key", gift_list.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_each_gift_order_reads_an_index_in_order(listed, key, descending):
    sort = gift_list.GiftSort(key, descending)
    plans = _page_plans(listed, lambda: gift_list.list_gifts_page(listed, sort=sort, offset=3, limit=5))
    _sorts_on_an_index(plans, "gifts")
    if key != "prospect":  # by prospect, the gifts of one prospect are put in order (a few rows each)
        assert not any("TEMP B-TREE" in line for plan in plans for line in plan), plans
    if key == "recipient":  # the recipient's name key copied into the gifts: no join
        assert not any("contacts" in line for plan in plans for line in plan), plans


#: The index each follow-up order reads (its descending twin when the column sorts downwards).
FOLLOWUP_INDEX = {
    "due": "ix_followups_live_due",
    "when": "ix_followups_live_due",
    "prospect": "ix_followups_prospect_due",
    "kind": "ix_followups_kind_due",
    "note": "ix_followups_note_key{}_due",
    # By gift: the follow-ups without one on (gift_id, ...), then those with one on the gift's copied
    # key and date (migration 0009; a gift_id whose gift is not stored, also there, between them).
    "gift": ("ix_followups_gift_due", "ix_followups_gift_key{}_due"),
    "done_on": "ix_followups_done_on{}_due",
    "result": "ix_followups_result_key{}_due",
}


@pytest.mark.parametrize("bucket", [OPEN, DONE])
@pytest.mark.parametrize("key", ["due", "when", "prospect", "kind", "note", "gift", "done_on", "result"])
@pytest.mark.parametrize("descending", [False, True])
def test_each_followup_order_reads_an_index_in_order(listed, bucket, key, descending):
    flt = FollowUpListFilter(bucket, today=TODAY)
    sort = FollowUpSort(key, descending)
    plans = _page_plans(listed, lambda: list_followups_page(listed, flt, sort, offset=3, limit=5))
    _sorts_on_an_index(plans, "followups")
    names = FOLLOWUP_INDEX[key]
    indexes = [
        name.format("_desc" if descending else "") for name in ((names,) if isinstance(names, str) else names)
    ]
    assert all(any(f"INDEX {index} " in line for line in plan for index in indexes) for plan in plans), plans
    if key == "gift":  # no join to the gifts
        assert not any("gifts" in line for plan in plans for line in plan), plans


def test_the_counts_and_totals_read_indexes_only(listed):
    calls = (
        lambda: gift_list.count_gifts(listed),
        lambda: gift_list.gift_totals(listed),
        lambda: gift_list.gift_totals(listed, gift_list.GiftFilter(kind="sample")),
        lambda: followup_bucket_counts(listed, TODAY),
        lambda: count_followups(listed, FollowUpListFilter(OPEN, today=TODAY)),
        lambda: count_followups(listed, FollowUpListFilter(DONE, today=TODAY)),
    )
    for call in calls:
        for statement, parameters in _statements(listed, call):
            plan = _plan(listed, statement, parameters)
            assert not any("TEMP B-TREE" in line for line in plan), plan
            for table in ("gifts", "followups", "prospects"):
                assert not any(line.startswith(f"SCAN {table}") and "INDEX" not in line for line in plan), (
                    plan
                )


# -- the whole lists (CLI and tests) ----------------------------------------------------------------


def test_gifts_and_outcomes_on_the_same_day_and_instant_list_newest_stored_first(store):
    """Bulk-written records often share date and created_at: the order they were stored in decides
    (the rowid, newest first), the same in every list and on every run, as it is in the window."""
    from sqlalchemy import insert

    from reciprocity_desktop.services import listing
    from reciprocity_desktop.store.models import Gift, Outcome

    owner = prospects.add_prospect(store, name="Müller").id
    now = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    ids = [f"{n:08d}-0000-4000-8000-000000000000" for n in (3, 1, 2)]
    common = {"created_at": now, "updated_at": now, "stamp": "", "deleted": False, "prospect_id": owner}
    gift = {"date": TODAY, "kind": "sample", "description": "Tee", "cost_cents": 0}
    with store.session() as session:
        session.execute(insert(Gift), [{**common, **gift, "id": i} for i in ids])
        session.execute(insert(Outcome), [{**common, "id": i, "date": TODAY, "kind": "meeting"} for i in ids])
    newest_stored_first = ids[::-1]
    assert [g.id for g in gifts.list_gifts(store)] == newest_stored_first
    assert [o.id for o in followups.list_outcomes(store)] == newest_stored_first
    assert [row.id for row in listing.gift_rows(store, ["id"])] == newest_stored_first
    assert [row.id for row in listing.outcome_rows(store, ["id"])] == newest_stored_first
