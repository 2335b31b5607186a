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


def test_a_scanned_n10_2_page_under_cso_is_named_as_such(store, tmp_path):
    """The station's N 10-2 is not entered under central counting: its scan says what to scan instead."""
    import cv2
    import numpy as np

    from kiosk.demo import setup
    from kiosk.services.auth import Account
    from kiosk.services.entry import EntryService
    from kiosk.services.scanning import ScanService
    from ocr.synth import FontDigits, synth_page

    setup.set_up(store, CountingMethod.CSO)
    entries = EntryService(store)
    image, _ = synth_page(forms.template(entries.election, 2, "N10-2"), 3, None, FontDigits(), np.random.default_rng(1))
    refused = ScanService(entries).ingest_bytes(
        Account("scanner", "clerk"), cv2.imencode(".png", image)[1].tobytes(), "p.png"
    )
    assert (refused.status, refused.code, dict(refused.params)) == (
        "refused",
        "other_model",
        {"model": "N 10-2", "entered": "Na 31-2 Bijlage 1", "station": 2},
    )
    assert "model N 10-2 (stembureau 2); ingevoerd wordt model Na 31-2 Bijlage 1: scan dat" in refused.reason
