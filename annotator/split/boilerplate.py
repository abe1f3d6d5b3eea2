"""Shape rules telling page furniture from claim material in scraped plain text.

Everything here is a pure function of strings and never raises. Rules are about shapes (length,
final punctuation, capitalisation, runs of lines, position), plus one short list of well-known
widget phrases (`WIDGETS`). `structure.py` applies them line by line.

Kinds used for boilerplate spans:
    nav, player, consent, social, related, teaser, tags, heading, title, outlet, slogan,
    page-date, dateline, junk (inline notes such as "($1=0.72 British Ponds)"), credit (picture
    or reporting credits), forum-chrome, usercard, quote-repost, repeat, footer, copyright
    (copyright and licence lines), nav-bar (a row of short menu items).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from typing import Final

from annotator.split import datelines
from annotator.split.widget_heads import DIGITS_AS_ZERO, HEAD_LEN, WIDGET_HEADS

# Read-more, related, subscribe, cookie, advertising and share lines in de, fr, es, it, pt, ru, uk,
# ar and tr (a line that is the phrase alone, or the phrase and a linked title after a colon).
_MORE: Final = r"\s*[:：.\-–—»›]?(\s.{0,200})?"
FURNITURE_I18N: Final[list[tuple[str, str]]] = [
    ("nav", "(lesen sie (auch|mehr)|weiterlesen|mehr (dazu|zum thema)|auch interessant)" + _MORE),
    ("nav", "(lire (aussi|la suite|plus)|à lire (aussi|également)|voir aussi)" + _MORE),
    ("nav", "(leer más|lee (también|más)|lea (también|además)|ver (también|más))" + _MORE),
    ("nav", "(leggi (anche|tutto|di più)|per approfondire|continua a leggere)" + _MORE),
    ("nav", "(leia (também|mais)|saiba mais|veja (também|mais)|continue lendo)" + _MORE),
    ("nav", "(читайте (также|тоже|ещё|еще)|читать (далее|также)|подробнее|смотрите также)" + _MORE),
    ("nav", "(читайте також|читати (далі|також)|дивіться також|детальніше)" + _MORE),
    ("nav", "(اقرأ (أيضا|أيضاً|ايضا|ايضاً|المزيد)|إقرأ (أيضا|أيضاً)|شاهد أيضا|شاهد أيضاً)" + _MORE),
    ("nav", "(ayrıca (okuyun|bakınız)|devamını oku|haberin devamı|daha fazla(sı)? oku)" + _MORE),
    (
        "related",
        "(das könnte sie auch interessieren|mehr zum thema|verwandte artikel|"
        "sur le même sujet|articles similaires|noticias relacionadas|te puede interesar|"
        "articoli correlati|notizie correlate|notícias relacionadas|matérias relacionadas|"
        "похожие (новости|материалы)|по теме|новости по теме|схожі (новини|матеріали)|"
        "مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|[İIi]lgili haberler|benzer haberler)" + _MORE,
    ),
    (
        "social",
        "(newsletter abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|suscríbete|"
        "suscríbase|iscriviti|abbonati|assine|inscreva-se|подписывайтесь|подпишитесь|"
        "підписуйтесь|підпишіться|اشترك (الآن|في (النشرة|القناة|قناتنا))|اشتركوا|تابعونا|"
        "abone ol|bizi takip edin)" + _MORE,
    ),
    (
        "social",
        "(teilen|partager|compartir|condividi|compartilhar|partilhar|поделиться|"
        "поділитися|شارك|مشاركة|paylaş|drucken|imprimer|imprimir|stampa|печать)",
    ),
    (
        "nav",
        "(anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|إعلان|reklam)",
    ),
    (
        "consent",
        "(wir verwenden cookies|diese (web)?seite verwendet cookies|cookies akzeptieren|"
        "alle akzeptieren|nous utilisons des cookies|ce site utilise des cookies|"
        "accepter (les cookies|tout)|utilizamos cookies|este sitio (web )?utiliza cookies|"
        "aceptar (cookies|todo)|utilizziamo (i )?cookie|questo sito utilizza (i )?cookie|"
        "accetta (i cookie|tutto)|usamos cookies|este site utiliza cookies|aceitar cookies|"
        "мы используем (файлы )?cookie|этот сайт использует (файлы )?cookie|"
        "ми використовуємо (файли )?cookie|نستخدم (ملفات )?(تعريف الارتباط|الكوكيز|كوكيز)|"
        "يستخدم هذا (الموقع|الموقع الإلكتروني)|çerez(ler)?(i)? (kullan|kabul)|"
        "bu (web ?)?site(de|miz)? çerez).{0,300}",
    ),
]

# Well-known widget phrases: (kind, regex matched against the whole trimmed line, ignoring case).
WIDGETS: Final[list[tuple[str, re.Pattern[str]]]] = [
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
        ("forum-chrome", r"(re: .{1,150}|post by .{1,60} » .{4,60}|#\d{1,6})"),
        ("copyright", r"(©|\(c\)|\u2117|copyright\s*(©|\(c\))?\s*\d{4}\b).{0,300}"),
        (
            "copyright",
            r"(this|the) (material|article|content|story) may not be (published|reproduced|copied|redistributed).{0,200}",
        ),
        (
            "copyright",
            r"(reproduction|republication|redistribution)( is)? (prohibited|forbidden|not permitted).{0,100}",
        ),
    ]
    + FURNITURE_I18N
]

_PARSER: Final = import_module("re._parser")  # the widths of a pattern's matches (not in typeshed)


def _widgets_longer_than(limit: int) -> re.Pattern[str]:
    """The alternation of the WIDGETS (in order, each as group `w<index>`) whose matches can
    be longer than `limit` characters: the only ones a line that long can fullmatch."""
    return re.compile(
        "|".join(
            f"(?P<w{i}>{p.pattern})"
            for i, (_, p) in enumerate(WIDGETS)
            if limit == 0 or _PARSER.parse(p.pattern, p.flags).getwidth()[1] > limit
        ),
        re.IGNORECASE,
    )


_WIDGET_ANY: Final = _widgets_longer_than(0)
# (length, pattern): a line longer than `length` is tried against the widgets that fit it only
_WIDGET_TIERS = [(333, _widgets_longer_than(333)), (50, _widgets_longer_than(50)), (0, _WIDGET_ANY)]
# Rights and licence phrases anywhere in a short line ("Copyright 2025 X. All rights reserved.")
_RIGHTS: Final = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "tous droits reserves", "todos los derechos reservados", "tutti i diritti riservati",
    "todos os direitos reservados", "все права защищены", "всі права захищені",
    "جميع الحقوق محفوظة", "tüm hakları saklıdır",
)  # fmt: skip
_LICENCE: Final = re.compile(
    r"\b(?:licen[cs]ed|available|published|distributed|reproduced) under (?:a |the )?"
    r"(?:creative commons|cc[ -]by|cc0|gnu free|open government licen[cs]e)",
    re.IGNORECASE,
)
_WIDGET_KINDS: Final = {f"w{i}": kind for i, (kind, _) in enumerate(WIDGETS)}


def _by_first(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for h in heads:
        out[h[0]] = out.get(h[0], ()) + (h,)
    return out


_HEADS: Final = _by_first(WIDGET_HEADS)  # WIDGET_HEADS by first character

_TERMINAL: Final = ".!?…"
_CLOSERS: Final = "\"'”’»)]“‘«›‹"  # closing quotes of every style (German „…“ closes with “)
_TEASER_TAG: Final = re.compile(r"\[[A-Z][A-Z ]{1,20}\]\s*$")
_TEASER_PREFIX: Final = re.compile(r"^(?:[A-Z]{2,}(?: [A-Z]{2,}){0,2}):\s+\S")
_WORD: Final = re.compile(r"[^\W_][^\W_]*(?:['’.\-][^\W_]+)*")  # `X+` as `XX*`: a charset start
# k words or more: k matches of _WORD, each one whole (atomic, as `findall` takes it), with
# non-word characters around them (_WORD can start at any [^\W_] character, nowhere else)
_AT_LEAST: Final = {
    k: re.compile(rf"[\W_]*+(?:(?>{_WORD.pattern})[\W_]*+){{{k}}}") for k in (1, 3, 10, 12, 25, 31)
}
# the same for an ASCII line: ASCII classes (`[\W_]` is `[^A-Za-z0-9]` there) and possessive runs
_AT_LEAST_ASCII: Final = {
    k: re.compile(rf"[^A-Za-z0-9]*+(?:[A-Za-z0-9]++(?:['.\-][A-Za-z0-9]++)*+[^A-Za-z0-9]*+){{{k}}}")
    for k in _AT_LEAST
}
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
# the same, one pattern per mark, each opened by its literal (faster to scan for than a class)
_BREAK_AFTER_FULL_STOP, _BREAK_AFTER_BANG, _BREAK_AFTER_QUESTION = (
    re.compile(re.escape(mark) + _SENTENCE_BREAK.pattern.removeprefix("[.!?]")) for mark in ".!?"
)
_SMALL_WORDS: Final = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "over", "the", "to", "up", "via", "with", "vs", "is", "are", "its", "it",
}  # fmt: skip

# Inline junk inside a paragraph: currency conversion notes, "(Reporting by ...)" tails.
INLINE_JUNK: Final = re.compile(
    r"\(\s*[$£€¥]?\s?\d[\d.,]*\s*=\s*[$£€¥]?\s?\d[\d.,]*\s*[^\W\d_][^()\n]{0,40}\)"
    r"|\((?:Reporting|Writing|Editing|Additional reporting|Compiled) by [^()\n]{1,200}\)"
)
# A picture credit glued to the end of a caption: "...minority group.AFP/GETTY IMAGES".
_AGENCIES = r"(?:AFP|AP|REUTERS|Reuters|GETTY IMAGES|Getty Images|EPA|XINHUA|Xinhua|ANADOLU|SHUTTERSTOCK|Shutterstock|PA)"
# (each name opens with its letter and checks the mark or space behind it: the scan jumps to
# the names' first letters instead of trying every position of the line)
_AFTER_MARK = "|".join(rf"{a[0]}(?<=[.!?\"”’\s]{a[0]}){a[1:]}" for a in _AGENCIES[3:-1].split("|"))
CREDIT: Final = re.compile(
    rf"((?:{_AFTER_MARK})(?:\s?/\s?[A-Z][\w. \-]{{0,40}}?)*(?:\s?/\s?{_AGENCIES})?)\s*$"
)
# Every agency name holds one of these (EPA holds PA): a line without any has no credit.
_AGENCY_HINTS: Final = (
    "AP", "PA", "AFP", "REUTERS", "Reuters", "GETTY", "Getty", "XINHUA", "Xinhua", "ANADOLU",
    "SHUTTERSTOCK", "Shutterstock",
)  # fmt: skip
_AGENCY_HINT: Final = re.compile("|".join(_AGENCY_HINTS))
_AGENCY_NAMES: Final = tuple(_AGENCIES[3:-1].split("|"))
_NAME_ENDS: Final = "".join(sorted({a[-1] for a in _AGENCY_NAMES}))


def _may_have_credit(line: str) -> bool:
    # A credit ends the line: without a "/" it is one agency name before the trailing spaces,
    # tested by `str.endswith` when the last character ends a name (no regex call; a line of
    # `structure` is trimmed, most end in "." and are not tested further).
    if "/" in line:
        return _AGENCY_HINT.search(line) is not None
    last = line[-1:]
    if last in _NAME_ENDS:
        return line.endswith(_AGENCY_NAMES)
    return last.isspace() and line.rstrip().endswith(_AGENCY_NAMES)


def words(line: str) -> list[str]:
    return _WORD.findall(line)


@lru_cache(maxsize=4096)  # structure asks twice for a prose line (is_prose, then its kind)
def widget_kind(line: str) -> str | None:
    """The kind of a well-known widget line (whole trimmed line), else None."""
    s = line.strip()
    if not s or len(s) > 600:
        return None
    # One pass over the line: `_WIDGET_ANY` is the alternation of WIDGETS in order, so the
    # alternative that matches is the first pattern that fullmatches (same as a loop over them).
    n = len(s)
    if may_be_widget(s):
        m = next(p for limit, p in _WIDGET_TIERS if n > limit).fullmatch(s)
        if m and m.lastgroup:
            return _WIDGET_KINDS[m.lastgroup]
    return shape_widget_kind(s)


def may_be_widget(s: str) -> bool:
    """False when no WIDGETS pattern can fullmatch the non-empty `s` (its opening, if ASCII,
    starts with none of `WIDGET_HEADS`): most prose lines are told without the alternation."""
    head = s[:HEAD_LEN]
    if not head.isascii():
        return True
    head = head.lower().translate(DIGITS_AS_ZERO)
    return head.startswith(_HEADS.get(head[0], ()))


def shape_widget_kind(s: str) -> str | None:
    """Widgets told by shape rather than by phrase: rights/licence lines and nav bars."""
    if len(s) > 400:
        return None
    low = s.lower()
    if (
        "serv" in low or "rechte" in low or "права" in low or "الحقوق" in s or "hakları" in low
    ) and any(r in low for r in _RIGHTS):  # every phrase holds one of the five
        return "copyright"
    if " under " in low and _LICENCE.search(s):
        return "copyright"
    return "nav" if is_nav_bar(s) else None


# every separator holds one of these: `[|•·›»>/\t]|\s{3}`, written to start with one class
_NAV_HINT: Final = re.compile(r"[|•·›»>/\s](?:(?<=[|•·›»>/\t])|\s\s)")
_NAV_SEPARATORS: Final = re.compile(r"\s*[|•·›»]\s*|\s+>\s+|\s+/\s+|\t+|\s{3,}")


def is_nav_bar(s: str) -> bool:
    """A row of menu items: "Home | World | Business | Sport", "Home › World › Asia", or 7+
    capitalised words with no small word ("News Sport Weather Culture Travel Earth Video")."""
    # a line that ends like a sentence is no bar either way: tested before the separator scan
    # (most lines that reach here are prose ending in a full stop)
    if len(s) > 300 or ends_sentence(s):
        return False
    if _NAV_HINT.search(s):
        items = [i for i in _NAV_SEPARATORS.split(s) if i]
        if len(items) >= 3:
            return all(len(i) <= 30 and 1 <= len(words(i)) <= 3 for i in items)
    if len(s) > 200 or not s[:1].isupper():
        return False
    ws = s.split()
    if len(ws) < 7 or len(ws) > 20:
        return False
    return all(w[:1].isupper() and w.isalpha() and w.lower() not in _SMALL_WORDS for w in ws)


def ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] in _TERMINAL


def has_sentence_break(line: str) -> bool:
    """`_SENTENCE_BREAK` finds a break in the stripped line (a scan per mark the line holds)."""
    s = line.strip()
    return bool(
        _BREAK_AFTER_FULL_STOP.search(s)
        or "!" in s
        and _BREAK_AFTER_BANG.search(s)
        or "?" in s
        and _BREAK_AFTER_QUESTION.search(s)
    )


def is_prose(line: str) -> bool:
    """A paragraph of running text: ends like a sentence (3+ words) or is long (25+ words)."""
    # = (n >= 3 and ends) or n >= 25 or (n >= 12 and break), with n = len(words(line)), but
    # only counting words as far as the thresholds need
    if ends_sentence(line):
        if not _has_words(line, 3):
            return False
    elif not _has_words(line, 12) or not (_has_words(line, 25) or has_sentence_break(line)):
        return False
    return not widget_kind(line)


def _has_words(line: str, k: int) -> bool:
    """len(words(line)) >= k, reading only the first k words."""
    return (_AT_LEAST_ASCII if line.isascii() else _AT_LEAST)[k].match(line) is not None


def is_headline_like(line: str) -> bool:
    """A short title-like line: no final period, one sentence at most, not too long.

    Headlines may end with "?", "!", a closing quote or a letter, so `?`-ending link titles in a
    related list still count; a final "." (other than in an abbreviation) does not.
    """
    s = line.strip()
    if len(s) > 250 or not _has_words(s, 1) or _has_words(s, 31):
        return False  # more than 250 characters, no word or more than 30 words
    core = s.rstrip(_CLOSERS)
    if core.endswith((".", ":", ";", ",")) and not core.endswith(("...", "…")):
        return False
    return not has_sentence_break(s)


_CHECKABLE: Final = re.compile(
    r"\d|\b(?:said|says|told|tells|according to|announced|confirmed|reported|stated|warned|"
    r"denied|claimed|killed|died|arrested|wounded|injured|destroyed)\b"
)


def is_unterminated_sentence(line: str) -> bool:
    """A checkable sentence that lost its final period: 10+ words, sentence case, a figure or
    a reporting verb, no "TAG:" prefix ("The Pentagon said 13 US service members were killed")."""
    s = line.strip()
    if ends_sentence(s) or len(s) > 400 or not _has_words(s, 10) or is_title_case(s):
        return False
    if _TEASER_PREFIX.match(s) or ":" in s[:40]:
        return False
    return _CHECKABLE.search(s) is not None


def is_title_case(line: str) -> bool:
    ws = [w for w in words(line) if w.lower() not in _SMALL_WORDS]
    if not ws:
        return False
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return caps / len(ws) >= 0.75


def is_tag_line(line: str) -> bool:
    """A keyword list: "Taliban, officials, ISIS, mosque, blast, Kunduz"."""
    s = line.strip()
    if not s or len(s) > 200 or s.count(",") < 2 or ends_sentence(s):
        return False  # (fewer than 2 commas: fewer than 3 items)
    items = [i.strip() for i in s.split(",")]
    if len(items) < 3 or any(not i for i in items):
        return False
    sizes = [len(words(i)) for i in items]
    if any(n == 0 or n > 3 for n in sizes) or sum(sizes) / len(sizes) > 2:
        return False
    return not any(w.lower() in {"and", "or"} for i in items for w in words(i)[:1])


TEASER_MAX: Final = 250  # characters; tag lines (`is_tag_line`) and date lines are shorter


def is_teaser(line: str) -> bool:
    """'JUST IN: ...', '... [VIDEO]' style promotion of another article."""
    s = line.strip()
    if not s or len(s) > TEASER_MAX:
        return False
    if "[" in s and _TEASER_TAG.search(s):
        return True
    if not _TEASER_PREFIX.match(s):
        return False
    rest = s[s.index(":") + 1 :].strip().rstrip(_CLOSERS)
    return 0 < len(words(rest)) <= 30 and not rest.endswith(".")


def inline_junk(line: str) -> list[tuple[int, int, str]]:
    """Spans (relative to `line`) of inline junk, credits and a dateline prefix to cut out."""
    spans: list[tuple[int, int, str]] = (
        [(m.start(), m.end(), "junk") for m in INLINE_JUNK.finditer(line)] if "(" in line else []
    )
    credit = CREDIT.search(line) if _may_have_credit(line) else None
    if credit and credit.start(1) > 0 and len(words(line[: credit.start(1)])) >= 3:
        spans.append((credit.start(1), credit.end(1), "credit"))
    if not spans:  # most lines: nothing to mask, sort or subtract
        end = datelines.dateline_end(line)
        return [(0, end, "dateline")] if end else spans
    masked = line
    for s, e, _ in spans:
        masked = masked[:s] + " " * (e - s) + masked[e:]
    end = datelines.dateline_end(masked)
    if end:
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
