"""Every refusal the pure domain raises has words in the catalogue (``refusal.<code>``), in Dutch and
English, that use only the parameters the domain passes; otherwise a person would read the domain's
English developer text."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.domain.tabulation import TabulationError
from tests.support.refusals import coded_calls

DOMAIN = Path(__file__).resolve().parents[2] / "kiosk" / "domain"
#: Refusals are raised as ``SomeError("area.code", "developer text", **params)`` (or ``_error(...)``).
CODES = coded_calls(DOMAIN, lambda name, code: "." in code and (name[:1].isupper() or name == "_error"))


def test_the_domain_raises_coded_refusals():
    assert len(CODES) >= 30  # the scan found them (a broken scan must not pass the tests below vacuously)


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_domain_refusal_has_words_with_its_parameters(code):
    texts = i18n.catalogue().get(f"refusal.{code}")
    assert texts is not None, f"refusal.{code} is not in the catalogue"
    for language, text in texts.items():
        needed = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        for passed in CODES[code]:
            assert needed <= passed, f"refusal.{code} ({language}) needs {needed - passed}"


def test_lists_in_a_refusal_read_as_words():
    error = TabulationError(
        "tabulation.not_ready", "cannot total yet", missing=(1, 2, 3), not_definitive=(), has_errors=(4,)
    )
    assert (
        i18n.refusal_text(error)
        == "nog geen totaal: zonder uitslag: 1, 2, 3; niet definitief: geen; met open fouten: 4"
    )
    i18n.set_language("en")
    try:
        assert (
            i18n.refusal_text(error) == "cannot total yet: missing: 1, 2, 3; not definitive: none; unresolved errors: 4"
        )
    finally:
        i18n.set_language("nl")


def test_a_sheet_refusal_is_worded_like_every_other():
    from kiosk.reports.sheet_data import SheetError

    error = SheetError(
        "sheet.error.hand_check_stale",
        "the hand count was compared with other totals for list(s) 2",
        lists=(2,),
        list_numbers="2",
    )
    assert i18n.refusal_text(error) == i18n.t("refusal.sheet.error.hand_check_stale", lists=(2,), list_numbers="2")
    assert i18n.refusal_text(error) != str(error)
