"""`kiosk validate` against the rule table (DESIGN §5) and the JSON contract (§11)."""

import json

import pytest

from kiosk.cli import main

LISTS = {"1": 2, "2": 1}


def consistent(**changes):
    fields = {
        "A": 800,
        "B": 10,
        "D": 810,
        "E.1": 500,
        "E.2": 290,
        "E": 790,
        "F": 12,
        "G": 8,
        "H": 810,
        "I": 0,
        "J": 0,
        "K.eq": True,
        "K.gt": False,
        "K.lt": False,
        "L1.1": 300,
        "L1.2": 200,
        "L1.T": 500,
        "L2.1": 290,
        "L2.T": 290,
    }
    fields.update(changes)
    return {"election": {"has_C": False, "lists": LISTS}, "fields": fields}


def run(tmp_path, capsys, document, raw=None):
    path = tmp_path / "results.json"
    path.write_text(raw if raw is not None else json.dumps(document), encoding="utf-8")
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_consistent_form_passes(tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, consistent())
    assert code == 0 and json.loads(out) == {"errors": [], "warnings": []}


@pytest.mark.parametrize(
    "changes, errors, warnings",
    [
        ({"D": 811, "H": 811, "E": 791, "E.1": 501, "L1.1": 301, "L1.T": 501}, [{"code": "F.201"}], []),
        ({"E": 0}, [{"code": "F.204"}], []),  # F.204 suppresses F.202 and F.203
        ({"L1.T": 499}, [{"code": "F.402", "list": 1}, {"code": "F.403", "list": 1}], []),
        ({"L2.T": 0}, [{"code": "F.401", "list": 2}], []),
        ({"A": None}, [{"code": "F.001"}], []),
        # F = 25 with H = 810: threshold ceil(3% of 810) = 25: warns exactly at 3%.
        ({"F": 25, "G": 8, "E": 777, "E.1": 487, "L1.1": 287, "L1.T": 487}, [], [{"code": "W.201"}]),
        ({"F": 24, "G": 8, "E": 778, "E.1": 488, "L1.1": 288, "L1.T": 488}, [], []),
    ],
    ids=["F.201", "F.204", "F.402+F.403", "F.401", "empty-field", "W.201-exactly-3pct", "below-3pct"],
)
def test_rules_fire_as_the_table_says(tmp_path, capsys, changes, errors, warnings):
    code, out, _ = run(tmp_path, capsys, consistent(**changes))
    assert json.loads(out) == {"errors": errors, "warnings": warnings}
    assert code == (1 if errors else 0)


def test_warnings_alone_exit_zero(tmp_path, capsys):
    # |D - H| = 15 exactly: W.203 fires, and the form is otherwise consistent.
    document = consistent(D=825, A=815, **{"K.eq": False, "K.lt": True, "J": 15, "K.yes": True, "K.no": False})
    code, out, _ = run(tmp_path, capsys, document)
    assert json.loads(out) == {"errors": [], "warnings": [{"code": "W.203"}]}
    assert code == 0


@pytest.mark.parametrize(
    "raw, problem",
    [
        ("", "geen geldige JSON"),
        ("{not json", "geen geldige JSON"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": NaN}}', "geen geldige JSON"),
        ("[]", "object"),
        ('{"fields": {}}', "election"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"L9.1": 5}}', "L9.1"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": -1}}', "fields.A"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": "812"}}', "fields.A"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": 1000000}}', "fields.A"),
        ('{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"C": 3}}', "fields.C"),
    ],
)
def test_bad_input_exits_2_naming_file_and_problem(tmp_path, capsys, raw, problem):
    code, out, err = run(tmp_path, capsys, None, raw=raw)
    assert code == 2 and out == ""
    assert "results.json" in err and problem in err


def test_a_missing_file_exits_2(tmp_path, capsys):
    code = main(["validate", str(tmp_path / "nothing.json")])
    assert code == 2 and "nothing.json" in capsys.readouterr().err


@pytest.mark.parametrize(
    "raw, dutch, english",
    [
        ("[]", "moet een JSON-object zijn", "must be a JSON object"),
        (
            '{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"L9.1": 5}}',
            "fields.L9.1: lijst 9 bestaat niet",
            "fields.L9.1: list 9 does not exist",
        ),
        (
            '{"election": {"has_C": false, "lists": {"1": 2}}, "fields": {"A": -1}}',
            "fields.A: kan niet negatief zijn",
            "fields.A: cannot be negative",
        ),
        (
            '{"election": {"has_C": 3, "lists": {"1": 2}}}',
            "election.has_C: moet true of false zijn, niet 3",
            "election.has_C: must be true or false, not 3",
        ),
    ],
)
def test_problems_are_named_in_the_chosen_language(tmp_path, capsys, raw, dutch, english):
    path = tmp_path / "results.json"
    path.write_text(raw, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert dutch in capsys.readouterr().err
    assert main(["--lang", "en", "validate", str(path)]) == 2
    assert english in capsys.readouterr().err


def with_method(method: str, fields: dict) -> dict:
    document = consistent()
    document["election"]["counting_method"] = method
    document["fields"].update(fields)
    return document


def test_a_dso_n10_1_with_an_objection_and_two_signatures(tmp_path, capsys):
    answers = {f"R.{t}.{a}": a == "no" for t in ("obj_vote", "events", "notes_vote", "obj_count", "notes_count")
               for a in ("yes", "no")}  # fmt: skip
    answers.update({"R.obj_count.yes": True, "R.obj_count.no": False, "S.1": True, "S.2": True})
    code, out, _ = run(tmp_path, capsys, with_method("DSO", answers))
    assert code == 0 and json.loads(out) == {"errors": [], "warnings": [{"code": "SK.W01"}, {"code": "SK.W02"}]}


def test_a_cso_bijlage_with_an_unanswered_question(tmp_path, capsys):
    answers = {"B1.extra.no": True, "B1.recount.no": True, "B1.sb_explained.yes": True}
    code, out, _ = run(tmp_path, capsys, with_method("CSO", answers))
    assert code == 1 and json.loads(out) == {"errors": [{"code": "F.111"}], "warnings": []}


@pytest.mark.parametrize(
    ("method", "fields", "words"),
    [
        ("central", {}, "counting_method"),
        ("DSO", {"B1.extra.yes": True}, "B1.extra.yes"),
        ("CSO", {"S.1": True}, "S.1"),
    ],
)
def test_a_wrong_method_or_a_field_of_another_paper_is_named(tmp_path, capsys, method, fields, words):
    code, out, err = run(tmp_path, capsys, with_method(method, fields))
    assert code == 2 and out == "" and words in err
