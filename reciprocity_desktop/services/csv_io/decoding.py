"""A CSV file's bytes: opening them, refusing binary files, choosing the encoding, decoding as a stream.

The bytes are UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else
Windows-1252. :func:`choose_encoding` decides from the whole file, read in chunks of ``CHUNK``
bytes (a later byte that is not UTF-8 makes the file Windows-1252, as it did when the file was
read whole); :func:`open_text` then decodes it as a stream. Neither holds more than a chunk.
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from reciprocity_desktop.services.errors import DomainError

#: Bytes read at a time.
CHUNK = 256 * 1024

_BINARY_SIGNATURES = (
    b"%PDF",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x1f\x8b",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\xd0\xcf\x11\xe0",  # old Office (.xls, .doc)
    b"SQLite format 3",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
)
#: The five bytes Windows-1252 leaves undefined.
_NOT_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")

Source = str | os.PathLike[str] | bytes


def label_of(source: Source) -> str:
    """How messages name the source: its path, or "The data" for bytes."""
    return "The data" if isinstance(source, bytes | bytearray) else str(source)


def open_binary(source: Source, label: str) -> BinaryIO:
    """The source's bytes as a file (a path is opened, bytes are wrapped). Raises DomainError."""
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(bytes(source))
    try:
        return open(Path(source), "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise DomainError("The file {path} does not exist.", field="file", path=label) from None
    except IsADirectoryError:
        raise DomainError("{path} is a folder, not a CSV file.", field="file", path=label) from None
    except PermissionError:
        raise DomainError(
            "The file {path} cannot be read (no permission).", field="file", path=label
        ) from None
    except OSError as exc:
        raise DomainError(
            "The file {path} cannot be read: {reason}.", field="file", path=label, reason=exc.strerror or exc
        ) from None


def not_text(label: str) -> DomainError:
    return DomainError(
        "{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.",
        field="file",
        path=label,
    )


def _chunks(handle: BinaryIO, first: bytes) -> Iterator[bytes]:
    chunk = first
    while chunk:
        yield chunk
        chunk = handle.read(CHUNK)


def _check_utf16(handle: BinaryIO, head: bytes, label: str) -> str:
    decoder = codecs.getincrementaldecoder("utf-16")()
    try:
        for chunk in _chunks(handle, head):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise not_text(label) from None
    return "utf-16"


def choose_encoding(source: Source, label: str) -> str:
    """The file's encoding ("utf-16", "utf-8-sig", "utf-8" or "cp1252"), read through once in chunks.

    Raises DomainError for a binary file or bytes that are no text in any of them.
    """
    with open_binary(source, label) as handle:
        head = handle.read(CHUNK)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _check_utf16(handle, head, label)
        if head.startswith(_BINARY_SIGNATURES):
            raise not_text(label)
        bom = head.startswith(b"\xef\xbb\xbf")
        utf8 = codecs.getincrementaldecoder("utf-8")()
        utf8_bad: int | None = None  # position of the first byte that is not UTF-8
        cp1252_bad: int | None = None
        offset = 0
        for chunk in _chunks(handle, head):
            if b"\x00" in chunk:
                raise not_text(label)
            if utf8_bad is None:
                skip = 3 if bom and offset == 0 else 0
                pending = len(utf8.getstate()[0])
                try:
                    utf8.decode(chunk[skip:] if skip else chunk)
                except UnicodeDecodeError as exc:
                    utf8_bad = offset + skip - pending + exc.start
            if cp1252_bad is None and not bom:
                found = [at for at in map(chunk.find, _NOT_CP1252) if at >= 0]  # memchr: no regex per byte
                if found:
                    cp1252_bad = offset + min(found)
            offset += len(chunk)
        if utf8_bad is None:
            pending = len(utf8.getstate()[0])
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                utf8_bad = offset - pending + exc.start
    if bom:
        if utf8_bad is not None:
            raise DomainError(
                "{path} says it is UTF-8 but is not (bad byte at position {position}).",
                field="file",
                path=label,
                position=utf8_bad,
            )
        return "utf-8-sig"
    if utf8_bad is None:
        return "utf-8"
    if cp1252_bad is None:
        return "cp1252"
    with open_binary(source, label) as handle:
        handle.seek(cp1252_bad)
        byte = handle.read(1)[0]
    raise DomainError(
        "{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). "
        "Save it as 'CSV UTF-8' and try again.",
        field="file",
        path=label,
        byte=byte,
        position=cp1252_bad,
    )


def open_text(source: Source, label: str, encoding: str) -> TextIO:
    """The file decoded as a stream of text, line ends kept as they are (for the csv module)."""
    return io.TextIOWrapper(open_binary(source, label), encoding=encoding, newline="")
