"""Field codes of the polling-station report (DESIGN §4).

A field code is the stable key of one value: in the database, in JSON, on the
form, in the audit log and in validation messages. This module knows their
syntax, which of them exist for an election shape, and the paper form's order.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.domain.errors import UnknownField
from kiosk.domain.form_model import BIJLAGE_QUESTIONS, REPORT_TOPICS, SIGNATURE_BOXES, FormModel
from kiosk.domain.shape import ElectionShape

#: Tick boxes, in form order: D = H, H > D, H < D; difference explained yes / no.
TICK_BOXES: tuple[str, ...] = ("K.eq", "K.gt", "K.lt", "K.yes", "K.no")
#: Front-page counts that exist in every election (C depends on the election).
_FIXED_COUNTS = frozenset("ABCDEFGHIJ")

_LIST_VOTES = re.compile(r"E\.([1-9][0-9]*)")
_LIST_PAGE = re.compile(r"L([1-9][0-9]*)\.([1-9][0-9]*|T)")
_REPORT = re.compile(rf"R\.({'|'.join(REPORT_TOPICS)})\.(yes|no)")
_BIJLAGE = re.compile(rf"B1\.({'|'.join(BIJLAGE_QUESTIONS)})\.(yes|no)")
_SIGNATURE = re.compile(r"S\.([1-9][0-9]*)")


class FieldKind(enum.Enum):
    COUNT = "count"  # a whole number 0..999 999
    TICK = "tick"  # a tick box: true / false
    SIGNATURE = "signature"  # a signature box: signed (true) / left empty (false)


@dataclass(frozen=True)
class FieldRef:
    """A parsed field code. ``list_number`` is set for ``E.<l>`` and ``L<l>.*``;
    ``candidate`` for ``L<l>.<c>`` only."""

    code: str
    list_number: int | None = None
    candidate: int | None = None
    #: the model the field belongs to when it is not on every model (R.*, S.*: N 10-1; B1.*: the Bijlage)
    only_on: FormModel | None = None
    #: ``S.<n>``: the signature box's number
    signer: int | None = None

    @property
    def kind(self) -> FieldKind:
        if self.signer is not None:
            return FieldKind.SIGNATURE
        if self.code in TICK_BOXES or self.only_on is not None:
            return FieldKind.TICK
        return FieldKind.COUNT

    @property
    def is_list_votes(self) -> bool:
        """``E.<l>``: the list's total as summarised on the front page."""
        return self.code.startswith("E.")

    @property
    def is_list_total(self) -> bool:
        """``L<l>.T``: the total written at the bottom of the list page."""
        return self.code.startswith("L") and self.candidate is None


def list_votes_code(list_number: int) -> str:
    """``E.<l>``."""
    return f"E.{list_number}"


def candidate_code(list_number: int, position: int) -> str:
    """``L<l>.<c>``."""
    return f"L{list_number}.{position}"


def list_total_code(list_number: int) -> str:
    """``L<l>.T``."""
    return f"L{list_number}.T"


def parse_field(code: str) -> FieldRef:
    """Parse a code's syntax, without asking whether an election has the field.

    Raises UnknownField (``field.syntax``) for anything that is not a field code.
    """
    ref = _parse(code) if isinstance(code, str) else None
    if ref is None:
        raise UnknownField("field.syntax", f"{code!r} is not a field code", field=str(code))
    return ref


@lru_cache(maxsize=8192)
def _parse(code: str) -> FieldRef | None:
    # Cached: a form has up to a few thousand codes, parsed over and over.
    if code in _FIXED_COUNTS or code in TICK_BOXES:
        return FieldRef(code)
    if match := _LIST_VOTES.fullmatch(code):
        return FieldRef(code, list_number=int(match[1]))
    if match := _LIST_PAGE.fullmatch(code):
        candidate = None if match[2] == "T" else int(match[2])
        return FieldRef(code, list_number=int(match[1]), candidate=candidate)
    if _REPORT.fullmatch(code):
        return FieldRef(code, only_on=FormModel.N10_1)
    if _BIJLAGE.fullmatch(code):
        return FieldRef(code, only_on=FormModel.NA31_2_B1)
    if match := _SIGNATURE.fullmatch(code):
        return FieldRef(code, only_on=FormModel.N10_1, signer=int(match[1]))
    return None


def check_field(code: str, shape: ElectionShape) -> FieldRef:
    """Parse ``code`` and make sure the election has that field.

    Raises UnknownField: ``field.syntax``, ``field.no_voter_cards`` (C where the
    election has no voter cards), ``field.no_such_list``, ``field.no_such_candidate``,
    ``field.not_on_model`` (a question or signature the entered paper does not have).
    """
    ref = parse_field(code)
    if ref.only_on is not None and (ref.only_on is not shape.model or (ref.signer or 0) > SIGNATURE_BOXES):
        raise UnknownField(
            "field.not_on_model",
            f"{code} is not on the paper this election enters ({shape.model.value})",
            field=code,
            model=shape.model.value,
        )
    if ref.code == "C" and not shape.has_voter_cards:
        raise UnknownField(
            "field.no_voter_cards",
            "field C does not exist: this election has no voter cards (kiezerspassen)",
            field="C",
        )
    if ref.list_number is not None:
        if not shape.has_list(ref.list_number):
            raise UnknownField(
                "field.no_such_list", f"{code}: list {ref.list_number} does not exist", field=code, list=ref.list_number
            )
        size = shape.candidates(ref.list_number)
        if ref.candidate is not None and ref.candidate > size:
            raise UnknownField(
                "field.no_such_candidate",
                f"{code}: list {ref.list_number} has {size} candidates, not {ref.candidate}",
                field=code,
                list=ref.list_number,
                candidate=ref.candidate,
                size=size,
            )
    return ref


@lru_cache(maxsize=64)
def front_page_codes(shape: ElectionShape) -> tuple[str, ...]:
    """The counts, in the printed form's order: A B [C] D E.<l>... E F G H,
    then which of D = H, H > D, H < D (K.eq K.gt K.lt) with the difference I or J
    (on the official models each right under its tick), and whether it is
    explained (K.yes K.no)."""
    counts = ("A", "B", "C", "D") if shape.has_voter_cards else ("A", "B", "D")
    lists = tuple(list_votes_code(number) for number in shape.list_numbers)
    if shape.model is FormModel.SB_PV:
        differences = ("K.eq", "K.gt", "K.lt", "I", "J")
    else:  # the official models write I right under "H > D" and J under "H < D" (2.3.1, B1-3.3)
        differences = ("K.eq", "K.gt", "I", "K.lt", "J")
    return counts + lists + ("E", "F", "G", "H") + differences + ("K.yes", "K.no")


def list_page_codes(shape: ElectionShape, list_number: int) -> tuple[str, ...]:
    """One list page: every candidate in ballot order, then the list total L<l>.T.

    KeyError when the list does not exist."""
    size = shape.candidates(list_number)
    return tuple(candidate_code(list_number, c) for c in range(1, size + 1)) + (list_total_code(list_number),)


def question_codes(shape: ElectionShape) -> tuple[str, ...]:
    """The yes/no questions before the counts, in paper order: N 10-1 part 1
    (R.<topic>.yes/no), Na 31-2 Bijlage 1 B1-1 and B1-2 (B1.<question>.yes/no)."""
    if shape.model is FormModel.N10_1:
        return tuple(f"R.{topic}.{answer}" for topic in REPORT_TOPICS for answer in ("yes", "no"))
    if shape.model is FormModel.NA31_2_B1:
        return tuple(f"B1.{question}.{answer}" for question in BIJLAGE_QUESTIONS for answer in ("yes", "no"))
    return ()


def signature_codes(shape: ElectionShape) -> tuple[str, ...]:
    """N 10-1 Deel 3: S.1 (voorzitter) .. S.7; the other models are not signed here."""
    if shape.model is FormModel.N10_1:
        return tuple(f"S.{n}" for n in range(1, SIGNATURE_BOXES + 1))
    return ()


@lru_cache(maxsize=64)
def field_codes(shape: ElectionShape) -> tuple[str, ...]:
    """Every field of the form, in the paper's order: the questions of part 1 (or of
    the Bijlage), the front page's counts, the list pages in list-number order, and
    the signatures."""
    codes = list(question_codes(shape)) + list(front_page_codes(shape))
    for number in shape.list_numbers:
        codes.extend(list_page_codes(shape, number))
    return tuple(codes) + signature_codes(shape)


def field_kind(code: str) -> FieldKind:
    return parse_field(code).kind


def is_count(code: str) -> bool:
    """Whether the field holds a number (not a tick or a signature)."""
    return parse_field(code).kind is FieldKind.COUNT
