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
import re
import unicodedata
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
# A character written in UTF-8 with two to four bytes ("ü" is C3 BC). Read as Windows-1252 a letter
# so written is mojibake ("Ã¼"), which no one types: a file that is not UTF-8 but holds one is two
# files in one (see utf8_letter_at).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Each byte as what it could be in UTF-8: L a lead byte, C a continuation byte, "." anything else. A
# translated chunk is searched for "LC" (in C, fast) before a sequence is looked at.
_UTF8_MARKS = bytes(
    ord("L") if 0xC2 <= byte <= 0xF4 else ord("C") if 0x80 <= byte <= 0xBF else ord(".") for byte in range(256)
)

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


def utf8_letter_at(data: bytes) -> int | None:
    """Where ``data`` first holds a letter written in UTF-8 (not ASCII), or None.

    Letters only: a Windows-1252 text may well hold a pair of bytes that is some other UTF-8
    character ("Â" and a no-break space are C2 A0), but not one that reads as a letter ("Ã¼").
    """
    marks = data.translate(_UTF8_MARKS)
    at = marks.find(b"LC")
    while at >= 0:
        found = _UTF8_SEQUENCE.match(data, at)
        if found is not None and unicodedata.category(found.group().decode("utf-8"))[0] == "L":
            return at
        at = marks.find(b"LC", at + 1)
    return None


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
        utf8_seen: int | None = None  # position of the first character written in UTF-8 (not ASCII)
        tail = b""  # the last bytes of the chunk before (a UTF-8 character may span two chunks)
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
            if utf8_seen is None and not bom and not chunk.isascii():
                letter = utf8_letter_at(tail + chunk)
                if letter is not None:
                    utf8_seen = offset - len(tail) + letter
            tail = chunk[-3:]
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
                "{path} says it is UTF-8 but line {line} is not (bad byte at position {position}). Save the "
                "whole file as 'CSV UTF-8' and import it again; nothing was imported.",
                field="file",
                path=label,
                line=_lines_of(source, label, (utf8_bad,))[utf8_bad],
                position=utf8_bad,
            )
        return "utf-8-sig"
    if utf8_bad is None:
        return "utf-8"
    if utf8_seen is not None:
        raise _mixed(source, label, utf8_seen, utf8_bad)
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


def _mixed(source: Source, label: str, utf8_at: int, other_at: int) -> DomainError:
    """A file that is partly UTF-8, partly not: refused naming a line of each (never read as mojibake)."""
    lines = _lines_of(source, label, (utf8_at, other_at))
    return DomainError(
        "{path} mixes two encodings: line {utf8_line} is UTF-8, line {other_line} is not (Windows-1252?). "
        "Save the whole file as 'CSV UTF-8' and import it again; nothing was imported.",
        field="file",
        path=label,
        utf8_line=lines[utf8_at],
        other_line=lines[other_at],
    )


def _lines_of(source: Source, label: str, positions: tuple[int, ...]) -> dict[int, int]:
    """The line (from 1) of each byte position of the file, read through once more in chunks."""
    lines: dict[int, int] = {}
    with open_binary(source, label) as handle:
        start, line = 0, 1
        for chunk in _chunks(handle, handle.read(CHUNK)):
            for at in positions:
                if start <= at < start + len(chunk):
                    lines[at] = line + chunk.count(b"\n", 0, at - start)
            line += chunk.count(b"\n")
            start += len(chunk)
    return {at: lines.get(at, line) for at in positions}


def open_text(source: Source, label: str, encoding: str) -> TextIO:
    """The file decoded as a stream of text, line ends kept as they are (for the csv module)."""
    return io.TextIOWrapper(open_binary(source, label), encoding=encoding, newline="")
