"""A cue verb after "can", "should" or "must": "Doe can barely believe the vote", "the panel
should formally ask the auditor to …", "the ministry must also acknowledge …". Read only when
no other cue of the sentence names a speaker (`english_frames.views`): in a sentence with a
report, the modal's verb is most often inside what is reported ("Doe argued that voters should
consider …")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split.speakers import is_speaker_phrase, subject_before
from annotator.split.word_gates import WordGate

# the modal, adverbs ("also", "barely", "formally"), then the verb's base form
_MODAL_CUE: Final = re.compile(
    r"\b(?:can|should|must)\s+(?:(?:also|still|now|not|only|never|even|first|[a-z]+ly)\s+)*"
    r"([a-z]+)\b"
)
MODAL_GATE: Final = WordGate("can should must")  # a match holds one (`word_gates`)
# verbs of saying, asking and holding a view; not of doing or having ("can offer", "can add",
# "can find", "should favor": an ability or a duty, nothing said or held)
_LEMMAS: Final = frozenset(
    """say tell ask believe acknowledge admit declare promise argue explain claim insist
    envision imagine consider remember recognize recognise realize realise understand accept
    concede confirm deny testify answer respond reply disclose reveal announce warn""".split()
)
# the subject of a clause inside another ("the issues that most voters can agree on", "how
# firms should support …") or the object of a participle ("Anyone crossing the bridge should
# remember …": advice to anyone at all): not who speaks
_INSIDE_END: Final = re.compile(
    r"\b(?:that|which|who|whom|how|whether|what|if|when|where|why|[a-z]{3,}ing(?:\s+(?:the|a|an))?)"
    r"\s*$"
)


def modal_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of the first cue lemma after a modal in text[s:e] outside
    quotes whose subject is a speaker phrase."""
    for m in _MODAL_CUE.finditer(text, s, e):
        if inside(m.start()) or m.group(1) not in _LEMMAS:
            continue
        span = subject_before(text, s, m.start())
        if span is None or _INSIDE_END.search(text, s, span[0]):
            continue
        if is_speaker_phrase(text[span[0] : span[1]]):
            return span, m.group(1), m.end()
    return None
