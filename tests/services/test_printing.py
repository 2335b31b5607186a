"""Printing through lp: a failure is a coded reason worded in the operator's language, never lp's
own English; lp's words are kept for the audit log (``PrintResult.detail``)."""

from __future__ import annotations

import stat

import pytest

from kiosk import i18n
from kiosk.services import printing
from kiosk.services.printing import PrintResult, failure_reason, print_pdf

#: What lp (CUPS 2.4, C locale) says, and the reason it stands for.
LP_SAYS = [
    ("lp: Error - No default destination.", printing.NO_DEFAULT),
    ("lp: Error - no default destination available.", printing.NO_DEFAULT),
    ("lp: The printer or class does not exist.", printing.NO_PRINTER),
    ("lp: Error - The printer or class does not exist.", printing.NO_PRINTER),
    ("lp: Error - scheduler not responding.", printing.NOT_RUNNING),
    ("lp: Unable to connect to server", printing.NOT_RUNNING),
    ("lp: Connection refused", printing.NOT_RUNNING),
    ('lp: Destination "gsb-a4" is not accepting jobs.', printing.NOT_ACCEPTING),
    ('lp: Error - unable to access "/x.pdf" - No such file or directory', printing.OTHER),
    ("lp: Forbidden", printing.OTHER),
]
#: lp's words that must never reach the screen.
ENGLISH = ("lp:", "Error", "destination", "scheduler", "exist", "request id")


@pytest.fixture(autouse=True)
def dutch():
    saved = i18n.language()
    i18n.set_language("nl")
    yield
    i18n.set_language(saved)


def fake_lp(folder, script: str):
    """An `lp` on PATH that runs ``script`` (sh); it records its arguments and locale."""
    folder.mkdir(exist_ok=True)
    lp = folder / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {folder / "lp-args"}\necho "$LC_ALL" > {folder / "lp-locale"}\n{script}\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    return folder


@pytest.mark.parametrize(("said", "reason"), LP_SAYS)
def test_what_lp_says_becomes_a_coded_reason(said, reason):
    assert failure_reason(said) == reason


@pytest.mark.parametrize(("said", "reason"), LP_SAYS)
def test_a_failure_is_worded_by_its_reason_in_both_languages(tmp_path, monkeypatch, said, reason):
    bin_dir = fake_lp(tmp_path / "bin", f"echo '{said}' >&2\nexit 1")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    result = print_pdf(tmp_path / "totals.pdf", "gsb-a4")
    assert (result.status, result.reason, result.detail) == (printing.FAILED, reason, said)
    assert (bin_dir / "lp-locale").read_text().strip() == "C"  # lp's words are the same everywhere
    dutch = result.text()
    assert dutch.startswith("Afdrukken op gsb-a4 is mislukt: ")
    assert i18n.t(f"print.reason.{reason}") in dutch and str(tmp_path / "totals.pdf") in dutch
    assert not [word for word in ENGLISH if word in dutch], dutch
    i18n.set_language("en")
    english = result.text()
    assert english.startswith("Printing on gsb-a4 failed: ") and i18n.t(f"print.reason.{reason}") in english
    assert said not in english


def test_the_words_of_the_reasons_as_the_operator_reads_them(tmp_path):
    path = tmp_path / "totals.pdf"
    failed = PrintResult(printing.FAILED, path, "", "lp: Error - No default destination.", printing.NO_DEFAULT)
    assert failed.text() == (
        "Afdrukken op de standaardprinter is mislukt: er is geen standaardprinter ingesteld. "
        f"Los dat op en druk opnieuw af (F6); het totalenblad is bewaard als {path}."
    )
    printed = PrintResult(printing.PRINTED, path, "gsb-a4", "request id is gsb-a4-7 (2 file(s))")
    assert printed.text() == (
        f"Het totalenblad is naar gsb-a4 gestuurd (afdrukopdracht gsb-a4-7). Het PDF-bestand blijft bewaard als {path}."
    )
    i18n.set_language("en")
    assert printed.text().startswith("The totals sheet was sent to gsb-a4 (print job gsb-a4-7).")
    assert PrintResult(printing.PRINTED, path, "", "").text().startswith("The totals sheet was sent to the default ")


def test_lp_that_does_not_answer_in_time_is_a_timeout(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(fake_lp(tmp_path / "bin", "exec /bin/sleep 5")))
    result = print_pdf(tmp_path / "totals.pdf", timeout=0.3)
    assert (result.status, result.reason) == (printing.FAILED, printing.TIMED_OUT)
    assert "antwoordde niet binnen 60 seconden" in result.text()


def test_a_printed_job_keeps_lps_answer_and_sends_the_extra_files_in_the_same_job(tmp_path, monkeypatch):
    bin_dir = fake_lp(tmp_path / "bin", "echo 'request id is gsb-a4-9 (2 file(s))'")
    monkeypatch.setenv("PATH", str(bin_dir))
    sheet, pages = tmp_path / "totals.pdf", tmp_path / "totals-overdracht.pdf"
    result = print_pdf(sheet, "gsb-a4", also=(pages,))
    assert result.printed and result.detail == "request id is gsb-a4-9 (2 file(s))" and result.reason == ""
    assert (bin_dir / "lp-args").read_text().split() == ["-d", "gsb-a4", "--", str(sheet), str(pages)]
    assert "afdrukopdracht gsb-a4-9" in result.text()


def test_every_reason_has_words_in_both_languages():
    catalogue = i18n.catalogue()
    reasons = {reason for reason, _ in printing.REASONS} | {
        printing.TIMED_OUT,
        printing.OTHER,
        printing.NO_PRINTING_SYSTEM,
    }
    for reason in reasons:
        assert set(catalogue[f"print.reason.{reason}"]) == {"nl", "en"}
    assert set(catalogue["audit.event.totals.print_failed"]) == {"nl", "en"}
