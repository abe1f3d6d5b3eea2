"""Whether a German cue verb frames reported words: a clause after it (not a relative clause on
its object), words before it in the sentence, or an object that is what was said ("sprach von
einem Erfolg")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon_de, passive_agents_de
from annotator.split.marked_subjects_de import _FRONT_AGENT
from annotator.split.noun_phrases_de import SUBJECT_NP
from annotator.split.part_marks import PARTS as _PARTS

_REPORTED: Final = re.compile(r"[,:„“\"»«]|\b(?:dass|ob)\b")
_PURPOSE = re.compile(r",\s+(?:um|ohne|statt|anstatt)\s")  # "bietet X an, um … zu": a purpose
_INTENT: Final = re.compile(
    r"\bdass\b|\bzu\s+(?!(?:den|dem|der|einem|einer|einen|seinen|ihren)\b)[a-zäöüß]{2,}(?:en|ern|eln)\b"
    r"|\b[a-zäöüß]+zu[a-zäöüß]+en\b"
)
# the attitude after "zeigte sich": "zeigte sich besorgt, dass", "zeigt sich der Trainer zufrieden"
_ATTITUDE: Final = re.compile(
    r"\b(?:un)?(?:besorgt|optimistisch|pessimistisch|bestürzt|zufrieden|zuversichtlich|überzeugt|"
    r"erfreut|enttäuscht|überrascht|skeptisch|glücklich|erleichtert|empört|verärgert|entsetzt|"
    r"schockiert|beeindruckt|stolz|dankbar|offen|bereit|gelassen|kritisch|zurückhaltend|"
    r"irritiert|verwundert|betroffen|erschüttert|beunruhigt|interessiert|hoffnungsvoll|"
    r"kämpferisch|versöhnlich|selbstbewusst|froh|traurig|verständnislos|fassungslos|sicher|"
    r"unbeeindruckt|gesprächsbereit|kompromissbereit)\b"
)
# "Als Grund gab X einen Defekt an": a sentence opening with the reason names what was said
_REASON_FIRST: Final = re.compile(r"\s*Als\s+(?:Grund|Gründe|Ursachen?|Begründung)\b")
_SHOWING: Final = frozenset(("zeigt sich", "zeigte sich", "zeigten sich"))
# what informing passes on: a colon, a quote, "dass"/"ob" or "über" ("informierte die Presse
# über …"); the one informed is no words said ("informierte die Botschaft, die …")
_INFORMED_OF: Final = re.compile(r"[:„“\"»«]|\b(?:dass|ob|über|darüber)\b")
# words said before the verb: "…, informierte X", "„…“ informierte X", "Wie X informierte, …"
_WORDS_BEFORE: Final = re.compile(r"[,:;„“\"»«]\s*$|\b[Ww]ie\s")
_CLAUSE_END: Final = re.compile(r"[,.;:!?„“\"»«]")


def _informs(text: str, a: int, e: int) -> bool:
    """What follows "informierte" passes words on: "über …", "dass …", a colon or a quote, or
    a clause in the Konjunktiv after a comma ("informierte die Presse, der Plan sei …")."""
    if _INFORMED_OF.search(text, a, e):
        return True
    comma = text.find(",", a, e)
    return comma >= 0 and bool(lexicon_de.SUBJUNCTIVE.search(text, comma, _end(text, comma + 1, e)))


def _end(text: str, a: int, e: int) -> int:
    """Where the clause after text[a] ends: the next comma, stop or quote mark, else e."""
    m = _CLAUSE_END.search(text, a, e)
    return m.start() if m else e


# a subject and its apposition before the verb: "Anna Roth, die Bürgermeisterin, | lobte",
# "Der Vorsitzende des Rates, Jan Roth, | zeigt sich", "Jan Roth, Chef der Werft, | äußerte
# sich", "Auch die Chefin der Werft, Eva Lund, | äußerte sich"
_NAME: Final = r"(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*"
_ROLE: Final = r"[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des|von|vom|im|für|bei|am)\s[^,;:„“\"»«]+)?"
_SUBJECT_APPOSED: Final = re.compile(
    rf"\s*(?:(?:Der|Die|Das)\s+)?{_NAME},\s+(?:(?:der|die|das|ein|eine)\s[^,;:„“\"»«]+|{_ROLE}),\s*$"
    rf"|\s*(?:Auch\s+)?(?:[Dd](?:er|ie|as)|[Ee]ine?)\s[^,;:„“\"»«]+,\s+{_NAME},\s*$"
)
_OBJECT_PRONOUN: Final = re.compile(r"\s+(?:ihn|sie|es|ihm|ihr|ihnen|uns|mich)\b")
_INVERTED = frozenset("wie hatte hat habe hätte wird wurde".split())  # ", wie X sagte", ", hatte X"
# verbs of telling whose denial tells nothing ("wollte nicht bestätigen, dass …", "gab … nicht
# bekannt"); a denied view ("glaubt nicht, dass …") is still a view
_TELLING: Final = re.compile(
    r"(?:ge)?(?:bestätig|sag|bericht|mitgeteilt|mitteil|teilt|nann|nenn|äußer|kommentier|"
    r"erklär|informier|meld|bekannt|angab|angegeben|gab|gib)"
)
# not "auf nicht näher genannte Quellen": an attributive participle, no denial
_DENIED: Final = re.compile(
    r"\b(?:nicht|weder)\b(?!\s+nur\b)(?!\s+(?:näher|weiter)\s+[a-zäöüß]+e[nrms]?\s+[A-ZÄÖÜ])"
)
_JOINED_VERB = re.compile(r"\s(?:und|aber|sondern|oder)\s")  # "bestätigte … nicht und nannte …"


def _denied(text: str, s: int, e: int, cue: re.Match[str]) -> bool:
    """The cue's own clause denies it: "X wollte nicht bestätigen, dass …", "X konnte weder
    bestätigen noch …", "Das gab X nicht bekannt" (not "X sagte, nicht alle …")."""
    if not _TELLING.match(cue.group(1).lower()):
        return False
    bounds = [m.end() for m in _PARTS.finditer(text, s, cue.start())]
    lo = bounds[-1] if bounds else s
    lo = max([lo] + [m.end() for m in _JOINED_VERB.finditer(text, lo, cue.start())])
    end = _end(text, cue.end(), e)
    joined = _JOINED_VERB.search(text, cue.end(), end)
    return bool(_DENIED.search(text, lo, joined.start() if joined else end))


_CLAUSE_OPEN: Final = re.compile(r"[,;:](?=\s)")
_ALS: Final = re.compile(r"\b[Aa]ls\b")
_PUNCT_AFTER: Final = re.compile(r"\s*(?:[,.;:!?]|$)")
_WORD_AFTER: Final = re.compile(r"\s+\w")


def _als_before(text: str, s: int, cue: re.Match[str]) -> bool:
    """ "als" before a view verb in its clause frames what is seen: a fronted "Als Fehler
    sieht X den Plan" (the clause goes on after the verb) or a clause closing with the verb
    ("…, der den Plan als Fehler sieht."); not a clause of time ("…, als er ihn sah.")."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, s, cue.start())]
    lo = opens[-1] if opens else s
    als = _ALS.search(text, lo, cue.start())
    if als is None:
        return False
    first = not text[lo : als.start()].strip()  # "als" opens the clause
    return not first or not _PUNCT_AFTER.match(text, cue.end())


# a relative clause after the object's comma: "…, die im Mai in Kraft trat", "…, welche …" (not
# "…, denen zufolge …": a source of its own)
_RELATIVE: Final = re.compile(r",\s+(?:(?:der|die|das|den|dem)\s+(?=[a-zäöüß\d])|welche[rsmn]?\b)")

# a particle closing the object's clause of a cue of rejecting ("wies … zurück", "lehnte … ab"),
# and the stems of denying: the account rejected is what was said
_REJECTED: Final = re.compile(r"\s(?:zurück|ab|entgegen)\s*$")
_DENYING: Final = ("bestr", "dement", "widersp")


def _described(text: str, s: int, e: int, cue: re.Match[str]) -> bool:
    """The sentence opens with its subject and the cue, and the only mark of words said after
    the cue is the comma of a relative clause on its object, with no Konjunktiv up to the
    sentence's end ("Der Bericht kritisiert die Reform, die im Mai in Kraft trat.")."""
    np = SUBJECT_NP.match(text, s, cue.start())
    if np is None or text[np.end(1) : cue.start()].strip():
        return False
    m = _REPORTED.search(text, cue.end(), e)
    if m is None or m.group() != "," or not _RELATIVE.match(text, m.start()):
        return False
    if not text[cue.end() : m.start()].strip() or lexicon_de.SUBJUNCTIVE.search(text, m.end(), e):
        return False  # "kündigte an, die …": the clause is what was announced
    if _REJECTED.search(text, cue.end(), m.start()) or cue.group(1).startswith(_DENYING):
        return False  # "wies die Darstellung zurück, die …": rejecting an account says something
    return not _REPORTED.search(text, m.end(), e)


def reports(text: str, s: int, e: int, cue: re.Match[str]) -> bool:
    """A German cue frames reported words: some follow it (", dass", ":", a quote), come
    before it in the sentence ("Der Plan sei gut, sagte X"), or are its object ("sprach von
    einem Erfolg", "nannte den Plan gut")."""
    verb = cue.group(1).lower()
    if _denied(text, s, e, cue):
        return False
    if verb in lexicon_de.INTENDING:  # "beschloss, den Fall abzugeben", not "… ein Verbot"
        intent = _INTENT.search(text, cue.end(), e)
        return intent is not None and not _PURPOSE.search(text, cue.end(), intent.start())
    if verb.startswith("informier") and not _WORDS_BEFORE.search(text[s : cue.start()]):
        return _informs(text, cue.end(), e)  # "informierte die Botschaft, die …": no words said
    if verb in _SHOWING and not _ATTITUDE.search(text, cue.end(), _end(text, cue.end(), e)):
        return False  # "Ein ähnliches Bild zeigte sich an den Börsen": no one's attitude
    if verb in _SHOWING and not _REPORTED.search(text, cue.end(), e):
        return False  # "X zeigte sich erfreut über die Wahl.": a mood, nothing said
    if verb in lexicon_de.VIEWING and _als_before(text, s, cue):
        return True  # "Als Fehler sieht X den Plan", "…, der den Plan als Fehler sieht."
    if verb in lexicon_de.VIEWING or verb in lexicon_de.JUDGING:
        return lexicon_de.framed(verb, text, cue.end())
    if verb in lexicon_de.ADVISING and _WORD_AFTER.match(text, cue.end()):
        return True  # "empfahl den Pendlern das Fahrrad": the advice named is what was said
    if verb in lexicon_de.NP_CONTENT:
        return True
    if _REPORTED.search(text, cue.end(), e) and not _described(text, s, e, cue):
        return True
    intent = _INTENT.search(text, cue.end(), e)
    if intent and not _PURPOSE.search(text, cue.end(), intent.start()):
        return True
    if verb in lexicon_de.ASKING:
        return False  # "bat die Beamten um Hilfe": a request reports only what follows it
    if verb in ("gab", "gibt", "gaben", "geben") and _REASON_FIRST.match(text, s, cue.start()):
        return True  # "Als Grund gab X einen Defekt an": the reason named is what X said
    if lexicon_de.framed(verb, text, cue.end()):
        return True  # "hält den Plan für richtig": the object is what is held
    if passive_agents_de.labelled_by_agent(text, s, cue.start(), cue.end()):
        return True  # "Der Plan wurde von X als Fehler bezeichnet": the label is what X said
    if _FRONT_AGENT.match(text, s, cue.start()):
        return True  # "Von X wurde der Plan kritisiert": the plan is what X said
    if text[s : cue.start()].split() in (["Dies"], ["Das"]):
        return True  # "Dies bestätigte X.": what was said is the sentence before
    if passive_agents_de.points_back(text, s, e, cue.group(1)):
        return True  # "Das wurde von X bekannt gegeben."
    bounds = [m.end() for m in _PARTS.finditer(text, s, cue.start())]
    clause = text[bounds[-1] : cue.start()].split() if bounds else []
    # "…, sagte X" or "…, wie X mitteilte": the sentence before the comma is what was said
    back = clause in (["das"], ["dies"])  # "…, das sagte X"
    # "„…“, so beschrieb ihn X": a pronoun object keeps "so X" apart, the words before are said
    back = back or (clause == ["so"] and bool(_OBJECT_PRONOUN.match(text, cue.end())))
    # "…, wie X, Direktor der Y betonte.": an apposition left open before the verb (not "…,
    # wie X, auf … hinweist")
    wie = (
        len(bounds) > 1
        and text[bounds[-2] : bounds[-1]].split()[:1] == ["wie"]
        and clause[:1] != []
        and clause[0][:1].isupper()
    )
    if not clause and _SUBJECT_APPOSED.match(text, s, cue.start()):
        return False  # "Anna Roth, die Bürgermeisterin, lobte …": the commas close no words said
    return bool(bounds) and (not clause or clause[0].lower() in _INVERTED or back or wie)
