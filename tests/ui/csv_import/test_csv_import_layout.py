"""The CSV import dialog on a rep's laptop screens (1366×768, 1024×640): it fits the screen, no text of
its question, counts or file note is cut, the short columns show their contents whole and the buttons
are on screen. Screenshots go to ``$RECIPROCITY_SCREENSHOTS`` when set (else the test's folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLabel

from reciprocity_desktop.services import csv_io, prospects
from reciprocity_desktop.ui.csv_import import CsvImportDialog
from reciprocity_desktop.ui.main_window import MainWindow

HEADER = (
    "Firma;Straße;Hausnummer;PLZ;Ort;Land;Telefon;E-Mail;Ansprechpartner;Funktion;Interne Nummer;Vertreter"
)


def _file(path: Path) -> Path:
    rows = [HEADER]
    for i in range(120):
        name = (
            f"Großbäckerei und Konditorei Müller-Lüdenscheidt {i} GmbH & Co. KG"
            if i % 5 == 0
            else f"Café {i}"
        )
        email = "keine-mail" if i % 17 == 3 else f"info{i}@example.com"
        country = "Atlantis" if i % 29 == 7 else ["Deutschland", "Österreich", "Schweiz"][i % 3]
        rows.append(
            f"{name};Philharmonikerstraße;{i};{10000 + i};Garmisch-Partenkirchen;{country};;{email};"
            f"Maria-Magdalena Schmidt-Oberhuber {i};Geschäftsführerin;{i};Herr Maier"
        )
    path.write_text("\r\n".join(rows), encoding="utf-8-sig")
    return path


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)], ids=["1366x768", "1024x640"])
def test_the_dialog_fits_and_cuts_no_text(qtbot, store, tmp_path, monkeypatch, size):
    prospects.add_prospect(
        store, name="Café 1", postal_code="10001", city="Garmisch-Partenkirchen", country="AT"
    )
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, *size))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    preview = csv_io.preview_csv(
        store, _file(tmp_path / "Kundenliste Süddeutschland 2026 (Export aus CRM).csv")
    )
    dialog = CsvImportDialog(preview, "Kundenliste Süddeutschland 2026 (Export aus CRM).csv", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert dialog.width() <= size[0] and dialog.height() <= size[1], (dialog.size(), size)
    labels = [
        dialog.question,
        dialog.file_note,
        dialog.rows_label,
        dialog.problems_label,
        *dialog.counts.values(),
    ]
    cut = [
        (label.objectName() or label.text()[:30], label.size().toTuple(), label.heightForWidth(label.width()))
        for label in labels
        if isinstance(label, QLabel)
        and label.isVisible()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
    for view, fitted in ((dialog.rows_table, (0, 1, 4, 6)), (dialog.problems_table, (0,))):
        header = view.horizontalHeader()
        assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width() + 1
        for column in fitted:  # the short columns are as wide as their contents
            assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
        assert view.height() >= 3 * view.verticalHeader().defaultSectionSize()  # rows to read, not a sliver
    for button in (dialog.import_button, dialog.cancel_button):
        right = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert button.isVisible() and right.x() <= dialog.width() and right.y() <= dialog.height()
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    assert dialog.grab().save(str(folder / f"csv-import-{size[0]}x{size[1]}.png"))
