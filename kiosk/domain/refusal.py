"""The one way the kiosk refuses: a code and its parameters, never words.

Everything that refuses an input or an action (the domain, the services, EML import,
accounts, settings, backup and restore, the data directory) raises a ``Refusal``:

- ``code`` names the refusal, ``"area.name"`` (``"workflow.four_eyes"``, ``"eml.not_xml"``,
  ``"auth.locked"``). It is stable: tests, the audit log and the screens compare it.
- ``params`` (read-only) hold the data its words need: numbers, field codes, file names.
- Its words are made at the edges (CLI, TUI, PDF) by ``kiosk.i18n.refusal_text``, from the
  catalogue entry ``refusal.<code>`` — that is the one rule, for every refusal.
- ``str(refusal)`` is a plain English sentence for logs and developers, never the operator's
  language: the ``message`` given where it was raised, else ``english()`` (classes raised
  without a message word it from the English catalogue, see ``kiosk.i18n.EnglishStr``).

Pure: imports nothing of the project (``kiosk/domain``'s rule).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class Refusal(Exception):
    """An input or an action the kiosk refuses; nothing was written."""

    code: str
    message: str
    params: Mapping[str, Any]

    def __init__(self, code: str, message: str = "", /, **params: Any) -> None:
        if not isinstance(code, str) or not code:
            raise TypeError(f"a refusal needs a code, not {code!r}")
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.params = MappingProxyType(dict(params))

    def __str__(self) -> str:
        return self.message or self.english()

    def english(self) -> str:
        """The English sentence of a refusal raised without a message (for logs, never for the operator)."""
        return plain(self.code, self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r}, **{dict(self.params)!r})"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Subclasses have their own constructors, and keyword parameters do not survive
        # Exception's default pickling (a refusal crosses a process pool): rebuild from the state.
        state = dict(self.__dict__)
        state["params"] = dict(self.params)
        return _rebuild, (type(self), self.args, state)


def plain(code: str, params: Mapping[str, Any]) -> str:
    """``refused: <code> (name=value, ...)``: what a refusal says when nothing better is known."""
    details = ", ".join(f"{name}={value!r}" for name, value in sorted(params.items()))
    return f"refused: {code}" + (f" ({details})" if details else "")


def _rebuild(cls: type[Refusal], args: tuple, state: dict[str, Any]) -> Refusal:
    refusal = cls.__new__(cls)
    refusal.args = args
    state["params"] = MappingProxyType(state.get("params", {}))
    refusal.__dict__.update(state)
    return refusal
