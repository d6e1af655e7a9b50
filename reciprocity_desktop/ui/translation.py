"""The window's language: our catalog and Qt's own through QTranslator, the locale of its formats, and
the pseudo-locale for checking layouts (``RECIPROCITY_LANG=pseudo``).

Only the chosen language's ``.qm`` files are loaded (a few milliseconds at start-up). The English
catalog, which holds only plural forms ("%n stop(s)" → "1 stop", "2 stops"), goes in first, under the
chosen one, so a count the language has not translated yet still reads as English does.
A new language applies after a restart: the pages write their texts when they are built.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reciprocity_desktop.i18n import LOCALES, PSEUDO, choose_language, pseudo
from reciprocity_desktop.paths import resource


class PseudoTranslator(QTranslator):
    """Every text about 40 % longer, with accents, placeholders and mnemonics kept (:func:`i18n.pseudo`)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def window_language(setting: object = None) -> str:
    """``$RECIPROCITY_LANG``, else the ``language`` setting, else the system's languages as Qt sees them."""
    return choose_language(setting, system=QLocale.system().uiLanguages())


def use_locale(lang: str) -> None:
    """Dates, numbers and money in ``lang``'s formats; the system's own where it speaks ``lang`` (so
    Austria keeps "Jän." and Belgium its own formats), and for the pseudo-locale."""
    system = QLocale.system()
    if lang == PSEUDO or system.language() == QLocale(LOCALES[lang]).language():
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(LOCALES[lang]))


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Install the catalogs of ``lang`` (default: :func:`window_language` without a store setting)."""
    lang = lang or window_language()
    use_locale(lang)
    if lang == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        return [translator]
    ours = str(resource("i18n"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Each entry: the catalogs to try, the first that loads is installed.
    wanted: list[tuple[tuple[str, str], ...]] = [((ours, "reciprocity_en"),)]
    if lang != "en":
        wanted.append(((ours, f"reciprocity_{lang}"),))
        # Qt's standard buttons and dialogs; Slovenian has only the older, whole catalog.
        wanted.append(((qt_folder, f"qtbase_{lang}"), (qt_folder, f"qt_{lang}")))
    installed: list[QTranslator] = []
    for choices in wanted:
        for folder, name in choices:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
                break
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    """Take installed translators out again (and go back to the system's formats)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
