"""The results of one polling station: field code -> value.

Values are exactly what the paper says. A count is a whole number 0..999 999,
a tick box is true or false, and an empty box is ``None`` -- never 0, because an
empty box is something to resolve, not a number. Anything else is refused here,
at input, so that no rule downstream ever sees it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Union

from kiosk.domain.errors import InvalidValue, UnknownField
from kiosk.domain.fields import FieldKind, FieldRef, check_field, field_codes, parse_field
from kiosk.domain.shape import ElectionShape

MAX_COUNT = 999_999

#: One field's value: a count, a tick, or empty.
Value = Union[int, bool, None]


def check_value(field: str | FieldRef, value: object) -> Value:
    """Return ``value`` when it fits the field's kind; raise InvalidValue otherwise.

    Codes: ``value.not_tick``, ``value.bool_in_count``, ``value.text``,
    ``value.not_whole``, ``value.not_a_number``, ``value.negative``, ``value.too_large``.
    Only the syntax of ``field`` is looked at; use check_field for existence.
    """
    ref = field if isinstance(field, FieldRef) else parse_field(field)
    code = ref.code
    if value is None:
        return None
    if ref.kind is not FieldKind.COUNT:
        if isinstance(value, bool):
            return value
        raise InvalidValue(
            "value.not_tick",
            f"{code} is a {ref.kind.value} box: true, false or empty, not {value!r}",
            field=code,
            value=repr(value),
        )
    if isinstance(value, bool):
        # bool is an int subclass in Python; a tick is not a count.
        raise InvalidValue(
            "value.bool_in_count", f"{code} is a count, not a tick ({value!r})", field=code, value=repr(value)
        )
    if isinstance(value, str):
        raise InvalidValue("value.text", f"{code} is a count; text {value!r} is not a number", field=code, value=value)
    if isinstance(value, float):
        raise InvalidValue(
            "value.not_whole", f"{code} is a count of whole votes, not {value!r}", field=code, value=repr(value)
        )
    if not isinstance(value, int):
        raise InvalidValue(
            "value.not_a_number", f"{code} is a count; {value!r} is not a number", field=code, value=repr(value)
        )
    if value < 0:
        raise InvalidValue("value.negative", f"{code} cannot be negative ({value})", field=code, value=value)
    if value > MAX_COUNT:
        raise InvalidValue(
            "value.too_large", f"{code} cannot exceed {MAX_COUNT} ({value})", field=code, value=value, maximum=MAX_COUNT
        )
    return int(value)  # a plain int even for int subclasses


@lru_cache(maxsize=64)
def _index(shape: ElectionShape) -> dict[str, int]:
    return {code: i for i, code in enumerate(field_codes(shape))}


@dataclass(frozen=True)
class Results(Mapping[str, Value]):
    """All values of one station's form, for one election shape.

    A Mapping over every field code of the shape, in the paper's order; empty
    fields map to None. Immutable: ``with_value`` returns a new Results. Build
    with :meth:`empty` or :meth:`from_mapping`; both refuse unknown fields and
    invalid values.
    """

    shape: ElectionShape
    slots: tuple[Value, ...]  # aligned with field_codes(shape); not `values`, which is Mapping.values()

    def __post_init__(self) -> None:
        codes = field_codes(self.shape)
        if len(self.slots) != len(codes):
            raise ValueError("Results.slots must hold one value per field code; use from_mapping")
        for code, value in zip(codes, self.slots):
            check_value(code, value)

    @classmethod
    def empty(cls, shape: ElectionShape) -> Results:
        return cls._trusted(shape, (None,) * len(field_codes(shape)))

    @classmethod
    def from_mapping(cls, shape: ElectionShape, values: Mapping[str, object]) -> Results:
        """Results from ``{code: value}``; a missing code is empty."""
        slots: list[Value] = [None] * len(field_codes(shape))
        index = _index(shape)
        for code, value in values.items():
            ref = check_field(code, shape)
            slots[index[ref.code]] = check_value(ref, value)
        return cls._trusted(shape, tuple(slots))

    # -- Mapping -------------------------------------------------------------
    def __getitem__(self, code: str) -> Value:
        index = _index(self.shape)
        if isinstance(code, str) and code in index:
            return self.slots[index[code]]
        check_field(code, self.shape)  # raises the precise UnknownField
        raise KeyError(code)  # pragma: no cover - check_field always raises here

    def __iter__(self) -> Iterator[str]:
        return iter(field_codes(self.shape))

    def __len__(self) -> int:
        return len(self.slots)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in _index(self.shape)

    def get(self, code: str, default: Value = None) -> Value:  # type: ignore[override]
        return self[code] if code in self else default

    # -- typed access ----------------------------------------------------------
    def count(self, code: str) -> int | None:
        value = self[code]
        if parse_field(code).kind is not FieldKind.COUNT:
            raise UnknownField("field.not_a_count", f"{code} is not a count", field=code)
        return value

    def ticked(self, code: str) -> bool:
        """Whether a tick box is ticked; an unread (empty) box is not ticked."""
        if check_field(code, self.shape).kind is not FieldKind.TICK:
            raise UnknownField("field.not_a_tick", f"{code} is a count, not a tick box", field=code)
        return self[code] is True

    def signed(self, code: str) -> bool:
        """Whether a signature box has a signature; an unread (empty) box has none."""
        if check_field(code, self.shape).kind is not FieldKind.SIGNATURE:
            raise UnknownField("field.not_a_signature", f"{code} is not a signature box", field=code)
        return self[code] is True

    def empty_fields(self) -> tuple[str, ...]:
        return tuple(code for code, value in zip(field_codes(self.shape), self.slots) if value is None)

    def is_complete(self) -> bool:
        return None not in self.slots

    # -- changes -----------------------------------------------------------------
    def with_value(self, code: str, value: object) -> Results:
        return self.with_values({code: value})

    def with_values(self, changes: Mapping[str, object]) -> Results:
        slots = list(self.slots)
        index = _index(self.shape)
        for code, value in changes.items():
            ref = check_field(code, self.shape)
            slots[index[ref.code]] = check_value(ref, value)
        return Results._trusted(self.shape, tuple(slots))

    @classmethod
    def _trusted(cls, shape: ElectionShape, slots: tuple[Value, ...]) -> Results:
        # Skips __post_init__'s full re-check: the callers checked each changed
        # value already, and re-checking 3000 fields per keystroke adds up.
        results = object.__new__(cls)
        object.__setattr__(results, "shape", shape)
        object.__setattr__(results, "slots", slots)
        return results

    def to_dict(self) -> dict[str, Value]:
        """Every field, in form order, empty ones as None (JSON-ready)."""
        return dict(zip(field_codes(self.shape), self.slots))

    def differing_fields(self, other: Results) -> tuple[str, ...]:
        """Codes whose values differ from ``other`` (same shape), in form order."""
        if other.shape != self.shape:
            raise UnknownField("field.shape_mismatch", "cannot compare results of different election shapes")
        return tuple(
            code for code, mine, theirs in zip(field_codes(self.shape), self.slots, other.slots) if mine != theirs
        )
