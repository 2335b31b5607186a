"""Typing faster than the kiosk commits: keys sent the way a terminal sends them.

The real driver reads the keyboard in its own thread and posts each key to the
app's event loop as it comes, whatever the app is doing. ``burst`` does the
same from a thread, at a fixed pace, so keys pile up while a commit is slow
(the pilot's ``press`` waits for the app to be idle after each key and so can
never type ahead)."""

from __future__ import annotations

import threading
import time
import unicodedata

from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

from kiosk.domain.fields import is_count
from tests.tui.driving import keys_for


def key_event(key: str) -> events.Key:
    """The event the terminal driver makes for ``key`` (as Pilot.press does)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original = REPLACED_KEYS.get(key, key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


def burst(app, keys: list[str], interval: float) -> threading.Thread:
    """Send ``keys`` to ``app`` from another thread, one every ``interval`` seconds."""
    driver = app._driver

    def send() -> None:
        for key in keys:
            event = key_event(key)
            event.set_sender(app)
            driver.send_message(event)
            time.sleep(interval)

    thread = threading.Thread(target=send, name="burst", daemon=True)
    thread.start()
    return thread


def slow_commits(service, seconds: float) -> list[str]:
    """Make every confirmation take ``seconds`` longer (a slow disk sync); returns the
    codes in the order they were committed."""
    committed: list[str] = []
    confirm = service.confirm

    def slow_confirm(account, station, entry, code, value):
        time.sleep(seconds)
        state = confirm(account, station, entry, code, value)
        committed.append(code)
        return state

    service.confirm = slow_confirm
    return committed


def corrected(code: str, proposal):
    """A value that differs from OCR's proposal: what the paper says instead."""
    if not is_count(code):
        return not proposal
    return proposal + 1 if proposal < 999_999 else proposal - 1


def script(fields, paper: dict, correct_every: int = 3) -> tuple[list[str], dict, set[str]]:
    """The keys a verifier types for ``fields`` (in order), the values they mean and
    the fields where they typed over a proposal.

    Every ``correct_every``-th proposal is wrong on purpose: its digits are typed
    right after the previous field's Enter. Some typed values get a slip first
    (an extra 9, taken back with backspace)."""
    keys: list[str] = []
    meant: dict = {}
    corrections: set[str] = set()
    proposals_seen = 0
    for number, field in enumerate(fields):
        code, proposal = field.code, field.proposal
        truth = paper.get(code)
        if proposal is not None:
            proposals_seen += 1
            if proposals_seen % correct_every == 0:
                truth = corrected(code, proposal)
                corrections.add(code)
        if proposal is not None and proposal == truth:
            typed = ["enter"]
        elif proposal is not None and truth is None:
            typed = ["-", "enter"]
        else:
            typed = keys_for(code, truth)
            if is_count(code) and truth is not None and number % 4 == 0:
                typed = [*typed[:-1], "9", "backspace", "enter"]
        keys += typed
        meant[code] = truth
    return keys, meant, corrections
