"""`python -m ocr read`: a printed blank PV, filled in and scanned, read back.

The blank PV is the real PDF (rendered with pdftoppm), filled with synthetic
handwriting; whatever OCR proposes must be what the paper says, under the scan
conditions a GSB meets; pages that are not ours are refused with a reason.
"""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest
from ocr_forms_support import small_spec

from ocr.__main__ import main
from ocr.digits import BoxReading
from ocr.fields import combine_digits
from ocr.forms import build_template
from ocr.forms.pdf import render_pdf
from ocr.register import REFUSALS
from ocr.synth import FontDigits, degrade, fill, rasterize_pdf
from ocr.synth.values import random_values

CONDITIONS = {
    "straight": {},
    "rotated-4deg": {"rotation_deg": 4.0},
    "150dpi": {"dpi": 150},
    "jpeg-60": {"jpeg_quality": 60},
    "covered-marker": "cover",
}


@pytest.fixture(scope="module")
def printed_front():
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    template = build_template(small_spec())
    page = rasterize_pdf(render_pdf(template, pages=[1]), dpi=300, first=1, last=1)[0]
    return template, page


def write_template(tmp_path, template) -> str:
    path = tmp_path / "template.json"
    path.write_text(json.dumps(template))
    return str(path)


def run(capsys, *argv) -> tuple[int, dict]:
    code = main(["read", "--no-header-check", *argv])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_proposed_fields_are_what_the_paper_says(printed_front, tmp_path, capsys, condition):
    template, blank = printed_front
    rng = np.random.default_rng(len(condition))
    values = random_values(template, rng)
    image = fill(blank, template, 1, values, FontDigits(), rng, writer_id=3, dpi=300)
    if CONDITIONS[condition] == "cover":
        # A thumb over the bottom-right marker.
        h, w = image.shape
        image[int(h * 0.90) :, int(w * 0.86) :] = 255
    else:
        image = degrade(image, rng, src_dpi=300, **CONDITIONS[condition])
    cv2.imwrite(str(tmp_path / "page.png"), image)
    code, out = run(capsys, "--template", write_template(tmp_path, template), str(tmp_path / "page.png"))
    assert code == 0
    page = out["pages"][0]
    assert page["accepted"] and page["station"] == 3 and page["page"] == 1
    proposed = {c: f["value"] for c, f in page["fields"].items() if f["status"] == "proposed"}
    truth = {f["code"]: values.get(f["code"]) for f in template["pages"][0]["fields"]}
    assert {c: v for c, v in proposed.items() if v != (truth[c] if truth[c] is not None else False)} == {}
    assert len(proposed) >= len(truth) // 3, "OCR should propose a good part of a clean page"


def test_pages_that_are_not_ours_are_refused_and_the_rest_still_read(printed_front, tmp_path, capsys):
    template, blank = printed_front
    other_station = build_template(small_spec(station=4))
    rng = np.random.default_rng(5)
    images = {
        "good.png": blank,
        "blank-paper.png": np.full_like(blank, 250),
        "photo.png": cv2.GaussianBlur(rng.integers(0, 255, blank.shape, dtype=np.uint8), (0, 0), 3),
        "not-an-image.png": None,
    }
    for name, image in images.items():
        if image is None:
            (tmp_path / name).write_bytes(b"not an image")
        else:
            cv2.imwrite(str(tmp_path / name), image)
    code, out = run(capsys, "--template", write_template(tmp_path, other_station), *(str(tmp_path / n) for n in images))
    assert code == 2
    by_name = {p["image"].rsplit("/", 1)[-1]: p for p in out["pages"]}
    assert all(not p["accepted"] and p["code"] in REFUSALS and p["fields"] == {} for p in by_name.values())
    assert all("reason" not in p for p in by_name.values())  # codes and data, no words
    # The page of station 3 checked against station 4's template: the QR code says so.
    assert by_name["good.png"]["code"] in ("wrong_station", "unknown_template")
    assert by_name["blank-paper.png"]["code"] == "blank_page" and by_name["blank-paper.png"]["params"] == {}
    assert by_name["not-an-image.png"]["code"] == "undecodable"


def test_a_multi_page_tiff_is_refused_not_read_as_its_first_page(printed_front, tmp_path, capsys):
    template, blank = printed_front
    assert cv2.imwritemulti(str(tmp_path / "batch.tif"), [blank, blank])
    assert cv2.imwrite(str(tmp_path / "single.tif"), blank)
    code, out = run(
        capsys,
        "--template",
        write_template(tmp_path, template),
        str(tmp_path / "batch.tif"),
        str(tmp_path / "single.tif"),
    )
    assert code == 2
    batch, single = out["pages"]
    assert not batch["accepted"] and batch["code"] == "multi_page" and batch["params"] == {"pages": 2}
    assert single["accepted"] and single["page"] == 1  # one page per TIFF is read like any image


def test_a_bad_template_file_is_refused(tmp_path, capsys):
    (tmp_path / "t.json").write_text("{}")
    assert main(["read", "--template", str(tmp_path / "t.json"), "x.png"]) == 2
    assert "not a Stemkiosk form template" in capsys.readouterr().err


@pytest.mark.parametrize(
    "labels, value, status",
    [
        ([None, None, None, 8, 1, 2], 812, "proposed"),
        ([None, None, None, None, None, 0], 0, "proposed"),
        ([None] * 6, None, "blank"),
        ([None, None, 8, None, 1, 2], None, "no_proposal"),  # a blank box between digits
        ([None, None, None, 8, 1, None], None, "no_proposal"),  # a blank after the last digit
        ([None, None, None, 8, 11, 2], None, "no_proposal"),  # a crossed-out box
    ],
)
def test_field_rules(labels, value, status):
    reading = combine_digits("A", [None if l is None else box(l, 0.999) for l in labels], threshold=0.97)
    assert (reading.value, reading.status) == (value, status)


def test_low_confidence_gives_no_proposal():
    assert combine_digits("A", [None, None, None, None, box(7, 0.9), box(7, 0.9)], 0.97).status == "no_proposal"


def test_reading_keeps_the_box_probabilities():
    reading = combine_digits("A", [None, None, None, None, box(4, 0.99), box(2, 0.97)], 0.9)
    assert reading.box_probabilities[:4] == (None,) * 4
    assert reading.box_probabilities[4][4] == 0.99 and reading.box_probabilities[5][2] == 0.97


def box(label: int, confidence: float) -> BoxReading:
    """A box reading whose other classes share what `label` leaves."""
    rest = (1.0 - confidence) / 11
    return BoxReading(label, confidence, tuple(confidence if k == label else rest for k in range(12)))
