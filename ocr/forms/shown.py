"""Names printed on a form, made visible: ocr's own copy of ``kiosk.i18n.untrusted.neutralise``
(``ocr`` never imports ``kiosk``; the kiosk neutralises names before they get here as well).

A control, format (bidi override, zero-width), private-use, surrogate or line/paragraph
separator character in a name becomes a visible ``<U+XXXX>``, so the printed form shows what is
there and the name cannot reorder or hide the text around it.
"""

from __future__ import annotations

import unicodedata

_UNSAFE = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def shown(text: str) -> str:
    text = str(text)
    if text.isprintable():
        return text
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in _UNSAFE else c for c in text)
