"""Why a scanned file was not attached, in words: a refusal code of the page reader
(``ocr.register.REFUSALS``) or of the scan service, with its parameters, worded from
``scan.reason.<code>`` (``catalog_scan.py``) in a language.

The page reader gives codes and data, never words. What it gives that is not text yet is worded
here (``catalog_scan_reader.py``): ``corners``, the positions of the markers it did not find
(``top_left``, ...), become the ``names`` of ``markers_missing`` ("markeringen linksboven en
rechtsonder", "the top left and bottom right markers"); the ``problem`` of ``image_unreadable`` and
``qr_invalid`` and the ``problems`` of ``header_mismatch`` become their ``detail``. Text that comes
from outside (file names, decoder errors, what Tesseract read) is neutralised (``kiosk.i18n.untrusted``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kiosk.i18n import WordsFault, text_in, unworded
from kiosk.i18n import language as active_language
from kiosk.i18n.untrusted import neutralise


def _safe(params: Mapping[str, object]) -> dict[str, object]:
    return {name: neutralise(value) if isinstance(value, str) else value for name, value in params.items()}


def marker_names(corners: Iterable[str], language: str | None = None) -> str:
    """ "markering linksboven" / "markeringen linksboven, rechtsonder en midden onder" (in ``language``)."""
    lang = language or active_language()
    names = [text_in(lang, f"scan.marker.{corner}") for corner in corners]
    if len(names) == 1:
        return text_in(lang, "scan.markers.one", position=names[0])
    return text_in(lang, "scan.markers.many", positions=", ".join(names[:-1]), last=names[-1])


def header_problems(problems: Iterable[Mapping], language: str | None = None) -> str:
    """What the printed header says otherwise than the QR code, one problem after the other."""
    lang = language or active_language()
    return "; ".join(text_in(lang, f"scan.header.{p['code']}", **_safe(p.get("params") or {})) for p in problems)


def reason_params(code: str, params: Mapping[str, object], language: str | None = None) -> dict[str, object]:
    """The parameters of a refusal as its words take them (in ``language``)."""
    lang = language or active_language()
    words = _safe(params)
    if code == "markers_missing" and "corners" in words:
        words["names"] = marker_names(words.pop("corners"), lang)
    elif code == "image_unreadable" and "problem" in words:
        words["detail"] = text_in(lang, f"scan.image.{words.pop('problem')}", size=words.pop("size", ""))
    elif code == "qr_invalid" and "problem" in words:
        words["detail"] = text_in(lang, f"scan.qr.{words.pop('problem')}")
    elif code == "header_mismatch" and "problems" in words:
        words["detail"] = header_problems(words.pop("problems"), lang)
    return words


def reason_text(code: str, params: Mapping[str, object], language: str | None = None) -> str:
    """The words for a refusal (``scan.reason.<code>``) in ``language`` (default: the UI's)."""
    lang = language or active_language()
    return text_in(lang, f"scan.reason.{code}", **reason_params(code, params, lang))


def reason_text_or(code: str, params: Mapping[str, object], fallback: str) -> str:
    """``reason_text`` in the UI's language; words that cannot be made fail a test (strict) and on the
    kiosk are logged, ``fallback`` shown instead (the Dutch sentence recorded with the refusal)."""
    try:
        return reason_text(code, params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as failure:
        fault = WordsFault(f"scan.reason.{code} cannot be made from {sorted(params)}: {failure!r}")
        return unworded(fault, f"scan reason {code!r}", fallback)
