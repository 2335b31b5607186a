"""Printable blank PDF: deterministic bytes, one page per template page, same geometry as synth."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pytest
from ocr_forms_support import small_spec

from ocr.forms import build_template
from ocr.forms.pdf import font_name, render_pdf
from ocr.synth import pdftoppm_available, rasterize_pdf, render_blank


@pytest.fixture(scope="module")
def pdf_bytes(form_template) -> bytes:
    return render_pdf(form_template)


def test_deterministic_bytes(form_template, pdf_bytes):
    assert render_pdf(form_template) == pdf_bytes
    assert render_pdf(build_template(small_spec())) == pdf_bytes
    assert pdf_bytes.startswith(b"%PDF-")


def test_different_station_different_bytes(pdf_bytes):
    assert render_pdf(build_template(small_spec(station=4))) != pdf_bytes


def test_page_count_and_metadata(form_template, pdf_bytes):
    assert len(re.findall(rb"/Type /Page\b", pdf_bytes)) == form_template["page_count"]
    assert b"D:20000101" in pdf_bytes  # fixed creation date
    if font_name() == "DejaVuSans":
        assert b"DejaVuSans" in pdf_bytes  # embedded subset


def test_selected_pages(form_template):
    one = render_pdf(form_template, pages=[2])
    assert len(re.findall(rb"/Type /Page\b", one)) == 1


@pytest.mark.skipif(not pdftoppm_available(), reason="pdftoppm (poppler-utils) not installed")
def test_pdf_and_synthetic_renderer_agree(form_template, pdf_bytes):
    """Markers found by ArUco and QR payload are the same in the PDF raster and the cv2 drawing."""
    dpi = 100
    pages = rasterize_pdf(pdf_bytes, dpi=dpi, first=1, last=form_template["page_count"])
    assert len(pages) == form_template["page_count"]
    det = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50))
    for page_no in (1, form_template["page_count"]):
        a = pages[page_no - 1]
        b = render_blank(form_template, page_no, dpi)
        assert a.shape == b.shape
        ca, ia, _ = det.detectMarkers(a)
        cb, ib, _ = det.detectMarkers(b)
        ma = {int(i): c.reshape(4, 2) for c, i in zip(ca, ia.ravel())}
        mb = {int(i): c.reshape(4, 2) for c, i in zip(cb, ib.ravel())}
        assert sorted(ma) == sorted(mb) == [0, 1, 2, 3, 4, 5]
        for i in ma:
            assert np.abs(ma[i] - mb[i]).max() <= 1.0  # px at 100 dpi (poppler snaps fills)
        # every digit box border is dark in both rasters
        s = dpi / 25.4
        for f in form_template["pages"][page_no - 1]["fields"]:
            for x, y, w, h in f["boxes_mm"]:
                col = int(round(x * s))
                rows = slice(int((y + 1) * s), int((y + h - 1) * s))
                for img in (a, b):
                    assert img[rows, max(0, col - 1) : col + 1].min(axis=1).mean() < 140
        qa = cv2.QRCodeDetector().detectAndDecode(a)[0]
        assert qa == form_template["pages"][page_no - 1]["qr_payload"]


def test_helvetica_fallback_without_dejavu(form_template, monkeypatch):
    from ocr.forms import pdf as pdfmod

    monkeypatch.setattr(pdfmod, "dejavu_paths", lambda: None)
    assert pdfmod.font_name() == "Helvetica"
    a = pdfmod.render_pdf(form_template, pages=[1])
    assert a == pdfmod.render_pdf(form_template, pages=[1]) and b"Helvetica" in a
