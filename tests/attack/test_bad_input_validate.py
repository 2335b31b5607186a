"""`kiosk validate FILE.json` on hostile JSON: bounded, and every refusal a clear message naming the
file, exit 2. That the checks take linear time, and how long a refusal takes, is measured by
tests/bench/bench_bad_input.py (timing is not asserted in the suite)."""

from __future__ import annotations

import json

import pytest

from kiosk.cli.cmd_validate import MAX_DEPTH
from kiosk.cli.json_file import MAX_BYTES, nesting_depth
from kiosk.domain.validation.document import MAX_CANDIDATES, MAX_LISTS, DocumentError, parse_shape


def validate(kiosk, tmp_path, text: str):
    path = tmp_path / "uitslag.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = kiosk("validate", str(path))
    assert "Traceback" not in err
    return code, out, err


def test_a_hundred_million_candidates_are_refused_at_once(kiosk, tmp_path):
    code, _, err = validate(
        kiosk, tmp_path, '{"election": {"has_C": false, "lists": {"1": 100000000}}, "fields": {"A": 1}}'
    )
    assert code == 2
    assert "uitslag.json: election.lists.1: 100000000 kandidaten; een lijst heeft er hooguit 999" in err


def test_too_many_lists_are_refused(kiosk, tmp_path):
    lists = {str(n): 1 for n in range(1, MAX_LISTS + 2)}
    code, _, err = validate(kiosk, tmp_path, json.dumps({"election": {"has_C": False, "lists": lists}, "fields": {}}))
    assert code == 2 and "100 lijsten; hooguit 99 lijsten" in err


@pytest.mark.parametrize("key", ["100", "9" * 5000])
def test_a_list_number_beyond_the_bound_is_refused(kiosk, tmp_path, key):
    code, _, err = validate(kiosk, tmp_path, '{"election": {"has_C": false, "lists": {"%s": 3}}, "fields": {}}' % key)
    assert code == 2 and "te hoog" in err and len(err) < 300


def test_deep_nesting_is_refused_before_parsing(kiosk, tmp_path):
    code, _, err = validate(kiosk, tmp_path, "[" * 5000 + "]" * 5000)
    assert code == 2 and "uitslag.json" in err and "5000 lagen diep" in err


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert nesting_depth('{"a": "[[[[{{{{\\"[[[["}') == 1
    assert nesting_depth('{"election": {"lists": {}}, "fields": {"A": [1]}}') == 3
    assert MAX_DEPTH >= 3


@pytest.mark.parametrize(
    "text",
    [
        '{"election": {"has_C": false, "lists": {"1": 2, "1": 3}}, "fields": {}}',
        '{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": 1, "A": 2}}',
        '{"election": {"has_C": false, "lists": {"1": 2}}, "election": {"has_C": true, "lists": {}}, "fields": {}}',
    ],
)
def test_a_key_given_twice_is_refused_not_silently_taken(kiosk, tmp_path, text):
    code, _, err = validate(kiosk, tmp_path, text)
    assert code == 2 and "staat twee keer in hetzelfde object" in err


def test_a_file_over_the_size_limit_is_refused(kiosk, tmp_path):
    path = tmp_path / "groot.json"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: nothing is really written
    code, _, err = kiosk("validate", str(path))
    assert code == 2 and "groot.json: te groot" in err


def test_a_fifo_is_not_opened(kiosk, tmp_path):
    import os

    fifo = tmp_path / "pijp.json"
    os.mkfifo(fifo)
    code, _, err = kiosk("validate", str(fifo))  # would block forever if it were opened
    assert code == 2 and "pijp.json" in err and "geen gewoon bestand" in err


def test_control_characters_from_the_file_are_shown_neutralised(kiosk, tmp_path):
    code, _, err = validate(
        kiosk, tmp_path, '{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": "\\u001b[2J\\u202e12"}}'
    )
    assert code == 2 and "\x1b" not in err and "\u202e" not in err and "<U+001B>" in err


def test_the_largest_allowed_document_is_accepted():
    lists = {str(n): MAX_CANDIDATES for n in range(1, MAX_LISTS + 1)}
    shape = parse_shape({"has_C": False, "lists": lists})
    assert len(shape.list_numbers) == MAX_LISTS


def test_a_list_number_given_twice_is_refused():
    lists = {n: 1 for n in range(1, MAX_LISTS + 1)}
    assert len(parse_shape({"has_C": False, "lists": lists}).list_numbers) == MAX_LISTS
    with pytest.raises(DocumentError) as caught:
        parse_shape({"has_C": False, "lists": {**{str(n): 1 for n in range(1, 50)}, 7: 1}})
    assert caught.value.code == "document.duplicate_list"
