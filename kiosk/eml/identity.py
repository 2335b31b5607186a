"""Reading the ElectionIdentifier block and the rules that make it coherent.

These rules hold for every election category. They do not refuse a category
(a provincial or water board election is as valid as a municipal one); they
refuse files whose parts contradict each other.
"""

from __future__ import annotations

from datetime import date

from lxml import etree

from kiosk.eml.errors import EmlError
from kiosk.eml.model import ElectionIdentity
from kiosk.eml.ns import NS, clean, text_of

#: Allowed subcategories per category (kr:ElectionSubcategoryType documentation).
SUBCATEGORIES: dict[str, frozenset[str]] = {
    "GR": frozenset({"GR1", "GR2"}),
    "PS": frozenset({"PS1", "PS2"}),
    "AB": frozenset({"AB1", "AB2"}),
    "ER": frozenset({"ER1"}),
    **{cat: frozenset({cat}) for cat in ("TK", "EK", "EP", "BC", "GC", "NR", "PR", "LR", "IR")},
}

#: Categories whose domain is part of the election ("Gemeenteraad Utrecht"):
#: their definition and candidate lists must name the domain.
REGIONAL = frozenset({"GR", "PS", "AB", "BC", "GC", "ER"})

#: Subcategories for councils with fewer than 19 seats (GR1, AB1, ER1) or at least 19.
SMALL_COUNCIL = frozenset({"GR1", "AB1", "ER1"})
LARGE_COUNCIL = frozenset({"GR2", "AB2"})


#: Elements the schemas put in a repeatable xs:choice ("this choice is not
#: logical but necessary"): the schema allows each of them twice, or the
#: election date not at all, so both are checked here.
_CHOICE_ELEMENTS = ("ElectionSubcategory", "ElectionDomain", "ElectionDate", "NominationDate")


def read_identity(identifier: etree._Element, source: str) -> ElectionIdentity:
    """The ElectionIdentifier's content; call only on schema-valid documents."""
    for name in _CHOICE_ELEMENTS:
        if len(identifier.findall(f"kr:{name}", NS)) > 1:
            raise EmlError("eml.duplicate_element", source=source, element=name)
    if identifier.find("kr:ElectionDate", NS) is None:
        raise EmlError("eml.missing_election_date", source=source)
    domain = identifier.find("kr:ElectionDomain", NS)
    nomination = text_of(identifier, "kr:NominationDate")
    return ElectionIdentity(
        id=clean(identifier.get("Id")),
        category=text_of(identifier, "eml:ElectionCategory"),
        election_date=xs_date(text_of(identifier, "kr:ElectionDate")),
        name=text_of(identifier, "eml:ElectionName"),
        subcategory=text_of(identifier, "kr:ElectionSubcategory"),
        domain_id=clean(domain.get("Id")) if domain is not None else "",
        domain_name=clean(domain.text) if domain is not None else "",
        nomination_date=xs_date(nomination) if nomination else None,
    )


def xs_date(text: str) -> date:
    """An xs:date, which may carry a time zone ("2022-03-16+01:00"): the day is what counts."""
    return date.fromisoformat(text[:10])


def has_domain(identity: ElectionIdentity) -> bool:
    return bool(identity.domain_id or identity.domain_name)


def check_identity(identity: ElectionIdentity, source: str, *, require_domain: bool) -> None:
    """EmlError if the identifier contradicts itself.

    ``require_domain``: whether this kind of document must name the domain of a
    regional election (a 110a and 230b must; a 110b may leave it out).
    """
    allowed = SUBCATEGORIES.get(identity.category, frozenset())
    if identity.subcategory and identity.subcategory not in allowed:
        raise EmlError(
            "eml.category_subcategory_mismatch",
            source=source,
            category=identity.category,
            subcategory=identity.subcategory,
            allowed=", ".join(sorted(allowed)) or "-",
        )
    # Not checked: that the id starts with the category. It usually does, but
    # the Kiesraad's own valid AB test file has Id "GR2022_Test".
    if require_domain and identity.category in REGIONAL and not has_domain(identity):
        raise EmlError("eml.missing_domain", source=source, category=identity.category)
    if identity.nomination_date and identity.nomination_date > identity.election_date:
        raise EmlError(
            "eml.dates_inconsistent",
            source=source,
            nomination_date=identity.nomination_date.isoformat(),
            election_date=identity.election_date.isoformat(),
        )
