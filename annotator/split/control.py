"""The speaker of a cue after "to": the subject of "X went on to say", "X used the speech to
call for", when the verb before "to" keeps that subject the one who speaks."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.part_marks import PARTS
from annotator.split.speakers import main_subject, subject_before

_WORD_START: Final = re.compile(r"(?<![\w'’.-])(?=[a-z])")
# where the speaker goes to speak: "went on CNN to", "appeared on Sunday shows to", "came on
# the program to", "stood at a town meeting to", "held a news conference to", "came forward to"
_APPEARED: Final = (
    r"(?:went|goes|go|going|gone|came|comes|come|coming|appeared|appears|appear|appearing)\s+"
    r"(?:on|before|off)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+|"
    r"(?:stood|stands|stand|standing)\s+(?:up|at)(?:\s+[\w'’.-]+){0,6}|"
    r"(?:held|holds|hold|holding)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|briefing|call)"
    r"(?:\s+[\w'’.-]+){0,4}|"
    r"(?:came|comes|come|stepped|steps|step)\s+forward|"
    r"(?:met|meet|meets|gathered|gather|gathers|huddled|convened)(?:\s+[\w'’.-]+){0,6}|"
    r"(?:took|takes|take|taking)\s+the\s+(?:stage|floor|podium|microphone)(?:\s+[\w'’.-]+){0,4}"
)
# what the speaker does before "to say": "went on to", "was quick to", "used the speech to",
# "has yet to", "scrambled to", "loves to", "paused to", "had reason to"
_RAISING: Final = re.compile(
    r"\s*(?:(?:has|have|had|been|is|are|was|were|will|would|also|almost|then|now|still|"
    r"later|again|[a-z]+ly)\s+)*(?:(?:went|goes|go|going)\s+on|(?:was|were|is|are)\s+quick|"
    r"(?:is|are|was|were)\s+likely|(?:more|less|most|least)\s+likely|try|tries|tried|"
    r"trying|seem|seems|seemed|appear|appears|appeared|continue|continues|continued|continuing|"
    r"moved|refused|refuses|refusing|declined|declines|vowed|vows|promised|pledged|decided|plans|"
    r"planned|want|wants|wanted|hopes|hoped|sought|seeks|struggled|struggling|rushed|"
    r"failed|fails|(?:has|have|had)\s+yet|hesitated|hesitates|starting|scrambled?|scrambles|"
    r"scrambling|loves?|loved|dared?|dares|intends?|wish|wishes|wished|raced?|races|"
    r"racing|paused|pauses|pausing|(?:has|have|had)\s+(?:good\s+|every\s+)?reason|"
    r"(?:went|go|goes|going|gone)\s+out\s+of\s+\w+\s+way|"
    r"(?:took|takes|take|taken|taking)\s+to\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+|"
    r"(?:is|are|was|were)\s+right|(?:used|uses|using)(?:\s+[\w'’-]+){1,4}|"
    r"(?:is|are|was|were)\s+(?:all\s+)?(?:quick|eager|careful|ready|willing|expected|prompted)|"
    r"began|begun|begins|started|starts|chose|chooses|choosing|has|have|had|needs?|"
    r"attempts?|attempted|aims?|aimed|managed|manages|(?:took|takes|taking|take)\s+pains|"
    # the first of a group to act: "was the first senator to endorse", "became one of the first"
    r"(?:is|was|were|are|became|becomes)\s+(?:one\s+of\s+)?the\s+(?:first|last|only|earliest)"
    r"(?:\s+[\w'’.-]+){0,5}|" + _APPEARED + r")\s+(?:not\s+)?$"
)


def control_subject(text: str, lo: int, to: int) -> tuple[int, int] | None:
    """The subject of "X went on to say", "X used the speech to call for": the clause's subject
    when what comes between it and "to" is a verb that keeps it the one who speaks (not "urged
    Y to", "a good place to")."""
    span = main = main_subject(text, lo, to)
    if span is not None:
        between = text[span[1] : to]
        if len(between.split()) <= 10 and not PARTS.search(between):
            if _RAISING.fullmatch(between):
                return span
    # the subject right before the verb ("Retired skipper Tom Hale went on to say", "Tom Hale
    # of Dover was quick to note"), where the clause's leading words give a shorter one
    for w in _WORD_START.finditer(text, max(lo, to - 120), to):
        if _RAISING.fullmatch(text, w.start(), to):
            if PARTS.search(text, w.start(), to):
                return None
            span = subject_before(text, lo, w.start())
            if span and text[lo : span[0]].rstrip().endswith(","):
                if main is None or main[0] != span[0]:  # not "Recently, Tom Hale … stood …"
                    return None  # "Tom Hale of Dover, Del., stood …": a place after a comma
            return span
    return None
