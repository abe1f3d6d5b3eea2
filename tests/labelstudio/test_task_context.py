"""Task data from the real splitter's output: the paragraph holding the claim, the claim marked
once at its offsets, speaker and content marked, the whole document on demand, all escaped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from annotator.labelstudio.labelconfig import context_html, document_html, task_data
from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

PAGE = """Kabul airport blast: death toll rises
August 27, 2021

KABUL, Aug 27 (AP) — The toll rose to 170 on Friday, officials said. "We will not be deterred <b>from</b> our mission & we will finish it," Pentagon spokesman John Kirby said. Flights resumed at dawn.

The Taliban said they had arrested two suspects.
"""


class _Tags(HTMLParser):
    """Checks the markup nests and collects the text of each marked element."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.found: list[tuple[str, str]] = []
        self.texts: dict[int, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append((tag, dict(attrs).get("class") or ""))
        self.texts[len(self.stack)] = []

    def handle_endtag(self, tag: str) -> None:
        open_tag, cls = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        self.found.append((cls, "".join(self.texts.pop(len(self.stack) + 1))))

    def handle_data(self, data: str) -> None:
        for depth in self.texts:
            self.texts[depth].append(data)


def parse(markup: str) -> dict[str, list[str]]:
    p = _Tags()
    p.feed(markup)
    p.close()
    assert not p.stack
    out: dict[str, list[str]] = {}
    for cls, text in p.found:
        out.setdefault(cls, []).append(text)
    return out


def claims() -> tuple[str, list[dict]]:
    split = split_document(RawDocument(path="kabul.txt", format="txt", text=PAGE))
    return PAGE, split.claims


def test_context_is_the_paragraph_with_the_claim_marked_once() -> None:
    text, rows = claims()
    quoted = next(r for r in rows if "deterred" in r["text"])
    row = {**quoted, "document_text": text}
    marked = parse(context_html(row))
    assert marked["ann-claim"] == [quoted["text"]]
    [speaker] = marked["ann-speaker"]  # the stored mention, else the name found in the paragraph
    assert quoted["speaker"] in speaker and "Kirby" in speaker
    plain = html.unescape(re.sub(r"<[^>]+>", "", context_html(row)))
    assert plain == quoted["context"] and plain.startswith("The toll rose to 170")
    assert "KABUL" not in plain and plain.endswith("Flights resumed at dawn.")
    assert "<b>" not in context_html(row) and "&lt;b&gt;from&lt;/b&gt;" in context_html(row)
    assert "&amp; we will finish" in context_html(row)


def test_stored_speaker_and_content_spans_nest_inside_and_around_the_claim() -> None:
    text, rows = claims()
    quoted = next(r for r in rows if "deterred" in r["text"])
    s0 = text.index("Pentagon spokesman John Kirby")
    q0 = text.index("We will not")
    row = {
        **quoted,
        "document_text": text,
        "speaker_start": s0,
        "speaker_end": s0 + len("Pentagon spokesman John Kirby"),
        "content_start": q0,
        "content_end": text.index(",", q0 + 60),
    }
    for markup in (context_html(row), document_html(row)):
        marked = parse(markup)
        assert marked["ann-claim"] == [quoted["text"]]
        assert marked["ann-speaker"] == ["Pentagon spokesman John Kirby"]
        assert html.unescape(marked["ann-content"][0]).startswith("We will not be deterred")


def test_whole_document_and_old_rows_without_context_start() -> None:
    text, rows = claims()
    taliban = next(r for r in rows if r["text"].startswith("The Taliban"))
    data = task_data({**taliban, "document_text": text})
    doc = parse(data["document_html"])
    assert doc["ann-claim"] == [taliban["text"]]
    assert "KABUL, Aug 27 (AP)" in html.unescape(data["document_html"])
    # a claim stored before context_start: its line of the document is the context
    old = {**taliban, "context_start": None, "context": "neighbours only"}
    assert parse(context_html({**old, "document_text": text}))["ann-claim"] == [taliban["text"]]
    assert "neighbours only" not in context_html({**old, "document_text": text})
    # no document at hand, claim not in the stored context: the claim alone, once
    assert parse(context_html(old))["ann-claim"] == [taliban["text"]]
