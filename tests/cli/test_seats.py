"""`kiosk seats FILE.json` (docs/seats.md): hand-checked results for fewer than and for 19 or
more seats (an absolute-majority correction, an exhausted list, lots), and bad input refused
with exit 2, the file and the place named, and nothing written."""

import json

import pytest

from kiosk.cli import main


def run(tmp_path, capsys, document=None, raw=None, *options):
    path = tmp_path / "zetels.json"
    if raw is None:
        raw = json.dumps(document)
    if isinstance(raw, bytes):
        path.write_bytes(raw)
    else:
        path.write_text(raw, encoding="utf-8")
    home = tmp_path / "home"
    code = main(["--home", str(home), *options, "seats", str(path)])
    out, err = capsys.readouterr()
    assert not home.exists()  # a calculation: no data directory is made or written
    return code, out, err


def lists(*candidate_votes):
    return [{"number": n, "candidates": list(votes)} for n, votes in enumerate(candidate_votes, start=1)]


def test_fewer_than_19_seats_with_the_absolute_majority_correction(tmp_path, capsys):
    """GR2022, 15 seats, by hand: quota 5104/15 = 340 4/15; full seats 7, 2, 1, 1, 1 (12);
    remainders 189 2/15, 296 7/15, 226 11/15, 195 11/15, 112 11/15: lists 2, 3, 4 get the
    3 residual seats; list 1 has 2571 > 2552 votes but 7 of 15 seats, so list 4 gives up the
    last residual seat to it (P 9). Preference threshold 2552/15 = 170 2/15."""
    document = {
        "seats": 15,
        "lists": lists(
            [1069, 303, 321, 210, 36, 101, 79, 121, 150, 149, 15, 17],
            [452, 39, 81, 76, 35, 109, 29, 25, 17, 6, 18, 9, 25, 30, 5, 18, 3],
            [229, 63, 65, 9, 10, 58, 29, 50, 6, 11, 37],
            [347, 33, 14, 82, 30, 30],
            [266, 36, 39, 36, 38, 38],
        ),
    }
    code, out, err = run(tmp_path, capsys, document)
    assert code == 0 and err == ""
    result = json.loads(out)
    assert result["quota"] == "5104/15" and result["preference_threshold"] == "2552/15"
    assert result["full_seats"] == {"1": 7, "2": 2, "3": 1, "4": 1, "5": 1}
    assert result["total_seats"] == {"1": 8, "2": 3, "3": 2, "4": 1, "5": 1}
    assert [step["step"] for step in result["steps"]] == ["largest_remainder"] * 3 + ["absolute_majority"]
    assert [step["remainder"] for step in result["steps"][:3]] == ["4447/15", "3401/15", "2936/15"]
    assert result["steps"][3] == {
        "step": "absolute_majority",
        "article": "P 9",
        "from_list": 4,
        "to_list": 1,
        "tied": [4],
        "lot": False,
    }
    assert result["elected"] == {"1": [1, 3, 2, 4, 5, 6, 7, 8], "2": [1, 2, 3], "3": [1, 2], "4": [1], "5": [1]}
    assert result["needs_lot"] is None and result["unassigned_seats"] == 0


def test_an_exhausted_list_gives_its_seat_to_another(tmp_path, capsys):
    """15 seats, 6000 votes, quota 400: full seats 5, 4, 3, 2, 1 = 15, but list 1 has 4
    candidates; its fifth (full) seat is withdrawn (P 10) and goes by largest remainder to the
    only list with candidates left and 75 % of the quota: list 5 (remainder 0)."""
    document = {"seats": 15, "lists": lists([500] * 4, [400] * 4, [400] * 3, [400] * 2, [200] * 2)}
    code, out, _ = run(tmp_path, capsys, document)
    result = json.loads(out)
    assert code == 0 and result["quota"] == "400/1"
    assert result["full_seats"] == {"1": 4, "2": 4, "3": 3, "4": 2, "5": 1}
    assert result["total_seats"] == {"1": 4, "2": 4, "3": 3, "4": 2, "5": 2}
    assert result["steps"][0] == {"step": "list_exhaustion", "article": "P 10", "list": 1, "seat": "full"}
    assert result["steps"][1]["step"] == "largest_remainder" and result["steps"][1]["list"] == 5
    assert result["elected"]["1"] == [1, 2, 3, 4]


def test_19_or_more_seats_with_a_lot(tmp_path, capsys):
    """23 seats, 1200 votes, quota 1200/23: full seats 9, 2, 2, 2, 2, 2 (19); averages
    500/10 = 50 against 140/3 = 46 2/3: residual seat 1 to list 1, then lists 2-6 tie at
    46 2/3 for 3 seats: a lot for each."""
    document = {"seats": 23, "lists": lists([500], [140], [140], [140], [140], [140])}
    document["lists"] = [
        {"number": item["number"], "candidates": item["candidates"] + [0] * 11} for item in document["lists"]
    ]
    code, out, _ = run(tmp_path, capsys, document)
    first = json.loads(out)
    assert code == 0 and first["elected"] is None
    assert first["needs_lot"] == {
        "between": "lists",
        "for": "residual_seat",
        "article": "P 7",
        "seat": 2,
        "method": "highest_average",
        "average": "140/3",
        "options": [2, 3, 4, 5, 6],
    }
    assert first["residual_seats"] == {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0}
    code, out, _ = run(tmp_path, capsys, {**document, "lots": [4, 2, 5]})
    done = json.loads(out)
    assert code == 0 and done["needs_lot"] is None
    assert done["total_seats"] == {"1": 10, "2": 3, "3": 2, "4": 3, "5": 3, "6": 2}
    assert [(step["list"], step["lot"]) for step in done["steps"]] == [(1, False), (4, True), (2, True), (5, True)]


def test_candidates_tied_on_preference_votes_need_a_lot(tmp_path, capsys):
    """10 seats, 1000 votes, quota 100, threshold 50: list 1 has 3 seats and candidates with
    140, 60, 60, 60 votes: candidate 1, then a lot among 2, 3, 4 for seat 2 and among the two
    left for seat 3."""
    document = {"seats": 10, "lists": lists([140, 60, 60, 60, 0], [380, 0, 0, 0, 0], [300, 0, 0, 0])}
    code, out, _ = run(tmp_path, capsys, document)
    assert code == 0 and json.loads(out)["needs_lot"] == {
        "between": "candidates",
        "for": "preference_seat",
        "article": "P 15",
        "list": 1,
        "seat": 2,
        "votes": 60,
        "options": [2, 3, 4],
    }
    code, out, _ = run(tmp_path, capsys, {**document, "lots": [3, 4]})
    assert code == 0 and json.loads(out)["elected"] == {"1": [1, 3, 4], "2": [1, 2, 3, 4], "3": [1, 2, 3]}


def test_no_votes_at_all_is_not_an_error(tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, {"seats": 9, "lists": lists([0, 0], [0])})
    result = json.loads(out)
    assert code == 0 and result["quota"] == "0/1" and result["unassigned_seats"] == 9
    assert result["total_seats"] == {"1": 0, "2": 0} and result["steps"] == []


def test_deceased_candidates_are_passed_over(tmp_path, capsys):
    document = {
        "seats": 10,
        "lists": lists([140, 60, 60, 60, 0], [380, 0, 0, 0, 0], [300, 0, 0, 0]),
        "deceased": [[1, 1], [1, 3]],
    }
    code, out, _ = run(tmp_path, capsys, document)
    assert code == 0 and json.loads(out)["elected"]["1"] == [2, 4, 5]


VALID = {"seats": 10, "lists": lists([140, 60, 60, 60, 0], [380, 0, 0, 0, 0], [300, 0, 0, 0])}


@pytest.mark.parametrize(
    "raw, words",
    [
        ("{not json", "geen geldige JSON"),
        ('{"seats": NaN, "lists": []}', "geen geldige JSON"),
        (b"\xff\xfe{}", "geen UTF-8-tekst"),
        ('{"seats": 3, "seats": 4, "lists": []}', "de sleutel ‘seats’ staat twee keer"),
        ("[" * 20 + "]" * 20, "lagen diep genest"),
        ("[]", "het bestand moet één JSON-object zijn"),
        ('{"lists": [{"number": 1, "candidates": [1]}]}', "‘seats’ ontbreekt"),
        ('{"seats": 3}', "‘lists’ ontbreekt"),
        ('{"seats": 3, "lists": [{"number": 1}]}', "lists[0]: ‘candidates’ ontbreekt"),
        ('{"seats": 0, "lists": [{"number": 1, "candidates": [1]}]}', "seats: het aantal zetels moet"),
        ('{"seats": -2, "lists": [{"number": 1, "candidates": [1]}]}', "seats: het aantal zetels moet"),
        ('{"seats": 3, "lists": [{"number": 1, "candidates": [1, -5]}]}', "lists[0].candidates[1]: een aantal stemmen"),
        ('{"seats": 3, "lists": [{"number": 1, "candidates": [1.5]}]}', "lists[0].candidates[0]: een aantal stemmen"),
        (
            '{"seats": 3, "lists": [{"number": 2, "candidates": [1]}, {"number": 2, "candidates": [4]}]}',
            "lists[1].number: lijst 2 komt twee keer voor",
        ),
        (
            '{"seats": 3, "lists": [{"number": 1, "candidates": [1]}], "deceased": [[1, 2]]}',
            "deceased[0]: er is geen kandidaat 2 op lijst 1",
        ),
        (
            '{"seats": 3, "lists": [{"number": 1, "candidates": [1]}], "deceased": [[4, 1]]}',
            "deceased[0]: er is geen kandidaat 1 op lijst 4",
        ),
        ('{"seats": 3, "lists": [{"number": 1, "candidates": [1]}], "lots": [0]}', "lots[0]: moet het nummer zijn"),
        ('{"seats": 3, "lists": [{"number": 1, "candidates": [1]}], "lot": [1]}', "onbekende sleutel ‘lot’"),
        ('{"seats": 3, "lists": [{"number": 1, "candidates": [1]}], "lots": [1]}', "lots[0]: 1 vastgelegde uitkomst"),
        (
            json.dumps({**VALID, "lots": [1]}),
            "lots[0]: getrokken is kandidaat 1, maar deze loting gaat tussen de kandidaten 2, 3, 4 van lijst 1",
        ),
        (
            json.dumps(
                {"seats": 15, "lists": lists(*[[v, 0] for v in (540, 160, 160, 80, 80, 80, 55, 45)]), "lots": [7]}
            ),
            "lots[0]: getrokken is lijst 7, maar deze loting gaat tussen de lijsten 2, 3, 4, 5, 6",
        ),
    ],
    ids=[
        "not-json",
        "nan",
        "not-utf8",
        "duplicate-key",
        "too-deep",
        "not-object",
        "no-seats",
        "no-lists",
        "no-candidates",
        "zero-seats",
        "negative-seats",
        "negative-votes",
        "fractional-votes",
        "list-twice",
        "deceased-unknown-candidate",
        "deceased-unknown-list",
        "lot-zero",
        "misspelt-key",
        "lot-unused",
        "lot-not-a-tied-candidate",
        "lot-not-a-tied-list",
    ],
)
def test_bad_input_is_refused_with_the_file_and_the_place(tmp_path, capsys, raw, words):
    code, out, err = run(tmp_path, capsys, raw=raw)
    assert code == 2 and out == ""
    assert err.startswith(f"kiosk: {tmp_path / 'zetels.json'}: ")
    assert words in err
    assert "Traceback" not in err


def test_the_words_follow_the_language(tmp_path, capsys):
    code, _, err = run(
        tmp_path, capsys, None, '{"seats": 3, "lists": [{"number": 1, "candidates": [-1]}]}', "--lang", "en"
    )
    assert code == 2 and "lists[0].candidates[0]: a number of votes must be a whole number" in err


def test_a_missing_file_or_a_directory_is_refused(tmp_path, capsys):
    assert main(["seats", str(tmp_path / "missing.json")]) == 2
    assert "kan niet worden gelezen" in capsys.readouterr().err
    assert main(["seats", str(tmp_path)]) == 2
    assert "geen gewoon bestand" in capsys.readouterr().err


def test_a_long_unknown_key_is_cut_short(tmp_path, capsys):
    key = "x" * 500
    code, _, err = run(tmp_path, capsys, {"seats": 3, "lists": lists([1]), key: 1})
    assert code == 2 and "x" * 39 + "…" in err and "x" * 41 not in err


def test_a_reader_that_stops_reading_is_no_fault(tmp_path):
    """`kiosk seats FILE | head -1`: the pipe closes early; no internal error, no crash log."""
    import subprocess
    import sys

    path = tmp_path / "zetels.json"
    path.write_text(json.dumps({"seats": 15, "lists": lists(*[[100 + k] * 40 for k in range(12)])}))
    home = tmp_path / "home"
    command = f"{sys.executable} -m kiosk.cli --home {home} seats {path} | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=60)
    assert len(done.stdout) == 10
    assert done.returncode in (0, 141) and done.stderr == "", done.stderr
    assert not home.exists() and not list(tmp_path.rglob("errors.log"))
