"""Bounds on what an EML file may say: numbers in range, names without hidden characters.

The Kiesraad's schemas allow any number of digits in a station number, a voter count or a
candidate number, and any character XML allows in a name. A number beyond what any Dutch
election has (a station number with 5 000 digits, 10^23 voters) cannot be meant, and stops
code further on (a page code holds at most six digits); a name with a bidirectional override or a
zero-width character shows something other than what it is. Both are refused at the door, with
the element, its line and the value or the character's position, so nothing of such a file is
ever written.
"""

from __future__ import annotations

from lxml import etree

from kiosk.domain.results import MAX_COUNT
from kiosk.eml.errors import EmlError
from kiosk.i18n.untrusted import marker, unsafe_position

#: Polling station numbers (the page code on a printed form holds up to six digits).
STATION_NUMBER = (1, 99_999)
#: Registered voters of one polling station: a count the form can hold.
STATION_VOTERS = (0, MAX_COUNT)
#: Registered voters of the whole contest (MaxVotes): the Netherlands has about 13.5 million.
CONTEST_VOTERS = (0, 99_999_999)
#: List numbers on the ballot (DESIGN: up to about 40 lists).
LIST_NUMBER = (1, 99)
#: A candidate's number on its list (DESIGN: up to about 80 candidates).
CANDIDATE_NUMBER = (1, 999)
#: Seats of a representative body (the Tweede Kamer has 150).
SEATS = (1, 999)
#: The preference threshold, a percentage of the quota.
PREFERENCE_THRESHOLD = (0, 100)

#: Whitespace XML allows in text; it is collapsed when a name is read.
_XML_WHITESPACE = "\t\n\r"
#: How many characters of a refused number are shown.
_SHOWN_DIGITS = 12


def bounded_int(
    text: str | None, bounds: tuple[int, int], source: str, element: str, node: etree._Element | None = None
) -> int:
    """``text`` as a whole number within ``bounds`` (inclusive), else EmlError naming ``element``.

    Never converts more digits than the bound has: a number of thousands of digits is refused
    by its length, not handed to ``int`` (which refuses beyond 4 300 digits, or takes its time)."""
    minimum, maximum = bounds
    raw = (text or "").strip()
    line = node.sourceline if node is not None and node.sourceline else "?"
    if not raw.isascii() or not raw.isdigit():
        raise EmlError("eml.not_a_number", source=source, element=element, line=line, value=_shown(raw) or "-")
    digits = raw.lstrip("0") or "0"
    if len(digits) > len(str(maximum)) or not minimum <= int(digits) <= maximum:
        raise EmlError(
            "eml.number_out_of_range",
            source=source,
            element=element,
            line=line,
            value=_shown(digits),
            minimum=minimum,
            maximum=maximum,
        )
    return int(digits)


def _shown(raw: str) -> str:
    if len(raw) <= _SHOWN_DIGITS:
        return raw
    return f"{raw[:_SHOWN_DIGITS]}…"


def check_characters(root: etree._Element, source: str) -> None:
    """EmlError ``unsafe_character`` for the first text or attribute value in the document that
    holds a control, format (bidi override, zero-width), private-use, surrogate or line/paragraph
    separator character; tab, newline and carriage return (XML whitespace) are allowed."""
    for node in root.iter(etree.Element):
        name = etree.QName(node).localname
        _check_text(node.text, name, node, source)
        parent = node.getparent()  # text after an element belongs to its parent
        _check_text(node.tail, etree.QName(parent).localname if parent is not None else name, node, source)
        for attribute, value in node.attrib.items():
            _check_text(value, f"{name}@{etree.QName(attribute).localname}", node, source)


def _check_text(value: str | None, element: str, node: etree._Element, source: str) -> None:
    if not value:
        return
    position = unsafe_position(value, allowed=_XML_WHITESPACE)
    if position is not None:
        raise EmlError(
            "eml.unsafe_character",
            source=source,
            element=element,
            line=node.sourceline or "?",
            position=position,
            char=marker(value[position - 1]),
        )
