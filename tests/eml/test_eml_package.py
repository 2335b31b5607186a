"""The module ships what it needs: the schemas, their licence, and a message for every code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import kiosk.eml
from kiosk.eml.schema import SCHEMA_FILES, XSD_DIR, _PackagedOnly, schema_for
from kiosk.i18n import LANGUAGES, catalogue

EML_SOURCES = sorted(Path(kiosk.eml.__file__).parent.glob("*.py"))


def test_schemas_and_licence_are_packaged_with_the_module() -> None:
    assert (XSD_DIR / "LICENSE-EUPL-1.2.txt").is_file()
    assert (XSD_DIR / "external" / "xmldsig-core-schema.xsd").is_file()
    assert (XSD_DIR / "external" / "emltimestamp.xsd").is_file()
    for family, filename in SCHEMA_FILES.items():
        assert (XSD_DIR / filename).is_file()
        assert isinstance(schema_for(family), etree.XMLSchema)


def test_compiled_schemas_are_cached() -> None:
    assert schema_for("110a") is schema_for("110a")


class _Recording(_PackagedOnly):
    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        try:
            return super().resolve(url, pubid, context)
        except LookupError:
            self.refused.append(url)
            raise


@pytest.mark.parametrize("location", ["/etc/hostname", "http://example.org/remote.xsd", "../../../x.xsd"])
def test_schema_resolver_refuses_anything_outside_the_packaged_folder(location: str) -> None:
    text = (
        f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="{location}"/></xs:schema>'
    )
    resolver = _Recording()
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(resolver)
    document = etree.fromstring(text, parser, base_url=str(XSD_DIR / "probe.xsd")).getroottree()
    with pytest.raises((LookupError, etree.XMLSchemaParseError)):
        etree.XMLSchema(document)
    assert len(resolver.refused) == 1


def _codes(pattern: str) -> set[str]:
    found: set[str] = set()
    for path in EML_SOURCES:
        found |= set(re.findall(pattern, path.read_text()))
    return found


def test_every_error_and_warning_code_has_a_message_in_every_language() -> None:
    errors = _codes(r'EmlError\(\s*"eml\.(\w+)",\s*source=')
    warnings = _codes(r'EmlWarning\.of\(\s*"(\w+)"')
    assert len(errors) > 25 and len(warnings) >= 4, "the scan must find the codes"
    messages = catalogue()
    for key in [f"refusal.eml.{c}" for c in errors] + [f"eml.warning.{c}" for c in warnings]:
        assert key in messages, key
        assert all(messages[key][lang] for lang in LANGUAGES)
