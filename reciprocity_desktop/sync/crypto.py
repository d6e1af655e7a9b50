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
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

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


def encrypt_to(
    plaintext: bytes | memoryview, passphrase: str, out: BinaryIO, *, n: int | None = None
) -> None:
    """Write the encrypted form of ``plaintext`` to ``out``."""
    n = n or SCRYPT_N
    salt = os.urandom(16)
    prefix = os.urandom(7)
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
        "nonce_prefix": base64.b64encode(prefix).decode("ascii"),
        "key_check": base64.b64encode(check).decode("ascii"),
    }
    head = MAGIC + json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n"
    out.write(head)
    aes = AESGCM(key)
    view = memoryview(plaintext)
    count = max(1, -(-len(view) // CHUNK_SIZE))
    for index in range(count):
        chunk = view[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        out.write(aes.encrypt(_nonce(prefix, index, index == count - 1), bytes(chunk), head))


def decrypt_from(source: BinaryIO, passphrase: str | None, name: str) -> bytes:
    """Read an encrypted sync file (positioned at its start) and return the plaintext ZIP bytes."""
    if source.read(len(MAGIC)) != MAGIC:
        raise damaged(name, "not an encrypted sync file")
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
        raise damaged(name, "its encryption header is not readable") from None
    if passphrase is None:
        raise PassphraseError(
            "The file {file} is encrypted: give its passphrase to open it.", file=name, field="passphrase"
        )
    key, expected_check = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(expected_check, check):
        raise PassphraseError("Wrong passphrase for {file}.", file=name, field="passphrase")
    aes = AESGCM(key)
    parts: list[bytes] = []
    size = chunk_size + TAG_SIZE
    data = source.read(size)
    index = 0
    while True:
        following = source.read(size)
        last = not following
        if len(data) < TAG_SIZE:
            raise damaged(name, "it ends too early")
        try:
            parts.append(aes.decrypt(_nonce(prefix, index, last), data, head))
        except InvalidTag:
            raise damaged(name, "truncated or altered after it was written") from None
        if last:
            break
        data = following
        index += 1
    return b"".join(parts)
