"""The one exception of EML import, and non-fatal warnings as data.

Both carry a stable ``code`` (for tests, logs and the audit trail) and the
parameters of the message; the text itself is looked up in the catalogue when
it is shown, so it follows the operator's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n import catalogue, t
from kiosk.i18n.untrusted import neutralise

# Parameters holding a code that has a name in the catalogue (an EML kind such
# as "110a", a compared item, a payload element) get a translated companion
# "<param>_name", so a template can say "EML 110a (verkiezingsdefinitie)".
_NAMED_PARAMS = {
    "kind": "eml.kind",
    "expected_kind": "eml.kind",
    "found_kind": "eml.kind",
    "declared_kind": "eml.kind",
    "item": "eml.item",
    "payload": "eml.payload",
}


def render(key: str, params: dict[str, object]) -> str:
    """The catalogue text for ``key`` with ``params`` and their translated companions.

    Text parameters come from the file (a name, an id, a parser's detail): they are shown
    neutralised, so a control or bidi character in them cannot disguise the message."""
    full = {name: neutralise(value) if isinstance(value, str) else value for name, value in params.items()}
    for name, area in _NAMED_PARAMS.items():
        if name in params:
            full[f"{name}_name"] = _optional_text(f"{area}.{params[name]}", str(params[name]))
    return t(key, **full)


def _optional_text(key: str, fallback: str) -> str:
    return t(key) if key in catalogue() else fallback


class EmlError(Exception):
    """An EML file that the kiosk refuses; ``str()`` names the file and the problem."""

    def __init__(self, source: str, code: str, **params: object) -> None:
        super().__init__(source, code, params)
        self.source = source
        self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return render(f"eml.error.{self.code}", self.params)

    def __str__(self) -> str:
        return f"{neutralise(self.source)}: {self.message}"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keyword parameters do not survive Exception's default pickling.
        return _restore_error, (self.source, self.code, self.params)


def _restore_error(source: str, code: str, params: dict[str, object]) -> EmlError:
    return EmlError(source, code, **params)


@dataclass(frozen=True)
class EmlWarning:
    """Something implausible but importable; shown to the operator, never silently dropped."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> EmlWarning:
        return cls(code, tuple(sorted(params.items())))

    @property
    def message(self) -> str:
        return render(f"eml.warning.{self.code}", dict(self.params))

    def __str__(self) -> str:
        return self.message
