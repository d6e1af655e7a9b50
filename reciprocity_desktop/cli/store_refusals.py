"""The store's refusals (store/errors.py, whose sentences are English) in the run's language.

The window has its own translated texts for them; these are the command line's, word for word the
English of :class:`~reciprocity_desktop.store.errors.StoreDamaged` and ``StoreReadOnly``.
"""

from __future__ import annotations

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.store.errors import StoreDamaged, StoreReadOnly


def store_refusal(exc: StoreDamaged | StoreReadOnly) -> str:
    """The store's refusal (store/errors.py, in English there) in the run's language: the same sentences."""
    if isinstance(exc, StoreReadOnly):
        line = cli.tr(
            "The store {path} is read-only (its file or folder may not be written), so nothing was changed."
        )
        return line.format(path=exc.path)
    if exc.backup is not None:
        line = cli.tr(
            "The file {path} is not a Reciprocity store or it is damaged, so it was not used; restore "
            "its newest sound backup with `reciprocity-desktop restore {backup}`."
        )
        return line.format(path=exc.path, backup=exc.backup)
    line = cli.tr(
        "The file {path} is not a Reciprocity store or it is damaged, so it was not used, and "
        "there is no sound backup of it in {folder}."
    )
    return line.format(path=exc.path, folder=backup_dir_for(exc.path))
