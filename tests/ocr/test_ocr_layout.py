"""Template (layout as data): properties over many elections, and the 40 x 80 flow."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ocr_forms_support import overlaps

from ocr.forms import FormSpec, build_template, field_index, parse_payload
from ocr.forms import geometry as g

names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("C", "Z")) | st.just(" "), min_size=1, max_size=60
)


@st.composite
def specs(draw, max_lists=40, max_cands=80):
    n = draw(st.integers(1, max_lists))
    numbers = draw(st.lists(st.integers(1, 99), min_size=n, max_size=n, unique=True))
    lists = [(num, draw(names), [draw(names)] * draw(st.integers(0, max_cands))) for num in numbers]
    return FormSpec(
        election_id=draw(st.from_regex(r"[A-Z]{2}20[0-9]{2}(_[A-Za-z]{1,20})?", fullmatch=True)),
        election_name=draw(names),
        has_C=draw(st.booleans()),
        lists=lists,
        station_number=draw(st.integers(1, 9999)),
        station_name=draw(names),
        template_version=draw(st.sampled_from(["1", "2", "1.1"])),
    )


def expected_codes(spec: FormSpec) -> list[str]:
    codes = ["A", "B"] + (["C"] if spec.has_C else []) + ["D"]
    codes += [f"E.{pl.number}" for pl in spec.lists]
    codes += ["E", "F", "G", "H", "K.eq", "K.gt", "K.lt", "I", "J", "K.yes", "K.no"]
    for pl in spec.lists:
        codes += [f"L{pl.number}.{c}" for c in range(1, len(pl.candidates) + 1)] + [f"L{pl.number}.T"]
    return codes


def check_template(t: dict, spec: FormSpec) -> None:
    json.dumps(t)  # JSON-able
    assert t["page_count"] == len(t["pages"])
    codes = [f["code"] for p in t["pages"] for f in p["fields"]]
    assert codes == expected_codes(spec)  # every code exactly once, in reading order
    px0, py0, pw, ph = g.PRINTABLE_MM
    fixed = [m["box_mm"] for m in t["markers_mm"]] + [t["qr_mm"]]
    for p in t["pages"]:
        ident = parse_payload(p["qr_payload"])
        assert (ident.election_id, ident.station, ident.page, ident.page_count, ident.template_version) == (
            spec.election_id,
            spec.station_number,
            p["page"],
            t["page_count"],
            spec.template_version,
        )
        boxes = []
        for f in p["fields"]:
            if f["kind"] == "count":
                assert len(f["boxes_mm"]) == g.DIGITS
                xs = [b[0] for b in f["boxes_mm"]]
                assert xs == sorted(xs)  # left to right
                assert all(b[2:] == [g.BOX_W, g.BOX_H] for b in f["boxes_mm"])
            else:
                assert f["kind"] == "tick" and len(f["boxes_mm"]) == 1
                assert f["boxes_mm"][0][2] == f["boxes_mm"][0][3]  # square
            boxes += f["boxes_mm"]
        fb = np.array(boxes, float)
        # separately spaced: no two boxes closer than 1.5 mm
        near = overlaps(fb, fb, gap=1.5)
        np.fill_diagonal(near, False)
        assert not near.any()
        texts = np.array([x["box_mm"] for x in p["texts"] + p["header"]], float)
        fx = np.array(fixed, float)
        for other in (texts, fx):
            assert not overlaps(fb, other).any()
        tt = overlaps(texts, texts)
        np.fill_diagonal(tt, False)
        assert not tt.any()
        assert not overlaps(texts, fx).any()
        allb = np.concatenate(
            [fb, texts, fx, np.array([r["box_mm"] for r in p["rects"]] or np.zeros((0, 4)), float).reshape(-1, 4)]
        )
        assert (allb[:, 0] >= px0).all() and (allb[:, 1] >= py0).all()
        assert (allb[:, 0] + allb[:, 2] <= px0 + pw).all()
        assert (allb[:, 1] + allb[:, 3] <= py0 + ph).all()
    # the list total is the last field of its list, on the last page of that list
    idx = field_index(t)
    for pl in spec.lists:
        page_t, _ = idx[f"L{pl.number}.T"]
        pages = [p for p in t["pages"] if p["list"] == pl.number]
        assert pages and pages[-1]["page"] == page_t
        assert pages[-1]["fields"][-1]["code"] == f"L{pl.number}.T"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs(max_lists=8, max_cands=60))
def test_template_properties(spec):
    check_template(build_template(spec), spec)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(specs(max_lists=40, max_cands=80))
def test_template_properties_large(spec):
    check_template(build_template(spec), spec)


def big_spec() -> FormSpec:
    lists = [
        (
            n,
            f"Partij met een tamelijk lange naam nummer {n}",
            [f"Achternaam-Dubbel {n}.{c}, A.B.C. (Voornaam)" for c in range(1, 81)],
        )
        for n in range(1, 41)
    ]
    return FormSpec("TK2025", "Tweede Kamerverkiezing 29 oktober 2025", True, lists, 412, "Stadhuis, Burgerzaal", "1")


def test_flow_40_lists_80_candidates():
    spec = big_spec()
    t = build_template(spec)
    check_template(t, spec)
    front = [p for p in t["pages"] if p["kind"] == "front"]
    assert len(front) == 2  # E.1 .. E.40 flow onto a second front page
    assert [p["page"] for p in front] == [1, 2]
    for pl in spec.lists:
        pages = [p for p in t["pages"] if p["list"] == pl.number]
        assert len(pages) == 2
        assert "(vervolg)" in pages[1]["title"] and "(vervolg)" not in pages[0]["title"]
    assert t["page_count"] == 2 + 80
    assert all(p["header"][-1]["text"] == f"pagina {p['page']} van 82" for p in t["pages"])


def test_deterministic():
    a, b = build_template(big_spec()), build_template(big_spec())
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_front_page_content(form_template):
    p1 = form_template["pages"][0]
    assert p1["kind"] == "front" and p1["list"] is None
    labels = {f["code"]: f["label"] for f in p1["fields"]}
    assert labels["A"] == "Aantal geldige stempassen"
    assert "C" not in labels and labels["D"].endswith("(A + B)")
    assert {"K.eq", "K.gt", "K.lt", "K.yes", "K.no"} <= labels.keys()
    head = {h["key"]: h["text"] for h in p1["header"]}
    assert head["station"] == "Stembureau 3"
    assert head["page"] == f"pagina 1 van {form_template['page_count']}"
    assert "SB-PV" in head["model"]
    assert form_template["station"] == 3 and form_template["page_size_mm"] == [210.0, 297.0]
    assert [m["id"] for m in form_template["markers_mm"]] == list(g.MARKER_IDS)


def test_list_page_total_reminder(form_template):
    last = [p for p in form_template["pages"] if p["list"] == 2][-1]
    assert last["fields"][-1]["code"] == "L2.T"
    assert any("Neem het getal over van het papier" in t["text"] for t in last["texts"])


def test_bad_spec_refused():
    with pytest.raises(ValueError):
        FormSpec("GR 2026", "x", False, [], 1, "x")
    with pytest.raises(ValueError):
        FormSpec("GR2026", "x", False, [(1, "a", []), (1, "b", [])], 1, "x")
    with pytest.raises(ValueError):
        FormSpec("GR2026", "x", False, [], 0, "x")
    with pytest.raises(ValueError):
        FormSpec("GR2026", "x", False, [], 1, "x", template_version="v|2")
