"""File → Print day…: the dialog's choices and what printing does when it works and when it cannot."""

from __future__ import annotations

import datetime as dt

import pytest
from dialog_helpers import with_dialog
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow

from reciprocity_desktop.services import prospects, visits
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.planner import print_dialog

DAY = dt.date.today() + dt.timedelta(days=2)


@pytest.fixture
def planned(store):
    ids = [prospects.add_prospect(store, name=name, city="Köln").id for name in ("Alpha", "Beta", "Gamma")]
    stops = visits.plan_day(store, DAY, ids)
    with store.session() as session:
        session.get(Visit, stops[2].id).status = "cancelled"
    return stops


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def answer(monkeypatch, fill) -> None:
    """The user fills in the dialog (``fill(dialog)``) and clicks Print to PDF."""

    def exec_(self):
        fill(self)
        return 1 if self.print_button.isEnabled() else 0

    monkeypatch.setattr(print_dialog.PrintDayDialog, "exec", exec_)


@pytest.fixture
def english_plurals(qapp):
    """The window's English catalog (its plural forms), as the real start installs it."""
    from reciprocity_desktop.ui.translation import install_translators, remove_translators

    installed = install_translators(qapp, "en")
    yield
    remove_translators(qapp, installed)


def test_the_dialog_counts_the_stops_to_print_and_offers_a_path(ctx, planned, qtbot, english_plurals):
    dialog = print_dialog.PrintDayDialog(ctx, DAY)
    qtbot.addWidget(dialog)
    assert dialog.stops.text() == "2 stops on the route."  # the cancelled one is not printed
    assert dialog.print_button.isEnabled()
    assert dialog.path.text() == str(print_dialog.default_pdf_path(DAY))
    assert dialog.path.text().endswith(f"visits-{DAY.isoformat()}.pdf")
    dialog.date.setDate(dialog.date.date().addDays(1))
    assert dialog.stops.text() == "No visits planned for this day."
    assert not dialog.print_button.isEnabled()
    assert dialog.path.text().endswith(f"visits-{(DAY + dt.timedelta(days=1)).isoformat()}.pdf")
    # A file the user chose stays when the day changes.
    dialog.path.setText("/somewhere/mine.pdf")
    dialog.date.setDate(dialog.date.date().addDays(-1))
    assert dialog.path.text() == "/somewhere/mine.pdf" and dialog.print_button.isEnabled()


def test_printing_writes_the_pdf_opens_it_and_says_so(ctx, planned, window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "sub" / "day.pdf"
    answer(monkeypatch, lambda dialog: dialog.path.setText(str(target)))
    opened: list[str] = []
    monkeypatch.setattr(
        print_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    task = print_dialog.print_day(window, ctx, DAY)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert opened == [str(target)]
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Alpha" in text and "Beta" in text and "Gamma" not in text
    # The day as the other pages write it, not as ISO.
    assert window.statusBar().currentMessage() == f"Printed {fmt_date(DAY)} to {target}."


def test_cancel_prints_nothing(ctx, planned, window, monkeypatch):
    monkeypatch.setattr(print_dialog.PrintDayDialog, "exec", lambda self: 0)
    assert print_dialog.print_day(window, ctx, DAY) is None


def test_a_folder_that_cannot_be_made_is_said_plainly(
    ctx, planned, window, tmp_path, monkeypatch, no_message_boxes
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    answer(monkeypatch, lambda dialog: dialog.path.setText(str(blocker / "day.pdf")))
    assert print_dialog.print_day(window, ctx, DAY) is None
    assert len(no_message_boxes) == 1 and no_message_boxes[0].startswith(f"Cannot print: {blocker}: ")


def test_a_refusal_of_the_report_is_said_plainly(
    ctx, planned, window, qtbot, tmp_path, monkeypatch, no_message_boxes
):
    def no_paper(dialog):
        dialog.path.setText(str(tmp_path / "day.pdf"))
        dialog.paper.setItemData(0, "a3")  # a paper the report does not know
        dialog.paper.setCurrentIndex(0)

    answer(monkeypatch, no_paper)
    task = print_dialog.print_day(window, ctx, DAY, open_when_done=False)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert no_message_boxes == ["Cannot print: Paper 'a3' is not one of: a4, letter."]
    assert not (tmp_path / "day.pdf").exists()


# -- through the real window: the Visits page's Print day… button and File → Print day… -----------------


@pytest.fixture
def main(qtbot, store, planned):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def browsed(monkeypatch):
    """Browse… would open a file picker: record that it was asked for instead."""
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (asked.append("browse"), ("", ""))[1]
    )
    return asked


def open_from_the_visits_page(main):
    page = main.show_page("planner")
    page.date_edit.setDate(DAY)
    return page.print_button.click


def printed_to(qtbot, main, target) -> None:
    qtbot.waitUntil(lambda: main.statusBar().currentMessage().startswith("Printed "), timeout=30_000)
    assert main.statusBar().currentMessage() == f"Printed {fmt_date(DAY)} to {target}."
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Alpha" in text and "Beta" in text


@pytest.mark.parametrize("where", ["date", "path", "browse"])
def test_enter_prints_wherever_the_focus_is(qtbot, main, tmp_path, monkeypatch, browsed, where):
    target = tmp_path / "enter.pdf"
    opened: list[str] = []
    monkeypatch.setattr(
        print_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )

    def press_enter(dialog):
        dialog.path.setText(str(target))
        assert dialog.print_button.isDefault() and not dialog.browse_button.isDefault()
        assert not dialog.browse_button.autoDefault()
        widget = {"date": dialog.date, "path": dialog.path, "browse": dialog.browse_button}[where]
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert not dialog.isVisible(), "Enter did not close the dialog"

    with_dialog(qtbot, open_from_the_visits_page(main), press_enter)
    printed_to(qtbot, main, target)
    assert browsed == [] and opened == [str(target)]


def test_browse_still_browses_when_clicked(qtbot, main, browsed):
    def click_browse(dialog):
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()

    with_dialog(qtbot, main.print_action.trigger, click_browse)
    assert browsed == ["browse"]


def test_the_labels_show_no_ampersand_and_their_mnemonics_reach_their_fields(qtbot, main):
    seen: dict[str, object] = {}

    def look(dialog):
        labels = [label for label in dialog.findChildren(QLabel) if label.text()]
        seen["texts"] = [label.text() for label in labels]
        # An "&" in a label is shown only when the label has no field to be the mnemonic of.
        seen["without_buddy"] = [
            label.text() for label in labels if "&" in label.text() and label.buddy() is None
        ]
        save_to = next(label for label in labels if label.text().replace("&", "") == "Save to:")
        seen["save_to_buddy"] = save_to.buddy() is dialog.path
        dialog.date.setFocus()
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        seen["focus_after_alt_s"] = QApplication.focusWidget() is dialog.path

    with_dialog(qtbot, main.print_action.trigger, look)
    assert "&Save to:" in seen["texts"]
    assert seen["without_buddy"] == []
    assert seen["save_to_buddy"] and seen["focus_after_alt_s"]


def test_a_pdf_that_cannot_be_opened_is_said_in_the_window_with_where_it_is(
    qtbot, main, tmp_path, monkeypatch, no_message_boxes
):
    target = tmp_path / "day.pdf"
    monkeypatch.setattr(print_dialog.QDesktopServices, "openUrl", lambda url: False)

    def print_it(dialog):
        dialog.path.setText(str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    with_dialog(qtbot, open_from_the_visits_page(main), print_it)
    printed_to(qtbot, main, target)
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=5_000)
    assert len(no_message_boxes) == 1
    message = no_message_boxes[0]
    assert message.startswith("PDF not opened: The day is printed: the PDF is written at")
    assert (
        str(target) in message
        and "could not be opened because no program to show PDF files answered" in message
    )
