"""The first page of the printed day: the route in order (with its kilometres, each leg's under its
time, and the end of the day), then the gift kit to load into the car."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from reciprocity_desktop.reports.flowables import Checks, PlainText, SectionMark, boxed, heading
from reciprocity_desktop.reports.fonts import BOLD, REGULAR
from reciprocity_desktop.reports.styles import (
    ALERT,
    ALERT_BG,
    CELL_LEADING,
    CELL_SIZE,
    GREY,
    STAR,
    WARN,
    Grid,
    Styles,
    markup_of,
)
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.services.day_sheet import DaySheet, Stop
from reciprocity_desktop.services.gift_kit import KitLine

Translate = Callable[[str, str], str]


def overview(sheet: DaySheet, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """The route overview: title, facts, one row per stop, the decision-maker legend and the gift kit."""
    translate = text.catalog.translate
    story: list[Flowable] = [SectionMark(None)]
    story.append(
        st.p(
            markup_of(translate("Report", "Route overview"))
            + " \u2013 "
            + markup_of(text.long_date(sheet.date)),
            st.title,
        )
    )
    facts = [translate("Report", "Seller") + ": " + (sheet.seller or "\u2014")]
    facts.append(translate("Report", "Stops: {count}").format(count=len(sheet.stops)))
    if sheet.cancelled_count:
        facts.append(
            translate("Report", "Cancelled visits (not shown): {count}").format(count=sheet.cancelled_count)
        )
    story.append(PlainText("   \u00b7   ".join(facts), size=7.5, color=GREY))
    if sheet.route is not None:
        story.append(PlainText(route_line(sheet, text), size=8.5, space_before=2))
    story.append(Spacer(0, 4 * mm))
    story.append(_route_table(sheet, text, width))
    if any(stop.main_contact and stop.main_contact.is_decision_maker for stop in sheet.stops):
        story.append(Spacer(0, 1.5 * mm))
        story.append(PlainText(STAR + " = " + translate("Report", "decision maker"), size=7.5, color=GREY))
    story.extend(kit_block(sheet, text, st, width))
    return story


def route_line(sheet: DaySheet, text: ReportText) -> str:
    """The route as a whole: its road kilometres, where and when it starts, when the day ends."""
    translate = text.catalog.translate
    route = sheet.route
    assert route is not None
    parts = []
    if route.total_km is not None:
        parts.append(
            translate("Report", "Route: {km} by road (estimated: {factor} × the straight line)").format(
                km=text.km(route.total_km), factor=text.number(route.road_factor)
            )
        )
    if route.unknown_legs:
        parts.append(translate("Report", "Legs of unknown length: {count}").format(count=route.unknown_legs))
    if route.from_home:
        parts.append(
            translate("Report", "From home ({home}) at {time}").format(
                home=home_label(sheet), time=route.day_start
            )
        )
    elif route.home_note is not None:
        parts.append(text.home_note(route.home_note))
    if route.end:
        end = (
            translate("Report", "Back home at {time}")
            if route.from_home
            else translate("Report", "Last visit ends at {time}")
        )
        parts.append(end.format(time=text.clock(route.end)))
    return "   \u00b7   ".join(parts)


def home_label(sheet: DaySheet) -> str:
    """Where the route starts and ends, written as the stops' towns are ("80331 München")."""
    return " ".join(part for part in (sheet.home_postal_code, sheet.home_city) if part)


def _time_cell(stop: Stop, text: ReportText) -> list[Flowable]:
    """The planned time (bold for a fixed appointment) and, under it, the road km of the leg to it."""
    cell: list[Flowable] = [
        PlainText(stop.planned_time, BOLD if stop.fixed_time else REGULAR, CELL_SIZE, CELL_LEADING)
    ]
    if stop.fixed_time:
        cell.append(PlainText(text.catalog.translate("Report", "fixed time"), size=6.5, color=GREY))
    if stop.leg_km is not None:
        cell.append(PlainText(text.km(stop.leg_km), size=7, color=GREY))
    return cell


def _route_table(sheet: DaySheet, text: ReportText, width: float) -> Table:
    translate = text.catalog.translate
    grid = Grid(
        width,
        (0.045, 0.095, 0.275, 0.215, 0.19, 0.18),  # the time column holds "1,024.1 km"
        [
            "#",
            translate("Report", "Time"),
            translate("Report", "Company and address"),
            translate("Report", "Contact and phone"),
            translate("Report", "Gift to bring"),
            translate("Report", "Result"),
        ],
    )
    labels = [translate("Report", "done"), translate("Report", "nobody there")]
    for stop in sheet.stops:
        company = [PlainText(stop.name, BOLD, CELL_SIZE, CELL_LEADING)]
        address = text.stop_address(stop, sheet.home_country)
        if address:
            company.append(PlainText("\n".join(address), REGULAR, CELL_SIZE, CELL_LEADING))
        for flag in stop.route_flags:
            company.append(
                PlainText(WARN + " " + text.route_flag(flag), BOLD, 7, 8.5, color=ALERT, space_before=1)
            )
        gift: list[Flowable] | str = ""
        if stop.gift is not None:
            gift = [PlainText(stop.gift.name, REGULAR, CELL_SIZE, CELL_LEADING)]
            if stop.gift.kind:
                gift.append(PlainText(text.enum("gift", stop.gift.kind), size=7, color=GREY))
        checks = Checks(labels, ticked=(stop.status == "done", stop.status == "nobody_there"), size=8.5)
        grid.add(
            [
                (str(stop.number), BOLD),
                _time_cell(stop, text),
                company,
                _contact_cell(stop, text),
                gift,
                checks,
            ]
        )
    route = sheet.route
    if route is not None and route.from_home and route.back_km is not None:
        home = [PlainText(translate("Report", "Back home"), BOLD, CELL_SIZE, CELL_LEADING)]
        if home_label(sheet):
            home.append(PlainText(home_label(sheet), REGULAR, CELL_SIZE, CELL_LEADING))
        arrive = [
            PlainText(text.clock(route.end), BOLD, CELL_SIZE, CELL_LEADING),
            PlainText(text.km(route.back_km), size=7, color=GREY),
        ]
        grid.add(["\u2302", arrive, home, "", "", ""])
    return grid.table()


def _contact_cell(stop: Stop, text: ReportText) -> list[Flowable] | str:
    """The main contact (★ for a decision maker) with their role, how many others there are, and the
    phone numbers to call."""
    main = stop.main_contact
    cell: list[Flowable] = []
    if main is not None:
        line = (STAR + " " if main.is_decision_maker else "") + main.name
        if main.role:
            line += f" ({main.role})"
        cell.append(PlainText(line, REGULAR, CELL_SIZE, CELL_LEADING))
        if len(stop.contacts) > 1:
            cell.append(PlainText(text.more_contacts(len(stop.contacts) - 1), size=7, color=GREY))
    phones = [p for p in ((main.phone if main else ""), stop.phone) if p]
    if phones:
        lines = "\n".join("\u260e " + phone for phone in dict.fromkeys(phones))
        cell.append(PlainText(lines, REGULAR, CELL_SIZE, CELL_LEADING))
    return cell or ""


# -- the gift kit ------------------------------------------------------------------------------------------


def kit_block(sheet: DaySheet, text: ReportText, st: Styles, width: float) -> list[Flowable]:
    """The gift kit: a banner for shortages, the stock items to load and the gifts not from stock."""
    translate = text.catalog.translate
    block: list[Flowable] = [heading(translate("Report", "Gift kit \u2013 load into the car"))]
    if not sheet.kit and not sheet.loose_gifts:
        block.append(PlainText(translate("Report", "No gifts to bring today.")))
        return [CondPageBreak(25 * mm), KeepTogether(block)]
    if sheet.shortages:
        block += [_shortage_banner(sheet.shortages, translate, st, width), Spacer(0, 2 * mm)]
    if sheet.kit:
        block.append(_stock_table(sheet.kit, text, width))
    if sheet.loose_gifts:
        block.append(Spacer(0, 2.5 * mm))
        block.append(PlainText(translate("Report", "Also bring (not from stock)"), BOLD))
        block.append(_loose_table(sheet, translate, width))
    return [CondPageBreak(40 * mm), KeepTogether(block)]


def _shortage_banner(
    shortages: tuple[KitLine, ...], translate: Translate, st: Styles, width: float
) -> Flowable:
    warning = (
        "<b>"
        + WARN
        + " "
        + markup_of(translate("Report", "Not enough in stock for today"))
        + ":</b> "
        + markup_of(", ".join(line.name for line in shortages))
    )
    # Table's default right padding (6) beside the box's own left, top and bottom.
    return boxed([st.p(warning, st.alert)], width, ALERT_BG, ALERT, padding=(5, 4, 6, 5))


def _stock_table(kit: tuple[KitLine, ...], text: ReportText, width: float) -> Table:
    translate = text.catalog.translate
    grid = Grid(
        width,
        (0.29, 0.19, 0.1, 0.1, 0.2, 0.12),
        [
            translate("Report", "Item"),
            translate("Report", "Kind"),
            translate("Report", "Needed"),
            translate("Report", "In stock"),
            translate("Report", "Status"),
            translate("Report", "Loaded"),
        ],
    )
    for line in kit:
        status: str | tuple[str, str]
        if line.missing:
            status = (WARN + " " + translate("Report", "Missing: {count}").format(count=line.missing), BOLD)
        else:
            status = translate("Report", "Left after today: {count}").format(count=line.left_after)
            if line.low_after:
                status = (status + " (" + translate("Report", "low") + ")", BOLD)
        name, kind = (line.name, BOLD), text.enum("gift", line.kind)
        row = grid.add([name, kind, (str(line.needed), BOLD), str(line.in_stock), status, Checks([""])])
        if line.missing:
            grid.shade(row, ALERT_BG, ALERT)
    return grid.table()


def _loose_table(sheet: DaySheet, translate: Translate, width: float) -> Table:
    grid = Grid(
        width,
        (0.06, 0.44, 0.1, 0.4),
        ["", translate("Report", "Gift"), translate("Report", "Needed"), translate("Report", "For stops")],
    )
    for gift in sheet.loose_gifts:
        if len(gift.stops) == 1:
            number, name = gift.stops[0]
            where = translate("Report", "Stop {number}").format(number=number) + " \u00b7 " + name
        else:
            where = ", ".join(str(number) for number, _ in gift.stops)
        grid.add([Checks([""]), gift.description, (str(gift.needed), BOLD), where])
    return grid.table(stripes=False)
