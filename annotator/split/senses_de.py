"""German cue forms of "melden" in a sense that reports nothing: "hatten den Wagen als gestohlen
gemeldet" (registered as stolen) and the reflexive "haben sich drei Kandidaten gemeldet" (came
forward); "meldete sich zu Wort" (spoke up), "meldete sich mit den Worten: …" and "meldete,
dass …" stay cues. A reflexive "versprechen" ("verspricht sich Vorteile") expects, a reflexive
"fürchten" ("fürchten sich vor …") is afraid, and says nothing either; "versprach, die Brücke
zu bauen" stays a cue. "gab sich betont gelassen" is an adverb of manner, "meinte es gut" a
wish and "schrieb drei Lieder" a work written, no word said (`other_sense`). An infinitive after a modal of will or possibility, with no words after
it, says nothing yet ("wollte das Doppelte verlangen", "kann damit nur X meinen": `intended`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon_de import SUBJUNCTIVE_WORDS

# "als vermisst gemeldet", "als gestohlen meldete": a status registered, right before the form
_STATUS_BEFORE: Final = re.compile(r"\bals\s+[a-zäöüß]+\s+$")
# "sich" earlier in the form's clause ("Haben sich … gemeldet") or right after it ("meldete sich",
# "meldete er sich bei der Stadt")
_SELF_BEFORE: Final = re.compile(r"\bsich\b[^,.;:!?„“\"]*$")
# not when words follow in its clause ("meldete sich zu Wort", "… mit den Worten: „…“")
_SELF_AFTER: Final = re.compile(r"\s+(?:(?:er|sie|es)\s+)?sich\b(?![^,.;!?]*(?:\bWort(?:en)?\b|:))")
_WORD_BEFORE: Final = re.compile(r"\bzu\s+Wort\s+$")


_EXPECT_SELF: Final = re.compile(r"\s+(?:[a-zäöüß]+\s+)?sich\b")


def expects(verb: str, text: str, lo: int, a: int, b: int) -> bool:
    """The form text[a:b] of "versprechen" or "fürchten" is reflexive ("verspricht sich der
    Konzern Vorteile", "hatten sich davon viel versprochen", "fürchten sich vor Hunden"):
    someone expects or is afraid of something, says nothing."""
    if not verb.startswith(("versp", "versprach", "fürcht", "gefürcht")):
        return False
    return bool(_EXPECT_SELF.match(text, b) or _SELF_BEFORE.search(text, max(lo, a - 80), a))


def registered(verb: str, text: str, lo: int, a: int, b: int) -> bool:
    """The form text[a:b] of "melden" registers a status or is reflexive (someone came
    forward), or its sentence says no words of what was announced (`_nothing_reported`): it
    reports no words."""
    if not verb.startswith(("meld", "gemeld")):
        return False
    before = text[max(lo, a - 80) : a]
    if _STATUS_BEFORE.search(before):
        return True
    if _WORD_BEFORE.search(before):
        return False  # "hat sich zu Wort gemeldet": spoke up
    if _SELF_BEFORE.search(before) or _SELF_AFTER.match(text, b):
        return True
    return _nothing_reported(text, lo, a, b)


# a clause stop after the form ("am 27. März" is none)
_CLAUSE_END: Final = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n")
# words said in the sentence: a colon, a quote mark or "dass" ("so dass" is a consequence)
_WORDS_SAID: Final = re.compile(r"[:„“”\"»«]|(?<!\bso )\bdass\b")
# "Wie X meldete, …"; "Das meldete X.": the words of the sentence before
_BACK_BEFORE: Final = re.compile(r"\s*(?:[Ww]ie\b|(?:Das|Dies|Dieses)\s*$)")
_LOWER_WORD: Final = re.compile(r"[a-zäöüß]+")
_SUBJECT_NEXT: Final = re.compile(r"\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ])")


def _nothing_reported(text: str, lo: int, a: int, b: int) -> bool:
    """The "melden" form text[a:b] has a plain object and no words in its sentence ("Die Bank
    meldete heute hohe Verluste.", "Der Fahrer meldete der Leitstelle einen Schaden, so dass
    …"): not "meldete, …", "…, meldet X.", "Wie X meldete, …", "Das meldete X.", a colon, a
    quote, "dass" or a Konjunktiv after it."""
    stop = _CLAUSE_END.search(text, b, b + 300)
    rest = text[b : stop.start() if stop else b + 300]
    before = text[lo:a]
    if _WORDS_SAID.search(rest) or _WORDS_SAID.search(before) or _BACK_BEFORE.match(before):
        return False
    if rest.lstrip().startswith(",") or (
        before.rstrip().endswith(",") and _SUBJECT_NEXT.match(rest)
    ):
        return False  # "Wie X meldete, …", "Die Fähre sinkt, meldet die Agentur."
    return not any(w in SUBJUNCTIVE_WORDS for w in _LOWER_WORD.findall(rest))


# "gab sich betont gelassen.": "betont" before an adjective that closes the clause
_MANNER_NEXT: Final = re.compile(
    r"\s+(?!(?:dass|ob|wie|die|der|das|den|dem|des|ein|eine|einen)\b)[a-zäöüß]+\s*[.,;:!?]"
)
# "meinte es gut mit den Gästen", "meint es ernst": meaning well, not saying
_MEANT_WELL: Final = re.compile(r"\s+es\s+(?:[a-zäöüß]+\s+)?(?:gut|ernst|ehrlich|böse|schlecht)\b")


# a work written as the object right after "schreiben": "schrieb drei Lieder für …", "er schrieb
# Anträge an Behörden", "schrieb Geschichte"
_WORK_WRITTEN: Final = re.compile(
    r"\s+(?:(?:er|sie|es)\s+)?(?:(?:der|die|das|den|einen|eine|ein|seine|seinen|ihre|ihren|"
    r"einige|mehrere|viele|zahlreiche|zwei|drei|vier|fünf|\d+)\s+)?(?:[a-zäöüß][\w-]*\s+)?"
    r"(?=[A-ZÄÖÜ])[\w-]*?(?:[Tt]itel|[Ll]ieder|[Ll]ied|[Ss]ongs?|[Mm]usik|[Bb]uch|[Bb]ücher|[Rr]omane?|"
    r"[Dd]rehbuch|[Dd]rehbücher|[Aa]nträge|[Aa]ntrag|[Mm]ahnungen|[Gg]edichte?|[Oo]pern?|"
    r"[Ss]infonien?|[Ss]ymphonien?|[Tt]heaterstücke?|[Kk]olumnen?|[Mm]emoiren|[Bb]iografie|"
    r"[Pp]artituren?|Geschichte)\b"
)
_TITLE: Final = re.compile(r"„[^„“”\"]{1,60}[“”\"]")  # "„Lied: Am Meer“": a title, no words said
_SAID_AFTER: Final = re.compile(r"\bdass\b|:")  # "schrieb Briefe, dass …", "… an X: „…“"
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)")
_WRITE_FORMS: Final = frozenset("schreibt schreiben schrieb schrieben geschrieben".split())


def other_sense(verb: str, text: str, lo: int, a: int, b: int) -> bool:
    """The cue form text[a:b] says nothing here: a reflexive "versprechen" (`expects`), "betont"
    as an adverb after a reflexive verb ("Die Chefin gab sich betont gelassen."), "meinen
    es gut/ernst" ("Der Sommer meinte es gut mit den Bauern.") or "schreiben" with a work as
    its object ("Der Sänger schrieb drei Lieder für den Film.")."""
    if verb == "betont":
        return bool(_MANNER_NEXT.match(text, b)) and bool(
            _SELF_BEFORE.search(text, max(lo, a - 80), a)
        )
    if verb.startswith("mein"):
        return bool(_MEANT_WELL.match(text, b))
    if verb in _WRITE_FORMS:  # "schrieb drei Lieder für den Film.": a work, nothing said
        work = _WORK_WRITTEN.match(text, b)
        if not work:
            return False
        stop = _SENTENCE_END.search(text, work.end(), work.end() + 300)
        rest = text[work.end() : stop.start() if stop else work.end() + 300]
        return not _SAID_AFTER.search(_TITLE.sub("", rest))
    return expects(verb, text, lo, a, b)


# a modal of will or possibility in the infinitive's clause: "wollte … verlangen", "kann … meinen"
_MODAL: Final = re.compile(
    r"\b(?:will|wollte|wollten|wollen|wolle|möchte|möchten|kann|können|könne|könnte|könnten|"
    r"würde|würden|dürfte|dürften)\b[^,.;:!?„“”\"»«]*$"
)
_INFINITIVE_END: Final = re.compile(r"\s*(?:[,.;!?]|$)")  # the infinitive closes its clause


def intended(text: str, lo: int, a: int, b: int) -> bool:
    """The cue form text[a:b] is an infinitive after a modal of will or possibility in its
    clause and closes it, with no words said after it ("Das Unternehmen wollte das Doppelte
    verlangen, doch …", "Als Chef kann er damit nur die Polizei meinen."): nothing is said.
    "wollte nicht ausschließen, dass …" and "will erklären: „…“" stay cues."""
    word = text[a:b]
    if not word.endswith("en") or not word.islower() or word.startswith("ge"):
        return False
    if not _INFINITIVE_END.match(text, b) or not _MODAL.search(text, max(lo, a - 80), a):
        return False
    stop = _CLAUSE_END.search(text, b, b + 300)
    rest = text[b : stop.start() if stop else b + 300]
    if _WORDS_SAID.search(rest):
        return False
    return not any(w in SUBJUNCTIVE_WORDS for w in _LOWER_WORD.findall(rest))
