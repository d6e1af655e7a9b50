"""Writing files so that a crash, a full disk or a cancelled job never leaves half a file behind.

Every file the program writes (the printed day, CSV exports, the gift register, sync files,
store backups, a person's data export) goes through :func:`atomic_path` or :func:`atomic_write`:
the content goes to a temporary file beside the target, is flushed to disk (``fsync``), renamed
over the target in one step and the folder is synced so the rename itself survives a power cut.
On any error the temporary file is removed and the target is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable where the OS allows it (not on Windows)."""
    with contextlib.suppress(OSError):
        _fsync_path(folder)


def temp_path_for(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (same folder, so the final rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}.part")


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` durably, on error it goes.

    For writers that want a file name (ReportLab, SQLite's backup API). The caller's writer must
    have closed the file when the ``with`` block ends.
    """
    target = Path(target)
    temp = temp_path_for(target)
    try:
        yield temp
        _fsync_path(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent if str(target.parent) else Path("."))


@contextlib.contextmanager
def atomic_write(
    target: Path | str, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing (``"wb"`` or ``"w"``); it becomes ``target`` when the block ends.

    >>> with atomic_write(path, "w", encoding="utf-8") as handle:
    ...     handle.write("text")
    """
    if mode not in {"w", "wb"}:
        raise ValueError(f"atomic_write writes new content only, not mode {mode!r}")
    with atomic_path(target) as temp:
        exclusive = mode.replace("w", "x")
        with open(temp, exclusive, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
