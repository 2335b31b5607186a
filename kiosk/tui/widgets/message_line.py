"""The line above the key bar where a screen says what it refused or what happened.

It is docked to the bottom of its screen, above the key bar (which is split off
the bottom in app.tcss), so it is never pushed off the screen by what the screen
shows above it, at any terminal size from 80×24 up: a refusal typed at the last
field of a long form is read where the eye already is. It keeps one row when
empty (the screen does not jump when a message comes) and grows to three rows
for a long message, wrapped.
"""

from __future__ import annotations

from textual.widgets import Static


class MessageLine(Static):
    """``say(text)`` shows a message, ``say("")`` clears it; ``text`` reads it back."""

    def __init__(self, text: str = "", **kwargs):
        super().__init__(text, **kwargs)
        self._text = text

    @property
    def text(self) -> str:
        return self._text

    def say(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update(text)

    def update(self, content="", *, layout: bool = True) -> None:  # type: ignore[override]
        self._text = str(content)
        super().update(content, layout=layout)
