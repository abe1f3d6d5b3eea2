"""What a law or rule lays down: "require", "mandate", "prohibit" with a law, a rule or a bill
as their subject ("The harbour law requires pilots to …", "Port rules would prohibit …", "The
new version still mandates …"), the text that is its source. The same verbs with any other
subject ("Doe required her staff to …", "The job requires patience") and without an object
("… than the law requires.") are no cue."""

from __future__ import annotations

import re
from typing import Final

FORMS: Final = frozenset(
    """require requires required mandate mandates mandated prohibit prohibits
    prohibited""".split()
)

# the head of a law or rule, then up to two auxiliaries or adverbs, right before the verb
_RULE_SUBJECT: Final = re.compile(
    r"\b(?:laws?|rules?|regulations?|legislation|bills?|acts?|Act|measures?|proposals?|plans?|"
    r"accords?|agreements?|treat(?:y|ies)|[Cc]onstitution|version|ordinances?|statutes?|"
    r"provisions?|amendments?|platforms?|guidelines|order|ruling)\s+"
    r"(?:(?:also|still|currently|now|only|actually|already|generally|further|not|does|do|did|"
    r"would|will|could|can|may|might|must|should)\s+){0,3}$"
)
# an object after the verb: a word or a quote, not the sentence's end or a comma
_OBJECT_NEXT: Final = re.compile(r"\s+[\w“\"$]")


def rule_cue(text: str, start: int, end: int, lo: int) -> bool:
    """A form of FORMS at text[start:end] with a law or rule right before it and an object
    after it: the law is the source of what follows."""
    if not _OBJECT_NEXT.match(text, end):
        return False
    return bool(_RULE_SUBJECT.search(text, max(lo, start - 60), start))
