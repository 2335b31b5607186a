"""The second look at unsure boxes: which boxes get it, what the views are, how they are combined."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ocr.digits import DigitClassifier, default_classifier, second_look
from ocr.digits.preprocess import preprocess_batch


@pytest.fixture(scope="module")
def clf() -> DigitClassifier:
    return default_classifier()


@pytest.fixture(scope="module")
def plain() -> DigitClassifier:
    return DigitClassifier(second_look=False)


def _mass_centre(img: np.ndarray) -> np.ndarray:
    ys, xs = np.indices(img.shape)
    return np.array([(img * ys).sum(), (img * xs).sum()]) / img.sum()


def test_views_scale_and_turn_about_the_centre(boxes):
    x = preprocess_batch([boxes.printed(d) for d in "1478"])[:, 0]
    seen = second_look.views(x)
    assert seen.shape == (len(second_look.VIEWS), 4, 28, 28) and seen.dtype == np.float32
    for (scale, degrees), view in zip(second_look.VIEWS, seen):
        for original, variant in zip(x, view):
            # Ink grows with the area; preprocessing centred the mass, and a view keeps it there.
            assert variant.sum() == pytest.approx(original.sum() * scale**2, rel=0.08)
            assert np.abs(_mass_centre(variant) - _mass_centre(original)).max() < 0.75
            if degrees:
                assert not np.allclose(variant, original, atol=0.05)


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, (3, 2, 12), elements=st.floats(-30, 30)))
def test_combine_is_the_normalised_geometric_mean(logits):
    log_p = second_look.log_softmax(logits)
    p = second_look.combine(log_p)
    assert p.shape == (2, 12) and np.allclose(p.sum(axis=1), 1.0)
    expected = np.prod(np.exp(log_p), axis=0) ** (1 / 3)
    assert np.allclose(p, expected / expected.sum(axis=1, keepdims=True))
    # Views that agree change nothing.
    assert np.allclose(second_look.combine(np.stack([log_p[0]] * 4)), np.exp(log_p[0]))


def test_sure_boxes_get_one_look(clf, plain, boxes):
    x = preprocess_batch([boxes.printed(d) for d in "0123456789"])
    once = plain.probabilities(x)
    sure = once.max(axis=1) >= second_look.SECOND_LOOK_BELOW
    assert sure.sum() >= 5  # printed digits: mostly sure, so this test checks something
    assert np.array_equal(clf.probabilities(x)[sure], once[sure])


def test_unsure_box_is_read_over_all_views(clf, plain, boxes):
    # Half a 1 and half a 7: a box the classifier cannot be sure of.
    blend = preprocess_batch([boxes.printed("1"), boxes.printed("7")])[:, 0].mean(axis=0)[None]
    once = plain.probabilities(blend)
    assert once.max() < second_look.SECOND_LOOK_BELOW
    looks = np.concatenate([blend[None], second_look.views(blend)])
    expected = second_look.combine(np.stack([second_look.log_softmax(plain.logits(v)) for v in looks]))
    got = clf.probabilities(blend)
    assert np.allclose(got, expected) and not np.allclose(got, once)
    (reading,) = clf.classify_preprocessed(blend)
    assert reading.confidence == pytest.approx(got.max()) and reading.label == int(got.argmax())
