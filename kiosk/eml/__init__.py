"""EML_NL import (110a, 230b, 110b), export of definitions, and the import hash check.

Readers are pure functions on bytes: they validate against the Kiesraad's
strict schemas (packaged in ``xsd/``), check that the content is coherent, and
return the domain's election types. Anything they refuse raises ``EmlError``
with a stable ``code`` and a message that names the file and the problem.
"""

from kiosk.eml.belongs import check_belongs_to
from kiosk.eml.errors import EmlError, EmlWarning
from kiosk.eml.kinds import detect_kind
from kiosk.eml.model import CandidateLists, ElectionIdentity, StationList
from kiosk.eml.read import read_any
from kiosk.eml.read_110a import read_election_definition
from kiosk.eml.read_110b import read_polling_stations
from kiosk.eml.read_230b import read_candidate_lists
from kiosk.eml.xmlsafe import MAX_BYTES

__all__ = [
    "MAX_BYTES",
    "CandidateLists",
    "ElectionIdentity",
    "EmlError",
    "EmlWarning",
    "StationList",
    "check_belongs_to",
    "detect_kind",
    "read_any",
    "read_candidate_lists",
    "read_election_definition",
    "read_polling_stations",
]
