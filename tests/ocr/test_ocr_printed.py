"""Tesseract on machine print (ocr.printed): header cross-check, printed numbers, baseline.

The header-check tests run both methods of make_header_check: "tesseract" (every header read) and
"render" (the default: compared with its rendering, read by Tesseract only when it does not look as
printed, which then says what it reads; tests/ocr/test_ocr_header_match.py tests it without Tesseract).
Tests that run Tesseract are skipped (with the install hint as reason) when the binary is absent;
the pure comparison and parsing tests always run.
"""

from __future__ import annotations

import copy

import cv2
import numpy as np
import pytesseract
import pytest
from fpdf import FPDF
from ocr_forms_support import SRC_DPI, small_spec

from ocr.forms import FormSpec, build_template
from ocr.forms import geometry as g
from ocr.forms.pdf import dejavu_paths, render_pdf
from ocr.printed import (
    INSTALL_HINT,
    PrintedReading,
    TesseractMissing,
    make_header_check,
    parse_printed_number,
    read_header,
    read_printed_number,
    read_printed_table,
    tesseract_available,
    tesseract_read_field,
    text_agrees,
)
from ocr.printed.header import numbers_in
from ocr.register import register
from ocr.synth import degrade, pdftoppm_available, rasterize_pdf, render_blank

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason=INSTALL_HINT)
needs_pdftoppm = pytest.mark.skipif(
    not pdftoppm_available(), reason="pdftoppm is not installed (apt-get install poppler-utils)"
)

S = SRC_DPI / 25.4


def scan(img, seed, rotation_deg=4.0):
    """The 'degraded' scan of the brief: 200 dpi, turned 4 degrees, JPEG quality 60."""
    return degrade(
        img, np.random.default_rng(seed), rotation_deg=rotation_deg, jpeg_quality=60, dpi=200, src_dpi=SRC_DPI
    )


def big_spec() -> FormSpec:
    """A second election, a higher station number and more pages (list pages continue)."""
    return FormSpec(
        election_id="WS2027_Zuiderwaard",
        election_name="Waterschapsverkiezingen 17 maart 2027 — Zuiderwaard",
        has_C=True,
        lists=[
            (1, "Water Natuurlijk", [f"Visser-Öztürk, K.{i}" for i in range(1, 41)]),
            (2, "Algemene Waterschapspartij", ["Bakker, J.", "Çelik, E."]),
        ],
        station_number=1234,
        station_name="Basisschool De Regenboog (gymzaal)",
    )


#: station -> pages checked (a sample: every kind of page, first and last, three stations)
GOOD_PAGES = {3: (1, 2, 3), 77: (1, 3), 1234: (1, 4)}


@pytest.fixture(scope="module")
def printed_forms():
    """{station: (template, {page: image at 300 dpi rasterised from the real PDF})}."""
    out = {}
    for t in (
        build_template(small_spec(station=3)),
        build_template(small_spec(station=77, has_c=True)),
        build_template(big_spec()),
    ):
        wanted = list(GOOD_PAGES[t["station"]])
        images = rasterize_pdf(render_pdf(t, pages=wanted), dpi=SRC_DPI)
        out[t["station"]] = (t, dict(zip(wanted, images)))
    return out


# ---- comparison and parsing (no Tesseract) ----------------------------------------------


def test_text_comparison():
    model = "Model N 10-1 (SB-PV)"
    assert text_agrees("Model N 10-1 (SB-PV)", model)
    assert text_agrees("mode1  n 10–1 (sb-pv", model)  # OCR slips: l->1, dash, lost bracket
    assert text_agrees("Christen-Democratisch Appel", "Christen-Democratisch Appèl")
    assert not text_agrees("Model N 10-2 (SB-PV)", model)  # numbers must match exactly
    assert not text_agrees("Model N 11 (SB-PV)", model)
    assert not text_agrees("Model P 22-3 (GSB)", model)
    assert not text_agrees("", model)
    assert numbers_in("Stembureau 1O7") == [107]
    assert numbers_in("pagina 2 van 13") == [2, 13]
    assert numbers_in("Stembureau") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("0", 0),
        ("7", 7),
        ("1234", 1234),
        ("1.234", 1234),
        ("123.456", 123456),
        ("1 234", 1234),
        ("12,345", 12345),
        (" 987654 ", 987654),
        ("1.234.", 1234),
        ("", None),
        ("12.34", None),
        ("1.2345", None),
        ("1.234,567", None),
        ("abc", None),
        ("12a", None),
        ("1..234", None),
    ],
)
def test_parse_printed_number(text, value):
    assert parse_printed_number(text) == value


def test_tesseract_missing_message(monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    crop = np.full((40, 120), 255, np.uint8)
    cv2.putText(crop, "123", (20, 32), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    hint = r"tesseract-ocr is not installed \(apt-get install tesseract-ocr\)"
    with pytest.raises(TesseractMissing, match=hint):
        read_printed_number(crop)
    with pytest.raises(TesseractMissing):
        tesseract_read_field([crop, crop])
    t = build_template(small_spec())
    reg = register(render_blank(t, 1, 200), t)
    with pytest.raises(TesseractMissing, match="apt-get install tesseract-ocr"):
        make_header_check(method="tesseract")(reg.header_image(), reg.page, reg.identity)
    assert make_header_check()(reg.header_image(), reg.page, reg.identity) is None  # looks as printed: no reading


# ---- header check -----------------------------------------------------------------------


METHODS = pytest.mark.parametrize("method", ["render", "tesseract"])


@needs_pdftoppm
@needs_tesseract
@METHODS
def test_header_check_accepts_good_pages(printed_forms, method):
    """Pages of three forms, clean at 300 dpi and scanned at 200 dpi/±4°/JPEG 60: no refusal."""
    check = make_header_check(method=method)
    refused, checked = [], 0
    for station, (t, pages) in printed_forms.items():
        for i, img in pages.items():
            for name, im in (("300dpi", img), ("200dpi_4deg_jpeg60", scan(img, station + i, (-4, 4)[i % 2]))):
                reg = register(im, t, t["election_id"], station, header_check=check)
                checked += 1
                if not reg.accepted:
                    refused.append((station, i, name, reg.code, reg.params))
    assert checked == 14
    assert refused == []


@needs_tesseract
def test_header_check_filled_cv2_page(filled_front, form_template):
    """The cv2-rendered page (Hershey font, handwriting filled in): Tesseract's first, stacked
    reading of its '3' is a '5'; the per-line re-reading must save it."""
    img, _ = filled_front
    reg = register(scan(img, 5, -3), form_template)
    lines = read_header(reg.header_image(), reg.page, reg.identity)
    assert [ln.key for ln in lines] == ["station", "page", "model"]
    assert all(ln.agrees for ln in lines), [(ln.key, ln.readings) for ln in lines]
    assert lines[0].read.endswith("3")


def _paste_header(dst: np.ndarray, src: np.ndarray) -> np.ndarray:
    x, y, w, h = g.HEADER_MM
    rows, cols = slice(int(y * S), int((y + h) * S) + 1), slice(int(x * S), int((x + w) * S) + 1)
    out = dst.copy()
    out[rows, cols] = src[rows, cols]
    return out


@needs_pdftoppm
@needs_tesseract
@METHODS
def test_header_check_catches_pasted_header(printed_forms, method):
    """Station 3's page 1 with station 77's header pasted over it, then scanned."""
    t3, pages3 = printed_forms[3]
    _, pages77 = printed_forms[77]
    forged = scan(_paste_header(pages3[1], pages77[1]), 11)
    check = make_header_check(method=method)
    reg = register(forged, t3, "GR2026_Juinen", 3, header_check=check)
    assert not reg.accepted and reg.code == "header_mismatch"
    assert reg.params["problems"] == [
        {"code": "station_differs", "params": {"read": 77, "expected": 3}}
    ]  # the rest agrees

    swapped = _paste_header(pages3[1], pages3[2])  # page 2's header on page 1
    reg = register(swapped, t3, header_check=check)
    assert reg.code == "header_mismatch"
    assert {"code": "page_differs", "params": {"read_page": 2, "read_count": 3, "page": 1, "count": 3}} in reg.params[
        "problems"
    ]


@needs_pdftoppm
@needs_tesseract
@METHODS
def test_header_check_catches_edited_model_and_station(method):
    """A form printed from an edited template: the QR code still says station 3, model N 10-1."""
    t = build_template(small_spec(station=3))
    edited = copy.deepcopy(t)
    for line in edited["pages"][0]["header"]:
        if line["key"] == "model":
            line["text"] = "Model N 11 (SB-PV)"
        if line["key"] == "station":
            line["text"] = "Stembureau 8"
    img = rasterize_pdf(render_pdf(edited, pages=[1]), dpi=SRC_DPI)[0]
    reg = register(scan(img, 3), t, header_check=make_header_check(method=method))
    assert reg.code == "header_mismatch"
    assert {"code": "station_differs", "params": {"read": 8, "expected": 3}} in reg.params["problems"]
    assert {
        "code": "text_differs",
        "params": {"read": "Model N 11 (SB-PV)", "expected": "Model N 10-1 (SB-PV)"},
    } in reg.params["problems"]


@METHODS
def test_header_check_blank_header(form_template, method):
    """A whited-out header is refused as unreadable (no Tesseract call: nothing to read),
    unless refuse_unreadable=False."""
    img = render_blank(form_template, 1, SRC_DPI)
    white = _paste_header(img, np.full_like(img, 255))
    reg = register(white, form_template, header_check=make_header_check(method=method, lang="eng"))
    assert reg.code == "header_mismatch"
    assert {"code": "station_unreadable", "params": {}} in reg.params["problems"]
    assert {"code": "page_unreadable", "params": {}} in reg.params["problems"]
    lenient = make_header_check(method=method, lang="eng", refuse_unreadable=False)
    assert register(white, form_template, header_check=lenient).accepted


# ---- machine-printed numbers ------------------------------------------------------------


def totals_sheet(n: int, seed: int = 2026):
    """A totals sheet like the kiosk prints one: label | number, bordered cells, three columns
    per page; numbers of 1-6 digits, half of them with Dutch thousands separators; a few blank.
    Returns (pdf bytes, [(page, cell box mm, value or None)])."""
    rng = np.random.default_rng(seed)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    paths = dejavu_paths()
    family = "DejaVuSans" if paths else "Helvetica"
    if paths:
        pdf.add_font(family, "", paths[0])
    cells, rows, row_h = [], 38, 6.5
    while len(cells) < n:
        pdf.add_page()
        pdf.set_font(family, "", 12)
        pdf.text(15, 16, "Totalen per stembureau")
        for col in range(3):
            x = 15 + col * 62
            for r in range(rows):
                if len(cells) >= n:
                    break
                y = 24 + r * row_h
                k = len(cells)
                digits = int(rng.integers(1, 7))
                value = int(rng.integers(0 if digits == 1 else 10 ** (digits - 1), 10**digits))
                text = f"{value:,}".replace(",", ".") if rng.random() < 0.5 else str(value)
                if k % 50 == 49:
                    value, text = None, ""
                pdf.set_font(family, "", 8.5)
                pdf.set_xy(x, y)
                pdf.cell(28, row_h, f"Stembureau {k + 1}", border=1)
                pdf.set_font(family, "", 11)
                pdf.set_xy(x + 28, y)
                pdf.cell(28, row_h, text, border=1, align="R")
                cells.append((pdf.page, [x + 28, y, 28, row_h], value))
    return bytes(pdf.output()), cells


@pytest.fixture(scope="module")
def sheet():
    return totals_sheet(228)


@needs_pdftoppm
@needs_tesseract
@pytest.mark.parametrize("dpi", [200, 300])
def test_read_printed_table(sheet, dpi):
    pdf, cells = sheet
    pages = rasterize_pdf(pdf, dpi=dpi)
    numbers = [c for c in cells if c[2] is not None]
    assert len(numbers) >= 200 and {len(str(v)) for _, _, v in numbers} == {1, 2, 3, 4, 5, 6}
    wrong = []
    for p, img in enumerate(pages, 1):
        mine = [c for c in cells if c[0] == p]
        for (_, box, value), r in zip(mine, read_printed_table(img, [c[1] for c in mine], dpi)):
            assert isinstance(r, PrintedReading)
            if value is None:
                assert r.blank and r.value is None
            elif r.value != value:
                wrong.append((value, r))
            else:
                assert 0 < r.confidence <= 1
    assert 1 - len(wrong) / len(numbers) >= 0.99, wrong


@needs_pdftoppm
@needs_tesseract
def test_read_printed_number(sheet):
    """Single crops, cut with the cell borders in them (the reader must ignore the lines)."""
    pdf, cells = sheet
    dpi = 200
    img = rasterize_pdf(pdf, dpi=dpi, last=1)[0]
    s = dpi / 25.4
    picks = [c for c in cells if c[0] == 1 and c[2] is not None]
    picks = [next(c for c in picks if c[2] < 10)] + picks[:7]
    wrong = []
    for _, (x, y, w, h), value in picks:
        crop = img[int((y - 0.6) * s) : int((y + h + 0.6) * s), int((x - 0.6) * s) : int((x + w + 0.6) * s)]
        r = read_printed_number(crop)
        if r.value != value:
            wrong.append((value, r))
    assert wrong == []
    blank = read_printed_number(np.full((40, 160), 250, np.uint8))
    assert blank == PrintedReading(None, "", 0.0, blank=True)


# ---- handwriting baseline ---------------------------------------------------------------


@needs_tesseract
def test_tesseract_baseline_runs(filled_front, form_template):
    img, truth = filled_front
    reg = register(img, form_template)
    counts = [f for f in reg.page["fields"] if f["kind"] == "count"]
    got = {f["code"]: tesseract_read_field([reg.cut(b) for b in f["boxes_mm"]]) for f in counts[:6]}
    assert all(v is None or isinstance(v, int) for v in got.values())
    # sanity only (FontDigits is print-like): the pipeline reads some; the real number is the benchmark's
    assert sum(got[c] == truth["values"][c] for c in got) >= 2, (got, truth["values"])
    empty = register(render_blank(form_template, 1, 200), form_template)
    assert tesseract_read_field([empty.cut(b) for b in counts[0]["boxes_mm"]]) is None
    assert tesseract_read_field([]) is None
