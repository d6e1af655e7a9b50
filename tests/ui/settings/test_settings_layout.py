"""Edit → Settings… at a laptop's sizes, in English and in a longer language: every label whole,
the dialog inside the screen, no field over another."""

from __future__ import annotations

import re

import pytest
from dialog_helpers import with_dialog
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from reciprocity_desktop.services import prospects
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")


class Longer(QTranslator):
    """A pseudo-language whose words are a third longer (as German often is); placeholders kept."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt API
        if not source:
            return None
        return re.sub(
            r"(?<![%{&])\b[A-Za-z]{3,}\b(?!})",
            lambda m: m.group(0) + m.group(0)[1 : 1 + len(m.group(0)) // 3],
            source,
        )


@pytest.fixture(params=["en", "longer"])
def language(request, qapp):
    if request.param == "en":
        yield
        return
    translator = Longer(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def cut(dialog: QWidget) -> list[str]:
    """The labels and buttons of ``dialog`` narrower than their text."""
    widgets = [w for w in dialog.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)]
    return [
        w.text()
        for w in widgets
        if w.isVisibleTo(dialog)
        and w.text()
        and not getattr(w, "wordWrap", lambda: False)()
        and w.width() < w.minimumSizeHint().width()
    ]


def overlapping(dialog: QWidget) -> list[tuple[str, str]]:
    """Pairs of the dialog's fields (siblings) that overlap."""
    fields = [w for w in dialog.findChildren(QWidget) if w.objectName() and w.isVisibleTo(dialog)]
    return [
        (a.objectName(), b.objectName())
        for i, a in enumerate(fields)
        for b in fields[i + 1 :]
        if a.parentWidget() is b.parentWidget() and a.geometry().intersects(b.geometry())
    ]


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_every_label_is_whole_and_the_dialog_fits_the_screen(qtbot, store, language, size):
    prospects.add_prospect(store, name="Bäckerei Müller", country="DE")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def look(dialog: SettingsDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        QApplication.processEvents()
        seen["cut"], seen["overlapping"] = cut(dialog), overlapping(dialog)
        seen["size"] = (dialog.width(), dialog.height())

    with_dialog(qtbot, window.settings_action.trigger, look)
    assert seen["cut"] == []
    assert seen["overlapping"] == []
    width, height = seen["size"]
    assert width <= size[0] and height + 40 <= size[1]  # the title bar too
