"""EML 110a, the election definition: which election, where, how many seats."""

from __future__ import annotations

from lxml import etree

from kiosk.domain.election import Election
from kiosk.eml import bounds
from kiosk.eml.errors import EmlError
from kiosk.eml.identity import LARGE_COUNCIL, SMALL_COUNCIL, check_identity, read_identity
from kiosk.eml.kinds import expect_kind
from kiosk.eml.ns import NS, text_of
from kiosk.eml.schema import validate
from kiosk.eml.xmlsafe import parse_bytes

#: The region at the top of the ElectionTree for each category whose shape is
#: known from Kiesraad files: a municipal council's tree is one GEMEENTE, a
#: national election's tree starts at STAAT (Nederland), and so on.
TOP_REGION = {
    "GR": "GEMEENTE",
    "AB": "WATERSCHAP",
    "PS": "PROVINCIE",
    "TK": "STAAT",
    "EK": "STAAT",
    "EP": "STAAT",
}

#: Preference threshold (% of the quota) fixed by law for councils.
PREFERENCE_THRESHOLD = {"GR1": 50, "AB1": 50, "GR2": 25, "AB2": 25}


def read_election_definition(data: bytes, source: str) -> Election:
    """The election of an EML 110a, with no lists or stations yet."""
    return election_from_root(parse_bytes(data, source), source)


def election_from_root(root: etree._Element, source: str) -> Election:
    expect_kind(root, source, "110a")
    validate(root, "110a", source)
    election = root.find("eml:ElectionEvent/eml:Election", NS)
    identity = read_identity(election.find("eml:ElectionIdentifier", NS), source)
    check_identity(identity, source, require_domain=True)
    seats = _number(election, "kr:NumberOfSeats", bounds.SEATS, source)
    threshold = _number(election, "kr:PreferenceThreshold", bounds.PREFERENCE_THRESHOLD, source)
    _check_seats(identity.subcategory, seats, threshold, source)
    _check_tree(identity.category, election.find("kr:ElectionTree", NS), source)
    return Election(
        id=identity.id,
        name=identity.name,
        category=identity.category,
        subcategory=identity.subcategory,
        domain_id=identity.domain_id,
        domain_name=identity.domain_name,
        election_date=identity.election_date,
        number_of_seats=seats,
    )


def _number(election: etree._Element, path: str, limits: tuple[int, int], source: str) -> int:
    node = election.find(path, NS)
    return bounds.bounded_int(text_of(election, path), limits, source, path.split(":")[-1], node)


def _check_seats(subcategory: str, seats: int, threshold: int, source: str) -> None:
    small = subcategory in SMALL_COUNCIL
    if (small and seats >= 19) or (subcategory in LARGE_COUNCIL and seats < 19):
        raise EmlError("eml.seats_subcategory_mismatch", source=source, subcategory=subcategory, seats=seats)
    expected = PREFERENCE_THRESHOLD.get(subcategory)
    if expected is not None and threshold != expected:
        raise EmlError(
            "eml.preference_threshold_mismatch",
            source=source,
            subcategory=subcategory,
            threshold=threshold,
            expected=expected,
        )


def _check_tree(category: str, tree: etree._Element, source: str) -> None:
    """The tree's top region must be the kind of area the category is elected in."""
    expected = TOP_REGION.get(category)
    if expected is None:
        return  # no known shape (BC, GC, ER, referendums): nothing to compare
    tops = [r for r in tree.findall("kr:Region", NS) if not r.get("SuperiorRegionCategory")]
    if any(r.get("RegionCategory") == expected for r in tops):
        return
    found = tops[0] if tops else None
    raise EmlError(
        "eml.election_tree_mismatch",
        source=source,
        category=category,
        expected=expected,
        found=found.get("RegionCategory") if found is not None else "-",
        region=text_of(found, "kr:RegionName") if found is not None else "-",
    )
