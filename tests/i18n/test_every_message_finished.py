"""Every string the code marks is translated, in every language: no unfinished message in any catalog.

This fails until the translation pass of issue 12 has filled the catalogs (run
``python scripts/update_catalogs.py`` after translating, to rebuild the .qm files).
"""

from __future__ import annotations

import pytest
import update_catalogs
from test_translations import messages


@pytest.mark.parametrize("lang", update_catalogs.LANGS)
def test_every_message_is_finished(lang):
    unfinished = [
        f"{context}: {source!r}" for context, source, texts, finished in messages(lang) if not finished
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in reciprocity_{lang}.ts, e.g. {unfinished[:10]}"
