"""Direct-quote spans in every common style: " ' “ ” ‘ ’ « » » « „ “ ‚ ‘ ‹ › '' ``."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon import EN_CUES
from annotator.split.lexicon_ml import CUES as ML_CUES
from annotator.split.quote_marks import QUOTE_MARKS

CUES = EN_CUES | ML_CUES
# quote marks: opening -> closing marks it may end with
_CLOSERS: Final = {
    '"': '"”',  # "…” and “…": straight and typographic marks mixed in one quote
    "“": '”“"',  # „…“ German closes with “; “…” English
    "„": '“”"',  # „…" in hastily typed German
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
    "'": "'",
    "''": "''",  # two apostrophes for a double quote (newswire archives, LaTeX)
    "``": "''",
}
_SINGLE: Final = ("’", "'")  # closers of a quote opened by ‘ or '
_ARTICLE_BEFORE = re.compile(r"\b[Dd](?:er|ie|as|en|em|es) $")  # "die „…“": a name, not a quote


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Direct-quote spans (with their marks) in text[start:end]; unclosed ones run to `end`.

    A single quote or apostrophe opens only after a non-letter and closes only before one
    ("don’t" and "Jesus’ words" stay words)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closers = ""
    inner = False  # a straight quote opened inside a typographic one
    for i, j in QUOTE_MARKS.spans_in(text, start, end):
        ch = text[i:j]
        prev = text[i - 1] if i > start else " "
        nxt = text[j] if j < end else " "
        single = ch in "‘’‚'"
        closes = ch == closers if closers == "''" else len(ch) == 1 and ch in closers
        if open_at is not None and closes:
            if ch == '"' and text[open_at] == "“" and (inner or prev.isspace()):
                inner = not inner  # “… "inner" …”: a straight quote inside a typographic one
                continue
            if single and (nxt.isalnum() or not (prev.isalnum() or prev in ".,!?;:…")):
                continue
            if ch in ('"', "''") and prev.isspace() and nxt.isalnum():
                spans.append((open_at, i))  # an unclosed straight quote: a new one opens
                open_at = i
                continue
            spans.append((open_at, j))
            open_at = None
        elif open_at is None and ch in _CLOSERS:
            if prev.isalnum() or (single and not nxt.isalnum()):
                continue
            if ch == "»" and nxt.isspace():
                continue  # a closing French guillemet, not German »…«
            open_at, closers, inner = i, _CLOSERS[ch], False
        elif (
            open_at is None
            and ch == "”"
            and nxt.isalpha()
            and _opens_with_closer(text, start, i, end)
        ):
            open_at, closers, inner = i, '”“"', False  # a paragraph or sentence opened with ”
        elif open_at is not None and ch in ("“", "„", "«", "``") and ch not in closers:
            if closers not in _SINGLE:  # an unclosed single quote is an apostrophe ("‘Adi")
                spans.append((open_at, i))  # a new opening quote before the close: restart
            open_at, closers, inner = i, _CLOSERS[ch], False
    if open_at is not None and closers not in _SINGLE:  # "in ‘Adi, östlich …": no quote
        spans.append((open_at, end))
    return spans


def _opens_with_closer(text: str, start: int, i: int, end: int) -> bool:
    """The closing mark at `i` opens a quote: it opens the paragraph, or a sentence when another
    ” closes it later ("… on Monday. ”The council says …,” she said")."""
    if i == start or text[i - 1] == "\n":
        return True
    ended = text[i - 1] == " " and text[i - 2 : i - 1] in (".", "!", "?")
    return ended and text.find("”", i + 1, end) > i


def direct_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quote spans of text[start:end] that quote at least a clause (see `_is_direct`)."""
    return [q for q in quote_spans(text, start, end) if _is_direct(text, *q)]


def _is_direct(text: str, qs: int, qe: int) -> bool:
    """A quotation of at least a clause, not a scare quote like “limited support”: five words
    or more, a sentence mark, or a short quote framed as speech (`_framed_short`); not a name
    after an article ("Die „Initiative für ein grünes Viertel“ berichtete")."""
    if text[qs] in "„»" and _ARTICLE_BEFORE.search(text, max(0, qs - 5), qs):
        return False
    words = text[qs:qe].split(None, 4)  # five words or more: four cuts at most
    return len(words) >= 5 or any(p in text[qs:qe] for p in ".!?") or _framed_short(text, qs, qe)


# the frame right after a short quote: a subject and a verb ('," Doe answered', '," she said',
# '," the mayor said') or a cue verb and its subject ('," said Doe', '," added the mayor')
_SHORT_FRAME: Final = re.compile(
    r"\s+(?:(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|they|[Tt]he\s+[a-z]+)\s+)(?:[a-z]+ly\s+)?"
    r"(?P<v>[a-z]{2,})\b|(?P<c>[a-z]{2,})\s+(?:[A-Z]|the\s))"
)


# the frame after a short quote whose comma follows the closing mark ("«…», a déclaré X",
# "„…“, sagte X", "«…», — заявил X"): an auxiliary, then a cue verb
_COMMA_AFTER: Final = re.compile(
    r",\s*(?:[—–-]\s*)?(?:(?:a|ont|ha|han|hanno|hat|hatte|haben)\s+)?([^\W\d_]+)"
)


def _framed_short(text: str, qs: int, qe: int) -> bool:
    """'"I would say this," Doe answered.': a quote of two to four words that opens its
    sentence and closes on a comma, not a title ("Night Boat Home,"), with a subject and a
    past-tense or cue verb right after it, or a cue verb and then its subject. Guillemets and
    German quotes put the comma after the mark: '«…», a déclaré X' (a cue verb in any language
    right after it)."""
    if text[qe - 1 : qe] in "»“" and text[qe : qe + 1] == ",":
        words = text[qs + 1 : qe - 1].split()
        after = _COMMA_AFTER.match(text, qe)
        return (
            len(words) >= 2
            and opens_sentence(text, qs)
            and after is not None
            and after.group(1) in CUES
        )
    if text[qe - 2 : qe - 1] != ",":
        return False
    if not opens_sentence(text, qs):
        return False  # 'calling Trump "a buffoon," Doe said': a partial quote in a sentence
    words = text[qs + 1 : qe - 2].split()
    if len(words) < 2 or all(w[:1].isupper() for w in words):
        return False
    m = _SHORT_FRAME.match(text, qe)
    if m is None:
        return False
    verb = m.group("v")
    if verb:
        return verb in EN_CUES or verb.endswith("ed")
    return m.group("c") in EN_CUES


def opens_sentence(text: str, qs: int) -> bool:
    """The quote mark at qs opens its sentence: only a line break or a sentence end before it."""
    before = text[max(0, qs - 3) : qs].rstrip(" ")
    return not before or before[-1] in '\n.!?”"'
