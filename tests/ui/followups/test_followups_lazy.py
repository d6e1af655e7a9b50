"""The Follow-ups page over many follow-ups: it fetches only the pages it paints, whatever the bucket or order."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from sqlalchemy import insert

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.followups import DONE
from reciprocity_desktop.store.models import FollowUp
from reciprocity_desktop.ui.followups.view import FollowUpsView
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

MANY = 5000


def _many_followups(store) -> None:
    """MANY follow-ups of three prospects, half of them done, written with one bulk insert."""
    owners = [prospects.add_prospect(store, name=n).id for n in ("Müller", "Ábel", "Zorn")]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    today = dt.date.today()
    rows = [
        {
            "id": str(uuid.UUID(int=i + 1)),
            "created_at": now,
            "updated_at": now,
            "stamp": "",
            "deleted": False,
            "prospect_id": owners[i % 3],
            "due": today + dt.timedelta(days=i % 90 - 30),
            "kind": ("call", "visit", "send_info")[i % 3],
            "note": f"Note {i % 40}",
            "note_key": f"note {i % 40}",
            "done_on": today if i % 2 else None,
            "result": "Done." if i % 2 else "",
            "result_key": "done." if i % 2 else "",
        }
        for i in range(MANY)
    ]
    with store.session() as session:
        session.execute(insert(FollowUp), rows)


def test_the_page_over_many_followups_fetches_at_most_two_pages_after_showing(qtbot, ctx):
    _many_followups(ctx.store)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.model.counting, timeout=10_000)  # the count comes after the paint
    qtbot.wait(50)
    assert view.model.rowCount() == MANY // 2
    assert 1 <= view.model.pages_loaded <= 2
    # Another bucket, another order, the end of the list: a page or two each, never the table.
    for change in (
        lambda: view.set_filter(DONE),
        lambda: view.table.sortByColumn(view.COL_NOTE, Qt.SortOrder.DescendingOrder),
        view.table.scrollToBottom,
    ):
        before = view.model.pages_loaded
        change()
        qtbot.wait(50)
        assert view.model.pages_loaded - before <= 2
    assert view.model.pages_loaded < MANY // PAGE_SIZE


def test_a_long_list_and_its_buckets_are_counted_off_the_gui_thread_after_the_paint(qtbot, ctx, monkeypatch):
    """Over more follow-ups than a page the list shows its first page at once; its count, then the
    buckets' counts, come from the thread pool after that page painted."""
    import threading

    from reciprocity_desktop.services import followup_list
    from reciprocity_desktop.services.followups import OPEN, OVERDUE

    _many_followups(ctx.store)
    on_gui: list[str] = []
    for name in ("count_followups", "followup_bucket_counts"):
        real = getattr(followup_list, name)

        def counted(*args, real=real, name=name):
            if threading.current_thread() is threading.main_thread():
                on_gui.append(name)
            return real(*args)

        monkeypatch.setattr(followup_list, name, counted)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    assert view.model.counting and view.model.rowCount() == PAGE_SIZE
    assert view.filter_buttons[OPEN].text().replace("&", "") == "All open (…)"
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: "…" not in view.filter_buttons[OVERDUE].text(), timeout=10_000)
    exact = followup_list.followup_bucket_counts(ctx.store, view.today)
    assert view.model.rowCount() == MANY // 2 == exact[OPEN] and not view.model.counting
    assert view.filter_buttons[OVERDUE].text().replace("&", "") == f"Overdue ({exact[OVERDUE]})"
    assert on_gui == ["followup_bucket_counts"]  # only the test's own count ran on the GUI thread
