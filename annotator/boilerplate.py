"""Shape rules telling page furniture from claim material in scraped plain text.

Everything here is a pure function of strings and never raises. Rules are about shapes (length,
final punctuation, capitalisation, runs of lines, position), plus one short list of well-known
widget phrases (`WIDGETS`). `structure.py` applies them line by line.

Kinds used for boilerplate spans:
    nav, player, consent, social, related, teaser, tags, heading, title, outlet, slogan,
    page-date, dateline, junk (inline notes such as "($1=0.72 British Ponds)"), credit (picture
    or reporting credits), forum-chrome, usercard, quote-repost, repeat, footer.
"""

from __future__ import annotations

import re
import unicodedata

# Well-known widget phrases: (kind, regex matched against the whole trimmed line, ignoring case).
WIDGETS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in [
        ("player", r"\d{1,2}:\d{2}(:\d{2})?"),
        ("player", r"listen live|play|pause|close|[×✕✖]"),
        ("nav", r"get short url|what's new|what’s new|menu|home|search|skip to (main )?content"),
        ("nav", r"source: read full article|read full article|read more|show more|load more"),
        ("nav", r"advertisement|sponsored( content)?|back to top"),
        ("related", r"related( articles| stories| news| posts)?|more (stories|from .{1,40})"),
        ("related", r"newsletter|most (read|popular|viewed)|trending( now)?|you may also like"),
        ("related", r"recommended( for you)?|editor'?s picks|latest news"),
        ("consent", r"we use (your sign-up|cookies).*|by (signing up|continuing).*"),
        (
            "consent",
            r"(accept|manage) (all )?cookies.*|privacy policy|terms (of use|and conditions)",
        ),
        ("social", r"follow us .*|share (this|on) .*|our standards:.*|subscribe( to .{1,60})?"),
        ("social", r"share|tweet|email|print|copy link|comments?( \(\d+\))?"),
        (
            "forum-chrome",
            r"community standards.*|users who are viewing this thread.*|top( bottom)?|bottom",
        ),
        ("forum-chrome", r"(click to expand|reply|report|quote|like|permalink)\.*"),
        ("forum-chrome", r"you must log in or register to reply here\.?"),
    ]
]

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_TEASER_TAG = re.compile(r"\[[A-Z][A-Z ]{1,20}\]\s*$")
_TEASER_PREFIX = re.compile(r"^(?:[A-Z]{2,}(?: [A-Z]{2,}){0,2}):\s+\S")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "over", "the", "to", "up", "via", "with", "vs", "is", "are", "its", "it",
}  # fmt: skip

# Inline junk inside a paragraph: currency conversion notes, "(Reporting by ...)" tails.
INLINE_JUNK = re.compile(
    r"\(\s*[$£€¥]?\s?\d[\d.,]*\s*=\s*[$£€¥]?\s?\d[\d.,]*\s*[^\W\d_][^()\n]{0,40}\)"
    r"|\((?:Reporting|Writing|Editing|Additional reporting|Compiled) by [^()\n]{1,200}\)"
)
# A picture credit glued to the end of a caption: "...minority group.AFP/GETTY IMAGES".
_AGENCIES = r"(?:AFP|AP|REUTERS|Reuters|GETTY IMAGES|Getty Images|EPA|XINHUA|Xinhua|ANADOLU|SHUTTERSTOCK|Shutterstock|PA)"
CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’])|\s)(" + _AGENCIES + r"(?:\s?/\s?[A-Z][\w. \-]{0,40}?)*"
    r"(?:\s?/\s?" + _AGENCIES + r")?)\s*$"
)
# "LONDON, (junk) – " / "KABUL (Reuters) - " at the start of a paragraph.
DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}(?:, [A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2})?"
    r"\s*,?\s*(?:\([^()\n]{0,60}\))?\s*[–—-]{1,2}\s+"
)


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def widget_kind(line: str) -> str | None:
    """The kind of a well-known widget line (whole trimmed line), else None."""
    s = line.strip()
    if not s or len(s) > 600:
        return None
    for kind, pattern in WIDGETS:
        if pattern.fullmatch(s):
            return kind
    return None


def ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] in _TERMINAL


def has_sentence_break(line: str) -> bool:
    return bool(_SENTENCE_BREAK.search(line.strip()))


def is_prose(line: str) -> bool:
    """A paragraph of running text: ends like a sentence (3+ words) or is long (25+ words)."""
    n = len(words(line))
    if widget_kind(line):
        return False
    return (n >= 3 and ends_sentence(line)) or n >= 25 or (n >= 12 and has_sentence_break(line))


def is_headline_like(line: str) -> bool:
    """A short title-like line: no final period, one sentence at most, not too long.

    Headlines may end with "?", "!", a closing quote or a letter, so `?`-ending link titles in a
    related list still count; a final "." (other than in an abbreviation) does not.
    """
    s = line.strip()
    n = len(words(s))
    if n == 0 or n > 30 or len(s) > 250:
        return False
    core = s.rstrip(_CLOSERS)
    if core.endswith((".", ":", ";", ",")) and not core.endswith(("...", "…")):
        return False
    return not has_sentence_break(s)


def is_title_case(line: str) -> bool:
    ws = [w for w in words(line) if w.lower() not in _SMALL_WORDS]
    if not ws:
        return False
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return caps / len(ws) >= 0.75


def is_tag_line(line: str) -> bool:
    """A keyword list: "Taliban, officials, ISIS, mosque, blast, Kunduz"."""
    s = line.strip()
    if not s or ends_sentence(s) or len(s) > 200:
        return False
    items = [i.strip() for i in s.split(",")]
    if len(items) < 3 or any(not i for i in items):
        return False
    sizes = [len(words(i)) for i in items]
    if any(n == 0 or n > 3 for n in sizes) or sum(sizes) / len(sizes) > 2:
        return False
    return not any(w.lower() in {"and", "or"} for i in items for w in words(i)[:1])


def is_teaser(line: str) -> bool:
    """'JUST IN: ...', '... [VIDEO]' style promotion of another article."""
    s = line.strip()
    if not s or len(s) > 250:
        return False
    if _TEASER_TAG.search(s):
        return True
    if not _TEASER_PREFIX.match(s):
        return False
    rest = s[s.index(":") + 1 :].strip().rstrip(_CLOSERS)
    return 0 < len(words(rest)) <= 30 and not rest.endswith(".")


def dominant_script(text: str) -> str | None:
    """The script most letters of `text` are in (first word of the Unicode name), or None."""
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def is_foreign_script(line: str, script: str | None) -> bool:
    """Most letters of the line are in another script than the document's."""
    letters = [c for c in line if c.isalpha()]
    if not letters or script is None:
        return False
    other = sum(1 for c in letters if _script(c) != script)
    return other / len(letters) > 0.5


def inline_junk(line: str) -> list[tuple[int, int, str]]:
    """Spans (relative to `line`) of inline junk, credits and a dateline prefix to cut out."""
    spans: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "junk") for m in INLINE_JUNK.finditer(line)
    ]
    credit = CREDIT.search(line)
    if credit and credit.start(1) > 0 and len(words(line[: credit.start(1)])) >= 3:
        spans.append((credit.start(1), credit.end(1), "credit"))
    masked = line
    for s, e, _ in spans:
        masked = masked[:s] + " " * (e - s) + masked[e:]
    m = DATELINE_PREFIX.match(masked)
    if m and len(words(line[m.end() :])) >= 3:
        end = m.end()
        while end > 0 and line[end - 1].isspace():
            end -= 1
        spans.extend(_subtract((0, end), [(s, e) for s, e, _ in spans], "dateline"))
    return sorted(spans)


def _subtract(
    span: tuple[int, int], holes: list[tuple[int, int]], kind: str
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos, end = span
    for s, e in sorted(holes):
        if e <= pos or s >= end:
            continue
        if s > pos:
            out.append((pos, s, kind))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end, kind))
    return out
