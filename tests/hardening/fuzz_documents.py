"""The documents of the fuzz test (`test_fuzz_ingest.py`): Hypothesis strategies for random
Unicode in seven encodings, seed-like news and forum text, nested HTML and JSONL with wrong types.

Composite strategies draw (value, branches): the names of the generator branches taken, so the
test can assert that its budgets reached every one of them (`EXPECTED_BRANCHES`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
SEED_LINES = sorted(
    {
        line
        for p in sorted((REPO / "seeds").glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip() and len(line) < 400
    }
)
FRAGMENTS = [
    "The", "minister", "said", "says", "told", "reporters", "according to", "Officials", "Dr.",
    "U.S.", "Mr", "claimed", "warned", "denied", "added", "He", "she", "they", "who", "that",
    "not", "never", "was", "by", "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", "!", "?", ":",
    ";", "—", "–", " - ", "(", ")", "[", "]", "\n", "\n\n", "\t", "\r", "\r\n", "Posted by",
    "Quote:", "wrote:", "Re:", "Reply", "Share", "Joined:", "Posts: 12", "2,713", "SENIOR MEMBER",
    "2021-09-01", "Sep 1, 2021", "12:30", "Mon, 3 Oct 2022 10:00 GMT", "5%", "$3 billion", "40",
    "\u200f", "\u202e", "\u200b", "\x00", "\x0b", "\x1b", "\x7f", "\ufeff", "\u2028", "\u2029",
    "שלום", "مرحبا", "😀", "e\u0301", "ﬁ", "İ", "ß", "Ⅻ", "١٢٣", "http://x.org/a?b=1", "<script>",
    "&amp;", "]]>", "By", "Reuters", "(AP) —", "|", "•", "Advertisement", "Read more", "Cookie",
    "Subscribe", "Home > News", "Click to expand...", "Country", "Pakistan", "Location", "A", "",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "bad"]
SUFFIXES = [".txt", ".txt", ".txt", ".html", ".jsonl"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "bad":  # UTF-8 with stray continuation/lead bytes and an overlong form
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        for i, b in enumerate((0x80, 0xC3, 0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80)):
            data.insert((i * 7919) % (len(data) + 1), b)
        return bytes(data)
    return text.encode(encoding, errors="replace")


# --- strategies ------------------------------------------------------------------------------

Tagged = tuple[str, frozenset[str]]

HTML_TAGS = [
    "div", "p", "article", "main", "section", "span", "b", "table", "tr", "td", "ul", "li",
    "blockquote", "nav", "aside", "script", "style", "title", "a", "svg", "noscript", "h1", "br",
    "meta", "x-y", "!--", "![CDATA[",
]  # fmt: skip
HTML_DEPTHS = [1, 3, 10, 50, 200, 1000, 3000]
HTML_HEADS = [
    "",
    "<!doctype html><html><head><title>T &amp; <b></title>"
    '<meta property="og:title" content="&quot;x&quot; <y>">'
    '<meta name="date" content="2021-13-45"></head><body>',
    '<?xml version="1.0" encoding="latin-1"?><html>',
    "<html><body onload='x()'>",
]
HTML_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
JSONL_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16"]
HTML_JUNK = ["", "<", "&", "&#x110000;", "&#0;", "<p", "</", "<!--"]
JSONL_DEPTHS = [10, 1000, 100_000]
JSONL_KEYS = ("title", "url", "source", "published", "author", "extra")


def _tagged(strategy: st.SearchStrategy[str], branch: str) -> st.SearchStrategy[Tagged]:
    return strategy.map(lambda value: (value, frozenset({branch})))


def _joined(sep: str) -> Callable[[list[Tagged]], Tagged]:
    def join(parts: list[Tagged]) -> Tagged:
        return sep.join(v for v, _ in parts), frozenset().union(*(b for _, b in parts))

    return join


any_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
)  # every plane, controls included
newsy_line = st.one_of(
    _tagged(st.sampled_from(SEED_LINES), "line: seed"),
    _tagged(
        st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map(
            lambda parts: " ".join(parts)
        ),
        "line: spaced fragments",
    ),
    _tagged(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join), "line: glued"),
)
newsy_text = st.lists(newsy_line, min_size=1, max_size=40).map(_joined("\n"))


def html_page(
    tags: list[str], depth: int, body: Tagged, closing: bool, head: str, junk: str
) -> Tagged:
    opening = "".join(f"<{tags[i % len(tags)]} class='c{i}'>" for i in range(depth))
    ending = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth))) if closing else ""
    branches = {f"html: depth {depth}", f"html: closed {closing}", f"html: junk {junk!r}"}
    branches |= {f"html: head {HTML_HEADS.index(head)}"} | {f"html: tag {t}" for t in tags}
    page = head + opening + body[0].replace("\n", "<br>") + junk + ending
    return page, body[1] | branches


@st.composite
def html_pages(draw: st.DrawFn) -> Tagged:
    tags = draw(st.lists(st.sampled_from(HTML_TAGS), min_size=1, max_size=8))
    depth = draw(st.sampled_from(HTML_DEPTHS))
    body = draw(newsy_text)
    closing = draw(st.booleans())
    head = draw(st.sampled_from(HTML_HEADS))
    junk = draw(st.sampled_from(HTML_JUNK))
    return html_page(tags, depth, body, closing, head, junk)


def html_covering() -> list[tuple[Tagged, str]]:
    """(page, encoding) pairs that between them take every branch of `html_pages` (explicit
    examples: random draws reach the rarer ones only in some runs)."""
    return [
        (
            html_page(
                [HTML_TAGS[i], HTML_TAGS[(i + 5) % len(HTML_TAGS)]],
                HTML_DEPTHS[i % len(HTML_DEPTHS)],
                (SEED_LINES[i * 7 % len(SEED_LINES)], frozenset({"line: seed"})),
                i % 2 == 0,
                HTML_HEADS[i % len(HTML_HEADS)],
                HTML_JUNK[i % len(HTML_JUNK)],
            ),
            HTML_ENCODINGS[i % len(HTML_ENCODINGS)],
        )
        for i in range(len(HTML_TAGS))
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
text_value = st.one_of(
    newsy_text.map(lambda t: (t[0], t[1] | {"jsonl: text newsy"})),
    _tagged(any_text, "jsonl: text unicode"),
    _tagged(json_values, "jsonl: text JSON value"),  # type: ignore[arg-type]
)


def nested_line(depth: int, closed: bool) -> Tagged:
    line = "[" * depth + "]" * (depth if closed else 0)  # deeply nested
    return line, frozenset({f"jsonl: nested {depth} closed {closed}"})


def jsonl_covering() -> list[tuple[Tagged, str]]:
    """(text, encoding) pairs with every nested line of `jsonl_line` (explicit examples)."""
    lines = [nested_line(d, c) for d in JSONL_DEPTHS for c in (True, False)]
    return [(line, JSONL_ENCODINGS[i % 3]) for i, line in enumerate(lines)]


@st.composite
def jsonl_line(draw: st.DrawFn) -> Tagged:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=60)), frozenset({"jsonl: not JSON"})
    if kind == 1:
        return json.dumps(draw(json_values)), frozenset({"jsonl: any JSON value"})
    if kind == 2:
        depth = draw(st.sampled_from(JSONL_DEPTHS))
        return nested_line(depth, draw(st.sampled_from([0, depth])) > 0)
    obj = {}
    branches = {"jsonl: object"}
    if draw(st.integers(0, 4)):
        obj["text"], text_branches = draw(text_value)
        branches |= text_branches
    else:
        branches.add("jsonl: no text")
    for key in JSONL_KEYS:
        if draw(st.booleans()):
            obj[key] = draw(st.one_of(st.text(max_size=20), json_values))
            branches.add(f"jsonl: key {key}")
    ascii_only = draw(st.booleans())
    branches.add(f"jsonl: ascii {ascii_only}")
    line = json.dumps(obj, ensure_ascii=ascii_only, allow_nan=True)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"), frozenset(branches)


jsonl_text = st.lists(
    st.one_of(
        jsonl_line(),
        st.just(("", frozenset({"jsonl: empty line"}))),
        st.just(("   ", frozenset({"jsonl: blank line"}))),
    ),
    min_size=1,
    max_size=12,
).map(_joined("\n"))

EXPECTED_BRANCHES = frozenset(
    {f"unicode: {e}" for e in ENCODINGS}
    | {f"{s}: {x}" for s in ("unicode", "newsy", "bytes") for x in SUFFIXES}
    | {f"newsy: {e}" for e in ENCODINGS[:3] + ["cp1252"]}
    | {"line: seed", "line: spaced fragments", "line: glued"}
    | {f"html: {e}" for e in HTML_ENCODINGS}
    | {f"html: depth {d}" for d in HTML_DEPTHS}
    | {"html: closed True", "html: closed False"}
    | {f"html: junk {j!r}" for j in HTML_JUNK}
    | {f"html: head {i}" for i in range(len(HTML_HEADS))}
    | {f"html: tag {t}" for t in HTML_TAGS}
    | {f"jsonl: {e}" for e in JSONL_ENCODINGS}
    | {"jsonl: not JSON", "jsonl: any JSON value", "jsonl: object", "jsonl: no text"}
    | {f"jsonl: nested {d} closed {c}" for d in JSONL_DEPTHS for c in (True, False)}
    | {"jsonl: text newsy", "jsonl: text unicode", "jsonl: text JSON value"}
    | {f"jsonl: key {k}" for k in JSONL_KEYS}
    | {"jsonl: ascii True", "jsonl: ascii False", "jsonl: empty line", "jsonl: blank line"}
)
