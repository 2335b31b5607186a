"""Does this 230b or 110b belong to the election we imported from the 110a?

Each file is valid on its own; mixing files of two elections (last year's
candidate lists, the neighbouring municipality's stations) is the mistake
this catches. The message names the item that differs and both values.
"""

from __future__ import annotations

import re

from kiosk.domain.election import MUNICIPAL_CATEGORIES, Election
from kiosk.eml.errors import EmlError, EmlWarning
from kiosk.eml.model import CandidateLists, StationList


def check_belongs_to(
    election: Election, doc: CandidateLists | StationList, source: str | None = None
) -> tuple[EmlWarning, ...]:
    """EmlError on the first item that differs; warnings for harmless differences.

    Items the document leaves out (a 110b may omit the domain or the name) are
    not compared: absence is not a contradiction. ``source`` names the file in
    the message; by default the name the document was read under.
    """
    source = doc.source if source is None else source
    theirs = doc.election
    comparisons = (
        ("id", election.id, theirs.id),
        ("category", election.category, theirs.category),
        ("election_date", election.election_date.isoformat(), theirs.election_date.isoformat()),
        ("domain_id", election.domain_id, theirs.domain_id),
        ("domain_name", election.domain_name, theirs.domain_name),
        ("name", election.name, theirs.name),
    )
    for item, ours, found in comparisons:
        if found and ours != found:
            raise EmlError("eml.election_mismatch", source=source, item=item, expected=ours or "-", found=found)
    if isinstance(doc, StationList):
        _check_sender(election, doc, source)
    warnings: list[EmlWarning] = []
    if theirs.subcategory and theirs.subcategory != election.subcategory:
        warnings.append(EmlWarning.of("subcategory_differs", expected=election.subcategory, found=theirs.subcategory))
    return tuple(warnings)


_MUNICIPALITY_CODE = re.compile(r"\d{4}")


def _check_sender(election: Election, doc: StationList, source: str) -> None:
    """A 110b is sent by the municipality whose stations it lists: its four-digit code
    becomes the counting committee's identity (the 510b's authority). In a municipal
    election that municipality is the election's own domain."""
    if not _MUNICIPALITY_CODE.fullmatch(doc.authority_id):
        raise EmlError("eml.sender_not_municipality", source=source, found=doc.authority_id or "-")
    if election.category in MUNICIPAL_CATEGORIES and election.domain_id and doc.authority_id != election.domain_id:
        raise EmlError(
            "eml.election_mismatch",
            source=source,
            item="authority",
            expected=election.domain_id,
            found=doc.authority_id,
        )
