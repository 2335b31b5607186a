"""Showing strings that come from outside (file names, EML names, scanned codes) safely.

A file name or a name in an EML file may hold characters that a terminal, a screen or a PDF
does not show as themselves: control characters (C0, C1: a terminal escape sequence),
bidirectional overrides that make "gpj.exe" read as "exe.jpg", zero-width characters that make
two different names look the same, line separators, private-use and lone surrogate code points
(what Python makes of a file name's bytes that are not UTF-8, ``os.fsdecode``'s
"surrogateescape"). ``neutralise`` replaces each of them by a visible marker ``<U+XXXX>``, so
what is shown is what is there, and the result can always be encoded as UTF-8 (audit log,
database, PDF). Every other character, ordinary space included, is kept.

``unsafe_position`` finds the first such character, for refusing a name at the door (EML import).
"""

from __future__ import annotations

import unicodedata

#: Unicode categories that are never shown as themselves: control (Cc), format (Cf: bidi
#: controls, zero-width characters, the BOM), private use (Co), surrogates (Cs), line and
#: paragraph separators (Zl, Zp).
UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def is_unsafe(char: str) -> bool:
    """True for a character that ``neutralise`` replaces by a marker."""
    return unicodedata.category(char) in UNSAFE_CATEGORIES


def marker(char: str) -> str:
    """The visible stand-in for one character: ``<U+202E>``."""
    return f"<U+{ord(char):04X}>"


def neutralise(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every unsafe character replaced by ``<U+XXXX>``.

    ``keep_newlines``: leave "\\n" as it is (for whole messages of several lines whose
    parameters may be untrusted); a name never keeps one. Idempotent.
    """
    text = str(text)
    if text.isprintable():  # fast path: isprintable() is False for every unsafe category
        return text
    return "".join(char if (keep_newlines and char == "\n") or not is_unsafe(char) else marker(char) for char in text)


def unsafe_position(text: str, *, allowed: str = "") -> int | None:
    """The 1-based position of the first unsafe character in ``text`` (``allowed`` ones
    excepted), or None when there is none."""
    if text.isprintable():
        return None
    for index, char in enumerate(text, start=1):
        if char not in allowed and is_unsafe(char):
            return index
    return None


def shown_path(path: object) -> str:
    """A path (``str``, ``bytes`` or ``os.PathLike``) as it may be shown: bytes that are not
    UTF-8 become ``<U+DCxx>`` markers (the surrogate ``os.fsdecode`` gives them)."""
    import os

    raw = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    return neutralise(raw)
