"""Which EML message a file is: the ``Id`` on the root, checked against its content.

The root's ``Id`` says "110a", "230b", "510b", ...; the payload element says
what the file really contains. A file whose label and content disagree is
refused, because importing it under the wrong label would go unnoticed.
"""

from __future__ import annotations

from lxml import etree

from kiosk.eml.errors import EmlError
from kiosk.eml.ns import EML
from kiosk.eml.xmlsafe import parse_bytes

#: Payload element (child of the root) -> the kinds that carry it.
PAYLOAD_KINDS: dict[str, tuple[str, ...]] = {
    "ElectionEvent": ("110a", "110b"),
    "Nomination": ("210",),
    "CandidateList": ("230a", "230b", "230c"),
    "Count": ("510a", "510b", "510c", "510d"),
    "Result": ("520",),
    "OptionsList": ("630",),
}
KNOWN_KINDS = frozenset(kind for kinds in PAYLOAD_KINDS.values() for kind in kinds)
_PAYLOAD_OF = {kind: payload for payload, kinds in PAYLOAD_KINDS.items() for kind in kinds}


def kind_of(root: etree._Element, source: str) -> str:
    """The kind of a parsed document, or EmlError if it is not a coherent EML message."""
    qname = etree.QName(root)
    if qname.namespace != EML or qname.localname != "EML":
        raise EmlError("eml.not_eml", source=source, root=qname.localname, namespace=qname.namespace or "-")
    declared = (root.get("Id") or "").strip()
    if declared not in KNOWN_KINDS:
        raise EmlError("eml.unknown_kind", source=source, declared=declared or "-")
    children = (etree.QName(child) for child in root if isinstance(child.tag, str))
    payload = next((c.localname for c in children if c.namespace == EML and c.localname in PAYLOAD_KINDS), None)
    if payload is not None and payload != _PAYLOAD_OF[declared]:
        raise EmlError("eml.document_type_mismatch", source=source, declared_kind=declared, payload=payload)
    return declared


def detect_kind(data: bytes, source: str = "<bytes>") -> str:
    """'110a', '110b', '230b', '510b', ... for EML bytes; EmlError for anything else."""
    return kind_of(parse_bytes(data, source), source)


def expect_kind(root: etree._Element, source: str, expected: str) -> None:
    """EmlError unless the document is of the ``expected`` kind.

    A count (510) gets its own message: the kiosk never takes results from a
    digital carrier, so such a file is not "the wrong definition" but not
    importable at all.
    """
    found = kind_of(root, source)
    if found == expected:
        return
    if found.startswith("510"):
        raise EmlError("eml.count_file", source=source, expected_kind=expected, found_kind=found)
    raise EmlError("eml.wrong_kind", source=source, expected_kind=expected, found_kind=found)
