"""The shape of a results form: which paper model is entered, does the election have
field C, and how many candidates each list has. It is all the results model and the
validation rules need to know about an election."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from kiosk.domain.election import Election
from kiosk.domain.errors import ShapeError
from kiosk.domain.form_model import FormModel


@dataclass(frozen=True)
class ElectionShape:
    """``has_voter_cards`` is DESIGN's ``has_C``; ``lists`` is (list number,
    number of candidates) pairs, kept sorted so equal shapes compare and hash
    equal; ``model`` is the paper entered (form_model). Build one with :meth:`of`
    or :meth:`from_election`."""

    has_voter_cards: bool
    lists: tuple[tuple[int, int], ...]
    model: FormModel = FormModel.SB_PV

    def __post_init__(self) -> None:
        if not isinstance(self.model, FormModel):
            raise ShapeError("shape.bad_model", f"unknown form model {self.model!r}", model=repr(self.model))
        if not isinstance(self.has_voter_cards, bool):
            raise ShapeError("shape.has_c_not_bool", "has_C must be true or false")
        seen: set[int] = set()
        for pair in self.lists:
            number, size = pair
            if not _is_int(number) or number < 1:
                raise ShapeError(
                    "shape.bad_list_number", f"list number {number!r} is not a positive whole number", list=number
                )
            if not _is_int(size) or size < 1:
                raise ShapeError(
                    "shape.bad_list_size",
                    f"list {number} must have at least one candidate, not {size!r}",
                    list=number,
                    size=size,
                )
            if number in seen:
                raise ShapeError("shape.duplicate_list", f"list {number} appears twice", list=number)
            seen.add(number)
        # Sorted pairs: the form's order and a canonical value for == and hash.
        object.__setattr__(self, "lists", tuple(sorted((int(n), int(s)) for n, s in self.lists)))

    @classmethod
    def of(
        cls,
        has_voter_cards: bool,
        lists: Mapping[int, int] | Iterable[tuple[int, int]],
        model: FormModel = FormModel.SB_PV,
    ) -> ElectionShape:
        pairs = lists.items() if isinstance(lists, Mapping) else lists
        return cls(has_voter_cards, tuple(pairs), model)

    @classmethod
    def from_election(cls, election: Election) -> ElectionShape:
        return cls.of(election.has_voter_cards, election.list_sizes(), FormModel.for_method(election.counting_method))

    @property
    def list_numbers(self) -> tuple[int, ...]:
        return tuple(number for number, _ in self.lists)

    @cached_property
    def _sizes(self) -> dict[int, int]:
        # Cached lookup table; fields are checked thousands of times per form.
        return dict(self.lists)

    def candidates(self, list_number: int) -> int:
        """Number of candidates of a list; KeyError when the list does not exist."""
        return self._sizes[list_number]

    def has_list(self, list_number: int) -> bool:
        return list_number in self._sizes


def _is_int(value: object) -> bool:
    # bool is an int subclass; True is not a list number.
    return isinstance(value, int) and not isinstance(value, bool)
