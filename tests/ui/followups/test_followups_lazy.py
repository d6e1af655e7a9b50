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
