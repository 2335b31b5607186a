"""EML numbers beyond any election, and names with hidden characters: refused at the door with a
coded refusal naming the element, and nothing is written."""

from __future__ import annotations

import hashlib
import re

import pytest

from kiosk.eml import EmlError, read_any
from kiosk.eml.bounds import CANDIDATE_NUMBER, LIST_NUMBER, SEATS, STATION_NUMBER
from kiosk.i18n import refusal_text
from kiosk.store import open_store
from tests.conftest import SHARED_EML

EXAMPLES = SHARED_EML / "examples"


def example(name: str) -> bytes:
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is absent")
    return (EXAMPLES / name).read_bytes()


def refused(data: bytes, name: str = "bestand.eml.xml") -> EmlError:
    with pytest.raises(EmlError) as caught:
        read_any(data, name)
    assert caught.value.source == name
    return caught.value


def first_attr(data: bytes, element: bytes) -> bytes:
    return re.search(rb"<" + element + rb' Id="\d+"', data).group(0)


HUGE = b"9" * 5000  # more digits than int() converts


@pytest.mark.parametrize(
    ("file", "old", "new", "element"),
    [
        ("eml110b_test.eml.xml", b'PollingStation Id="1"', b'PollingStation Id="' + HUGE + b'"', "PollingStation@Id"),
        ("eml110b_test.eml.xml", b'PollingStation Id="1"', b'PollingStation Id="0"', "PollingStation@Id"),
        ("eml110b_test.eml.xml", b'PollingStation Id="1"', b'PollingStation Id="100000"', "PollingStation@Id"),
        ("eml110b_test.eml.xml", b"<MaxVotes>612694", b"<MaxVotes>1" + b"0" * 23, "MaxVotes"),
        ("eml110b_test.eml.xml", b">1273</PollingStation", b">" + HUGE + b"</PollingStation", "PollingStation"),
        ("eml110b_test.eml.xml", b">1273</PollingStation", b">1000000</PollingStation", "PollingStation"),
        ("eml110a_test.eml.xml", b"<kr:NumberOfSeats>45", b"<kr:NumberOfSeats>" + HUGE, "NumberOfSeats"),
        (
            "eml110a_test.eml.xml",
            b"<kr:PreferenceThreshold>25",
            b"<kr:PreferenceThreshold>" + HUGE,
            "PreferenceThreshold",
        ),
        ("eml230b_test.eml.xml", None, HUGE, "AffiliationIdentifier@Id"),
        ("eml230b_test.eml.xml", None, b"100", "AffiliationIdentifier@Id"),
        ("eml230b_test.eml.xml", None, b"1000", "CandidateIdentifier@Id"),
    ],
    ids=[
        "station-huge",
        "station-0",
        "station-100000",
        "maxvotes-1e23",
        "voters-huge",
        "voters-1e6",
        "seats-huge",
        "threshold-huge",
        "list-huge",
        "list-100",
        "candidate-1000",
    ],
)
def test_a_number_out_of_bounds_is_refused_naming_the_element(file, old, new, element):
    data = example(file)
    if old is None:  # the first list or candidate number
        tag = b"AffiliationIdentifier" if element.startswith("Affiliation") else b"CandidateIdentifier"
        old = first_attr(data, tag)
        new = tag.join([b"<", b' Id="' + new + b'"'])
    assert old in data
    error = refused(data.replace(old, new, 1))
    assert error.code == "eml.number_out_of_range"
    assert error.params["element"] == element
    assert element in refusal_text(error) and "regel" in refusal_text(error)
    assert len(refusal_text(error)) < 300  # a number of 5 000 digits is not echoed whole


def test_the_bounds_hold_what_dutch_elections_have():
    assert STATION_NUMBER == (1, 99_999) and LIST_NUMBER == (1, 99) and CANDIDATE_NUMBER == (1, 999)
    assert SEATS[0] == 1 and SEATS[1] >= 150


@pytest.mark.parametrize(
    ("file", "name", "char"),
    [
        ("eml230b_test.eml.xml", b"Partijdige Partij", "\u202e"),  # right-to-left override
        ("eml230b_test.eml.xml", b"Oorschot", "\u200b"),  # zero-width space
        ("eml230b_test.eml.xml", b"Oorschot", "\u2066"),  # left-to-right isolate
        ("eml230b_test.eml.xml", b"Oorschot", "\ufeff"),  # zero-width no-break space (BOM)
        ("eml230b_test.eml.xml", b"Partijdige Partij", "\x85"),  # C1 control (NEL)
        ("eml110a_test.eml.xml", b"Gemeenteraad Test 2022", "\u2028"),  # line separator
        ("eml110a_test.eml.xml", b"Gemeenteraad Test 2022", "\u2060"),  # word joiner
    ],
)
def test_a_name_with_a_hidden_character_is_refused_with_its_position(file, name, char):
    data = example(file)
    assert name in data
    hidden = name[:4] + char.encode() + name[4:]
    error = refused(data.replace(name, hidden, 1))
    assert error.code == "eml.unsafe_character"
    assert error.params["position"] == 5
    assert error.params["char"] == f"<U+{ord(char):04X}>"
    assert error.params["element"] in ("RegisteredName", "LastName", "ElectionName")
    assert char not in refusal_text(error) and f"<U+{ord(char):04X}>" in refusal_text(error)


def test_a_c0_control_character_as_a_reference_is_refused(tmp_path):
    # XML 1.0 forbids most C0 characters outright; those it allows as references are refused by name.
    data = example("eml110b_test.eml.xml")
    assert b">Stadhuis<" in data
    error = refused(data.replace(b">Stadhuis<", b">Sta&#x9B;dhuis<", 1))
    assert error.code == "eml.unsafe_character" and error.params["char"] == "<U+009B>"
    assert error.params["element"] == "LocalityName" and error.params["position"] == 4


def test_the_file_name_in_a_refusal_is_shown_neutralised():
    error = refused(b"", "lijst\u202egnp.exe.xml")
    assert refusal_text(error).startswith("lijst<U+202E>gnp.exe.xml: ") and "\u202e" not in refusal_text(error)


def test_kiosk_import_refuses_a_huge_station_number_and_writes_nothing(kiosk, tmp_path):
    a = example("eml110a_test.eml.xml")
    (tmp_path / "110a.xml").write_bytes(a)
    code, _, _ = kiosk("import", str(tmp_path / "110a.xml"), "--hash", hashlib.sha256(a).hexdigest())
    assert code == 0
    b = example("eml110b_test.eml.xml").replace(b'PollingStation Id="1"', b'PollingStation Id="' + HUGE + b'"')
    a230 = example("eml230b_test.eml.xml")
    (tmp_path / "230b.xml").write_bytes(a230)
    assert kiosk("import", str(tmp_path / "230b.xml"), "--hash", hashlib.sha256(a230).hexdigest())[0] == 0
    (tmp_path / "110b.xml").write_bytes(b)
    store = open_store(kiosk.home)
    audited = store.db["audit_log"].count
    store.close()
    code, out, err = kiosk("import", str(tmp_path / "110b.xml"), "--hash", hashlib.sha256(b).hexdigest())
    assert code == 2 and "Traceback" not in err
    assert "110b.xml" in err and "PollingStation@Id" in err and "99999" in err
    store = open_store(kiosk.home)
    try:
        assert store.db["audit_log"].count == audited
        assert store.db["polling_stations"].count == 0
    finally:
        store.close()


def test_kiosk_import_refuses_a_bidi_override_in_a_party_name(kiosk, tmp_path):
    a = example("eml110a_test.eml.xml")
    (tmp_path / "110a.xml").write_bytes(a)
    assert kiosk("import", str(tmp_path / "110a.xml"), "--hash", hashlib.sha256(a).hexdigest())[0] == 0
    bad = example("eml230b_test.eml.xml").replace(b"Partijdige Partij", "Partijdige\u202ePartij".encode(), 1)
    (tmp_path / "230b.xml").write_bytes(bad)
    code, _, err = kiosk("import", str(tmp_path / "230b.xml"), "--hash", hashlib.sha256(bad).hexdigest())
    assert code == 2
    assert "RegisteredName" in err and "positie 11" in err and "<U+202E>" in err and "\u202e" not in err
    store = open_store(kiosk.home)
    try:
        assert store.db["lists"].count == 0
    finally:
        store.close()
