"""Reading what the official models add: signature boxes (signed / empty), yes/no tick boxes, and
whether anything is written in the ruled areas, on filled synthetic pages under scan conditions.

Bar: at least 99.5 % right per kind; never a silent wrong "unsigned" (or "empty area") reading of a
signed box (written area), never "signed" for an empty box."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI, official_spec

from ocr import areas as areas_mod
from ocr.fields import EMPTY_SIGNATURE_MM2, NO_PROPOSAL, PROPOSED, SIGNED_MM2, read_fields, read_signature
from ocr.forms import build_template
from ocr.register import register
from ocr.synth import FontDigits, WriterStyle, degrade, fill, render_blank

CONDITIONS = [
    {},
    {"rotation_deg": 3.0, "dpi": 150},
    {"jpeg_quality": 60, "noise": 6},
    {"blur": 0.15, "noise": 8, "dpi": 200},
    {
        "rotation_deg": -6,
        "perspective": 0.02,
        "blur": 0.12,
        "noise": 5,
        "uneven_light": 0.5,
        "jpeg_quality": 70,
        "dpi": 150,
        "background": 70,
    },
]
#: the module (ocr.synth's attribute `fill` is the function)
fill_mod = importlib.import_module("ocr.synth.fill")
#: A light pen pressed softly: thin grey strokes (and, for signatures, only short ones).
FAINT = WriterStyle(size=0.7, pen_mm=0.28, ink=170.0, dx=0, dy=0, slant=0, tick="cross")


@pytest.fixture(scope="module")
def n10():
    t = build_template(official_spec("N10-1"))
    sig = next(p["page"] for p in t["pages"] if p["kind"] == "signatures")
    return t, {page: render_blank(t, page, SRC_DPI) for page in (1, 2, sig)}, sig


def scan(img, rng, i):
    return degrade(img, rng, src_dpi=SRC_DPI, **CONDITIONS[i % len(CONDITIONS)])


def registered(img, t):
    reg = register(img, t, "GR2026_Juinen", 3)
    assert reg.accepted, reg.code
    return reg


def test_signature_thresholds():
    assert read_signature("S.1", 0.0).value is False
    assert read_signature("S.1", SIGNED_MM2).value is True
    mid = read_signature("S.1", (EMPTY_SIGNATURE_MM2 + SIGNED_MM2) / 2)
    assert mid.status == NO_PROPOSAL and mid.value is None


def test_signatures(n10, monkeypatch):
    t, blanks, page = n10
    rng = np.random.default_rng(2026)
    right = total = 0
    wrong_unsigned = wrong_signed = 0
    for i in range(30):
        faint = i % 3 == 2
        monkeypatch.setattr(fill_mod, "SHORT_SIGNATURES", 1.0 if faint else 0.25)
        values = {f"S.{n}": bool(rng.random() < 0.5) for n in range(1, 8)}
        img = fill(
            blanks[page], t, page, values, FontDigits(), rng, writer_id=i, dpi=SRC_DPI, style=FAINT if faint else None
        )
        readings = read_fields(registered(scan(img, rng, i), t))
        for code, truth in values.items():
            r = readings[code]
            assert r.kind == "signature"
            total += 1
            right += r.status == PROPOSED and r.value == truth
            wrong_unsigned += truth and r.value is False
            wrong_signed += (not truth) and r.value is True
    print(f"signatures: {right}/{total} right, {wrong_unsigned} signed read as empty, {wrong_signed} empty as signed")
    assert total == 210 and right >= 0.995 * total
    assert wrong_unsigned == 0 and wrong_signed == 0


def test_ticks_and_area_writing(n10):
    t, blanks, _ = n10
    b1 = build_template(official_spec("Na31-2-B1", version="b1.2"))
    b1_blank = render_blank(b1, 1, SRC_DPI)
    rng = np.random.default_rng(318)
    ticks = [0, 0, 0]  # right, total, silently wrong
    areas = [0, 0, 0]  # right, total, written but read as empty
    for i in range(30):
        jobs = [(t, 1, blanks[1]), (t, 2, blanks[2])] + ([(b1, 1, b1_blank)] if i % 3 == 0 else [])
        for tpl, page, blank in jobs:
            p = tpl["pages"][page - 1]
            values = {}
            for f in p["fields"]:
                if f["code"].endswith(".yes"):
                    yes = bool(rng.random() < 0.5)
                    values[f["code"]], values[f["code"][:-3] + "no"] = yes, not yes
            writing = {a["id"]: int(rng.integers(1, 4)) for a in p["areas"] if rng.random() < 0.5}
            style = FAINT if i % 4 == 3 else None
            img = fill(
                blank, tpl, page, values, FontDigits(), rng, writer_id=i, dpi=SRC_DPI, writing=writing, style=style
            )
            reg = registered(scan(img, rng, i), tpl)
            readings = read_fields(reg)
            for code, truth in values.items():
                r = readings[code]
                ticks[1] += 1
                ticks[0] += r.status == PROPOSED and r.value == truth
                ticks[2] += r.status == PROPOSED and r.value != truth
            for a in areas_mod.read_areas(reg):
                truth = a.id in writing
                areas[1] += 1
                areas[0] += a.written == truth
                areas[2] += truth and not a.written
    print(f"ticks: {ticks[0]}/{ticks[1]} right, {ticks[2]} silently wrong; areas: {areas[0]}/{areas[1]} right")
    assert ticks[1] >= 200 and ticks[0] >= 0.995 * ticks[1] and ticks[2] == 0
    assert areas[1] >= 200 and areas[0] >= 0.995 * areas[1] and areas[2] == 0


def test_read_areas_refuses_a_refused_page():
    class Refused:
        accepted = False

    with pytest.raises(ValueError):
        areas_mod.read_areas(Refused())
