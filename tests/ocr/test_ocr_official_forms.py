"""The official models as templates: N 10-1, N 10-2 and Na 31-2 Bijlage 1 (models.md §2, §3).

Their part order, numbering and headings, field codes in paper order, the counts of part 2 on one
page, and a sound geometry (inside the printable area, nothing overlapping)."""

from __future__ import annotations

import json

import pytest
from ocr_forms_support import check_geometry, headings, official_spec

from ocr.forms import FormSpec, build_template, parse_payload
from ocr.forms import geometry as g

EN = "\u2013"
#: Headings of each model in paper order (models.md §2 and §3; 1.2.x and 1.3.x carry the kiosk's yes/no
#: question, so only their number and start are fixed here).
PART1 = [
    "Details van het stembureau",
    "Proces-verbaal",
    f"Deel 1 {EN} Verslag van de zitting",
    "1.1 Presentielijst",
    "1.2 Tijdens het stemmen",
    "1.2.1 Waren er bezwaren van aanwezigen tijdens het stemmen?",
    "1.2.2 Waren er gebeurtenissen die een verschil",
    "1.2.3 Waren er andere bijzonderheden tijdens het stemmen?",
    "1.3 Tijdens het tellen",
    "1.3.1 Wanneer en waar zijn de stemmen geteld?",
    "1.3.2 Waren er bezwaren van aanwezigen tijdens het tellen?",
    "1.3.3 Waren er andere bijzonderheden tijdens het tellen?",
    f"Deel 2 {EN} Telresultaten",
    "2.1 Toegelaten kiezers",
    "2.2 Uitgebrachte stemmen",
    "2.3 Verschillen tussen aantal kiezers en uitgebrachte stemmen",
    "2.3.1 Vergelijk D (totaal toegelaten kiezers) en H (totaal uitgebrachte stemmen)",
    "2.3.2 Zijn er tijdens de stemming (rubriek 1.2.2) dingen opgeschreven",
]
PART3 = [
    f"Deel 3 {EN} Ondertekening",
    "3.1 Voorzitter en twee leden van het stembureau",
    "3.2 Ondertekening door andere aanwezige leden van het stembureau",
]
EXPECTED_HEADINGS = {
    "N10-1": PART1 + ["2.4 Stemmen per lijst en per kandidaat"] + PART3,
    "N10-2": PART1 + PART3,
    "Na31-2-B1": [
        "Details van het stembureau",
        "Over deze bijlage",
        "B1-1 Extra onderzoek: opmerkingen gemeentelijk stembureau",
        "B1-2 Verschillen met telresultaten stembureau",
        "B1-2.1 Aantallen kiezers en stemmen",
        "B1-2.2 Tel de stembiljetten",
        "B1-2.3 Tellingen op lijstniveau",
        "B1-2.4 Lijsten met verschillen",
        "B1-3 Telresultaten",
        "B1-3.1 Toegelaten kiezers",
        "B1-3.2 Uitgebrachte stemmen",
        "B1-3.3 Verschillen tussen aantal kiezers en uitgebrachte stemmen",
        "B1-3.3.1 Vergelijk D (totaal toegelaten kiezers) en H (totaal uitgebrachte stemmen)",
        "B1-3.3.2 Zijn er tijdens de stemming dingen opgeschreven",
        "B1-3.4 Verklaringen vanuit het stembureau",
        "B1-3.5 Stemmen per lijst en per kandidaat",
    ],
}
MODELS = tuple(EXPECTED_HEADINGS)
EPS = 1e-3  # mm: boxes that only touch do not overlap
REPORT = [f"R.{t}.{a}" for t in ("obj_vote", "events", "notes_vote", "obj_count", "notes_count") for a in ("yes", "no")]
BIJLAGE = [f"B1.{q}.{a}" for q in ("extra", "recount", "sb_explained", "lists_differ") for a in ("yes", "no")]
#: 2.3.1 / B1-3.3.1 as the models print it: I right under "H > D", J under "H < D" (kiosk.domain.fields)
DIFFERENCES = ["K.eq", "K.gt", "I", "K.lt", "J", "K.yes", "K.no"]


def expected_codes(spec: FormSpec) -> list[str]:
    counts = ["A", "B"] + (["C"] if spec.has_C else []) + ["D"] + [f"E.{pl.number}" for pl in spec.lists]
    counts += ["E", "F", "G", "H"] + DIFFERENCES
    per_list = []
    for pl in spec.lists:
        per_list += [f"L{pl.number}.{i}" for i in range(1, len(pl.candidates) + 1)] + [f"L{pl.number}.T"]
    signatures = [f"S.{n}" for n in range(1, 8)]
    if spec.model == "N10-1":
        return REPORT + counts + per_list + signatures
    if spec.model == "N10-2":
        return REPORT + counts + signatures
    return BIJLAGE + counts + per_list


def codes(t: dict) -> list[str]:
    return [f["code"] for p in t["pages"] for f in p["fields"]]


@pytest.mark.parametrize("model", MODELS)
def test_headings_in_model_order(model):
    got = headings(build_template(official_spec(model)))
    want = EXPECTED_HEADINGS[model]
    assert len(got) == len(want), got
    for g_, w in zip(got, want):
        assert g_.startswith(w), (g_, w)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("has_c", [False, True])
@pytest.mark.parametrize("lists,candidates", [(2, None), (2, 45), (10, 45)])
def test_codes_counts_page_and_geometry(model, has_c, lists, candidates):
    spec = official_spec(model, lists, candidates, has_c)
    t = build_template(spec)
    json.dumps(t)
    assert codes(t) == expected_codes(spec)
    # part 2 (2.1 – 2.3, B1-3.1 – B1-3.3) on one page
    counts = [p for p in t["pages"] if p["kind"] == "counts"]
    assert len(counts) == 1
    on_page = [f["code"] for f in counts[0]["fields"]]
    assert on_page == [c for c in expected_codes(spec) if not c.startswith(("R.", "B1.", "S.", "L"))]
    check_geometry(t)
    for p in t["pages"]:
        ident = parse_payload(p["qr_payload"])
        assert (ident.page, ident.page_count, ident.template_version) == (p["page"], t["page_count"], "n10-1.2")
        for f in p["fields"]:
            n = {"count": g.DIGITS, "tick": 1, "signature": 1}[f["kind"]]
            assert len(f["boxes_mm"]) == n
    # the list total closes its list's last page
    for pl in spec.lists if model != "N10-2" else ():
        pages = [p for p in t["pages"] if p["list"] == pl.number]
        assert pages[-1]["fields"][-1]["code"] == f"L{pl.number}.T"


def test_page_counts_for_ten_lists_of_45():
    n = {m: build_template(official_spec(m, 10, 45, True))["page_count"] for m in MODELS}
    # N 10-1: 2 report pages, the counts, 2 pages per list, signatures; N 10-2: no lists;
    # Bijlage: 2 pages B1-1/B1-2, the counts, B1-3.4, 2 pages per list.
    assert n == {"N10-1": 24, "N10-2": 4, "Na31-2-B1": 24}


def test_many_lists_still_flow():
    spec = official_spec("N10-1", 30, 3, True)
    t = build_template(spec)
    assert codes(t) == expected_codes(spec)
    check_geometry(t)


@pytest.mark.parametrize("model", MODELS)
def test_top_level_and_areas(model):
    t = build_template(official_spec(model))
    assert t["model"] == t["form_model"] == model
    assert (
        t["model_name"]
        == {"N10-1": "Model N 10-1", "N10-2": "Model N 10-2", "Na31-2-B1": "Model Na 31-2 Bijlage 1"}[model]
    )
    assert t["entered"] is (model != "N10-2")
    assert t["counting_method"] == ("DSO" if model == "N10-1" else "CSO")
    assert all(h["text"] == t["model_name"] for p in t["pages"] for h in p["header"] if h["key"] == "model")
    ids = [a["id"] for p in t["pages"] for a in p["areas"]]
    if model == "Na31-2-B1":
        assert ids == ["B1-1.reason", "B1-2.4", "B1-3.4"]
        assert not any(f["kind"] == "signature" for p in t["pages"] for f in p["fields"])
    else:
        assert ids[:7] == ["1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.3.2", "1.3.3"]
        assert ids[7:] == ["3.date", "3.place"] + [f"3.name.{n}" for n in range(1, 8)]
        sig = [f for p in t["pages"] for f in p["fields"] if f["kind"] == "signature"]
        assert [f["code"] for f in sig] == [f"S.{n}" for n in range(1, 8)]
    for p in t["pages"]:
        for a in p["areas"]:
            assert set(a) >= {"id", "label", "box_mm"} and a["rows"] >= 1


def test_details_are_pre_printed():
    t = build_template(official_spec("N10-1"))
    texts = [x["text"] for x in t["pages"][0]["texts"]]
    assert {"Juinen", "18 maart 2026", "1234 AB", "3"} <= set(texts)
    assert any("decentrale stemopneming" in x for x in texts)
    t2 = build_template(official_spec("N10-2"))
    assert any("centrale stemopneming" in x for x in [x["text"] for x in t2["pages"][0]["texts"]])
    bare = FormSpec("GR2026", "x", False, [(1, "a", ["b"])], 1, "x", model="N10-1")
    assert bare.municipality == "" and build_template(bare)["page_count"] >= 4


def test_without_c_the_row_says_niet_invullen():
    t = build_template(official_spec("N10-1", has_c=False))
    counts = next(p for p in t["pages"] if p["kind"] == "counts")
    assert "C" not in [f["code"] for f in counts["fields"]]
    assert any(x["text"] == "Niet invullen" for x in counts["texts"])


def test_spec_model_is_validated_and_sbpv_unchanged(form_template):
    with pytest.raises(ValueError):
        FormSpec("GR2026", "x", False, [], 1, "x", model="N10-3")
    with pytest.raises(ValueError):
        FormSpec("GR2026", "x", False, [], 1, "x", model="N10-1", election_date="18-03-2026")
    assert form_template["model"] == "SB-PV" and form_template["model_name"] == "Model N 10-1"
    assert form_template["entered"] is True and form_template["counting_method"] is None
    assert all("areas" not in p for p in form_template["pages"])


def test_deterministic():
    a, b = (build_template(official_spec("N10-1", 10, 45, True)) for _ in range(2))
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
