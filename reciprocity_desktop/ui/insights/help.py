"""The Insights page's help: what each figure and list means (the definitions of services.insights).

It opens beside the page in a window of its own (:class:`HelpWindow`), so reading it takes no room from the
charts: they keep their size and their labels while the help is open.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reciprocity_desktop.ui.labels import translate


def help_html() -> str:
    """What the figures and the lists mean, for the page's help panel (HTML)."""
    return translate(
        "InsightsView",
        "<h3>What the figures mean</h3>"
        "<p>A gift is <b>reciprocated</b> when its prospect has an outcome of any kind (conversation, "
        "referral, meeting, order, other) dated on or after the gift's date and at most the "
        "<b>window</b> (default 90 days) after it. An outcome <i>reciprocates</i> the gifts it follows "
        "in that way.</p>"
        "<ul>"
        "<li><b>Rate</b> = reciprocated gifts ÷ gifts (shown as – when there are no gifts).</li>"
        "<li><b>Median days</b>: over the reciprocated gifts, the days from the gift to the first outcome "
        "on or after it.</li>"
        "<li><b>Cost</b>: what the gifts cost. <b>Order value</b>: the value of the orders that "
        "reciprocate at least one gift of the group, each order counted once per group.</li>"
        "<li><b>Gifted</b>: prospects with at least one gift in the period, and how many of them have a "
        "reciprocated gift. <b>Not gifted</b>: prospects who never got a gift, and how many of them have "
        "any outcome in the period.</li>"
        "<li><b>From/To</b> choose the gifts by gift date; their outcomes may come after <i>To</i>, within "
        "the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from "
        "<i>From</i> to <i>To</i> plus the window.</li>"
        "<li><b>Balance</b> per prospect: order value minus gift cost.</li>"
        "<li>Deleted records never count.</li>"
        "</ul>"
        "<h3>The lists to act on</h3>"
        "<ul>"
        "<li><b>No follow-up yet</b>: gifted prospects for whom, since their latest gift, no follow-up was "
        "done, no reaction recorded and no outcome recorded.</li>"
        "<li><b>Reaction overdue</b>: gifts without a recorded reaction after their feedback follow-up was "
        "due (or, without one, the feedback delay after the gift).</li>"
        "<li><b>Next steps</b>: prospects with a reciprocated gift. The step follows their latest outcome: "
        "an order → thank them, ask how it works and whom else it could help; a referral → thank them and "
        "report back; a meeting → send what you promised, then ask for the order; a conversation → ask "
        "for a meeting with the decision maker (or find out who decides); anything else → thank them and "
        "send useful information.</li>"
        "</ul>"
        "<p>Remember: give first and do not ask for an immediate return.</p>",
    )


class HelpWindow(QDialog):
    """The help in a window of its own beside the page (not modal: the page stays usable); ``finished`` when
    closed (its button, Esc or the window's ×)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("insightsHelp")
        self.setWindowTitle(translate("InsightsView", "What the figures mean"))
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpPanel")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def show_beside(self, anchor: QWidget) -> None:
        """Show the help under ``anchor`` (the "?" button), its right edge at the anchor's, on the screen."""
        height = min(520, max(320, anchor.window().height() - 80))
        self.resize(560, height)
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height() + 4))
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(corner.x() - self.width(), screen.right() - self.width()))
        y = max(screen.top(), min(corner.y(), screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
