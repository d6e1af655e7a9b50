"""The Insights page's help: what each figure and list means (the definitions of services.insights)."""

from __future__ import annotations

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
