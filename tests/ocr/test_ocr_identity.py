"""Page identity in the QR code: round trip, and malformed payloads refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocr.forms import PageIdentity, PayloadError, parse_payload
from ocr.forms.identity import PROBLEMS

ids = st.from_regex(r"[A-Za-z0-9_.:\-]{1,64}", fullmatch=True)
versions = st.from_regex(r"[A-Za-z0-9_.\-]{1,16}", fullmatch=True)


@st.composite
def identities(draw):
    count = draw(st.integers(1, 999))
    return PageIdentity(draw(ids), draw(st.integers(1, 999_999)), draw(st.integers(1, count)), count, draw(versions))


@given(identities())
def test_round_trip(ident):
    payload = ident.payload()
    assert payload.isascii() and len(payload) <= 200
    assert parse_payload(payload) == ident
    assert parse_payload(payload.encode("ascii")) == ident


def test_payload_shape():
    p = PageIdentity("GR2026_Juinen", 3, 2, 5, "1").payload()
    assert p.startswith("SKPV1|GR2026_Juinen|3|2|5|1|")
    assert len(p.rsplit("|", 1)[1]) == 8


GOOD = PageIdentity("GR2026_Juinen", 3, 2, 5, "1").payload()


def _recrc(body: str) -> str:
    import zlib

    return f"{body}|{zlib.crc32(body.encode()) & 0xFFFFFFFF:08x}"


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "https://example.org/",
        "hello world",
        GOOD[:-1] + ("0" if GOOD[-1] != "0" else "1"),  # wrong check digits
        GOOD.replace("|3|", "|4|"),  # station changed, crc not
        GOOD + "|x",
        GOOD.replace("SKPV1", "SKPV2"),
        GOOD.upper(),
        _recrc("SKPV1|GR2026_Juinen|3|6|5|1"),  # page beyond page count
        _recrc("SKPV1|GR2026_Juinen|0|1|5|1"),  # station 0
        _recrc("SKPV1|GR2026_Juinen|03|1|5|1"),  # leading zero
        _recrc("SKPV1|GR2026_Juinen|-3|1|5|1"),
        _recrc("SKPV1|GR2026 Juinen|3|1|5|1"),  # space in id
        _recrc("SKPV1||3|1|5|1"),
        _recrc("SKPV1|GR2026_Juinen|3|1|5|"),
        _recrc("SKPV1|GR2026_Juinen|3|1|1000|1"),
        _recrc("SKPV1|GR2026_Juinen|3|1|5|1|extra"),
        _recrc("SKPV1|GR2026_Juinen|3|1|5|1") + "\n",
        b"\xff\xfe",
        "SKPV1|GR2026_Juinen|3|1|5|1|ZZZZZZZZ",
        "x" * 500,
    ],
)
def test_malformed_refused(payload):
    with pytest.raises(PayloadError) as refused:
        parse_payload(payload)
    assert refused.value.code in PROBLEMS  # a code for the kiosk to word


@given(st.text(max_size=120))
def test_random_text_never_crashes(text):
    try:
        ident = parse_payload(text)
    except PayloadError:
        return
    assert ident.payload() == text


def test_identity_validates_itself():
    for arguments, code in (
        (("GR|2026", 3, 1, 2, "1"), "bad_election_id"),
        (("GR2026", 3, 3, 2, "1"), "page_beyond_count"),
        (("GR2026", True, 1, 2, "1"), "bad_number"),
    ):
        with pytest.raises(PayloadError) as refused:
            PageIdentity(*arguments)
        assert refused.value.code == code


def test_ocr_never_imports_kiosk():
    import subprocess
    import sys

    code = (
        "import sys, ocr.forms, ocr.forms.pdf, ocr.synth, ocr.register; "
        "sys.exit(any(m == 'kiosk' or m.startswith('kiosk.') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
