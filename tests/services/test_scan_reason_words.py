"""Why a page was not read, in both languages: the page reader's codes (ocr.register.REASONS, Dutch
only, since ocr never imports kiosk) each have catalogue words with the same Dutch and parameters."""

from __future__ import annotations

import string

import pytest

from kiosk import i18n
from kiosk.services.scanning import ScanOutcome
from ocr.register import REASONS

SAMPLE = {"detail": "x", "pages": 3, "names": "linksboven", "residual": 2.34, "dpi": 72.0, "min_dpi": 200.0,
          "got": 7, "expected": 3, "station": 3, "election": "GR2026_Duinwijk", "page": 9, "count": 4,
          "width": 65000, "height": 65000, "limit_mp": 60}


def parameters(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


@pytest.mark.parametrize("code", sorted(REASONS))
def test_each_reader_refusal_has_the_same_dutch_words_and_english_ones(code):
    texts = i18n.catalogue()[f"scan.reason.{code}"]
    assert texts["nl"] == REASONS[code]
    assert parameters(texts["en"]) == parameters(REASONS[code])
    params = {name: SAMPLE[name] for name in parameters(REASONS[code])}
    refused = ScanOutcome("scan.png", "refused", REASONS[code].format(**params), code, params=params)
    assert refused.reason_text() == REASONS[code].format(**params)
    i18n.set_language("en")
    try:
        assert refused.reason_text() == texts["en"].format(**params)
        assert refused.line() == "scan.png: " + texts["en"].format(**params)
    finally:
        i18n.set_language("nl")


def test_a_code_without_words_shows_the_recorded_reason():
    odd = ScanOutcome("scan.png", "refused", "iets nieuws", "a_code_from_a_newer_reader")
    assert odd.reason_text() == "iets nieuws"
