"""An input that hands every key, in the order it was typed, to one consumer.

Why not a plain ``Input``: Textual gives a printable key to the focused Input's
own message queue, where it is inserted at once, but Enter, backspace and the
arrows are bindings, run only after the key has bubbled up to the app through
the queue of every container in between. A digit typed right after Enter was
therefore inserted into the old field before the Enter was acted on (and then
wiped, or submitted with it). Here nothing is left to the bindings: each key is
taken off this widget's one queue and given to ``consumer`` synchronously, and
the consumer's work (a confirmation committed to disk) is over before the next
key is looked at. Keys typed meanwhile wait in that queue, in order; none is
dropped or given to another widget.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.widgets import Input
from textual.widgets.input import Selection

from kiosk.tui.screens.fault import FaultGuard

#: The consumer: (key, printable character or None) -> whether it used the key.
Consumer = Callable[[str, "str | None"], bool]

#: Editing keys and the Input action each one runs.
EDITING = {
    "backspace": "delete_left",
    "delete": "delete_right",
    "left": "cursor_left",
    "right": "cursor_right",
    "home": "home",
    "end": "end",
    "ctrl+u": "delete_left_all",
}


class TypeAheadInput(FaultGuard, Input):
    """An ``Input`` whose keys all go, one at a time, to ``consumer``. A fault while the
    consumer works (a full disk during a confirmation) opens the fault screen; the field
    and its text stay as they were.

    ``edit(key, character)`` applies an editing key or a character to the text,
    for the consumer to call on the keys it leaves to the text."""

    def __init__(self, consumer: Consumer, **kwargs):
        super().__init__(**kwargs)
        self.consumer = consumer
        self.keys_taken = 0  # how many keys the consumer took (read by tests)

    async def _on_key(self, event: events.Key) -> None:
        # No default handling (Input's own insertion) in any case.
        event.prevent_default()
        if not self.has_focus:
            # Focus moved on (to the checks) while this key waited its turn: it is
            # not for a field; let it bubble to the bindings of what has focus now.
            return
        if self.consumer(event.key, event.character if event.is_printable else None):
            self.keys_taken += 1
            event.stop()

    def edit(self, key: str, character: str | None) -> bool:
        """Apply an editing key or a printable character to the text."""
        action = EDITING.get(key)
        if action is not None:
            getattr(self, f"action_{action}")()
            return True
        if character is not None:
            # As Input does: a character replaces selected text (a reopened value), else
            # goes in at the cursor. Input enforces max_length.
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(character)
            else:
                self.replace(character, *selection)
            return True
        return False

    def select_everything(self) -> None:
        """Select the whole text, so that typing replaces it and Enter keeps it."""
        self.selection = Selection(0, len(self.value))
