"""The paper forms of this election: templates and blank PDFs, per the counting method.

``ocr`` knows nothing of the election model, so this is where the election and a polling
station become the plain FormSpec that ``ocr.forms`` lays out. The names (election, lists,
candidates, station) come from EML files; they are neutralised here
(``kiosk.i18n.untrusted``), since ``ocr`` cannot use kiosk's neutraliser, so a hidden
character prints as a visible ``<U+XXXX>`` on the form and in its template.

Which paper (``kiosk.domain.form_model``):

- DSO: the station fills in Model N 10-1; the kiosk reads and enters it.
- CSO: the station fills in Model N 10-2 (printed here, entered nowhere: the kiosk enters
  what the municipality's counting team writes on Na 31-2 Bijlage 1, one per station).
- not chosen: nothing new is printed (``forms.no_counting_method``); the template of the
  kiosk's earlier counts-only form stays, so pages printed before are still read.
"""

from __future__ import annotations

from kiosk.domain.election import Election, PollingStation
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.domain.refusal import Refusal
from kiosk.i18n.untrusted import neutralise
from ocr.forms import FormSpec, ListSpec, build_template
from ocr.forms.pdf import render_pdf

#: The template version printed in every page's QR code, per paper model: a page of another
#: model (or of an earlier layout) is then refused by name instead of misread.
TEMPLATE_VERSIONS = {"SB-PV": "1", "N10-1": "n10-1.2", "N10-2": "n10-2.2", "Na31-2-B1": "b1.2"}
#: The models as the Kiesraad names them (a proper name: the same in every language).
MODEL_NAMES = {"SB-PV": "SB-PV", "N10-1": "N 10-1", "N10-2": "N 10-2", "Na31-2-B1": "Na 31-2 Bijlage 1"}
#: What is printed per station, in the order a station needs it.
PRINTED = {CountingMethod.DSO: ("N10-1",), CountingMethod.CSO: ("N10-2", "Na31-2-B1")}


class FormsRefused(Refusal):
    """No form for this request: ``forms.unknown_station`` (``station``, ``election``),
    ``forms.no_counting_method`` (nothing can be printed before the method is chosen)."""


def entered_model(election: Election) -> str:
    """The model the kiosk reads and enters for this election."""
    return FormModel.for_method(election.counting_method).value


def form_spec(election: Election, station: PollingStation, model: str | None = None) -> FormSpec:
    model = model or entered_model(election)
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
        template_version=TEMPLATE_VERSIONS[model],
        model=model,
        municipality=neutralise(election.municipality_name or election.domain_name),
        public_body=election.is_public_body,
        election_date=election.election_date.isoformat(),
        station_postcode=neutralise(station.postcode),
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


def template(election: Election, station_number: int, model: str | None = None) -> dict:
    """The layout of a station's page set: the entered model unless ``model`` is given."""
    return build_template(form_spec(election, station_of(election, station_number), model))


def templates(election: Election) -> dict[int, dict]:
    """Station number -> template of the entered model, for every station (the registration lookup)."""
    return {s.number: build_template(form_spec(election, s)) for s in election.stations}


def printed_models(election: Election) -> tuple[str, ...]:
    """The models printed for each station; refused before the counting method is chosen."""
    if election.counting_method is None:
        raise FormsRefused(
            "forms.no_counting_method",
            "choose the counting method (DSO or CSO) before printing forms",
        )
    return PRINTED[election.counting_method]


def blank_pdfs(election: Election, station_number: int) -> list[tuple[str, bytes]]:
    """(model, PDF) for every form a station's paper needs, in order."""
    station = station_of(election, station_number)
    return [(m, render_pdf(build_template(form_spec(election, station, m)))) for m in printed_models(election)]


def blank_pdf(election: Election, station_number: int) -> bytes:
    """The blank form the kiosk enters for the station (DSO: N 10-1; CSO: Na 31-2 Bijlage 1)."""
    printed_models(election)
    return render_pdf(template(election, station_number))
