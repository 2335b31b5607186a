"""Why a page was not read, in both languages: every refusal code of the page reader
(ocr.register.REFUSALS: codes and parameters, no words, since ocr never imports kiosk) has catalogue
words in Dutch and English that take exactly its parameters (marker positions worded by
kiosk.i18n.scan_words)."""

from __future__ import annotations

import string

import pytest

from kiosk import i18n
from kiosk.i18n.scan_words import reason_params
from kiosk.services.scanning import ScanOutcome
from ocr.forms import geometry
from ocr.forms.identity import PROBLEMS as QR_PROBLEMS
from ocr.printed.header import PROBLEMS as HEADER_PROBLEMS
from ocr.register import REFUSALS

SAMPLE = {
    "problem": "empty",
    "size": "20×20",
    "pages": 3,
    "corners": ["top_left"],
    "problems": [{"code": "station_differs", "params": {"read": 7, "expected": 3}}],
    "residual": 2.34,
    "dpi": 72.0,
    "min_dpi": 200.0,
    "got": 7,
    "expected": 3,
    "station": 3,
    "election": "GR2026_Duinwijk",
    "page": 9,
    "count": 4,
    "width": 65000,
    "height": 65000,
    "limit_mp": 60,
}


def parameters(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_each_reader_refusal_has_dutch_and_english_words_for_its_parameters(code):
    texts = i18n.catalogue()[f"scan.reason.{code}"]
    params = {name: SAMPLE[name] for name in REFUSALS[code]}
    worded = reason_params(code, params, "nl")
    assert parameters(texts["nl"]) == parameters(texts["en"]) == set(worded)
    refused = ScanOutcome("scan.png", "refused", "recorded words", code, params=params)
    assert refused.reason_text() == texts["nl"].format(**worded)
    i18n.set_language("en")
    try:
        english = texts["en"].format(**reason_params(code, params, "en"))
        assert refused.reason_text() == english
        assert refused.line() == "scan.png: " + english
    finally:
        i18n.set_language("nl")


def test_missing_markers_are_named_in_the_uis_language():
    refused = ScanOutcome(
        "scan.png",
        "refused",
        "recorded words",
        "markers_missing",
        params={"corners": ["top_left", "bottom_right", "bottom_middle"]},
    )
    assert refused.reason_text() == (
        "markeringen linksboven, rechtsonder en midden onder niet gevonden — opnieuw scannen"
    )
    i18n.set_language("en")
    try:
        assert refused.reason_text() == "the top left, bottom right and bottom middle markers not found — scan again"
        one = ScanOutcome("scan.png", "refused", "", "markers_missing", params={"corners": ["top_middle"]})
        assert one.reason_text() == "the top middle marker not found — scan again"
    finally:
        i18n.set_language("nl")
    for _, position, _, _ in geometry.MARKERS:
        assert {"nl", "en"} <= set(i18n.catalogue()[f"scan.marker.{position}"])


def test_every_problem_of_an_image_a_qr_code_and_a_header_has_words():
    for problem in ("empty", "channels", "too_small"):  # ocr.register.UnreadableImage
        refused = ScanOutcome("s.png", "refused", "", "image_unreadable", params={"problem": problem, "size": "9×9"})
        assert refused.reason_text().startswith("beeld onleesbaar (")
    for problem in QR_PROBLEMS:
        refused = ScanOutcome("s.png", "refused", "", "qr_invalid", params={"problem": problem})
        assert refused.reason_text().startswith("paginacode is geen Stemkiosk-paginacode (")
    for code, names in HEADER_PROBLEMS.items():
        for language in ("nl", "en"):
            assert parameters(i18n.catalogue()[f"scan.header.{code}"][language]) == set(names)
    refused = ScanOutcome(
        "s.png",
        "refused",
        "",
        "header_mismatch",
        params={
            "problems": [
                {"code": "station_differs", "params": {"read": 77, "expected": 3}},
                {"code": "text_differs", "params": {"read": "Model N 11\u202e", "expected": "Model N 10-1"}},
            ]
        },
    )
    assert refused.reason_text() == (
        "gedrukte kop klopt niet met de paginacode (kop zegt stembureau 77, QR-code zegt 3; "
        "kop zegt 'Model N 11<U+202E>', formulier zegt 'Model N 10-1') — pagina controleren"
    )
    i18n.set_language("en")
    try:
        assert "the header says polling station 77, the QR code says 3" in refused.reason_text()
    finally:
        i18n.set_language("nl")


def test_a_code_without_words_shows_the_recorded_reason(tmp_path):
    odd = ScanOutcome("scan.png", "refused", "iets nieuws", "a_code_from_a_newer_reader")
    with pytest.raises(i18n.WordsFault):  # under the tests: a missing catalogue entry fails
        odd.reason_text()
    i18n.strict_words(False)  # on the kiosk: logged, and the recorded words shown
    i18n.report_faults_to(tmp_path)
    try:
        assert odd.reason_text() == "iets nieuws"
    finally:
        i18n.strict_words(None)
        i18n.report_faults_to(None)
    assert "a_code_from_a_newer_reader" in (tmp_path / "logs" / "errors.log").read_text()
