"""Transfer pages (overdrachtsbladen, ocr.forms.transfer): the template, the PDF with values printed in
it, and reading it back (ocr.read.read_page -> ocr.printed_fields: Tesseract plus a comparison with
the number's rendering).

The round trips print random values, rasterise the PDF (300 and 200 dpi), degrade it like a scanner
(turned up to 2°, scaled, blurred, noise, JPEG) and read it: every count must be proposed with exactly
the printed value, every tick and signature read as printed. A number altered with a pen is never
proposed as the printed value.
"""

from __future__ import annotations

import copy
import json

import cv2
import numpy as np
import pytest
from ocr_forms_support import official_spec, overlaps, small_spec
from ocr_scanner_support import feeder_scan

from ocr.consistency import propose
from ocr.fields import EMPTY, NO_PROPOSAL, PROPOSED, FieldReading, read_fields
from ocr.forms import (
    FormSpec,
    build_template,
    build_transfer_template,
    is_transfer_version,
    parse_payload,
    transfer_version,
)
from ocr.forms import geometry as g
from ocr.forms.pdf import render_pdf
from ocr.forms.transfer import CONTENT_BOTTOM
from ocr.printed import INSTALL_HINT, make_header_check, tesseract_available
from ocr.read import read_page
from ocr.register import register
from ocr.synth import degrade, pdftoppm_available, rasterize_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason=INSTALL_HINT)
needs_pdftoppm = pytest.mark.skipif(
    not pdftoppm_available(), reason="pdftoppm is not installed (apt-get install poppler-utils)"
)

SOURCES = {
    "SB-PV": lambda: build_template(small_spec()),
    "N10-1": lambda: build_template(official_spec("N10-1")),
    "Na31-2-B1": lambda: build_template(official_spec("Na31-2-B1", version="b1.2")),
}


def codes(template: dict) -> list[str]:
    return [f["code"] for p in template["pages"] for f in p["fields"]]


def big_source(model: str = "N10-1") -> dict:
    """A big station: 15 lists of 40 candidates."""
    spec = FormSpec(
        "GR2026_Groot",
        "Gemeenteraadsverkiezingen 18 maart 2026 — gemeente Groot",
        True,
        [
            (n, f"Partij met een tamelijk lange naam {n}", [f"Achternaam-Dubbel {n}.{c}, A.B.C." for c in range(1, 41)])
            for n in range(1, 16)
        ],
        1234,
        "Basisschool De Regenboog (gymzaal)",
        template_version="n10-1.2" if model != "SB-PV" else "1",
        model=model,
    )
    return build_template(spec)


def check_layout(t: dict) -> None:
    """Every box inside the printable area; cells apart, not under texts, markers, the QR code or the
    footer band; texts apart."""
    px0, py0, pw, ph = g.PRINTABLE_MM
    fixed = np.array([m["box_mm"] for m in t["markers_mm"]] + [t["qr_mm"]], float)
    footer = np.array([t["footer_mm"]], float)
    for p in t["pages"]:
        cells = np.array([b for f in p["fields"] for b in f["boxes_mm"]], float).reshape(-1, 4)
        texts = np.array([x["box_mm"] for x in p["texts"] + p["header"]], float)
        near = overlaps(cells, cells, 0.5)
        np.fill_diagonal(near, False)
        assert not near.any(), (p["page"], np.argwhere(near)[:3])
        near = overlaps(texts, texts, -1e-3)
        np.fill_diagonal(near, False)
        assert not near.any(), (p["page"], np.argwhere(near)[:3])
        for other in (texts, fixed, footer):
            assert not overlaps(cells, other, -1e-3).any(), p["page"]
        assert (cells[:, 1] + cells[:, 3] <= CONTENT_BOTTOM + 1e-6).all()
        every = np.concatenate([cells, texts, fixed, footer, np.array([r["box_mm"] for r in p["rects"]], float)])
        assert (every[:, 0] >= px0).all() and (every[:, 1] >= py0).all(), p["page"]
        assert (every[:, 0] + every[:, 2] <= px0 + pw).all() and (every[:, 1] + every[:, 3] <= py0 + ph).all()


# ---- the template ---------------------------------------------------------------------------------


@pytest.mark.parametrize("model", list(SOURCES))
def test_transfer_template_has_the_source_fields_in_order(model):
    source = SOURCES[model]()
    t = build_transfer_template(source)
    assert codes(t) == codes(source)
    kinds = {f["code"]: f["kind"] for p in source["pages"] for f in p["fields"]}
    for p in t["pages"]:
        assert p["kind"] == "transfer"
        for f in p["fields"]:
            assert f["kind"] == ("printed" if kinds[f["code"]] == "count" else kinds[f["code"]])
            assert len(f["boxes_mm"]) == 1
            x, y, w, h = f["boxes_mm"][0]
            assert h >= 5.0 and (w == h if f["kind"] != "printed" else w >= 15)
    assert t["template_version"] == "T" + source["template_version"]
    assert (t["form_model"], t["model"], t["model_name"], t["entered"]) == (
        "transfer",
        "transfer",
        "Overdrachtsblad",
        True,
    )
    assert (t["source_model"], t["source_template_version"]) == (model, source["template_version"])
    for key in ("election_id", "election_name", "station", "station_name", "lists", "has_C", "page_size_mm"):
        assert t[key] == source[key]
    assert t.get("details") == source.get("details")
    assert set(source) - {"counting_method"} <= set(t)
    assert t["cell_mm"]["value_pt"] >= 10 and t["cell_mm"]["h"] >= 5
    check_layout(t)
    for p in t["pages"]:
        header = {h["key"]: h["text"] for h in p["header"]}
        assert header["station"] == f"Stembureau {source['station']}"
        assert header["page"] == f"pagina {p['page']} van {t['page_count']}"
        assert header["model"].startswith("bij Model ")
        assert p["title"].startswith(f"Overdrachtsblad — uitslag van stembureau {source['station']} ")


def test_transfer_template_is_deterministic():
    a, b = build_transfer_template(SOURCES["N10-1"]()), build_transfer_template(SOURCES["N10-1"]())
    assert a == b
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert json.loads(json.dumps(a)) == a
    source = SOURCES["SB-PV"]()
    before = copy.deepcopy(source)
    build_transfer_template(source)
    assert source == before  # the source is not touched


def test_transfer_versions():
    assert transfer_version("1") == "T1"
    assert transfer_version("n10-1.2") == "Tn10-1.2"
    assert is_transfer_version("T1") and is_transfer_version("Tn10-1.2")
    assert not is_transfer_version("1") and not is_transfer_version("n10-1.2") and not is_transfer_version("T")
    for bad in ("T1", "x" * 16, "a|b", ""):
        with pytest.raises(ValueError):
            transfer_version(bad)


@pytest.mark.parametrize("which", ["N10-2", "transfer"])
def test_refuses_papers_the_kiosk_does_not_enter(which):
    source = (
        build_template(official_spec("N10-2", version="n10-2.2"))
        if which == "N10-2"
        else build_transfer_template(SOURCES["SB-PV"]())
    )
    with pytest.raises(ValueError):
        build_transfer_template(source)


@pytest.mark.parametrize("model", ["N10-1", "SB-PV"])
def test_a_big_station_paginates(model):
    source = big_source(model)
    t = build_transfer_template(source)
    assert codes(t) == codes(source)
    assert 2 <= t["page_count"] == len(t["pages"]) <= 999
    check_layout(t)
    printed = [sum(f["kind"] == "printed" for f in p["fields"]) for p in t["pages"]]
    assert min(printed[1:-1]) >= 120, printed  # full pages
    for p in t["pages"]:
        ident = parse_payload(p["qr_payload"])
        assert (ident.election_id, ident.station, ident.page, ident.page_count, ident.template_version) == (
            "GR2026_Groot",
            1234,
            p["page"],
            t["page_count"],
            t["template_version"],
        )
    headings = [x["text"] for p in t["pages"] for x in p["texts"] if x["role"] == "section"]
    assert "Lijst 15 — Partij met een tamelijk lange naam 15" in headings
    assert any(h.endswith("(vervolg)") for h in headings) or model == "SB-PV"  # 3 lists fill its pages exactly


# ---- the PDF --------------------------------------------------------------------------------------


def test_render_pdf_without_values_is_the_blank_form():
    t = build_template(small_spec())
    blank = render_pdf(t)
    assert render_pdf(t, values=None, footer=()) == blank
    assert render_pdf(t, values={}) == blank
    assert render_pdf(t, pages=[2]) == render_pdf(t, [2], values={}, footer=[])


def test_render_pdf_with_values_and_footer():
    t = build_transfer_template(SOURCES["N10-1"]())
    fields = [f for p in t["pages"] for f in p["fields"]]
    values = {f["code"]: i * 7919 % 1_000_000 for i, f in enumerate(fields) if f["kind"] == "printed"}
    values.update({"K.eq": True, "S.1": True, "S.2": False, "A": 0, "B": None})
    a = render_pdf(t, values=values, footer=["controlecode 0123abcd"])
    assert a == render_pdf(t, values=values, footer=["controlecode 0123abcd"])
    assert a != render_pdf(t, values=values) != render_pdf(t)
    assert render_pdf(t, values={"A": None}) == render_pdf(t)
    for bad in ({"nope": 1}, {"A": -1}, {"A": 1.5}, {"A": True}, {"K.eq": 1}):
        with pytest.raises(ValueError):
            render_pdf(t, values=bad)


# ---- reading ----------------------------------------------------------------------------------------


def random_values(t: dict, rng: np.random.Generator) -> dict:
    """Counts 0..999999 (every length, a few 0s and 1s, a few left empty), ticks and signatures at random."""
    out = {}
    for i, f in enumerate(f for p in t["pages"] for f in p["fields"]):
        if f["kind"] != "printed":
            out[f["code"]] = bool(rng.integers(0, 2))
        elif i % 11 == 5:
            out[f["code"]] = None
        elif i % 9 == 0:
            out[f["code"]] = int(rng.choice([0, 1, 11, 100000, 111111, 999999]))
        else:
            out[f["code"]] = int(rng.integers(0, 10 ** int(rng.integers(1, 7))))
    return out


def scanned(pdf: bytes, dpi: int, rng: np.random.Generator, page: int = 1) -> np.ndarray:
    img = rasterize_pdf(pdf, dpi=dpi, first=page, last=page)[0]
    return degrade(
        img,
        rng,
        rotation_deg=float(rng.uniform(-2, 2)),
        scale=float(rng.uniform(0.98, 1.02)),
        blur=float(rng.uniform(0.03, 0.1)),
        noise=float(rng.uniform(2, 7)),
        jpeg_quality=int(rng.integers(60, 90)),
        src_dpi=dpi,
    )


def tally(result, values: dict) -> dict:
    """Counts of the printed fields read, proposed, wrong and not proposed; ticks and signatures wrong."""
    out = {"read": 0, "proposed": 0, "wrong": [], "no_proposal": [], "blank": 0, "ticks_wrong": []}
    for code, r in result.fields.items():
        want = values.get(code)
        if r.kind != "printed":
            if (r.status, r.value) != (PROPOSED, bool(want)):
                out["ticks_wrong"].append((code, want, r.status, r.value))
            continue
        out["read"] += 1
        if want is None:
            out["blank"] += r.status == EMPTY and r.value is None
            if r.status != EMPTY:
                out["wrong"].append((code, want, r.status, r.value))
        elif r.status == PROPOSED:
            out["proposed"] += 1
            if r.value != want:
                out["wrong"].append((code, want, r.value))
        else:
            out["no_proposal"].append((code, want, r.boxes))
    return out


@needs_tesseract
@needs_pdftoppm
@pytest.mark.parametrize("dpi", [300, 200])
@pytest.mark.parametrize("model", ["SB-PV", "N10-1"])
def test_round_trip_every_value_read_as_printed(model, dpi):
    t = build_transfer_template(SOURCES[model]())
    rng = np.random.default_rng(dpi + len(model))
    values = random_values(t, rng)
    pdf = render_pdf(t, values=values, footer=["controlecode " + "0123456789abcdef" * 4])
    result = read_page(scanned(pdf, dpi, rng), f"{model}@{dpi}", [t])
    assert result.accepted, (result.refusal_code, result.refusal_params)
    got = tally(result, values)
    assert got["read"] == sum(f["kind"] == "printed" for f in t["pages"][0]["fields"])
    assert got["wrong"] == []
    assert got["ticks_wrong"] == []
    assert got["no_proposal"] == []  # the target: every printed number proposed
    assert got["blank"] == sum(values[f["code"]] is None for f in t["pages"][0]["fields"]) > 0
    assert all(r.basis == "print" for r in result.fields.values() if r.kind == "printed")


@needs_tesseract
@needs_pdftoppm
def test_a_page_of_a_big_station_with_the_header_check():
    t = build_transfer_template(big_source())
    rng = np.random.default_rng(7)
    values = random_values(t, rng)
    pdf = render_pdf(t, [2], values=values)
    result = read_page(scanned(pdf, 300, rng), "big", [t], header_check=make_header_check())
    assert result.accepted, (result.refusal_code, result.refusal_params)
    got = tally(result, values)
    assert got["read"] >= 120
    assert (got["wrong"], got["no_proposal"], got["ticks_wrong"]) == ([], [], [])


@needs_tesseract
@needs_pdftoppm
def test_a_number_altered_with_a_pen_is_not_proposed_as_printed():
    """A stroke through one cell, a digit added in front of another: what Tesseract reads there may be
    the printed number or the altered one, but the cell does not look as printed, so neither is proposed
    (the verifier types it; the sheet's digest shows the alteration). The other cells read as printed."""

    t = build_transfer_template(SOURCES["SB-PV"]())
    values = {
        f["code"]: (1000 + 37 * i if f["kind"] == "printed" else False) for i, f in enumerate(t["pages"][0]["fields"])
    }
    img = rasterize_pdf(render_pdf(t, values=values), dpi=300)[0]
    s = 300 / 25.4
    cells = {f["code"]: f["boxes_mm"][0] for f in t["pages"][0]["fields"]}

    def px(x, y):
        return int(round(x * s)), int(round(y * s))

    x, y, w, h = cells["A"]
    cv2.line(img, px(x + 1, y + h / 2), px(x + w - 1, y + h / 2 - 0.3), 40, int(0.6 * s))  # struck through
    x, y, w, h = cells["B"]
    cv2.line(img, px(x + 4.5, y + 1), px(x + 4.5, y + h - 1.5), 30, int(0.4 * s))  # a 1 in front: 11037
    x, y, w, h = cells["D"]
    cv2.line(img, px(x + w - 2.2, y + 1), px(x + w - 1.2, y + 3.6), 30, int(0.45 * s))  # a stroke on the last digit
    result = read_page(degrade(img, np.random.default_rng(1), rotation_deg=1.0, noise=4, jpeg_quality=80), "pen", [t])
    assert result.accepted
    for code in ("A", "B", "D"):
        r = result.fields[code]
        assert r.status == NO_PROPOSAL and r.value is None, (code, r)
    rest = {c: r for c, r in result.fields.items() if c not in ("A", "B", "D") and r.kind == "printed"}
    assert all(r.status == PROPOSED and r.value == values[c] for c, r in rest.items())


@needs_tesseract
@needs_pdftoppm
def test_cells_outside_the_image_are_not_proposed():
    """Shifted 12 mm to the right in the feeder: the right-hand column's cells (up to x = 200 mm) are cut."""
    t = build_transfer_template(SOURCES["SB-PV"]())
    values = random_values(t, np.random.default_rng(3))
    img = rasterize_pdf(render_pdf(t, values=values), dpi=300)[0]
    result = read_page(feeder_scan(img, shift_mm=(12.0, 0.0), src_dpi=300), "cut", [t])
    assert result.accepted, (result.refusal_code, result.refusal_params)
    assert result.cut_off
    for code, r in result.fields.items():
        if code in result.cut_off:
            assert (r.status, r.value) == (NO_PROPOSAL, None)
        elif r.kind == "printed" and values[code] is not None:
            assert (r.status, r.value) == (PROPOSED, values[code])


@needs_pdftoppm
def test_read_fields_leaves_printed_cells_to_the_printed_reader():
    t = build_transfer_template(SOURCES["N10-1"]())
    img = rasterize_pdf(render_pdf(t, values={"R.obj_vote.yes": True}), dpi=200)[0]
    reg = register(img, t)
    assert reg.accepted
    readings = read_fields(reg)
    assert set(readings) == {f["code"] for f in reg.page["fields"] if f["kind"] != "printed"}
    assert readings["R.obj_vote.yes"].value is True and readings["R.obj_vote.no"].value is False


def test_consistency_leaves_printed_readings_alone():
    """Printed readings whose sums fail are not withdrawn or altered by handwriting odds."""
    t = build_transfer_template(SOURCES["SB-PV"]())
    values = {"A": 10, "B": 5, "D": 16}  # A + B != D
    readings = {c: FieldReading(c, "printed", v, 0.9, PROPOSED, (str(v),), basis="print") for c, v in values.items()}
    assert propose(t, readings) == readings
