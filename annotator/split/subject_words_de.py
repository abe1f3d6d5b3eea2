"""Word classes the German subject search reads: which first words open a subject, which open
a fronted phrase or a subordinate clause, heads that name a thing rather than a speaker, an
opening noun phrase with a relative clause on it ("Die Firma, die …, hat … erklärt") and the
words between an inverted verb and its subject."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon_ml
from annotator.split.noun_phrases_de import BODIES_END, BODY_END
from annotator.split.speakers import _clean_word

_CAUSAL: Final = frozenset("da obwohl zumal sofern falls sobald".split())
_SUBORDINATE: Final = (
    frozenset("wie als dass nachdem weil wo ob während wonach weshalb weswegen".split()) | _CAUSAL
)
# words that open a main clause as a subject (nominative articles, pronouns)
_NOMINATIVE: Final = frozenset(
    """der die das ein eine kein keine er sie wir ich man beide alle viele einige mehrere
    zahlreiche dieser diese dieses jener jene andere manche""".split()
)
# first words that are not a subject: a case-marked article or an adverb
_NOT_SUBJECT: Final = (
    frozenset(
        """den dem des einem einen eines seinen seinem ihrem ihren diesem diesen wegen
        trotz laut unter neben für gegen ohne durch hinter bereits schon nun erst zuletzt
        ebenso weiterhin ferner insbesondere vorher angesichts aufgrund infolge anlässlich
        bezüglich hinsichtlich seitens selbst sogar nur außer via per""".split()
    )
    | lexicon_ml.DE_FRONT
    | _SUBORDINATE
)
# determiners of an object, never of a subject ("Ihren Gegner X besuchte Lund")
_OBLIQUE: Final = frozenset(
    "den dem des einem einen eines seinen seinem ihrem ihren diesem diesen unseren".split()
)
# a pronominal adverb opens a clause but names nobody: "Darin", "Davon", "Hierzu", "Worauf"
PRONOMINAL: Final = re.compile(
    r"(?:da|dar|hier|wo)(?:rin|rauf|rüber|mit|bei|zu|von|nach|für|aus|um|an|gegen)"
)
_FOCUS: Final = frozenset("auch selbst sogar nur gerade ausgerechnet ebenfalls".split())
# a conjunction before a main clause's subject: "…, und das Hilfswerk rief X auf"
_JOINING: Final = frozenset("und aber doch denn oder sondern".split())
# a head noun naming a thing or an act, not who speaks ("Die Verschiebung", "Die Äußerungen")
_ABSTRACT_END = ("ung", "ungen", "heit", "keit", "ität", "nis", "nisse", "ismus", "tion", "tionen")


def _abstract(phrase: str) -> bool:
    """The head noun names a thing or an act, not who speaks ("Die Verschiebung des Termins")."""
    heads = [w for w in phrase.split() if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    head = _clean_word(heads[0]) if heads else ""
    body = head.endswith(BODY_END) or head.endswith(BODIES_END)  # "Organisationen" too
    return head.endswith(_ABSTRACT_END) and not body


# finite verbs common in what is said (a clause before ", sagte X", not an apposition)
_FINITE: Final = re.compile(
    r"[“”\"»«]|\b(?:sei|seien|habe|haben|hätte|hätten|werde|würde|würden|ist|sind|war|waren|"
    r"hat|hatte|wird|werden|wurde|wurden|kann|könne|könnte|muss|müsse|müsste|soll|solle|sollte|"
    r"will|wolle|gebe|gibt|gab|gehe|geht|liege|liegt|stehe|steht|bleibe|bleibt|gelte|gilt)\b"
)


def _opens_subject(word: str) -> bool:
    low = _clean_word(word)
    return low in _NOMINATIVE or (word[:1].isupper() and low not in _NOT_SUBJECT)


def _starts_subject(text: str, a: int, hi: int) -> bool:
    """The words after an inverted verb start its subject ("der Sprecher", "Anna Weber")."""
    m = re.compile(r"\s*(\S+)").match(text, a, hi)
    if not m:
        return False
    w = m.group(1).lstrip('„»"')
    low = _clean_word(w)
    return low in _NOMINATIVE or (w[:1].isupper() and low not in _NOT_SUBJECT)


_RELATIVE_OPEN: Final = re.compile(
    r"\s*(?:(?:in|mit|von|bei|für|an|auf|aus|über|unter|nach|zu|gegen)\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rmns]?)\s"
)


def _relative_apposed(text: str, start: int, lo: int, bounds: list[int]) -> bool:
    """The sentence opens with a noun phrase and a relative clause on it before the clause of
    the verb: "Die Firma, die von X gegründet wurde, hat … erklärt" (the firm, not "X")."""
    words = text[lo : bounds[0]].split() if bounds else []
    return (
        lo == start
        and len(bounds) == 2
        and text[bounds[0] - 1] == ","
        and bool(words)
        and _opens_subject(words[0])  # not "In der Debatte um X, die …"
        and bool(_RELATIVE_OPEN.match(text, bounds[0], bounds[1]))
        and not _FINITE.search(text, lo, bounds[0])
    )


_NAME_WORD: Final = re.compile(r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w.’'-]*|von|van|de|zu|al|bin")
_PARTY: Final = re.compile(r"\s*\([^()]{1,30}\)\s*$")
# an apposition closing before the verb, an abbreviation may end it: "…, Chef der Liga (FL),"
_APPOSITIVE_END: Final = re.compile(r"[^,;:!?„“\"»«()]+(?:\([^(),]{1,30}\))?,\s*$")


def opening_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The name that opens a subject with its apposition before the verb at `hi`: "Jan Roth"
    of "Jan Roth, Minister für Wirtschaft, | sagte" and of "Einer der Kritiker, Jan Roth,
    Sprecher der Allianz für Demokratie, | sagte" (not the apposition's last noun); a run of
    one to four capitalised words between commas, not the apposition right before the verb."""
    if not _APPOSITIVE_END.search(text, lo, hi):
        return None
    commas = [i for i in range(lo, hi) if text[i] == ","]
    a = lo
    for c in commas[:-1][:2]:
        end = _PARTY.search(text, a, c)  # "Jan Roth (SPD),": the name before its party
        words = text[a : end.start() if end else c].split()
        if len(words) > 1 and words[0] in ("Auch", "Selbst", "Sogar", "Ebenfalls"):
            words = words[1:]  # "Auch Jan Roth, Lunds Stellvertreter, sagte": the name
        first = _clean_word(words[0]) if words else ""
        if (
            1 <= len(words) <= 4
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and words[0][:1].isupper()
            and first not in _NOMINATIVE
            and first not in _NOT_SUBJECT
            and not _abstract(words[-1])
            and not any(ch.isdigit() for ch in text[a:c])
        ):
            start = text.index(words[0], a)
            return start, start + len(text[start : end.start() if end else c].rstrip())
        a = c + 1
    return None


# words between an inverted verb and its subject: adverbs, a time, a place or a manner
_SKIP: Final = re.compile(
    r"(?:\s+(?:später|zudem|weiter|auch|noch|dann|jetzt|nun|bereits|heute|gestern|zuvor|"
    r"außerdem|ebenfalls|dabei|daraufhin|damals|inzwischen|zuletzt|erneut|abschließend|"
    r"ferner|schließlich|allerdings|jedoch|aber|dazu|hierzu|darin|darauf|dort|offiziell|"
    r"beispielsweise|etwa|zum\s+Beispiel|unter\s+anderem|"
    # "sah es X als Aufgabe an": "es" is the object before a subject
    r"es(?=\s+(?:[Dd](?:er|ie|as)\s|[A-ZÄÖÜ]))|"
    # a time or place before the subject: "…, sagte am Montag in Köln der Sprecher"
    r"(?:am|im|in|bei|beim|vor|gegenüber|mit)\s+(?:(?:einem|einer|der|dem)\s+)?(?:[a-zäöüß]+\s+)?"
    r"[A-ZÄÖÜ][\w-]*))+\b"
)
