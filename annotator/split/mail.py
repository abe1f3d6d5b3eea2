"""Sentence boundaries of letters, e-mails and posts where no punctuation marks them (English).

Called by `annotator.split.webtext.web_cuts`, which adds the cuts of salutations and closings
("Dear Nina,", "Best regards,"); the rules here add the lines around them:
- a separator line ("*****", "=====", "==----", "NOTICE*****") ends before a word that is
  not lower case, and so does "--" after end punctuation ("... five years. -- Posted by"); a
  banner line ("---= 19 Servers =---") starts after the line before it;
- a bracketed source or note right after a sentence end ("... Jihad. (Jerusalem Post) 'We're")
  ends there, before a word that is not lower case; so does an omission mark ("[...]");
- a vocative that opens a message ("Kathleen, You are correct", "Vince - Thanks") is a
  sentence of its own:
  one capitalised word at a sentence start or after a signature line ("Debra Perlingiere
  Tammi, Attached is"), then a comma and a common sentence opener ("I", "You", "Please");
  discourse words ("However, I", "Rather, I", "Like President Obama, I") and days or months
  are not names;
- the signature after a closing ("Best regards, Debra Perlingiere Jackie Taylor -", "Thanks.
  John Attached is") is up to two name words; a full name that signs a closing is a line of
  its own wherever else it stands between lines in the text (an e-mail thread repeats it:
  "Thx dp Debra Perlingiere Revised Article 4.6");
- a name written twice before a vocative comma ("Take Care Traci Traci, I have") is a
  signature and a vocative;
- "Thanks" or "Thank you" opening a sentence ends it before a sentence opener ("Thanks See
  you later");
- a phone number with its area code ends a signature before a capitalised word that is not
  the next label of a contact block ("Cell (555) 301-4477 Ann Lee", not "Phone 555-219-3388
  Fax");
- "P.S." and "PS -" start a sentence, and so do the header lines of a forwarded post ("Email:",
  "Groups:"); an attachment line ("<< File: notes.doc >>", "(See attached file: a.pdf)") ends
  one, and each item of a list of attached files ("- a.pdf - b.pdf") is a line.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.abbreviations import EN_OPENERS, LINKING, Lexicon

# A separator line: a run of "*", "_", "=", "-" or "~" (mixed: "==----") with three of one
# character in a row, found from them (a literal: the regex engine skips to it).
# Each pattern is paired with its literal: a text without it is not scanned (a substring test
# costs a fraction of a regular-expression scan that finds nothing).
_SEPARATOR = tuple((c, c * 3, re.compile(re.escape(c * 3) + r"[-=_*~]*(?=\s)")) for c in "-=_*~")
_ENDS: Final = frozenset(".!?…\"”'’")
_DOUBLE_DASH: Final = re.compile(r"--(?= +[\"“]?[A-Z])")
_BRACKET: Final = re.compile(r"\(([^()\n]{1,60})\)(?= +[\"“'‘(]?[A-Z])")
# A vocative and the signature line before it: "Debra Perlingiere Tammi,"
_NAMES_BEFORE: Final = re.compile(r"(?<![\w'’.@-])(?:[A-Z][A-Za-z'’-]+ ){0,3}[A-Z][a-z]{1,15}$")
_NAME: Final = re.compile(r" +([A-Z][A-Za-z'’-]+|[A-Z]\.?)(?=[\s,:]|$)")
_INITIAL_NEXT: Final = re.compile(r" +[A-Z]\. +[A-Z][a-z]")
_SUFFIX: Final = re.compile(r"(?:Jr|Sr|II|III|IV)\b")  # "Debra Perlingiere Jr." goes on
_THANKS: Final = re.compile(r"hank(?:s| you)(?= +([A-Z][\w'’]*))")  # after "T" or "t"
_THANKS_END: Final = re.compile(r"hank(?:s| you)[.!]+(?= +[A-Z])")  # "Thanks. John Attached is"
_NEXT_WORD: Final = re.compile(r"\s+[\"“]?(\S)")
_PS: Final = re.compile(r"P(?:\.S\.|S(?= ?[-:,]))")
_HEADERS: Final = (re.compile(r"E-?mail: "), re.compile(r"Groups: "))
# "P.S."/"PS" and the headers, each with a character and the literals one of which every match
# holds (the character tested first: a one-character test is a `memchr`, a test of a longer
# literal a scan ~40x slower that most texts, holding neither, would run to the end)
_PS_AND_HEADERS: Final = (
    ("P", ("PS", "P.S."), _PS), (":", ("mail: ",), _HEADERS[0]), (":", ("Groups: ",), _HEADERS[1])
)  # fmt: skip
_SEE_ATTACHED: Final = re.compile(r"\(See attached file: [^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)")
_EXT: Final = r"\.(?:pdf|docx?|xlsx?|pptx?|html?|jpe?g|gif|png|txt|zip)"
# "-" first: a pattern that starts with a space is tried at every word
_FILE_ITEM: Final = re.compile(r"-(?= [^\s()]+" + _EXT + r"(?![\w.]))")
_FILE_END: Final = re.compile(r"(?:" + _EXT + r"|\)|>>)$")
_OMISSION: Final = re.compile(r"\.\.\.[\])](?= +[\"“'‘]?[A-Z])")  # after "[" or "(", tested in code
_ATTACHED: Final = re.compile(r">>(?= +[^\sa-z])")
# A phone number that ends a signature ("Cell (713) 705-7201 Kay Mann", "(989)755-1109 Great")
# (found from its dash: a pattern that starts with a digit is tried at every digit)
_PHONE: Final = re.compile(r"-\d\d\d\d\b(?= +[\"“]?([A-Z][\w-]*))")
_AREA_CODE: Final = re.compile(r"(?:\(\d\d\d\) ?|\d\d\d[-. ])\d\d\d$")
# Labels of a contact block: the number before them goes on ("Phone 410-468-3798 Fax ...")
_CONTACT_LABELS: Final = frozenset(
    "Phone Tel Telephone Cell Mobile Fax Pager Email E-mail Office Home Work Direct Web".split()
)
# Words that open a message's first sentence after a vocative ("Greg, I faxed you").
OPENERS: Final = frozenset(
    """I I'm I've I'll I'd I’m I’ve You You're You've You'll We We're We've We'll It It's This
    That That's These There There's Here Here's Attached
    Please Thanks Thank Take See Just Hope As Can Could Would Do Did Is Are Have Sorry Glad
    Congratulations Let Let's My Our Your The What What's How When Why Where If Enclosed Below
    Following Regarding Welcome Yes Sounds Looks Happy Per""".split()
)
# After a vocative that follows a capitalised word (a signature, or "We have Hobby Lobby,")
_MESSAGE_OPENERS: Final = frozenset(
    "I I'm I've I'll I'd I’m I’ve You Attached Please Thanks Thank This Take Here".split()
)


def _before_opener(mark: str) -> re.Pattern[str]:
    """`mark`, spaces, an optional quote and a whole word of OPENERS (group 1): the words
    grouped by first letter, so that a comma before another word costs a few tests."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(OPENERS, key=lambda w: (-len(w), w)):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    words = "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(by_first.items()))
    return re.compile(rf"{re.escape(mark)}(?= +[\"“]?((?:{words})(?![\w'’])))")


# "Kathleen, You", "Vince - Thanks" (a dash counts after a space, checked in code): a mark
# before an opener, as `,(?= +["“]?([A-Z][\w'’]*))` with group 1 in OPENERS (each pattern
# starts with a literal that the regex engine skips to)
_VOCATIVE: Final = _before_opener(",")
_VOCATIVE_DASH: Final = _before_opener("-")
# Two-letter words that are no initials ("by Debra Perlingiere" is no signature line)
_NOT_INITIALS: Final = frozenset(
    "by of to in on at as is it an or if so we he me my up us do go no be am are oh ok hi".split()
)
# Capitalised words before a comma that are not names: discourse words, days, months.
_NOT_NAMES: Final = (
    frozenset(
        """however still also yes no yeah nope well so oh ah okay ok sure right alright look
    listen see say remember please sorry thanks hey hi hello dear wow indeed instead otherwise
    moreover furthermore besides meanwhile nevertheless nonetheless therefore thus hence then
    now next first second third finally last lastly again once today tonight yesterday
    tomorrow later earlier afterward afterwards overall altogether together alone anyway
    anyhow regardless sometimes often though although because since unless until whereas
    yet plus and but or nor for like unlike meantime fine great good true ultimately rather
    granted given with without despite during unlike except regarding
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december sir madam folks""".split()
    )
    | EN_OPENERS
    | LINKING
)


def mail_cuts(
    seg: str, base: int, cuts: set[int], lex: Lexicon, signed: list[str] | None = None
) -> None:
    """Add the cuts of letters and e-mails in `seg` (offsets shifted by `base`) to `cuts`;
    `signed`: the names that sign a closing in `seg` (from `signature_cut`)."""
    for name in set(signed or ()):
        if name:
            _signature_lines(seg, base, cuts, name)
    _separator_cuts(seg, base, cuts)
    _double_dash_cuts(seg, base, cuts)
    if "(" in seg:
        for m in _BRACKET.finditer(seg):
            s = m.start()
            if s > 1 and seg[s - 1] == " " and seg[s - 2] in _ENDS and base + s - 1 in cuts:
                cuts.add(base + m.end())
    if "," in seg or ":" in seg or " -" in seg:
        _vocative_cuts(seg, base, cuts, lex)
    # "Cheers Chris P.S. I am", "Runar Email: x@y.com"
    for char, literals, pattern in _PS_AND_HEADERS:
        if char not in seg or (literals[0] not in seg and literals[-1] not in seg):
            continue
        for m in pattern.finditer(seg):
            s = m.start()
            group = _word(seg, m.end())
            header = pattern is _PS or "@" in seg[m.end() : m.end() + 60] or "." in group
            if header and s > 1 and seg[s - 1] == " " and seg[s - 2].isalnum():
                cuts.add(base + s - 1)  # a header with an address or a newsgroup, not a title
            if pattern is _HEADERS[1] and "." in group and not group.endswith("."):
                nxt = _NEXT_WORD.match(seg, m.end() + len(group))
                if nxt and not nxt.group(1).islower():  # "Groups: alt.animals.cat I have"
                    cuts.add(base + m.end() + len(group))
    if ">" in seg and ">>" in seg:  # one character first (`_PS_AND_HEADERS`)
        for m in _ATTACHED.finditer(seg):  # "<< File: TEXT.htm >> I was"
            cuts.add(base + m.end())
    if "-" in seg:
        for m in _PHONE.finditer(seg):
            if m.group(1) not in _CONTACT_LABELS and _AREA_CODE.search(
                seg, max(0, m.start() - 9), m.start()
            ):
                cuts.add(base + m.end())
    _attachment_cuts(seg, base, cuts)
    if "..." in seg:
        for m in _OMISSION.finditer(seg):  # 'agenda." [...] "The problem is': a line of its own
            s = m.start() - 1
            if s > 1 and seg[s] in "[(" and seg[s - 1] == " " and base + s - 1 in cuts:
                cuts.add(base + m.end())
    if "k" not in seg or "hank" not in seg:  # "Thanks", "thank you"
        return
    for m in _THANKS_END.finditer(seg):
        s = m.start() - 1
        if s >= 0 and seg[s] in "Tt" and _starts_sentence(seg, base, cuts, s):
            name = signature_cut(seg, base, cuts, m.end())
            if name and name not in (signed or ()):
                _signature_lines(seg, base, cuts, name)
    for m in _THANKS.finditer(seg):
        s = m.start() - 1
        if s < 0 or seg[s] not in "Tt" or m.group(1) not in OPENERS:
            continue
        if _starts_sentence(seg, base, cuts, s):
            cuts.add(base + m.end())


def signature_cut(seg: str, base: int, cuts: set[int], i: int) -> str:
    """After a closing that ends at `i` ("Best regards,"), cut after the name that signs it:
    up to two capitalised words, not a sentence opener, not the same word twice, not a first
    name that a middle initial follows ("Mike Michael J. McDermott"). Returns the
    name when it is two words of three letters or more (a full name), else ""."""
    names: list[str] = []
    ends: list[int] = []
    pos = i
    while len(names) < 3:
        m = _NAME.match(seg, pos)
        if not m:
            break
        word = m.group(1)
        if word in OPENERS or (names and word == names[-1]):
            break
        names.append(word)
        pos = m.end()
        ends.append(pos)
        if sum(len(w) > 2 for w in names) == 2:
            break
    if not names:
        return ""
    if len(names) == 2 and _INITIAL_NEXT.match(seg, pos):
        names, pos = names[:1], ends[0]  # "Mike Michael J. McDermott": a full name follows
    nxt = _NEXT_WORD.match(seg, pos)
    if nxt and not nxt.group(1).islower() and nxt.group(1) not in ",;:.":
        cuts.add(base + pos)
        if len(names) == 2 and min(map(len, names)) > 2:
            return " ".join(names)
    return ""


def _signature_lines(seg: str, base: int, cuts: set[int], name: str) -> None:
    """A full name that signs a closing in this text ("Best regards, Debra Perlingiere") is a
    line of its own wherever else it follows end punctuation, a code ("4105SF"), initials
    ("dp") or itself: a cut before it, and after it before a capitalised word."""
    last = name.rsplit(None, 1)[-1]
    # the name first: a pattern that starts with a lookbehind is tried at every position
    for m in re.finditer(re.escape(name) + r"(?![\w'’@-])", seg):
        s, e = m.span()
        if s and not seg[s - 1].isspace():
            continue  # inside a word or an address
        prev = seg[max(0, s - 30) : s].split()
        word = prev[-1] if prev else ""
        if word and not (
            word[-1] in ".!?:)"
            or word == last
            or any(c.isdigit() for c in word)
            or (len(word) == 2 and word.isalpha() and word.lower() not in _NOT_INITIALS)
        ):
            continue
        while s and seg[s - 1].isspace():
            s -= 1
        cuts.add(base + s)  # where the line before ends, as the other rules cut
        nxt = _NEXT_WORD.match(seg, e)
        if nxt and nxt.group(1).isupper() and not _SUFFIX.match(seg, nxt.start(1)):
            cuts.add(base + e)


def _word(seg: str, i: int) -> str:
    """The word starting at position i."""
    j = seg.find(" ", i, i + 80)
    return seg[i : j if j >= 0 else i + 80]


def _starts_sentence(seg: str, base: int, cuts: set[int], i: int) -> bool:
    """Position i (a word's start) opens the text or follows a cut."""
    k = i
    while k and seg[k - 1].isspace():
        k -= 1
    return k == 0 or base + k in cuts


def _separator_cuts(seg: str, base: int, cuts: set[int]) -> None:
    """After a separator line ("*****", "=====", "==----") before a word that is not lower
    case; a run glued to a word ("NOTICE*****", "News==----") needs four characters. A mixed
    run that is mirrored later on ("----== Posted via … News==----") opens a banner line: a
    cut before it, none after."""
    for char, literal, pattern in _SEPARATOR:
        if char not in seg or literal not in seg:  # one character first (`_PS_AND_HEADERS`)
            continue
        for m in pattern.finditer(seg):
            s, e = m.span()
            while s and seg[s - 1] in "-=_*~":
                s -= 1
            if s > 0 and not seg[s - 1].isspace() and e - s < 4:
                continue  # "a---b"
            run = seg[s:e]
            if run != run[0] * len(run) and _banner(seg, base, cuts, run, s, e):
                continue
            nxt = _NEXT_WORD.match(seg, e)
            if nxt and not nxt.group(1).islower():
                cuts.add(base + e)


def _banner(seg: str, base: int, cuts: set[int], run: str, s: int, e: int) -> bool:
    """The mixed run `seg[s:e]` opens a banner line (its mirror image follows within 100
    characters): cut before it unless it closes the banner before ("… Newsgroups ---= 19
    Servers … =---")."""
    mirror = re.compile(r"(?<![-=_*~])" + re.escape(run[::-1]) + r"(?![-=_*~])")
    if not mirror.search(seg, e, e + 100):
        return False
    closing = mirror.search(seg[max(0, s - 100) : s])
    if not closing and s > 1 and seg[s - 1] == " " and seg[s - 2].isalnum():
        cuts.add(base + s - 1)
    return True


def _double_dash_cuts(seg: str, base: int, cuts: set[int]) -> None:
    if "-" not in seg or "--" not in seg:
        return
    for m in _DOUBLE_DASH.finditer(seg):
        words = seg[max(0, m.start() - 30) : m.start()].split()
        prev = words[-1] if words else ""
        # "five years. -- Posted by", not the dateline "BOCA RATON, Fla. -- Weeds"
        if prev[-1:] in ("!", "?") or (prev[-1:] == "." and prev[0].islower()):
            if _starts_sentence(seg, base, cuts, m.start()):
                cuts.add(base + m.end())


def _attachment_cuts(seg: str, base: int, cuts: set[int]) -> None:
    """After a run of "(See attached file: a.doc)" notes; before each item of a list of
    attached files ("API.pdf) - Unleaded.pdf - Crude.pdf")."""
    if "(" in seg and "(See attached file: " in seg:
        for m in _SEE_ATTACHED.finditer(seg):
            nxt = _NEXT_WORD.match(seg, m.end())
            if nxt and not nxt.group(1).islower() and not seg.startswith("(See", nxt.start(1)):
                cuts.add(base + m.end())
    if "-" not in seg or "- " not in seg:
        return
    for m in _FILE_ITEM.finditer(seg):
        i = m.start() - 1  # the space before the dash
        if i > 0 and seg[i] == " " and _FILE_END.search(seg, max(0, i - 6), i):
            cuts.add(base + i)


def _vocative_cuts(seg: str, base: int, cuts: set[int], lex: Lexicon) -> None:
    for m in (*_VOCATIVE.finditer(seg), *_VOCATIVE_DASH.finditer(seg)):
        i = m.start()
        dash = m.group() == "-"
        if dash:
            i -= 1
            if i < 1 or seg[i] != " ":
                continue
        run = _NAMES_BEFORE.search(seg, max(0, i - 60), i)
        if not run:
            continue
        words = run.group().split()
        after_time = words[0] in ("AM", "PM")  # "05/14/2003 10:20 AM Jan, Where are we"
        if after_time:
            words = words[1:]
        if (
            not words
            or words[-1].endswith("ly")
            or any(w.lower() in _NOT_NAMES or w.lower() in lex.never for w in words)
        ):
            continue
        if len(words) > 1 and m.group(1) not in _MESSAGE_OPENERS:
            continue
        if len(words) > 1 and words[-1] == words[-2]:  # "Take Care Traci Traci, I have"
            cuts.add(base + i - len(words[-1]) - 1)
            cuts.add(base + m.end())
            continue
        if dash and len(words) > 1:
            continue  # "Vince - Thanks", not "Cheap Hotel Rome - Thanks"
        before = seg[max(0, run.start() - 30) : run.start()].split()
        prev = before[-1] if before else ""
        if (
            after_time
            or _starts_sentence(seg, base, cuts, run.start())
            or before[-1:] in (["AM"], ["PM"])
        ):
            cuts.add(base + m.end())
        elif (
            len(words) > 2
            and prev
            and (prev[0].isupper() or prev[0].isdigit())
            and prev[-1] not in ",;:"
            and seg[m.end(1) : m.end(1) + 1] != "-"
        ):  # a signature line, then the vocative: "4.6 Debra Perlingiere Kathleen, You are"
            cuts.add(base + i - len(words[-1]) - 1)
            cuts.add(base + m.end())
