"""The paper forms at the size of a real Tweede Kamer election, built the way the kiosk builds them
(kiosk.services.forms.form_spec from an Election): 26 lists, one of 80 candidates, candidate names
of ~60 characters and list names of ~70, has_C.

For each model (N 10-1 entered under DSO, N 10-2 printed under CSO, Na 31-2 Bijlage 1 entered
under CSO): every field code of the election's shape has exactly one field, in paper order; no
box overlaps another or leaves the printable area; the page count is what the lists need; and
the printed PDF shows every name whole (nothing cut with "…") and nothing outside the page.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from ocr_forms_support import SRC_DPI, check_geometry

from kiosk.domain.election import Election, PartyList, PollingStation
from kiosk.domain.fields import field_codes, front_page_codes, question_codes, signature_codes
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.domain.shape import ElectionShape
from kiosk.services.forms import form_spec
from ocr.forms import build_template, parse_payload
from ocr.forms import geometry as g
from ocr.forms.pdf import render_pdf
from ocr.register import register
from ocr.synth import degrade, render_blank
from tests.support.elections import tk_candidate, tk_election, tk_list_name
from tests.support.pdftext import pdf_words

#: One list of 80 (a party with more than 15 seats), three of 50, 22 small ones of 30.
SIZES = (80, 50, 50, 50) + (30,) * 22
EM = "\u2014"
EPS = 1e-3  # mm: boxes that only touch do not overlap
#: model -> the counting method it is printed under
METHOD = {"N10-1": CountingMethod.DSO, "N10-2": CountingMethod.CSO, "Na31-2-B1": CountingMethod.CSO}
MODELS = tuple(METHOD)
STATIONS_ONE = (PollingStation(1, "Openbare Bibliotheek Amsterdam Centrale, Oosterdokskade 143", "1011 DL", 2000),)
#: Pages besides the list pages: part 1 (2), the counts (2: 26 lists do not fit 2.1–2.3 on one
#: page), the signatures (1); Bijlage: B1-1/B1-2 (2), the counts (2).
FIXED_PAGES = {"N10-1": 5, "N10-2": 5, "Na31-2-B1": 4}
#: Candidates on a full list page (two columns of 22 rows); the last page keeps room for the total.
PER_PAGE = 44


@pytest.fixture(scope="module")
def forms() -> dict[str, tuple[Election, dict]]:
    out = {}
    for model, method in METHOD.items():
        election = tk_election(SIZES, STATIONS_ONE, method)
        out[model] = (election, build_template(form_spec(election, election.stations[0], model)))
    return out


def expected_codes(election: Election, model: str) -> list[str]:
    """The fields of the paper, from the domain: the entered models are the election's shape; N 10-2
    (printed, entered nowhere) has N 10-1's part 1, counts and signatures without the list pages."""
    shape = ElectionShape.from_election(election)
    if model != "N10-2":
        assert shape.model.value == model
        return list(field_codes(shape))
    n10 = replace(shape, model=FormModel.N10_1)
    return list(question_codes(n10) + front_page_codes(n10) + signature_codes(n10))


def test_the_names_are_as_long_as_the_brief_says(forms):
    election, _ = forms["N10-1"]
    assert [len(pl.candidates) for pl in election.lists] == list(SIZES) and len(SIZES) == 26
    assert 60 <= max(len(c.display_name) for pl in election.lists for c in pl.candidates) <= 64
    assert {len(pl.name) for pl in election.lists} == {69}


@pytest.mark.parametrize("model", MODELS)
def test_every_field_of_the_shape_has_exactly_one_field(forms, model):
    election, t = forms[model]
    codes = [f["code"] for p in t["pages"] for f in p["fields"]]
    assert codes == expected_codes(election, model)  # each once, in paper order
    for p in t["pages"]:
        for f in p["fields"]:
            assert len(f["boxes_mm"]) == (g.DIGITS if f["kind"] == "count" else 1), f["code"]


@pytest.mark.parametrize("model", MODELS)
def test_no_box_overlaps_or_leaves_the_page(forms, model):
    check_geometry(forms[model][1])


@pytest.mark.parametrize("model", MODELS)
def test_page_count_is_what_the_lists_need(forms, model):
    _, t = forms[model]
    list_pages = 0 if model == "N10-2" else sum(1 if n <= 38 else 2 for n in SIZES)  # 38: a page with the total
    assert t["page_count"] == len(t["pages"]) == FIXED_PAGES[model] + list_pages
    assert [parse_payload(p["qr_payload"]).page for p in t["pages"]] == list(range(1, t["page_count"] + 1))
    assert {parse_payload(p["qr_payload"]).page_count for p in t["pages"]} == {t["page_count"]}
    counts = [p for p in t["pages"] if p["kind"] == "counts"]
    assert [f["code"] for f in counts[0]["fields"]][-4:] == ["E", "F", "G", "H"]  # every E.<l> on the first
    assert [f["code"] for f in counts[1]["fields"]] == ["K.eq", "K.gt", "I", "K.lt", "J", "K.yes", "K.no"]


@pytest.mark.parametrize("model", ["N10-1", "Na31-2-B1"])
def test_the_list_of_80_takes_two_pages_and_ends_with_its_total(forms, model):
    _, t = forms[model]
    pages = [p for p in t["pages"] if p["list"] == 1]
    assert [len(p["fields"]) for p in pages] == [PER_PAGE, 80 - PER_PAGE + 1]
    assert pages[1]["fields"][-1]["code"] == "L1.T" and pages[1]["title"].endswith("(vervolg)")
    for n, size in enumerate(SIZES, start=1):
        last = [p for p in t["pages"] if p["list"] == n][-1]
        assert last["fields"][-1]["code"] == f"L{n}.T"
        assert len([f for p in t["pages"] if p["list"] == n for f in p["fields"]]) == size + 1


def test_the_pages_of_the_list_of_80_and_the_last_page_register(forms):
    """A scanned page of the long form is found by its identity: the QR code of page 35 of 35 reads."""
    _, t = forms["N10-1"]
    rng = np.random.default_rng(26)
    wanted = [p["page"] for p in t["pages"] if p["list"] == 1] + [t["page_count"]]
    for page in wanted:
        image = degrade(render_blank(t, page, SRC_DPI), rng, src_dpi=SRC_DPI, rotation_deg=1.5, dpi=150)
        found = register(image, t, "TK2025", 1)
        assert found.accepted, (page, found.code)
        assert (found.identity.page, found.identity.page_count) == (page, t["page_count"])


def test_forty_lists_of_fifty_still_fit():
    """DESIGN's upper bound (~40 lists): the layout holds, list votes flowing over the counts pages."""
    election = replace(
        tk_election(SIZES, STATIONS_ONE, CountingMethod.DSO),
        lists=tuple(
            PartyList(n, tk_list_name(n), tuple(tk_candidate(n, c) for c in range(1, 51))) for n in range(1, 41)
        ),
    )
    t = build_template(form_spec(election, election.stations[0], "N10-1"))
    assert [f["code"] for p in t["pages"] for f in p["fields"]] == expected_codes(election, "N10-1")
    check_geometry(t)
    assert t["page_count"] == 5 + 40 * 2


# -- the printed PDF --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(forms) -> dict[str, list]:
    return {model: pdf_words(render_pdf(t)) for model, (_, t) in forms.items()}


@pytest.mark.parametrize("model", MODELS)
def test_the_pdf_prints_every_name_whole_and_inside_the_page(forms, printed, model):
    election, t = forms[model]
    pages = printed[model]
    assert len(pages) == t["page_count"]
    px0, py0, pw, ph = g.PRINTABLE_MM
    slack = 0.5  # mm: pdftotext's glyph boxes reach a little beyond the text box
    for number, words in enumerate(pages, start=1):
        assert words, number
        for x0, y0, x1, y1, word in words:
            assert px0 - slack <= x0 and x1 <= px0 + pw + slack, (number, word)
            assert py0 - slack <= y0 and y1 <= py0 + ph + slack, (number, word)
    every = [w for words in pages for *_, w in words]
    assert not any("…" in w or "..." in w for w in every)  # textfit's last resort: a cut text ends in "…"
    flat = " ".join(every)
    for pl in election.lists:
        assert pl.name in flat, pl.number  # in 2.2 / B1-3.2 (wrapped there: its lines come in order)
        assert f"E.{pl.number}" in every
        if model != "N10-2":
            assert f"Lijst {pl.number} {EM} {pl.name}" in flat  # the list page's title, on one line
            for c in pl.candidates:
                assert f"Steenwijk{pl.number}x{c.position}," in every, (pl.number, c.position)
    assert "Oosterdokskade" in every and "143" in every  # the station's long name, whole in the header
