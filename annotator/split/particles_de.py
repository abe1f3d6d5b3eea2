"""German cue forms that a particle closing their clause turns into another verb, one that
says nothing: "forderte Helfer an" (anfordern: sends for help), "fordert das Geld ein"
(einfordern: collects a debt); "forderte … auf" stays a demand. Words, no patterns."""

from __future__ import annotations

# the cue's stem -> the particles that make it another verb
_OTHER_VERB = {"forder": ("an", "ein")}
_CLAUSE_END = ".;!?,:"
_JOINING = frozenset(("und", "oder", "aber", "sondern"))


def other_verb(verb: str, text: str, b: int) -> bool:
    """The cue form ending at text[b] is one half of another verb: its clause closes with a
    particle in `_OTHER_VERB` ("forderte weitere Helfer an.")."""
    particles = next((p for stem, p in _OTHER_VERB.items() if verb.startswith(stem)), None)
    if particles is None or text[b : b + 2].lstrip()[:1] == ":":
        return False
    end = min((i for i in (text.find(c, b, b + 300) for c in _CLAUSE_END) if i >= 0), default=-1)
    words = text[b : end if end >= 0 else b + 300].split()
    # the particle closes the clause or comes before a second verb ("an und rief …")
    return any(
        w in particles and (i == len(words) - 1 or words[i + 1] in _JOINING)
        for i, w in enumerate(words[1:], 1)
    )
