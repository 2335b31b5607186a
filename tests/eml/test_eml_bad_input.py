"""Broken and hostile files: each is refused with its own code and a message naming the file.

How fast each is refused is measured by tests/bench/bench_eml.py (timing is not asserted in the suite)."""

from __future__ import annotations

import os

import pytest
from eml_support import example
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from kiosk.eml import (
    MAX_BYTES,
    EmlError,
    detect_kind,
    read_any,
    read_election_definition,
)
from kiosk.i18n import refusal_text

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="110a">&lol9;</EML>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE EML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="110a">&secret;</EML>"""


def refusal(data: bytes, name: str = "bestand.eml.xml") -> EmlError:
    with pytest.raises(EmlError) as caught:
        read_election_definition(data, name)
    assert caught.value.source == name
    assert refusal_text(caught.value).startswith(f"{name}: ")
    return caught.value


def test_empty_file_is_refused_as_empty() -> None:
    assert refusal(b"").code == "eml.empty"
    assert refusal(b" \n\t ").code == "eml.empty"
    assert refusal(b"\xef\xbb\xbf\n").code == "eml.empty"


def test_text_that_is_not_xml_is_refused_with_the_line() -> None:
    error = refusal(b"Lijst 1: 1234 stemmen\n")
    assert error.code == "eml.not_xml"
    assert "regel 1" in refusal_text(error)


def test_truncated_xml_is_refused_as_not_xml() -> None:
    data = example("eml110a_test.eml.xml")
    assert refusal(data[: len(data) // 2]).code == "eml.not_xml"


def test_binary_garbage_is_refused_as_binary() -> None:
    assert refusal(os.urandom(4096) + b"\x00\x00").code == "eml.binary"


def test_25_mb_of_garbage_is_refused_before_parsing(tmp_path) -> None:
    path = tmp_path / "groot.eml.xml"
    path.write_bytes(b"<EML>" + b"x" * (25 * 1024 * 1024))
    assert len(path.read_bytes()) > MAX_BYTES
    error = refusal(path.read_bytes(), path.name)
    assert error.code == "eml.too_large"
    assert "25.0 MB" in refusal_text(error) and "20 MB" in refusal_text(error)


def test_xml_of_another_namespace_is_refused_as_not_eml() -> None:
    error = refusal(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')
    assert error.code == "eml.not_eml"
    assert "html" in refusal_text(error) and "http://www.w3.org/1999/xhtml" in refusal_text(error)


def test_eml_named_root_without_namespace_is_refused_as_not_eml() -> None:
    assert refusal(b'<EML Id="110a"/>').code == "eml.not_eml"


def test_230b_where_a_110a_is_expected_says_both_kinds() -> None:
    name = "eml230b_x.eml.xml"
    error = refusal(example("eml230b_test.eml.xml"), name)
    assert error.code == "eml.wrong_kind"
    assert refusal_text(error) == (
        "eml230b_x.eml.xml: verwacht EML 110a (verkiezingsdefinitie), maar dit is EML 230b (kandidatenlijsten)"
    )


def test_billion_laughs_is_refused_without_expanding_anything() -> None:
    assert refusal(BILLION_LAUGHS).code == "eml.dtd_forbidden"


def test_billion_laughs_in_utf16_is_refused_too() -> None:
    data = BILLION_LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>')
    assert refusal(data.decode().encode("utf-16")).code == "eml.dtd_forbidden"


def test_external_entity_is_refused_and_never_read() -> None:
    error = refusal(EXTERNAL_ENTITY)
    assert error.code == "eml.dtd_forbidden"
    assert "root:" not in refusal_text(error)


def test_unknown_message_kind_is_refused() -> None:
    error = refusal(b'<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="999"/>')
    assert error.code == "eml.unknown_kind" and "999" in refusal_text(error)


def test_label_and_content_that_disagree_are_refused_by_detect_kind() -> None:
    data = example("eml110a_test.eml.xml").replace(b'Id="110a"', b'Id="230b"', 1)
    with pytest.raises(EmlError) as caught:
        detect_kind(data, "x.xml")
    assert caught.value.code == "eml.document_type_mismatch"
    assert "230b" in refusal_text(caught.value) and "EML 110" in refusal_text(caught.value)


def test_schema_violation_is_refused_with_line_and_element() -> None:
    data = example("eml110a_test.eml.xml").replace(b"<kr:NumberOfSeats>45", b"<kr:NumberOfSeats>veel")
    error = refusal(data)
    assert error.code == "eml.schema"
    assert "NumberOfSeats" in refusal_text(error) and "regel 22" in refusal_text(error)
    assert "{" not in refusal_text(error), "namespaces are stripped from schema messages"


def test_referendum_options_are_not_importable() -> None:
    data = b"""<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="630"><OptionsList/></EML>"""
    with pytest.raises(EmlError) as caught:
        read_any(data, "630.xml")
    assert caught.value.code == "eml.unsupported_kind"
    assert "630" in refusal_text(caught.value)


# -- fuzzing: damaged versions of valid files give EmlError or a result, never a crash --------

FUZZ_BASES = ["eml110a_test.eml.xml", "eml230b_test.eml.xml", "eml110b_1_station.eml.xml", "eml110b_test.eml.xml"]
ODD_TEXT = ["", " ", "0", "-1", "abc", "99999999999999999999", "2022-13-45", "GR9", "\u00e9\u0308", "1e3"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FUZZ_BASES), st.data())
def test_damaged_files_are_refused_with_eml_error_or_read(name: str, data) -> None:
    root = etree.fromstring(example(name))
    elements = list(root.iter())
    for _ in range(data.draw(st.integers(1, 3))):
        target = elements[data.draw(st.integers(0, len(elements) - 1))]
        operation = data.draw(st.sampled_from(["remove", "text", "attribute", "duplicate"]))
        parent = target.getparent()
        if operation == "remove" and parent is not None:
            parent.remove(target)
        elif operation == "text":
            target.text = data.draw(st.sampled_from(ODD_TEXT))
        elif operation == "attribute" and target.attrib:
            key = data.draw(st.sampled_from(sorted(target.attrib)))
            target.set(key, data.draw(st.sampled_from(ODD_TEXT)))
        elif operation == "duplicate" and parent is not None:
            target.addnext(etree.fromstring(etree.tostring(target)))
        elements = list(root.iter())
    try:
        read_any(etree.tostring(root), name)
    except EmlError as error:
        assert refusal_text(error).startswith(f"{name}: ") and str(error).startswith(f"{name}: ")
