"""Pages that lost corners: torn or folded away, or outside the image of a feeder that skewed,
scaled or shifted the sheet. With the markers left on the top and the bottom edge the page registers
and reads as the whole page does; what fell outside the image gets no proposal; with too few markers
left the refusal names the missing ones."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI
from ocr_scanner_support import cut_corners, feeder_scan

from ocr.forms import geometry as g
from ocr.printed import make_header_check
from ocr.read import read_page
from ocr.register import _header_in_image, register
from ocr.synth import degrade

CUTS = {
    "top_left": ["top_left"],
    "top_right": ["top_right"],
    "bottom_right": ["bottom_right"],
    "bottom_left": ["bottom_left"],
    "top_edge": ["top_left", "top_right"],
    "right_edge": ["top_right", "bottom_right"],
    "bottom_edge": ["bottom_left", "bottom_right"],
    "diagonal": ["top_left", "bottom_right"],
    "antidiagonal": ["top_right", "bottom_left"],
}
POSITION_ID = {position: mid for mid, position in g.MARKER_POSITIONS.items()}


def scan(img, seed=1, **kw):
    kw.setdefault("dpi", 200)
    return degrade(img, np.random.default_rng(seed), src_dpi=SRC_DPI, **kw)


@pytest.fixture(scope="module")
def whole(filled_front, form_template):
    """The page as read without a cut: {code: (status, value)}."""
    img, _ = filled_front
    result = read_page(scan(img, rotation_deg=1.5), "whole", [form_template])
    assert result.accepted
    return {code: (r.status, r.value) for code, r in result.fields.items()}


def same_reading(result, whole) -> None:
    got = {code: (r.status, r.value) for code, r in result.fields.items()}
    assert set(got) == set(whole)
    differ = {code: (got[code], whole[code]) for code in got if got[code] != whole[code]}
    assert all(code in result.cut_off for code in differ), differ
    assert all(got[code] == ("no_proposal", None) for code in result.cut_off)


@pytest.mark.parametrize("cut", list(CUTS))
def test_cut_corners_register_and_read_the_same(filled_front, form_template, whole, cut):
    img, _ = filled_front
    result = read_page(scan(cut_corners(img, CUTS[cut]), rotation_deg=1.5), cut, [form_template])
    assert result.accepted, (result.refusal_code, result.refusal_params)
    reg = result.registration
    assert set(reg.markers_missing) == {POSITION_ID[c] for c in CUTS[cut]}
    assert reg.residual_mm < 0.3
    same_reading(result, whole)
    assert result.cut_off == ()  # a torn corner holds no field


#: feeder images (A4 at 200 dpi) of sheets that went through askew: (rotation°, scale, one page corner
#: moved by this fraction of the page width, shift mm) -> the markers lost
FEEDER = {
    "shifted_right": (0.0, 1.0, None, (9.0, 0.0), {1, 2}),
    "skewed_scaled": (2.5, 1.022, None, (0.0, 0.0), {1, 3}),
    "skewed_corner_tl": (2.5, 1.022, (0, -0.008, -0.004), (0.0, 0.0), {0, 1, 3}),
    "skewed_corner_br": (2.5, 1.022, (2, 0.008, 0.004), (0.0, 0.0), {1, 2, 3}),
    "skewed_corner_bl": (-2.5, 1.022, (3, -0.008, 0.004), (0.0, 0.0), {0, 2, 3}),
    "skewed_corner_tr": (-2.5, 1.022, (1, 0.008, -0.004), (0.0, 0.0), {0, 1, 2}),
}


@pytest.mark.parametrize("case", list(FEEDER))
def test_feeder_sheets_that_lost_corners(filled_front, form_template, whole, case):
    img, _ = filled_front
    rotation, scale, moved, shift, lost = FEEDER[case]
    corners = np.zeros((4, 2))
    if moved:
        corners[moved[0]] = moved[1:]
    image = feeder_scan(img, rotation, scale, corners, shift_mm=shift, src_dpi=SRC_DPI)
    result = read_page(image, case, [form_template])
    assert result.accepted, (result.refusal_code, result.refusal_params)
    reg = result.registration
    assert set(reg.markers_missing) == lost
    assert reg.residual_mm < 0.3
    same_reading(result, whole)


def test_fields_outside_the_image_are_not_proposed(filled_front, form_template, whole):
    """Shifted 12 mm to the right: the right-hand column's digit boxes (up to x = 200 mm) are cut."""
    img, _ = filled_front
    result = read_page(feeder_scan(img, shift_mm=(12.0, 0.0), src_dpi=SRC_DPI), "cut", [form_template])
    assert result.accepted, (result.refusal_code, result.refusal_params)
    assert result.cut_off
    same_reading(result, whole)
    reg = result.registration
    for code in result.cut_off:
        field = next(f for f in reg.page["fields"] if f["code"] == code)
        assert max(b[0] + b[2] for b in field["boxes_mm"]) > 210 - 12 - 1


def test_three_markers_on_one_edge_are_refused_by_name(filled_front, form_template):
    img, _ = filled_front
    cut = cut_corners(img, ["bottom_left", "bottom_right"])
    s = SRC_DPI / 25.4
    cut[int(270 * s) :, int(90 * s) : int(120 * s)] = 255  # the bottom-middle marker torn off too
    reg = register(scan(cut), form_template)
    assert reg.code == "markers_missing"
    assert reg.params == {"corners": ["bottom_right", "bottom_left", "bottom_middle"]}


def test_two_markers_left_are_refused_by_name(filled_front, form_template):
    img, _ = filled_front
    reg = register(scan(cut_corners(img, ["top_left", "top_right", "bottom_right", "bottom_left"])), form_template)
    assert reg.code == "markers_missing"
    assert reg.params == {"corners": ["top_left", "top_right", "bottom_right", "bottom_left"]}


def test_header_items_outside_the_image_are_not_compared(filled_front, form_template):
    """A sheet 7 mm too high in the feeder: the top of the header's first line is cut. That line is not
    compared (it would not look as printed); the station and the page always are."""
    img, _ = filled_front
    image = feeder_scan(img, shift_mm=(0.0, -7.0), src_dpi=SRC_DPI)
    reg = register(image, form_template)
    seen = [h["key"] for h in _header_in_image(reg)["header"]]
    assert "form" not in seen and {"station", "page"} <= set(seen)
    assert register(image, form_template, header_check=make_header_check(tesseract=False)).accepted
    forged = [dict(h, text="Stembureau 8") if h["key"] == "station" else h for h in reg.page["header"]]
    check = make_header_check(tesseract=False)
    problems = check(reg.header_image(), dict(_header_in_image(reg), header=forged), reg.identity)
    assert problems == [{"code": "station_unreadable", "params": {}}]
