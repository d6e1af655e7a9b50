"""Reading a CSV file as a stream: sniffing the delimiter, finding and mapping the header, yielding rows.

The delimiter is a comma, semicolon, tab or pipe (an Excel ``sep=;`` first line is honoured); the
header is the row that names the most of our fields, the company name among them. Both are found
in the file's head (its first ``HEAD_CHARS`` characters and ``HEAD_LINES`` lines); the rows are then
read from the file as a stream (:meth:`ParsedCsv.iter_records`), never held whole.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import chain, islice

from reciprocity_desktop.services.csv_io.decoding import (
    Source,
    choose_encoding,
    label_of,
    not_text,
    open_text,
)
from reciprocity_desktop.services.csv_io.headers import map_headers
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.textutil import FORMULA_START

_QUOTED_FORMULA = re.compile(r'^="(.*)"$', re.DOTALL)
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$", re.IGNORECASE)
_DELIMITERS = (",", ";", "\t", "|")
# Control characters no text file has (tab, line breaks and form feed are fine); many of them = binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: The head the delimiter and header are sniffed from: at least this many characters and lines.
HEAD_CHARS = 65536
HEAD_LINES = 200


class ParsedCsv:
    """A CSV file: how it is read, how its header maps to our fields, and (streamed) its rows."""

    def __init__(
        self,
        source: Source,
        *,
        encoding: str,
        delimiter: str,
        header_line: int,
        headers: list[str],
        skip_first_line: bool,
        header_index: int,
    ) -> None:
        self.source = source
        self.encoding = encoding
        self.delimiter = delimiter
        self.header_line = header_line
        self.headers = [h.strip() for h in headers]
        #: our field -> index of its column
        self.indexes: dict[str, int] = map_headers(headers)
        self._skip_first_line = skip_first_line  # the ``sep=;`` line
        self._header_index = header_index  # records (blank ones too) up to the header
        self._count: int | None = None

    @property
    def columns(self) -> dict[str, str]:
        """Our field -> the header found in the file."""
        return {name: self.headers[i] for name, i in self.indexes.items()}

    @property
    def ignored_columns(self) -> list[str]:
        used = set(self.indexes.values())
        return [h for i, h in enumerate(self.headers) if i not in used and h.strip()]

    def iter_records(self) -> Iterator[tuple[int, list[str]]]:
        """(physical line the record starts on, its cells) of every data row, blank rows left out.

        Reads the file afresh as a stream; raises DomainError when a record cannot be parsed.
        """
        label = label_of(self.source)
        first_line = 2 if self._skip_first_line else 1
        with open_text(self.source, label, self.encoding) as stream:
            if self._skip_first_line:
                stream.readline()
            # one loop (no generator per layer): this runs once per row of a 100,000-row file
            reader = csv.reader(stream, delimiter=self.delimiter, strict=True)  # see _unreadable
            skip = self._header_index + 1
            previous = 0
            line = first_line  # where the last record read starts: an error is "after" it
            join = "".join
            try:
                for cells in reader:
                    line = previous + first_line
                    previous = reader.line_num
                    if skip:
                        skip -= 1
                    elif join(cells).strip():
                        yield line, cells
            except csv.Error as exc:
                at = reader.line_num + first_line - 1
                raise _unreadable(label, line, exc, start=previous + first_line, at=at) from None

    @cached_property
    def records(self) -> list[tuple[int, list[str]]]:
        """Every data row, read into a list (for small files and previews; an import streams them)."""
        return list(self.iter_records())

    def __len__(self) -> int:
        """The number of data rows (counted by reading the file once, unless it was read whole)."""
        if "records" in self.__dict__:
            return len(self.records)
        if self._count is None:
            self._count = sum(1 for _ in self.iter_records())
        return self._count

    def values(self, cells: list[str]) -> dict[str, str]:
        """The row's cells by our field name (missing cells are ""; the export's ``'`` is undone)."""
        width = len(cells)
        return {name: unneutralise(cells[i]) if i < width else "" for name, i in self.indexes.items()}

    def preview(self, limit: int = 20) -> list[dict[str, str]]:
        """The first rows as field -> text, for a preview table."""
        rows = self.records[:limit] if "records" in self.__dict__ else islice(self.iter_records(), limit)
        return [self.values(cells) for _line, cells in rows]


def unneutralise(cell: str) -> str:
    """The cell as the spreadsheet showed it: the export's ``'`` before a formula-like cell and Excel's
    ``="…"`` undone."""
    if not cell or cell[0] not in "'=":
        return cell
    if cell.startswith("'") and FORMULA_START.match(cell[1:]):
        return cell[1:]
    match = _QUOTED_FORMULA.match(cell)
    if match and '"' not in match.group(1):  # Excel's ="01067" keeps leading zeros
        return match.group(1)
    return cell


def _records(
    lines: Iterable[str], delimiter: str, first_line: int, *, strict: bool = False
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(lines, delimiter=delimiter, strict=strict)
    previous = 0
    try:
        for cells in reader:
            start = previous + first_line
            previous = reader.line_num
            yield start, cells
    except csv.Error as exc:
        raise _BadRecord(exc, previous + first_line, reader.line_num + first_line - 1) from None


class _BadRecord(csv.Error):
    """A record that cannot be read: the csv module's reason, the line it starts in, where that was found."""

    def __init__(self, reason: csv.Error, start: int, at: int) -> None:
        super().__init__(str(reason))
        self.start = start
        self.at = at


def _is_blank(cells: list[str]) -> bool:
    return not "".join(cells).strip()


_SNIFF_RECORDS = 60
_HEADER_SEARCH = 10


def _sniff(text: str, first_line: int) -> tuple[str, int, int] | None:
    """Best (delimiter, index of the header record, number of the header's mapped fields)."""
    best: tuple[tuple[int, int, int, int], str, int] | None = None
    for priority, delimiter in enumerate(_DELIMITERS):
        sample: list[list[str]] = []
        try:
            for _line, cells in _records(io.StringIO(text, newline=""), delimiter, first_line):
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


def _head(stream: io.TextIOBase) -> list[str]:
    """The first lines of the stream: at least HEAD_CHARS characters and HEAD_LINES lines, and not only
    white space (unless that is all there is)."""
    lines: list[str] = []
    size = 0
    content = False
    while True:
        line = stream.readline()
        if not line:
            return lines
        lines.append(line)
        size += len(line)
        content = content or bool(line.strip())
        if content and size >= HEAD_CHARS and len(lines) >= HEAD_LINES:
            return lines


def read_csv(source: Source) -> ParsedCsv:
    """Decode, sniff and map a CSV file (a path or its bytes). Raises DomainError for whole-file problems.

    Reads the file's head to find the delimiter and the header; the rows stay in the file until
    :meth:`ParsedCsv.iter_records` (or ``records``) reads them.
    """
    label = label_of(source)
    encoding = choose_encoding(source, label)
    with open_text(source, label, encoding) as stream:
        head_lines = _head(stream)
        head = "".join(head_lines)
        if not head.strip():
            raise DomainError("{path} is empty; there is nothing to import.", field="file", path=label)
        if len(_CONTROL.findall(head[:HEAD_CHARS])) > max(2, len(head[:HEAD_CHARS]) // 1000):
            raise not_text(label)
        first, newline, _rest = head.partition("\n")
        sep = _SEP_LINE.match(first + newline)
        first_line = 2 if sep else 1
        lines = chain(head_lines[1:] if sep else head_lines, stream)
        if sep:
            delimiter = sep.group(1)
            records = enumerate(_safe_records(lines, delimiter, first_line, label))
            header = next(((i, rec) for i, rec in records if "name" in map_headers(rec[1])), None)
            if header is None:
                _no_name_column(source, encoding, delimiter, first_line, skip_first_line=True)
        else:
            sniffed = _sniff("".join(head_lines), first_line)
            if sniffed is None or sniffed[2] != 1:
                delimiter = sniffed[0] if sniffed else ","
                _no_name_column(source, encoding, delimiter, first_line, skip_first_line=False)
            delimiter, header_at = sniffed[0], sniffed[1]
            header = next(
                islice(enumerate(_safe_records(lines, delimiter, first_line, label)), header_at, None)
            )
    header_index, (header_line, headers) = header
    return ParsedCsv(
        source,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        headers=headers,
        skip_first_line=bool(sep),
        header_index=header_index,
    )


def _no_name_column(source: Source, encoding: str, delimiter: str, first_line: int, *, skip_first_line: bool):
    """Raise the "no column for the company name" error, quoting the file's first non-blank row."""
    label = label_of(source)
    with open_text(source, label, encoding) as stream:
        if skip_first_line:
            stream.readline()
        records = _safe_records(stream, delimiter, first_line, label)
        found = next((cells for _l, cells in records if not _is_blank(cells)), [])
    raise DomainError(
        "{path} has no column for the company name (looked for headers like Name, Company, Firma, "
        "Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.",
        field="file",
        path=label,
        headers=", ".join(repr(h) for h in found[:12]) or "(nothing)",
    )


def _safe_records(
    lines: Iterable[str], delimiter: str, first_line: int, label: str
) -> Iterator[tuple[int, list[str]]]:
    iterator = _records(lines, delimiter, first_line, strict=True)
    line = first_line
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except _BadRecord as exc:
            raise _unreadable(label, line, exc, start=exc.start, at=exc.at) from None
        line = record[0]
        yield record


def _unreadable(label: str, line: int, exc: csv.Error, *, start: int, at: int) -> DomainError:
    """The file's record from line ``start`` cannot be read (found in line ``at``).

    The records are read strictly: a quote that opens a cell and is never closed would take the
    lines after it into that cell (two rows becoming one prospect), and text after a cell's closing
    quote would be joined to it. Both are refused with the line the quote opened in.
    """
    reason = str(exc)
    if reason.startswith("unexpected end of data") or (reason.endswith("expected after '\"'") and at > start):
        return DomainError(
            "{path} cannot be read: the quote (\") opened in line {line} is never closed. Close it (or "
            "remove it) and import the file again; nothing was imported.",
            field="file",
            path=label,
            line=start,
        )
    if reason.endswith("expected after '\"'"):
        return DomainError(
            "{path} cannot be read: in line {line} a cell goes on after its closing quote (\"). Write a "
            'quote inside a quoted cell as two ("") and import the file again; nothing was imported.',
            field="file",
            path=label,
            line=start,
        )
    return DomainError(
        "{path} cannot be read after line {line}: {reason}.", field="file", path=label, line=line, reason=exc
    )
