"""German cue forms that a particle closing their clause turns into another verb, one that
says nothing: "forderte Helfer an" (anfordern: sends for help), "fordert das Geld ein"
(einfordern: collects a debt), "verlangte den Tauchern Kraft ab" (abverlangen: takes it out of
them); "forderte … auf" stays a demand. "sprach … sein Beileid aus"
expresses a feeling and "sprach sich für den Plan aus" takes a side, not words reported
("sprach sich dafür aus, dass …" stays a cue). Words, no patterns."""

from __future__ import annotations

from typing import Final

# the cue's stem -> the particles that make it another verb
_OTHER_VERB: Final = {"forder": ("an", "ein", "ab"), "verlang": ("ab",)}
_CLAUSE_END: Final = ".;!?,:"
_JOINING: Final = frozenset(("und", "oder", "aber", "sondern"))
# what "sprach … aus" expresses without any words reported
_FEELINGS: Final = frozenset(("Beileid", "Mitgefühl", "Anteilnahme", "Dank", "Glückwünsche"))
_STANCES: Final = frozenset(("für", "gegen"))  # "sprach sich für/gegen … aus": a side taken


def _stance(verb: str, words: list[str]) -> bool:
    """ "sprach sich für den Plan aus", "sprechen sich gegen X aus": a reflexive form whose
    clause takes a side on a noun ("für"/"gegen", not "dafür, dass …"), no words reported."""
    reflexive = verb.endswith(" sich") or "sich" in words[:3]
    return reflexive and not _STANCES.isdisjoint(words)


def other_verb(verb: str, text: str, b: int) -> bool:
    """The cue form ending at text[b] is one half of another verb: its clause closes with a
    particle in `_OTHER_VERB` ("forderte weitere Helfer an.")."""
    feeling = verb.startswith("spr")
    particles: tuple[str, ...] | None = ("aus",) if feeling else None
    particles = particles or next((p for st, p in _OTHER_VERB.items() if verb.startswith(st)), None)
    if particles is None or text[b : b + 2].lstrip()[:1] == ":":
        return False
    end = min((i for i in (text.find(c, b, b + 300) for c in _CLAUSE_END) if i >= 0), default=-1)
    words = text[b : end if end >= 0 else b + 300].split()
    if feeling and not _FEELINGS.intersection(words):
        # "sprach sich für X aus." (not "… aus und sagte, …"); "sprach sich dafür aus, dass …"
        return _stance(verb, words) and words[-1:] == ["aus"]
    # the particle closes the clause or comes before a second verb ("an und rief …")
    return any(
        w in particles and (i == len(words) - 1 or words[i + 1] in _JOINING)
        for i, w in enumerate(words[1:], 1)
    )
