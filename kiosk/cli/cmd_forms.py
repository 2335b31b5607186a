"""`kiosk forms blank|template`: the machine-readable station PVs."""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import store_from, write_output
from kiosk.cli.errors import CliError
from kiosk.domain.refusal import Refusal
from kiosk.i18n import refusal_text, t
from kiosk.services import forms
from kiosk.services.entry import EntryRefused, chosen_election


def register(commands) -> None:
    parser = commands.add_parser("forms", help="blank machine-readable station PVs and their layout")
    sub = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    blank = sub.add_parser("blank", help="printable blank PVs (PDF, A4); all stations unless --station")
    blank.add_argument("--station", type=int, metavar="N")
    blank.add_argument("--out", required=True, metavar="FILE.pdf")
    blank.set_defaults(handler=run_blank)
    template = sub.add_parser("template", help="the layout (field codes, pages, boxes in mm) as JSON")
    template.add_argument("--station", type=int, metavar="N")
    template.add_argument("--out", required=True, metavar="FILE.json")
    template.set_defaults(handler=run_template)


def _election_and_stations(args: Namespace):
    store = store_from(args, create=False)
    try:
        election = chosen_election(store, args.election)
    except EntryRefused as refused:
        if refused.code == "no_election":
            raise CliError(t("cli.forms.no_stations")) from None
        raise CliError(refusal_text(refused)) from None
    if not election.stations:
        raise CliError(t("cli.forms.no_stations"))
    numbers = [s.number for s in election.stations]
    if args.station is not None:
        if args.station not in numbers:
            raise CliError(t("cli.forms.not_a_station", station=args.station, election=election.id, last=max(numbers)))
        numbers = [args.station]
    return election, numbers


#: File name ending per model when a station gets more than one form (CSO).
MODEL_SUFFIX = {"N10-1": "", "N10-2": "-n10-2", "Na31-2-B1": "-na31-2-bijlage1"}


def run_blank(args: Namespace) -> int:
    election, numbers = _election_and_stations(args)
    try:
        models = forms.printed_models(election)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    out = Path(args.out)
    stem = out.with_suffix("")
    several = len(models) > 1
    # One PDF per station and model: each has its own QR codes and header.
    for number in numbers:
        base = stem if len(numbers) == 1 else Path(f"{stem}-sb{number}")
        for model, pdf in forms.blank_pdfs(election, number):
            path = out if len(numbers) == 1 and not several else Path(f"{base}{MODEL_SUFFIX[model]}.pdf")
            write_output(path, pdf)
            if len(numbers) == 1:
                print(t("cli.forms.blank_written", out=path, station=number, model=t(f"cli.forms.model.{model}")))
    if len(numbers) > 1:
        pattern = " + ".join(f"{stem}-sb<N>{MODEL_SUFFIX[m]}.pdf" for m in models)
        print(t("cli.forms.blanks_written", count=len(numbers), pattern=pattern))
    return 0


def run_template(args: Namespace) -> int:
    election, numbers = _election_and_stations(args)
    out = Path(args.out)
    if len(numbers) == 1:
        document = forms.template(election, numbers[0])
    else:
        document = {"templates": [forms.template(election, n) for n in numbers]}
    write_output(out, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    print(t("cli.forms.template_written", out=out, count=len(numbers)))
    return 0
