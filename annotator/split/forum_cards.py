"""User cards with labelled fields (XenForo, phpBB, vBulletin skins). Pure and never raising.

A labelled card is a run of field lines, each "Label: value", or a label line followed by its
value line, or several fields on one line:

    XenForo      GeneralZod / Well-known member / Joined: Mar 3, 2019 / Messages: 1,234 /
                 Reaction score: 567   (or "Joined Mar 3, 2019 Messages 1,234 ..." on one line)
    phpBB        kabulwatcher / Posts: 1523 / Joined: Sat Mar 14, 2015 9:02 am / Location: Kabul
                 then "Re: <topic>" and "Post by kabulwatcher » Thu Aug 26, 2021 6:12 pm"
    vBulletin    abu_hamza / Senior Member / Join Date: Jan 2012 / Location: Peshawar /
                 Posts: 4,512

A run is a card when it has two or more fields and one of them counts the member's posts or
gives the join date. Above it: an optional rank line ("Senior Member", "MODERATOR") and the
handle. Below it: phpBB's topic and "Post by X » date" lines, or a bare date line and a "#2"
post number (XenForo), which give the post's date (the labelled join date never does).
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split import boilerplate as bp
from annotator.split.metadata import is_date_line, parse_date

_LABELS: Final = (
    "joined|join date|registered|member since|messages|posts|reaction score|points|"
    "likes received|likes|trophy points|location|country|gender|age|occupation|website|"
    "rep power|reputation|thanks|thanked|credits|beiträge|registriert|wohnort|"
    "messages postés|inscrit le|inscription|mensajes|registrado|сообщения|сообщений|"
    "регистрация|зарегистрирован|откуда|repliche|iscritto|mensagens|registro"
)
_KEY: Final = re.compile(
    r"joined|join date|registered|member since|messages|posts|beiträge|registriert|"
    r"messages postés|inscrit le|inscription|mensajes|registrado|сообщени|регистрац|"
    r"зарегистрирован|iscritto|mensagens",
    re.IGNORECASE,
)
# A line that starts with a key: `^[ \t]*(?:KEY)` (MULTILINE), matched line by line
# (`key_line_in`)
_KEY_LINE: Final = re.compile(rf"[ \t]*(?:{_KEY.pattern})", re.IGNORECASE)
_FIELD: Final = re.compile(rf"(?P<label>{_LABELS})\s*:?\s+(?P<value>\S.{{0,60}})", re.IGNORECASE)
_FIELD_COLON: Final = re.compile(rf"(?P<label>{_LABELS})\s*:\s*(?P<value>.{{0,60}})", re.IGNORECASE)
_LABEL_ONLY: Final = re.compile(rf"(?:{_LABELS})\s*:?", re.IGNORECASE)
_MULTI: Final = re.compile(rf"(?:^|\s)(?:{_LABELS})\s*:?\s", re.IGNORECASE)
_RANKS: Final = re.compile(
    r"(?:(?:well-known|senior|junior|full|new|active|elite|veteran|premium|registered|"
    r"banned|retired|established|distinguished|respected)\s+)?"
    r"(?:member|user|poster|contributor|moderator|administrator|admin|staff|newbie|"
    r"guest|regular|veteran)s?|super moderator|site admin",
    re.IGNORECASE,
)
_CAPS_RANK: Final = re.compile(r"[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*){0,3}")
_LABEL_START: Final = re.compile(rf"(?:{_LABELS})", re.IGNORECASE)
_POST_BY = re.compile(r"(?:post|posted) by\s+(?P<author>\S.{0,40}?)\s*»\s*(?P<date>.{4,60})$", re.I)
_TOPIC: Final = re.compile(r"re:\s.{1,150}", re.IGNORECASE)
_POST_NUMBER: Final = re.compile(r"#\d{1,6}")


def _fields(line: str) -> int:
    """How many labelled fields a line holds (0 when it is not a field line)."""
    s = line.strip()
    if not s or len(s) > 200 or not _LABEL_START.match(s):
        return 0
    if _FIELD_COLON.fullmatch(s):
        return 1
    n = len(_MULTI.findall(" " + s))
    return n if n >= 2 and _FIELD.match(s) else 0


def _has_key(lines: list[str], idx: list[int]) -> bool:
    return any(_KEY.match(lines[i].strip()) for i in idx)


# The ASCII characters a line `_KEY_LINE` matches can open with: a space, a tab or a key's first
# letter in either case (no other ASCII character folds to one); other ASCII lines are skipped
# without a match (most lines), lines opening with a non-ASCII character are matched.
_KEY_ASCII_OPENERS: Final = frozenset(
    " \t" + "".join(k[0] + k[0].upper() for k in _KEY.pattern.split("|") if k[0].isascii())
)


def has_key_line(text: str) -> bool:
    """A line of `text` starts with a join/posts label (after spaces or tabs)."""
    return key_line_in(text.split("\n"))


def key_line_in(lines: list[str]) -> bool:
    """`has_key_line("\n".join(lines))`: a line's first character is tested before the
    pattern (a scan of the text for the pattern runs its keys at every line start)."""
    for line in lines:
        c = line[:1]
        if (c in _KEY_ASCII_OPENERS or not c.isascii()) and _KEY_LINE.match(line):
            return True
    return False


def find_labelled_cards(
    lines: list[str], text: str | None = None
) -> list[tuple[int, int, str | None, str | None, list[int]]]:
    """(start line, end line, author, posted, card lines) of each labelled card, in order.

    `text` (the lines joined): a page with no line starting with a join/posts label is skipped
    in one pass."""
    if text is not None and not key_line_in(lines):
        return []
    out: list[tuple[int, int, str | None, str | None, list[int]]] = []
    i, previous_end = 0, 0
    n = len(lines)
    while i < n:
        run: list[int] = []
        count = 0
        j = i
        while j < n:
            s = lines[j].strip()
            k = _fields(s)
            if k:
                run.append(j)
                count += k
                j += 1
            elif _LABEL_ONLY.fullmatch(s) and j + 1 < n and 0 < len(lines[j + 1].strip()) <= 60:
                run += [j, j + 1]
                count += 1
                j += 2
            else:
                break
        if count < 2 or not _has_key(lines, run):
            i = j + 1 if j == i else j
            continue
        start, author = run[0], None
        prev = _prev_nonblank(lines, start, previous_end)
        rank = lines[prev].strip() if prev is not None else ""
        if prev is not None and (_RANKS.fullmatch(rank) or _CAPS_RANK.fullmatch(rank)):
            run.insert(0, prev)
            start = prev
            prev = _prev_nonblank(lines, prev, previous_end)
        if prev is not None and _is_handle(lines[prev]):
            run.insert(0, prev)
            start, author = prev, lines[prev].strip()
        posted = None
        end = j
        for _ in range(3):
            k = _next_nonblank(lines, end)
            if k >= n:
                break
            s = lines[k].strip()
            by = _POST_BY.match(s)
            if by:
                author = author or by.group("author").strip()
                posted = parse_date(by.group("date"))
            elif is_date_line(s):
                posted = posted or parse_date(s)
            elif not (_TOPIC.fullmatch(s) or _POST_NUMBER.fullmatch(s)):
                break
            run.append(k)
            end = k + 1
        out.append((start, end, author, posted, run))
        i = previous_end = end
    return out


def short_handle(line: str) -> bool:
    """A line that may be an author's handle: at most 40 characters and three words, no
    sentence, no widget (`forum` reads one above a rank line too)."""
    s = line.strip()
    return (
        0 < len(s) <= 40
        and len(s.split()) <= 3
        and not bp.ends_sentence(s)
        and not bp.widget_kind(s)
    )


def _is_handle(line: str) -> bool:
    return short_handle(line) and not is_date_line(line.strip())


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _prev_nonblank(lines: list[str], i: int, floor: int) -> int | None:
    i -= 1
    while i >= floor and not lines[i].strip():
        i -= 1
    return i if i >= floor else None
