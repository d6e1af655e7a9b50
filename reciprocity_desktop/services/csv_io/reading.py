"""Reading a CSV file: decoding its bytes, sniffing the delimiter, finding and mapping the header.

The bytes are UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else
Windows-1252; the delimiter is a comma, semicolon, tab or pipe (an Excel ``sep=;`` first line is
honoured); the header is the row that names the most of our fields, the company name among them.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reciprocity_desktop.services.csv_io.headers import map_headers
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.textutil import FORMULA_START

_QUOTED_FORMULA = re.compile(r'^="(.*)"$', re.DOTALL)
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$", re.IGNORECASE)
_DELIMITERS = (",", ";", "\t", "|")
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
# Control characters no text file has (tab, line breaks and form feed are fine); many of them = binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class ParsedCsv:
    """A decoded CSV file: how it was read, how its header maps to our fields, and its rows."""

    encoding: str
    delimiter: str
    header_line: int
    headers: list[str]
    #: our field -> index of its column
    indexes: dict[str, int]
    #: (physical line the record starts on, its cells), blank rows left out
    records: list[tuple[int, list[str]]]

    @property
    def columns(self) -> dict[str, str]:
        """Our field -> the header found in the file."""
        return {name: self.headers[i] for name, i in self.indexes.items()}

    @property
    def ignored_columns(self) -> list[str]:
        used = set(self.indexes.values())
        return [h for i, h in enumerate(self.headers) if i not in used and h.strip()]

    def __len__(self) -> int:
        return len(self.records)

    def values(self, cells: list[str]) -> dict[str, str]:
        """The row's cells by our field name (missing cells are ""; the export's ``'`` is undone)."""
        out: dict[str, str] = {}
        for name, i in self.indexes.items():
            out[name] = _unneutralise(cells[i]) if i < len(cells) else ""
        return out

    def preview(self, limit: int = 20) -> list[dict[str, str]]:
        """The first rows as field -> text, for a preview table."""
        return [self.values(cells) for _line, cells in self.records[:limit]]


def _unneutralise(cell: str) -> str:
    if cell.startswith("'") and FORMULA_START.match(cell[1:]):
        return cell[1:]
    match = _QUOTED_FORMULA.match(cell)
    if match and '"' not in match.group(1):  # Excel's ="01067" keeps leading zeros
        return match.group(1)
    return cell


def _load(source: str | os.PathLike[str] | bytes, label: str) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    path = Path(source)
    try:
        return path.read_bytes()
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


def _not_text(label: str) -> DomainError:
    return DomainError(
        "{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.",
        field="file",
        path=label,
    )


def _decode(data: bytes, label: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _not_text(label) from None
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data:
        raise _not_text(label)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DomainError(
                "{path} says it is UTF-8 but is not (bad byte at position {position}).",
                field="file",
                path=label,
                position=exc.start + 3,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise DomainError(
            "{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). "
            "Save it as 'CSV UTF-8' and try again.",
            field="file",
            path=label,
            byte=data[exc.start],
            position=exc.start,
        ) from None


def _records(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    for cells in reader:
        start = previous + first_line
        previous = reader.line_num
        yield start, cells


def _is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


_SNIFF_RECORDS = 60
_HEADER_SEARCH = 10


def _sniff(text: str, first_line: int) -> tuple[str, int, int] | None:
    """Best (delimiter, index of the header record, number of the header's mapped fields)."""
    best: tuple[tuple[int, int, int, int], str, int] | None = None
    for priority, delimiter in enumerate(_DELIMITERS):
        sample: list[list[str]] = []
        try:
            for _line, cells in _records(text, delimiter, first_line):
                sample.append(cells)
                if len(sample) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        header_at, header_score = -1, (0, 0)
        for i, cells in enumerate(sample[:_HEADER_SEARCH]):
            if _is_blank(cells):
                continue
            mapped = map_headers(cells)
            score = (int("name" in mapped), len(mapped))
            if score > header_score:
                header_at, header_score = i, score
        if header_at < 0:
            continue
        width = len(sample[header_at])
        consistent = sum(
            1 for cells in sample[header_at + 1 :] if not _is_blank(cells) and len(trim_cells(cells)) <= width
        )
        key = (*header_score, consistent, -priority)
        if best is None or key > best[0]:
            best = (key, delimiter, header_at)
    if best is None:
        return None
    return best[1], best[2], best[0][0]


def trim_cells(cells: list[str]) -> list[str]:
    """Cells without trailing empty ones (Excel pads rows with ;;;)."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def read_csv(source: str | os.PathLike[str] | bytes) -> ParsedCsv:
    """Decode, sniff and map a CSV file (a path or its bytes). Raises DomainError for whole-file problems."""
    label = "The data" if isinstance(source, bytes | bytearray) else str(source)
    data = _load(source, label)
    text, encoding = _decode(data, label)
    if not text.strip():
        raise DomainError("{path} is empty; there is nothing to import.", field="file", path=label)
    if len(_CONTROL.findall(text[:65536])) > max(2, len(text[:65536]) // 1000):
        raise _not_text(label)
    first_line = 1
    forced: str | None = None
    first, newline, rest = text.partition("\n")
    sep = _SEP_LINE.match(first + newline)
    if sep:
        forced, text, first_line = sep.group(1), rest, 2
    if forced is not None:
        delimiter = forced
        records = list(_safe_records(text, forced, first_line, label))
        header_at = next((i for i, (_l, c) in enumerate(records) if "name" in map_headers(c)), -1)
        has_name = header_at >= 0
    else:
        sniffed = _sniff(text, first_line)
        has_name = sniffed is not None and sniffed[2] == 1
        delimiter, header_at = (sniffed[0], sniffed[1]) if sniffed else (",", 0)
        records = list(_safe_records(text, delimiter, first_line, label))
    if not has_name:
        found = next((cells for _l, cells in records if not _is_blank(cells)), [])
        raise DomainError(
            "{path} has no column for the company name (looked for headers like Name, Company, Firma, "
            "Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.",
            field="file",
            path=label,
            headers=", ".join(repr(h) for h in found[:12]) or "(nothing)",
        )
    header_line, headers = records[header_at]
    rows = [(line, cells) for line, cells in records[header_at + 1 :] if not _is_blank(cells)]
    return ParsedCsv(
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        headers=[h.strip() for h in headers],
        indexes=map_headers(headers),
        records=rows,
    )


def _safe_records(text: str, delimiter: str, first_line: int, label: str) -> Iterator[tuple[int, list[str]]]:
    iterator = _records(text, delimiter, first_line)
    line = first_line
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DomainError(
                "{path} cannot be read after line {line}: {reason}.",
                field="file",
                path=label,
                line=line,
                reason=exc,
            ) from None
        line = record[0]
        yield record
