"""Plain data passed along the split stage (no I/O, no database).

ingest -> RawDocument -> structure (boilerplate, forum posts, metadata) -> StructuredDocument
-> claims (sentences, attribution, check-worthiness) -> ClaimDraft -> clusters -> ClaimUnit rows.

All offsets are Python string indices into `text` (the document text as stored), half-open:
`text[start:end]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One document as read from a file: its text and whatever metadata the file gave."""

    path: str  # file path, with ":<line>" for a JSONL line
    format: str  # txt | html | jsonl
    text: str  # the text offsets point into (for HTML: the extracted main text)
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Block:
    """A span of claim material: a paragraph (or a post's own lines) with no boilerplate."""

    start: int
    end: int
    post_index: int | None = None  # the forum post this block belongs to
    headline: bool = False  # a title kept as claim material (`metadata.Header.headline`)


@dataclass
class PostSpan:
    """A forum post: its author card is boilerplate, its body is blocks."""

    index: int
    author: str | None
    posted: str | None  # ISO date when found
    start: int
    end: int
    quoted_post_index: int | None = None  # an earlier post this one quotes in full
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # quoted text, not its own


@dataclass
class StructuredDocument:
    """A document with boilerplate marked, posts segmented and metadata found."""

    raw: RawDocument
    blocks: list[Block]
    boilerplate: list[tuple[int, int, str]]  # (start, end, kind) removed, kept for audit
    posts: list[PostSpan] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    source_kind: str = "news"  # news | forum | wire | unknown
    published: str | None = None
    author: str | None = None
    url: str | None = None

    @property
    def text(self) -> str:
        return self.raw.text


@dataclass
class ClaimDraft:
    """A claim unit before ids and clusters: a checkable statement with its attribution."""

    start: int
    end: int
    text: str
    post_index: int | None = None
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False  # direct speech
    speaker_span: tuple[int, int] | None = None  # the speaker's mention (document offsets)
    content_span: tuple[int, int] | None = None  # the reported words inside the claim
    context: str = ""  # the paragraph (or forum post) holding the claim
    context_start: int | None = None  # document offset of `context`
    checkworthiness: float = 0.0
    features: dict[str, Any] = field(default_factory=dict)
