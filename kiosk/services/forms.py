"""The machine-readable paper forms of this election: templates and blank PDFs.

``ocr`` knows nothing of the election model, so this is where the election and
a polling station become the plain FormSpec that ``ocr.forms`` lays out. The names
(election, lists, candidates, station) come from EML files; they are neutralised here
(``kiosk.i18n.untrusted``), since ``ocr`` cannot use kiosk's neutraliser, so a hidden
character prints as a visible ``<U+XXXX>`` on the form and in its template.
"""

from __future__ import annotations

from kiosk.domain.election import Election, PollingStation
from kiosk.domain.refusal import Refusal
from kiosk.i18n.untrusted import neutralise
from ocr.forms import FormSpec, ListSpec, build_template
from ocr.forms.pdf import render_pdf

TEMPLATE_VERSION = "1"


class FormsRefused(Refusal):
    """No form for this request: ``forms.unknown_station`` (``station``, ``election``)."""


def form_spec(election: Election, station: PollingStation) -> FormSpec:
    return FormSpec(
        election_id=election.id,
        election_name=neutralise(election.name),
        has_C=election.has_voter_cards,
        lists=[
            ListSpec(pl.number, neutralise(pl.name), tuple(neutralise(c.display_name) for c in pl.candidates))
            for pl in election.lists
        ],
        station_number=station.number,
        station_name=neutralise(station.name),
        template_version=TEMPLATE_VERSION,
    )


def station_of(election: Election, number: int) -> PollingStation:
    for station in election.stations:
        if station.number == number:
            return station
    raise FormsRefused(
        "forms.unknown_station",
        f"station {number} is not a polling station of {election.id}",
        station=number,
        election=election.id,
    )


def template(election: Election, station_number: int) -> dict:
    return build_template(form_spec(election, station_of(election, station_number)))


def templates(election: Election) -> dict[int, dict]:
    """Station number -> template, for every station (the registration lookup)."""
    return {s.number: build_template(form_spec(election, s)) for s in election.stations}


def blank_pdf(election: Election, station_number: int) -> bytes:
    return render_pdf(template(election, station_number))
