"""Passphrase encryption of a sync file: scrypt key derivation, AES-256-GCM in chunks.

Layout (see docs/sync-format.md, "Encrypted files")::

    RECIPROCITY-SYNC-ENCRYPTED\\n
    {"version":1,"kdf":"scrypt","n":...,"r":8,"p":1,"salt":"<b64>","cipher":"AES-256-GCM",
     "chunk_size":1048576,"nonce_prefix":"<b64, 7 bytes>","key_check":"<b64, 16 bytes>"}\\n
    chunk 0 | chunk 1 | ... | final chunk

scrypt turns the passphrase into 64 bytes: the first 32 are the AES key, SHA-256 of the last
32 (first 16 bytes) is ``key_check``, so a wrong passphrase is told apart from a damaged
file. Each chunk is AES-GCM of up to ``chunk_size`` plaintext bytes plus its 16-byte tag,
with nonce ``nonce_prefix || chunk index (4 bytes, big-endian) || 1 for the final chunk else 0``
and the two header lines as associated data, so that reordered, dropped or truncated
chunks are detected (the STREAM construction).

Both directions stream: :class:`EncryptingWriter` encrypts an archive as it is written and
:class:`DecryptedFile` decrypts the chunks a reader asks for, so neither holds the whole file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from reciprocity_desktop.services.errors import Message
from reciprocity_desktop.sync.errors import NewerFormatError, PassphraseError, damaged

MAGIC = b"RECIPROCITY-SYNC-ENCRYPTED\n"
ENCRYPTION_VERSION = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
SCRYPT_N = 2**17  # about 0.5 s and 128 MB on a laptop: slow enough to make guessing expensive
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
_MAX_HEADER = 4096


def passphrase_bytes(passphrase: str) -> bytes:
    if not passphrase:
        raise PassphraseError("The passphrase is empty.")
    return passphrase.encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase_bytes(passphrase))
    return material[:32], hashlib.sha256(material[32:]).digest()[:16]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class EncryptingWriter:
    """A write-only stream that encrypts what is written to it, chunk by chunk, into ``out``.

    Memory holds one chunk, whatever the size of the file. A chunk is written once more data
    follows it (so that the final chunk, flagged as such, may be a full one); :meth:`close`
    writes the final chunk (an empty one when nothing was written).
    """

    def __init__(self, passphrase: str, out: BinaryIO, *, n: int | None = None) -> None:
        n = n or SCRYPT_N
        salt = os.urandom(16)
        self._prefix = os.urandom(7)
        key, check = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
        header = {
            "version": ENCRYPTION_VERSION,
            "kdf": "scrypt",
            "n": n,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode("ascii"),
            "cipher": "AES-256-GCM",
            "chunk_size": CHUNK_SIZE,
            "nonce_prefix": base64.b64encode(self._prefix).decode("ascii"),
            "key_check": base64.b64encode(check).decode("ascii"),
        }
        self._head = MAGIC + json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n"
        self._chunk_size = CHUNK_SIZE
        self._aes = AESGCM(key)
        self._out = out
        self._pending = bytearray()
        self._index = 0
        self.closed = False
        out.write(self._head)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._pending += data
        size = self._chunk_size
        while len(self._pending) > size:
            self._emit(bytes(self._pending[:size]), last=False)
            del self._pending[:size]
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._pending), last=True)
            self._pending.clear()
            self.closed = True

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        self._out.write(self._aes.encrypt(_nonce(self._prefix, self._index, last), chunk, self._head))
        self._index += 1


def encrypt_to(
    plaintext: bytes | memoryview, passphrase: str, out: BinaryIO, *, n: int | None = None
) -> None:
    """Write the encrypted form of ``plaintext`` to ``out``."""
    writer = EncryptingWriter(passphrase, out, n=n)
    writer.write(plaintext)
    writer.close()


def _read_header(source: BinaryIO, name: str) -> tuple[bytes, dict]:
    """The two header lines (as written, for the associated data) and the checked header."""
    if source.read(len(MAGIC)) != MAGIC:
        raise damaged(name, Message("not an encrypted sync file"))
    line = source.readline(_MAX_HEADER)
    head = MAGIC + line
    try:
        if not line.endswith(b"\n"):
            raise ValueError
        header = json.loads(line)
        if not isinstance(header, dict):
            raise ValueError
        version = header.get("version")
        if type(version) is int and version > ENCRYPTION_VERSION:
            raise NewerFormatError(
                "The file {file} was written by a newer version of Reciprocity Desktop (encryption "
                "version {found}; this version reads version {supported}). Update the app to import it.",
                file=name,
                found=version,
                supported=ENCRYPTION_VERSION,
            )
        if (
            version != ENCRYPTION_VERSION
            or header.get("kdf") != "scrypt"
            or header.get("cipher") != "AES-256-GCM"
        ):
            raise ValueError
        n, r, p = header["n"], header["r"], header["p"]
        chunk_size = header["chunk_size"]
        if not all(type(v) is int and v > 0 for v in (n, r, p, chunk_size)):
            raise ValueError
        if n & (n - 1) or n < 2 or 128 * n * r * p > _MAX_SCRYPT_MEMORY or chunk_size > 64 * CHUNK_SIZE:
            raise ValueError
        salt = base64.b64decode(header["salt"], validate=True)
        prefix = base64.b64decode(header["nonce_prefix"], validate=True)
        check = base64.b64decode(header["key_check"], validate=True)
        if len(prefix) != 7 or len(check) != 16 or len(salt) < 8:
            raise ValueError
    except NewerFormatError:
        raise
    except (ValueError, KeyError, TypeError):
        raise damaged(name, Message("its encryption header is not readable")) from None
    return head, {
        "n": n,
        "r": r,
        "p": p,
        "chunk_size": chunk_size,
        "salt": salt,
        "prefix": prefix,
        "check": check,
    }


class DecryptedFile(io.RawIOBase):
    """The plaintext of an encrypted sync file as a seekable, read-only file, decrypted as it is read.

    Only the chunk being read is held (decrypted and authenticated when first needed), so
    memory does not grow with the file. Opening authenticates the final chunk (a file cut at a
    chunk boundary, or without its final chunk, is refused at once); every other chunk is
    authenticated when read, with its position in the nonce (moved or altered chunks fail).
    """

    def __init__(self, source: BinaryIO, passphrase: str | None, name: str) -> None:
        super().__init__()
        head, header = _read_header(source, name)
        if passphrase is None:
            raise PassphraseError(
                "The file {file} is encrypted: give its passphrase to open it.", file=name, field="passphrase"
            )
        key, expected_check = _derive(passphrase, header["salt"], header["n"], header["r"], header["p"])
        if not hmac.compare_digest(expected_check, header["check"]):
            raise PassphraseError("Wrong passphrase for {file}.", file=name, field="passphrase")
        self._source = source
        self._name = name
        self._head = head
        self._prefix = header["prefix"]
        self._aes = AESGCM(key)
        self._plain_size = header["chunk_size"]
        self._stored_size = header["chunk_size"] + TAG_SIZE
        self._start = len(head)
        body = source.seek(0, io.SEEK_END) - self._start
        self._count = max(1, -(-body // self._stored_size))
        last_stored = body - (self._count - 1) * self._stored_size
        if last_stored < TAG_SIZE:
            raise damaged(name, Message("it ends too early"))
        self._length = (self._count - 1) * self._plain_size + last_stored - TAG_SIZE
        self._position = 0
        self._cached: tuple[int, bytes] = (-1, b"")
        self._chunk(self._count - 1)  # authenticate the end now

    def _chunk(self, index: int) -> bytes:
        if self._cached[0] == index:
            return self._cached[1]
        self._source.seek(self._start + index * self._stored_size)
        data = self._source.read(self._stored_size)
        try:
            plain = self._aes.decrypt(_nonce(self._prefix, index, index == self._count - 1), data, self._head)
        except InvalidTag:
            raise damaged(self._name, Message("truncated or altered after it was written")) from None
        if index < self._count - 1 and len(plain) != self._plain_size:  # pragma: no cover - GCM fails first
            raise damaged(self._name, Message("truncated or altered after it was written"))
        self._cached = (index, plain)
        return plain

    def close(self) -> None:
        if not self.closed:
            self._source.close()
            self._cached = (-1, b"")
        super().close()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._length}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._position < self._length:
            index, offset = divmod(self._position, self._plain_size)
            plain = self._chunk(index)
            piece = plain[offset : offset + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._position += len(piece)
        return done
