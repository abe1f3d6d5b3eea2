"""Two speakers joined by "and" in one mention ("Tom Ames and Ann Reed", "Mr. Ames and Senator
Ann Reed", "Both Reed and the Harbour Board"): each side with its roles, titles and articles
stripped (a surname made the fullest name the document gives), joined by "and", instead of the
last name alone. A name that holds "for" or "of" ("Institute for Ports and Harbours") is kept
whole; roles joined by "and" before one name ("former Governor and Party Chairman Tom Ames"),
a side with no name ("a state and Reed"), in brackets or opened by a verb in "-ing" is left to
the one-name reading. German joins with "und" ("Anna Roth und Tom Ames sagten"); a hyphenated
first part shares the head after "und"/"oder" ("Obst- und Gemüsebauern"): one mention, kept whole.
"""

from __future__ import annotations

from typing import Final

from annotator.split.names import ROLES, NameIndex, _strip_roles

_LEAD: Final = frozenset(("the", "both", "a", "an", "der", "die", "das", "beide"))
_INNER: Final = frozenset(("for", "of", "für"))
_TRUNCATED_JOIN: Final = frozenset(("und", "oder", "sowie"))


def truncated_compound(words: list[str]) -> str | None:
    """German `words` holding a compound's hyphenated first part joined to its head ("Berliner
    Obst- und Gemüsebauern"): all of them, not the head alone; else None."""
    for k in range(len(words) - 2):
        if words[k][-1:] == "-" and words[k + 1] in _TRUNCATED_JOIN and words[k + 2][:1].isupper():
            return " ".join(w for i, w in enumerate(words) if i or w.lower() not in _LEAD)
    return None


def joined(words: list[str], names: dict[str, str] | NameIndex, conj: str = "and") -> str | None:
    """The two named sides of `words` joined by `conj` ("and", German "und": see the module
    doc), else None."""
    k = words.index(conj) if conj in words else 0
    if k == 0 or k == len(words) - 1 or conj in words[k + 1 :]:
        return None
    if conj == "und" and any(w.endswith((",", "-")) for w in words):
        return None  # "Frankreichs, Italiens und Österreich", "Luft- und Raumfahrt": no pair
    if any(w in _INNER for w in words):  # "Centers for Harbour Control and Safety": one body
        lead = 1 if words[0].lower() in _LEAD else 0
        return " ".join(words[lead:])
    left, right = words[:k], words[k + 1 :]
    if left[-1].lower().strip(".,") in ROLES:
        return None  # "former Governor and Party Chairman Tom Ames": one person's roles
    sides = []
    for side in (left, right):
        plain = [w.strip(",") for w in side if w.lower() not in _LEAD]
        tokens = _strip_roles(plain) if plain else []
        if not tokens or not all(t[:1].isupper() and t[-1:] != ")" for t in tokens):
            return None
        if tokens[0].endswith("ing"):
            return None  # "Praising Reed and the Harbour Board": a verb opens the sentence
        if any(w[:1].islower() for w in plain[: len(plain) - len(tokens)]) and len(tokens) < 2:
            if not all(w.lower().strip(".") in ROLES for w in plain[: len(plain) - len(tokens)]):
                return None  # "a state and Reed": no name on that side
        name = " ".join(tokens)
        full = names.get(tokens[-1])
        sides.append(full if full and full.endswith(name) else name)
    return f" {conj} ".join(sides)
