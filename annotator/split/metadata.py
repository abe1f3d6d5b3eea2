"""Dates and page-header metadata (title, outlet, dates) read off scraped text. Never raises.

Dates come out as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MMZ` when the text gives a time in
GMT/UTC (a time in another or no zone is dropped rather than guessed).

Header decisions (see `header_metadata`):
- The title is the first line before the body that looks like a headline with 4+ words, or
  (news database exports) a headline of 3+ words closed by ';': that line is kept as a block.
- The outlet (`source`) is taken only from a masthead: the page's first line, 1-4 capitalised
  words, that comes back later in the page (sites repeat their name in footers and widgets).
  An outlet merely named in the text ("In an interview with Sputnik") is not the source.
- A date line above the title is the page's banner date ("Friday, Apr 26, 2024" over a 2021
  story in seed 001): it is marked `page-date`, not used as `published`. A date line after
  the title, or on a page without a found title, is the article's date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from annotator.split import boilerplate as bp
from annotator.split.scripts import is_foreign_script
from annotator.split.textscan import has_ascii_digit

_MONTHS: Final = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH: Final = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*(?P<zone>GMT|UTC|Z)?(?:[+-]\d{1,2}(?::?\d\d)?)?)"
_WEEKDAY: Final = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)"
_DATE_PATTERNS: Final = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ]" + _TIME + r")?",
        _WEEKDAY + r"?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
        _WEEKDAY + r"?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
    )
]
_DATE_LINE_CHARS: Final = re.compile(r"^[\w\s,.:/+\-|]*$")
_FOUR_DIGITS: Final = re.compile(r"\d\d{3}")  # `\d{4}` with a charset start (a faster scan)


def parse_date(value: str | None) -> str | None:
    """The first date in `value` as ISO text, or None. A GMT/UTC time next to it is kept."""
    if not value or len(value) > 300 or not _FOUR_DIGITS.search(value):
        return None  # every date pattern holds a 4-digit year
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(value):
            iso = _iso(m, value)
            if iso:
                return iso
    return None


def _iso(m: re.Match[str], value: str) -> str | None:
    g = m.groupdict()
    try:
        month = int(g["mnum"]) if g.get("mnum") else _MONTHS.get((g.get("month") or "").lower())
        if not month:
            return None
        day = date(int(g["year"]), month, int(g["day"]))
    except (ValueError, TypeError, OverflowError):
        return None
    if not 1800 <= day.year <= 2200:
        return None
    hour, minute, zone = g.get("hour"), g.get("minute"), g.get("zone")
    if hour is None:  # a time written before the date: "11:13 GMT28 February 2021"
        t = re.search(_TIME, value[max(0, m.start() - 30) : m.start()], re.IGNORECASE)
        if t:
            hour, minute, zone = t.group("hour"), t.group("minute"), t.group("zone")
            g = {**g, "ampm": t.group("ampm")}
    offset = re.search(r"(?:[+-]\d\d:?\d\d|Z)$", m.group(0))
    if (
        hour is not None
        and minute is not None
        and (zone or (offset and offset.group(0) in ("Z", "+00:00", "+0000")))
    ):
        h = (
            int(hour) % 12 + (12 if (g.get("ampm") or "").lower().startswith("p") else 0)
            if g.get("ampm")
            else int(hour)
        )
        try:
            stamp = datetime(day.year, day.month, day.day, h, int(minute))
        except ValueError:
            return day.isoformat()
        return stamp.strftime("%Y-%m-%dT%H:%MZ")
    return day.isoformat()


def is_date_line(line: str) -> bool:
    """The line is a date (maybe with weekday and time) and little else."""
    s = line.strip()
    if not s or len(s) > 60 or s.isascii() and not has_ascii_digit(s):
        return False  # a date holds a 4-digit year: most short lines have no digit, no scan
    if not _DATE_LINE_CHARS.match(s) or parse_date(s) is None:
        return False
    leftover = s
    for pattern in _DATE_PATTERNS:
        leftover = pattern.sub(" ", leftover)
    leftover = re.sub(_TIME, " ", leftover, flags=re.IGNORECASE)
    leftover = re.sub(
        r"\b(updated|published|posted|on|at|gmt|utc|et|pt|bst|cet)\b",
        " ",
        leftover,
        flags=re.IGNORECASE,
    )
    return len(bp.words(leftover)) == 0


@dataclass
class Header:
    """What the lines before the body say: metadata and the kind of each header line."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    page_date: str | None = None
    kinds: dict[int, str] = field(default_factory=dict)  # header line number -> boilerplate kind
    standfirst: int | None = None  # a line kept as claim material (a subheadline)
    headline: int | None = None  # a title kept as claim material (closed by ';', see below)


_TITLE_QUOTES: Final = "'‘\"“"


def _is_export_title(s: str) -> bool:
    """A news database's title line, closed by the ';' that joins it to the subtitle ("Mayor
    says ferry will run; "): kept as claim material, since such titles report. It opens with a
    capital or a quote mark (not a style rule such as "border-top: 1px solid #ccc;")."""
    return (
        (s[0].isupper() or s[0] in _TITLE_QUOTES)
        and "{" not in s
        and len(bp.words(s)) >= 3
        and bp.is_headline_like(s[:-1])
    )


def header_metadata(lines: list[str], body_start: int, script: str | None) -> Header:
    """Classify the header lines `lines[:body_start]` (blank lines skipped) and read metadata."""
    h = Header()
    seen_title: str | None = None
    pending_dates: list[int] = []
    nonblank = [i for i in range(min(body_start, len(lines))) if lines[i].strip()]
    for i in nonblank:
        s = lines[i].strip()
        kind = bp.widget_kind(s)
        if kind:
            h.kinds[i] = kind
        elif seen_title is not None and s == seen_title:
            h.kinds[i] = "title"
        elif is_date_line(s):
            if seen_title is None:
                pending_dates.append(i)
            else:
                h.kinds[i] = "dateline"
                h.published = h.published or parse_date(s)
        elif is_foreign_script(s, script) and len(bp.words(s)) <= 8:
            h.kinds[i] = "slogan"
        elif seen_title is None and s.endswith(";") and _is_export_title(s):
            seen_title = s
            h.title = s[:-1].rstrip()
            h.headline = i
        elif seen_title is None and bp.is_headline_like(s) and len(bp.words(s)) >= 4:
            seen_title = s
            h.title = s
            h.kinds[i] = "title"
        elif (
            seen_title is not None
            and h.standfirst is None
            and bp.is_headline_like(s)
            and len(bp.words(s)) >= 5
            and not bp.is_teaser(s)
        ):
            h.standfirst = i
        elif bp.is_teaser(s):
            h.kinds[i] = "teaser"
        else:
            h.kinds[i] = "nav"
    for i in pending_dates:
        s = lines[i].strip()
        if h.title is not None:
            h.kinds[i] = "page-date"
            h.page_date = h.page_date or parse_date(s)
        else:
            h.kinds[i] = "dateline"
            h.published = h.published or parse_date(s)
    if nonblank and h.title is not None:
        first = nonblank[0]
        s = lines[first].strip()
        ws = bp.words(s)
        repeated = any(line.strip() == s for line in lines[first + 1 :])
        if (
            h.kinds.get(first) == "nav"
            and 1 <= len(ws) <= 4
            and all(w[0].isupper() for w in ws)
            and s == " ".join(s.split())
            and repeated
        ):
            h.kinds[first] = "outlet"
            h.source = s
    return h
