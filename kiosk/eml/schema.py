"""Validation against the Kiesraad's strict EML_NL schemas shipped in ``xsd/``.

The schemas include and import each other by relative path; a resolver keeps
every lookup inside the packaged folder, so validation works offline and a
schema can never make the kiosk reach for the network.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from lxml import etree

from kiosk.eml.errors import EmlError

XSD_DIR = (Path(__file__).parent / "xsd").resolve()

#: Schema family (the part of the kind that picks the XSD) -> file in XSD_DIR.
SCHEMA_FILES = {
    "110a": "110a-electionevent-kiesraad-strict.xsd",
    "110b": "110b-electionevent-kiesraad-strict.xsd",
    "230": "230-candidatelist-kiesraad-strict.xsd",
    "510": "510-count-kiesraad-strict.xsd",
    "520": "520-result-kiesraad-strict.xsd",
}


class _PackagedOnly(etree.Resolver):
    """Resolve schema includes to files in XSD_DIR; refuse everything else."""

    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        if url.startswith("file:"):
            url = url2pathname(urlparse(url).path)
        path = Path(url).resolve()
        if path.is_relative_to(XSD_DIR) and path.is_file():
            return self.resolve_filename(str(path), context)
        raise LookupError(f"schema reference outside the packaged XSDs refused: {url}")


def schema_family(kind: str) -> str:
    """'110a' -> '110a', '230b' -> '230', '510b' -> '510'."""
    return kind if kind in SCHEMA_FILES else kind[:3]


@cache
def schema_for(family: str) -> etree.XMLSchema:
    """The compiled schema, built once per process (compiling takes ~20 ms)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_PackagedOnly())
    document = etree.parse(str(XSD_DIR / SCHEMA_FILES[family]), parser)
    return etree.XMLSchema(document)


_CLARK = re.compile(r"\{[^}]*\}")


def schema_problem(root: etree._Element, kind: str) -> tuple[int, str] | None:
    """(line, readable message) of the first schema violation, or None if valid."""
    schema = schema_for(schema_family(kind))
    if schema.validate(root):
        return None
    first = schema.error_log[0]
    # Namespaces make the message unreadable for an operator; the line number
    # and the element's local name are what help.
    return first.line, _CLARK.sub("", first.message)


def validate(root: etree._Element, kind: str, source: str) -> None:
    """EmlError (code ``eml.schema``) unless ``root`` is valid for ``kind``."""
    problem = schema_problem(root, kind)
    if problem is not None:
        line, detail = problem
        raise EmlError("eml.schema", source=source, kind=kind, line=line, detail=detail)
