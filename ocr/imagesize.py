"""An image's size from its file header, before anything is decoded.

A scanned file is untrusted: a PNG of a few hundred bytes can claim 65 000 × 65 000 pixels, and
decoding it asks for gigabytes (or trips an assertion inside the decoder). The width and height
are read here from the header alone (PNG IHDR, JPEG SOF, TIFF's first directory, PNM's header)
and a page larger than MAX_PIXELS is refused without being decoded. A file in none of these
formats is not decoded either: the page reader only reads these formats.
"""

from __future__ import annotations

import struct

#: Largest page the reader decodes. An A4 page scanned at 600 dpi is 4 961 × 7 016, about
#: 35 million pixels; at the recommended 200–300 dpi it is 4–9 million.
MAX_PIXELS = 60_000_000

_PNG = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers: C0–CF except C4 (DHT), C8 (JPG) and CC (DAC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers without a length field: TEM, RST0–7, SOI, EOI.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xDA)})


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the header, or None when it is no PNG, JPEG, TIFF or PNM, or the
    header is cut off or damaged."""
    try:
        if data.startswith(_PNG):
            return _png(data)
        if data.startswith(b"\xff\xd8"):
            return _jpeg(data)
        if data[:4] in (b"II*\x00", b"MM\x00*"):
            return _tiff(data)
        if len(data) > 2 and data[:1] == b"P" and data[1:2] in b"123456":
            return _pnm(data)
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _png(data: bytes) -> tuple[int, int] | None:
    if data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _STANDALONE:
            at += 2
            continue
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        if marker == 0xDA or length < 2:  # scan data before any frame header: damaged
            return None
        at += 2 + length
    return None


def _tiff(data: bytes) -> tuple[int, int] | None:
    order = "<" if data[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[4:8])
    (count,) = struct.unpack(order + "H", data[offset : offset + 2])
    found: dict[int, int] = {}
    for index in range(count):
        entry = data[offset + 2 + 12 * index : offset + 14 + 12 * index]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in (256, 257):  # ImageWidth, ImageLength: SHORT (3) or LONG (4)
            if kind == 3:
                found[tag] = struct.unpack(order + "H", entry[8:10])[0]
            elif kind == 4:
                found[tag] = struct.unpack(order + "I", entry[8:12])[0]
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None


def _pnm(data: bytes) -> tuple[int, int] | None:
    numbers: list[int] = []
    for line in data[2:4096].splitlines():
        for word in line.split(b"#", 1)[0].split():
            if not word.isdigit() or len(word) > 12:
                return None
            numbers.append(int(word))
            if len(numbers) == 2:
                return numbers[0], numbers[1]
    return None


def page_count(data: bytes) -> int:
    """How many pages (TIFF directories) the file holds: 1 for any other format, 0 for a TIFF
    whose directories cannot be followed. Reads only the directory chain, never an image."""
    if data[:4] not in (b"II*\x00", b"MM\x00*"):
        return 1
    order = "<" if data[:2] == b"II" else ">"
    try:
        (offset,) = struct.unpack(order + "I", data[4:8])
        seen: set[int] = set()
        while offset and offset not in seen and len(seen) < 10_000:
            seen.add(offset)
            (count,) = struct.unpack(order + "H", data[offset : offset + 2])
            end = offset + 2 + 12 * count
            (offset,) = struct.unpack(order + "I", data[end : end + 4])
    except struct.error:
        return len(seen) if seen else 0
    return len(seen)


def too_many_pixels(size: tuple[int, int] | None) -> bool:
    return size is not None and size[0] * size[1] > MAX_PIXELS
