"""Sentence boundaries of web text that carry no end punctuation (`annotator.split.sentences`).

E-mails, forum posts and reviews end many sentences with an emoticon, a URL, an e-mail
header or a salutation instead of a period. Each rule below adds (or moves) a cut in the set
of `sentences._boundaries`; each is cheap to rule out (a substring test) on news text:
- an emoticon (":)", ";-)", ":P") ends the sentence it follows: the boundary goes after
  it, never between the end punctuation and it ("Loved it. :) Great staff");
- a URL or an e-mail address ends a sentence before a capitalised word, another URL or a
  separator line (in languages that capitalise nouns, only before a sentence opener);
- English only:
  - an e-mail header timestamp ("Ann Hale 09/14/2003 10:05 AM Can you", "on 09/12/03
    16:20:31 We have") is a line of its own;
  - a salutation or closing ending in a comma ("Dear Nina,", "Best regards,", "Thanks,") ends
    before a capitalised word that is not a title ("Thank you, Mr. President"); a salutation
    also starts one after a signature ("Vince Dear All,"), not after "the Dear Leader,";
  - a capitalised pronoun or question word followed by a lower-case word ("great food This
    is", "Lovely Cottage This cottage") starts a sentence unless an article or preposition
    comes before it ("The Story of How the Bridge Fell"): edited text capitalises
    these mid-sentence only in titles, which go on capitalised;
  - letters and e-mails (vocatives, signatures, separator lines, "P.S."):
    `annotator.split.mail`;
  - a capitalised article, "Some", "Great", "Please" (`WEB_CONTENT_OPENERS`) before a
    content word starts a sentence the same way ("tacky The food tasted", "cards Great
    store"), not before a preposition ("Say No to Trump", "Good for Them");
- other languages: a semicolon before a capitalised article or pronoun ("; Le", "; El",
  "; Il") ends a sentence: Romance orthography writes lower case after a semicolon;
- Portuguese: a capitalised article or preposition before a lower-case word, after a word,
  starts a sentence (a headline run into its text: "... causa morte O tombamento de").
  Measured on the UD dev treebanks, the same rule gains nothing in es, fr, it and costs
  precision in es and fr, where titles of works keep only their first word capitalised
  ("el libro Las flores del bien"), so it is Portuguese only.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.abbreviations import (
    ENGLISH,
    NOUN_CAPITALS,
    WEB_CONTENT_OPENERS,
    WEB_OPENERS,
    Lexicon,
)
from annotator.split.mail import OPENERS, mail_cuts, signature_cut

# Each pattern starts with a rare character (":", "@", ",", a capital) so that the regex
# engine skips from one occurrence to the next; the context before it is checked in code.
_FACE: Final = r"[-^']?[()DPp3/|\]\[*]{1,3}(?=\s|$)"  # the rest of ":-)", ";P"
# Emoticons and URLs by their first character, each searched only when that character occurs.
_COLON_FACE: Final = re.compile(":" + _FACE)
_SEMICOLON_FACE: Final = re.compile(";" + _FACE)
_SCHEME_URL: Final = re.compile(r"://[^\s<>\"]+")
_WWW_URL: Final = re.compile(r"www\.[^\s<>\"]+")
_ADDRESS: Final = re.compile(r"@[\w-]+(?:\.[\w-]+)+>?")
_TIME: Final = re.compile(r":\d\d(?::\d\d)?(?: ?([AP]M)\b)?")
_DATE_BEFORE: Final = re.compile(r"\d\d?/\d\d?/\d\d(?:\d\d)?,? \d\d?$")
# "Dear Nina," / "Good Morning Debra -" (a dash counts after a space, checked in code); two
# patterns, each starting with a literal that the regex engine skips to
_COMMA: Final = re.compile(r",(?=\s+[\"'“]?[A-Z])")
_DASH: Final = re.compile(r"-(?=\s+[\"'“]?[A-Z])")
_GREETING_HEADS: Final = (
    "Dear", "Hi", "Hello", "Hey", "Good [Mm]orning", "Good [Aa]fternoon", "Good [Ee]vening"
)  # fmt: skip
# A closing or a greeting ending the text searched: each phrase opens with a capital letter
_CLOSINGS: Final = (
    *(f"{w} regards" for w in ("Best", "Kind", "Kindest", "Warm", "Warmest", "With best")),
    "Regards", "Thanks", "Thank you", "Many thanks", "Sincerely", "Yours sincerely", "Yours truly",
    "Yours", "Cheers", "Best wishes", "Take care", "Keep in touch", "Cordially",
    *(h + r"(?: [A-Z][\w'.-]*| and| or| all){1,3}" for h in _GREETING_HEADS),
    *(h + r"(?: [a-z]+){1,3}" for h in _GREETING_HEADS[:4]),
    "Hi", "Hello", "Hey", "Greetings", r"Good (?:[Mm]orning|[Aa]fternoon|[Ee]vening)",
)  # fmt: skip
# `(?<![\w"'“‘«])(?:phrase|phrase|…)$`, with the lookbehind after each phrase's capital: a
# pattern whose alternatives all open with a literal starts with a character set, so a search
# jumps from capital to capital instead of trying every position of its 40 characters
_CLOSING_BEFORE: Final = re.compile(
    "(?:" + "|".join(c[0] + r"(?<![\w\"'“‘«]" + c[0] + ")" + c[1:] for c in _CLOSINGS) + ")$"
)
_GREETINGS: Final = ("Dear", "Hi", "Hello", "Hey", "Greetings", "Good")
_NOT_AFTER_CLOSING = frozenset("madam sir mister chairman chairwoman president speaker".split())
# a space, then an opener and the lower-case word after it: the scan jumps from space to space
# and a lower-case word fails the lookahead at once (faster than a scan for the openers'
# first letters); `web_cuts` only cuts before an opener after a space
_WEB_OPENER: Final = re.compile(
    r" (?=[A-Z])("
    + "|".join(sorted(sorted(WEB_OPENERS | WEB_CONTENT_OPENERS), key=len, reverse=True))
    + r")(?= ([a-z]+))"
)
# Words a sentence does not end on: a capitalised word after them is a title or a name.
_GOES_ON: Final = frozenset(
    """the a an of on in at to for with by from about into onto over under than as and or but
    nor titled called named entitled dubbed""".split()
)
# Capitalised articles of Romance languages (a title of a work goes on capitalised: "A Lista")
_ARTICLE_OPENER: Final = {
    lang: re.compile(r"(?:" + words.replace(" ", "|") + r")(?= [a-zà-ÿ])")
    for lang, words in {
        "pt": "Os As O A Um Uma Em No Na Nos Nas Pelo Pela Para Com Depois Segundo Ele Ela",
    }.items()
}
_SEMICOLON: Final = re.compile(r";\s+[\"'“«(]?(\w+)")
_NEXT: Final = re.compile(r"\s+[\"'“‘«(\[]*(\S)(\w*)")


def web_cuts(seg: str, base: int, cuts: set[int], lex: Lexicon, lang: str | None) -> None:
    """Add (or move) the cuts of web text in `seg` (offsets shifted by `base`) to `cuts`."""
    nouns = lang in NOUN_CAPITALS
    colon = ":" in seg
    if colon:
        _emoticon_cuts(seg, base, cuts, _COLON_FACE)
        if "://" in seg:
            _url_cuts(seg, base, cuts, _SCHEME_URL, lex, nouns)
    semicolon = ";" in seg
    if semicolon:
        _emoticon_cuts(seg, base, cuts, _SEMICOLON_FACE)
    if "www." in seg:
        _url_cuts(seg, base, cuts, _WWW_URL, lex, nouns)
    if "@" in seg:
        _url_cuts(seg, base, cuts, _ADDRESS, lex, nouns)
    if lex is not ENGLISH:
        if semicolon:
            _semicolon_cuts(seg, base, cuts, lex)
        if lang in _ARTICLE_OPENER:
            _article_cuts(seg, base, cuts, _ARTICLE_OPENER[lang])
        return
    if colon and "/" in seg:
        _timestamp_cuts(seg, base, cuts)
    signed = _closing_cuts(seg, base, cuts, lex) if "," in seg or " -" in seg else []
    mail_cuts(seg, base, cuts, lex, signed)
    for m in _WEB_OPENER.finditer(seg):
        i = m.start(1)
        if i > 1 and seg[i - 2].isalpha():
            prev = seg[max(0, i - 20) : i - 1].rsplit(None, 1)[-1]
            if prev in _GOES_ON:  # not "a memo titled 'The Story of How the Bridge Fell'"
                continue
            if m.group(2) in _GOES_ON and m.group(1) in WEB_CONTENT_OPENERS:
                continue  # "Good for Them", "Say No to Trump"
            cuts.add(base + i - 1)


def _emoticon_cuts(seg: str, base: int, cuts: set[int], pattern: re.Pattern[str]) -> None:
    n = len(seg)
    for m in pattern.finditer(seg):
        start, end = m.span()
        if start and not (seg[start - 1].isspace() or seg[start - 1].isalpha()):
            continue  # "&#39;)", "2:3)"
        j = start
        while j and seg[j - 1].isspace():
            j -= 1
        cuts.discard(base + j)  # "it. :)": the emoticon stays with its sentence
        if end < n:
            nxt = _NEXT.match(seg, end)
            if nxt and (nxt.group(1).isalnum() or nxt.group(0).rstrip()[-1:] in "\"'“‘«(["):
                cuts.add(base + end)


def _url_cuts(
    seg: str, base: int, cuts: set[int], pattern: re.Pattern[str], lex: Lexicon, nouns: bool
) -> None:
    """A URL or address ends before a capitalised word (with `nouns` capitalised, an opener)."""
    for m in pattern.finditer(seg):
        if m.group()[0] == "@" and not (
            m.start() and (seg[m.start() - 1].isalnum() or seg[m.start() - 1] in "._+-")
        ):
            continue  # a handle ("@user"), not an address
        nxt = _NEXT.match(seg, m.end())
        if not nxt:
            continue
        first, rest = nxt.group(1), nxt.group(2)
        if seg.startswith(("http", "www."), nxt.start(1)):
            cuts.add(base + m.end())  # a list of links
        elif first in "-=_*~" and seg.startswith(first * 3, nxt.start(1)):
            cuts.add(base + m.end())  # a separator line after the link
        elif first.isupper() and (not nouns or (first + rest).lower() in lex.openers):
            cuts.add(base + m.end())


def _timestamp_cuts(seg: str, base: int, cuts: set[int]) -> None:
    for m in _TIME.finditer(seg):
        date = _DATE_BEFORE.search(seg, max(0, m.start() - 20), m.start())
        if not date:
            continue
        nxt = _NEXT.match(seg, m.end())
        if not (m.group(1) or (nxt and nxt.group(1).isupper())):
            continue  # a time without AM/PM is a header only before a capital
        if nxt:
            cuts.add(base + m.end())  # "… 10:05 AM Can you", "… 09/12/03 16:20:31 We have"
        before = seg[max(0, date.start() - 60) : date.start()].rstrip()
        prev = before.rsplit(None, 1)[-1] if before else ""
        if prev and not (prev.isalpha() and prev.islower()) and prev[-1] not in ",;:(-":
            cuts.add(base + date.start())


def _closing_cuts(seg: str, base: int, cuts: set[int], lex: Lexicon) -> list[str]:
    """After a closing or a salutation and its comma; before a salutation that follows a
    signature or a line with no end punctuation ("... Vince Dear All,"), but not after a
    lower-case word ("the Dear Leader, Kim"). Returns the full names that sign closings."""
    signed = []
    for m in (*_COMMA.finditer(seg), *_DASH.finditer(seg)):
        end = m.start()
        if m.group() == "-":
            end -= 1
            if end < 1 or seg[end] != " ":
                continue
        phrase = _CLOSING_BEFORE.search(seg, max(0, end - 40), end)
        if not phrase:
            continue
        nxt = _NEXT.match(seg, m.end())
        word = (nxt.group(1) + nxt.group(2)).lower() if nxt else ""
        if word in lex.never or word in _NOT_AFTER_CLOSING:
            continue
        start = phrase.start()
        if phrase.group().startswith(_GREETINGS):
            before = seg[max(0, start - 30) : start].split()
            prev = before[-1] if before else ""
            bare = " " not in phrase.group() or phrase.group().startswith("Good")
            if prev.isalpha() and prev.islower() and (not bare or prev in _GOES_ON):
                continue  # "the Dear Leader, Kim", not "for a day ty Hi, Yes"
            if bare and (nxt.group(1) + nxt.group(2) if nxt else "") not in OPENERS:
                continue  # "Hey, Rubio is right", "Hello, Green Harbour Club"
            if prev[-1:].isalpha():
                cuts.add(base + start)
        else:
            if start > 1 and seg[start - 1] == " " and seg[start - 2].isalnum():
                cuts.add(base + start)  # "I'm in Regards, Kevin": a closing is a line
            signed.append(signature_cut(seg, base, cuts, m.end()))
        cuts.add(base + m.end())
    return signed


def _article_cuts(seg: str, base: int, cuts: set[int], pattern: re.Pattern[str]) -> None:
    """A capitalised article before a lower-case word, after a word without end punctuation,
    starts a sentence: a headline run into its article ("... causa morte O tombamento de")."""
    for m in pattern.finditer(seg):
        i = m.start()
        if i > 1 and seg[i - 1] == " " and seg[i - 2].isalpha():
            cuts.add(base + i - 1)


def _semicolon_cuts(seg: str, base: int, cuts: set[int], lex: Lexicon) -> None:
    for m in _SEMICOLON.finditer(seg):
        word = m.group(1)
        if word[0].isupper() and word != "I" and word.lower() in lex.openers:
            cuts.add(base + m.start() + 1)
