"""Label records -> integer codes: names sorted, missing values and emptied items dropped."""

from __future__ import annotations

import pytest

from annotator.agreement.labeltable import LabelRecord
from annotator.datasets.label_codes import encode
from annotator.errors import AnnotatorError


def test_codes_index_the_sorted_names():
    records = [("q2", "bo", "low"), LabelRecord("q1", "al", "high"), ("q2", "al", "low")]
    enc = encode(records, (), None)
    assert (enc.items, enc.annotators, enc.classes) == (["q1", "q2"], ["al", "bo"], ["high", "low"])
    assert enc.item.tolist() == [1, 0, 1]
    assert enc.annotator.tolist() == [1, 0, 0]
    assert enc.label.tolist() == [1, 0, 1]
    assert enc.counts().tolist() == [[1.0, 0.0], [0.0, 2.0]]


def test_missing_values_drop_votes_items_and_annotators():
    records = [("q1", "al", "?"), ("q2", "bo", "?"), ("q2", "cy", "low")]
    enc = encode(records, ["?"], ["low", "high", "?"])
    assert (enc.items, enc.annotators, enc.classes) == (["q2"], ["cy"], ["low", "high"])
    assert enc.item.tolist() == [0] and enc.annotator.tolist() == [0]


def test_a_label_outside_the_order_is_an_error():
    with pytest.raises(AnnotatorError, match="label 'mid' is not one of low, high"):
        encode([("q1", "al", "mid")], (), ["low", "high"])
