"""Words that depend on a number: "1 fout", "2 fouten".

A catalogue key may have a ``<key>.one`` sibling for a count of one; ``counted``
picks it when the count is 1 and otherwise the key itself.
"""

from __future__ import annotations

from kiosk.i18n import catalogue, t


def counted(key: str, count: int, **params: object) -> str:
    """The text of ``key`` (or ``key.one`` for exactly one) with ``count`` filled in."""
    chosen = f"{key}.one" if count == 1 and f"{key}.one" in catalogue() else key
    return t(chosen, count=count, **params)
