"""The visit sheet's QR code: the same modules as ReportLab's own encoder makes, only faster."""

from __future__ import annotations

import random
import uuid

import pytest
from reportlab.graphics.barcode import qrencoder

from reciprocity_desktop.reports.qr import QR_MASK, qr_matrix, qr_payload


def reportlab_matrix(payload: str) -> list[list[bool]]:
    """ReportLab's encoder all the way (its own Reed–Solomon), with the same fixed mask."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return [list(map(bool, row)) for row in code.modules]


def payloads() -> list[str]:
    rng = random.Random(7)
    visits = [qr_payload(str(uuid.UUID(int=rng.getrandbits(128)))) for _ in range(40)]
    # Other lengths and modes: several versions, more than one block, numbers, alphanumerics, UTF-8.
    others = ["1", "12345678901234567890", "HELLO WORLD", "Čebelarstvo Šušteršič d.o.o.", "x" * 200]
    others += ["reciprocity:visit:" + "ab" * n for n in range(0, 120, 7)]
    return visits + others


@pytest.mark.parametrize("payload", payloads())
def test_modules_equal_reportlabs(payload):
    assert qr_matrix(payload) == reportlab_matrix(payload)


def test_a_visit_code_is_version_4():
    modules = qr_matrix(qr_payload(str(uuid.uuid4())))
    assert len(modules) == 33 and all(len(row) == 33 for row in modules)
