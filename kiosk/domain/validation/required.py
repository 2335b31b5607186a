"""F.001 (ours): a required field is empty.

Required, because the paper always has a number there:
  A, B, C (where the election has it), D, every E.l, E, F, G, H,
  every candidate L<l>.<c> and every list-page total L<l>.T.
  A candidate without votes has 0 written on the paper; an empty box is
  not 0 (DESIGN §4), so it is flagged for the coordinator, never assumed.
Required only when D and H are filled and differ:
  I when H > D, J when H < D (they hold the difference).
Never required:
  I and J otherwise (empty means none), and the tick and signature boxes
  (K.*, R.*, B1.*, S.*) -- an unread box counts as not ticked (not signed), and
  F.304/F.310, F.101-F.112 and SK.W01/SK.W03 report a wrong set of them.
"""

from __future__ import annotations

from kiosk.domain.fields import field_codes, is_count
from kiosk.domain.results import Results

_DIFFERENCES = ("I", "J")


def required_fields(results: Results) -> tuple[str, ...]:
    """The fields that must be filled on this form, in form order."""
    d, h = results.count("D"), results.count("H")
    difference_field = None
    if d is not None and h is not None and d != h:
        difference_field = "I" if h > d else "J"
    return tuple(
        code
        for code in field_codes(results.shape)
        if (is_count(code) and code not in _DIFFERENCES) or code == difference_field
    )


def f001(results: Results) -> tuple[str, ...]:
    """F.001: the required fields that are empty (in form order; none = rule silent)."""
    # Look at the empty slots first: a finished form has none or only optional
    # ones, and tabulation checks 450 forms of 3000 fields each.
    empty = [code for code, value in zip(field_codes(results.shape), results.slots) if value is None]
    if not empty:
        return ()
    required = set(required_fields(results))
    return tuple(code for code in empty if code in required)


def f001_fields(results: Results, empty: tuple[str, ...]) -> tuple[str, ...]:
    """What F.001 concerns: the empty fields; where I or J is among them (required
    because D and H differ), D and H too -- a wrong D or H may be the real slip."""
    if not {"I", "J"} & set(empty):
        return empty
    wanted = set(empty) | {"D", "H"}
    return tuple(code for code in field_codes(results.shape) if code in wanted)
