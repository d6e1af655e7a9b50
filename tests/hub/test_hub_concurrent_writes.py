"""Two office users writing to one hub at the same moment: every gift and every draw from the shared stock
lands (each save is one transaction; the stock item's quantity is the sum of its movements, kept by the
server's triggers under the item's row lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from cli_helpers import is_uuid
from sqlalchemy import func, select

#: Gifts each of the two users logs.
EACH = 12


def _counts(store, item_id: str) -> tuple[int, int, int, int]:
    from reciprocity_desktop.store.models import FollowUp, Gift, StockItem, StockMovement

    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Gift)),
            session.scalar(select(func.count()).select_from(FollowUp)),
            session.scalar(select(StockItem.quantity).where(StockItem.id == item_id)),
            session.scalar(
                select(func.count()).select_from(StockMovement).where(
                    StockMovement.stock_item_id == item_id, StockMovement.kind == "draw"
                )
            ),
        )


def _office(hub: str):
    """A prospect and a stock item of 100 on the hub: (prospect id, item id)."""
    from reciprocity_desktop.services import gifts, prospects
    from reciprocity_desktop.store import open_store

    store = open_store(hub)
    try:
        prospect = prospects.add_prospect(store, name="Praxis Lang", city="Graz", country="AT")
        item = gifts.add_stock_item(store, name="Tea sampler", quantity=100, unit_cost="3")
        return prospect.id, item.id
    finally:
        store.close()


def test_two_users_logging_gifts_from_one_stock_at_once_all_land(hub):
    from reciprocity_desktop.services import gifts
    from reciprocity_desktop.store import open_store

    prospect_id, item_id = _office(hub)
    users = [open_store(hub), open_store(hub)]  # two office users: two engines, two connections
    start, failures = threading.Barrier(2), []

    def work(store, who: str) -> None:
        try:
            start.wait()
            for n in range(EACH):
                gifts.log_gift(
                    store, prospect_id, kind="sample", description=f"{who} {n}", stock_item_id=item_id,
                    date="2026-11-02",
                )  # fmt: skip
        except BaseException as exc:  # noqa: BLE001 (reported below, with the thread's name)
            failures.append((who, exc))

    threads = [threading.Thread(target=work, args=(store, who)) for store, who in zip(users, "AB", strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert not failures, failures
        assert _counts(users[0], item_id) == (2 * EACH, 2 * EACH, 100 - 2 * EACH, 2 * EACH)
        descriptions = {g.description for g in gifts.list_gifts(users[1])}
        assert descriptions == {f"{who} {n}" for who in "AB" for n in range(EACH)}
    finally:
        for store in users:
            store.close()


_ADDER = """
import sys
from reciprocity_desktop.cli import main
hub, prospect, item, who, count = sys.argv[1:6]
sys.stdin.readline()  # both start together
for n in range(int(count)):
    code = main(["--db", hub, "gifts", "add", prospect, "--kind", "sample", "--description", f"{who} {n}",
                 "--stock-item", item, "--date", "2026-11-03"])
    if code:
        sys.exit(code)
"""


def test_two_command_lines_adding_gifts_to_one_hub_at_once_both_land(hub, tmp_path):
    from reciprocity_desktop.store import open_store

    prospect_id, item_id = _office(hub)
    env = dict(os.environ, RECIPROCITY_LANG="en", PYTHONPATH=str(Path(__file__).parents[2]))
    count = 8
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _ADDER, hub, prospect_id, item_id, who, str(count)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        for who in "CD"
    ]
    for run in runs:
        run.stdin.write("go\n")
        run.stdin.flush()
    for run in runs:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        assert len([line for line in out.splitlines() if is_uuid(line)]) == count  # each printed its gifts' ids
    store = open_store(hub)
    try:
        assert _counts(store, item_id) == (2 * count, 2 * count, 100 - 2 * count, 2 * count)
    finally:
        store.close()
