"""The paper models the kiosk enters: their field codes, kinds and order (DESIGN §4, models.md §1.2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kiosk.domain.election import Election
from kiosk.domain.errors import InvalidValue, UnknownField
from kiosk.domain.fields import FieldKind, check_field, field_codes, field_kind, is_count, parse_field
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.document import DocumentError, parse_document

LISTS = {1: 2, 2: 1}


def shape(model: FormModel) -> ElectionShape:
    return ElectionShape.of(False, LISTS, model)


def test_n10_1_is_part_1_then_counts_then_lists_then_signatures():
    codes = field_codes(shape(FormModel.N10_1))
    assert codes[:2] == ("R.obj_vote.yes", "R.obj_vote.no")
    assert codes[10:13] == ("A", "B", "D")
    assert codes[-8:] == ("L2.T", "S.1", "S.2", "S.3", "S.4", "S.5", "S.6", "S.7")
    assert len(codes) == len(field_codes(shape(FormModel.SB_PV))) + 10 + 7


def test_bijlage_is_its_questions_then_counts_and_lists_without_signatures():
    codes = field_codes(shape(FormModel.NA31_2_B1))
    assert codes[:8] == (
        "B1.extra.yes",
        "B1.extra.no",
        "B1.recount.yes",
        "B1.recount.no",
        "B1.sb_explained.yes",
        "B1.sb_explained.no",
        "B1.lists_differ.yes",
        "B1.lists_differ.no",
    )
    assert not any(code.startswith(("S.", "R.")) for code in codes)
    assert codes[-1] == "L2.T"


def test_kinds():
    assert field_kind("R.events.no") is FieldKind.TICK
    assert field_kind("B1.recount.yes") is FieldKind.TICK
    assert field_kind("S.3") is FieldKind.SIGNATURE
    assert is_count("L1.T") and not is_count("S.1") and not is_count("K.eq")


@pytest.mark.parametrize(
    ("code", "model"),
    [("R.events.yes", FormModel.SB_PV), ("S.1", FormModel.NA31_2_B1), ("B1.extra.no", FormModel.N10_1)],
)
def test_a_field_of_another_model_is_refused_by_name(code, model):
    with pytest.raises(UnknownField) as refused:
        check_field(code, shape(model))
    assert refused.value.code == "field.not_on_model"
    assert refused.value.params == {"field": code, "model": model.value}


@pytest.mark.parametrize("code", ["S.8", "S.0", "R.events.maybe", "B1.other.yes", "R.obj_vote", "S.01"])
def test_malformed_or_beyond_the_paper(code):
    with pytest.raises(UnknownField):
        check_field(code, shape(FormModel.N10_1))


def test_signatures_hold_true_false_or_empty_only():
    results = Results.from_mapping(shape(FormModel.N10_1), {"S.1": True, "S.2": False})
    assert results.signed("S.1") and not results.signed("S.2") and not results.signed("S.3")
    with pytest.raises(InvalidValue):
        Results.from_mapping(shape(FormModel.N10_1), {"S.1": 1})
    with pytest.raises(UnknownField):
        results.signed("A")
    assert parse_field("S.7").signer == 7


def test_the_counting_method_decides_the_model():
    election = Election("GR2026_Test", "Test", "GR", "GR1", "0001", "Test", date(2026, 3, 18))
    assert ElectionShape.from_election(election).model is FormModel.SB_PV
    dso = replace(election, counting_method=CountingMethod.DSO)
    cso = replace(election, counting_method=CountingMethod.CSO)
    assert ElectionShape.from_election(dso).model is FormModel.N10_1
    assert ElectionShape.from_election(cso).model is FormModel.NA31_2_B1


def test_validate_document_takes_the_counting_method():
    doc = {"election": {"has_C": False, "lists": {"1": 1}, "counting_method": "CSO"}, "fields": {"B1.extra.yes": True}}
    assert parse_document(doc).shape.model is FormModel.NA31_2_B1
    doc["election"]["counting_method"] = "central"
    with pytest.raises(DocumentError) as refused:
        parse_document(doc)
    assert refused.value.code == "document.bad_counting_method"
    assert refused.value.params["path"] == "election.counting_method"
    doc["election"]["counting_method"] = "DSO"
    with pytest.raises(DocumentError) as refused:
        parse_document(doc)  # B1.* is not on the N 10-1
    assert refused.value.code == "field.not_on_model"
