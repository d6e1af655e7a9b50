"""File → Print day…: the dialog's choices and what printing does when it works and when it cannot."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMainWindow

from reciprocity_desktop.services import prospects, visits
from reciprocity_desktop.store.models import Visit
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


def test_the_dialog_counts_the_stops_to_print_and_offers_a_path(ctx, planned, qtbot):
    dialog = print_dialog.PrintDayDialog(ctx, DAY)
    qtbot.addWidget(dialog)
    assert dialog.stops.text() == "2 stop(s) on the route."  # the cancelled one is not printed
    assert dialog.print_button.isEnabled()
    assert dialog.path.text() == str(print_dialog.default_pdf_path(DAY))
    assert dialog.path.text().endswith(f"visits-{DAY.isoformat()}.pdf")
    dialog.date.setDate(dialog.date.date().addDays(1))
    assert dialog.stops.text() == "No visits planned for this day."
    assert not dialog.print_button.isEnabled()
    assert dialog.path.text().endswith(f"visits-{(DAY + dt.timedelta(days=1)).isoformat()}.pdf")


def test_printing_writes_the_pdf_opens_it_and_says_so(ctx, planned, window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "sub" / "day.pdf"
    answer(monkeypatch, lambda dialog: dialog.path.setText(str(target)))
    opened: list[str] = []
    monkeypatch.setattr(
        print_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    task = print_dialog.print_day(window, ctx, DAY)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert opened == [str(target)]
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Alpha" in text and "Beta" in text and "Gamma" not in text
    assert window.statusBar().currentMessage() == f"Printed {DAY.isoformat()} to {target}."


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
