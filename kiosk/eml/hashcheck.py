"""The import hash check: proof that the file on the kiosk is the file that was published.

The SHA-256 of an EML file is published on paper (16 groups of 4 hex
characters). On import the kiosk shows the hash with two groups blanked out and
the operator types those two from the paper; a mismatch means the file is not
the published one. Pure functions: the caller supplies the random generator.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Collection, Sequence

from kiosk.eml.errors import HashTextRefused

GROUPS = 16
GROUP_LENGTH = 4
BLANK = "_" * GROUP_LENGTH

_HEX64 = re.compile(r"[0-9a-f]{64}")
# Separators people type between groups: spaces, tabs, newlines, dashes.
_SEPARATORS = re.compile(r"[\s\-]+")


def sha256_groups(data: bytes) -> list[str]:
    """The SHA-256 of ``data`` as 16 groups of 4 lowercase hex characters."""
    digest = hashlib.sha256(data).hexdigest()
    return [digest[i : i + GROUP_LENGTH] for i in range(0, len(digest), GROUP_LENGTH)]


def sha256_groups_of_hex(hex_digest: str) -> list[str]:
    """An already computed SHA-256 (any grouping) as 16 groups of 4."""
    compact = parse_full_hash(hex_digest)
    return [compact[i : i + GROUP_LENGTH] for i in range(0, len(compact), GROUP_LENGTH)]


def format_groups(groups: Sequence[str], blanked: Collection[int] = frozenset()) -> str:
    """'9f86 d081 ____ ...': the groups separated by spaces, blanked ones as '____'."""
    return " ".join(BLANK if i in blanked else group for i, group in enumerate(groups))


def choose_blanked(rng: random.Random) -> tuple[int, int]:
    """Two distinct group indexes to blank, in ascending order."""
    first, second = sorted(rng.sample(range(GROUPS), 2))
    return first, second


def _normalise(text: str) -> str:
    return "".join(text.split()).lower()


def check_typed(groups: Sequence[str], blanked: Collection[int], typed: Sequence[str]) -> bool:
    """Whether ``typed`` holds the blanked groups, in ascending index order.

    Case and whitespace do not matter ("A1 b2" equals "a1b2").
    """
    order = sorted(blanked)
    if len(typed) != len(order):
        return False
    return all(_normalise(value) == groups[index] for index, value in zip(order, typed, strict=True))


def parse_full_hash(text: str) -> str:
    """A SHA-256 typed or pasted in any grouping, as 64 lowercase hex characters.

    Raises HashTextRefused (a ValueError and a coded refusal) when it is not a hash.
    """
    compact = _SEPARATORS.sub("", text).lower()
    wrong = sorted(set(compact) - set("0123456789abcdef"))
    if wrong:
        raise HashTextRefused("eml.hash.invalid_chars", chars="".join(wrong))
    if not _HEX64.fullmatch(compact):
        raise HashTextRefused("eml.hash.invalid_length", length=len(compact))
    return compact


def hash_matches(data: bytes, text: str) -> bool:
    """Whether ``text`` (any grouping) is the SHA-256 of ``data``; ValueError if not a hash."""
    return parse_full_hash(text) == hashlib.sha256(data).hexdigest()


def same_hash(first: str, second: str) -> bool:
    """Whether two hashes written in any grouping are the same SHA-256.

    Text that is not a hash at all never matches (use parse_full_hash first to
    tell the operator why).
    """
    try:
        return parse_full_hash(first) == parse_full_hash(second)
    except ValueError:
        return False
