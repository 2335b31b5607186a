import json

from kiosk.store import open_store


def test_template_for_one_station_has_every_field_code(kiosk, demo_home, tmp_path):
    from kiosk.demo.election import demo_election
    from kiosk.domain.fields import field_codes
    from kiosk.domain.shape import ElectionShape

    code, out, _ = kiosk("forms", "template", "--station", "3", "--out", str(tmp_path / "t.json"))
    assert code == 0
    template = json.loads((tmp_path / "t.json").read_text())
    assert template["station"] == 3 and template["election_id"] == "GR2026_Duinwijk"
    assert template["page_size_mm"] == [210, 297]
    codes = [f["code"] for page in template["pages"] for f in page["fields"]]
    assert sorted(codes) == sorted(field_codes(ElectionShape.from_election(demo_election())))
    for page in template["pages"]:
        for field in page["fields"]:
            assert len(field["boxes_mm"]) == (1 if field["kind"] == "tick" else 6)


def test_blank_pdf_for_one_station(kiosk, demo_home, tmp_path):
    code, _, _ = kiosk("forms", "blank", "--station", "1", "--out", str(tmp_path / "b.pdf"))
    assert code == 0 and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_unknown_station_is_refused(kiosk, demo_home, tmp_path):
    code, _, err = kiosk("forms", "blank", "--station", "99", "--out", str(tmp_path / "b.pdf"))
    assert code == 2 and "--station 99" in err
    assert not (tmp_path / "b.pdf").exists()


def test_forms_need_an_imported_election(kiosk, tmp_path):
    open_store(kiosk.home).close()
    code, _, err = kiosk("forms", "template", "--out", str(tmp_path / "t.json"))
    assert code == 2 and "importeer eerst de verkiezing" in err
