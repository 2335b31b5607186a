"""XML namespaces of EML_NL and small helpers to read text from them."""

from __future__ import annotations

from lxml import etree

EML = "urn:oasis:names:tc:evs:schema:eml"
KR = "http://www.kiesraad.nl/extensions"
XAL = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"
XNL = "urn:oasis:names:tc:ciq:xsdschema:xNL:2.0"
DS = "http://www.w3.org/2000/09/xmldsig#"

#: Prefixes for ElementPath queries (``root.find("eml:ElectionEvent", NS)``).
NS = {"eml": EML, "kr": KR, "xal": XAL, "xnl": XNL, "ds": DS}


def q(prefix: str, name: str) -> str:
    """Clark notation, ``{namespace}name``, for building elements."""
    return f"{{{NS[prefix]}}}{name}"


def clean(text: str | None) -> str:
    """Text with whitespace collapsed, as xs:token would; None becomes ''."""
    return " ".join(text.split()) if text else ""


def text_of(parent: etree._Element, path: str) -> str:
    """Collapsed text of the first element at ``path`` below ``parent``, or ''."""
    element = parent.find(path, NS)
    return clean("".join(element.itertext())) if element is not None else ""
