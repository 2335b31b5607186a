"""Reading a JSON file a person hands to a command (``kiosk validate``, ``kiosk seats``), safely.

A FIFO or device is never opened for reading, the size is capped before and while reading,
the nesting depth is measured before parsing (Python's parser recurses), ``NaN`` and
``Infinity`` are no numbers, and a key twice in one object is refused rather than silently
taking the last. Each refusal is a ``CliError`` in the command's own words
(``<words>.unreadable``, ``.not_regular``, ``.too_large``, ``.not_utf8``, ``.too_deep``,
``.duplicate_key``, ``.not_json``), naming the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kiosk.cli.errors import CliError
from kiosk.i18n import t
from kiosk.i18n.untrusted import neutralise

MAX_BYTES = 4 * 1024 * 1024
#: Longest text of the file shown in a message.
SHOWN_CHARS = 40

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def read_json(path: Path, words: str, max_depth: int, max_bytes: int = MAX_BYTES) -> object:
    """The document in ``path``, or CliError in the words of ``words`` (e.g. ``"cli.validate"``)."""
    shown = neutralise(str(path))
    try:
        if not path.is_file():  # a FIFO or a device would block or never end
            raise CliError(t(f"{words}.unreadable", path=shown, error=t(f"{words}.not_regular")))
        if path.stat().st_size > max_bytes:
            raise CliError(t(f"{words}.too_large", path=shown))
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
        if len(raw) > max_bytes:  # it grew meanwhile
            raise CliError(t(f"{words}.too_large", path=shown))
        text = raw.decode("utf-8")
    except OSError as error:
        raise CliError(t(f"{words}.unreadable", path=shown, error=error.strerror or error)) from None
    except UnicodeDecodeError:
        raise CliError(t(f"{words}.not_utf8", path=shown)) from None
    depth = nesting_depth(text)
    if depth > max_depth:
        raise CliError(t(f"{words}.too_deep", path=shown, depth=depth, maximum=max_depth))
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates)
    except _DuplicateKey as error:
        raise CliError(t(f"{words}.duplicate_key", path=shown, name=shown_text(error.key))) from None
    except (ValueError, RecursionError) as error:
        raise CliError(t(f"{words}.not_json", path=shown, error=shown_text(str(error), 120))) from None


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


def shown_text(value: object, limit: int = SHOWN_CHARS) -> object:
    """A text from the file as a message may show it: neutralised and cut short."""
    if not isinstance(value, str):
        return value
    shown = neutralise(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


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
