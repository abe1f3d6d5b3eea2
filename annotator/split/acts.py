"""Speech acts named by a verb phrase rather than a cue verb: "X made the case that …", "X pointed
out / points to …", "as X put(s) it", "X puts the cost at $4 million", "X took aim at …", "X is
already claiming …", "X would not say whether …", "X isn't saying …", "X has not said …", "X
released a video that accuses …", "X cast/painted/framed Y as …", "X went after …", "X delivered a
blunt message", "X issued a statement", "X filed a lawsuit", "X has been a vocal critic of …", "X
laid out …", "X fired back", "X made no secret of …", "X is looking into …" or "forward to …",
"X was among the few to vote against …", "X has been pushing …", "X turned her attention to …", "X
doubled down on …", "X raised doubts about …", "X made a pitch to …", "X would like to …", "X
released a new ad / data / its list", "X stood by her claim". The phrase is the cue; the subject
right before it (auxiliaries and adverbs skipped) performs it. Only classes that were right about
as often as the cue verbs on PolNeAR train and dev are listed ("did not respond to a request for
comment", "weighed in", "spoke about", "distanced himself from", "has been lobbying" were not)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set
from functools import cache
from typing import Final

from annotator.split import lexicon
from annotator.split.speaker_words import _PREPOSITIONS, is_named
from annotator.split.speakers import is_speaker_phrase, main_subject, subject_before
from annotator.split.speakers_ml import subject_end
from annotator.split.word_gates import GateSet, WordGate

_DET: Final = r"(?:(?:the|a|an|his|her|their|its|this|that)\s+)?"
_ADV: Final = r"(?:[a-z]+ly\s+|also\s+|again\s+|already\s+|now\s+|still\s+|even\s+)*"
# one class of act per entry (each kept for its precision on PolNeAR train and dev)
_ACTS: Final = {
    "case": rf"(?:make|makes|made|making)\s+{_ADV}{_DET}(?:[\w-]+\s+){{0,3}}?"
    r"(?:case|point|argument)\b|(?:make|makes|made|making)\s+(?:it\s+)?clear\b",
    "remarks": rf"(?:make|makes|made|making)\s+{_ADV}{_DET}(?:[\w-]+\s+){{0,3}}?(?:comments?|"
    r"statements?|remarks?|attacks?|claims?|accusations?|allegations?|promises?|pledges?|charges?|"
    r"predictions?)\s+(?:about|on|that|against|regarding)\b|(?:make|makes|made|making)\s+"
    rf"{_ADV}{_DET}(?!good\s)(?:[\w-]+\s+){{0,2}}?(?:(?:promises?|pledges?)\s+to|predictions?)\b",
    "call_for": r"(?:make|makes|made|making|renew|renews|renewed|renewing)\s+"
    rf"{_ADV}{_DET}(?:[\w-]+\s+){{0,2}}?(?:call|calls|plea|pleas)\s+for\b",
    "point_to": r"(?:point|points|pointed)\s+to\b",
    "statement": r"(?:released|issued|sent\s+out|put\s+out)\s+(?:a|the\s+following|this)\s+"
    r"statement\s*(?::|saying\b|that\b)",
    "cast": r"(?:cast|casts|casting|paint|paints|painted|painting|framed|framing|branded|branding|"
    r"depicts|depicted|depicting|pegs|pegged)\s+(?!as\b)(?:[\w'’-]+\s+){1,6}?as\b",
    "went_after": r"went\s+after\b",
    "delivered": r"(?:delivered|delivers|delivering)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:message|promise|critique|defense|defence|rebuke|warning|attack|sound\s+bite)\b",
    "issued": r"(?:released|issued|sent\s+out|sent|put\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|memo|letter|report|complaint|warning|threat|message|(?:e-?mail|appeal)\b"
    r"(?!\s+[a-z]+ing\b))\b",
    "filed": r"(?:filed|files|filing)\s+(?:a|an)\s+(?:[\w$-]+\s+){0,4}?(?:lawsuit|complaint|petition|"
    r"suit|motion|brief)\b",
    "stance": r"(?:took|taken|takes|take|taking)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:stance|position|"
    r"stand|line)\s+(?:on|against|in\s+favor|toward|towards)\b|(?:has|have|had|having|hold|holds|"
    r"held|holding)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:views?|positions?|opinions?)\s+"
    r"(?:on|about|of|toward|towards)\b",
    "sounded": r"(?:sounded|sounds|sounding)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|alarm|"
    r"warning|note)\b",
    "critic": r"(?:is|was|are|were|ha(?:s|ve|d)\s+been)\s+(?:a|an|one\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:critics?|opponents?|supporters?|advocates?|proponents?|champions?|"
    r"campaigners?|defenders?)\s+(?:of|for)\b",
    "quoted": r"(?:is|was|were|are)\s+quoted\s+as\s+saying\b",
    # one of a counted few who took a stand: "was the first harbour pilot to endorse Doe", "were
    # the only members to vote against the toll", "was among 12 skippers to back the plan"
    "first_to": r"(?:is|was|are|were|became|becomes|has\s+been|have\s+been)\s+(?:(?:one\s+of|"
    r"among)\s+)?(?:(?:the|only|just)\s+){0,2}(?:first|earliest|only|last|lone|sole|\d+|"
    r"a\s+(?:dozen|handful\s+of|few)|dozen|few|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:[\w.()-]+\s+){0,5}?to\s+(?:publicly\s+|openly\s+|formally\s+)?(?:vote\s+"
    r"(?:for|against)|endorse|back|support|oppose|call\s+for|criticize|condemn|denounce|reject)\b",
    # a named subject's campaign kept up for some time: "has been pushing the same plan", "have
    # been pressing the board for …", "has been outspoken on …" (not "pressing their advantage")
    "pressing": r"(?:has|have|had)\s+been\s+(?:[a-z]+ly\s+)?(?:(?:pushing|pressing|"
    r"urging)\s+(?!(?:their|its|his|her|our)\s+advantage\b)|outspoken\s+(?:on|about)\b)",
    "point_out": r"(?:point|points|pointed|pointing)\s+out\b",
    "projects": r"(?:projects|projected)\s+that\b",
    "ing": r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+|already\s+|now\s+|still\s+|also\s+){1,2}"
    r"(?:claiming|saying|arguing|suggesting|warning|insisting|predicting|questioning|"
    r"calling|accusing|telling|pushing|urging|touting|promising)\b",
    "ing_bare": r"(?:is|are|was|were)\s+(?:questioning|attacking|challenging|pushing|touting|slamming|"
    r"blasting|mocking|accusing|claiming|arguing|predicting|warning)\b",
    "put_it": r"puts?\s+it\b",
    "like_to": r"(?:would|[’']d)\s+(?:also\s+|really\s+)?(?:like|love|prefer)\s+"
    r"(?:to\b|(?:the|a|an)\s)",
    "put_at": r"(?:puts|put|putting|pegs|pegged|pegging)\s+(?:[\w'’-]+\s+){1,6}?at(?=\s+(?:an?\s+"
    r"[\w-]+\s+)?(?:(?:about|around|nearly|roughly|just|only|more\s+than|less\s+than)\s+)?\$?\d)",
    "aim": r"(?:took|takes|take|taking)\s+(?:aim|issue|(?:a\s+|some\s+|several\s+|multiple\s+)?"
    r"(?:shot|shots|swipe|swipes|jab|jabs|dig|digs))\s+(?:at|with)\b",
    "released": r"(?:released|releasing|issued|issuing|aired|airing|unveiled|launched|put\s+out)"
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|video|ad|advertisement|letter|memo|"
    r"spot|report)\s+(?:that|which)\s+(?:[a-z]+ly\s+)?[a-z]+s\b",
    "out": r"(?:spoke|spoken|speaks|speaking)\s+out\b|(?:came|come|comes)\s+out\s+(?:against|"
    r"in\s+favor|in\s+support|for)\b|(?:opened|opens)\s+up\s+about\b",
    "wont_say": r"(?:would|will|could|wo)\s*(?:not|n[’']t)\s+(?:say|comment|discuss|reveal|"
    r"confirm|disclose|elaborate|specify)\b",
    "not_saying": r"(?:(?:is|are|was|were)\s+not|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\s+"
    r"(?:yet\s+)?(?:saying|commenting|discussing|revealing|confirming|disclosing)\b|"
    r"(?:has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:said|commented|revealed|confirmed|"
    r"disclosed|discussed)\b",
    "laid_out": r"(?:laid|lays|laying)\s+out\b",
    "fired_back": r"(?:fired|fires|firing)\s+back\b",
    "no_secret": r"(?:make|makes|made|making)\s+no\s+secret\b",
    "looking": r"(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?looking\s+(?:to|for|into|"
    r"forward\s+to)\b",
    "signed": r"(?:signed|signs|(?:co-?)?sponsored|(?:co-?)?sponsors|authored)\s+(?!into\b)(?:[a-z]+ly\s+)?(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[\w$,.-]+\s+){0,4}?(?:bill|measure|law|legislation|treaty|agreement|accord|executive\s+"
    r"order|pledge|petition|referendum|amendment|resolution)\b",
    "attention": r"(?:turned|turns)\s+(?:his|her|their|its)\s+attention\s+(?:[\w-]+\s+){0,5}?"
    r"(?:to|toward|towards)\b",
    "doubled_down": r"(?:doubled|doubles|doubling|double)\s+down\b",
    "raised_doubts": r"(?:raised|raises|raising)\s+(?:(?:new|serious|fresh|the)\s+)*(?:questions|"
    r"concerns|doubts|objections)\b",
    "pitch": rf"(?:make|makes|made|making)\s+{_DET}(?:[\w-]+\s+){{0,2}}?(?:pitch|plea|appeal)\b",
    "gave": r"(?:gave|gives|giving)\s+(?:(?:a|an|his|her|their|its)\s+)?(?:(?!no\s)[\w-]+\s+){0,3}?"
    r"(?:answer|response|reply|preview|account|assurances?)\b",
    "shared": r"(?:shared|shares)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:beliefs?|views?|"
    r"concerns?|thoughts|opinions?|worries|fears|frustrations?)\b",
    "reference": rf"(?:make|makes|made|making)\s+{_ADV}{_DET}(?:[\w-]+\s+){{0,2}}?references?\s+to\b",
    # a plan or endorsements made public: "unveiled a $40 million pier proposal", "unveiled its
    # list of endorsements signed by …" (not "unveiled a statue", "unveiled the new ferry")
    "unveiled": r"(?:unveiled|unveils|unveiling)\s+(?:(?:a|an|the|his|her|their|its|new)\s+)+"
    r"(?:[\w$,.’'-]+\s+){0,4}?(?:proposals?|plans?|slate|agenda|polic(?:y|ies)|platform|"
    r"blueprint|initiative|package|framework|strategy|vision|(?:endorsement\s+)?list|"
    r"endorsements)\b",
    # something made public that speaks for its maker: "released a new ad in Brill", "released
    # data on the fares", "released two excerpts" (not "released the hostages", "got released as
    # voting ended"); a video with its article, not of what it shows (footage: "released drone
    # video from the crash", "released a video of the crash")
    "made_public": r"(?:released|releases|releasing)\s+(?:(?P<det>(?:a|an|the|its|his|her|their|"
    r"new)\s+)+)?(?:(?!(?:as|of|to|in|on|at|by|for|from|with|and|or)\s)[\w-]+\s+){0,2}?"
    r"(?:ads?|data|list|excerpts?|polls?|survey|study|analysis|findings|(?(det)videos?(?!\s+of\b)"
    r"|(?!)))\b",
    # a claim kept up under fire: "stood by his comment that …", "is standing by an accusation"
    "stood_by": r"(?:stand|stands|standing|stood)\s+by\s+(?:(?:his|her|their|its|the|an?|that|"
    r"those|these)\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|comments?|remarks?|accusations?|"
    r"statements?|assertions?|words|charges?|plan|proposal|decision|story|account)\b",
}
# a subject phrase that opens with one of these is an adverbial, not the speaker
_OPENERS: Final = _PREPOSITIONS | frozenset(
    "outside inside across among amid despite within beyond".split()
)
_COUNTED: Final = re.compile(r"\d|percent")
_AS_PUT: Final = re.compile(r"\b[Aa]s\s+[^.;:!?]{0,60}$")
_ACT: Final = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ACTS.items()) + r")")
_MAKE: Final = "make makes made making"
_BE: Final = "is was are were"
_RELEASE: Final = "released issued sent put"
_TAKE: Final = "took taken takes take taking"
# the whole words each class's match holds, one group per word (`word_gates`; a new class in
# _ACTS needs its entry: tests/split/test_word_gates.py checks both list the same classes); the
# last group is the one `ACT_GATES` files the gate under: its rarer words, not "to" or "as"
_ACT_GATES: Final = {
    "case": WordGate(_MAKE, "case point argument clear"),
    "remarks": WordGate(
        _MAKE,
        "comment comments statement statements remark remarks attack attacks claim claims "
        "accusation accusations allegation allegations promise promises pledge pledges charge "
        "charges prediction predictions",
    ),
    "call_for": WordGate(
        "make makes made making renew renews renewed renewing", "for", "call calls plea pleas"
    ),
    "point_to": WordGate("to", "point points pointed"),
    "statement": WordGate(_RELEASE),
    "cast": WordGate(
        "as",
        "cast casts casting paint paints painted painting framed framing branded branding depicts "
        "depicted depicting pegs pegged",
    ),
    "went_after": WordGate("after", "went"),
    "delivered": WordGate("delivered delivers delivering"),
    "issued": WordGate(_RELEASE),
    "filed": WordGate("filed files filing", "lawsuit complaint petition suit motion brief"),
    "stance": WordGate(
        _TAKE + " has have had having hold holds held holding",
        "stance position stand line positions view views opinion opinions",
    ),
    "sounded": WordGate("sounded sounds sounding", "call alarm warning note"),
    "critic": WordGate(
        "is was are were has have had",
        "critic critics opponent opponents supporter supporters advocate advocates proponent "
        "proponents champion champions campaigner campaigners defender defenders",
    ),
    "quoted": WordGate(_BE, "quoted"),
    "first_to": WordGate(
        _BE + " became becomes been",
        "to",
        "first earliest only last lone sole among one",  # a counted few: no bare "12 members"
        "vote endorse back support oppose call criticize condemn denounce reject",
    ),
    "pressing": WordGate("has have had", "been", "pushing pressing urging outspoken"),
    "point_out": WordGate("out", "point points pointed pointing"),
    "projects": WordGate("that", "projects projected"),
    "ing": WordGate(
        _BE,
        "claiming saying arguing suggesting warning insisting predicting questioning calling "
        "accusing telling pushing urging touting promising",
    ),
    "ing_bare": WordGate(
        _BE,
        "questioning attacking challenging pushing touting slamming blasting mocking accusing "
        "claiming arguing predicting warning",
    ),
    "put_it": WordGate("it", "put puts"),
    "like_to": WordGate("would d", "like love prefer"),
    "put_at": WordGate("at", "puts put putting pegs pegged pegging"),
    "aim": WordGate(_TAKE, "aim issue shot shots swipe swipes jab jabs dig digs"),
    "released": WordGate("released releasing issued issuing aired airing unveiled launched put"),
    "out": WordGate("out up", "spoke spoken speaks speaking came come comes opened opens"),
    "wont_say": WordGate("say comment discuss reveal confirm disclose elaborate specify"),
    "not_saying": WordGate(
        "not t",  # "isn't" holds the word "t"
        "saying commenting discussing revealing confirming disclosing said commented revealed "
        "confirmed disclosed discussed",
    ),
    "laid_out": WordGate("out", "laid lays laying"),
    "fired_back": WordGate("back", "fired fires firing"),
    "no_secret": WordGate(_MAKE, "no", "secret"),
    "looking": WordGate(_BE, "to for into", "looking"),
    "signed": WordGate(
        "signed signs sponsored sponsors cosponsored cosponsors authored",
        "bill measure law legislation treaty agreement accord order pledge petition referendum "
        "amendment resolution",
    ),
    "attention": WordGate("turned turns", "to toward towards", "attention"),
    "doubled_down": WordGate("down", "doubled doubles doubling double"),
    "raised_doubts": WordGate("raised raises raising", "questions concerns doubts objections"),
    "pitch": WordGate(_MAKE, "pitch plea appeal"),
    "gave": WordGate(
        "gave gives giving", "answer response reply preview account assurance assurances"
    ),
    "shared": WordGate(
        "shared shares",
        "belief beliefs view views concern concerns thoughts opinion opinions worries fears "
        "frustration frustrations",
    ),
    "reference": WordGate(_MAKE, "to", "reference references"),
    "unveiled": WordGate(
        "unveiled unveils unveiling",
        "proposal proposals plan plans slate agenda policy policies platform blueprint "
        "initiative package framework strategy vision list endorsements",
    ),
    "made_public": WordGate(
        "released releases releasing",
        "ad ads video videos data list excerpt excerpts poll polls survey study analysis findings",
    ),
    "stood_by": WordGate(
        "stand stands standing stood",
        "by",
        "claim claims comment comments remark remarks accusation accusations statement statements "
        "assertion assertions words charge charges plan proposal decision story account",
    ),
}
ACT_GATES: Final = GateSet(_ACT_GATES.values())
# "has not said" may be written "hasnot said" (`\s*`): no word "not" then, so this class is
# kept on its second group alone
_LOOSE: Final = {"not_saying": _ACT_GATES["not_saying"].groups[-1]}
_NONE: Final[frozenset[bytes]] = frozenset()


def _act_matches(text: str, s: int, e: int, words: Set[bytes] | None) -> Iterator[re.Match[str]]:
    """`_ACT.finditer(text, s, e)` read from the classes whose gate is open for the sentence's
    `words` (a class whose gate is shut matches nowhere in it), each searched alone: the next
    match is the leftmost of theirs, the first class in `_ACTS` order at a tie, as `_ACT` takes
    it; a search then goes on from its end. One class's pattern tries one alternative at each
    word, `_ACT` all of them."""
    if words is None:
        yield from _ACT.finditer(text, s, e)
        return
    patterns = [
        _class_pattern(k)
        for k, gate in _ACT_GATES.items()
        if gate.open(words) or not _LOOSE.get(k, _NONE).isdisjoint(words)
    ]
    pos = s
    nxt: list[re.Match[str] | None] = [p.search(text, pos, e) for p in patterns]
    while True:
        best: re.Match[str] | None = None
        for i, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[i] = patterns[i].search(text, pos, e)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


# a negation right before the act: "has not released a statement", "never sent a letter"
_NEGATED: Final = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+$")
# a second verb after "and" (an adverb between): "… opened an office and recently unveiled …"
_AND_VERB: Final = re.compile(r"\band\s+(?:(?:[a-z]+ly|then|also|later)\s+)?$")


@cache
def _class_pattern(name: str) -> re.Pattern[str]:
    """`_ACT` with one class: its matches, named as in `_ACT`."""
    return re.compile(rf"\b(?:(?P<{name}>{_ACTS[name]}))")


def act_frame(
    text: str,
    s: int,
    e: int,
    inside: Callable[[int], bool],
    words: Set[bytes] | None = None,
) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of the first speech-act phrase in text[s:e] outside quotes
    whose subject reads as a speaker; `words`: the sentence's `word_gates.word_set`."""
    for m in _act_matches(text, s, e, words):
        if inside(m.start()):
            continue
        gap = text[s : m.start()].rstrip()
        if m.group().split()[0].endswith("ing") and gap.endswith(","):
            span = main_subject(text, s, s + len(gap) - 1)  # "X won, pointing out that …"
        elif m.lastgroup == "cast" and m.group().split()[0].endswith("ing"):
            continue  # "an ad campaign against Doe casting him as …": the ad's, not Doe's
        else:
            span = subject_before(text, s, subject_end(text, s, m.start()))
        rest = max(len(text[s : span[0]].split()), len(text[m.end() : e].split())) if span else 0
        if rest < 3:
            continue  # "Doe wouldn't say.": no words are reported
        if m.lastgroup == "put_it" and span and not _AS_PUT.search(text, s, span[0]):
            if not text[m.end() : m.end() + 2].lstrip().startswith(":"):
                continue  # "as X put it", "X put it:"; not "X put it back"
        phrase = text[span[0] : span[1]] if span else ""
        if m.lastgroup == "issued" and _NEGATED.search(text, max(s, m.start() - 12), m.start()):
            continue  # "The pilots never sent a letter to the board": nothing was sent
        if m.lastgroup == "unveiled" and _AND_VERB.search(text, max(s, m.start() - 20), m.start()):
            continue  # "X opened an office and unveiled a plan": X is further back than the gap
        if m.lastgroup in ("signed", "first_to") and phrase.lower() in lexicon.PRONOUNS:
            continue  # "He had just signed the bill": a step in a story, not a stand named
        if m.lastgroup == "pressing" and not is_named(phrase):
            continue  # "The tugs have been pushing the barge": no one named takes a stand
        if m.lastgroup == "stance" and not m.group().startswith("t"):
            if not is_named(phrase) or _COUNTED.search(phrase):
                continue  # "Doe held strong views on …", not "Those voters hold views of …"
        if span and is_speaker_phrase(phrase) and phrase.split()[0].lower() not in _OPENERS:
            return span, " ".join(m.group().lower().split()), m.end()  # not "Outside the campaign"
    return None


# "prompted Jane Doe to say", "led the chairman to declare", "leaving many to wonder", "would
# require the pilots to concede": a cause moves or lets someone speak (not "a clause that
# requires staff to promise", a rule's own terms)
_CAUSED: Final = re.compile(
    r"\b(?:prompt|prompts|prompted|prompting|led|leads|leading|drove|drives|driving|forced|"
    r"force|forces|forcing|spurred|spurs|spurring|caused|causes|causing|leaving|leaves|left|"
    r"allows|allowed|allowing|permitted|permits|(?:would|will|could|might|may)\s+require)\s+"
    r"((?:[\w.’'&-]+\s+){0,7}?[\w.’'&-]+)\s+to\s+$"
)

_NP_END = re.compile(r"\s(?:to|at|in|on|during|after|before|from|with|for|by|that|who|which)\s")


def caused_speaker(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The object of a causative verb before "to" + a cue ("the result led Jane Doe to declare
    …"): the one who speaks."""
    m = _CAUSED.search(text, max(lo, cue_start - 80), cue_start)
    if m is None:
        return None
    a, b = m.span(1)
    cut = _NP_END.search(text, a, b)  # "NATO | at its summit", "candidates | to scramble"
    b = cut.start() if cut else b
    return (a, b) if b > a and is_speaker_phrase(text[a:b]) else None


_OPENING: Final = re.compile(r"\s*(?:(?:But|And|Yet|Still|So),?\s+)?")
# "Jane Doe's claim that …", "Mr. Roe's point at the hearing was that …", "The harbour pilot's
# answer was that …", "Doe's most pointed reply was: …": the possessor holds it
_HELD: Final = re.compile(
    r"\b((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|"
    r"[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:[a-z]+\s+)?[a-z]+)"
    r"['’]s?\s+(?:[a-z]+\s+){0,2}?(claims?|arguments?|accusations?|assertions?|contention|"
    r"insistence|suggestion|warnings?|promises?|pledges?|view|belief|charges?|allegations?|"
    r"answer|response|reply|retort|point|explanation)\s+"
    r"(?:[\w,]+\s+){0,3}?(?:that|(?:was|is)\s+that|(?:was|is):)(?=\s|$)"
)


# a match holds the noun and "that" or "was"/"is" before a colon (`word_gates`)
HELD_GATE: Final = WordGate(
    """claim claims argument arguments accusation accusations assertion assertions contention
    insistence suggestion warning warnings promise promises pledge pledges view belief charge
    charges allegation allegations answer response reply retort point explanation""",
    "that was is",
)


def held_claim(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(possessor span, noun, end) of "X's claim that …" opening text[s:e] (outside quotes): as
    the sentence's subject the claim is reported; inside a clause ("rebutted X's claim that")
    it is often the writer's or another speaker's report."""
    opening = _OPENING.match(text, s, e)
    m = _HELD.match(text, opening.end() if opening else s, e)
    if m and not inside(m.start()) and is_speaker_phrase(m.group(1)):
        return m.span(1), m.group(2).lower(), m.end()
    return None
