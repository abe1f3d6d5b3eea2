"""Cue forms in a sense that reports nothing: "thanks to", "adding to the confusion", "maintained
a lead", "showed up", "charged with" or "charged the club $900", "pledged delegates", a compound
noun or an idiom ("a think tank", "a talk show", "feel free to"), "offer" with goods or a
chance or courses ("offers a unique opportunity"), an office or a result sought or won ("seeks
reelection", "claimed the prize", "posted a victory"), people let in ("admitting more pupils",
"migrants admitted to this country"), a matter handed to a court ("referring the matter to
the tribunal"), people hired or money raised ("seek workers who can weld", "seeking
investors"), appointees approved ("confirmed three judges"), a testimony with nothing reported
("After Reed testified, …"), "add" with things ("added 2,000 jobs"),
"applauded" with no object ("The crowd applauded."), "responded" with a deed or a manner
("responded by cutting the toll", "How has the board responded?"), "published" with a time
and no object ("a map published two days after the storm"), support counted by a margin
("supporting Doe by five points"), health or a thing sensed ("didn't feel well", "may feel a
budget pinch"), things found ("found it right before …", "found a loyal crowd in …"), no one
backed ("did not endorse a candidate") or a greeting ("could say goodbye to the old pier").
A thing or a doing before the cue form is read in `things_and_doings`."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon
from annotator.split.things_and_doings import GOES_ON

# cue forms with a sense that reports nothing: "thanks to", "adding to the confusion",
# "maintained a lead" (but "maintained that …")
_TO_NP: Final = re.compile(r"\s+(?:in\s+(?:large\s+)?part\s+)?to\s+(?!say\b|tell\b|ask\b)")
_NP: Final = re.compile(r"\s+(?:a|an|the|his|her|its|their)\s+(?!\S+\s+that\b)")
_SAYS_ABOUT = re.compile(r"\s+(?:something|a\s+lot|a\s+great\s+deal|much|volumes|little)\s+about\b")


# phrasal verbs that report nothing: "showed up", "add up to", "called off", "written off"
_PHRASAL: Final = re.compile(r"\s+(?:up|off)\b")
_PHRASAL_VERBS: Final = ("show", "add", "call", "writ", "wrote")
_WITH: Final = re.compile(r"\s+with\b")
# "charged" as billing or as a rush: "charged the club $4.2 million", "charged her club
# for storage", "has charged more than that", "charged into the fray"
_BILLED: Final = re.compile(
    r"\s+(?:(?:the|his|her|its|their)\s+[\w-]+\s+)?(?:more\b|less\b|(?:about\s+|"
    r"approximately\s+|nearly\s+)?\$|for\s+(?:rent|the\s+use)\b)|\s+into\b"
)
_AS_WITH: Final = re.compile(r"\s+(?:as|with)\b")
_DELEGATES: Final = re.compile(r"\s+delegates?\b")


# "continued" before "to" + a verb or before an object: what goes on is said only when the verb
# is a cue or an appeal ("continued to say", "continued to push for") or a speech act follows
# ("continued his attacks on", "continued to fend off the council"); "continued the work",
# "continued to raise money" say nothing
_GO_ON_TO: Final = re.compile(r"\s+to\s+([a-z]+)(\s+for\b)?")
_GO_ON_OBJECT: Final = re.compile(r"\s+(?:a|an|the|his|her|its|their|our)\s")
_NEXT_WORDS: Final = re.compile(r"(?:\s+[\w'’-]+){1,5}")
_SPEECH_ACTS: Final = frozenset(
    """attack attacks assault onslaught criticism critique remarks comments speech argument
    arguments push call calls campaign defense defence tirade rant questioning testimony case
    message pitch plea appeal""".split()
)


def _nothing_said_goes_on(text: str, end: int) -> bool:
    """ "continued the work", "continued to raise money" (`_GO_ON_TO`, `_GO_ON_OBJECT`)."""
    to = _GO_ON_TO.match(text, end)
    if to and (to.group(1) in lexicon.EN_CUES or to.group(2)):
        return False
    start = to.end() if to else end
    if not to and not _GO_ON_OBJECT.match(text, end):
        return False
    words = _NEXT_WORDS.match(text, start)
    return words is None or _SPEECH_ACTS.isdisjoint(words.group().lower().split())


# a cue form in a fixed phrase with the word after it: a compound noun ("a conservative think
# tank", "the briefing room", "a talk show host") or an idiom ("feel free to", "think twice")
_FIXED_NEXT: Final = {
    "think": re.compile(r"\s+(?:tanks?|twice)\b"),
    **dict.fromkeys(("thinks", "thought", "thinking"), re.compile(r"\s+twice\b")),
    "briefing": re.compile(r"\s+rooms?\b"),
    "feel": re.compile(r"\s+free\b"),
    "talk": re.compile(r"\s+(?:show|radio|host)s?\b"),
}
# a cue form with what follows it in a sense that reports nothing: an office or a comment
# sought ("seeks reelection", "calls seeking comment"), a result won or posted ("claimed the
# prize", "claiming 41 percent", "posted an easy victory"), requests passed on ("referred
# questions to the campaign"), advice on a deal ("advised on three of them"), a chat or an
# interruption ("talking over coffee", "talked past each other"), a work authored ("wrote the
# introduction", "wrote his dissertation on", "a neighbouring state wrote its charter"), an end
# ("concludes with footage", "concluded Monday"), a telephone call ("called Jane Doe."), a blow or
# a round of canvassing ("knocked out funding", "knock on doors")
_RESULT: Final = re.compile(
    r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:victory|win|gains?|loss(?:es)?)\b"
)
# an end, not a finding: "The ad concludes with footage of …", "The hearing concluded Monday."
# (not "concluded Monday that …")
_ENDED: Final = re.compile(
    r"\s+(?:with\b|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|last\s+(?:week|month|year)|this\s+(?:week|month|year))\b(?!,?\s+that\b))"
)
# a telephone call: "Mr. Obama called Jane Doe.", "called both mayors Friday morning and
# was …", "Then Eric Trump called." (not "called Doe a liar", "called Mr. Doe, a …")
_PHONED: Final = re.compile(
    r"\s+in(?:to|\s+to)\s+(?!question\b)|"  # "called into Doe's radio show": a caller on air
    r"(?:\s+(?:him|her|them|me|us|both\s+[a-z]+s|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
    r"(?!(?:Mr|Mrs|Ms|Dr)\b)(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"today|again|back|earlier|later|last\s+week|this\s+week)(?:\s+(?:night|morning|"
    r"afternoon|evening))?)*"
    r"\s*(?:[.!?;](?=\s|$)|$|,\s+(?:and|but)\s|\s+and\s+(?:was|is|had|has)\b)"
)
# "published" with a time and no object after it describes a work ("a map published two days
# before the speech", "an interview published Thursday, …", "a memoir published in 1997")
_DAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
_PUBLISHED_WHEN: Final = re.compile(
    rf"\s+(?:(?:just|first|only|[a-z]+ly)\s+)?(?:{_DAY}|(?:in|on)\s+(?:\d{{4}}|[A-Z][a-z]+)|"
    r"(?:last|this|earlier|later)\s+(?:week|month|year)|(?:decades|years|months|weeks|days)\s+"
    r"ago|shortly|(?:before|after)\s+(?:the|his|her|its|their))\b"
    r"(?!(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:a|an|the|his|her|its|their)\s)"
)
# support counted in votes, no words: "supporting Roe by six points over Hale", "supporting
# him by about a 40 percentage point margin", "backed the party's candidates by double digits"
_BY_MARGIN: Final = re.compile(
    r"(?:\s+[\w'’.-]+){1,6}?\s+by\s+(?:(?:about|nearly|roughly|almost|more\s+than)\s+)?"
    r"(?:an?\s+)?(?:\d[\d.,]*|double|wide|large|narrow|slim|two|three|four|five|six|seven|eight|"
    r"nine|ten)[\w-]*(?:\s+percentage)?\s+(?:points?|digits|margin)\b"
)
# "feel" with health or a thing sensed, no view: "didn't feel well", "may feel a budget
# pinch", "felt the need to", unlike "feel a deal is near" or "feel the toll is unfair"
_SENSED: Final = re.compile(
    r"\s+(?:well|ill|sick|unwell)\b|\s+the\s+(?:need|urge|pressure|pinch|heat|pain|sting)\b"
    r"|\s+an?\s+(?!(?:[\w'’-]+\s+){0,3}(?:is|was|are|were|will|would|could|can|has|had)\b)"
)
# "found" with a thing and a place or a time, a finding of things, not of facts: "found it
# just as the ferry left", "found them during the search", "began to find one another"
# (not "found it difficult", "found it was …"); a way found is a means, no finding ("found a
# way to …", "have found ways around the toll"), and so is one's own way, a way gone ("finds
# its way to the harbour", "found their way into the log")
_FOUND_THING: Final = re.compile(
    r"\s+(?:(?:it|them)\s*(?:[.,;]|(?:right\s+|just\s+)?(?:before|after|during|somewhere|"
    r"there|here|inside|outside|behind|near|under|among|(?:in|on)\s+(?:the|a|an|his|her|its|"
    r"their))\b)|one\s+another\b|each\s+other\b|(?:(?:a|the|no|new|other|some|many|several|"
    r"a\s+new|another)\s+)?ways?\s+(?:to|around)\b|(?:its|their|his|her|our|my|your)\s+(?:own\s+)?"
    r"way\b"
    # a thing found, a comma or a place after it: "found the leaflets, burned them", "found a
    # loyal crowd in", "find the right mix between" (no verb in it: "found the pier was …")
    r"|(?:a|an|the)\s+(?!(?:[\w’'-]+\s+){0,3}?(?:was|is|are|were|has|had|have|would|will|could|"
    r"can|should|may|might)\b)(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*(?:\s*[,;]|\s+(?:in|for|between|"
    r"among|inside|under)\b))"
)
# a greeting, no words reported: "could say goodbye to the old pier", "said a prayer"
_GREETING: Final = re.compile(r"\s+(?:goodbye|good-bye|hello|farewell|grace|a\s+prayer|amen)\b")
_SENSES_AFTER: Final = {
    "published": _PUBLISHED_WHEN,
    **dict.fromkeys(("find", "finds", "found", "finding"), _FOUND_THING),
    **dict.fromkeys(("say", "says", "said", "saying"), _GREETING),
    **dict.fromkeys(
        ("support", "supports", "supported", "supporting", "backed", "backing"), _BY_MARGIN
    ),
    **dict.fromkeys(("feel", "feels", "felt", "feeling"), _SENSED),
    **dict.fromkeys(("call", "calls", "called"), _PHONED),
    **dict.fromkeys(
        ("seek", "seeks", "sought", "seeking"),
        re.compile(
            r"\s+(?:the\s+White\s+House|re-?election|comment)\b"
            # people hired or money raised: "seek workers who can weld", "seeking new investors"
            r"|(?:\s+(?!to\b)[a-z-]+){0,2}?\s+(?:workers|employees|staff|recruits|investors|"
            r"partners|buyers|tenants)\b"
        ),
    ),
    # appointees approved, nothing confirmed: "confirmed three judges for the court"
    **dict.fromkeys(
        ("confirm", "confirms", "confirmed", "confirming"),
        re.compile(
            r"(?:\s+(?!that\b)[\w-]+){0,2}?\s+(?:nominees|judges|appointees|ambassadors|justices)\b"
        ),
    ),
    # a testimony given, nothing reported in the sentence: "Reed testified voluntarily in
    # 2004.", "After Reed testified, the panel …" (not "testified, in effect, that …")
    **dict.fromkeys(
        ("testify", "testifies", "testified", "testifying"),
        re.compile(
            r"(?:\s+(?:voluntarily|privately|publicly|again|twice|once|briefly))?"
            r"(?:\s+in\s+\d{4})?\s*(?:[.;]|,(?![^.;\n]{0,30}\b(?:that|saying)\b))"
        ),
    ),
    **dict.fromkeys(
        ("claim", "claims", "claimed", "claiming"),
        re.compile(r"\s+(?:the\s+prize|\d+(?:\.\d+)?\s+percent)\b"),
    ),
    **dict.fromkeys(("post", "posts", "posted", "posting"), _RESULT),
    # requests passed on ("referred questions to the campaign"), a case or a person handed to a
    # court or an authority ("referring the regime to the tribunal", "referred him to police")
    **dict.fromkeys(
        ("refer", "refers", "referred", "referring"),
        re.compile(
            r"\s+(?:(?:all|the|his|her|its|their)\s+)?(?:requests?|questions|inquiries)\b"
            r"|\s+(?:(?:the|this|that|his|her|its|their)\s+(?:case|cases|matter|regime|dispute|"
            r"complaint|government)|him|her|them)\s+to\s+(?:the\s+)?(?:[A-Z]|court|police|"
            r"prosecutors?|authorities)"
        ),
    ),
    # people let in, nothing admitted: "admitting more students", "admitted 8,000 refugees",
    # "refugees admitted to the country" (not "admitted more mistakes", "admits to lying")
    **dict.fromkeys(
        ("admit", "admits", "admitted", "admitting"),
        re.compile(
            r"\s+(?:more|fewer|new|(?:(?:about|some|nearly|roughly|over|only)\s+)?\d[\d,]*)"
            r"(?:\s+[\w-]+){0,4}?\s+(?:students|pupils|refugees|immigrants|migrants|patients|"
            r"applicants|members|people|children)\b"
            r"|\s+(?:in)?to\s+(?:the\s+(?:United\s+States|U\.S\.|country|hospital|school|college|"
            r"university|program|bar)|this\s+country)\b"
        ),
    ),
    **dict.fromkeys(("advise", "advises", "advised", "advising"), re.compile(r"\s+on\s+(?![A-Z])")),
    # a fall by a measure, nothing refused: "trade declined 30 percent", "declines by 0.4%"
    **dict.fromkeys(
        ("decline", "declines", "declined", "declining"),
        re.compile(
            r"\s+(?:by\s+[$£€]?\d|(?:(?:about|nearly|almost|some|roughly|more\s+than)\s+)?[$£€]?"
            r"[\d.,]+\s*(?:%|(?:percent|per\s+cent|points?|percentage|billion|million)\b))"
        ),
    ),
    # "talked past each other"; a manner of talking, nothing reported: "talks like he has won",
    # "talks tough on tolls"
    **dict.fromkeys(
        ("talk", "talks", "talked", "talking"), re.compile(r"\s+(?:past|over|like|tough)\b")
    ),
    **dict.fromkeys(("conclude", "concludes", "concluded", "concluding"), _ENDED),
    **dict.fromkeys(
        ("knock", "knocks", "knocked", "knocking"),
        re.compile(r"\s+(?:on\s+(?:\w+\s+)?doors|out|down|off|over|back)\b"),
    ),
    # "denied Greer a seat", "deny them the vote": a thing refused to someone, no denial said;
    # so are "denied bail", "denied entry", "denied access to …"
    **dict.fromkeys(
        ("deny", "denies", "denied", "denying"),
        re.compile(
            r"\s+(?:(?:him|her|them|us|me|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday)\b)[A-Z][\w'’-]+)\s+(?:a|an|the|any)\s|(?:bail|parole|entry|access|admission|"
            r"permission|visas?)\b)"
        ),
    ),
    # "didn't endorse a candidate", "has not endorsed anyone": no one backed, no stance
    **dict.fromkeys(
        ("endorse", "endorses", "endorsed", "endorsing"),
        re.compile(r"\s+(?:(?:a|any)\s+(?:presidential\s+)?candidate|any(?:one|body))\b"),
    ),
    # "declared for president": a run announced, nothing reported
    **dict.fromkeys(
        ("declare", "declares", "declared", "declaring"),
        re.compile(r"\s+for\s+(?:president|the\s+presidency|governor|mayor|office|re-?election)\b"),
    ),
    **dict.fromkeys(
        ("write", "writes", "wrote", "written", "writing"),
        re.compile(
            r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:introduction|foreword|preface|"
            r"dissertation|thesis|constitution|music|lyrics|script|screenplay|novel)\b"
            # "wrote under the pseudonym …": a name used, nothing written reported
            r"|\s+under\s+(?:the|a|an|his|her|their)\s+(?:pseudonym|pen\s+name|name|alias|byline)\b"
        ),
    ),
}

# "add" with things or a count for its object: "added another task to her week", "could add
# another title", "added around 41,000 berths", "adds more seats"
_ADDS_THINGS: Final = re.compile(
    r"\s+(?:another|more|new|(?:(?:around|nearly|roughly|almost|about|over|some)\s+)?\$?\d)"
)

# "responded" with a deed or a manner, no words: "How has the agency responded?", "responded
# enthusiastically by easing sanctions", "responded as if hurt", "has swiftly responded, with leaflets"
_ACTED = re.compile(r"\s*\?|\s+as\s+if\b|(?:\s+[a-z]+ly)?(?:\s+by\s+([a-z]+ing)\b|,\s+with\b)")
# nothing after the verb but the clause's end or an adverb: "The crowd applauded (loudly)."
_NO_OBJECT: Final = re.compile(r"\s*(?:[.!?;,]|$|\s(?:[a-z]+ly|again|as|when|and)\b)")

# the first letters of the forms `not_speech` knows (a cheap test before calling it)
INITIALS: Final = "tamscwipbforkde"


# "offer" with goods, a chance or a place for its object gives something and says nothing ("the
# region offers rich resources", "offered a unique opportunity", "offering $30 billion"), unlike
# "offered his assessment", "offers a preview of"
_OFFERS: Final = frozenset("offer offers offered offering".split())
_GOODS: Final = frozenset(
    """opportunity opportunities chance chances platform resources protection protections
    perk perks reach contrast discount discounts benefits incentives delegates classes courses
    services products""".split()
)


def _gives_goods(text: str, end: int) -> bool:
    """ "offers rich resources", "offered a unique opportunity", "offering $30 billion"."""
    if text[end : end + 3].lstrip().startswith("$"):
        return True
    words = _NEXT_WORDS.match(text, end)
    return words is not None and not _GOODS.isdisjoint(
        w.strip(",.;:").lower() for w in words.group().split()
    )


def not_speech(verb: str, text: str, end: int) -> bool:
    """A cue form in a sense that reports nothing: "thanks to", "maintained a lead", "showed up"."""
    after = _SENSES_AFTER.get(verb)
    if after is not None and after.match(text, end):
        return True  # "seeks reelection", "claimed the prize", "referred questions to"
    if verb in _OFFERS and _gives_goods(text, end):
        return True  # "the region offers rich resources", "offered a unique opportunity"
    fixed = _FIXED_NEXT.get(verb)
    if fixed is not None and fixed.match(text, end):
        return True  # "a conservative think tank", "the Pentagon briefing room", "feel free to"
    if verb in GOES_ON and _nothing_said_goes_on(text, end):
        return True  # "continued their search", "continued to renew it"
    if verb == "charged" and (_WITH.match(text, end) or _BILLED.match(text, end)):
        return True  # "charged with desertion": an indictment; "charged the club $900": a bill
    if verb.startswith(_PHRASAL_VERBS) and _PHRASAL.match(text, end):
        return True  # "Sanders showed up", "the promises add up to $8 million"
    if verb[:1] == "s" and _SAYS_ABOUT.match(text, end):
        return True  # "its choice of colours says something about …": reveals, reports nothing
    if verb == "identified" and _AS_WITH.match(text, end):
        return True  # "a woman later identified as Jane Doe", "the candidate most identified with"
    if verb == "pledged" and _DELEGATES.match(text, end):
        return True  # "pledged delegates": the delegates bound to a candidate
    acted = _ACTED.match(text, end) if verb.startswith("respond") else None
    if acted and acted.group(1) not in lexicon.EN_CUES:  # "responded by saying …" reports
        return True  # "How has the agency responded?", "responded as if hurt"
    if verb.startswith("applaud") and _NO_OBJECT.match(text, end):
        return True  # "The crowd applauded.", "the crowd applauded loudly": hands, no words
    if verb.startswith("add") and _ADDS_THINGS.match(text, end):
        words = _NEXT_WORDS.match(text, end)  # "added another jab at" reports
        return words is None or _SPEECH_ACTS.isdisjoint(words.group().lower().split())
    if verb == "thanks" or verb.startswith("add"):
        return bool(_TO_NP.match(text, end))
    return verb.startswith("maintain") and bool(_NP.match(text, end))
