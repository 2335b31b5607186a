"""Images whose header claims a huge page are refused before decoding (``image_too_large``); the
headers here lie about their size, so nothing big is ever allocated. "Before decoding" is checked by
making OpenCV's decoders fail the test if they are called; how long a refusal takes is measured by
tests/bench/bench_bad_input.py."""

from __future__ import annotations

import struct
import zlib

import cv2
import numpy as np
import pytest

from kiosk.services.scanning import ScanService
from ocr.imagesize import MAX_PIXELS, image_size, page_count
from ocr.read import decode_image, read_images
from tests.support.entry import CLERK


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def lying_png(width: int, height: int) -> bytes:
    """A valid PNG header (correct CRC) claiming width × height, with one tiny IDAT."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def lying_jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def lying_tiff(width: int, height: int, pages: int = 1) -> bytes:
    """Little-endian TIFF with ``pages`` directories, each claiming width × height."""
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for index in range(pages):
        offset = len(out)
        following = offset + 2 + 2 * 12 + 4 if index < pages - 1 else 0
        out += struct.pack("<H", 2)
        out += struct.pack("<HHII", 256, 4, 1, width) + struct.pack("<HHII", 257, 4, 1, height)
        out += struct.pack("<I", following)
    return bytes(out)


@pytest.fixture
def no_decoding(monkeypatch):
    """OpenCV's decoders fail the test: whatever is refused here is refused from its header alone."""

    def decoded(*args, **kwargs):
        raise AssertionError("the image was handed to the decoder")

    for name in ("imdecode", "imread", "imreadmulti"):
        monkeypatch.setattr(cv2, name, decoded)


@pytest.mark.parametrize("make", [lying_png, lying_jpeg, lying_tiff])
def test_a_header_claiming_65000_squared_is_refused_before_decoding(make, no_decoding):
    data = make(65000, 65000)
    assert len(data) < 200
    assert image_size(data) == (65000, 65000)
    refused = decode_image(data, "reus.png")
    assert refused.refusal_code == "image_too_large"
    assert refused.refusal_params == {"width": 65000, "height": 65000, "limit_mp": MAX_PIXELS // 1_000_000}


def test_the_limit_leaves_room_for_a4_at_600_dpi():
    a4_600 = (4961, 7016)
    assert a4_600[0] * a4_600[1] < MAX_PIXELS <= 100_000_000
    assert decode_image(lying_png(*a4_600), "a4.png").refusal_code == "undecodable"  # sized fine, then no pixels


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif", ".pgm"])
def test_real_images_are_sized_from_their_headers(suffix):
    image = np.full((37, 53), 200, np.uint8)
    ok, encoded = cv2.imencode(suffix, image)
    assert ok
    assert image_size(encoded.tobytes()) == (53, 37)
    decoded = decode_image(encoded.tobytes(), f"klein{suffix}")
    assert isinstance(decoded, np.ndarray) and decoded.shape == (37, 53)


def test_other_formats_and_garbage_are_not_handed_to_the_decoder():
    ok, bmp = cv2.imencode(".bmp", np.zeros((10, 10), np.uint8))
    assert ok and image_size(bmp.tobytes()) is None
    for data in (bmp.tobytes(), b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00\xff\xff\xff\xff", b"P5 99"):
        assert decode_image(data, "x.png").refusal_code == "undecodable"


def test_tiff_pages_are_counted_from_the_directory_chain_only():
    assert page_count(lying_tiff(100, 100, pages=3)) == 3
    assert page_count(lying_png(10, 10)) == 1
    looped = bytearray(lying_tiff(100, 100))
    looped[-4:] = struct.pack("<I", 8)  # the last directory points back at the first
    assert page_count(bytes(looped)) == 1


def test_ocr_read_refuses_a_lying_png(tmp_path):
    path = tmp_path / "reus.png"
    path.write_bytes(lying_png(65000, 65000))
    (result,) = read_images([str(path)], [])
    assert result.refusal_code == "image_too_large" and not result.accepted


def test_the_scan_service_refuses_it_audited_and_stores_nothing(entries, demo_store, tmp_path, no_decoding):
    scanner = ScanService(entries)
    path = tmp_path / "reus.png"
    path.write_bytes(lying_png(30000, 30000))
    outcome = scanner.ingest_file(CLERK, path)
    assert outcome.status == "refused" and outcome.code == "image_too_large"
    assert "30000 × 30000" in outcome.line() and "60 miljoen" in outcome.line()
    assert demo_store.db["pages"].count == 0
    assert not demo_store.pages_dir.exists() or not any(p.is_file() for p in demo_store.pages_dir.rglob("*"))
