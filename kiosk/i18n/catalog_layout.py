"""Texts about the terminal's size (the "make the window larger" screen)."""

MESSAGES = {
    "tui.too_small.title": {"nl": "Maak het venster groter", "en": "Make the window larger"},
    "tui.too_small.explain": {
        "nl": "De kiosk heeft minstens {columns} × {rows} tekens nodig; dit venster is {width} × {height}.",
        "en": "The kiosk needs at least {columns} × {rows} characters; this window is {width} × {height}.",
    },
    "tui.too_small.kept": {
        "nl": "Niets gaat verloren: het scherm komt terug zodra het venster groot genoeg is.",
        "en": "Nothing is lost: the screen comes back as soon as the window is large enough.",
    },
}
