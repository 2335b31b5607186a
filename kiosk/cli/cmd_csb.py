"""`kiosk csb ...`: the central committee's session of a municipal election, from the GSB's sheet to
the P 22-2 and the EML 520 (kiosk.services.csb)."""

from __future__ import annotations

import getpass
import json
import sys
from argparse import Namespace
from pathlib import Path

from kiosk.cli.context import ask, login_coordinator, store_from, typed_digest_groups, write_output
from kiosk.cli.errors import CliError
from kiosk.cli.json_file import read_json
from kiosk.domain.refusal import Refusal
from kiosk.domain.seats import to_json
from kiosk.domain.tabulation import summed_codes
from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.services.csb import CsbService, lot_text
from kiosk.services.csb_scan import CsbScanService
from kiosk.services.entry import EntryService


def register(commands) -> None:
    csb = commands.add_parser("csb", help="the central committee's session (municipal election): GSB sheet to P 22-2")
    sub = csb.add_subparsers(dest="csb_command", metavar="ACTION", required=True)
    totals = sub.add_parser(
        "totals",
        help="type the GSB sheet's totals (entry 1 or 2)",
        description="Type the totals of the GSB's report (Na 31-x): which stations it counted, and every total "
        "(A, B, [C,] D, E.1 .., E, F, G, H, I, J, every candidate L<list>.<n> and list total L<list>.T). "
        'Asked one by one on the terminal, or read from --file (JSON: {"A": 1234, ...}). Two entries by two '
        "people alike make them definitive, or one entry and `kiosk csb digest`.",
    )
    totals.add_argument("--entry", type=int, choices=(1, 2), required=True)
    totals.add_argument("--stations", required=True, metavar="RANGE", help="the stations the GSB counted (1.2)")
    totals.add_argument("--file", metavar="VALUES.json")
    totals.add_argument("--by", required=True, metavar="NAME")
    totals.set_defaults(handler=run_totals)
    scan = sub.add_parser(
        "scan",
        help="read the GSB sheet's totals from its scanned transfer pages, confirm each, then the digest",
        description="Read the transfer pages printed with the GSB's sheet (images, or folders of them): every "
        "total is proposed as the printed-number reader read it; press Enter to confirm it against the paper, or "
        "type the number on the paper. What was confirmed is the entry (--entry, default 1); entry 1 is then "
        "proven by typing two groups of the digest printed on the sheet (or --digest). Nothing is recorded "
        "while a page is refused or missing.",
    )
    scan.add_argument("paths", nargs="+", type=Path, metavar="IMAGE|FOLDER")
    scan.add_argument("--stations", required=True, metavar="RANGE", help="the stations the GSB counted (1.2)")
    scan.add_argument("--entry", type=int, choices=(1, 2), default=1)
    scan.add_argument("--by", required=True, metavar="NAME")
    scan.add_argument("--digest", metavar="HEX", help="the sheet's whole printed digest (scripts)")
    scan.set_defaults(handler=run_scan)
    digest = sub.add_parser("digest", help="prove entry 1 by the numbers digest printed on the GSB's sheet")
    digest.add_argument("--by", required=True, metavar="NAME")
    digest.add_argument("--digest", metavar="HEX", help="the sheet's whole printed digest (scripts)")
    digest.set_defaults(handler=run_digest)
    deceased = sub.add_parser("deceased", help="record (or --withdraw) a deceased candidate (P 19a)")
    deceased.add_argument("list", type=int)
    deceased.add_argument("candidate", type=int)
    deceased.add_argument("--withdraw", action="store_true")
    deceased.add_argument("--by", required=True, metavar="COORDINATOR")
    deceased.set_defaults(handler=run_deceased)
    lot = sub.add_parser("lot", help="record the outcome of the lot the result waits for")
    lot.add_argument("winner", type=int, help="the drawn list number (or candidate number, between candidates)")
    lot.add_argument("--by", required=True, metavar="COORDINATOR")
    lot.set_defaults(handler=run_lot)
    result = sub.add_parser("result", help="the seats and elected candidates, step by step (JSON, as kiosk seats)")
    result.set_defaults(handler=run_result)
    documents = sub.add_parser("documents", help="seal the result and write the P 22-2 (PDF) and the EML 520")
    documents.add_argument("--out", required=True, metavar="DIR")
    documents.add_argument(
        "--print", action="store_true", help="also send the P 22-2 to CUPS with lp (refused on a network)"
    )
    documents.add_argument("--printer", metavar="NAME", help="CUPS queue (default: the system default)")
    documents.set_defaults(handler=run_documents)


def _service(args: Namespace) -> CsbService:
    return CsbService(EntryService(store_from(args, create=False), args.election))


def _login(service: CsbService, name: str):
    password = ask(t("cli.prompt.password", name=name), secret=True)
    return auth.login(service.store, name, password)


def run_totals(args: Namespace) -> int:
    try:
        service = _service(args)
        account = _login(service, args.by)
        if args.file:
            values = read_json(Path(args.file), "cli.csb.file", 2)
            if not isinstance(values, dict):
                raise CliError(t("cli.csb.not_an_object", path=args.file))
        else:
            values = {code: _number(ask(f"{code}: ")) for code in summed_codes(service.shape)}
        state = service.enter_totals(account, args.entry, args.stations, values)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    _say(state, args.entry)
    return 0


def _say(state, entry: int) -> None:
    """Where the GSB totals stand after entry ``entry`` was recorded."""
    if state.definitive_by:
        print(t("cli.csb.definitive"))
    elif state.differing():
        print(t("cli.csb.differ", fields=", ".join(state.differing())))
    else:
        print(t("cli.csb.entered", entry=entry))


def _number(text: str):
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else text or None


def run_digest(args: Namespace) -> int:
    try:
        service = _service(args)
        _prove_by_digest(service, _login(service, args.by), args.digest)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    return 0


def _prove_by_digest(service: CsbService, account, digest: str | None) -> None:
    challenge = service.digest_challenge()
    print(t("cli.csb.digest_prompt"))
    typed = typed_digest_groups(digest, challenge.shown, challenge.blanked)
    service.confirm_digest(account, challenge, typed)
    print(t("cli.csb.definitive"))


def run_scan(args: Namespace) -> int:
    try:
        service = _service(args)
        account = _login(service, args.by)
        scanner = CsbScanService.with_header_check(service)
        sheet = scanner.read_sheet(args.paths, service.stations(args.stations))
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    for page in sheet.files:
        if page.refused is None:
            print(t("cli.csb.scan_page", source=page.source, page=page.page, count=sheet.page_count))
    problems = sheet.problems()
    if problems:
        raise CliError("\n".join(refusal_text(Refusal(code, **params)) for code, params in problems))
    print(t("cli.csb.scan_confirm"))
    values = {
        code: _confirmed(f"{code} {sheet.labels.get(code, '')}".strip(), proposal)
        for code, proposal in sheet.proposals().items()
    }
    try:
        state = scanner.record(account, args.entry, args.stations, values, sheet)
        _say(state, args.entry)
        if args.entry == 1 and not state.definitive_by:
            _prove_by_digest(service, account, args.digest)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    return 0


def _confirmed(name: str, proposal: int | None) -> int:
    """The verifier's answer for one total: Enter keeps the proposal, a number replaces it."""
    while True:
        answer = ask(f"{name} [{proposal}]: " if proposal is not None else f"{name}: ").strip()
        if not answer and proposal is not None:
            return proposal
        if answer.isascii() and answer.isdigit():
            return int(answer)
        print(t("cli.csb.not_a_number", answer=answer))


def run_deceased(args: Namespace) -> int:
    service = _service(args)
    try:
        service.record_deceased(login_coordinator(service.store, args.by), args.list, args.candidate, not args.withdraw)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(
        t(
            "cli.csb.deceased_withdrawn" if args.withdraw else "cli.csb.deceased",
            list=args.list,
            candidate=args.candidate,
        )
    )
    return 0


def run_lot(args: Namespace) -> int:
    service = _service(args)
    try:
        result = service.draw_lot(login_coordinator(service.store, args.by), args.winner)
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(t("cli.csb.lot", winner=args.winner))
    if result.needs_lot is not None:
        print(t("cli.csb.needs_lot", request=lot_text(result.needs_lot)))
    return 0


def run_result(args: Namespace) -> int:
    try:
        result = _service(args).result()
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    print(json.dumps(to_json(result), ensure_ascii=False, indent=1))
    if result.needs_lot is not None:
        print(t("cli.csb.needs_lot", request=lot_text(result.needs_lot)), file=sys.stderr)
    return 0


def run_documents(args: Namespace) -> int:
    actor = f"cli:{getpass.getuser()}"
    try:
        service = _service(args)
        documents = service.seal(actor)
        pdf = documents.p22_pdf
    except Refusal as refused:
        raise CliError(refusal_text(refused)) from None
    out = Path(args.out)
    election = documents.data.election.id
    write_output(out / f"P22-2-{election}.pdf", pdf)
    write_output(out / f"Resultaat-{election}.eml.xml", documents.eml_520)
    print(t("cli.csb.documents", out=out, seq=documents.data.audit_seq, hash=documents.data.audit_head))
    if args.print:
        result = service.print_report(actor, out / f"P22-2-{election}.pdf", args.printer or "")
        if not result.printed:
            raise CliError(t("cli.csb.not_printed", detail=result.why(), path=result.path))
        print(
            t("cli.csb.printed", detail=result.why() or result.printer or t("print.default_printer"), path=result.path)
        )
    return 0
