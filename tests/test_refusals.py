"""One way to refuse: a ``Refusal`` is a code and parameters; its words are made at the edge.

- Every refusal raised in ``kiosk/`` with a literal code has words, ``refusal.<code>``, in Dutch and
  English, using only the parameters its raise site passes (as far as the source shows them).
- ``str()`` of a refusal is English (for logs), whatever the operator's language; ``refusal_text``
  gives the operator's language.
- Words that cannot be made fail the test that made them (strict under pytest); on the kiosk they
  are logged and a short coded sentence is shown, never a traceback.
"""

from __future__ import annotations

import ast
import errno
import pickle
import re
import string
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.config import ConfigError, KioskConfig
from kiosk.domain.errors import DomainError
from kiosk.domain.refusal import Refusal
from kiosk.eml import EmlError
from kiosk.eml.hashcheck import parse_full_hash
from kiosk.services.auth import AuthError
from kiosk.services.election_import import ImportRefused
from kiosk.services.entry import EntryRefused
from kiosk.services.forms import FormsRefused
from kiosk.store.backup import BackupRefused
from kiosk.store.copying import os_refusal
from kiosk.store.faults import CODES, StoreFault
from kiosk.store.restore import RestoreRefused

KIOSK = Path(__file__).resolve().parents[1] / "kiosk"
#: Helpers that forward their first argument as a refusal code, with the parameters they add.
FORWARDERS = {"_error": {"path"}}  # kiosk/domain/validation/document.py


@pytest.fixture(autouse=True)
def _words_as_under_test():
    """Every test here starts strict and in Dutch, and leaves it so."""
    i18n.strict_words(None)
    i18n.set_language("nl")
    yield
    i18n.strict_words(None)
    i18n.set_language("nl")


# -- (a) the source: every coded raise site has words with its parameters ---------------------------


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(KIOSK.rglob("*.py"))}


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")


def refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of the classes that derive (by name, across modules) from ``Refusal``."""
    bases = {
        node.name: {_name(b) for b in node.bases}
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    found = {"Refusal"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def raise_sites(trees: dict[Path, ast.Module]) -> list[tuple[str, str, set[str] | None]]:
    """(where, code, keyword parameters or None when ``**params`` hides them) of every call
    ``SomeRefusal("code", ...)``, forwarder ``_error("code", ...)`` and ``super().__init__("code", ...)``
    inside a refusal class."""
    classes = refusal_classes(trees)
    sites = []
    for path, tree in trees.items():
        refusal_bodies = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and {_name(b) for b in node.bases} & classes
            for n in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            is_super_init = (
                name == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and _name(node.func.value.func) == "super"
                and id(node) in refusal_bodies
            )
            if not (name in classes or name in FORWARDERS or is_super_init):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # a code passed on (``error.code``) or made (``f"{area}.failed"``): tested elsewhere
            passed: set[str] | None = {k.arg for k in node.keywords if k.arg}
            if any(k.arg is None for k in node.keywords):
                passed = None
            else:
                passed |= FORWARDERS.get(name, set())
            sites.append((f"{path.relative_to(KIOSK.parent)}:{node.lineno}", first.value, passed))
    return sites


TREES = _trees()
SITES = raise_sites(TREES)


def test_the_scan_finds_the_refusals():
    classes = refusal_classes(TREES)
    assert {
        "DomainError",
        "EntryRefused",
        "AuthError",
        "ConfigError",
        "EmlError",
        "ImportRefused",
        "FormsRefused",
        "CopyRefused",
        "BackupRefused",
        "RestoreRefused",
        "StoreFault",
        "SheetError",
        "SealRefused",
        "BadAnchor",
        "NotADemoHome",
    } <= classes
    codes = {code for _, code, _ in SITES}
    assert len(codes) >= 150, len(codes)  # a broken scan must not pass the test below vacuously
    assert {
        "auth.locked",
        "config.unknown",
        "eml.not_xml",
        "import.wrong_order",
        "forms.unknown_station",
        "workflow.same_verifier",
        "seal.integrity",
        "audit.bad_anchor",
    } <= codes


def needed(text: str) -> set[str]:
    return {re.match(r"\w*", field).group() for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("where, code, passed", SITES, ids=[f"{code}@{where}" for where, code, _ in SITES])
def test_each_refusal_has_words_in_both_languages_with_its_parameters(where, code, passed):
    if code in i18n.COMPOSED:
        return  # worded by its own function (the air gap's reasons), tested with it
    texts = i18n.catalogue().get(f"refusal.{code}")
    assert texts is not None, f"{where}: refusal.{code} is not in the catalogue"
    assert set(texts) == set(i18n.LANGUAGES)
    if passed is None:
        return  # its parameters are passed on with **: not visible here
    available = passed | {f"{name}_name" for name in passed if name in i18n.NAMED_PARAMS}
    for language, text in texts.items():
        missing = needed(text) - available
        assert not missing, f"{where}: refusal.{code} ({language}) needs {missing}, the raise site passes {passed}"


@pytest.mark.parametrize("area", ["backup", "restore"])
@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EIO])
def test_the_copy_refusals_made_from_a_system_error_have_words(area, number):
    make = BackupRefused if area == "backup" else RestoreRefused
    refusal = os_refusal(make, area, OSError(number, "system words"), Path("/media/backup/kiosk.db"))
    assert refusal.code.startswith(f"{area}.")
    for language in i18n.LANGUAGES:
        assert "/media/backup/kiosk.db" in i18n.refusal_text_in(language, refusal)


@pytest.mark.parametrize("kind", CODES)
def test_every_storage_fault_has_words(kind):
    fault = StoreFault(kind, "/data/kiosk.db", "SQLite's words")
    assert fault.code == f"store.{kind}" and isinstance(fault, Refusal)
    for language in i18n.LANGUAGES:
        assert "SQLite's words" not in i18n.refusal_text_in(language, fault)  # the detail is for the log


def test_no_refusal_is_worded_outside_the_refusal_area():
    """One rule: a refusal's words are ``refusal.<code>``; the old places are gone."""
    old = [
        key
        for key in i18n.catalogue()
        if key.startswith(("auth.", "config.", "eml.error.", "sheet.error.", "import.already", "seal.integrity"))
        or key == "audit.bad_anchor"
    ]
    assert old == []


# -- (b) str() is English; refusal_text speaks the operator's language ------------------------------


def _examples() -> list[tuple[Refusal, str, str]]:
    """(refusal, Dutch words, English words)."""
    return [
        (
            AuthError("auth.password_too_short", minimum=13),
            "het wachtwoord moet minstens 13 tekens hebben",
            "the password must have at least 13 characters",
        ),
        (
            ConfigError("config.unknown", path="/data/kiosk.toml", names=["colour"]),
            "/data/kiosk.toml: onbekende instelling(en): colour",
            "/data/kiosk.toml: unknown setting(s): colour",
        ),
        (
            EmlError("eml.wrong_kind", source="lijsten.xml", expected_kind="110a", found_kind="230b"),
            "lijsten.xml: verwacht EML 110a (verkiezingsdefinitie), maar dit is EML 230b (kandidatenlijsten)",
            "lijsten.xml: expected EML 110a (election definition), but this is EML 230b (candidate lists)",
        ),
        (
            ImportRefused("import.wrong_order", source="sb.xml", kind="110b", expected_kind="230b"),
            "sb.xml: lees eerst de kandidatenlijsten (EML 230b) in",
            "sb.xml: import the candidate lists (EML 230b) first",
        ),
        (
            ImportRefused.of(EmlError("eml.empty", source="leeg.xml")),
            "leeg.xml: bestand is leeg",
            "leeg.xml: file is empty",
        ),
        (
            FormsRefused(
                "forms.unknown_station", "station 99 is not a polling station of GR2026", station=99, election="GR2026"
            ),
            "stembureau 99 is geen stembureau van GR2026",
            "station 99 is not a polling station of GR2026",
        ),
    ]


@pytest.mark.parametrize("refusal, dutch, english", _examples(), ids=lambda value: type(value).__name__)
@pytest.mark.parametrize("active", ["nl", "en"])
def test_str_is_english_and_refusal_text_follows_the_language(refusal, dutch, english, active):
    i18n.set_language(active)
    assert str(refusal) == english  # for logs: never the operator's language
    assert i18n.refusal_text(refusal) == (dutch if active == "nl" else english)
    assert isinstance(refusal, Refusal) and refusal.code and dict(refusal.params)


def test_the_classes_keep_their_names_and_their_other_bases():
    assert issubclass(ConfigError, ValueError)  # callers that catch ValueError keep working
    assert not issubclass(AuthError, DomainError) and issubclass(DomainError, Refusal)
    with pytest.raises(ValueError) as caught:
        parse_full_hash("abc")
    assert isinstance(caught.value, Refusal) and caught.value.code == "eml.hash.invalid_length"


def test_a_refused_settings_file_is_refused_with_a_code(tmp_path):
    (tmp_path / "kiosk.toml").write_text("printer = 3\n")
    with pytest.raises(ConfigError) as caught:
        KioskConfig.load(tmp_path)
    assert caught.value.code == "config.not_text" and caught.value.params["name"] == "printer"
    assert "printer must be text" in str(caught.value)
    assert "printer moet tekst zijn" in i18n.refusal_text(caught.value)


def test_params_are_read_only_and_a_refusal_survives_pickling():
    refusal = EntryRefused("workflow.wrong_state", "not now", status="scanned", action="resolve")
    with pytest.raises(TypeError):
        refusal.params["status"] = "definitive"  # type: ignore[index]
    for original in (
        refusal,
        StoreFault("full", "/data/kiosk.db", "disk full"),
        EmlError("eml.not_xml", source="x.xml", line=3, detail="oops"),
    ):
        copy = pickle.loads(pickle.dumps(original))
        assert (type(copy), copy.code, dict(copy.params), str(copy)) == (
            type(original),
            original.code,
            dict(original.params),
            str(original),
        )
        assert i18n.refusal_text(copy) == i18n.refusal_text(original)


def test_text_parameters_are_shown_neutralised():
    refusal = ImportRefused("import.hash_mismatch", source="lijst\u202egpj.xml")
    assert i18n.refusal_text(refusal).startswith("lijst<U+202E>gpj.xml: ")


def test_a_refusal_needs_a_code():
    with pytest.raises(TypeError):
        Refusal("")


# -- (c) words that cannot be made: a failing test here, a logged fault on the kiosk ----------------


def test_words_are_strict_under_the_tests():
    assert i18n.is_strict()


@pytest.mark.parametrize(
    "refusal",
    [
        AuthError("auth.password_too_short"),  # the words need {minimum}
        Refusal("nobody.words_this"),  # no catalogue entry
        ValueError("no code at all"),
    ],
    ids=["missing-parameter", "unknown-code", "no-code"],
)
def test_words_that_cannot_be_made_raise_under_the_tests(refusal):
    with pytest.raises(i18n.WordsFault):
        i18n.refusal_text(refusal)


def test_a_bad_format_raises_under_the_tests(monkeypatch):
    monkeypatch.setitem(
        i18n.catalogue(), "refusal.test.bad_format", {"nl": "{count:d} stuks", "en": "{count:d} pieces"}
    )
    with pytest.raises(i18n.WordsFault):
        i18n.refusal_text(Refusal("test.bad_format", count="three"))
    assert i18n.refusal_text(Refusal("test.bad_format", count=3)) == "3 stuks"


def test_on_the_kiosk_unworded_refusals_are_logged_and_shown_with_their_code(tmp_path):
    i18n.strict_words(False)
    i18n.report_faults_to(tmp_path)
    try:
        shown = i18n.refusal_text(AuthError("auth.password_too_short"))
    finally:
        i18n.report_faults_to(None)
    assert "auth.password_too_short" in shown and "Traceback" not in shown
    assert shown == i18n.t("refusal.unworded", code="auth.password_too_short")
    log = (tmp_path / "logs" / "errors.log").read_text()
    assert "WordsFault" in log and "minimum" in log


def test_str_never_fails_even_without_words():
    assert str(AuthError("auth.password_too_short")) == "refused: auth.password_too_short"
    assert str(AuthError("auth.nothing_like_it", who="x")) == "refused: auth.nothing_like_it (who='x')"
