"""Forum threads: user cards, posts, full-post quotes and repeats. Pure and never raising.

A user card (as scraped from XenForo-style skins, seed 003) is, line by line:

    handle            optional, and only looked for when a rank line follows it
    RANK              optional: an all-caps line of 1-4 words ("SENIOR MEMBER")
    Dec 9, 2018       a date
    2,713 / 1 / 5,054 two or more count lines
    Country / Pakistan / Location / Australia   optional label/value pairs (`CARD_LABELS`)

The date under the card is the member's *join* date on that skin, not the post date: the cards of
seed 003 carry 2008-2021 dates on a thread about October 2021 events, and post 0's card date
(2018) is before the events it reports. So `PostSpan.posted` stays None and the whole card is
boilerplate (`usercard`). A post runs from the end of its card to the next card; its author is
the card's handle (None when the scrape lost it, as for seed 003's first post).

Labelled layouts (XenForo "Joined: … Messages: …", phpBB, vBulletin) are read by `forum_cards`.

A post that contains, line for line, the whole body of an earlier post quotes it: it gets
`quoted_post_index` and `quote_spans`, and the quoted lines are boilerplate `quote-repost`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from annotator.split import boilerplate as bp
from annotator.split import forum_cards
from annotator.split.metadata import is_date_line

CARD_LABELS: Final = {
    "country", "location", "gender", "age", "occupation", "website", "joined", "messages",
    "posts", "reaction score", "points", "likes", "trophy points", "ratings",
}  # fmt: skip
_COUNT: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")
# Two count lines in a row (each `_COUNT` alone on its line, spaces around it): an unlabelled
# card has them after its date line, so a page without them is skipped in one pass.
_COUNT_LINE: Final = rf"[^\S\n]*(?:{_COUNT.pattern})[^\S\n]*"
_TWO_COUNTS: Final = re.compile(rf"\n{_COUNT_LINE}\n{_COUNT_LINE}(?:\n|\Z)")
_RANK: Final = re.compile(r"[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*){0,3}")


@dataclass
class Card:
    start_line: int  # first line of the card (the handle line when there is one)
    end_line: int  # one past the card's last line
    author: str | None
    joined: str | None  # the join date line as written (not the post date)
    lines: list[int]  # card lines (boilerplate), blank lines excluded
    posted: str | None = None  # the post's date when the layout gives it (`forum_cards`)


def _prev_nonblank(lines: list[str], i: int) -> int:
    i -= 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    return i


def find_cards(lines: list[str], text: str | None = None) -> list[Card]:
    """User cards in the document, in order: the unlabelled layout above, then labelled layouts
    (`forum_cards`) where they do not overlap it. `text`: the lines joined (pages without
    the lines a card needs are then skipped in one pass)."""
    unlabelled = text is None or _TWO_COUNTS.search(text) is not None
    cards = _find_unlabelled_cards(lines) if unlabelled else []
    taken = {i for c in cards for i in range(c.start_line, c.end_line)}
    for start, end, author, posted, card_lines in forum_cards.find_labelled_cards(lines, text):
        if not taken.intersection(range(start, end)):
            cards.append(Card(start, end, author, None, card_lines, posted))
    return sorted(cards, key=lambda c: c.start_line)


def _find_unlabelled_cards(lines: list[str]) -> list[Card]:
    cards: list[Card] = []
    i = 0
    n = len(lines)
    while i < n:
        # a card's date line has two count lines after it: the next line is tested first (its
        # last character is a digit or a space, then `_COUNT`), before the date (most short
        # lines of a page are parsed as dates in vain)
        after = lines[i + 1] if i + 1 < n else ""
        end = after[-1:]
        if (
            not (end.isdecimal() or end.isspace())
            or not _COUNT.fullmatch(after.strip())
            or not is_date_line(lines[i])
        ):
            i += 1
            continue
        j = i + 1
        counts = 0
        while j < len(lines) and _COUNT.fullmatch(lines[j].strip()):
            counts += 1
            j += 1
        if counts < 2:
            i += 1
            continue
        card_lines = [i, *range(i + 1, j)]
        while j + 1 < len(lines) and lines[j].strip().lower() in CARD_LABELS:
            value = lines[j + 1].strip()
            if not value or len(value) > 60 or bp.ends_sentence(value):
                break
            card_lines += [j, j + 1]
            j += 2
        start, author = i, None
        rank = _prev_nonblank(lines, i)
        if (
            rank >= 0
            and _RANK.fullmatch(lines[rank].strip())
            and (not cards or rank >= cards[-1].end_line)
        ):
            card_lines.insert(0, rank)
            start = rank
            handle = _prev_nonblank(lines, rank)
            if (
                handle >= 0
                and (not cards or handle >= cards[-1].end_line)
                and forum_cards.short_handle(lines[handle])
            ):
                card_lines.insert(0, handle)
                start = handle
                author = lines[handle].strip()
        cards.append(Card(start, j, author, lines[i].strip(), card_lines))
        i = j
    return cards


def find_quotes(bodies: list[list[str]]) -> list[tuple[int, int, int] | None]:
    """For each post body (its trimmed non-blank lines), (earlier post, first line, end line)
    of the longest earlier post's whole body found inside it, else None."""
    out: list[tuple[int, int, int] | None] = []
    for j, body in enumerate(bodies):
        best: tuple[int, int, int] | None = None
        for i in range(j):
            quoted = bodies[i]
            n = len(quoted)
            if n == 0 or sum(len(q) for q in quoted) < 20 or n > len(body):
                continue
            for k in range(len(body) - n + 1):
                if body[k : k + n] == quoted:
                    if best is None or n > best[2] - best[1]:
                        best = (i, k, k + n)
                    break
        out.append(best)
    return out
