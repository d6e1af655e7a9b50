"""The sync file as a container: a ZIP with ``manifest.json`` and one JSON-lines member per table,
optionally wrapped in passphrase encryption (:mod:`reciprocity_desktop.sync.crypto`).

:class:`SyncFileReader` opens a file and refuses, with a clear :class:`SyncFileError`, anything
that is not a complete sync file of a format this version reads: empty, foreign (a random ZIP,
a PDF), damaged (truncated, altered, a member missing or added, a checksum that does not match)
or newer (the manifest's checks are in :mod:`reciprocity_desktop.sync.manifest`). A
:class:`MemberWriter` per table and :func:`write_manifest` write one.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reciprocity_desktop.services.errors import Message
from reciprocity_desktop.sync import crypto
from reciprocity_desktop.sync.errors import SyncFileError, damaged, not_sync_file
from reciprocity_desktop.sync.format import MANIFEST_NAME, TableSpec
from reciprocity_desktop.sync.incoming import loads_line
from reciprocity_desktop.sync.manifest import Manifest, MemberInfo, manifest_json, parse_manifest

__all__ = [
    "MAX_LINE",
    "Manifest",
    "MemberInfo",
    "MemberWriter",
    "SyncFileReader",
    "manifest_json",
    "open_zip_for_writing",
    "write_manifest",
]

MAX_MANIFEST = 4 * 1024 * 1024
#: Far more than any team's records (400,000 records take about 200 MB): a larger claim is a ZIP bomb.
MAX_TOTAL_BYTES = 8 * 1024**3
MAX_LINE = 16 * 1024 * 1024
_READ_CHUNK = 1 << 20

#: What a broken ZIP can raise from the standard library while being read.
_ZIP_TROUBLE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    ValueError,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeDecodeError,
)


@contextlib.contextmanager
def _read_trouble_is_damage(name: str, broken_zip: Message, unreadable: Message) -> Iterator[None]:
    """A broken ZIP or a read error while reading the file: a damaged-file error saying so."""
    try:
        yield
    except SyncFileError:
        raise
    except _ZIP_TROUBLE as exc:
        raise damaged(name, Message("{what}: {reason}", what=broken_zip, reason=str(exc)[:80])) from None
    except OSError as exc:
        raise damaged(
            name, Message("{what}: {reason}", what=unreadable, reason=exc.strerror or exc)
        ) from None


class SyncFileReader:
    """An open, checked sync file. Use as a context manager.

    Opening reads the manifest and checks the archive's layout and the members' sizes.
    :meth:`lines` then streams one member's lines and verifies its checksum and record count
    at its end, on every reading (so a file changed between two passes is still caught);
    :meth:`finish` reads the rest of a member to tell a damaged member from a bad record.
    """

    def __init__(self, path: Path | str, passphrase: str | None = None) -> None:
        self.path = Path(path)
        self.name = str(path)
        self.passphrase = passphrase
        self.encrypted = False
        self.file_sha256 = ""
        self.file_size = 0
        self._zip: zipfile.ZipFile | None = None
        self._buffer: BinaryIO | None = None
        self.manifest: Manifest

    # -- opening ---------------------------------------------------------------------------

    def __enter__(self) -> SyncFileReader:
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def _open(self) -> None:
        name = self.name
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                head = handle.read(len(crypto.MAGIC))
                digest = hashlib.sha256(head)
                for block in iter(lambda: handle.read(_READ_CHUNK), b""):
                    digest.update(block)
        except FileNotFoundError:
            raise SyncFileError("The file {file} does not exist.", file=name) from None
        except IsADirectoryError:
            raise SyncFileError("{file} is a folder, not a sync file.", file=name) from None
        except OSError as exc:
            raise SyncFileError(
                "The file {file} cannot be read: {reason}.", file=name, reason=exc.strerror
            ) from None
        self.file_size = size
        self.file_sha256 = digest.hexdigest()
        if size == 0:
            raise SyncFileError("The file {file} is empty; it is not a Reciprocity sync file.", file=name)
        if head.startswith(crypto.MAGIC[:8]):
            self.encrypted = True
            handle = self.path.open("rb")
            try:
                self._buffer = io.BufferedReader(
                    crypto.DecryptedFile(handle, self.passphrase, name), _READ_CHUNK
                )
            except BaseException:
                handle.close()
                raise
            source: Any = self._buffer
        elif head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
            source = self.path
        elif head.startswith(b"%PDF"):
            raise not_sync_file(name, Message("it is a PDF document"))
        else:
            raise not_sync_file(name, Message("it is neither a ZIP archive nor an encrypted sync file"))
        with _read_trouble_is_damage(
            name, Message("not a complete ZIP archive"), Message("it cannot be read")
        ):
            self._zip = zipfile.ZipFile(source)
            self._check_layout()

    def _check_layout(self) -> None:
        assert self._zip is not None
        name = self.name
        infos = self._zip.infolist()
        names = [info.filename for info in infos]
        if MANIFEST_NAME not in names:
            if self.encrypted:
                raise damaged(name, Message("manifest.json is missing"))
            raise not_sync_file(name, Message("a ZIP archive without manifest.json"))
        if len(set(names)) != len(names):
            raise damaged(name, Message("a member appears twice"))
        manifest_info = self._zip.getinfo(MANIFEST_NAME)
        if manifest_info.file_size > MAX_MANIFEST:
            raise damaged(name, Message("manifest.json is too large"))
        with self._zip.open(manifest_info) as handle:
            raw = handle.read(MAX_MANIFEST + 1)
        self.manifest = parse_manifest(raw, name)
        expected = {MANIFEST_NAME} | {info.member for info in self.manifest.members.values()}
        missing = sorted(expected - set(names))
        if missing:
            raise damaged(name, Message("member {member} is missing", member=missing[0]))
        extra = sorted(set(names) - expected)
        if extra:
            raise damaged(name, Message("it holds an unknown member {member}", member=extra[0][:60]))
        if sum(info.bytes for info in self.manifest.members.values()) > MAX_TOTAL_BYTES:
            raise damaged(name, Message("its members claim to be larger than any sync file can be"))
        by_name = {info.filename: info for info in infos}
        for info in self.manifest.members.values():
            zinfo = by_name[info.member]
            if zinfo.flag_bits & 0x1:
                raise damaged(name, Message("member {member} uses ZIP encryption", member=info.member))
            if zinfo.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise damaged(
                    name, Message("member {member} uses an unknown compression", member=info.member)
                )
            if zinfo.file_size != info.bytes:
                raise damaged(
                    name,
                    Message("member {member} has another size than the manifest says", member=info.member),
                )
        # The members' checksums are verified as they are read (:meth:`lines`), every time.

    # -- records ---------------------------------------------------------------------------

    def lines(self, spec: TableSpec) -> Iterator[tuple[int, bytes]]:
        """Yield ``(line number, the line's bytes without its \\n)`` for every line of the table's member.

        Raises :class:`SyncFileError` for a line that is cut off or too long, or at the end
        when the member's checksum or record count differs from the manifest. The caller
        decodes the lines it needs (:meth:`decode`). The member is read in large blocks.
        """
        assert self._zip is not None
        info = self.manifest.members[spec.name]
        name = self.name
        digest = hashlib.sha256()
        count = 0
        unreadable = Message("{member} cannot be read", member=info.member)
        with _read_trouble_is_damage(name, unreadable, unreadable), self._zip.open(info.member) as handle:
            rest = b""  # the start of a line that goes on in the next block
            while block := handle.read(_READ_CHUNK):
                digest.update(block)
                lines = block.split(b"\n")
                if rest:
                    lines[0] = rest + lines[0]
                rest = lines.pop()
                for line in lines:
                    count += 1
                    if len(line) >= MAX_LINE:
                        raise damaged(
                            name, Message("{member} line {line} is too long", member=info.member, line=count)
                        )
                    yield count, line
                if len(rest) >= MAX_LINE:
                    raise damaged(
                        name, Message("{member} line {line} is too long", member=info.member, line=count + 1)
                    )
            if rest:
                raise damaged(
                    name, Message("{member} line {line} is cut off", member=info.member, line=count + 1)
                )
        if digest.hexdigest() != info.sha256:
            raise damaged(name, Message("the checksum of {member} does not match", member=info.member))
        if count != info.records:
            raise damaged(
                name,
                Message(
                    "{member} holds %n record(s), the manifest says {expected}",
                    member=info.member,
                    n=count,
                    expected=info.records,
                ),
            )

    @staticmethod
    def finish(lines: Iterator[tuple[int, bytes]]) -> None:
        """Read the rest of a member's lines: raises if the member is damaged (its checksum, its count)."""
        for _ in lines:
            pass

    def decode(self, spec: TableSpec, number: int, line: bytes) -> Any:
        """One line of a member as JSON (a damaged-file error naming the line if it is not)."""
        try:
            return loads_line(line)
        except (ValueError, UnicodeDecodeError):
            raise damaged(
                self.name, Message("{member} line {line} is not valid JSON", member=spec.member, line=number)
            ) from None


# -- writing -----------------------------------------------------------------------------------


class MemberWriter:
    """Writes one JSON-lines member, counting records and hashing the bytes."""

    def __init__(self, zf: zipfile.ZipFile, table: str, member: str) -> None:
        self.table = table
        self.member = member
        self._handle = zf.open(member, "w", force_zip64=True)
        self._digest = hashlib.sha256()
        self.records = 0
        self.bytes = 0

    def write_lines(self, lines: list[bytes]) -> None:
        """Write whole lines (each with its ``\\n``), as one block."""
        block = b"".join(lines)
        self._handle.write(block)
        self._digest.update(block)
        self.bytes += len(block)
        self.records += len(lines)

    def abandon(self) -> None:
        """Close the member after an error (the archive is thrown away)."""
        with contextlib.suppress(Exception):
            self._handle.close()

    def close(self) -> MemberInfo:
        self._handle.close()
        return MemberInfo(self.table, self.member, self.records, self.bytes, self._digest.hexdigest())


#: zlib's fastest level: a third of level 6's time for a file about a fifth larger.
COMPRESS_LEVEL = 1


def open_zip_for_writing(target: BinaryIO | Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL)


def write_manifest(zf: zipfile.ZipFile, data: bytes) -> None:
    zf.writestr(MANIFEST_NAME, data)
