"""A realistic store for the Insights screenshot: the demo tour plus a year of history.

Run by path to refresh the documentation picture::

    QT_QPA_PLATFORM=offscreen python tests/ui/insights/realistic.py docs/insights.png
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from reciprocity_desktop.services import demo
from reciprocity_desktop.store import Store, open_store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    GiftKind,
    Outcome,
    OutcomeKind,
    Prospect,
)

TODAY = dt.date(2025, 6, 16)

_TRADES = [
    ("Autohaus", "Car dealer"),
    ("Bäckerei", "Bakery"),
    ("Metzgerei", "Butcher"),
    ("Zahnarztpraxis", "Dental practice"),
    ("Steuerkanzlei", "Tax advisor"),
    ("Schreinerei", "Joinery"),
    ("Gasthof", "Restaurant"),
    ("Elektro", "Electrician"),
    ("Blumenhaus", "Florist"),
    ("Optik", "Optician"),
]
_NAMES = ["Huber", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann",
          "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler"]  # fmt: skip
_CITIES = ["München", "Augsburg", "Regensburg", "Ingolstadt", "Rosenheim", "Landshut", "Freising", "Erding"]
_GIFTS = {
    GiftKind.SAMPLE: ("Product sample set", 1200),
    GiftKind.TRIAL: ("Four-week free trial", 0),
    GiftKind.CONTENT: ("E-book: energy savings for small shops", 300),
    GiftKind.ANALYSIS: ("Tailored cost analysis", 4500),
    GiftKind.EVENT: ("Invitation to the customer evening", 2500),
    GiftKind.PERSONAL: ("Regional honey with a handwritten card", 1500),
    GiftKind.OTHER: ("Branded notebook", 450),
}


def fill(store: Store, today: dt.date = TODAY, seed: int = 2025) -> None:
    """The demo tour (dated to ``today``) and 60 more prospects with a year of gifts and outcomes."""
    demo.load_demo(store, today=today)
    rng = random.Random(seed)
    kinds = list(_GIFTS)
    kind_weights = [5, 2, 4, 3, 2, 3, 1]
    with store.session() as session:
        for index in range(60):
            trade, industry = _TRADES[(index // 20 + index) % len(_TRADES)]
            family = _NAMES[index % len(_NAMES)]  # (trade, family) pairs are all different
            prospect = Prospect(
                name=f"{trade} {family}",
                city=_CITIES[index % len(_CITIES)],
                country="DE",
                industry=industry,
            )
            session.add(prospect)
            session.flush()
            if index % 3 == 0:
                session.add(
                    Contact(
                        prospect_id=prospect.id, name=f"Maria {family}", role="Owner", is_decision_maker=True
                    )
                )
            gifted = index % 4 != 3
            gifts = rng.randint(1, 3) if gifted else 0
            for _ in range(gifts):
                kind = rng.choices(kinds, kind_weights)[0]
                description, cost = _GIFTS[kind]
                day = today - dt.timedelta(days=rng.randint(20, 360))
                personal = kind is GiftKind.PERSONAL or rng.random() < 0.3
                unexpected = rng.random() < 0.5
                meaningful = kind in (GiftKind.ANALYSIS, GiftKind.EVENT) or rng.random() < 0.3
                gift = Gift(
                    prospect_id=prospect.id,
                    date=day,
                    kind=kind.value,
                    description=description,
                    cost_cents=cost,
                    personal=personal,
                    unexpected=unexpected,
                    meaningful=meaningful,
                    reaction=rng.choice(["liked", "liked", "neutral", None]) if rng.random() < 0.8 else None,
                )
                session.add(gift)
                session.flush()
                session.add(
                    FollowUp(
                        prospect_id=prospect.id,
                        gift_id=gift.id,
                        due=day + dt.timedelta(days=7),
                        kind="ask_feedback",
                        done_on=day + dt.timedelta(days=8) if gift.reaction else None,
                    )
                )
                chance = 0.25 + 0.2 * personal + 0.15 * unexpected + 0.15 * meaningful
                if rng.random() < chance:
                    lag = rng.randint(3, 80)
                    kind_back = rng.choices(list(OutcomeKind), [4, 2, 3, 3, 1])[0]
                    session.add(
                        Outcome(
                            prospect_id=prospect.id,
                            date=min(day + dt.timedelta(days=lag), today),
                            kind=kind_back.value,
                            value_cents=rng.randint(4, 40) * 10000 if kind_back is OutcomeKind.ORDER else 0,
                        )
                    )
            if not gifted and rng.random() < 0.3:
                session.add(
                    Outcome(
                        prospect_id=prospect.id,
                        date=today - dt.timedelta(days=rng.randint(5, 300)),
                        kind=rng.choice([OutcomeKind.CONVERSATION, OutcomeKind.ORDER]).value,
                        value_cents=rng.randint(2, 20) * 10000,
                    )
                )


def screenshot(path: Path) -> None:
    from PySide6.QtCore import QDate, QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from reciprocity_desktop.ui.context import StoreEvents, UiContext
    from reciprocity_desktop.ui.insights.view import InsightsView

    app = QApplication.instance() or QApplication([])
    store_path = path.with_suffix(".screenshot.sqlite3")
    store_path.unlink(missing_ok=True)
    store = open_store(store_path)
    try:
        fill(store)
        view = InsightsView(UiContext(store, StoreEvents(), QUndoStack()))
        view.today = TODAY
        for edit, day in ((view.from_edit, TODAY.replace(month=1, day=1)), (view.to_edit, TODAY)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        view.resize(1366, 768)
        loop = QEventLoop()
        view.refreshed.connect(loop.quit)
        view.failed.connect(loop.quit)
        QTimer.singleShot(20_000, loop.quit)
        view.show()
        loop.exec()
        app.processEvents()
        view.grab().save(str(path))
        view.close()
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(store_path) + suffix).unlink(missing_ok=True)
        backups = store_path.parent / "backups"
        if backups.is_dir() and not any(backups.iterdir()):
            backups.rmdir()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "insights.png"))
