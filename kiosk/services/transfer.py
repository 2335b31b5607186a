"""Transfer pages: a station's definitive results machine-printed for the main kiosk, and the rules
for scanning them there (sheets that travel).

A kiosk with a range of stations (``kiosk.services.station_range``) prints, in its partial sheet's
annex, each station's results on transfer pages (``ocr.forms.transfer``: the same markers, QR page
identity and printed header as every form; numbers printed, never in the QR). The main kiosk scans
them like any paper: the printed-number reader proposes each value, a verifier confirms, and the
sheet's numbers digest stands in for the second entry (``kiosk.domain.reentry``).
"""

from __future__ import annotations

from kiosk.domain.election import Election
from kiosk.domain.shape import ElectionShape
from kiosk.domain.station_range import format_ranges
from kiosk.domain.tabulation import summed_codes
from kiosk.services import forms
from kiosk.services.entry import EntryService
from kiosk.services.station_range import own_stations
from ocr.forms import PageIdentity
from ocr.forms.totals_transfer import build_totals_transfer_template, is_municipal_version
from ocr.forms.transfer import build_transfer_template, is_transfer_version


def template(election: Election, station: int) -> dict:
    """The layout of a station's transfer pages (built from the layout of the paper it enters)."""
    return build_transfer_template(forms.template(election, station))


def totals_template(election: Election, stations) -> dict:
    """The layout of the transfer pages of the municipality's totals over ``stations`` (for the CSB):
    the totalled fields of the paper its stations are entered from, under that paper's headings."""
    first = min(s.number for s in election.stations)
    central = forms.entered_model(election) == "Na31-2-B1"
    return build_totals_transfer_template(
        forms.template(election, first),
        "Na 31-2" if central else "Na 31-1",
        election.municipality_id,
        election.municipality_name,
        format_ranges(stations),
        summed_codes(ElectionShape.from_election(election)),
    )


def is_transfer_page(identity: PageIdentity) -> bool:
    return is_transfer_version(identity.template_version)


def is_municipal_page(identity: PageIdentity) -> bool:
    """A transfer page of a municipality's totals: the CSB's paper, not a station's."""
    return is_municipal_version(identity.template_version)


def paper_refusal(entries: EntryService, identity: PageIdentity) -> tuple[str, dict] | None:
    """Why this kiosk does not take this page, or None. With a range: a station's own report only
    for a station in it (``outside_range``), transfer pages only for one outside it
    (``transfer_own_station``: this kiosk enters that station from its own report)."""
    own = own_stations(entries)
    if own is None:
        return None
    mine = identity.station in own
    ranges = format_ranges(own)
    if is_transfer_page(identity) and mine:
        return "transfer_own_station", {"station": identity.station, "stations": ranges}
    if not is_transfer_page(identity) and not mine:
        return "outside_range", {"station": identity.station, "stations": ranges}
    return None
