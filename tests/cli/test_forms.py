import json

from kiosk.store import open_store


def test_template_for_one_station_has_every_field_code(kiosk, demo_home, tmp_path):
    from kiosk.domain.fields import field_codes
    from kiosk.domain.shape import ElectionShape
    from kiosk.store import elections

    code, out, _ = kiosk("forms", "template", "--station", "3", "--out", str(tmp_path / "t.json"))
    assert code == 0
    template = json.loads((tmp_path / "t.json").read_text())
    assert template["station"] == 3 and template["election_id"] == "GR2026_Duinwijk"
    assert template["page_size_mm"] == [210, 297]
    codes = [f["code"] for page in template["pages"] for f in page["fields"]]
    store = open_store(demo_home)
    election = elections.load_election(store.db)
    store.close()
    assert codes == list(field_codes(ElectionShape.from_election(election)))
    assert template["model"] == "N10-1"
    for page in template["pages"]:
        for field in page["fields"]:
            assert len(field["boxes_mm"]) == (6 if field["kind"] == "count" else 1)


def choose(kiosk, method):
    code, _, err = kiosk("election", "method", method, "--by", "coordinator", stdin="stemkiosk-demo\n")
    assert code == 0, err


def test_no_blank_forms_before_the_counting_method_is_chosen(kiosk, undecided_home, tmp_path):
    code, _, err = kiosk("forms", "blank", "--station", "1", "--out", str(tmp_path / "b.pdf"))
    assert code == 2 and "kies eerst de telmethode" in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_blank_n10_1_for_one_station_under_dso(kiosk, demo_home, tmp_path):
    code, out, _ = kiosk("forms", "blank", "--station", "1", "--out", str(tmp_path / "b.pdf"))
    assert code == 0 and "Model N 10-1" in out
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_blank_n10_2_and_bijlage_per_station_under_cso(kiosk, undecided_home, tmp_path):
    choose(kiosk, "CSO")
    code, out, _ = kiosk("forms", "blank", "--station", "2", "--out", str(tmp_path / "b.pdf"))
    assert code == 0 and "Model N 10-2" in out and "Bijlage 1" in out
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["b-n10-2.pdf", "b-na31-2-bijlage1.pdf"]
    code, out, _ = kiosk("forms", "blank", "--out", str(tmp_path / "all" / "pv.pdf"))
    assert code == 0 and len(list((tmp_path / "all").glob("pv-sb*.pdf"))) == 2 * 12


def test_unknown_station_is_refused(kiosk, demo_home, tmp_path):
    code, _, err = kiosk("forms", "blank", "--station", "99", "--out", str(tmp_path / "b.pdf"))
    assert code == 2 and "--station 99" in err
    assert not (tmp_path / "b.pdf").exists()


def test_forms_need_an_imported_election(kiosk, tmp_path):
    open_store(kiosk.home).close()
    code, _, err = kiosk("forms", "template", "--out", str(tmp_path / "t.json"))
    assert code == 2 and "importeer eerst de verkiezing" in err
