"""Turn untrusted bytes into an XML tree without letting the file hurt the kiosk.

EML files arrive on removable media from outside; a hostile or broken file must
be refused quickly and with a clear reason. Nothing here touches the network or
the file system, and no entity or DTD is ever expanded. Text holding a character that is not
shown as itself (``kiosk.eml.bounds.check_characters``) is refused.
"""

from __future__ import annotations

from lxml import etree

from kiosk.eml.bounds import check_characters
from kiosk.eml.errors import EmlError

#: Real EML files are far smaller (a 110b with 450 stations is ~1 MB); anything
#: bigger is refused before parsing so that memory and time stay bounded.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# EML never has a DTD; a DOCTYPE is how entity bombs and external entities get in.
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def _parser() -> etree.XMLParser:
    # A fresh parser per call: lxml parsers keep state and are not thread-safe.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def _looks_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<"))


def parse_bytes(data: bytes, source: str) -> etree._Element:
    """The root element of ``data``, or EmlError with a specific code."""
    if len(data) > MAX_BYTES:
        raise EmlError(
            "eml.too_large",
            source=source,
            size_mb=f"{len(data) / 1024 / 1024:.1f}",
            limit_mb=MAX_BYTES // 1024 // 1024,
        )
    body = bytes(data)
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    if not body.strip():
        raise EmlError("eml.empty", source=source)
    if b"\x00" in body[:4096] and not _looks_utf16(bytes(data)):
        raise EmlError("eml.binary", source=source)
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise EmlError("eml.dtd_forbidden", source=source)
    try:
        root = etree.fromstring(bytes(data), _parser())
    except etree.XMLSyntaxError as exc:
        detail = exc.msg if getattr(exc, "msg", None) else str(exc)
        raise EmlError("eml.not_xml", source=source, line=exc.lineno or 1, detail=detail) from None
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        raise EmlError("eml.dtd_forbidden", source=source)  # belt and braces for exotic encodings
    # A name with a hidden character (bidi override, zero-width, control) is refused here,
    # before any reader or message shows it.
    check_characters(root, source)
    return root
