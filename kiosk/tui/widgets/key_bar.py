"""The keys of the current screen, in the active language (a Footer with translated labels)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from kiosk.i18n import t


class KeyBar(Static):
    """``keys`` is a list of (key label, message key); shown as "F3 Scannen  F5 ...".

    Textual's Footer takes binding descriptions fixed at class definition; the
    kiosk switches language at run time, so it draws its own bar. A key and its
    words stay together on one line: the bar breaks between keys, never inside one."""

    def __init__(self, keys: list[tuple[str, str]], **kwargs):
        super().__init__(**kwargs)
        self.keys = keys

    def on_mount(self) -> None:
        self.retranslate()

    def on_resize(self) -> None:
        self.retranslate()

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        self.keys = keys
        self.retranslate()

    def retranslate(self) -> None:
        width = self.content_size.width or 10_000
        bar = Text()
        used = 0
        for key, text_key in self.keys:
            item = Text()
            item.append(f" {key} ", style="bold reverse")
            item.append(f" {t(text_key)}  ")
            if used and used + len(item.plain.rstrip()) > width:
                bar.append("\n")
                used = 0
            bar.append_text(item)
            used += len(item.plain)
        self.update(bar)
