"""Two German reports in one sentence: "Die Stadt lobte den Plan, während die Händler von
einem Fehler sprachen." gives two claim units, one per reported clause, each with its own
speaker (the German side of `reports.split_reports`).

A boundary outside quotes (", während", ", doch", "; ", a comma or "und" after a verb before
"der/die/das" and a noun, the comma closing an opening "Während …" clause) splits the
sentence when each side, attributed alone, has a cue of its own and a named speaker inside
it, the two speakers differ and one of them is the sentence's.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.reports import Part, mark_quoted, probe_part, same_speaker, trim_part
from annotator.split.tracker import Attribution, Tracker

# ", während die Händler …", ", doch der Sprecher …", "; nach Angaben der Polizei …", a comma
# or "und" before a new subject (", die Polizei spricht von …", "…, habe … gesenkt und die
# Stadt forderte …")
_BOUNDARY: Final = re.compile(
    r",\s+(?:während|doch|wohingegen)\s+|;\s+"
    r"|(?:,|,?\s+und)\s+(?=(?:der|die|das)\s+[A-ZÄÖÜ])"
)
_OPENER: Final = re.compile(r"\s*Während\s")
MIN_WORDS: Final = 4  # each part is a statement of its own


def may_split(text: str, s: int, e: int) -> bool:
    """A boundary in sentence [s, e) at all: a cheap test by literals."""
    part = text[s:e]
    return (
        "während" in part
        or "Während" in part
        or "; " in part
        or ", doch " in part
        or "wohingegen" in part
        or ", d" in part
        or " und d" in part
    )


def _boundaries(
    text: str, s: int, e: int, quotes: list[tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """Candidate splits (a1, b1, a2, b2) of [s, e), outside quotes and brackets."""

    def quoted(i: int) -> bool:
        return any(qs <= i < qe for qs, qe in quotes)

    out = []
    opener = _OPENER.match(text, s, e)
    if opener:  # the comma that closes the opening clause
        depth = 0
        for i in range(opener.end(), e):
            ch = text[i]
            depth += 1 if ch in "([" else -1 if ch in ")]" else 0
            if ch == "," and depth == 0 and not quoted(i):
                out.append((s, i, i + 1, e))
                break
    for m in _BOUNDARY.finditer(text, s, e):
        if quoted(m.start()) or text.count("(", s, m.start()) > text.count(")", s, m.start()):
            continue
        if m.group().startswith(" ") and text[s : m.start()].split()[-1][:1].isupper():
            continue  # "Angaben der Zeitung X und der Zeitung Y": a noun before "und" joins two
        out.append((s, m.start(), m.start() + 1 if text[m.start()] == ";" else m.end(), e))
    return out


def _own(attr: Attribution | None, a: int, b: int) -> bool:
    """A report of the part's own: a cue and a speaker named inside the part."""
    if attr is None or not attr.speaker or not attr.cue or attr.inherited:
        return False
    span = attr.speaker_span
    return span is not None and a <= span[0] and span[1] <= b


def split_reports_de(
    text: str,
    s: int,
    e: int,
    attr: Attribution,
    tracker: Tracker,
    quotes: list[tuple[int, int]],
) -> list[Part] | None:
    """The parts of German sentence [s, e) when it holds two reports of different speakers,
    else None."""
    if not attr.speaker or attr.cue in (None, ":"):
        return None
    for a1, b1, a2, b2 in _boundaries(text, s, e, quotes):
        a1, b1 = trim_part(text, a1, b1)
        a2, b2 = trim_part(text, a2, b2)
        if len(text[a1:b1].split()) < MIN_WORDS or len(text[a2:b2].split()) < MIN_WORDS:
            continue
        # the tracker's own gender table: what these probes learn is kept, split or not
        one = probe_part(text, a1, b1, tracker, quotes, tracker.genders)
        two = probe_part(text, a2, b2, tracker, quotes, tracker.genders)
        if not (_own(one, a1, b1) and _own(two, a2, b2)):
            continue
        assert one is not None and two is not None and one.speaker and two.speaker
        if same_speaker(one.speaker, two.speaker):
            continue  # the same speaker goes on
        if same_speaker(one.speaker, attr.speaker) == same_speaker(two.speaker, attr.speaker):
            continue  # the sentence's speaker must come back in one part, and in one only
        mark_quoted(text, a1, b1, one, quotes)
        mark_quoted(text, a2, b2, two, quotes)
        return [(a1, b1, one), (a2, b2, two)]
    return None
