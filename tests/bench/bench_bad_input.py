"""Benchmark: how fast hostile input is refused by `kiosk validate` and by the image decoder.

The suite checks what is refused and why (tests/attack); how long it takes is measured here, each
next to a baseline measured in the same run on the same machine:

- `kiosk validate` (in-process, as tests/attack runs it) on hostile JSON — a hundred million
  candidates, 5 000 levels of nesting, a 5 000-digit list number, a key given twice — vs. validating
  a good document of the demo's size;
- the document check (`parse_shape`) on the largest allowed document (99 lists × 999 candidates) and
  on a quarter of its lists: linear time shows as a ratio near 4 (or less: fixed costs), quadratic
  time as 16;
- an image whose header claims 65 000 × 65 000 pixels (PNG, JPEG, TIFF), refused from the header,
  vs. decoding a real A4 page at 300 dpi.

Run:  .venv/bin/python tests/bench/bench_bad_input.py [--repeat 5]
The suite's old bounds are shown as targets; nothing here fails on time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import struct
import sys
import tempfile
import zlib
from pathlib import Path

import cv2
import numpy as np
from timing import timed  # noqa: E402  (tests/bench/timing.py)

from kiosk.cli import main as kiosk_main
from kiosk.demo.results import consistent_results
from kiosk.domain.validation.document import MAX_CANDIDATES, MAX_LISTS, parse_shape
from ocr.read import decode_image


def validate(home: Path, path: Path) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return kiosk_main(["--home", str(home), "validate", str(path)])


def lying_png(width: int, height: int) -> bytes:
    body = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    ihdr = struct.pack(">I", len(body)) + b"IHDR" + body + struct.pack(">I", zlib.crc32(b"IHDR" + body))
    return b"\x89PNG\r\n\x1a\n" + ihdr


def lying_jpeg(width: int, height: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + sof + b"\xff\xd9"


def lying_tiff(width: int, height: int) -> bytes:
    entries = struct.pack("<HHII", 256, 4, 1, width) + struct.pack("<HHII", 257, 4, 1, height)
    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 2) + entries + struct.pack("<I", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []

    with tempfile.TemporaryDirectory() as tmp:
        home, folder = Path(tmp) / "home", Path(tmp)
        election = {"has_C": False, "lists": {str(n): 25 for n in range(1, 9)}}
        fields = consistent_results(parse_shape(election), random.Random(1), 1200, 0)
        good = folder / "goed.json"
        good.write_text(json.dumps({"election": election, "fields": fields}))
        t_good, code = timed(lambda: validate(home, good), args.repeat)
        if code != 0:
            sys.exit(f"the baseline document does not validate (exit {code})")
        hostile = (
            ("100 000 000 candidates", '{"election": {"has_C": false, "lists": {"1": 100000000}}, "fields": {"A": 1}}'),
            ("5 000 levels of nesting", "[" * 5000 + "]" * 5000),
            (
                "5 000-digit list number",
                '{"election": {"has_C": false, "lists": {"%s": 3}}, "fields": {}}' % ("9" * 5000),
            ),
            ("a key given twice", '{"election": {"has_C": false, "lists": {"1": 2, "1": 3}}, "fields": {}}'),
        )
        for name, text in hostile:
            path = folder / "uitslag.json"
            path.write_text(text)
            seconds, code = timed(lambda p=path: validate(home, p), args.repeat)
            rows.append((f"validate refuses {name} (exit {code})", seconds, "validate 8×25 demo", t_good, "≤ 1 s"))

    full = {"has_C": False, "lists": {str(n): MAX_CANDIDATES for n in range(1, MAX_LISTS + 1)}}
    quarter = {"has_C": False, "lists": {str(n): MAX_CANDIDATES for n in range(1, MAX_LISTS // 4 + 1)}}
    t_full, _ = timed(lambda: parse_shape(full), args.repeat)
    t_quarter, _ = timed(lambda: parse_shape(quarter), args.repeat)
    rows.append(
        (
            f"parse_shape {MAX_LISTS}×{MAX_CANDIDATES} (×{t_full / t_quarter:.1f} of ¼)",
            t_full,
            f"parse_shape {MAX_LISTS // 4}×{MAX_CANDIDATES}",
            t_quarter,
            "≤ 1 s, linear",
        )
    )

    page = np.full((3508, 2480), 235, np.uint8)
    cv2.putText(page, "Proces-verbaal", (200, 400), cv2.FONT_HERSHEY_SIMPLEX, 4, 0, 8)
    real = cv2.imencode(".png", page)[1].tobytes()
    t_real, _ = timed(lambda: decode_image(real, "a4.png"), args.repeat)
    for make in (lying_png, lying_jpeg, lying_tiff):
        data = make(65000, 65000)
        seconds, refused = timed(lambda d=data: decode_image(d, "reus"), args.repeat)
        code = getattr(refused, "refusal_code", "decoded (!)")
        rows.append(
            (
                f"{make.__name__[6:].upper()} header 65000² refused ({code})",
                seconds,
                "decode A4 300 dpi PNG",
                t_real,
                "≤ 0.1 s",
            )
        )

    print(f"\n{'measurement':<56} {'ms':>9}   {'baseline':<24} {'ms':>9}   target")
    for name, seconds, base_name, base_seconds, target in rows:
        print(f"{name:<56} {seconds * 1e3:>9.2f}   {base_name:<24} {base_seconds * 1e3:>9.2f}   {target}")


if __name__ == "__main__":
    main()
