"""The visit sheet's QR code: what it carries, its modules, and the flowable that draws them.

ReportLab's encoder lays out the code (finder, timing and format patterns, the data placement).
Two of its steps are slow in pure Python and are done here instead, with the same result:

- choosing the mask: it tries all eight and scores each (~60 ms per code); any mask gives a valid
  code, since the mask is written in the format information, so a fixed one is used;
- the Reed–Solomon error correction: it rebuilds the generator polynomial for every block of every
  code and divides polynomial objects recursively (~2.5 ms per code); here the generator of each
  length is computed once (it is a constant of the arithmetic) and the division is a table loop;
- placing the data: it walks the modules' positions again and calls the mask for each module of
  every code (~2 ms); positions and mask values depend on the version and the mask only, so they
  are worked out once (by ReportLab's own iterator and mask).

Together a code takes ~0.1 ms instead of ~4 ms.

``tests/reports/test_qr.py`` checks that the modules equal ReportLab's own for many payloads.
"""

from __future__ import annotations

import itertools
from functools import cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

from reciprocity_desktop.services.visits import VISIT_REF_PREFIX

#: The QR mask pattern (see :func:`qr_matrix`).
QR_MASK = 0

# GF(256) with the QR code's polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


def qr_payload(visit_id: str) -> str:
    """What a visit sheet's QR code carries, for the debrief screen to open the visit."""
    return f"{VISIT_REF_PREFIX}{visit_id}"


@cache
def _generator_rows(length: int) -> tuple[int, ...]:
    """The Reed–Solomon generator of ``length`` (the product of (x - α^i) for i below ``length``)
    times each byte value, each as one integer of ``length`` bytes: its coefficients after the
    leading 1. A constant of the arithmetic, computed once per length."""
    poly = [1]
    for i in range(length):
        nxt = [0] * (len(poly) + 1)
        for j, coefficient in enumerate(poly):
            nxt[j] ^= coefficient
            if coefficient:
                nxt[j + 1] ^= _EXP[_LOG[coefficient] + i]
        poly = nxt
    logs = [_LOG[c] for c in poly[1:]]
    rows = [0]
    for factor in range(1, 256):
        shift = _LOG[factor]
        rows.append(int.from_bytes(bytes(_EXP[log + shift] for log in logs), "big"))
    return tuple(rows)


def _error_correction(data: list[int], length: int) -> list[int]:
    """The ``length`` error-correction codewords of a block: the remainder of data(x)·x^length
    divided by the generator (the remainder held as one integer, a byte per coefficient)."""
    rows = _generator_rows(length)
    top = 8 * (length - 1)
    mask = (1 << (8 * length)) - 1
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top)
        remainder = ((remainder << 8) & mask) ^ rows[factor]
    return list(remainder.to_bytes(length, "big"))


class _Bits:
    """A bit buffer for ReportLab's data segments (they only call ``put``), held as one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:
        self.value = (self.value << length) | (number & ((1 << length) - 1))
        self.length += length


def _codewords(code: qrencoder.QRCode) -> list[int]:
    """The data and error-correction codewords, interleaved, as ReportLab's ``createData`` makes them."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    capacity = sum(block.dataCount for block in blocks) * 8
    bits = _Bits()
    for data in code.dataList:
        data.write(bits, code.version)
    if bits.length > capacity:
        raise ValueError(f"QR payload too long ({bits.length} > {capacity} bits)")
    if bits.length + 4 <= capacity:
        bits.put(0, 4)  # the terminator
    bits.put(0, -bits.length % 8)
    data_bytes = list(bits.value.to_bytes(bits.length // 8, "big"))
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    data_bytes += [next(pads) for _ in range(capacity // 8 - len(data_bytes))]
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = data_bytes[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_error_correction(chunk, block.totalCount - block.dataCount))
    return [
        byte
        for column in itertools.chain(itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks))
        for byte in column
        if byte is not None
    ]


#: The eight bits of each byte value, most significant first.
_BITS = tuple(tuple(bool(byte & (0x80 >> k)) for k in range(8)) for byte in range(256))


@cache
def _placement(version: int, mask: int) -> tuple[tuple[tuple[int, int], ...], tuple[bool, ...]]:
    """Where the data modules of a code of ``version`` go, in placement order (ReportLab's own
    geometry), and the mask's value at each: both depend on the version and the mask only."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.moduleCount = version * 4 + 17
    positions = tuple(code.dataPosIterator())
    masked = qrencoder.QRUtil.getMask(mask)
    return positions, tuple(bool(masked(row, col)) for col, row in positions)


class _QRCode(qrencoder.QRCode):
    """ReportLab's code with the data placed from :func:`_placement` (it walks the positions and
    calls the mask for every module of every code)."""

    def mapData(self, data, maskPattern):  # noqa: N802, N803 - ReportLab's names
        positions, masks = _placement(self.version, maskPattern)
        bits = [bit for byte in data for bit in _BITS[byte]]
        bits += [False] * (len(positions) - len(bits))  # remainder bits
        modules = self.modules
        for (col, row), bit, masked in zip(positions, bits, masks, strict=True):
            modules[row][col] = bit != masked


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code modules for ``payload`` (error correction M, mask :data:`QR_MASK`), rows top to bottom."""
    code = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.dataCache = _codewords(code)  # makeImpl uses these instead of computing its own
    code.makeImpl(False, QR_MASK)
    return [list(map(bool, row)) for row in code.modules]


class QrCode(Flowable):
    """The visit's QR code, drawn module by module; the payload is also a link on it."""

    def __init__(self, payload: str, size: float, border: int = 4) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.border = border
        self.width = self.height = size
        self.modules = qr_matrix(payload)

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, y, length * box, box)
                c += length
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()
        self.canv.linkURL(self.payload, (0, 0, self.size, self.size), relative=1, thickness=0)
