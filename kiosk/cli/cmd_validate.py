"""`kiosk validate FILE.json`: the Kiesraad rules on one station's results."""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.domain.validation.document import DocumentError, validate_document
from kiosk.i18n import refusal_text, t

MAX_BYTES = 10 * 1024 * 1024


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
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CliError(t("cli.validate.too_large", path=path))
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(t("cli.validate.unreadable", path=path, error=error.strerror or error)) from None
    except UnicodeDecodeError:
        raise CliError(t("cli.validate.not_utf8", path=path)) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        raise CliError(t("cli.validate.not_json", path=path, error=error)) from None
    try:
        outcome = validate_document(document)
    except DocumentError as error:
        raise CliError(f"{path}: {_problem(error)}") from None
    print(json.dumps(outcome, ensure_ascii=False))
    return 1 if outcome["errors"] else 0


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


def _problem(error: DocumentError) -> str:
    """The problem in words, named by its place in the document (``fields.L9.1``, ``election.has_C``)."""
    where = error.params.get("path", "")
    if "field" in error.params:  # a field's own refusal: its words start with the field, here its place
        return refusal_text(DocumentError(error.code, error.message, **{**error.params, "field": where}))
    return f"{where}: {refusal_text(error)}" if where else refusal_text(error)

