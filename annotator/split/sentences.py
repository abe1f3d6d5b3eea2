"""Sentence boundaries with offsets: a rule-based splitter tuned for news and forum text.

`split_sentences(text, start, end)` returns `(s, e)` spans into `text` (not into the slice),
trimmed of surrounding whitespace, covering every non-space character of `text[start:end]`.

Why our own splitter: on pragmatic_segmenter's 52 English golden rules (benchmarks/golden_rules.py)
pysbd passes 48 at ~0.17 MB/s and sentencex 46 at ~60 MB/s (it fails numbered lists and the
4-dot ellipsis); the rules below pass 51 and run at several MB/s in pure Python, with exact
offsets and no text rewriting. See benchmarks/bench_split.py for the measured figures.

How it decides, in order:
- Candidates are runs of terminal punctuation (`.`, `!`, `?`, `…`, spaced ellipses `. . .`)
  plus any closing quotes/brackets, followed by whitespace or the end; also a period glued to a
  capitalised word ("world.Today"), but not inside e-mails, URLs or file names.
- A candidate followed by a lower-case word is not a boundary ("Co. at noon", "'Hi.' she said").
- Titles before names never end a sentence (Mr, Dr, Gen, Sir is not dotted, St, Mt, Sen, ...);
  other abbreviations (Co., Inc., etc., Dec.) end one before a capitalised word but not before
  a digit ("Dec. 9", "p. 55", "No. 5").
- Dotted acronyms ("U.S.", "E.U.", "a.m.") end a sentence only before a common sentence opener
  ("The", "How", "It", ...): "the U.S. Government" stays whole, "the U.S. How about" splits.
- A single capital letter after a capitalised word is an initial ("Jonas E. Smith");
  after a lower-case word it is a word ("you and I. Did ...").
- Spaced three-dot ellipses never split; four dots end a sentence.
- Inside an open parenthesis or square bracket that closes later, nothing splits.
- Numbered and lettered lists ("1. ... 2. ...", "a) ... b) ...") split before each marker
  when at least two consecutive markers appear.
- A single newline splits unless the text looks like hard-wrapped prose (the line before has
  no end punctuation and the next line starts in lower case); a blank line always splits.
"""

from __future__ import annotations

import re

# Titles written before a name: never a sentence end.
TITLES = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep rev fr
    hon pres supt insp det st mt ft mme mlle sra sr srta""".split()
)
# Other abbreviations: not an end before a digit or a lower-case word; an end before a capital.
ABBREVIATIONS = frozenset(
    """co corp inc ltd llc plc bros dept univ assn est approx vs etc al cf jr sr esq
    no nos nr n° p pp para fig figs vol vols ch sec art ed eds op ca vs viz
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd hwy km kg lb lbs oz ft mi min max hr hrs yr yrs mln bn tn""".split()
)
# Words that commonly open a sentence: after a dotted acronym they signal a boundary.
OPENERS = frozenset(
    """the a an it its he she they we i you this that these those there here how what why when
    where who which but and so in on at as if yet his her their our my your one some many most
    after before however meanwhile then now still also both each while since""".split()
)

_CLOSERS = "\"'”’»)]"
# A run of terminal punctuation (with spaced ellipses), then closing quotes/brackets. Written
# `X(?:X|glued)*` rather than `(?:X|glued)+` so that the pattern starts with a character class
# and the regex engine jumps from one punctuation mark to the next (the matches are the same).
_CANDIDATE = re.compile(
    r"[.!?…](?: (?=\.))?"
    r"(?:[.!?…](?: (?=\.))?|(?<=[^\s.])\.(?=[A-Z][a-z]))*"  # punctuation run / glued period
    r"[\"'”’»)\]]*"
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_WORD_REVERSED = re.compile(r"[^\s\"'“”‘’«»(\[]*")
_LIST_MARKER = re.compile(
    r"(?:(?<=\s)|^)([•⁃\-*]\s?)?(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s+\S)", re.MULTILINE
)
# A necessary condition for a list marker, fast to scan for: its `.` or `)` after a 1-3 digit or
# one-letter token that starts a word. Fewer than two of these: fewer than two markers.
_LIST_HINT = re.compile(r"[.)](?=\)?\s+\S)(?:(?<=\b[\da-z].)|(?<=\b\d\d.)|(?<=\b\d\d\d.))")
_NEWLINE_RUN = re.compile(r"[ \t\r\f\v]*\n\s*")
_TERMINAL = frozenset(".!?…")
_OPENING = "\"'“‘«([¿¡"
# spaces, then opening quotes/brackets (`_OPENING`), then a word: alphanumerics ([^\W_] is
# str.isalnum), apostrophes and hyphens
_NEXT_WORD = re.compile(r"\s*[" + re.escape(_OPENING) + r"]*((?:[^\W_]|['’\-])*)")


def split_sentences(
    text: str, start: int = 0, end: int | None = None, lang: str | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]`, as offsets into `text`, trimmed of whitespace."""
    if end is None or end > len(text):
        end = len(text)
    start = max(0, start)
    if start >= end:
        return []
    cuts = _boundaries(text, start, end)
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in [*cuts, end]:
        s, e = prev, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        prev = cut
    return spans


def _boundaries(text: str, start: int, end: int) -> list[int]:
    cuts: set[int] = set()
    segment = text[start:end]
    _punctuation_cuts(segment, start, cuts)
    _newline_cuts(segment, start, cuts)
    _list_cuts(segment, start, cuts)
    return sorted(c for c in cuts if start < c < end)


def _punctuation_cuts(seg: str, base: int, cuts: set[int]) -> None:
    n = len(seg)
    depth_checked_until = -1
    for m in _CANDIDATE.finditer(seg):
        ms, me = m.span()
        run = m.group()
        glued = False
        if me < n and not seg[me].isspace():
            # Only the glued-period form may be followed directly by text.
            if not (seg[me].isupper() and run.startswith(".") and "." == run.rstrip(_CLOSERS)):
                continue
            glued = True
        if me >= n:
            continue  # the end of the segment is a boundary anyway
        nxt, nxt_word = _next_word(seg, me)
        if not nxt:
            continue
        if glued:
            if _glued_ok(seg, ms):
                cuts.add(base + ms + 1)
            continue
        if nxt.islower():
            continue
        if ms > depth_checked_until and _inside_brackets(seg, ms):
            continue
        punct = run.rstrip(_CLOSERS)
        if punct.endswith(("!", "?", "…")) or "!" in punct or "?" in punct:
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
        if _period_ends_sentence(seg, ms, nxt, nxt_word):
            cuts.add(base + me)


def _next_word(seg: str, i: int) -> tuple[str, str]:
    """The first meaningful character after position i (skipping spaces and opening quotes)."""
    m = _NEXT_WORD.match(seg, i)
    j = m.start(1)  # type: ignore[union-attr]  # the pattern always matches
    if j >= len(seg):
        return "", ""
    return seg[j], m.group(1)  # type: ignore[union-attr]


def _glued_ok(seg: str, dot: int) -> bool:
    """A period glued to the next word ("world.Today") ends a sentence unless in a URL/e-mail."""
    ws = seg.rfind(" ", 0, dot) + 1
    we = seg.find(" ", dot)
    token = seg[ws : we if we >= 0 else len(seg)]
    if "@" in token or "/" in token or "www" in token.lower():
        return False
    before = seg[ws:dot]
    return len(before) >= 2 and (before[-1].islower() or before[-1].isdigit())


def _inside_brackets(seg: str, i: int) -> bool:
    """True when position i sits inside a ( or [ opened on this line and closed later."""
    lo = max(seg.rfind("\n", max(0, i - 300), i) + 1, i - 300, 0)
    window = seg[lo:i]
    opened = max(window.rfind("("), window.rfind("["))
    if opened < 0 or opened < max(window.rfind(")"), window.rfind("]")):
        return False
    close = ")" if window[opened] == "(" else "]"
    return seg.find(close, i, i + 300) >= 0


def _period_ends_sentence(seg: str, ms: int, nxt: str, nxt_word: str) -> bool:
    token = _WORD_REVERSED.match(seg[max(0, ms - 80) : ms + 1][::-1]).group()[::-1]  # type: ignore[union-attr]
    bare = token.rstrip(".")
    if "." in bare and not _ACRONYM.match(token):
        bare = bare.rsplit(".", 1)[1]  # "Tuesday.Mr." -> "Mr"
    low = bare.lower()
    if not bare:
        return True
    if _ACRONYM.match(token):  # U.S. / E.U. / a.m.
        return nxt_word.lower() in OPENERS
    if low in TITLES:
        return False
    if nxt.isdigit():
        if low in ABBREVIATIONS or len(bare) == 1:
            return False
        return not _is_list_marker(seg, ms, bare)
    if low in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():
        if _is_list_marker(seg, ms, bare):
            return False
        if bare.isupper() and bare not in "IA" and nxt.isupper() and nxt_word[1:2].islower():
            return False  # an initial: "said C. Christine Fair"
        if bare.isupper():
            before = seg[max(0, ms - 80) : ms - 1].rstrip()
            prev_word = before.rsplit(None, 1)[-1] if before else ""
            return not (prev_word[:1].isupper() and prev_word[-1:].isalpha())
        return True
    if bare.isdigit() and _is_list_marker(seg, ms, bare):
        return False
    return True


def _is_list_marker(seg: str, ms: int, bare: str) -> bool:
    """The token before position ms is a list marker ("1." at a line start or after a bullet)."""
    ws = ms - len(bare)
    if ws <= 0:
        return True
    before = seg[max(0, ws - 20) : ws].rstrip(" ")
    if not before:
        return not seg[:ws].strip(" ")
    return before[-1] in "\n•⁃-*"


def _newline_cuts(seg: str, base: int, cuts: set[int]) -> None:
    if "\n" not in seg:
        return
    has_terminal = any(ch in _TERMINAL for ch in seg)
    for m in _NEWLINE_RUN.finditer(seg):
        ms, me = m.span()
        if me >= len(seg) or ms == 0:
            continue
        blank = m.group().count("\n") > 1
        prev = seg[ms - 1]
        nxt = seg[me]
        if blank or not has_terminal or prev in _TERMINAL or prev in _CLOSERS or nxt.isupper():
            cuts.add(base + ms)
        elif not nxt.islower() and not nxt.isalpha():
            cuts.add(base + ms)


def _list_cuts(seg: str, base: int, cuts: set[int]) -> None:
    """Split before each marker of a list of at least two consecutive markers."""
    if ("." not in seg and ")" not in seg) or len(_LIST_HINT.findall(seg)) < 2:
        return
    markers = list(_LIST_MARKER.finditer(seg))
    if len(markers) < 2:
        return
    keys = [_marker_key(m.group(2)) for m in markers]
    for i, m in enumerate(markers):
        prev_ok = i > 0 and keys[i] == keys[i - 1] + 1
        next_ok = i + 1 < len(markers) and keys[i + 1] == keys[i] + 1
        if not (prev_ok or next_ok):
            continue
        if m.group(2).isalpha() and not (prev_ok or keys[i] == 0):
            continue
        pos = m.start()
        if pos > 0:
            cuts.add(base + pos)
        # no boundary right after the marker itself
        after = m.end()
        cuts.discard(base + after)


def _marker_key(token: str) -> int:
    return int(token) if token.isdigit() else ord(token) - ord("a")
