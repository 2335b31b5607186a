"""The forms the kiosk prints and reads carry exactly the domain's fields, in the paper's order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.demo.election import demo_election
from kiosk.domain.fields import field_codes
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.shape import ElectionShape
from kiosk.services import forms


@pytest.mark.parametrize("method", list(CountingMethod) + [None])
def test_the_entered_template_has_the_domains_fields_in_order(method):
    election = replace(demo_election(), counting_method=method)
    template = forms.template(election, 4)
    codes = [f["code"] for page in template["pages"] for f in page["fields"]]
    assert codes == list(field_codes(ElectionShape.from_election(election)))
    assert template["model"] == forms.entered_model(election)
    assert all(p["qr_payload"].split("|")[5] == forms.TEMPLATE_VERSIONS[template["model"]] for p in template["pages"])


def test_the_station_form_under_cso_is_printed_but_not_entered():
    election = replace(demo_election(), counting_method=CountingMethod.CSO)
    n10_2 = forms.template(election, 4, "N10-2")
    assert n10_2["entered"] is False and forms.template(election, 4)["entered"] is True
    assert [m for m, _ in forms.blank_pdfs(election, 4)] == ["N10-2", "Na31-2-B1"]


def test_nothing_is_printed_before_the_method_is_chosen():
    with pytest.raises(forms.FormsRefused) as refused:
        forms.blank_pdfs(demo_election(), 1)
    assert refused.value.code == "forms.no_counting_method"
