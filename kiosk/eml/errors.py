"""The one exception of EML import, and non-fatal warnings as data.

Both are a stable ``code`` and the parameters of its words, never words: a refused file is an
``EmlError("eml.<name>", source=<file name>, ...)`` (a ``Refusal``, worded at the edge from
``refusal.eml.<name>`` by ``kiosk.i18n.refusal_text``); a warning is an ``EmlWarning`` (worded
by ``kiosk.i18n.warning_text`` from ``eml.warning.<code>``). So the words follow the operator's
language, and text parameters from the file are shown neutralised where they become words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.domain.refusal import Refusal
from kiosk.i18n import EnglishStr


class EmlError(EnglishStr, Refusal):
    """An EML file that the kiosk refuses: ``EmlError("eml.<name>", source=..., **params)``.

    ``str()`` is English and names the file (``source``, a parameter of every EML refusal)."""

    def __init__(self, code: str, /, *, source: str, **params: Any) -> None:
        super().__init__(code, "", source=source, **params)

    @property
    def source(self) -> str:
        return str(self.params["source"])


class HashTextRefused(EnglishStr, Refusal, ValueError):
    """Typed or pasted text that is not a SHA-256 (``eml.hash.invalid_chars`` / ``eml.hash.invalid_length``)."""


@dataclass(frozen=True)
class EmlWarning:
    """Something implausible but importable; shown to the operator, never silently dropped.

    Data, not words: ``kiosk.i18n.warning_text`` words it (``eml.warning.<code>``)."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> EmlWarning:
        return cls(code, tuple(sorted(params.items())))
