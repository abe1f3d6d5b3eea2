"""The subject of a German sentence that comes after its verb as a bare name ("An die Presse
hatte Kolberg Neues zu melden."): the topic of a Konjunktiv I sentence after it, when the
document names that person in full elsewhere, or an acronym the document used before ("gibt
HBA keine Entwarnung") (`known_topic`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.names import NameIndex

# a lower-case verb after a word (not the sentence's first), then one or two capitalised
# words and a lower-case word or the end: "… hatte Kolberg Neues …", "… erklärte Jan Kolberg,"
_BARE_NAME: Final = re.compile(
    r" (hat|hatte|haben|hatten|ist|war|[a-zäöüß]{3,}(?:te|t))\s+"
    r"(?:(?:auch|jetzt|nun|noch|bereits|dann|zudem|sich)\s+)*"
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?=\s+[a-zäöüß]|[,.])"
)

# the same verb, then an acronym of two to six capitals and a lower-case word
_ACRONYM: Final = re.compile(
    r" (?:hat|hatte|ist|war|[a-zäöüß]{3,}(?:te|t))\s+(?:(?:auch|jetzt|nun)\s+)?"
    r"([A-ZÄÖÜ]{2,6})(?=\s+[a-zäöüß])"
)


def known_topic(
    text: str, s: int, e: int, names: dict[str, str] | NameIndex
) -> tuple[int, int] | None:
    """The span of a bare name right after the first lower-case verb of text[s:e] that the
    document's name index holds as a person's surname ("hatte Kolberg", "sagte Jan Kolberg"; not
    "hatte Kolberg Gutes": a noun after it is no part of the name); without one, an acronym
    after such a verb that the text before s has already used."""
    m = _BARE_NAME.search(text, s, e)
    if m is None:
        # a body named by its letters before: "gibt HBA …"
        c = _ACRONYM.search(text, s, e)
        return c.span(1) if c and text.find(c.group(1), 0, s) >= 0 else None
    a = m.start(2)
    words = m.group(2).split()
    for word in reversed(words):
        full = names.get(word)
        if full and full != word and full.endswith(word):
            return a, text.index(word, a) + len(word)
    return None
