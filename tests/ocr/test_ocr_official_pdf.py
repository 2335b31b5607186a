"""The official models printed: deterministic PDF bytes, the headings in the PDF's text, the same
geometry as the synthetic renderer (ruled areas included), and pages that register."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI, headings, official_spec

from ocr.forms import build_template
from ocr.forms.pdf import font_name, render_pdf
from ocr.register import register
from ocr.synth import degrade, rasterize_pdf, render_blank

MODELS = ("N10-1", "N10-2", "Na31-2-B1")


@pytest.fixture(scope="module")
def printed():
    return {m: (t := build_template(official_spec(m)), render_pdf(t)) for m in MODELS}


@pytest.mark.parametrize("model", MODELS)
def test_pdf_deterministic(printed, model):
    t, pdf = printed[model]
    assert pdf.startswith(b"%PDF-") and render_pdf(build_template(official_spec(model))) == pdf
    assert len(re.findall(rb"/Type /Page\b", pdf)) == t["page_count"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.skipif(font_name() != "DejaVuSans", reason="the Helvetica fallback prints dashes as '-'")
@pytest.mark.parametrize("model", MODELS)
def test_pdf_text_shows_the_headings(printed, tmp_path, model):
    t, pdf = printed[model]
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    pos = 0
    for h in headings(t):
        start = " ".join(h.split())[:40]
        found = flat.find(start, pos)
        assert found >= 0, start
        pos = found
    assert t["model_name"] in flat


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
@pytest.mark.parametrize("model", MODELS)
def test_pdf_and_synthetic_renderer_draw_the_rules(printed, model):
    """Every ruled line of the first page is dark in the PDF raster and in the cv2 drawing."""
    t, pdf = printed[model]
    dpi = 100
    a = rasterize_pdf(pdf, dpi=dpi, first=1, last=1)[0]
    b = render_blank(t, 1, dpi)
    assert a.shape == b.shape
    s = dpi / 25.4
    for area in t["pages"][0]["areas"]:
        x, y, w, h = area["box_mm"]
        rows = area["rows"]
        for i in range(1, rows + 1):
            row = int(round((y + i * h / rows) * s - 0.5))
            cols = slice(int((x + 2) * s), int((x + w - 2) * s))
            for img in (a, b):
                assert img[row - 1 : row + 2, cols].min(axis=0).mean() < 200


@pytest.mark.parametrize("model", MODELS)
def test_every_page_registers(model):
    t = build_template(official_spec(model))
    rng = np.random.default_rng(5)
    for page in range(1, t["page_count"] + 1):
        img = degrade(render_blank(t, page, SRC_DPI), rng, src_dpi=SRC_DPI, rotation_deg=2.0, dpi=150)
        reg = register(img, t, "GR2026_Juinen", 3)
        assert reg.accepted, (page, reg.code)
        assert reg.identity.page == page and reg.page["kind"] == t["pages"][page - 1]["kind"]
        assert reg.residual_mm < 0.5
