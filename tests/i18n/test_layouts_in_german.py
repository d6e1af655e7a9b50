"""Layouts that survive longer words: pages in German at the narrowest window (1024×640): the Gifts
table, the prospect filters, the Insights charts and lists."""

from __future__ import annotations

import pytest
from chart_texts import drawn_texts
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.translation import install_translators


@pytest.fixture
def german_window(qapp, qtbot, demo_store):
    install_translators(qapp, "de")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def _show(window, key, qtbot):
    page = window.show_page(key)
    qtbot.wait(50)
    QApplication.processEvents()
    return page


def test_the_gifts_table_does_not_scroll_sideways(german_window, qtbot):
    page = _show(german_window, "gifts", qtbot)
    assert page.table.horizontalHeader().sectionSize(page.COL_KIND) > 40  # the kind still shows
    assert not page.table.horizontalScrollBar().isVisible()
    assert page.table.horizontalScrollBar().maximum() == 0


def test_the_prospect_filters_show_their_longest_choice_whole(german_window, qtbot):
    page = _show(german_window, "prospects", qtbot)
    assert page.tag.itemText(0) == "Alle Schlagwörter"
    for combo in (page.stage, page.city, page.tag):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= combo.sizeHint().width() > widest, combo.objectName()
    assert page.search.width() > page.width() // 3  # the search field keeps its room
    # The detail pane's buttons are whole: each as wide as it asks to be.
    detail = page.detail
    for button in (detail.add_contact_button, detail.edit_contact_button, detail.export_contact_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    # The timeline's "What" shows "Wiedervorlage" whole.
    header = detail.timeline.horizontalHeader()
    assert header.sectionSize(1) > detail.timeline.fontMetrics().horizontalAdvance("Wiedervorlage")


def test_the_gift_qualities_have_short_headers_with_the_whole_word_in_the_tooltip(german_window, qtbot):
    page = _show(german_window, "gifts", qtbot)
    header, model = page.table.horizontalHeader(), page.table.model()
    for column, word in ((page.COL_PERSONAL, "Persönlich"), (page.COL_UNEXPECTED, "Unerwartet"),
                         (page.COL_MEANINGFUL, "Bedeutsam")):  # fmt: skip
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == word
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        assert len(shown) < len(word)  # "Pers.", "Unerw.", "Bed."
        # narrower than the word and the least padding a header gives it (the whole word took ~90 px)
        assert header.sectionSize(column) < header.fontMetrics().horizontalAdvance(word) + 12


def test_insights_show_the_lists_to_act_on_whole_and_every_chart_text_uncut(german_window, qtbot):
    page = german_window.pages["insights"]
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        german_window.show_page("insights")
    qtbot.wait(100)  # the charts lay out their axes
    QApplication.processEvents()
    # The "Zu erledigen" pane ends inside the page, its three tabs' titles whole.
    act = page.act
    assert act.mapTo(page, act.rect().topRight()).x() < page.width()
    bar = act.tabs.tabBar()
    assert bar.width() >= bar.sizeHint().width(), [bar.tabText(i) for i in range(bar.count())]
    assert bar.tabText(0) == "Noch keine Wiedervorlage (7)"
    charts = (page.rate_chart, page.days_chart, page.gifted_chart, page.months_chart)
    cut = {c.objectName(): [t for t in drawn_texts(c) if "..." in t or "…" in t] for c in charts}
    assert {name: texts for name, texts in cut.items() if texts} == {}
    assert "Veranstaltung" in drawn_texts(page.rate_chart)  # the longest kind whole
    assert "Ergebnisse" in drawn_texts(page.months_chart)  # the months' axis title whole
    # A title too long for one line stands on two, and the tooltip has it whole.
    rate = page.rate_chart
    assert rate.title == "Erwiderte Geschenke nach Art"
    drawn = " ".join(t for t in drawn_texts(rate) if "\n" in t).replace("\n", " ")
    assert drawn == rate.title and rate.toolTip() == rate.title


def test_the_settings_language_choice_shows_its_longest_item_whole(german_window, qtbot):
    from reciprocity_desktop.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(german_window.ctx, german_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.language
    assert combo.itemText(0) == "Sprache des Computers"
    # A combo with the same items that is sized to them: the room its longest item needs, arrow and frame
    # included (the country combos' 14 letters were less: "Sprache des Compute" showed).
    sized = QComboBox()
    sized.addItems([combo.itemText(i) for i in range(combo.count())])
    sized.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    assert combo.width() >= sized.sizeHint().width()
    dialog.reject()


def _colleagues_plan(store, prospect_ids) -> None:
    """Two colleagues each plan a visit to every one of ``prospect_ids`` (as their sync files bring them)."""
    import datetime as dt

    from reciprocity_desktop.store.models import Visit

    with store.session() as session:
        for number, prospect_id in enumerate(prospect_ids):
            for seller, days in (("Anna Kowalczyk-Brandstätter", 3), ("Bojan Novak", 9)):
                day = dt.date.today() + dt.timedelta(days=days + number)
                session.add(Visit(prospect_id=prospect_id, date=day, seller=seller, seller_id=f"id-{seller}"))


def test_colleague_notices_leave_the_route_and_the_pick_list_their_rows(german_window, demo_store, qtbot):
    import datetime as dt

    from reciprocity_desktop.services import visits

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    route = [v.prospect_id for v in visits.list_day(demo_store, tomorrow)]
    others = [p.id for p in visits.candidates_for_day(demo_store, tomorrow)][:4]
    assert len(route) == 7 and len(others) == 4
    _colleagues_plan(demo_store, route + others)
    page = _show(german_window, "planner", qtbot)
    page.set_day(tomorrow)
    page.pick.results.selectAll()
    qtbot.wait(50)
    QApplication.processEvents()
    for notice in (page.colleague_notice, page.pick.colleague_notice):
        assert notice.isVisibleTo(page) and len(notice.text().splitlines()) >= 8  # long: more than it shows
        shown = notice.visibleRegion().boundingRect().height()  # four lines at most: the rest scrolls
        assert (
            0 < shown <= 4 * notice.fontMetrics().lineSpacing() + 12 < notice.heightForWidth(notice.width())
        )
    # every stop of the day shows, and the pick list keeps four results in sight
    route_rows = page.route.verticalHeader()
    assert route_rows.sectionViewportPosition(6) + route_rows.sectionSize(6) <= page.route.viewport().height()
    results = page.pick.results
    assert results.viewport().height() >= 4 * results.verticalHeader().sectionSize(0)


def test_the_route_and_kit_headers_show_whole_beside_the_german_kit(german_window, demo_store, qtbot):
    import datetime as dt

    page = _show(german_window, "planner", qtbot)
    page.set_day(dt.date.today() + dt.timedelta(days=1))
    qtbot.wait(50)
    QApplication.processEvents()
    assert page.route_model.rowCount() == 7
    for table in (page.route, page.kit.kit):
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.model().columnCount()):
            text = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, text
    # the stops' names keep room for a word of "Zahnarztpraxis Dr. Özdemir" a line
    name = page.route.horizontalHeader().sectionSize(page.route_model.PROSPECT)
    assert name >= page.route.fontMetrics().horizontalAdvance("Zahnarztpraxis") + 8


def test_a_long_timeline_keeps_its_rows_beside_show_more_and_a_notice(german_window, demo_store, qtbot):
    import datetime as dt

    from reciprocity_desktop.store.models import FollowUp

    page = _show(german_window, "prospects", qtbot)
    page.table.selectRow(0)
    qtbot.wait(50)
    detail = page.detail
    prospect_id = detail.prospect_id
    _colleagues_plan(demo_store, [prospect_id])
    with demo_store.session() as session:
        for number in range(120):  # more than the timeline's first page
            day = dt.date.today() - dt.timedelta(days=400 + number)
            session.add(FollowUp(prospect_id=prospect_id, due=day, kind="call", done_on=day, result="Talked"))
    detail.show_prospect(prospect_id)
    qtbot.wait(50)
    QApplication.processEvents()
    assert detail.more_button.isVisibleTo(detail) and detail.colleague_notice.isVisibleTo(detail)
    rows = detail.timeline.viewport().height() // detail.timeline.verticalHeader().sectionSize(0)
    assert rows >= 3


def test_follow_ups_open_for_years_show_their_days_overdue_whole(qapp, qtbot, demo_store):
    """The status column's width comes from the formats, not the rows: wide enough for four digits."""
    import datetime as dt

    from reciprocity_desktop.services import visits
    from reciprocity_desktop.store.models import FollowUp

    prospect_id = visits.candidates_for_day(demo_store, dt.date.today())[0].id
    with demo_store.session() as session:
        for days in (1094, 3650):
            session.add(
                FollowUp(prospect_id=prospect_id, due=dt.date.today() - dt.timedelta(days=days), kind="call")
            )
    install_translators(qapp, "de")
    try:
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        qtbot.waitExposed(window)
        page = _show(window, "followups", qtbot)
        qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
        model, header = page.table.model(), page.table.horizontalHeader()
        texts = [model.index(row, page.COL_STATUS).data() for row in range(model.rowCount())]
        assert "3650 Tage überfällig" in texts and "1094 Tage überfällig" in texts
        metrics = page.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        assert header.sectionSize(page.COL_STATUS) >= widest + 8
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(QLocale.system())


def test_the_gift_totals_of_an_office_store_show_whole(german_window, qtbot):
    """300,000 gifts and their cost, grouped as German writes them, beside the gift buttons at 1024x640."""
    page = _show(german_window, "gifts", qtbot)
    page.model.figures = (300_000, 320_957_550)
    page._update_totals()
    qtbot.wait(20)
    QApplication.processEvents()
    label = page.totals_label
    assert label.text() == "300.000 Geschenke, Kosten insgesamt 3.209.575,50\xa0€"
    assert label.visibleRegion().boundingRect().width() >= label.fontMetrics().horizontalAdvance(label.text())
    assert label.geometry().right() <= page.width()


def test_the_follow_up_buckets_group_an_office_stores_counts(german_window, qtbot):
    from reciprocity_desktop.services.followups import DONE, OPEN

    page = _show(german_window, "followups", qtbot)
    page._show_bucket_counts({key: 282_549 for key in page.filter_buttons})
    assert page.filter_buttons[DONE].text().replace("&", "") == "Erledigt (282.549)"
    assert page.filter_buttons[OPEN].text().replace("&", "") == "Alle offenen (282.549)"
