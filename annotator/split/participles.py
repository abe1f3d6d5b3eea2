"""A noun phrase that an -ing cue follows without a comma speaks for it: "a super PAC supporting
Doe", "polls showing a tight race", "a sign saying …" (a reduced relative clause, "a PAC that
supports Doe"). Its head must be a speaker noun, a group or a text ("a strong showing", "the
speech outlining" name no one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split import lexicon
from annotator.split.speaker_words import _PREPOSITIONS
from annotator.split.word_gates import WordGate

# -ing forms that report what their noun says, shows or backs
_PARTICIPLES: Final = frozenset(
    """saying showing suggesting indicating supporting endorsing opposing calling urging
    warning claiming arguing accusing criticizing criticising attacking praising questioning
    demanding asking telling describing detailing outlining predicting promising touting
    blaming denouncing condemning slamming mocking alleging insisting declaring announcing
    revealing listing backing defending blasting pushing advocating""".split()
)
# heads that speak through what they carry: signs, ads, letters, polls, groups
_TEXTS: Final = frozenset(
    """sign signs ad ads letter letters petition petitions email emails video videos item items
    poll polls data ledgers pages placards banner banners poster posters message messages
    resolution resolutions memo tweet tweets book books column editorial headline headlines
    pac pacs calls groups""".split()
)
# no heads here: quantifiers ("the most telling", "one of many slamming"); data is read by
# someone ("clerks poring over tide data showing")
_NOT_HEADS = frozenset("most many some others both all half third quarter fifth data".split())
_HEADS: Final = (lexicon.SPEAKER_NOUNS | lexicon.PERSON_NOUNS | _TEXTS) - _NOT_HEADS
_DETERMINERS = r"(?:the|a|an|his|her|their|its|our|this|that|these|those|some|many|other|two|three)"
# the noun phrase right before the cue: a determiner, up to two modifiers, the head
_NP: Final = re.compile(
    rf"(?<![\w'’-])((?:{_DETERMINERS}\s+)?(?:[\w'’-]+\s+){{0,2}}?([A-Za-z][\w'’-]*))\s+$", re.I
)
_NOT_MODIFIERS: Final = frozenset(
    """is are was were be been has have had and or but of for to in on at by with from as
    that which who than""".split()
)
_PARTICLES: Final = frozenset("up out off down over back".split())
_NONSPACE: Final = re.compile(r"\S+")
_TO_BEFORE: Final = re.compile(r"\bto\s+$")


_PARTICIPLE: Final = re.compile(rf"\b({'|'.join(sorted(_PARTICIPLES))})\b")
# a match is one of the -ing words, whole: a sentence without one is not scanned (`\b` before
# each of its ~150 positions and each alternative tried: ~25 µs a sentence)
PARTICIPLE_GATE: Final = WordGate(" ".join(sorted(_PARTICIPLES)))


def participle_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(noun phrase span, cue, cue end) of the first -ing cue in text[s:e] outside quotes right
    after a noun phrase whose head is a speaker noun, a group or a text ("polls | showing")."""
    for m in _PARTICIPLE.finditer(text, s, e):
        if inside(m.start()):
            continue
        np = _NP.search(text, max(s, m.start() - 60), m.start())
        if np is None or np.group(2).lower() not in _HEADS:
            continue
        words = [w.span() for w in _NONSPACE.finditer(text, np.start(1), np.end(1))]
        cut = [i for i, (a, b) in enumerate(words[:-1]) if _not_modifier(text[a:b])]
        if cut:  # "launched | petitions", "held up | a sign": the verb or preposition before
            words = words[cut[-1] + 1 :]
        if _TO_BEFORE.search(text, max(s, words[0][0] - 4), words[0][0]):
            continue  # "gave $5,000 to a group supporting Doe": the giver's act, not the group's
        return (words[0][0], np.end(1)), m.group(1), m.end()
    return None


def _not_modifier(word: str) -> bool:
    w = word.lower()
    if w in _NOT_MODIFIERS or w in _PREPOSITIONS or w in _PARTICLES:
        return True
    return w.endswith(("ed", "ing")) and word[:1].islower()


# finite cues after "that"/"which" whose antecedent is a text: "a report that found …",
# "polls that show …", "her records, which showed …"
_RELATIVE_CUES = """show shows showed found finds suggest suggests suggested predicted predicts
    indicates indicated revealed reveals concluded concludes estimated estimates""".split()
_RELATIVE = re.compile(rf"[tw]h(?:at|ich)\s+(?:[a-z]+ly\s+)?({'|'.join(sorted(_RELATIVE_CUES))})\b")
# the texts whose "that"/"which" clause reports them ("data" too: "released data that show")
_DOCUMENTS: Final = (_TEXTS - {"calls", "groups", "pac", "pacs"}) | frozenset(
    """report reports survey surveys study studies analysis analyses paper papers results
    records findings research data show shows slides""".split()
)
RELATIVE_GATE: Final = WordGate("that which", " ".join(_RELATIVE_CUES))
_COMMA_END: Final = re.compile(r",\s*$")


def relative_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(noun phrase span, cue, cue end) of the first "that/which" + cue outside quotes whose
    antecedent is a text ("a 2014 paper that found …", "her records, which showed …")."""
    for m in _RELATIVE.finditer(text, s, e):
        if inside(m.start()) or text[m.start() - 1 : m.start()].isalpha():
            continue
        end = m.start()
        comma = _COMMA_END.search(text, max(s, end - 3), end)
        np = _NP.search(text, max(s, end - 60), comma.start() if comma else end)
        if np is None or np.group(2).lower() not in _DOCUMENTS:
            continue
        words = [w.span() for w in _NONSPACE.finditer(text, np.start(1), np.end(1))]
        cut = [i for i, (a, b) in enumerate(words[:-1]) if _not_modifier(text[a:b])]
        if cut:  # "released | data", "walked them through | a floor plan"
            words = words[cut[-1] + 1 :]
        return (words[0][0], np.end(1)), m.group(1), m.end()
    return None
