"""Exact prefilters on whole words: a sentence's words, cut once, tell which rules can match it.

A rule whose pattern only matches where some whole words stand (set off by spaces or `\\b`)
lists them in a `WordGate`: one group of words per word the match must hold ("make|made …"
and "case|point …"). `word_set` cuts the sentence's `\\w` runs once (`bytes.translate`, see
`textscan`) and keeps the few that some gate lists (a set of every run costs 4x more to build
and slows each gate's test); a gate is open when each of its groups meets them, else the
rule's pattern finds nothing there and is not run. A text that fits no single-byte encoding gives no words (None):
every gate is open. Trigger words are ASCII, so their bytes are the same in every encoding.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import Final

from annotator.split.textscan import _CODECS, _word_bytes, single_byte

_ORDER: Final = ["ascii", *_CODECS]  # the last encoding that fitted first
_TABLES: Final = {codec: _word_bytes(codec, "_") for codec in _ORDER}
_GATED: Final[set[bytes]] = set()  # every word of every `WordGate` made so far


def word_set(text: str, a: int, b: int) -> Set[bytes] | None:
    """The `\\w` runs of text[a:b] (as bytes) that a gate made so far lists, or None when the
    text fits no single-byte encoding."""
    return words_of(single_byte(text[a:b], _ORDER))


def words_of(
    encoded: tuple[str, bytes] | None, runs: list[bytes] | None = None
) -> Set[bytes] | None:
    """`word_set`, given the text as `textscan.encode_part` gives it; `runs`: its `[\\w-]` runs
    as the cue scan cut them (`WordScan.scan_encoded`), the same runs when it holds no "-"."""
    if encoded is None:
        return None
    codec, data = encoded
    if runs is not None and b"-" not in data:
        return _GATED.intersection(runs)  # their hashes are made already
    return _GATED.intersection(data.translate(_TABLES[codec]).split())


class WordGate:
    """Groups of words (space-separated strings); a match of the rule holds one of each."""

    def __init__(self, *groups: str) -> None:
        self.groups = tuple(frozenset(w.encode("ascii") for w in g.split()) for g in groups)
        for group in self.groups:
            _GATED.update(group)

    def open(self, words: Set[bytes] | None) -> bool:
        """The rule may match a sentence with these words (`word_set`)."""
        if words is None:
            return True
        for group in self.groups:
            if group.isdisjoint(words):
                return False
        return True


class GateSet:
    """The gates of a rule's branches: open when one of them is. Each gate is filed under the
    words of its last group (the rarer words: "critic", not "is"), so one set intersection
    picks the few gates worth testing."""

    def __init__(self, gates: Iterable[WordGate]) -> None:
        self.index: dict[bytes, list[WordGate]] = {}
        for gate in gates:
            for word in gate.groups[-1]:
                self.index.setdefault(word, []).append(gate)
        self.keys = frozenset(self.index)

    def open(self, words: Set[bytes] | None) -> bool:
        """A branch may match a sentence with these words (`word_set`)."""
        if words is None:
            return True
        for word in self.keys.intersection(words):
            for gate in self.index[word]:
                if gate.open(words):
                    return True
        return False
