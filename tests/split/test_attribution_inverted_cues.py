"""A cue verb inverted before the name a colon follows ("Continued Ames: …", "Wrote Tom Reed:
…") is no part of the speaker: the name speaks; a name that only ends like a past form ("Ted
Ames: …") keeps its first word (`split/speaker_sanity.py`)."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim

_QUOTE = "\u201cThe ferry will be late again, and the toll will go up.\u201d"


@pytest.mark.parametrize(
    "frame,speaker",
    [
        ("Continued Ames:", "Ames"),
        ("Stated Ann Reed:", "Ann Reed"),
        ("Wrote Tom Reed:", "Tom Reed"),
    ],
)
def test_an_inverted_cue_before_a_colon_is_cut(frame: str, speaker: str) -> None:
    body = f"The mayor spoke on the harbour radio on Monday.\n\n{frame} {_QUOTE}"
    assert claim(body, "ferry will be late")["speaker"] == speaker


@pytest.mark.parametrize(
    "frame,speaker",
    [
        ("Ted Ames:", "Ted Ames"),  # a given name in "-ed"
        ("Fred Reed:", "Fred Reed"),
    ],
)
def test_a_name_that_ends_like_a_past_form_is_kept(frame: str, speaker: str) -> None:
    body = f"The mayor spoke on the harbour radio on Monday.\n\n{frame} {_QUOTE}"
    assert claim(body, "ferry will be late")["speaker"] == speaker
