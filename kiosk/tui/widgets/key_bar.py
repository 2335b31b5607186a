"""The keys of the current screen, in the active language (a Footer with translated labels)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from kiosk.i18n import t


class KeyBar(Static):
    """``keys`` is a list of (key label, message key); shown as "F3 Scannen  F5 ...".

    Textual's Footer takes binding descriptions fixed at class definition; the
    kiosk switches language at run time, so it draws its own bar."""

    def __init__(self, keys: list[tuple[str, str]], **kwargs):
        super().__init__(**kwargs)
        self.keys = keys

    def on_mount(self) -> None:
        self.retranslate()

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        self.keys = keys
        self.retranslate()

    def retranslate(self) -> None:
        bar = Text()
        for key, text_key in self.keys:
            bar.append(f" {key} ", style="bold reverse")
            bar.append(f" {t(text_key)}  ")
        self.update(bar)
