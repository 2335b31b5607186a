"""Driving the entry screen as a careful verifier would: look at the paper
(``paper``), accept a proposal only when it matches, else type the paper's value.
Counts the keys pressed, for tests and the keystroke benchmark."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.text import input_text


@dataclass
class Effort:
    fields: int = 0
    keys: int = 0
    per_field_ms: list[float] = field(default_factory=list)  # Enter until the pilot saw the app idle again
    shown_ms: list[float] = field(default_factory=list)  # Enter until the next field was on the screen
    crop_ms: list[float] = field(default_factory=list)  # Enter until its crop was drawn

    @property
    def keys_per_field(self) -> float:
        return self.keys / self.fields if self.fields else 0.0


def keys_for(code: str, value) -> list[str]:
    if value is None:
        return ["enter"]
    return [*input_text(code, value), "enter"]


async def enter_fields(
    pilot,
    paper: dict,
    *,
    overrides: dict | None = None,
    effort: Effort | None = None,
    timer=None,
    stop_at: str | None = None,
) -> Effort:
    """Confirm every pending field of the open EntryScreen, in the screen's order."""
    effort = effort or Effort()
    overrides = overrides or {}
    screen = pilot.app.screen
    assert isinstance(screen, EntryScreen)
    while screen.view.next_field is not None:
        current = screen.current
        if current.code == stop_at:
            break
        truth = overrides.get(current.code, paper.get(current.code))
        if not current.confirmed and current.proposal is not None and current.proposal == truth:
            keys = ["enter"]
        elif not current.confirmed and current.proposal is not None and truth is None:
            keys = ["-", "enter"]
        else:
            keys = keys_for(current.code, truth)
        await pilot.press(*keys[:-1])
        if timer is not None:
            timer.start()
        await pilot.press(keys[-1])  # Enter: confirm, commit, show the next field
        if timer is not None:
            effort.per_field_ms.append(timer.stop())
            if screen.view.next_field is not None:
                effort.shown_ms.append((screen.field_shown_at - timer.t0) * 1000)
                drawn = await _crop_of(pilot, screen, screen.current.code)
                if drawn is not None and drawn.at > timer.t0:
                    effort.crop_ms.append((drawn.at - timer.t0) * 1000)
        effort.fields += 1
        effort.keys += len(keys)
    return effort


async def _crop_of(pilot, screen, code: str, wait: float = 1.0):
    """The crop's ``Drawn`` once it shows ``code`` (it is drawn a frame after its field), or None
    when it did not within ``wait`` seconds, or when no crop was ever drawn (an entry without a scan)."""
    crop = screen.query_one("#crop")
    for _ in range(int(wait / 0.01)):
        drawn = getattr(crop, "drawn", None)
        if drawn is None or drawn.code == code:
            return drawn
        await pilot.pause(0.01)
    return None


async def acknowledge_all(pilot) -> int:
    """Enter on every open message (warnings checked, errors sent); the number of keys."""
    screen = pilot.app.screen
    keys = 0
    while screen.view.open_messages.messages:
        await pilot.press("f6", "enter")
        keys += 2
        await pilot.pause()
    return keys


async def to_counts(pilot, paper: dict | None = None) -> int:
    """Confirm the questions before the counts (part 1 of N 10-1, B1-1/B1-2 of the Bijlage) as the
    paper answers them (without a paper: every question "nee"), so the entry screen stands on A;
    returns A's index."""
    screen = pilot.app.screen
    assert isinstance(screen, EntryScreen)
    for _ in range(100):  # a refused key would otherwise keep the test here for ever
        code = screen.current.code
        if code == "A":
            break
        value = (paper or {}).get(code, code.endswith(".no"))
        await pilot.press(*keys_for(code, value))
        await pilot.pause()
    return screen.index
