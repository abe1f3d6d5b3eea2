"""Cue patterns: speech verbs in every listed language, "according to" phrases, and the tests
that tell a cue from a noun or a passive (headline speakers "Jane Doe: …": `headline_speakers`;
the German forms' own tests: `cue_checks_de`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import ing_cues, lexicon, lexicon_ml, rule_verbs, stand_verbs
from annotator.split.clauses import no_subject
from annotator.split.compounds import a_modifier_before, after_adjective, noun_compound
from annotator.split.credits import credit_line
from annotator.split.cue_auxiliaries import negated_before, passive_before
from annotator.split.cue_checks_de import german_cue
from annotator.split.naming import names_thing
from annotator.split.other_senses import INITIALS, not_speech
from annotator.split.subject_cues import (
    _DETERMINER,
    _HEADLINE_CUES,
    _NOUN_NEXT,
    _TITLE_CUES,
    PLURAL_HEADLINE_CUES,
    _after_subject,
    named_ing,
)
from annotator.split.textscan import WordScan, literal_first
from annotator.split.things_and_doings import other_use

VERBS: Final = (
    "said|says|say|added|adds|told|tells|argued|argues|replied|replies|responded|continued|"
    "concluded|stated|explained|insisted|warned|suggested|noted|wrote|writes|"
    "tweeted|asserted|acknowledged|admitted|vowed|commented|stressed|underscored|emphasized|"
    "emphasised|maintained|declared|announced|posted|reported|recalled|cautioned|observed"
)


def _trie(words: list[str]) -> str:
    """A regex matching exactly one of `words`, factored by common prefixes ("s(?:aid|ays)")."""
    if len(words) == 1:
        return re.escape(words[0])
    empty = "" in words
    by_first: dict[str, list[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + (_trie(rest) if rest != [""] else "") for c, rest in by_first.items()]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if empty else body


# the speech verbs that make an unpunctuated line a statement (claims._is_statement)
_VERB: Final = re.compile(rf"\b({_trie(VERBS.split('|'))})\b")
# every cue form; each alternative is followed by \b, so at most one matches at a position
# A cue form that starts a word (no letter, digit, "-" or "_" before it) and ends one.
# verbs of a view that report one only with "as" after their object: "Democrats saw him as a
# threat", "Israel regards the city as its capital", "was seen by critics as" (not "saw a rise",
# "the views of", "saw the truck as it turned"; `_is_cue`, `passives.passive_agent`)
_VIEW_AS: Final = frozenset("saw seen seeing view views viewed viewing regards regarded".split())
# a word of the object: "U.S." and a title's "Mrs." hold a full stop, a sentence's end does not
_OBJECT_WORD: Final = (
    r"[\w'’-]+(?:\.\w+)*(?:\.(?=\s+[a-z])|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\b(?:Mrs|Sen|Gov|Rep))\.)?"
)
_AS_LATER: Final = re.compile(
    rf"(?:\s+(?!(?:and|but|or|who|which|that|as|if|when)\b){_OBJECT_WORD},?){{1,6}}?\s+as\s+"
    r"(?!(?:well|soon|long|much|many|far|of|if|though|he|she|it|they|we|I|you)\b)"
    # not a clause: "saw a rise as the plant closed"
    r"(?!(?:(?!who\b|which\b|that\b|more\b|most\b|less\b|very\b|\w+ly\b)[\w'’-]+\s+){1,3}"
    r"(?:was|were|is|are|had|has|\w+ed)\b)"
)
# a noun "view"/"saw" after a determiner, or a verb that "and" joins to an earlier subject
_VIEW_NOUN_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|and|or)|['’]s)\s+(?:[a-z]+ly\s+)?$", re.I
)
_STOP: Final = re.compile(r"[.!?\n]")


def _sentence_end(text: str, a: int) -> int:
    """Where the sentence holding `a` ends (its next '.', '!', '?' or line break)."""
    stop = _STOP.search(text, a)
    return stop.start() if stop else len(text)


_CUE_FORMS: Final = (
    lexicon.EN_CUES | lexicon_ml.CUES | _TITLE_CUES | _HEADLINE_CUES | _VIEW_AS | rule_verbs.FORMS
)
_CUE_SCAN: Final = re.compile(rf"(?<![\w-])({_trie(sorted(_CUE_FORMS))})(?![\w-])")
_CUE_WORDS: Final = WordScan(_CUE_SCAN, _CUE_FORMS)


# cue_matches(text, a, b): cue forms in text[a:b] that start a word (`_CUE_SCAN.finditer`,
# tried only where a word is the first word of a form: `textscan.WordScan`);
# cue_scan_encoded(text, a, b, encoded): the same, given text[a:b] as `textscan.encode_part`
# gives it, and the word runs it cut (`word_gates.words_of`) (bound methods: no call of a
# wrapper per sentence)
cue_matches = _CUE_WORDS.matches
cue_scan_encoded = _CUE_WORDS.scan_encoded


def search_word(pattern: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """The first match of `pattern` in text[a:b] that starts a word."""
    for m in pattern.finditer(text, a, b):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            return m
    return None


_GERMAN: Final = frozenset(lexicon_ml.DE)
MAX_CUES: Final = 12
_BETWEEN: Final = " ,.!?;:—–-\"”’'»«“‘\n"
_ACCORDING: Final = re.compile(rf"({literal_first(lexicon_ml.ACCORDING_BEFORE)})\s*")
_HEISST: Final = re.compile(lexicon_ml.HEISST_ES)
_ZUFOLGE: Final = re.compile(rf"\s{lexicon_ml.ACCORDING_AFTER}\b")
_SO: Final = re.compile(lexicon_ml.SO_INVERSION)
_SUBJUNCTIVE: Final = re.compile(lexicon_ml.DE_SUBJUNCTIVE)
_TOLD_OBJECT: Final = re.compile(
    r"\s+((?:the\s+)?(?:[A-Z][\w.&'-]*|press|newspaper|reporters|media)(?:\s+[A-Z][\w.&'-]*)*)"
)
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your)\s+$", re.I)
_ARTICLES: Final = ("the", "a", "an", "his", "her", "its", "their", "our", "my", "your")


def _article_before(before: str) -> bool:
    """`_ARTICLE_BEFORE.search(before)`: tried only when `before` ends in an article (an ASCII
    text, lower-cased; in others `re.I` takes "ı" or "İ" for "i", "ſ" for "s": the search decides)."""
    if before.isascii() and not before.rstrip().lower().endswith(_ARTICLES):
        return False
    return _ARTICLE_BEFORE.search(before) is not None


# a modal right after the cue form: "his tax plans would …" (but "a step that the guild
# hopes will …": the object of the cue opens a relative clause before its subject)
_MODAL_NEXT: Final = re.compile(r"\s+(?:would|will|could|can|may|might|should|must)\b")
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:that|which|what|whom)\b")
# a participle and its phrase right after the noun-like form: "the co-op plans set up with
# state loans", "claims culled from an online list" (a reduced relative clause on a noun)
_PARTICIPLE_NEXT: Final = re.compile(
    r"\s+[a-z]+ed\s+(?:by|from|with|in|on|at|for|under|through|to|during|since|over)\b"
)
# a preposition right before a noun-like form (a quantifier between): "around plans to",
# "fees for most plans rose", "in talks with"; no subject ends in a preposition
_PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:around|about|of|for|with|without|into|over|under|amid|against|despite|from|among|"
    r"in|on|at)\s+(?:(?:many|several|other|more|such)\s+)?$"
)
_FELT: Final = re.compile(r"\s+(?:about|that)\b")
# not "said by phone", nor a margin: "say by 55%-41%", "says by a wide margin", "by 2-1"
_BY_AGENT: Final = re.compile(
    r"\s+by\b(?!\s+(?:tele)?phone\b|\s+e-?mail\b|\s+(?:an?\s+)?(?:wide|large|narrow|slim|"
    r"overwhelming|lopsided|comfortable|big|small|double-digit)?\s*margins?\b"
    r"|\s+\d[\d.]*\s*(?:%|percent|points?|percentage|-(?:to-)?\d|–\d|\s+to\s+\d))"
)


def by_agent(text: str, end: int) -> bool:
    """`_BY_AGENT.match(text, end)`, tried only where a space and a "b" (or a second space) follow."""
    nxt = text[end + 1 : end + 2]
    if not text[end : end + 1].isspace() or not (nxt == "b" or nxt.isspace()):
        return False
    return _BY_AGENT.match(text, end) is not None


_WITH_ING: Final = ing_cues.WITH_ING
# an adverb between a comma and an -ing cue: "…, quickly reminding", "…, perhaps recognizing"
COMMA_ADVERB: Final = r"(?:[a-z]+ly|perhaps|also|still|later)"
_ING_OK: Final = re.compile(
    rf"(?:[,—–:][”\"’']?(?:\s+{COMMA_ADVERB})?|"
    r"\b(?:is|are|was|were|been|be|am|'s|’s|'re|’re))\s*$|" + ing_cues.ASPECT_ING.pattern
)
# the same comma and adverb when the adverb is long ("…, eventually saying"): a wider look
_COMMA_ADVERB_ING: Final = re.compile(rf"[,—–:][”\"’']?\s+{COMMA_ADVERB}\s+$")
# a progressive with adverbs before the -ing form: "Doe is also urging", "they are now warning"
_ING_ADVERBS: Final = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:[a-z]+ly|also|now|still|even|already|just|again)\s+){1,2}$"
)
# what comes before an -ing cue whose speaker is the main clause's subject (a message and a
# day: "issued statements early Friday saying …")
_AFTER_CLAUSE: Final = re.compile(
    r"(?:[,—–][”\"’']?|(?<![’']s\s)\b(?:statement|release|letter|message|memo|email|video|tweet|"
    r"post|note|report|ad|advertisement|article|petition|op-ed|editorial|column|notice|resolution)s?"
    r"(?:\s+(?:this\s+|last\s+)?(?:(?:early|late|last)\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|today|yesterday|morning|afternoon|evening|night|week))?)$"
)
_WILL: Final = re.compile(r"\b(?:will|would|'ll|’ll)\s+(?:soon\s+|also\s+|likely\s+)?$")
_SEE_AS: Final = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s+as\b|\s+(?:that|whether|how|what|why)\b")
_BARE_END: Final = re.compile(r"\s*[.!](?:\s|$)")
_BRACKET_OR_COLON: Final = re.compile(r"(?:\(|[:—–]\s*)$")
_PRECINCTS: Final = re.compile(r"\b(?:precincts|districts|counties|wards)\s+$")
_FORMAT_AND = re.compile(r"\b(?:news|sports|music)\s+and\s+$")  # "news and talk": a radio format
# "the chief supporting role", "a supporting cast": an adjective before what it qualifies
_SUPPORTING_NOUN = re.compile(r"\s+(?:roles?|cast|actors?|actress|parts?|players?|characters?)\b")
_ONCE = re.compile(r"\bonce\s+$")  # "the plan, once agreed, …": a participle, no one agreeing
# "Doe may want to check his figures": advice to the subject, no wish of the subject's
_MAY_WANT: Final = re.compile(r"\b(?:may|might)\s+(?:still\s+|also\s+|well\s+)?$")
_TO_NEXT: Final = re.compile(r"\s+to\b")
# "what Doe really wants", "what exactly the board believes": the wish or belief named as a thing
_WHAT_SUBJECT: Final = re.compile(
    r"\b[Ww]hat(?:ever)?\s+(?:exactly\s+)?"
    r"(?:(?!(?:is|are|was|were|that|if|and|or)\s)[\w.'’-]+\s+){1,4}(?:[a-z]+ly\s+)?$"
)
_WISH_OR_BELIEF: Final = frozenset("want wants wanted believe believes believed".split())
_COPULA_NEXT: Final = re.compile(r"\s+(?:is|are|was|were|will|would)\b")
_ALL_TOLD: Final = re.compile(r"(?:^|[.;:—–]\s*|\n\s*)\s*[Aa]ll\s+$")  # "All told, …": in all
# what "learned" reports: a clause ("learned Friday that …", "learned he had …"; "learned that"
# right after is the cue "learned that", `complements`)
_LEARNED_CLAUSE: Final = re.compile(
    r"(?:\s+(?:on\s+)?\w+day\s+that|\s+(?:he|she|they|it|we|I|you|there))\b"
)


def _cue(text: str, m: re.Match[str], hi: int) -> str:
    verb = m.group(1).lower()
    if verb in lexicon.TOLD:
        o = _TOLD_OBJECT.match(text, m.end(), hi)
        if o:
            return f"{verb} {o.group(1)}"
    return verb


# the subject's last word, before an aside set off by commas, "has/have/had" and an adverb
# a document as the subject of a noun-like cue form: "the paper notes", "the ad states"
_DOC_VERBS: Final = frozenset("notes states lists continues calls reports reads".split())
_DOC_SUBJECT: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|an?|\w+['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:paper|report|study|email|letter|memo|document|statement|book|"
    r"article|editorial|analysis|ad|video|website|release|filing|complaint|lawsuit|post|message|"
    r"headline|page|column|transcript|narrator|bill|plan|platform|proposal|order|ruling|"
    r"indictment|agency|bureau|department|office|commission)\s+(?:also\s+)?$"
)
_TO: Final = re.compile(r"\bto\s+$")


def infinitive_cue(text: str, m: re.Match[str], lo: int) -> bool:
    """ "X went on to say …", "X used the speech to call for …": a cue's base form after "to"."""
    verb = m.group(1)
    if verb not in lexicon.EN_CUE_LEMMAS_SET or by_agent(text, m.end()):
        return False
    if verb[:1] in INITIALS and not_speech(verb, text, m.end()):
        return False  # "all the motivation they need to show up"
    return bool(_TO.search(text, (m.start() - 4 if m.start() - 4 > lo else lo), m.start()))


_PLURAL_BEFORE: Final = re.compile(r"(?:[a-z]s|\b(?:Some|Many|Most|Others|Both|All|People))\s+$")
_TITLE_WORD: Final = re.compile(
    r"[A-Z0-9“\"‘'][\w'’.,:-]*|(?:a|an|the|of|to|for|on|in|and|or|at|by|with|after|from|over|"
    r"about|against|amid|as|into|than|via|vs\.?)$"
)


def _title_case(text: str, m: re.Match[str], lo: int) -> bool:
    """A capitalised cue form in a Title Case line with a capitalised word before it."""
    before = text[(m.start() - 60 if m.start() - 60 > lo else lo) : m.start()].split()
    after = text[m.end() : m.end() + 80].split()[:4]
    if not before or not after or not before[-1][:1].isupper() or ":" in text[lo : m.start()]:
        return False  # "Report: X Advised …": the colon's speaker
    return all(_TITLE_WORD.match(w) for w in before[-3:] + after)


class _Answers:
    """`_verb_use` answers for the last text asked about: the rules ask again about the same
    cue form with the same window start (a sentence's cue, then its closing frame, a quote's
    frame from each side)."""

    def __init__(self) -> None:
        self.text = ""
        self.found: dict[tuple[int, int, int, int, int], bool] = {}


_ANSWERS = _Answers()


# a progressive before an -ing form that is mostly a noun, and the clause it reports: "polls are
# showing that", "Doe is questioning whether" (not "is finding housing", "was showing me")
_PROGRESSIVE: Final = re.compile(r"\b(?:is|are|was|were|been)\s+$")
_CLAUSE_NEXT: Final = re.compile(r"\s+(?:that|whether|if)\b")


def _is_cue(text: str, m: re.Match[str], lo: int) -> bool:
    """A cue form used as a verb: not "a report", not "was told", not "to say"."""
    if text is not _ANSWERS.text:
        _ANSWERS.text, _ANSWERS.found = text, {}
    key = (m.start(), m.end(), m.start(1), m.end(1), lo)  # all `_verb_use` reads of `m`
    answer = _ANSWERS.found.get(key)
    if answer is None:
        answer = _ANSWERS.found[key] = _verb_use(text, m, lo)
    return answer


def _verb_use(text: str, m: re.Match[str], lo: int) -> bool:
    """`_is_cue`, worked out."""
    form = m.group(1)
    start, end = m.span()  # read once: the tests below read them again and again
    if form in _HEADLINE_CUES and not _title_case(text, m, lo):
        return False
    if form in PLURAL_HEADLINE_CUES and not _PLURAL_BEFORE.search(text, lo, start):
        return False  # "Polls Show", "Some Say"; not "Trump Show"
    verb = form.lower()
    if verb in _VIEW_AS:
        if (
            not _AS_LATER.match(text, end)
            or _VIEW_NOUN_BEFORE.search(text, (start - 40 if start - 40 > lo else lo), start)
            or _VERB.search(text, end, _sentence_end(text, end))
        ):
            return False  # "saw a rise", "his view of the court as", "…, Doe said."
    elif verb in rule_verbs.FORMS:
        return rule_verbs.rule_cue(text, start, end, lo)  # "The harbour law requires …"
    elif verb in lexicon.NEVER_CUES:
        if verb in _DOC_VERBS and _DOC_SUBJECT.search(
            text, (start - 60 if start - 60 > lo else lo), start
        ):
            return True  # "the paper notes", "his plan calls for", "the narrator continues"
        if verb in stand_verbs.ADDRESS_FORMS:  # "Roe also addressed the fact that …"
            return stand_verbs.matter_addressed(text, start, end, lo)
        if verb.endswith("ing") and _PROGRESSIVE.search(
            text, (start - 12 if start - 12 > lo else lo), start
        ):
            if verb == "campaigning":  # "Roe is campaigning against the toll"
                return stand_verbs.against(text, end)
            return bool(_CLAUSE_NEXT.match(text, end))  # "polls are showing that …"
        return verb in lexicon.VERBS_AFTER_SUBJECT and _after_subject(text, m, lo)
    before = text[start - 12 if start - 12 > lo else lo : start]  # not max(): run for every cue
    if verb in _GERMAN:
        return german_cue(text, verb, lo, start, end, before)
    if (
        verb.endswith("ing")
        and not _ING_OK.search(before)
        and not _COMMA_ADVERB_ING.search(text, (start - 24 if start - 24 > lo else lo), start)
        and not _ING_ADVERBS.search(text, (start - 40 if start - 40 > lo else lo), start)
        and not _WITH_ING.search(text, (start - 100 if start - 100 > lo else lo), start)
        and not ing_cues.SPENT_ING.search(text, (start - 80 if start - 80 > lo else lo), start)
        and not _AFTER_CLAUSE.search(text[(start - 36 if start - 36 > lo else lo) : start].rstrip())
        and not ing_cues.ing_and_before(text, (start - 150 if start - 150 > lo else lo), start)
        and not named_ing(text, start, end, lo)
    ):
        return False  # "a poor showing", "refrained from attacking": not ", saying" or "is calling"
    if verb == "called" and names_thing(text, start, end, lo):
        return False  # "a group called the …", "officials, called superdelegates, and …"
    if verb == "think" and _BRACKET_OR_COLON.search(before):
        return False  # "an outside bet (think Jane Doe in 1958)": an example, no view
    if verb == "told" and _ALL_TOLD.search(before) and text[end : end + 1] == ",":
        return False  # "All told, the group raised $4 million": in all
    if verb == "want" and _MAY_WANT.search(text, (start - 20 if start - 20 > lo else lo), start):
        if _TO_NEXT.match(text, end):
            return False
    if verb in _WISH_OR_BELIEF and _WHAT_SUBJECT.search(
        text, (start - 50 if start - 50 > lo else lo), start
    ):
        if not _COPULA_NEXT.match(text, end):
            return False  # "wondering what Doe really believes": no belief reported
    if verb == "agreed" and _ONCE.search(before):
        return False
    if verb == "supporting" and _SUPPORTING_NOUN.match(text, end):
        return False
    if verb == "talk" and _FORMAT_AND.search(before):
        return False  # "Island Radio's chief of news and talk Tom Greer": a programme kind
    if verb == "reporting" and _PRECINCTS.search(before):
        return False  # "with 95 percent of precincts reporting": returns counted, no report
    if verb.startswith("learn") and not _LEARNED_CLAUSE.match(text, end):
        return False  # "learned her lesson", "learn about Doe": no news learnt (as a cue alone)
    if verb.startswith("agree") and _BARE_END.match(text, end):
        if not _REPORTED.search(text, lo, start):
            return False  # "Others largely agree.": a sentence of its own, nothing said in it
    if verb == "see" and _WILL.search(before) and not _SEE_AS.match(text, end):
        return False  # "voters will see the ad 10 times": an experience to come, no view
    if verb in lexicon.NOUN_LIKE and (
        _DETERMINER.search(before)
        or not verb.endswith("s")
        and before.endswith(("another ", "Another "))  # "another plan"
        or _PREPOSITION_BEFORE.search(before)
        or _NOUN_NEXT.match(text, end)
        or _PARTICIPLE_NEXT.match(text, end)
        or _MODAL_NEXT.match(text, end)
        and not _RELATIVE_BEFORE.search(text, (start - 60 if start - 60 > lo else lo), start)
        or noun_compound(verb, text, start, end, lo)
    ):
        return False  # "the calls of", "a bipartisan plan", "his tax plans would"
    if verb in lexicon.EN_CUES and after_adjective(text, start, lo):
        return False  # "the mere mention of", "more ambitious plans", "her effusive praise"
    if verb in lexicon.EN_CUES and not verb.endswith("s") and _article_before(before):
        if not (verb == "said" and before.endswith((" her ", " her"))):  # "close to her said"
            return False  # "the disputed sea", "an alleged fraud", "his continued influence"
    if verb in lexicon.EN_CUE_LEMMAS_SET and a_modifier_before(text, start, lo):
        return False  # "a stage whisper", "a larger say": a singular subject takes "-s"
    if (
        verb in lexicon.NOUN_LIKE
        and _ENDS_SENTENCE.match(text, end)
        and not _REPORTED.search(text, lo, start)
    ):
        return False  # "Mixed messages on leave plan.": a headline noun, nothing reported
    if credit_line(verb, text, end):
        return False  # "Jane Doe reported from Washington."
    if negated_before(before) and not (  # not "took to urging", "devoted the day to praising"
        ing_cues.ASPECT_ING.search(before)
        or ing_cues.SPENT_ING.search(text, (start - 80 if start - 80 > lo else lo), start)
    ):
        return False  # "did not say", "to say"
    if no_subject(verb, text, start, end, lo):
        return False  # "when asked", "found himself"
    if verb[:1] in INITIALS and not_speech(verb, text, end):
        return False  # "thanks to", "maintained a lead", "showed up", "identified as"
    if other_use(verb, text, lo, start, end):
        return False  # "But the borrowing continued.", "the measure planned for … would"
    passive = passive_before(text, (start - 40 if start - 40 > lo else lo), start)
    if passive and verb in ("worried", "encouraged") and _FELT.match(text, end):
        return True  # "Doe is worried about …", "was encouraged that …": a feeling, no passive
    if not verb.endswith("ing") and (passive or by_agent(text, end)):
        return False  # passive: "was said to have", "has been widely condemned", "claimed by"
    return True


_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\"”’']?\s*(?:\n|$)|\s*[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")
_REPORTED: Final = re.compile(r"[,;:\"“”«»„‘’'—–(]|\s-\s")
