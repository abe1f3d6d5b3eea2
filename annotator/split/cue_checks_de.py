"""German cue forms that report nothing where they stand (`german_cue`): a separable verb
without its particle ("teilte" with no "mit"), a participle with no perfect and no agent
passive, an attributive adjective ("die erwarteten Zahlen"), a reflexive property ("erklärt
sich daraus"), a toll ("forderte 92 Menschenleben"), another sense of the verb or an infinitive after a modal
("wollte … verlangen")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon_de, passive_agents_de
from annotator.split.particles_de import other_verb
from annotator.split.senses_de import intended, other_sense, registered

_DE_PERFECT: Final = re.compile(r"\b(?:hat|hatte|haben|hatten|habe|hätte|hätten)\b")
_DE_PERFECT_AFTER: Final = re.compile(r"\s+(?:hat|hatte|haben|hatten)\b")
_IN_BRACKETS: Final = re.compile(r"\s*\)")
_DE_TO: Final = re.compile(r"\bzu\s+$")
# a preposition or an article before a "-te(n)" form, a noun after it: an attributive adjective
_DE_ATTRIBUTIVE: Final = re.compile(
    r"\b(?:wegen|trotz|mit|nach|von|vom|zum|zur|bei|beim|aus|für|den|dem|des|einen|einem|eines|"
    r"einer|seinen|seinem|seiner|ihren|ihrem|ihrer)\s+$|[„»]$",  # "„begründete Zweifel“"
    re.I,
)
# "auf nicht näher genannte", "den bereits erwähnten Politikern": an adjective before its noun
_DE_NOT_FURTHER = re.compile(r"\b(?:nicht\s+(?:näher|weiter)|bereits|oben|zuvor|eingangs)\s+$")
# an article, an adverb, the form: "mit einem refrainartig skandierten „…“" (an adjective)
_DE_ADVERB_BETWEEN = re.compile(r"\b(?:einem|einen|einer|eines|dem|den|des)\s+[a-zäöüß]{3,}\s+$")
_DE_NOUN_NEXT = re.compile(r"\s+(?:[A-ZÄÖÜ][a-zäöüß]|„)")  # "erwarteten Zahlen", "zitierten „…“"
_DE_SELF_NEXT: Final = re.compile(r"\s+sich\b")  # "Damit bestätigt sich die Vermutung": proves true
# "charakterisiert sich dadurch, dass …", "erklärt sich daraus": a property, nothing said
_DE_SELF_PROPERTY: Final = re.compile(r"\s+sich\s+(?:dadurch|daraus|darin)\b")
# "wandte sich wiederholt an", "ist wiederholt zu Zwischenfällen gekommen": "repeatedly"
_DE_PREPOSITION_NEXT = re.compile(r"\s+(?:an|zu|zum|zur|in|im|auf|mit|gegen|vor|bei|über|aus)\s")
_CLAUSE_STOP: Final = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n")  # not "am 27. März"
# "von"/"vom" earlier in the clause that the form closes: "…, weshalb X von einem Verlust sprach."
_OF_BEFORE: Final = re.compile(r"\b(?:von|vom)\s+[a-zäöüß\d][^,.;:!?„“”\"»«()]{0,60}$")
_CLAUSE_CLOSED: Final = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _spoke_of(text: str, lo: int, start: int, end: int) -> bool:
    """A form of "sprechen" closes its clause after a "von" phrase ("…, die von einem Defekt
    sprach, …"): "sprach von" in verb-final order (not "sprach mit Jan von der Bank", nor a
    name's "von" as in "Der Kollege von Jan Roth sprach")."""
    return bool(_CLAUSE_CLOSED.match(text, end)) and bool(
        _OF_BEFORE.search(text, max(lo, start - 70), start)
    )


def german_cue(text: str, verb: str, lo: int, start: int, end: int, before: str) -> bool:
    """`cues._is_cue` for the German cue form `verb` at text[start:end] (`before`: the twelve
    characters before it, none before `lo`)."""
    particles = lexicon_de.SEPARABLE.get(verb)
    if particles and not _closes_with(text, end, particles):
        fronted = text[lo:start].lstrip().startswith(("Von ", "Vom ")) or _spoke_of(
            text, lo, start, end
        )
        if not (verb.startswith("spr") and fronted) and not lexicon_de.framed(verb, text, end):
            return False  # "teilte" without "mit": not "teilte … mit"; "Von X sprach Y"
    if (
        verb in lexicon_de.PARTICIPLES
        and not _DE_PERFECT.search(text, max(lo, start - 150), start)
        and not (_DE_PERFECT_AFTER.match(text, end) and verb != "gestanden")
        # "wie X bekanntgegeben hat", not "… über der Bucht gestanden hatte"
    ):
        from annotator.split.cues import _sentence_end  # cues imports this module

        if not passive_agents_de.agent_passive(
            text, lo, start, end, _sentence_end(text, end)
        ) and not _document_passive(text, lo, start):
            return False  # "X, genannt Y", "wurde angegeben": not "hat … angegeben"
    if _IN_BRACKETS.match(text, end) and "(" in text[max(lo, start - 30) : start]:
        return False  # "(Wikinews berichtete)"
    if verb.endswith(("te", "ten")) and (
        _DE_ATTRIBUTIVE.search(before)
        or _DE_NOT_FURTHER.search(text, max(lo, start - 20), start)
        or _DE_ADVERB_BETWEEN.search(text, max(lo, start - 30), start)
    ):
        if _DE_NOUN_NEXT.match(text, end):
            return False  # "wegen wiederholten Fouls", "die erwarteten Zahlen": adjectives
    if verb == "wiederholt" and _DE_PREPOSITION_NEXT.match(text, end):
        return False
    if verb.startswith("bestätig") and _DE_SELF_NEXT.match(text, end):
        return False
    if _DE_SELF_PROPERTY.match(text, end):
        return False  # "X charakterisiert sich dadurch, dass …": a property, nothing said
    toll = lexicon_de.toll(verb, text, start, end)  # "forderte 92 Menschenleben"
    toll = toll or other_verb(verb, text, end)  # "forderte Helfer an": anfordern
    toll = toll or registered(verb, text, lo, start, end)  # "als vermisst gemeldet"
    toll = toll or other_sense(verb, text, lo, start, end)  # "verspricht sich X"
    toll = toll or intended(text, lo, start, end)  # "wollte das Doppelte verlangen"
    return not _DE_TO.search(before) and not toll  # "um etwas zu sagen"


def _closes_with(text: str, a: int, particles: tuple[str, ...]) -> bool:
    """A separable verb's particle closes its clause in the words after `a` ("gab … bekannt,")."""
    if text[a : a + 2].lstrip()[:1] == ":" and particles != lexicon_de.FINDING:
        return True  # "rief: „…“"
    stop = _CLAUSE_STOP.search(text, a, a + 300)
    b = stop.start() if stop else min(len(text), a + 300)
    for p in particles:
        for m in re.finditer(rf"\b{p}\b", text[a:b]):
            rest = text[a + m.end() : b + 1].lstrip()
            if not rest or rest[0] in ',:;.!?„“"«»\n' or rest.startswith("dass"):
                return True
    return False


def _document_passive(text: str, lo: int, start: int) -> bool:
    """A passive whose words a document holds: "Im Bericht wird gefordert, …", "In einer
    Mitteilung der Stadt wurde festgestellt, dass …" (the document is the source)."""
    from annotator.split.sources_de import passive_document  # sources_de imports cues

    return passive_document(text, lo, start) is not None
