"""One visit sheet per stop: who and where (with the QR code for the debrief), the gift to bring,
an opening line, the history with the prospect, and room to write down what happened."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreakIfNotEmpty, Spacer, Table

from reciprocity_desktop.reports.flowables import (
    Checks,
    PlainText,
    RuledLines,
    SectionMark,
    boxed,
    heading,
    section,
)
from reciprocity_desktop.reports.fonts import BOLD, OBLIQUE
from reciprocity_desktop.reports.qr import QrCode, qr_payload
from reciprocity_desktop.reports.styles import (
    ALERT,
    ALERT_BG,
    ASK,
    GIFT_BG,
    GIFT_LINE,
    GREY,
    OPENING_BG,
    OPENING_LINE,
    STAR,
    WARN,
    Grid,
    Styles,
    markup_of,
    table_style,
)
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.services.day_sheet import DaySheet, PastGift, Stop

#: A cell's small grey second line (a gift's recipient, a reaction's note).
_SMALL_GREY = "<br/><font size=7 color='#5F6670'>{}</font>"


def visit_sheet(stop: Stop, sheet: DaySheet, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """The flowables of one stop's sheet, starting on a new page."""
    story: list[Flowable] = [PageBreakIfNotEmpty(), SectionMark(stop)]
    story.append(_who_and_where(stop, sheet, text, st, width))
    story.append(Spacer(0, 3 * mm))
    story += _route_flags(stop, text, st, width)
    story += _gift_and_opening(stop, sheet, text, st, width)
    story += _history(stop, sheet, text, st, width)
    story += _notes(stop, text, st)
    story += _outcome_of_the_visit(text)
    return story


def _who_and_where(stop: Stop, sheet: DaySheet, text: ReportText, st: Styles, width: float) -> Table:
    """Who and where, with the QR code for the debrief screen."""
    translate = text.catalog.translate
    place = [
        translate("Report", "Stop {number} of {count}").format(number=stop.number, count=len(sheet.stops))
    ]
    if stop.planned_time:
        fixed = " (" + translate("Report", "fixed time") + ")" if stop.fixed_time else ""
        place.append(stop.planned_time + fixed)
    left: list[Flowable] = [
        PlainText(" \u00b7 ".join(place), size=7.5, color=GREY),
        PlainText(stop.name, BOLD, 15, 18, space_after=2),
    ]
    address = text.stop_address(stop, sheet.home_country)
    if address:
        left.append(PlainText("\n".join(address), leading=11.5))
    reach = [("\u260e " + stop.phone) if stop.phone else "", stop.email]
    if any(reach):
        left.append(PlainText("  \u00b7  ".join(part for part in reach if part), leading=11.5))
    stage = markup_of(text.enum("stage", stop.stage))
    facts = [markup_of(translate("Report", "Stage")) + ": <b>" + stage + "</b>"]
    if stop.industry:
        facts.append(markup_of(translate("Report", "Industry")) + ": " + markup_of(stop.industry))
    left.append(Spacer(0, 1 * mm))
    left.append(st.p("   \u00b7   ".join(facts), st.base))
    qr_size = 26 * mm
    right = [
        QrCode(qr_payload(stop.visit_id), qr_size),
        PlainText(translate("Report", "Scan for the debrief"), size=6, color=GREY, align="center"),
    ]
    top = Table([[left, right]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm])
    top.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return top


def _route_flags(stop: Stop, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """Why the route flags this stop (far from the others, placed by postal code, a late appointment), and the
    recipient near or over the yearly gift limit, and a colleague's planned visit to the prospect."""
    flags = [*stop.route_flags, *([stop.limit_flag] if stop.limit_flag is not None else [])]
    said = [text.route_flag(flag) for flag in flags] + [
        text.colleague_visit(c.seller, c.seller_id, c.date) for c in stop.colleague_visits
    ]
    if not said:
        return []
    lines = "<br/>".join("<b>" + WARN + "</b> " + markup_of(line) for line in said)
    return [boxed([st.p(lines, st.alert)], width, ALERT_BG, ALERT, padding=(5, 4, 6, 5)), Spacer(0, 2 * mm)]


def _gift_and_opening(
    stop: Stop, sheet: DaySheet, text: ReportText, st: Styles, width: float
) -> list[Flowable]:
    """The gift to bring and how to open the conversation."""
    translate = text.catalog.translate
    gift = "<b>" + markup_of(translate("Report", "Gift to bring")) + ":</b> "
    if stop.gift is not None:
        gift += markup_of(stop.gift.name)
        if (
            stop.gift.kind
        ):  # after a dot: kind labels have brackets of their own ("content (e-book, article)")
            gift += (
                " <font color='#5F6670'>\u00b7 " + markup_of(text.enum("gift", stop.gift.kind)) + "</font>"
            )
    else:
        gift += markup_of(translate("Report", "none chosen for this visit"))
    opening = [
        PlainText(translate("Report", "Suggested opening"), BOLD, 7.5),
        PlainText(text.opening_line(stop, sheet.seller), OBLIQUE, 10, 13.5),
        PlainText(translate("Report", "Give first: ask for nothing in return today."), size=7.5, color=GREY),
    ]
    return [
        boxed([st.p(gift, st.gift)], width, GIFT_BG, GIFT_LINE),
        Spacer(0, 2 * mm),
        boxed(opening, width, OPENING_BG, OPENING_LINE),
    ]


def _history(stop: Stop, sheet: DaySheet, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """Contacts, earlier gifts and outcomes, open follow-ups: a section each (the first two always)."""
    translate = text.catalog.translate
    story = section(
        translate("Report", "Contacts"),
        _contacts(stop, text, width)
        or [PlainText(translate("Report", "No contacts yet \u2013 ask who decides."))],
        st,
    )
    story += section(
        translate("Report", "Earlier gifts"),
        _earlier_gifts(stop, text, st, width)
        or [PlainText(translate("Report", "None yet \u2013 this is the first gift."))],
        st,
    )
    if stop.earlier_outcomes:
        story += section(translate("Report", "Earlier outcomes"), _earlier_outcomes(stop, text, width), st)
    if stop.open_followups:
        story += section(
            translate("Report", "Open follow-ups"), _open_followups(stop, sheet, text, width), st
        )
    return story


def _contacts(stop: Stop, text: ReportText, width: float) -> list[Flowable]:
    """The contacts, decision makers first (nothing when there are none)."""
    translate = text.catalog.translate
    if not stop.contacts:
        return []
    headers = [translate("Report", "Name"), translate("Report", "Role"), translate("Report", "Phone")]
    grid = Grid(width, (0.25, 0.2, 0.18, 0.37), [*headers, translate("Report", "E-mail")])
    for contact in stop.contacts:
        name = (STAR + " " + contact.name, BOLD) if contact.is_decision_maker else contact.name
        grid.add([name, contact.role, contact.phone, contact.email])
    body: list[Flowable] = [grid.table()]
    if any(c.is_decision_maker for c in stop.contacts):
        body.append(PlainText(STAR + " = " + translate("Report", "decision maker"), size=7.5, color=GREY))
    return body


def _earlier_gifts(stop: Stop, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """Earlier gifts, newest first, with whom they were for and how they were received."""
    if not stop.earlier_gifts:
        return []
    translate = text.catalog.translate
    grid = Grid(
        width,
        (0.15, 0.18, 0.4, 0.27),
        [
            translate("Report", "Date"),
            translate("Report", "Kind"),
            translate("Report", "Gift"),
            translate("Report", "Reaction"),
        ],
    )
    for past in stop.earlier_gifts:
        what: Flowable | str = past.description + (f" \u00d7 {past.quantity}" if past.quantity > 1 else "")
        if past.contact_name:
            recipient = translate("Report", "for {name}").format(name=past.contact_name)
            what = st.p(markup_of(what) + _SMALL_GREY.format(markup_of(recipient)), st.cell)
        grid.add([text.date(past.date), text.enum("gift", past.kind), what, _reaction(past, text, st)])
    return [grid.table()]


def _reaction(past: PastGift, text: ReportText, st: Styles) -> Flowable | str | tuple:
    if not past.reaction:
        return (text.catalog.translate("Report", "not known yet \u2013 ask"), BOLD, ASK)
    if past.reaction_note:
        label = markup_of(text.enum("reaction", past.reaction))
        return st.p(label + _SMALL_GREY.format(markup_of(past.reaction_note)), st.cell)
    return text.enum("reaction", past.reaction)


def _earlier_outcomes(stop: Stop, text: ReportText, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    headers = [
        translate("Report", "Date"),
        translate("Report", "What came back"),
        translate("Report", "Value"),
    ]
    grid = Grid(width, (0.15, 0.25, 0.15, 0.45), [*headers, translate("Report", "Note")])
    for outcome in stop.earlier_outcomes:
        value = text.money(outcome.value_cents) if outcome.value_cents else ""
        grid.add([text.date(outcome.date), text.enum("outcome", outcome.kind), value, outcome.note])
    return [grid.table()]


def _open_followups(stop: Stop, sheet: DaySheet, text: ReportText, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    headers = [translate("Report", "Due"), translate("Report", "To do"), translate("Report", "Note")]
    grid = Grid(width, (0.15, 0.3, 0.55), headers)
    overdue = translate("Report", "overdue")
    for followup in stop.open_followups:
        due: str | tuple = text.date(followup.due)
        if followup.due < sheet.date:
            due = (due + "\n" + overdue, BOLD, ALERT)
        grid.add([due, text.enum("followup", followup.kind), text.followup_note(followup.note)])
    return [grid.table()]


def _notes(stop: Stop, text: ReportText, st: Styles) -> list[Flowable]:
    """Notes so far: about the prospect, from the last visit, for this visit."""
    translate = text.catalog.translate
    notes: list[tuple[str, str]] = []
    if stop.prospect_notes:
        notes.append((translate("Report", "About the prospect"), stop.prospect_notes))
    if stop.last_visit_notes and stop.last_visit_date:
        label = translate("Report", "Last visit ({date})").format(date=text.date(stop.last_visit_date))
        notes.append((label, stop.last_visit_notes))
    if stop.visit_notes:
        notes.append((translate("Report", "For this visit"), stop.visit_notes))
    if not notes:
        return []
    paragraphs: list[Flowable] = [
        st.p("<b>" + markup_of(label) + ":</b> " + markup_of(note), st.base) for label, note in notes
    ]
    return section(translate("Report", "Notes so far"), paragraphs, st)


def _outcome_of_the_visit(text: ReportText) -> list[Flowable]:
    """What happened: ticks and room to write."""
    translate = text.catalog.translate
    labels = [
        translate("Report", "nobody there"),
        translate("Report", "talked"),
        translate("Report", "gift handed over"),
        translate("Report", "meeting agreed"),
        translate("Report", "referral"),
        translate("Report", "order"),
    ]
    ruled = RuledLines(min_lines=3, max_lines=24)
    outcome_block = [
        heading(translate("Report", "Outcome of the visit")),
        Checks(labels, columns=3),
        PlainText(translate("Report", "Notes and next step"), size=7.5, color=GREY, space_before=3),
    ]
    return [CondPageBreak(26 * mm + ruled.min_lines * ruled.spacing), KeepTogether(outcome_block), ruled]
