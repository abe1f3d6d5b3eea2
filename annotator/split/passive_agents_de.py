"""German sentences whose words another names as said: a passive with its agent named
("Von der Opposition wurde gefordert, …", "vom Verband als Fehler bezeichnet") and a sentence
that points back to the one before ("Das wurde von X bestätigt.", "X gab die Entscheidung
bekannt.")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon_de import SUBJUNCTIVE

# a passive with its agent before a participle ("Es wurde von X die Sorge geäußert", "Von
# deutscher Seite wurde gefordert"), in the participle's own clause
_AGENT_PASSIVE: Final = re.compile(
    r"\b(?:wird|wurde|wurden|werden|war|waren)\s+(?:[^,.;:!?]*?\s)?(?:von|vom|seitens)\s"
    r"|(?<![\w-])(?:Von|Vom|Seitens)\s[^,.;:!?]*?\b(?:wird|wurde|wurden|werden|war|waren)\b"
)
# "Das wurde von X bekannt gegeben.", "Dies hat X bestätigt.": a pronoun for the sentence before
_BACK_AUX: Final = re.compile(r"\s*(?:Dies|Das|Dieses)\s+(?:wurde|wird|war|hat|hatte)\s")


# a noun that names the news of the sentence before: "X gab die Entscheidung am Montag bekannt."
_BACK_NOUN: Final = re.compile(
    r"\b(?:die|diese)\s+(?:Entscheidung|Nachricht|Neuigkeit)\b"
    r"(?!\s+(?:des|der|von|vom|zu|zum|über)\b)"
)
_ANNOUNCING: Final = frozenset(
    "gab gaben gibt bekannt bekanntgegeben teilte teilten teilt mitgeteilt verkündete".split()
)


def points_back(text: str, s: int, e: int, cue: str) -> bool:
    """The sentence text[s:e] opens with "Dies"/"Das" and an auxiliary and closes with the
    participle `cue` (maybe "worden" after it), or, in one clause, a cue of announcing has "die
    Entscheidung" (no owner after it) as its object: what was said is the sentence before."""
    if not _BACK_AUX.match(text, s, e):
        return (
            "Entscheidung" in text[s:e] or "Nachricht" in text[s:e] or "Neuigkeit" in text[s:e]
        ) and _news_back(text, s, e, cue)
    end = text[s:e].rstrip(" .!\n")  # one clause: not "Das hatte er getan, wie X mitteilte."
    return "," not in end and (end[:-7] if end.endswith(" worden") else end).endswith(" " + cue)


def _news_back(text: str, s: int, e: int, cue: str) -> bool:
    """ "X gab die Entscheidung bekannt.": one clause, a cue of announcing, the news noun with no
    owner after it (not "bedauerte die Entscheidung des Gerichts")."""
    part = text[s:e]
    return cue.split()[0] in _ANNOUNCING and "," not in part and bool(_BACK_NOUN.search(part))


_CLAUSE_BEFORE: Final = re.compile(r"[,;:„“\"»«]")
# participles of labelling: "vom Verband als Fehler bezeichnet", "als gering eingestuft"
_LABELLING: Final = frozenset(
    """bezeichnet eingestuft gewertet bewertet kritisiert gelobt beurteilt betrachtet verurteilt
    charakterisiert erklärt""".split()
)
_LABEL_BEFORE: Final = re.compile(
    r"\b(?:von|vom|seitens)\s[^,;:]*?\s(?:als\s[^,;:]+|für\s(?:[a-zäöüß]+\s+){1,2})$"
)
_PASSIVE_AUX: Final = re.compile(r"\b(?:wird|wurde|wurden|werden|worden)\b")
# what follows the participle: "worden" or "sein", then a comma
_PASSIVE_COMMA: Final = re.compile(r"(?:\s+worden)?(?:\s+(?:sein|ist|war|sei))?\s*,\s*")
_REPORTED_CLAUSE: Final = re.compile(
    r"(?:dass|ob)\b|[^.;:!?]*?(?:\bzu\s+[a-zäöüß]{2,}(?:en|ern|eln)\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b)"
)


def labelled_by_agent(text: str, lo: int, a: int, b: int) -> bool:
    """The participle of labelling at text[a:b] closes a passive whose agent and label come
    before it in its clause ("wurde vom Verband als „zu teuer“ bezeichnet"): the label was
    said."""
    if text[a:b] not in _LABELLING:
        return False
    start = max(lo, a - 150)
    return bool(_LABEL_BEFORE.search(text, start, a)) and bool(
        _PASSIVE_AUX.search(text, start, min(len(text), b + 12))
    )


def agent_passive(text: str, lo: int, a: int, b: int, hi: int) -> bool:
    """The participle at text[a:b] is a passive with its agent named in its clause, and a
    "dass" clause, a "zu" infinitive or a Konjunktiv clause after a comma reports what the
    agent said: "Von der Opposition wurde gefordert, die Wahl zu wiederholen"; or the
    sentence before is what it said ("Das wurde von X bestätigt.", `points_back`)."""
    marks = [m.end() for m in _CLAUSE_BEFORE.finditer(text, max(lo, a - 150), a)]
    if len(marks) >= 2 and text[marks[-2] - 1] in "„»" and not text[marks[-1] : a].strip():
        del marks[-2:]  # "vom Amt als „sehr hoch“ eingestuft": the quoted label is no clause
    clause = max([lo] + marks)
    if not _AGENT_PASSIVE.search(text, clause, a):
        return False
    if clause == lo and points_back(text, lo, hi, text[a:b]):
        return True
    if labelled_by_agent(text, lo, a, b):
        return True  # "Der Plan wurde vom Verband als Fehler bezeichnet.": the label was said
    comma = _PASSIVE_COMMA.match(text, b, hi)
    if not comma:
        return False
    return bool(_REPORTED_CLAUSE.match(text, comma.end(), hi)) or bool(
        SUBJUNCTIVE.search(text, comma.end(), hi)
    )
