"""Import of the Kiesraad's example EML files through the import service."""

import hashlib

import pytest

from kiosk.i18n import refusal_text
from kiosk.services import election_import
from kiosk.services.election_import import ImportRefused
from kiosk.store import audit
from kiosk.store import elections as repo


def do_import(store, path, actor="tester"):
    data = path.read_bytes()
    return election_import.import_with_hash(store, data, str(path), hashlib.sha256(data).hexdigest(), actor)


def snapshot(store):
    """Everything a refused import must leave untouched."""
    return audit.head(store.db), repo.table_counts(store.db)


def assert_refused_and_unchanged(store, path_or_bytes, source="input.xml", match=None):
    before = snapshot(store)
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    name = source if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    with pytest.raises(ImportRefused) as refused:
        election_import.import_with_hash(store, data, name, hashlib.sha256(data).hexdigest(), "tester")
    assert snapshot(store) == before
    message = refusal_text(refused.value)
    assert name.rsplit("/", 1)[-1] in message, message
    if match:
        assert match in message, message
    return refused.value


@pytest.fixture
def examples(shared_eml):
    return shared_eml / "examples"


@pytest.fixture
def gr_store(store, examples):
    do_import(store, examples / "eml110a_test.eml.xml")
    return store


def test_the_gr_test_election_imports_in_order(store, examples):
    assert do_import(store, examples / "eml110a_test.eml.xml") == {"election_id": "GR2022_Test", "category": "GR"}
    summary = do_import(store, examples / "eml230b_test.eml.xml")
    assert summary["lists"] > 0 and summary["candidates"] >= summary["lists"]
    summary = do_import(store, examples / "eml110b_test.eml.xml")
    assert summary["stations"] > 0
    election = repo.load_election(store.db)
    assert election.id == "GR2022_Test" and not election.has_voter_cards
    assert len(election.lists) == 1 or all(pl.candidates for pl in election.lists)
    assert [row["action"] for row in reversed(audit.rows(store.db))] == ["import.110a", "import.230b", "import.110b"]
    assert audit.verify(store.db).ok


def test_the_waterschap_test_election_imports(store, examples):
    do_import(store, examples / "eml110a_test_AB.eml.xml")
    election = repo.load_election(store.db)
    assert election.category == "AB" and election.has_voter_cards


def test_a_single_station_file_imports(gr_store, examples):
    do_import(gr_store, examples / "eml230b_test.eml.xml")
    assert do_import(gr_store, examples / "eml110b_1_station.eml.xml") == {"stations": 1, "authority": "0000"}
    election = repo.load_election(gr_store.db)
    assert (election.authority_id, election.authority_name, election.number_of_voters) == ("0000", "Test", 612694)


@pytest.mark.parametrize(
    "name",
    [
        "eml110a_invalid_election_category_and_sub_category_mismatch.eml.xml",
        "eml110a_invalid_election_limited_elections_supported.eml.xml",
        "eml110a_invalid_election_missing_election_domain.eml.xml",
    ],
)
def test_invalid_election_definitions_are_refused(store, examples, name):
    assert_refused_and_unchanged(store, examples / name)


@pytest.mark.parametrize(
    "name",
    [
        "eml230b_invalid_document_type.eml.xml",
        "eml230b_invalid_empty_affiliates.eml.xml",
        "eml230b_invalid_empty_candidates.eml.xml",
        "eml230b_invalid_incorrect_election.eml.xml",
        "eml230b_invalid_incorrect_election_date.eml.xml",
        "eml230b_invalid_incorrect_election_domain.eml.xml",
        "eml230b_invalid_incorrect_election_type.eml.xml",
        "eml230b_invalid_missing_authority.eml.xml",
    ],
)
def test_invalid_candidate_lists_are_refused(gr_store, examples, name):
    assert_refused_and_unchanged(gr_store, examples / name)


def test_stations_of_another_election_are_refused(gr_store, examples):
    do_import(gr_store, examples / "eml230b_test.eml.xml")
    assert_refused_and_unchanged(gr_store, examples / "eml110b_not_matching_election_id.eml.xml", match="EP2024")


def test_a_count_file_cannot_be_imported_as_a_definition(store, examples):
    assert_refused_and_unchanged(store, examples / "deserialize_eml510b_test.eml.xml", match="510b")


def test_files_must_come_in_order_and_only_once(store, examples):
    # A 230b before its 110a: the election it names is not imported.
    refused = assert_refused_and_unchanged(store, examples / "eml230b_test.eml.xml", match="110a")
    assert refused.code == "import.no_definition" and refused.params["election"] == "GR2022_Test"
    do_import(store, examples / "eml110a_test.eml.xml")
    assert_refused_and_unchanged(store, examples / "eml110b_test.eml.xml", match="230b")
    refused = assert_refused_and_unchanged(store, examples / "eml110a_test.eml.xml")
    assert refused.code == "import.already_imported"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"this is not XML at all",
        bytes(range(256)) * 64,
        b"<?xml version='1.0'?><html><body>hello</body></html>",
        b"<?xml version='1.0'?><EML xmlns='urn:oasis:names:tc:evs:schema:eml' Id='110a'><broken>",
    ],
    ids=["empty", "text", "binary", "other-xml", "truncated"],
)
def test_garbage_is_refused_and_nothing_written(store, data):
    assert_refused_and_unchanged(store, data, source="garbage.eml.xml")


def test_huge_garbage_is_refused_before_parsing(store):
    huge = b"<" + b"x" * (election_import.MAX_FILE_BYTES + 10)
    refused = assert_refused_and_unchanged(store, huge, source="huge.eml.xml", match="te groot")
    assert refused.code == "import.too_large"


def test_a_wrong_hash_refuses_the_import(store, examples):
    path = examples / "eml110a_test.eml.xml"
    before = snapshot(store)
    with pytest.raises(ImportRefused) as refused:
        election_import.import_with_hash(store, path.read_bytes(), str(path), "ab" * 32, "tester")
    assert refused.value.code == "import.hash_mismatch"
    assert snapshot(store) == before
