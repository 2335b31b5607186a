"""`kiosk seats FILE.json`: the seat assignment and the elected candidates for given votes.

A calculation aid that can be checked on its own: votes in, every step of Kieswet chapter P
out (docs/seats.md has the format). No data directory is read or written.

The file is untrusted and bounded before it is believed, as for ``kiosk validate``: at most
MAX_BYTES, JSON nested at most MAX_DEPTH deep (the format is 3 deep), no key twice in one
object, no NaN or Infinity; then the format's own checks (``kiosk.domain.seats.document``).
Exit 0 with the result (also when a tie needs a lot: ``needs_lot`` says which), 2 with the
file and the problem when it cannot be believed.
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.cli.json_file import SHOWN_CHARS, read_json
from kiosk.domain.seats import SeatsRefused, apportion, parse, to_json
from kiosk.i18n import refusal_text
from kiosk.i18n.untrusted import neutralise

MAX_DEPTH = 8


def register(commands) -> None:
    parser = commands.add_parser(
        "seats",
        help="seat assignment and elected candidates for given votes (JSON in, JSON out)",
        description='Input: {"seats": 15, "lists": [{"number": 1, "candidates": [votes, ...]}, ...], '
        '"deceased": [[list, candidate], ...], "lots": [drawn, ...]} (deceased and lots optional). '
        'Output: {"quota": "80/1", "full_seats": {...}, "residual_seats": {...}, "total_seats": {...}, '
        '"unassigned_seats": 0, "steps": [...], "preference_threshold": "40/1", "elected": {"1": [...]}, '
        '"needs_lot": null}. When a tie needs a lot, needs_lot says between which lists or candidates and '
        "for what; record the drawn number in lots and run again. Exit 0 with a result, 2 when the file "
        "cannot be read. See docs/seats.md.",
    )
    parser.add_argument("file", metavar="FILE.json")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    path = Path(args.file)
    shown = neutralise(str(path))
    document = read_json(path, "cli.seats", MAX_DEPTH)
    try:
        contest, lots = parse(document)
        result = apportion(contest, lots)
    except SeatsRefused as refusal:
        raise CliError(f"{shown}: {_problem(refusal)}") from None
    print(json.dumps(to_json(result), ensure_ascii=False))
    return 0


def _cut(text: str, limit: int = SHOWN_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problem(refusal: SeatsRefused) -> str:
    """The problem in words, after its place in the file (``lists[2].candidates[5]: ...``);
    a text taken from the file (an unknown key) is cut short."""
    params = {name: _cut(value) if isinstance(value, str) else value for name, value in refusal.params.items()}
    words = refusal_text(SeatsRefused(refusal.code, refusal.message, **params))
    where = refusal.params.get("path", "")
    return f"{neutralise(_cut(where, 80))}: {words}" if where else words
