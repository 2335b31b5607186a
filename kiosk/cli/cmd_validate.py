"""`kiosk validate FILE.json`: the Kiesraad rules on one station's results.

The file is untrusted and bounded before it is believed: at most MAX_BYTES (the results of 99
lists of 999 candidates take about 2 MB), JSON nested at most MAX_DEPTH deep (a results
document is 3 deep), no key twice in one object (JSON would silently keep the last one), and
the document's own bounds (``kiosk.domain.validation.document``: lists and candidates).
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.cli.json_file import read_json, shown_text
from kiosk.domain.validation.document import DocumentError, validate_document
from kiosk.i18n import refusal_text
from kiosk.i18n.untrusted import neutralise

MAX_DEPTH = 16


def register(commands) -> None:
    parser = commands.add_parser(
        "validate",
        help="validate one station's results JSON; exit 1 when an error rule fires",
        description='Input: {"election": {"has_C": false, "lists": {"1": 12}}, "fields": {"A": 812, ...}} '
        '(a missing or null field is empty). Output: {"errors": [{"code": "F.402", "list": 3}], '
        '"warnings": [{"code": "W.203"}]}. Exit 0 without errors (warnings allowed), 1 with errors, '
        "2 when the file cannot be read.",
    )
    parser.add_argument("file", metavar="FILE.json")
    parser.set_defaults(handler=run)


def run(args: Namespace) -> int:
    path = Path(args.file)
    shown = neutralise(str(path))
    document = read_json(path, "cli.validate", MAX_DEPTH)
    try:
        outcome = validate_document(document)
    except DocumentError as error:
        raise CliError(f"{shown}: {_problem(error)}") from None
    print(json.dumps(outcome, ensure_ascii=False))
    return 1 if outcome["errors"] else 0


def _problem(error: DocumentError) -> str:
    """The problem in words, named by its place in the document (``fields.L9.1``, ``election.has_C``)."""
    params = {name: shown_text(value) for name, value in error.params.items()}
    where = params.get("path", "")
    if "field" in params:  # a field's own refusal: its words start with the field, here its place
        return refusal_text(DocumentError(error.code, error.message, **{**params, "field": where}))
    shown = DocumentError(error.code, shown_text(error.message, 200), **params)
    return f"{where}: {refusal_text(shown)}" if where else refusal_text(shown)
