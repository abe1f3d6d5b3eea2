"""Sentence boundaries with offsets: a rule-based splitter tuned for news and forum text.

`split_sentences(text, start, end, lang)` returns `(s, e)` spans into `text` (not into the
slice), trimmed of surrounding whitespace, covering every non-space character of
`text[start:end]`. `lang` (ISO 639-1) picks the abbreviation lexicon, sentence openers, month
names and conventions of `annotator.split.abbreviations` (de, fr, es, it, pt, nl, ru, uk, pl,
tr, ar; English for None or any other language). Boundary F1 on the UD dev treebanks
(benchmarks/bench_sentences.py): see the README.

Why our own splitter: on pragmatic_segmenter's 52 English golden rules (benchmarks/golden_rules.py)
pysbd passes 48 at ~0.17 MB/s and sentencex 46 at ~60 MB/s (it fails numbered lists and the
4-dot ellipsis); the rules below pass 51 and run at several MB/s in pure Python, with exact
offsets and no text rewriting. See benchmarks/bench_split.py for the measured figures.

How it decides, in order:
- Candidates are runs of terminal punctuation (`.`, `!`, `?`, `…`, spaced ellipses `. . .`)
  plus any closing quotes/brackets, followed by whitespace or the end; also a period glued to a
  capitalised word ("world.Today"), but not inside e-mails, URLs or file names.
- A candidate followed by a lower-case word is not a boundary ("Co. at noon", "'Hi.' she said"),
  except before a link line ("pretty cool... http://x.org/a", not a link ending in a period,
  which cites the sentence before it).
- Terminal marks include the Arabic question mark `؟`, `۔`, `।` and full-width `。！？`.
- A candidate followed by a lower-case article or pronoun after `?`/`!` or a plain word is a
  boundary ("in town. the weather", "where? there"): web and forum text.
- Titles before names and the language's `never` abbreviations never end a sentence (Mr, Dr,
  Gen, z.B., bzw., проф.); its `maybe` abbreviations (Co., Inc., etc., usw., г.) end one
  before a capitalised word (or a caseless script's letter) but not before a digit or a sign
  ("Dec. 9", "p. 55", "2016 р. № 991").
- Where ordinals take a period (de, tr, pl, nl, ...), a 1-2 digit number before a month name,
  or between a lower-case word and a capitalised non-opener, is an ordinal ("am 3. Oktober").
- Italian ends a sentence at a colon before a capitalised word, Portuguese at a colon before
  an opening quote (their orthography writes lower case after a colon otherwise).
- A lone closing quote after the end punctuation ("verdiend. '' De") stays with the sentence.
- Dotted acronyms ("U.S.", "E.U.", "a.m.") end a sentence only before a common sentence opener
  ("The", "How", "It", ...): "the U.S. Government" stays whole, "the U.S. How about" splits.
- A single capital letter after a capitalised word is an initial ("Jonas E. Smith");
  after a lower-case word it is a word ("you and I. Did ...").
- Spaced three-dot ellipses never split; four dots end a sentence.
- Inside an open parenthesis or square bracket that closes later, nothing splits; a bracket
  holding a whole sentence ends one before a capitalised word ("(Laughter.) The").
- A 1-4 digit number between a sentence end and a capitalised word numbers the next sentence
  ("... owner. 923. Things ..."), unlike "p. 12. The".
- In English web text "!" also ends a sentence before a lower-case word other than a linking
  one ("help! uh", not "Yahoo! and"), and a period does after an upper-case, "'s" or slashed
  word ("into DVD. give", "food/drinks/towels. great"); "!" or "?" before "...Word" ends one.
- Web text without end punctuation (emoticons, URLs, e-mail headers, salutations, a
  capitalised pronoun after a lower-case word) and semicolons before a capitalised article
  in Romance languages: `annotator.split.webtext`.
- Numbered and lettered lists ("1. ... 2. ...", "a) ... b) ...") split before each marker
  when at least two consecutive markers appear.
- A single newline splits unless the text looks like hard-wrapped prose (the line before has
  no end punctuation and the next line starts in lower case); a blank line always splits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from annotator.split.abbreviations import (
    COLON_ENDS,
    ENGLISH,
    LINKING,
    ORDINAL_PERIOD,
    QUOTATIVES,
    Lexicon,
    lexicon,
)
from annotator.split.brackets_and_links import (
    bracketed_sentence,
    glued_ok,
    inside_brackets,
    link_line,
)
from annotator.split.list_markers import list_cuts
from annotator.split.number_and_letter_stops import (
    is_list_marker,
    letter_ends_sentence,
    number_ends_sentence,
)
from annotator.split.part_marks import positions
from annotator.split.webtext import web_cuts

# closing quotes of every style (German „…“ and ‚…‘ close with “ and ‘, »…« with «)
_CLOSERS: Final = "\"'”’»)]“‘«›‹"
# A run of terminal punctuation (with spaced ellipses), then closing quotes/brackets. Written
# `X(?:X|glued)*` rather than `(?:X|glued)+` so that the pattern starts with a character class
# and the regex engine jumps from one punctuation mark to the next (the matches are the same).
_CANDIDATE: Final = re.compile(
    r"[.!?…؟。！？।۔](?: (?=\.))?"
    r"(?:[.!?…؟。！？।۔](?: (?=\.))?|(?<=[^\s.])\.(?=[A-Z][a-z]))*"  # punctuation run / glued period
    r"[\"'”’»)\]“‘«›‹]*"
)
# the same for a text whose only mark of `_CANDIDATE`'s class is the full stop (most text): a
# pattern that opens with a literal is scanned for faster than one that opens with a class
_CANDIDATE_DOT: Final = re.compile(_CANDIDATE.pattern.replace("[.!?…؟。！？।۔]", r"\."))
_OTHER_MARKS: Final = "!?…؟。！？।۔"
_MARKS: Final = "." + _OTHER_MARKS  # the class `_CANDIDATE` opens with
_ACRONYM: Final = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}$")  # U.S., z.B., EE.UU., т.е.
# A closing quote standing alone after the end punctuation ("verdiend. '' De", "phrase. ' And"):
# the end is after it.
_LONE_CLOSER: Final = re.compile(r"\s+(?:''|’’|”)(?=\s|$)")
# English also closes with a lone "'" ("the phrase. ' And on April 3"); the Turkish treebank
# opens quotes that way ("' O afiş ' kaldırıldı"), so only English.
_LONE_CLOSER_EN: Final = re.compile(r"\s+(?:''|’’|”|')(?=\s|$)")
_WORD_REVERSED: Final = re.compile(r"[^\s\"'“”‘’«»(\[]*")
_LONE_QUOTES: Final = frozenset("'’”")  # what a lone closing quote starts with
_TOKEN_DELIMITER: Final = re.compile(r"[\s\"'“”‘’«»(\[]")  # what `_WORD_REVERSED` stops at
# A newline and the spaces after it; the spaces before it are added in code (a pattern that
# starts with them would be tried at every position of the text).
_NEWLINE_RUN: Final = re.compile(r"\n\s*")
_TERMINAL: Final = frozenset(".!?…؟。！？।۔")
_STRONG: Final = frozenset("!?؟！？")
# Words that go on a sentence after "!" ("Yahoo! and AOL", "'Welcome!' to Darin").
_CONTINUING = LINKING | frozenset(
    "to of for with by from or nor is are was were has have had".split()
)
_URL_STARTS: Final = frozenset(("http", "https", "www"))
_OPENING: Final = "\"'“‘«([¿¡"
# spaces, then opening quotes/brackets (`_OPENING`): where the next word starts
_NEXT_START: Final = re.compile(r"\s*[" + re.escape(_OPENING) + r"]*")
# a word: alphanumerics ([^\W_] is str.isalnum), apostrophes and hyphens, matched run by run
# (`(?:[^\W_]++|['’\-]++)*+`, not a branch per character: the same longest run)
_WORD: Final = re.compile(r"(?:[^\W_]++|['’\-]++)*+")


def split_sentences(
    text: str, start: int = 0, end: int | None = None, lang: str | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]`, as offsets into `text`, trimmed of whitespace."""
    if end is None or end > len(text):
        end = len(text)
    if start < 0:  # a comparison, not max(): every block
        start = 0
    if start >= end:
        return []
    cuts = _boundaries(text, start, end, lang)
    spans: list[tuple[int, int]] = []
    prev = start
    cuts.append(end)
    for cut in cuts:
        s, e = prev, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        prev = cut
    return spans


def _boundaries(text: str, start: int, end: int, lang: str | None) -> list[int]:
    cuts: set[int] = set()
    segment = text[start:end]
    lex = lexicon(lang)
    _punctuation_cuts(segment, start, cuts, lex, lang in ORDINAL_PERIOD)
    if lang in COLON_ENDS and ":" in segment:
        _colon_cuts(segment, start, cuts, COLON_ENDS[lang])
    web_cuts(segment, start, cuts, lex, lang)
    _newline_cuts(segment, start, cuts)
    list_cuts(segment, start, cuts, lex.months if lang in ORDINAL_PERIOD else frozenset())
    found = sorted(cuts)  # the cuts inside (start, end): a slice of the sorted cuts
    return found[bisect_right(found, start) : bisect_left(found, end)]


def _punctuation_cuts(seg: str, base: int, cuts: set[int], lex: Lexicon, ordinals: bool) -> None:
    n = len(seg)
    openers = positions(seg, "([")  # nothing is inside brackets without them
    n_open = len(openers)
    k = 0  # openers[:k] stand before the candidate
    for m in _candidates(seg) if _other_marks(seg) else _CANDIDATE_DOT.finditer(seg):
        ms, me = m.span()
        run = m.group()
        if me < n and not seg[me].isspace():
            # Only the glued-period form may be followed directly by text.
            if not (seg[me].isupper() and run.startswith(".") and "." == run.rstrip(_CLOSERS)):
                if " " in run and seg[me].isupper() and not _STRONG.isdisjoint(run):
                    cuts.add(base + ms + run.index(" "))  # "You've all won! ...Now comes"
            elif glued_ok(seg, ms):  # a capital right after the period: "world.Today"
                cuts.add(base + ms + 1)
            continue
        if me >= n:
            continue  # the end of the segment is a boundary anyway
        if run[0] == "?" and ms and seg[ms - 1] == ":":
            continue  # "Direct Dial:? 203": a character lost in conversion, not a question
        # the first meaningful character after the run (spaces and opening quotes skipped):
        # mostly the one after a single space; the word there is read only where a test needs it
        j = me + 1
        if j < n and (seg[j].isspace() or seg[j] in _OPENING):
            j = _NEXT_START.match(seg, me).end()  # type: ignore[union-attr]  # always matches
        if j >= n:
            continue
        nxt = seg[j]
        if nxt == "„" and seg[j + 1 : j + 2].islower() and run == ".":
            continue  # "… Johannes XXIII. „war …“": a quote that opens in lower case goes on
        single = run == "."  # a lone full stop (most candidates): the tests below settle at once
        punct = run if single else run.rstrip(_CLOSERS)
        if nxt.islower():
            nxt_word = _word_at(seg, j)
            if punct == run and _lower_start(seg, ms, punct, nxt_word, lex, ordinals):
                cuts.add(base + me)
            elif nxt_word in _URL_STARTS and link_line(seg, j):
                cuts.add(base + me)  # "pretty cool... http://www.example.com": a link line
            continue
        # "(Laughter.) The": a bracketed sentence ends at its bracket; "(...)" is a cut mark
        bracketed = run[-1] in ")]" and nxt.isupper() and bracketed_sentence(seg, ms)
        at = me if bracketed else ms  # never before the last candidate's: a pointer, no bisect
        while k < n_open and openers[k] < at:
            k += 1
        # `inside_brackets` answers False at once when no '(' or '[' is open within 300 before
        if k and openers[k - 1] >= at - 300 and inside_brackets(seg, at, openers):
            continue
        after = seg[me + 1 : me + 2]  # after the first space: a lone closing quote (rare)?
        if after in _LONE_QUOTES or after.isspace():
            lone = (_LONE_CLOSER_EN if lex is ENGLISH else _LONE_CLOSER).match(seg, me)
            if lone:
                me = lone.end()
        if single:  # no '…', '!' or '?', one dot and no space: the tests of a run do not apply
            if _period_ends_sentence(seg, ms, j, lex, ordinals):
                cuts.add(base + me)
            continue
        if punct[-1] == "…" or not _STRONG.isdisjoint(punct):
            cuts.add(base + me)
            continue
        dots = punct.count(".")
        spaced = " " in punct
        space_before = ms > 0 and seg[ms - 1].isspace()
        if spaced or dots >= 3:
            if dots >= 4 and not space_before and spaced:
                cuts.add(base + ms + 1)  # "compounds. . . . The" -> "compounds." | ". . . The"
            elif dots >= 4:
                cuts.add(base + me)
            elif not spaced and nxt.isupper():
                cuts.add(base + me)  # "slowly... And"
            continue
        if _period_ends_sentence(seg, ms, j, lex, ordinals):
            cuts.add(base + me)


def _other_marks(seg: str) -> bool:
    """`seg` holds a mark of `_CANDIDATE`'s class other than the full stop."""
    if seg.isascii():
        return "!" in seg or "?" in seg
    return any(mark in seg for mark in _OTHER_MARKS)


def _candidates(seg: str) -> list[re.Match[str]]:
    """`list(_CANDIDATE.finditer(seg))`, matched only where a mark stands (`part_marks.positions`):
    a match starts with a mark and always matches there, so the scan's next match is the one at
    the first mark at or after the end of the last; the class scan tests every character."""
    found = []
    end = 0
    match = _CANDIDATE.match
    for i in positions(seg, _MARKS):
        if i >= end:
            m = match(seg, i)
            end = m.end()  # type: ignore[union-attr]  # a mark always matches
            found.append(m)
    return found  # type: ignore[return-value]


def _lower_start(
    seg: str, ms: int, punct: str, nxt_word: str, lex: Lexicon, ordinals: bool
) -> bool:
    """A sentence that starts in lower case (web and forum text): after `?`; after `!` before
    an article or pronoun; after one period when a plain lower-case word that is not an
    abbreviation of the language precedes it ("in town. the weather", "bite. i think"); in
    English also after a number or a bracket before a pronoun ("8160. they"), and after a
    capitalised word before "i"; in languages whose ordinals take no period and whose nouns
    are not capitalised, also after a capitalised word that is not an abbreviation of the
    language, a bracket, or a number ("Herr Meier. al signor Meier", "[877]. in ogni")."""
    if ("." in punct or "…" in punct) and _STRONG.isdisjoint(punct):
        if punct != ".":
            return False  # an ellipsis before lower case is a pause
    elif nxt_word.lower() in QUOTATIVES:
        return False  # "Niçin? diye sordu": the question is what is said
    elif "?" in punct or "؟" in punct:
        return True
    elif nxt_word.lower() in lex.lower_openers:
        return True  # "! there", not "Yahoo! in the"
    else:
        # English web text: "help! uh", "great service !! best", not "Yahoo! and", "Yahoo! in"
        before = seg[max(0, ms - 40) : ms]
        return (
            lex is ENGLISH
            and nxt_word.lower() not in _CONTINUING
            and (
                len(punct) > 1 or not before[-1:].isalnum() or before.rsplit(None, 1)[-1].islower()
            )
        )
    token = _WORD_REVERSED.match(seg[max(0, ms - 40) : ms][::-1]).group()[::-1]  # type: ignore[union-attr]
    low = token.lower()
    if low in lex.never or low in lex.maybe:
        return False
    if len(token) >= 2 and token.isalpha() and token.islower():
        return True
    if lex is ENGLISH:
        # web text: "would be wendy's. would", "food/drinks/towels. great", "into DVD. give"
        words = seg[max(0, ms - 40) : ms].rsplit(None, 1)
        core = words[-1].rsplit("/", 1)[-1].lstrip(_OPENING) if words else ""
        core = core[:-2] if core.endswith(("'s", "’s")) else core
        if core.isalpha() and core.lower() not in lex.maybe and core.lower() not in lex.never:
            if (len(core) >= 2 and core.islower()) or (len(core) >= 3 and core.isupper()):
                return True
    if (
        lex is not ENGLISH
        and not ordinals
        and (
            (len(token) >= 3 and token.isalpha() and token.istitle())
            or token[-1:] in ")]"
            or (len(token) >= 3 and token[-3:].isdigit())
        )
    ):
        return True  # "… Herr Meier. al signor Meier", "… [877]. in ogni caso"
    # English web text: "call 303-832-8160. they", "Kathy (3-3264). you", "Miramar. i think"
    return lex is ENGLISH and (
        (nxt_word in lex.lower_openers and (token[-1:] == ")" or token[-3:].isdigit()))
        or (nxt_word == "i" and token.istitle() and token.isalpha())
    )


def _word_at(seg: str, j: int) -> str:
    """The word (`_WORD`) that starts at `j`, empty if none does."""
    return _WORD.match(seg, j).group()  # type: ignore[union-attr]  # the pattern always matches


def _period_ends_sentence(seg: str, ms: int, j: int, lex: Lexicon, ordinals: bool) -> bool:
    """The full stop at `ms` ends a sentence; the next word starts at `j` (read if needed)."""
    if ms and seg[ms - 1] == " ":  # 'the pier .': no token before the full stop, a sentence end
        return True
    lo = ms - 80 if ms > 80 else 0  # `max(0, ms - 80)` without a call (every full stop)
    space = seg.rfind(" ", lo, ms)  # most words end at a space (found at lo or after)
    token = seg[space + 1 if space >= 0 else lo : ms + 1]
    if token[:-1].isalnum():  # letters and digits, then the mark (most): no delimiter, no dot
        bare = token.rstrip(".")
        acronym = False
    else:
        if _TOKEN_DELIMITER.search(token):
            token = _WORD_REVERSED.match(seg[lo : ms + 1][::-1]).group()[::-1]  # type: ignore[union-attr]
        bare = token.rstrip(".")
        acronym = "." in bare and bool(_ACRONYM.match(token))  # the test first: most have no dot
        if "." in bare and not acronym:
            bare = bare.rsplit(".", 1)[1]  # "Tuesday.Mr." -> "Mr"
        if not bare:
            return True
    low = bare.lower()
    if low in lex.never:
        return False
    if acronym:  # U.S. / E.U. / a.m.
        return _word_at(seg, j).lower() in lex.openers
    nxt = seg[j]
    if nxt.isdigit():
        if low in lex.maybe or len(bare) == 1:
            return False
        return not is_list_marker(seg, ms, bare)
    if low in lex.maybe and not (len(bare) == 1 and bare.isupper()):  # "P." is an initial
        return nxt.isalpha()  # not before "№", "/", "(": "2016 р. № 991"
    if bare.isdigit():  # a list marker, a numbered heading or an ordinal: "am 3. Oktober"
        return number_ends_sentence(seg, ms, bare, _word_at(seg, j), lex, ordinals)
    if len(bare) == 1 and bare.isalpha():  # a list marker, an initial: "B. H. Roberts"
        return letter_ends_sentence(seg, ms, bare, nxt, _word_at(seg, j), lex)
    return True


_COLON: Final = re.compile(r":[ \t]+([«“\"]?)(\w)")


def _colon_cuts(seg: str, base: int, cuts: set[int], before_capital: bool) -> None:
    """A colon before direct speech (and, if `before_capital`, before a capitalised word)."""
    for m in _COLON.finditer(seg):
        if (m.group(1) or before_capital) and m.group(2).isupper():
            cuts.add(base + m.start() + 1)


def _newline_cuts(seg: str, base: int, cuts: set[int]) -> None:
    if "\n" not in seg:
        return
    has_terminal = any(ch in _TERMINAL for ch in seg)
    for m in _NEWLINE_RUN.finditer(seg):
        ms, me = m.span()
        while ms and seg[ms - 1] in " \t\r\f\v":
            ms -= 1
        if me >= len(seg) or ms == 0:
            continue
        blank = m.group().count("\n") > 1
        prev = seg[ms - 1]
        nxt = seg[me]
        if blank or not has_terminal or prev in _TERMINAL or prev in _CLOSERS or nxt.isupper():
            cuts.add(base + ms)
        elif not nxt.islower() and not nxt.isalpha():
            cuts.add(base + ms)
