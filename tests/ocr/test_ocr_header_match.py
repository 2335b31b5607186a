"""The header check without OCR (ocr.printed.header_match): the printed header against its rendering.

Genuine pages, drawn both ways Stemkiosk prints them (the PDF through pdftoppm; the synthetic
renderer at 300 and at 200 dpi) and scanned badly, pass without Tesseract; a page whose header says
anything else than its template (another station, page, page count, election, model, station name)
is refused, naming the item. With Tesseract the problems say what is printed instead
(tests/ocr/test_ocr_printed.py runs the same forgeries through both methods).
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI, small_spec

from ocr.forms import build_template
from ocr.forms import geometry as g
from ocr.forms.pdf import _Doc, render_pdf
from ocr.printed import header_match as hm
from ocr.printed import header_render as hr
from ocr.printed import make_header_check
from ocr.register import register
from ocr.synth import degrade, pdftoppm_available, rasterize_pdf, render_blank

needs_pdftoppm = pytest.mark.skipif(
    not pdftoppm_available(), reason="pdftoppm is not installed (apt-get install poppler-utils)"
)

#: Scans a good page must survive (ocr.synth.degrade arguments; 200 dpi unless said).
SCANS = {
    "clean": dict(dpi=200),
    "turned_4deg_jpeg60": dict(rotation_deg=4, jpeg_quality=60, dpi=200),
    "blurred_noisy": dict(rotation_deg=-2, blur=0.12, noise=5, dpi=200),
    "uneven_light_150dpi": dict(rotation_deg=1, uneven_light=0.5, noise=6, jpeg_quality=60, dpi=150),
    "perspective_scaled": dict(rotation_deg=3, perspective=0.01, scale=1.02, jpeg_quality=75, dpi=200),
    "pale_toner": dict(dpi=200, noise=3),  # the print made grey below
}


def scan(img, seed, case):
    if case == "pale_toner":
        img = (255 - (255 - img.astype(np.float32)) * 0.45).astype(np.uint8)
    return degrade(img, np.random.default_rng(seed), src_dpi=SRC_DPI, **SCANS[case])


def edited(template, **texts):
    """The template with header texts of page 1 changed (key=text); the QR code stays the same."""
    out = copy.deepcopy(template)
    for item in out["pages"][0]["header"]:
        if item["key"] in texts:
            item["text"] = texts[item["key"]]
    return out


def printed(template, how: str):
    if how == "pdf":
        return rasterize_pdf(render_pdf(template, pages=[1]), dpi=SRC_DPI)[0]
    return render_blank(template, 1, SRC_DPI if how == "synth300" else 200)


def src_dpi(how):
    return 200 if how == "synth200" else SRC_DPI


@pytest.fixture(scope="module")
def template():
    return build_template(small_spec(station=3))


@pytest.fixture
def no_tesseract(monkeypatch):
    """Fail the test if the check starts Tesseract."""

    def read_header(*args, **kwargs):
        raise AssertionError("Tesseract was asked")

    monkeypatch.setattr(hm, "read_header", read_header)


def test_pdf_layout_measures_like_the_pdf(template):
    """The rendering lays text out with the widths ocr.forms.pdf lays it out with."""
    doc = _Doc()
    texts = [(i["text"], i["size_pt"], i["bold"]) for p in template["pages"] for i in p["header"]]
    texts += [("Stembureau 1234567890 — Ééñ", 15, True), ("pagina 10 van 12", 12, False)]
    for text, size, bold in texts:
        assert hr.pdf_measure(text, size, bold) == pytest.approx(doc.measure(text, size, bold), abs=1e-9), text


@pytest.mark.parametrize("dpi", [300, 200])
def test_synthetic_rendering_is_the_synthetic_page(template, dpi):
    """header_render's Hershey text is ocr.synth.render's, pixel for pixel (nearly: resampling)."""
    page = render_blank(template, 1, dpi)
    s = dpi / 25.4
    x, y, w, h = g.HEADER_MM
    crop = page[int(round(y * s)) : int(round(y * s)) + int(round(h * s)), int(round(x * s)) :][:, : int(round(w * s))]
    items = template["pages"][0]["header"]
    ink = (255 - crop.astype(np.float32)) / 255 * hm.items_mask(items, crop.shape, g.HEADER_MM, dpi)
    mine = hr.render_header(items, dpi, "hershey_native", g.HEADER_MM)
    assert mine.shape == ink.shape
    sigma = hm.BLUR_MM * s  # as the check compares them
    ink, mine = hm._blur(ink, sigma), hm._blur(mine, sigma)
    dx, dy = hm._align(hm._half(ink), hm._half(mine), 8)  # the crop above is cut on whole pixels
    assert abs(dx) <= 1 and abs(dy) <= 1
    assert hm._correlation(hm._shifted(mine, dx, dy), ink) > 0.97


@pytest.mark.parametrize("how", ["pdf", "synth300", "synth200"])
def test_genuine_pages_pass_without_reading(template, how, no_tesseract):
    if how == "pdf" and not pdftoppm_available():
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    img = printed(template, how)
    check = make_header_check()
    worst = {}
    for i, case in enumerate(SCANS):
        kw = dict(SCANS[case])
        kw["src_dpi"] = src_dpi(how)
        pale = (255 - (255 - img.astype(np.float32)) * 0.45).astype(np.uint8) if case == "pale_toner" else img
        reg = register(degrade(pale, np.random.default_rng(i), **kw), template)
        assert reg.accepted, (case, reg.code, reg.params)
        match = hm.match_header(reg.header_image(), reg.page)
        worst[case] = round(match.worst(), 3)
        assert check(reg.header_image(), reg.page, reg.identity) is None, (case, match)
    assert max(worst.values()) < hm.MISMATCH_MAX, worst


FORGERIES = {
    "station": ({"station": "Stembureau 8"}, {"code": "station_unreadable", "params": {}}),
    "station_longer": ({"station": "Stembureau 31"}, {"code": "station_unreadable", "params": {}}),
    "page": ({"page": "pagina 2 van 3"}, {"code": "page_unreadable", "params": {}}),
    "page_count": ({"page": "pagina 1 van 4"}, {"code": "page_unreadable", "params": {}}),
    "election": (
        {"election": "Gemeenteraadsverkiezingen 19 maart 2026 — gemeente Juinen"},
        {"code": "text_missing", "params": {"expected": "Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Juinen"}},
    ),
    "election_name": (
        {"election": "Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Buinen"},
        {"code": "text_missing", "params": {"expected": "Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Juinen"}},
    ),
    "model": (
        {"model": "Model N 11 (SB-PV)"},
        {"code": "text_missing", "params": {"expected": "Model N 10-1 (SB-PV)"}},
    ),
    "station_name": (
        {"station_name": "Gemeentehuis Juinen, Trouwzaal"},
        {"code": "text_missing", "params": {"expected": "Gemeentehuis Juinen, Raadzaal"}},
    ),
}


@pytest.mark.parametrize("how", ["pdf", "synth300"])
@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_a_header_item_that_differs_is_named(template, forgery, how):
    if how == "pdf" and not pdftoppm_available():
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    texts, problem = FORGERIES[forgery]
    img = printed(edited(template, **texts), how)
    check = make_header_check(tesseract=False)
    for case in ("clean", "turned_4deg_jpeg60", "uneven_light_150dpi"):
        reg = register(scan(img, 7, case), template, "GR2026_Juinen", 3, header_check=check)
        assert reg.code == "header_mismatch", (case, reg.code)
        assert reg.params["problems"] == [problem], case


@needs_pdftoppm
def test_every_other_station_digit_and_page_number_is_caught(template):
    """Station 3 printed as 0..9 (bar 3), page 1 of 3 as 2..9 of 3: each one refused."""
    check = make_header_check(tesseract=False)
    variants = [{"station": f"Stembureau {d}"} for d in "012456789"]
    variants += [{"page": f"pagina {d} van 3"} for d in "23456789"]
    # one PDF for all: every variant is page 1 of an edited copy of the template
    pdfs = [render_pdf(edited(template, **v), pages=[1]) for v in variants]
    caught = []
    for i, (v, pdf) in enumerate(zip(variants, pdfs)):
        img = rasterize_pdf(pdf, dpi=SRC_DPI)[0]
        reg = register(scan(img, i, "turned_4deg_jpeg60"), template, header_check=check)
        caught.append(reg.code == "header_mismatch" and [p["code"] for p in reg.params["problems"]])
    assert caught == [["station_unreadable"]] * 9 + [["page_unreadable"]] * 8


def test_a_page_with_another_pages_header_pasted_over_it(template):
    """Page 2's header on page 1 (synthetic print): the page number is named."""
    one, two = render_blank(template, 1, SRC_DPI), render_blank(template, 2, SRC_DPI)
    s = SRC_DPI / 25.4
    x, y, w, h = g.HEADER_MM
    rows, cols = slice(int(y * s), int((y + h) * s) + 1), slice(int(x * s), int((x + w) * s) + 1)
    one[rows, cols] = two[rows, cols]
    reg = register(scan(one, 2, "turned_4deg_jpeg60"), template, header_check=make_header_check(tesseract=False))
    assert reg.code == "header_mismatch"
    assert reg.params["problems"] == [{"code": "page_unreadable", "params": {}}]


def test_keys_limit_the_items_compared(template):
    img = printed(edited(template, station_name="Gemeentehuis Juinen, Trouwzaal"), "synth300")
    reg = register(scan(img, 1, "clean"), template)
    only = make_header_check(["station", "page", "model"], tesseract=False)
    assert only(reg.header_image(), reg.page, reg.identity) is None
    assert make_header_check(tesseract=False)(reg.header_image(), reg.page, reg.identity)


def test_unknown_method(template):
    with pytest.raises(ValueError, match="render or tesseract"):
        make_header_check(method="ocr")
