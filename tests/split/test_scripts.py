"""Writing scripts: a document's dominant script and the per-script letter counts."""

from __future__ import annotations

from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split import scripts as sc


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_dominant_script_is_the_first_most_frequent_script(text: str) -> None:
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha():
            counts[sc.script_of(ch)] = counts.get(sc.script_of(ch), 0) + 1
    expected = max(counts, key=lambda k: counts[k]) if counts else None
    assert sc.dominant_script(text) == expected
    assert sc.dominant_script("aβ") == "LATIN" and sc.dominant_script("βa") == "GREEK"


# letters of the single-byte encodings `_other_scripts` counts in, and characters none holds
_IN_CODECS = "".join(
    ch for codec in sc._SCRIPT_ORDER for ch in bytes(range(128, 256)).decode(codec, "ignore")
)
_OUTSIDE = "\u0301ǅẞ中語😀\U0001d400\ud800ґї№ŞİĞ"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_IN_CODECS), max_size=150),
    st.text(alphabet=st.sampled_from(_OUTSIDE), max_size=8),
    st.randoms(),
)
def test_other_scripts_counts_each_letter_once(inside: str, outside: str, rnd: Random) -> None:
    chars = list(inside + outside)
    rnd.shuffle(chars)
    text = "".join(chars)
    expected: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            expected[sc.script_of(ch)] = expected.get(sc.script_of(ch), 0) + 1
    found: dict[str, int] = {}
    for script, n in sc._other_scripts(text):
        assert n > 0
        found[script] = found.get(script, 0) + n
    assert found == expected


def _first_most_frequent(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha():
            counts[sc.script_of(ch)] = counts.get(sc.script_of(ch), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abXZ .,1"), max_size=40),
    st.text(alphabet=st.sampled_from("éßДжβ中😀\u0301\ud800ŞĞ“”"), max_size=25),
    st.randoms(),
)
def test_dominant_script_of_mostly_ascii_text(ascii_part: str, other: str, rnd: Random) -> None:
    # ASCII letters around the count of the other characters' extra UTF-8 bytes: the early
    # LATIN (more ASCII letters than other characters can be) and the full count agree
    chars = list(ascii_part + other)
    rnd.shuffle(chars)
    text = "".join(chars)
    assert sc.dominant_script(text) == _first_most_frequent(text)
    assert sc.dominant_script("ab ДДД") == "CYRILLIC"  # 2 ASCII letters, 3 other: counted
    assert sc.dominant_script("ДД ab") == "CYRILLIC"  # a tie: the first script met
    assert sc.dominant_script("abcd ДДД") == "LATIN"  # 4 ASCII letters: LATIN at once


def test_dominant_script_of_a_cyrillic_text_with_a_stress_mark() -> None:
    text = "Пого\u0301да в Ки\u0301еве: 20 градусов, sunny. " * 5
    assert sc.dominant_script(text) == "CYRILLIC"
    assert sc.dominant_script("Ğğ abc ДД") == "LATIN"


def test_the_utf8_bytes_of_a_document_are_shared_with_its_id() -> None:
    from annotator import ids

    text = "Die Fähre nach Lindau fährt um 9 Uhr."
    assert sc.dominant_script(text) == "LATIN"
    assert ids.utf8(text) is ids.utf8(text)  # the bytes the script count made, read again
    assert ids.text_hash(text) == ids.json_hash(text)  # the same hash as an encode of its own
    other = "Die Fähre nach Lindau fährt um 10 Uhr."
    assert ids.utf8(other) == other.encode("utf-8")
    assert sc.dominant_script("ab\udc80 Ferry") == "LATIN"  # a lone surrogate: counted as before
