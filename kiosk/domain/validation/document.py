"""The results JSON of DESIGN §11, as used by ``kiosk validate`` and tests.

Input (already parsed from JSON)::

    {"election": {"has_C": false, "lists": {"1": 12, "2": 8}},
     "fields": {"A": 812, "B": 3, "L1.1": 210, "K.eq": true, ...}}

``lists`` maps list number -> number of candidates. An optional
``"counting_method"`` says which paper the fields come from: ``"DSO"`` (Model
N 10-1, with part 1's questions ``R.*`` and the signatures ``S.1``..``S.7``) or
``"CSO"`` (Na 31-2 Bijlage 1, with its questions ``B1.*``); without it, the
kiosk's counts-only form. A field that is missing or ``null`` is empty. Other keys
(e.g. a station number) are ignored.

Output: ``{"errors": [{"code": "F.402", "list": 3}, ...], "warnings": [{"code": "W.203"}]}``
with ``list`` only on list-level rules. A malformed document raises
DocumentError whose message names the place and the problem, e.g.
``fields.L9.1: list 9 does not exist``. Reading the file and exit codes are
the CLI's business.

Bounds: at most MAX_LISTS lists, numbered 1..MAX_LIST_NUMBER, each with 1..MAX_CANDIDATES
candidates (DESIGN: up to about 40 lists and 80 candidates; these are generous), so a
document of a few bytes cannot ask for a hundred million fields. Every check is linear.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.domain.errors import DomainError
from kiosk.domain.fields import check_field
from kiosk.domain.form_model import CountingMethod, FormModel
from kiosk.domain.results import Results, check_value
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate

#: Most lists one election may have in a results document.
MAX_LISTS = 99
#: Highest list number.
MAX_LIST_NUMBER = 99
#: Most candidates on one list.
MAX_CANDIDATES = 999


class DocumentError(DomainError):
    """A results document that cannot be read. ``params["path"]`` says where."""


def validate_document(doc: object) -> dict[str, list[dict[str, Any]]]:
    """Validate one station's results document; see the module docstring."""
    return validate(parse_document(doc)).to_json()


def parse_document(doc: object) -> Results:
    """The Results a document describes; DocumentError when it is malformed."""
    if not isinstance(doc, Mapping):
        raise _error("document.not_object", "", "the document must be a JSON object")
    shape = parse_shape(_required(doc, "election", ""))
    fields = _required(doc, "fields", "")
    if not isinstance(fields, Mapping):
        raise _error("document.not_object", "fields", "must be an object of field code -> value")
    values: dict[str, object] = {}
    for code, value in fields.items():
        path = f"fields.{code}"
        try:
            ref = check_field(code, shape)
            values[ref.code] = check_value(ref, value)
        except DomainError as problem:
            raise _error(problem.code, path, problem.message.removeprefix(f"{code}: "), **problem.params) from None
    return Results.from_mapping(shape, values)


def parse_shape(election: object) -> ElectionShape:
    """The shape in ``{"has_C": bool, "lists": {"<number>": <candidates>}, "counting_method": "DSO"}``."""
    if not isinstance(election, Mapping):
        raise _error("document.not_object", "election", 'must be an object with "has_C" and "lists"')
    has_c = _required(election, "has_C", "election")
    if not isinstance(has_c, bool):
        raise _error(
            "document.not_bool", "election.has_C", f"must be true or false, not {_short(has_c)}", value=_short(has_c)
        )
    lists = _required(election, "lists", "election")
    if not isinstance(lists, Mapping):
        raise _error("document.not_object", "election.lists", "must be an object of list number -> candidates")
    if len(lists) > MAX_LISTS:
        raise _error(
            "document.too_many_lists",
            "election.lists",
            f"at most {MAX_LISTS} lists, not {len(lists)}",
            count=len(lists),
            maximum=MAX_LISTS,
        )
    pairs: list[tuple[int, int]] = []
    seen: set[int] = set()
    for key, size in lists.items():
        path = f"election.lists.{key}"
        number = _list_number(key)
        if number is None:
            raise _error(
                "document.bad_list_number", path, f"{_short(key)} is not a list number (1, 2, ...)", value=_short(key)
            )
        if number > MAX_LIST_NUMBER:
            raise _error(
                "document.list_number_too_high",
                path,
                f"list numbers go up to {MAX_LIST_NUMBER}",
                value=_short(key),
                maximum=MAX_LIST_NUMBER,
            )
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise _error(
                "document.bad_list_size",
                path,
                f"number of candidates must be 1 or more, not {_short(size)}",
                value=_short(size),
            )
        if size > MAX_CANDIDATES:
            raise _error(
                "document.too_many_candidates",
                path,
                f"at most {MAX_CANDIDATES} candidates, not {size}",
                value=_short(size),
                maximum=MAX_CANDIDATES,
            )
        if number in seen:
            raise _error("document.duplicate_list", path, f"list {number} appears twice", list=number)
        seen.add(number)
        pairs.append((number, size))
    return ElectionShape.of(has_c, pairs, _model(election))


def _model(election: Mapping[str, Any]) -> FormModel:
    method = election.get("counting_method")
    if method is None:
        return FormModel.SB_PV
    if method not in ("DSO", "CSO"):
        raise _error(
            "document.bad_counting_method",
            "election.counting_method",
            f'must be "DSO" or "CSO", not {_short(method)}',
            value=_short(method),
        )
    return FormModel.for_method(CountingMethod(method))


def _list_number(key: object) -> int | None:
    # JSON keys are text ("3"); Python callers may pass ints. No "03", no "+3". A key of
    # thousands of digits is not converted: it is simply too high.
    if isinstance(key, int) and not isinstance(key, bool):
        return key if key >= 1 else None
    if isinstance(key, str) and key.isascii() and key.isdigit() and not key.startswith("0"):
        return int(key) if len(key) <= len(str(MAX_LIST_NUMBER)) else MAX_LIST_NUMBER + 1
    return None


def _short(value: object, limit: int = 20) -> str:
    """``repr(value)`` cut to ``limit`` characters, for a message about a value of any size."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f">{2**64}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _required(mapping: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in mapping or mapping[key] is None:
        path = f"{where}.{key}" if where else key
        raise _error("document.missing", path, "is missing")
    return mapping[key]


def _error(code: str, path: str, problem: str, **params: Any) -> DocumentError:
    params.pop("path", None)
    return DocumentError(code, f"{path}: {problem}" if path else problem, path=path, **params)
