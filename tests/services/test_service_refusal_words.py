"""Every refusal the services raise (``EntryRefused("code", "developer text", **params)``) has words
in the catalogue, Dutch and English, that use only the parameters passed: the command line shows
them as they come (``kiosk.i18n.refusal_text``), so a code without words would show English."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from kiosk import i18n
from tests.support.refusals import coded_calls

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
CODES = coded_calls(KIOSK, lambda name, code: name == "EntryRefused")


def test_the_services_raise_coded_refusals():
    assert len(CODES) >= 10  # the scan found them (a broken scan must not pass vacuously)


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_service_refusal_has_words_with_its_parameters(code):
    catalogue = i18n.catalogue()
    texts = catalogue.get(f"refusal.{code}") or catalogue.get(code)
    assert texts is not None, f"refusal.{code} is not in the catalogue"
    for language, text in texts.items():
        needed = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        for passed in CODES[code]:
            assert needed <= passed, f"{code} ({language}) needs {needed - passed}"
