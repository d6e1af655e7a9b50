"""Encryption streams both ways: the chunk layout of docs/sync-format.md section 5, one chunk in memory."""

from __future__ import annotations

import io
import os
import random

import pytest

from reciprocity_desktop.sync import SyncFileError
from reciprocity_desktop.sync import crypto as sync_crypto

CHUNK = 64


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch):
    monkeypatch.setattr(sync_crypto, "SCRYPT_N", 2**10)
    monkeypatch.setattr(sync_crypto, "CHUNK_SIZE", CHUNK)


def _encrypt(plaintext: bytes, pieces: random.Random) -> bytes:
    out = io.BytesIO()
    writer = sync_crypto.EncryptingWriter("pw", out)
    position = 0
    while position < len(plaintext):  # written in pieces of any size, as zipfile does
        step = pieces.randint(1, 3 * CHUNK)
        writer.write(plaintext[position : position + step])
        position += step
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5])
def test_streamed_encryption_reads_back_with_seeks(size):
    plaintext = os.urandom(size)
    data = _encrypt(plaintext, random.Random(size))
    head_end = data.index(b"\n", len(sync_crypto.MAGIC)) + 1
    # One chunk per CHUNK bytes, the last one flagged final; an empty plaintext is one empty chunk.
    assert len(data) - head_end == max(1, -(-size // CHUNK)) * sync_crypto.TAG_SIZE + size
    plain = sync_crypto.DecryptedFile(io.BytesIO(data), "pw", "f")
    assert plain.read() == plaintext
    rng = random.Random(7)
    for _ in range(20):
        start = rng.randint(0, size)
        length = rng.randint(0, 2 * CHUNK)
        plain.seek(start)
        assert plain.read(length) == plaintext[start : start + length]
    assert plain.seek(0, io.SEEK_END) == size


def test_a_chunk_altered_far_from_the_end_is_found_when_read():
    plaintext = os.urandom(5 * CHUNK)
    data = bytearray(_encrypt(plaintext, random.Random(1)))
    head_end = data.index(b"\n", len(sync_crypto.MAGIC)) + 1
    data[head_end + 3] ^= 1  # in the first chunk: opening (which checks the end) does not see it
    plain = sync_crypto.DecryptedFile(io.BytesIO(bytes(data)), "pw", "f")
    plain.seek(4 * CHUNK)
    assert plain.read(CHUNK) == plaintext[4 * CHUNK :]
    plain.seek(0)
    with pytest.raises(SyncFileError, match="altered"):
        plain.read(10)
