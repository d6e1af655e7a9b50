"""The window's language: the start-up installs the catalogs of the setting (or $RECIPROCITY_LANG), Qt's
own for the standard buttons, the locale of the formats; the pseudo-locale for checking layouts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reciprocity_desktop.i18n import LANG_ENV
from reciprocity_desktop.services import prospects, settings
from reciprocity_desktop.ui import app as app_module
from reciprocity_desktop.ui import labels
from reciprocity_desktop.ui.translation import PseudoTranslator, install_translators, window_language


@pytest.fixture
def clean(qapp, monkeypatch):
    """No translator and the system's formats after the test, whatever it installed."""
    monkeypatch.delenv(LANG_ENV, raising=False)
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def _buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    return [button.text() for button in box.buttons()]


def test_the_start_up_speaks_the_language_setting(clean, store, monkeypatch):
    """ui.app.run as a rep starts it: the store's language setting decides before the window is built."""
    prospects.add_prospect(store, name="Bäckerei Müller", country="DE")
    settings.set_(store, "language", "de")
    store_path = store.path
    store.close()
    seen = {}

    def exec_(app):
        seen["window"] = app.activeWindow() or next(
            w for w in QApplication.topLevelWidgets() if w.isVisible()
        )
        seen["report"] = QCoreApplication.translate("Report", "Route overview")
        seen["buttons"] = _buttons()
        seen["money"] = labels.fmt_money(123450)
        seen["country"] = labels.fmt_country("SI")
        seen["count"] = QCoreApplication.translate("PrintDayDialog", "%n stop(s) on the route.", "", 2)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run(store_path) == 0
    assert seen["report"] == "Routenübersicht"
    assert seen["buttons"] == ["OK", "Abbrechen"]  # Qt's own catalog
    assert seen["money"] == "1.234,50\xa0€" and seen["country"] == "Slowenien"
    assert seen["count"] == "2 Besuche auf der Route."  # German's own plural forms
    assert QLocale().name() == "de_DE"


def test_the_variable_overrides_the_setting_for_a_run(clean, monkeypatch):
    monkeypatch.setenv(LANG_ENV, "nl")
    assert window_language("de") == "nl"
    install_translators(clean, window_language("de"))
    assert QCoreApplication.translate("Report", "Route overview") == "Routeoverzicht"
    assert _buttons() == ["OK", "Annuleren"] and QLocale().name() == "nl_NL"


def test_english_keeps_the_systems_formats_where_it_speaks_english(clean):
    install_translators(clean, "en")
    assert QCoreApplication.translate("Report", "Route overview") == "Route overview"
    assert (
        QCoreApplication.translate("PrintDayDialog", "%n stop(s) on the route.", "", 1)
        == "1 stop on the route."
    )
    expected = QLocale.system().name() if QLocale.system().language() == QLocale.Language.English else "en_GB"
    assert QLocale().name() == expected


def test_slovenian_buttons_come_from_our_catalog_where_qt_has_none(clean):
    translators = install_translators(clean, "sl")
    assert len(translators) == 3  # ours in English (plurals) and Slovenian, and Qt's older catalog
    assert QCoreApplication.translate("Report", "Route overview") == "Pregled poti"
    assert QLocale().name() == "sl_SI"


def test_the_pseudo_locale_stretches_every_text_and_keeps_its_placeholders(clean, store):
    from PySide6.QtGui import QUndoStack

    from reciprocity_desktop.ui.context import StoreEvents, UiContext
    from reciprocity_desktop.ui.settings.dialog import SettingsDialog

    ctx = UiContext(store, StoreEvents(), QUndoStack())

    translators = install_translators(clean, "pseudo")
    assert [type(t) for t in translators] == [PseudoTranslator]
    dialog = SettingsDialog(ctx)
    assert dialog.windowTitle().startswith("⟦Šéţţîñĝš")
    count = QCoreApplication.translate("PrintDayDialog", "%n stop(s) on the route.", "", 3)
    assert count.startswith("⟦3 šţöp(š)") and "%n" not in count
    assert all(text.startswith("⟦") for text in _buttons())  # Qt's own words too
    dialog.deleteLater()
