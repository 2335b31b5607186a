"""The import hash check: groups, blanking, and what the operator may type."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.eml.hashcheck import (
    check_typed,
    choose_blanked,
    format_groups,
    hash_matches,
    parse_full_hash,
    same_hash,
    sha256_groups,
    sha256_groups_of_hex,
)
from kiosk.i18n import refusal_text

TEST_GROUPS = "9f86 d081 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 b0f0 0a08".split()


def test_groups_of_a_known_input() -> None:
    assert sha256_groups(b"test") == TEST_GROUPS


def test_blanked_groups_are_shown_as_underscores() -> None:
    shown = format_groups(TEST_GROUPS, {1, 14})
    assert shown == "9f86 ____ 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 ____ 0a08"


def test_typing_the_blanked_groups_passes_and_anything_else_fails() -> None:
    assert check_typed(TEST_GROUPS, {1, 14}, ["d081", "b0f0"])
    assert check_typed(TEST_GROUPS, {1, 14}, [" D0 81 ", "B0F0\n"])
    assert not check_typed(TEST_GROUPS, {1, 14}, ["b0f0", "d081"]), "order is by index"
    assert not check_typed(TEST_GROUPS, {1, 14}, ["d081"])
    assert not check_typed(TEST_GROUPS, {1, 14}, ["d081", "b0f1"])
    assert not check_typed(TEST_GROUPS, {1, 14}, ["d081", "b0f0", "0a08"])


def test_full_hash_is_accepted_in_groups_or_as_one_string() -> None:
    compact = "".join(TEST_GROUPS)
    assert parse_full_hash(compact.upper()) == compact
    assert parse_full_hash(" ".join(TEST_GROUPS)) == compact
    assert parse_full_hash("\n".join(TEST_GROUPS[:8]) + "\n" + "-".join(TEST_GROUPS[8:])) == compact


def test_full_hash_with_wrong_length_or_letters_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="64 characters") as short:  # str(): English, for logs
        parse_full_hash("".join(TEST_GROUPS)[:-1])
    assert short.value.code == "eml.hash.invalid_length" and "64 tekens" in refusal_text(short.value)
    with pytest.raises(ValueError, match="not ‘g’") as letters:
        parse_full_hash("g" + "".join(TEST_GROUPS)[1:])
    assert letters.value.code == "eml.hash.invalid_chars" and "niet ‘g’" in refusal_text(letters.value)


def test_hash_matches_compares_file_and_paper() -> None:
    assert hash_matches(b"test", " ".join(TEST_GROUPS))
    assert not hash_matches(b"test2", " ".join(TEST_GROUPS))


def test_a_stored_hex_digest_splits_into_the_same_groups() -> None:
    assert sha256_groups_of_hex(hashlib.sha256(b"test").hexdigest()) == TEST_GROUPS


def test_same_hash_ignores_grouping_and_case_and_never_matches_non_hashes() -> None:
    compact = "".join(TEST_GROUPS)
    assert same_hash(compact, " ".join(TEST_GROUPS).upper())
    assert not same_hash(compact, compact[:-1] + "9")
    assert not same_hash(compact, "not a hash")


@given(st.binary(max_size=2048))
def test_groups_are_16_lowercase_hex_quads_that_make_the_sha256(data: bytes) -> None:
    groups = sha256_groups(data)
    assert len(groups) == 16
    assert all(len(g) == 4 and g == g.lower() and int(g, 16) >= 0 for g in groups)
    assert "".join(groups) == hashlib.sha256(data).hexdigest()


@given(st.integers(min_value=0, max_value=2**32))
def test_two_distinct_ascending_indexes_are_blanked(seed: int) -> None:
    first, second = choose_blanked(random.Random(seed))
    assert 0 <= first < second < 16


@given(st.binary(max_size=256), st.integers(min_value=0, max_value=2**32), st.data())
def test_the_right_groups_typed_in_any_case_and_spacing_pass(data: bytes, seed: int, draw) -> None:
    groups = sha256_groups(data)
    blanked = set(choose_blanked(random.Random(seed)))
    typed = []
    for index in sorted(blanked):
        group = groups[index]
        upper = draw.draw(st.lists(st.booleans(), min_size=4, max_size=4))
        spaced = "".join(c.upper() if u else c for c, u in zip(group, upper, strict=True))
        before = draw.draw(st.sampled_from(["", " ", "\t"]))
        after = draw.draw(st.sampled_from(["", " ", "\n"]))
        typed.append(before + spaced + after)
    assert check_typed(groups, blanked, typed)
    shown = format_groups(groups, blanked)
    assert shown.count("____") == 2 and len(shown.split()) == 16


@given(
    st.binary(max_size=256),
    st.integers(min_value=0, max_value=2**32),
    st.text("0123456789abcdef", min_size=4, max_size=4),
)
def test_a_wrong_group_fails(data: bytes, seed: int, wrong: str) -> None:
    groups = sha256_groups(data)
    first, second = choose_blanked(random.Random(seed))
    typed = [groups[first], wrong]
    assert check_typed(groups, {first, second}, typed) == (wrong == groups[second])


@given(st.binary(max_size=256), st.sampled_from([" ", "", "\n", "-"]))
def test_full_hash_round_trips_through_any_grouping(data: bytes, separator: str) -> None:
    groups = sha256_groups(data)
    assert parse_full_hash(separator.join(groups)) == "".join(groups)
