"""RawDocument -> StructuredDocument: boilerplate marked, forum posts found, metadata read.

The unit is the line: scraped pages and extracted HTML put one paragraph on a line. A page has
three zones, cut at its first and last prose lines (`boilerplate.is_prose`):

- header (before the first prose line): title, outlet, slogan, dates, navigation; a subheadline
  after the title ("ISIS 'common enemy' for US and Taliban says expert") is kept as a block,
  since headlines and standfirsts carry attributed claims of their own.
- body: widget lines, teasers, tag lines, runs of 3+ headline-like lines (link lists), and
  lone headline-like lines between paragraphs (section headings, interstitial links) are
  boilerplate; every other line is a block.
- tail (after the last prose line): all boilerplate (link lists, footers, widgets).

A forum thread (one with user cards, see `forum.py`) has a header before its first card, then
posts; inside a post only widget, teaser, tag, quote and repeat rules apply, because short
replies ("Agree 100%") are stance, not noise.

Blocks are one line each, trimmed, cut around inline junk and credits (a cut-out span never sits
inside a block). Two lines with no blank line between are joined into one block when the first
does not end a sentence and the second starts in lower case (hard-wrapped text). Image captions
are kept as blocks (they carry checkable figures: "At least 55 people were killed"); only the
agency credit after them is boilerplate (`credit`). An exact repeat of an earlier paragraph in the
same post (or page) is boilerplate `repeat`. Boilerplate spans of the same kind separated only by
whitespace are merged into one span.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.split import boilerplate as bp
from annotator.split import forum
from annotator.split.document import Block, PostSpan, RawDocument, StructuredDocument
from annotator.split.metadata import Header, header_metadata, is_date_line, parse_date
from annotator.split.scripts import dominant_script

_MAX_JUNK_LINE = 5000  # inline-junk rules are skipped on longer lines (cost, not correctness)


def structure(raw: RawDocument) -> StructuredDocument:
    """Split a document into claim-material blocks and labelled boilerplate spans."""
    text = raw.text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]  # each line stripped once, read by every pass
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    script = dominant_script(text)
    kinds: dict[int, str] = {}  # line -> whole-line boilerplate kind
    post_of: dict[int, int] = {}  # line -> post index
    posts: list[PostSpan] = []
    cards = forum.find_cards(lines, text)

    if cards:
        header = header_metadata(lines, cards[0].start_line, script)
        kinds.update(header.kinds)
        _structure_posts(lines, stripped, starts, cards, kinds, post_of, posts)
    else:
        prose = [i for i, line in enumerate(lines) if line and bp.is_prose(line)]
        first, last = (prose[0], prose[-1]) if prose else (0, len(lines) - 1)
        header = header_metadata(lines, first, script) if prose else Header()
        kinds.update(header.kinds)
        for kept in (header.standfirst, header.headline):
            if kept is not None:
                kinds.pop(kept, None)
        body = range(first, last + 1)
        _classify_body(lines, body, kinds, bool(prose), prose=set(prose), stripped=stripped)
        tail = [i for i in range(last + 1, len(lines)) if stripped[i]]
        if tail and _standalone(lines, tail[0]) and bp.is_unterminated_sentence(lines[tail[0]]):
            tail = tail[1:]  # the article's last sentence, without its final period
        for i in tail:
            kinds[i] = _tail_kind(lines[i])
        _mark_repeats(stripped, body, kinds)

    boiler: list[tuple[int, int, str]] = []
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        s = stripped[i]  # line[lo:hi] (`_trim`)
        if not s:
            continue
        lo = 0 if len(s) == len(line) else len(line) - len(line.lstrip())
        a, b = starts[i] + lo, starts[i] + lo + len(s)
        if i in kinds:
            boiler.append((a, b, kinds[i]))
            continue
        if i == header.headline:  # "Mayor says ferry will run; ": the title without its ';'
            blocks.append(Block(a, a + len(s.rstrip("; ")), headline=True))
            continue
        for ps, pe, kind in _cut_line(s):
            if kind:
                boiler.append((a + ps, a + pe, kind))
            else:
                blocks.append(Block(a + ps, a + pe, post_of.get(i)))
    blocks = _join_wrapped(text, blocks)
    return StructuredDocument(
        raw=raw,
        blocks=blocks,
        boilerplate=_merge_spans(text, boiler),
        posts=posts,
        title=(raw.title or "").strip() or header.title,
        source=(raw.source or "").strip() or header.source,
        source_kind="forum" if cards else "news",
        published=parse_date(raw.published) or header.published,
        author=(raw.author or "").strip() or (posts[0].author if posts else None),
        url=raw.url,
    )


def _trim(line: str) -> tuple[int, int]:
    stripped = line.strip()
    if not stripped:
        return 0, 0
    lo = len(line) - len(line.lstrip())
    return lo, lo + len(stripped)


def _classify_body(
    lines: list[str],
    rng: range,
    kinds: dict[int, str],
    shapes: bool,
    prose: set[int] | None = None,
    stripped: list[str] | None = None,
) -> None:
    """Whole-line kinds for body lines of a news page (header/tail lines are already set).

    Without `shapes` (a text with no prose line at all, e.g. a one-line claim in JSONL) only
    widget, teaser and tag lines are cut: there is no article to tell headings apart from.
    `prose`: the lines for which `bp.is_prose` holds, `stripped`: each line stripped, when the
    caller already knows them."""
    if prose is None:
        prose = {i for i in rng if bp.is_prose(lines[i])}
    if stripped is None:
        stripped = [line.strip() for line in lines]
    for i in rng:
        s = stripped[i]
        if not s or i in kinds:
            continue
        if len(s) > bp.TEASER_MAX and i in prose:
            continue  # no widget (`is_prose`), too long for a teaser, tag or date line
        kind = _line_kind(s) or ("dateline" if is_date_line(s) else None)
        if kind:
            kinds[i] = kind
    if not shapes:
        return
    # runs of 3+ consecutive non-blank lines, mostly headline-like: link lists
    run: list[int] = []
    for i in [*rng, -1]:
        if i >= 0 and stripped[i]:
            run.append(i)
            continue
        if len(run) >= 3:
            title_like = sum(1 for j in run if j in kinds or bp.is_headline_like(lines[j]))
            if title_like / len(run) >= 0.8:
                for j in run:
                    kinds.setdefault(j, "related")
        run = []
    # lone headline-like lines between paragraphs: section headings, interstitial links
    for i in rng:
        s = stripped[i]
        if not s or i in kinds or i in prose or not bp.is_headline_like(s):
            continue
        if bp.is_unterminated_sentence(s):
            continue
        if len(bp.words(s)) <= 20:
            short = len(bp.words(s)) <= 5 or bp.is_title_case(s)
            kinds[i] = "heading" if short else "teaser"


def _line_kind(s: str) -> str | None:
    kind = bp.widget_kind(s)
    if kind:
        return kind
    if bp.is_teaser(s):
        return "teaser"
    if bp.is_tag_line(s):
        return "tags"
    return None


def _standalone(lines: list[str], i: int) -> bool:
    """Line `i` is a paragraph of its own (blank or nothing on both sides)."""
    return (i == 0 or not lines[i - 1].strip()) and (
        i + 1 >= len(lines) or not lines[i + 1].strip()
    )


def _tail_kind(line: str) -> str:
    s = line.strip()
    kind = _line_kind(s)
    if kind:
        return kind
    if is_date_line(s):
        return "dateline"
    return "related" if bp.is_headline_like(s) else "footer"


def _mark_repeats(stripped: list[str], rng: Iterable[int], kinds: dict[int, str]) -> None:
    """A line (`stripped`: each line stripped) of 3+ words that repeats one before: "repeat"."""
    seen: set[str] = set()
    for i in rng:
        s = stripped[i]
        if not s or i in kinds:
            continue
        if s in seen and len(bp.words(s)) >= 3:
            kinds[i] = "repeat"
        seen.add(s)


def _structure_posts(
    lines: list[str],
    stripped: list[str],
    starts: list[int],
    cards: list[forum.Card],
    kinds: dict[int, str],
    post_of: dict[int, int],
    posts: list[PostSpan],
) -> None:
    for card in cards:
        for i in card.lines:
            kinds[i] = "usercard"
    bodies: list[list[int]] = []
    for n, card in enumerate(cards):
        end = cards[n + 1].start_line if n + 1 < len(cards) else len(lines)
        body = [i for i in range(card.end_line, end) if lines[i].strip() and i not in kinds]
        for i in body:
            kind = _line_kind(lines[i].strip())
            if kind:
                kinds[i] = kind
        bodies.append([i for i in body if i not in kinds])
        for i in body:
            post_of[i] = n
    texts = [[lines[i].strip() for i in body] for body in bodies]
    quotes = forum.find_quotes(texts)
    for n, card in enumerate(cards):
        body = bodies[n]
        quote_spans: list[tuple[int, int]] = []
        quoted: int | None = None
        found = quotes[n]
        if found is not None:
            quoted, k0, k1 = found
            first, last = body[k0], body[k1 - 1]
            a = starts[first] + _trim(lines[first])[0]
            b = starts[last] + _trim(lines[last])[1]
            quote_spans.append((a, b))
            for i in body[k0:k1]:
                kinds[i] = "quote-repost"
        _mark_repeats(stripped, body, kinds)
        if body:
            start = starts[body[0]] + _trim(lines[body[0]])[0]
            end = starts[body[-1]] + _trim(lines[body[-1]])[1]
        else:
            start = end = (
                starts[card.end_line] if card.end_line < len(starts) else len("\n".join(lines))
            )
        posts.append(PostSpan(n, card.author, card.posted, start, end, quoted, quote_spans))


def _cut_line(line: str) -> list[tuple[int, int, str | None]]:
    """Pieces of a trimmed line: (start, end, kind) for junk, (start, end, None) for text."""
    junk = bp.inline_junk(line) if len(line) <= _MAX_JUNK_LINE else []
    if not junk:  # most lines: the whole (trimmed, not blank) line is text
        return [(0, len(line), None)]
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    last_kind: str | None = None
    for s, e, kind in junk:
        if s < pos:
            continue
        out.extend(_text_piece(line, pos, s, last_kind or kind))
        out.append((s, e, kind))
        pos, last_kind = e, kind
    out.extend(_text_piece(line, pos, len(line), last_kind))
    return out


def _text_piece(
    line: str, s: int, e: int, near_kind: str | None
) -> list[tuple[int, int, str | None]]:
    piece = line[s:e]
    lo, hi = _trim(piece)
    if lo == hi:
        return []
    if near_kind and not any(c.isalnum() for c in piece):
        return [(s + lo, s + hi, near_kind)]  # stray punctuation next to a cut
    return [(s + lo, s + hi, None)]


def _join_wrapped(text: str, blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if out:
            prev = out[-1]
            gap = text[prev.end : b.start]
            first = text[b.start]
            if (
                prev.post_index == b.post_index
                and gap.count("\n") == 1
                and not gap.strip()
                and first.isalpha()
                and first.islower()
                and not bp.ends_sentence(text[prev.start : prev.end])
            ):
                out[-1] = Block(prev.start, b.end, prev.post_index)
                continue
        out.append(b)
    return out


def _merge_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, kind in sorted(spans):
        if out and out[-1][2] == kind and not text[out[-1][1] : s].strip() and s >= out[-1][1]:
            out[-1] = (out[-1][0], e, kind)
        else:
            out.append((s, e, kind))
    return out
