"""`kiosk validate FILE.json`: the Kiesraad rules on one station's results.

The file is untrusted and bounded before it is believed: at most MAX_BYTES (the results of 99
lists of 999 candidates take about 2 MB), JSON nested at most MAX_DEPTH deep (a results
document is 3 deep), no key twice in one object (JSON would silently keep the last one), and
the document's own bounds (``kiosk.domain.validation.document``: lists and candidates).
"""

from __future__ import annotations

import json
import re
from argparse import Namespace
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.domain.validation.document import DocumentError, validate_document
from kiosk.i18n import refusal_text, t
from kiosk.i18n.untrusted import neutralise

MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 16
#: Longest text of the file shown in a message.
SHOWN_CHARS = 40

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


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
    try:
        if not path.is_file():  # a FIFO or a device would block or never end
            raise CliError(t("cli.validate.unreadable", path=shown, error=t("cli.validate.not_regular")))
        if path.stat().st_size > MAX_BYTES:
            raise CliError(t("cli.validate.too_large", path=shown))
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:  # it grew meanwhile
            raise CliError(t("cli.validate.too_large", path=shown))
        text = raw.decode("utf-8")
    except OSError as error:
        raise CliError(t("cli.validate.unreadable", path=shown, error=error.strerror or error)) from None
    except UnicodeDecodeError:
        raise CliError(t("cli.validate.not_utf8", path=shown)) from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise CliError(t("cli.validate.too_deep", path=shown, depth=depth, maximum=MAX_DEPTH))
    try:
        document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates)
    except _DuplicateKey as error:
        raise CliError(t("cli.validate.duplicate_key", path=shown, name=_shown_text(error.key))) from None
    except (ValueError, RecursionError) as error:
        detail = _shown_text(str(error), 120)
        raise CliError(t("cli.validate.not_json", path=shown, error=detail)) from None
    try:
        outcome = validate_document(document)
    except DocumentError as error:
        raise CliError(f"{shown}: {_problem(error)}") from None
    print(json.dumps(outcome, ensure_ascii=False))
    return 1 if outcome["errors"] else 0


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return document


def nesting_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest, found without parsing it
    (brackets inside strings do not count); linear in the text."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _shown_text(value: object, limit: int = SHOWN_CHARS) -> object:
    """A text from the file as a message may show it: neutralised and cut short."""
    if not isinstance(value, str):
        return value
    shown = neutralise(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _problem(error: DocumentError) -> str:
    """The problem in words, named by its place in the document (``fields.L9.1``, ``election.has_C``)."""
    params = {name: _shown_text(value) for name, value in error.params.items()}
    where = params.get("path", "")
    if "field" in params:  # a field's own refusal: its words start with the field, here its place
        return refusal_text(DocumentError(error.code, error.message, **{**params, "field": where}))
    shown = DocumentError(error.code, _shown_text(error.message, 200), **params)
    return f"{where}: {refusal_text(shown)}" if where else refusal_text(shown)
