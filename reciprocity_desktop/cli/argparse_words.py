"""argparse's own words ("usage: ", "the following arguments are required: %s" …) in the run's language.

argparse translates its texts with gettext's module-level ``gettext``, which it imported as its own
``_`` and looks up each time it writes a help text or an error. :func:`install` puts the run's
catalog in its place (context ``"argparse"``), so these words come from the same ``.ts`` catalogs as
every other text: no ``.mo`` files, no copy of argparse. English keeps gettext's own function, and
so does the pseudo-locale (its accents would break argparse's ``%(name)s`` placeholders).

The texts below are argparse's (Python 3.11 to 3.13) that a user can meet; the catalog is looked up
by the text itself, so a text argparse does not write (in another Python) costs nothing.
"""

from __future__ import annotations

import argparse
import functools
import gettext

from reciprocity_desktop.i18n import LANGUAGES, Catalog

CONTEXT = "argparse"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _translated(catalog: Catalog, message: str) -> str:
    return catalog.translate(CONTEXT, message)


def install(catalog: Catalog) -> None:
    """argparse's words in ``catalog``'s language from now on (gettext's own for English)."""
    if catalog.lang in LANGUAGES and catalog.lang != "en":
        argparse._ = functools.partial(_translated, catalog)  # type: ignore[attr-defined]
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
