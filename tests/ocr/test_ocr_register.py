"""Registration and quality gate on synthetic scans (FontDigits handwriting)."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ocr_forms_support import SRC_DPI, border_offsets, small_spec

from ocr.forms import build_template
from ocr.forms import geometry as g
from ocr.register import DEFAULT_DPI, REFUSALS, Registration, _percentiles, cut_box, register
from ocr.synth import FontDigits, degrade, render_blank, synth_page

S = SRC_DPI / 25.4


def scan(img, seed=1, **kw):
    return degrade(img, np.random.default_rng(seed), src_dpi=SRC_DPI, **kw)


def cover_markers(img, ids, shade=150):
    """A thumb (grey blob) over each of the given markers."""
    out = img.copy()
    for mid, _, x, y in g.MARKERS:
        if mid in ids:
            c = (int((x + g.MARKER_MM / 2) * S), int((y + g.MARKER_MM / 2) * S))
            ax = (int((g.MARKER_MM * 0.75) * S), int(g.MARKER_MM * 0.9 * S))
            cv2.ellipse(out, c, ax, 30, 0, 360, shade, -1)
    return out


def assert_boxes_on_print(reg: Registration):
    boxes = [b for f in reg.page["fields"] for b in f["boxes_mm"]]
    off = border_offsets(reg.warped, boxes, reg.dpi)
    assert np.median(off) < 0.15, np.median(off)
    assert off.max() < 0.4, off.max()


ACCEPT = {
    "straight": {},
    "rotated_4deg": dict(rotation_deg=4),
    "upside_down": dict(rotation_deg=180.5),
    "dpi_150": dict(dpi=150),
    "jpeg_60": dict(jpeg_quality=60),
    "perspective": dict(perspective=0.015),
    "phone_photo": dict(
        rotation_deg=-6, perspective=0.02, blur=0.12, noise=5, uneven_light=0.5, jpeg_quality=70, dpi=150, background=70
    ),
}


@pytest.mark.parametrize("case", sorted(ACCEPT))
def test_accepted(case, filled_front, form_template):
    img, truth = filled_front
    reg = register(scan(img, **ACCEPT[case]), form_template, "GR2026_Juinen", 3)
    assert reg.accepted, (reg.code, reg.params)
    assert reg.code is None and reg.params == {}
    assert reg.identity.page == 1 and reg.identity.station == 3
    assert reg.page is form_template["pages"][0]
    assert reg.markers_found == (0, 1, 2, 3, 4, 5)
    assert reg.residual_mm < 0.3
    assert reg.blur_mm < 0.3
    assert reg.warped.shape == (int(np.ceil(297 * DEFAULT_DPI / 25.4)), int(np.ceil(210 * DEFAULT_DPI / 25.4)))
    assert reg.upside_down == (case == "upside_down")
    assert_boxes_on_print(reg)


def test_one_covered_marker(filled_front, form_template):
    img, _ = filled_front
    reg = register(scan(cover_markers(img, {2}), rotation_deg=2), form_template)
    assert reg.accepted, (reg.code, reg.params)
    assert reg.markers_missing == (2,)
    assert reg.residual_mm < 0.3
    assert_boxes_on_print(reg)


def test_list_page_registers(form_template):
    page = form_template["page_count"]
    img, truth = synth_page(
        form_template,
        page,
        None,
        FontDigits(),
        np.random.default_rng(3),
        dpi=200,
        degrade_args=dict(rotation_deg=-3, jpeg_quality=75),
    )
    reg = register(img, form_template, "GR2026_Juinen", 3)
    assert reg.accepted, (reg.code, reg.params)
    assert reg.identity.page == page and reg.page["kind"] == "list"
    assert_boxes_on_print(reg)


def test_cut_box(filled_front, form_template):
    img, truth = filled_front
    reg = register(img, form_template)
    box = reg.page["fields"][0]["boxes_mm"][0]
    crop = reg.cut(box, margin_mm=0.8)
    s = DEFAULT_DPI / 25.4
    assert abs(crop.shape[1] - (box[2] - 1.6) * s) <= 1 and abs(crop.shape[0] - (box[3] - 1.6) * s) <= 1
    # the inner margin keeps the printed border out: an empty box is all paper
    empty = [
        f
        for f in reg.page["fields"]
        if truth["values"].get(f["code"]) is None or truth["values"].get(f["code"]) is False
    ]
    assert empty
    for f in empty:
        for b in f["boxes_mm"]:
            assert cut_box(reg.warped, b, 0.8).min() > 200
    # a written digit box holds ink
    a = [f for f in reg.page["fields"] if f["code"] == "A"][0]
    assert reg.cut(a["boxes_mm"][-1]).min() < 128
    assert reg.header_image().shape[1] == pytest.approx(g.HEADER_MM[2] * s, abs=1)


def test_cut_warps_only_the_box_yet_matches_the_whole_page(filled_front, form_template):
    img, _ = filled_front
    reg = register(scan(img, rotation_deg=3, perspective=0.01), form_template)
    boxes = [b for f in reg.page["fields"] for b in f["boxes_mm"]][:40] + [g.QR_MM, g.HEADER_MM]
    alone = [reg.cut(b, m) for b in boxes for m in (0.15, 0.8, -1.0)]  # before the page is warped
    page = reg.warped
    assert page.shape == (int(np.ceil(297 * DEFAULT_DPI / 25.4)), int(np.ceil(210 * DEFAULT_DPI / 25.4)))
    whole = [cut_box(page, b, m, reg.dpi) for b in boxes for m in (0.15, 0.8, -1.0)]
    for a, w in zip(alone, whole):
        assert a.shape == w.shape
        assert np.abs(a.astype(int) - w.astype(int)).max() <= 1
    assert reg.page_blur is not None and reg.page_blur > 0


# ---- refusals ------------------------------------------------------------------------------


def refused(reg: Registration, code: str) -> Registration:
    assert not reg.accepted
    assert reg.code == code, (reg.code, reg.params)
    assert set(reg.params) == set(REFUSALS[code])  # a code and its data: the words are the kiosk's
    assert json.loads(json.dumps(reg.params)) == reg.params
    return reg


def test_blank_paper(form_template):
    rng = np.random.default_rng(0)
    paper = np.clip(rng.normal(238, 4, (2339, 1654)), 0, 255).astype(np.uint8)
    refused(register(paper, form_template), "blank_page")
    # A few specks of dust are still blank paper; a page of writing without markers is not.
    dusty = paper.copy()
    for y, x in rng.integers(100, 1500, (20, 2)):
        cv2.circle(dusty, (int(x), int(y)), 3, 40, -1)
    refused(register(dusty, form_template), "blank_page")
    letter = paper.copy()
    for row in range(200, 2100, 60):
        cv2.putText(letter, "Geachte heer, mevrouw, hierbij", (120, row), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 30, 3)
    refused(register(letter, form_template), "no_markers")
    # No paper at all (the lid open): dark, not blank.
    refused(register(np.full((2339, 1654), 15, np.uint8), form_template), "no_markers")


def test_photo_of_something_else(form_template):
    rng = np.random.default_rng(5)
    h, w = 1000, 760
    texture = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 4)
    texture = (texture > 0).astype(np.float32) * 160 + 50
    yy, xx = np.mgrid[0:h, 0:w]
    scene = texture * (0.6 + 0.4 * xx / w) + rng.normal(0, 8, (h, w))
    cv2.circle(scene, (400, 500), 200, 30, -1)
    cv2.rectangle(scene, (100, 100), (400, 300), 250, -1)
    for img in (np.clip(scene, 0, 255).astype(np.uint8), rng.integers(0, 256, (900, 700), dtype=np.uint8)):
        reg = register(img, form_template)
        assert not reg.accepted and reg.code in ("no_markers", "markers_missing")


def test_wrong_station(form_template):
    other = build_template(small_spec(station=4))
    img = scan(render_blank(other, 1, SRC_DPI), dpi=200)
    reg = refused(register(img, form_template, "GR2026_Juinen", 3), "wrong_station")
    assert reg.params == {"got": 4, "expected": 3}
    # the template alone also says which station it is for
    refused(register(img, form_template), "wrong_station")
    assert register(img, {("GR2026_Juinen", 4): other}).accepted


def test_wrong_election(form_template):
    other = build_template(small_spec(election_id="GR2026_Anderstad"))
    img = scan(render_blank(other, 1, SRC_DPI), dpi=200)
    reg = refused(register(img, form_template, "GR2026_Juinen", 3), "wrong_election")
    assert reg.params == {"got": "GR2026_Anderstad", "expected": "GR2026_Juinen"}
    refused(register(img, form_template), "wrong_election")


def test_too_blurry(filled_front, form_template):
    img, _ = filled_front
    reg = refused(register(scan(img, blur=0.8), form_template), "too_blurry")
    assert reg.blur_mm > 0.5


def test_three_markers_on_top_and_bottom_register(filled_front, form_template):
    """Three markers found, one of them on the other edge: twelve corners fix the page."""
    img, _ = filled_front
    reg = register(scan(cover_markers(img, {0, 2, 5}), rotation_deg=2), form_template)
    assert reg.accepted, (reg.code, reg.params)
    assert reg.markers_found == (1, 3, 4)
    assert reg.residual_mm < 0.3
    assert_boxes_on_print(reg)


def test_only_three_markers_on_one_edge(filled_front, form_template):
    img, _ = filled_front
    reg = refused(register(scan(cover_markers(img, {2, 3, 5})), form_template), "markers_missing")
    assert reg.markers_found == (0, 1, 4)
    assert reg.params == {"corners": ["bottom_right", "bottom_left", "bottom_middle"]}
    reg = refused(register(scan(cover_markers(img, {0, 2, 3, 5})), form_template), "markers_missing")
    assert reg.params == {"corners": ["top_left", "bottom_right", "bottom_left", "bottom_middle"]}


def test_missing_marker_named_even_upside_down(filled_front, form_template):
    img, _ = filled_front
    covered = cover_markers(img, {0, 1, 4})
    reg = refused(register(scan(covered, rotation_deg=180), form_template), "markers_missing")
    assert reg.params == {"corners": ["top_left", "top_right", "top_middle"]}


def test_displaced_marker(form_template):
    """A folded corner: one marker 3 mm from where it belongs -> residual too large."""
    img = render_blank(form_template, 1, SRC_DPI)
    x, y = int(190 * S), int(277 * S)
    m = int(g.MARKER_MM * S) + 2
    patch = img[y - 1 : y + m, x - 1 : x + m].copy()
    img[y - 1 : y + m, x - 1 : x + m] = 255
    d = int(3 * S)
    img[y - 1 - d : y + m - d, x - 1 - d : x + m - d] = patch
    reg = refused(register(img, form_template), "marker_residual")
    assert reg.residual_mm > 2


def test_qr_missing_and_foreign(form_template):
    img = render_blank(form_template, 1, SRC_DPI)
    qx, qy, qw, qh = (int(v * S) for v in g.QR_MM)
    covered = img.copy()
    covered[qy : qy + qh, qx : qx + qw] = 255
    refused(register(covered, form_template), "qr_missing")
    import segno

    foreign = img.copy()
    sym = segno.make("https://example.org/stembureau/3", error="m")
    bits = np.array(sym.matrix, np.uint8)
    n = bits.shape[0] + 6
    qr = np.pad(1 - bits, 3, constant_values=1) * 255
    foreign[qy : qy + qh, qx : qx + qw] = cv2.resize(qr.astype(np.uint8), (qw, qh), interpolation=cv2.INTER_NEAREST)
    assert n
    assert refused(register(foreign, form_template), "qr_invalid").params == {"problem": "not_ours"}


def test_template_checks(form_template):
    img = scan(render_blank(form_template, form_template["page_count"], SRC_DPI), dpi=200)
    refused(register(img, build_template(small_spec(version="2"))), "template_version")
    refused(register(img, {}), "unknown_template")
    refused(register(img, lambda ident: None), "unknown_template")
    shorter = build_template(small_spec())
    shorter = dict(shorter, pages=shorter["pages"][:-1])
    refused(register(img, shorter), "page_out_of_range")
    longer = build_template(small_spec())
    longer = dict(longer, pages=longer["pages"] + longer["pages"][-1:])
    refused(register(img, longer), "page_count_mismatch")
    assert register(img, [form_template]).accepted


def test_header_hook(filled_front, form_template):
    img, _ = filled_front
    seen = {}

    def check(crop, page, ident):
        seen["shape"] = crop.shape
        seen["lines"] = [h["text"] for h in page["header"]]
        return [{"code": "station_differs", "params": {"read": 4, "expected": 3}}]

    reg = refused(register(img, form_template, header_check=check), "header_mismatch")
    assert reg.params == {"problems": [{"code": "station_differs", "params": {"read": 4, "expected": 3}}]}
    assert "Stembureau 3" in seen["lines"]
    assert register(img, form_template, header_check=lambda *a: None).accepted


@pytest.mark.parametrize(
    "bad,params",
    [
        (None, {"problem": "empty", "size": ""}),
        (np.zeros((50, 50), np.uint8), {"problem": "too_small", "size": "50×50"}),
        (np.zeros((0,), np.uint8), {"problem": "empty", "size": ""}),
        ("x", {"problem": "empty", "size": ""}),
        (np.zeros((300, 300, 2), np.uint8), {"problem": "channels", "size": "300×300×2"}),
    ],
)
def test_unreadable_input(bad, params, form_template):
    assert refused(register(bad, form_template), "image_unreadable").params == params


def test_colour_and_low_resolution(filled_front, form_template):
    img, _ = filled_front
    colour = cv2.cvtColor(scan(img, dpi=200), cv2.COLOR_GRAY2BGR)
    assert register(colour, form_template).accepted
    refused(register(scan(img, dpi=72), form_template), "resolution_too_low")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 255), min_size=1, max_size=400), st.lists(st.floats(0, 100), min_size=1, max_size=3))
def test_blur_percentiles_match_numpy(values, qs):
    """The blur gate's one-pass percentiles are numpy's (linear interpolation)."""
    a = np.asarray(values, np.float32)
    assert np.allclose(_percentiles(a, qs), [np.percentile(a, q) for q in qs], rtol=1e-5, atol=1e-3)
