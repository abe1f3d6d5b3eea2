"""One document's rows: `split_document` structures a document and extracts its claim units as
the store's document, source, post and claim rows (pure); `split_file` reads and splits one file.

Ids (see `annotator.ids`): document = hash of (text, outlet, URL or file name), see
`identity.py` (older stores keep their text-hash ids); post = hash of (document, index);
claim = hash of (document, start, end, text). Splitting the same file twice stores nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.ids import claim_hasher, content_hash
from annotator.split.document import ClaimDraft, RawDocument, StructuredDocument
from annotator.split.identity import document_id
from annotator.split.version import SPLITTER_VERSION


@dataclass
class SplitDocument:
    """One document's rows, ready to store (picklable: crosses process boundaries)."""

    document: dict[str, Any]
    source: dict[str, Any] | None
    posts: list[dict[str, Any]]
    claims: list[dict[str, Any]]


def claim_id(doc_id: str, start: int, end: int, text: str) -> str:
    return claim_hasher(doc_id)(start, end, text)  # content_hash(["claim", ...])


def post_id(doc_id: str, index: int) -> str:
    return content_hash(["post", doc_id, index])


def source_id(name: str, kind: str) -> str:
    return content_hash(["source", name.strip().lower(), kind])


def split_document(raw: RawDocument, lang: str | None = None) -> SplitDocument:
    """Structure one document and extract its claim units (pure: no I/O).

    `lang` forces the language of the document, its posts and claims; else it is detected.
    """
    from annotator.split.claims import extract_claims
    from annotator.split.structure import structure

    doc: StructuredDocument = structure(raw)
    doc_lang, post_langs = _languages(doc, lang)
    drafts: list[ClaimDraft] = extract_claims(doc, lang=doc_lang, post_langs=post_langs)
    source = None
    if doc.source:
        source = {
            "id": source_id(doc.source, doc.source_kind),
            "name": doc.source,
            "kind": doc.source_kind,
        }
    doc_id = document_id(raw.text, doc.source, doc.url or raw.url, raw.path)
    pids = {p.index: post_id(doc_id, p.index) for p in doc.posts}
    posts = [
        {
            "id": pids[p.index],
            "document_id": doc_id,
            "index": p.index,
            "author": p.author,
            "posted": p.posted,
            "start": p.start,
            "end": p.end,
            "quoted_post_id": pids.get(p.quoted_post_index) or post_id(doc_id, p.quoted_post_index)
            if p.quoted_post_index is not None
            else None,
            "lang": post_langs.get(p.index, doc_lang),
        }
        for p in doc.posts
    ]
    claims = []
    seen: set[str] = set()
    claim_hash = claim_hasher(doc_id)  # `claim_id(doc_id, …)`, the key's head written once
    for d in drafts:
        if raw.text[d.start : d.end] != d.text:  # the offsets contract: never store a bad span
            continue
        cid = claim_hash(d.start, d.end, d.text)
        if cid in seen:
            continue
        seen.add(cid)
        claims.append(
            {
                "id": cid,
                "document_id": doc_id,
                "post_id": (pids.get(d.post_index) or post_id(doc_id, d.post_index))
                if d.post_index is not None
                else None,
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "speaker": d.speaker,
                "cue": d.cue,
                "quote": bool(d.quote),
                "speaker_start": d.speaker_span[0] if d.speaker_span else None,
                "speaker_end": d.speaker_span[1] if d.speaker_span else None,
                "content_start": d.content_span[0] if d.content_span else None,
                "content_end": d.content_span[1] if d.content_span else None,
                "context": d.context,
                "context_start": d.context_start,
                "checkworthiness": float(d.checkworthiness),
                "features": d.features or {},
                "splitter_version": SPLITTER_VERSION,
                "lang": post_langs.get(d.post_index, doc_lang)
                if d.post_index is not None
                else doc_lang,
            }
        )
    document = {
        "id": doc_id,
        "source_id": source["id"] if source else None,
        "path": raw.path,
        "format": raw.format,
        "title": doc.title or raw.title,
        "url": doc.url or raw.url,
        "author": doc.author or raw.author,
        "published": doc.published,  # ISO (structure() parses what the file gave)
        "text": raw.text,
        "boilerplate": [list(span) for span in doc.boilerplate],
        "splitter_version": SPLITTER_VERSION,
        "lang": doc_lang,
    }
    return SplitDocument(document, source, posts, claims)


def _languages(doc: StructuredDocument, forced: str | None) -> tuple[str | None, dict[int, str]]:
    """The document's language and each forum post's own (a forced language wins)."""
    if forced:
        return forced, {p.index: forced for p in doc.posts}
    from annotator.split import language

    spans = [(b.start, b.end) for b in doc.blocks]
    doc_lang = language.detect_parts(doc.text, spans)
    posts: dict[int, str] = {}
    if doc.posts:
        by_post: dict[int, list[tuple[int, int]]] = {}
        for b in doc.blocks:
            if b.post_index is not None:
                by_post.setdefault(b.post_index, []).append((b.start, b.end))
        for index, post_spans in by_post.items():
            found = language.detect_parts(doc.text, post_spans, language.POST_SAMPLE_CHARS)
            if found:
                posts[index] = found
    return doc_lang, posts


def split_file(path: str, lang: str | None = None) -> tuple[list[SplitDocument], list[str]]:
    """Read and split one file; problems come back as one-line messages, never raised."""
    from annotator.split.ingest import read_documents

    try:
        raws, problems = read_documents(Path(path))
    except AnnotatorError as exc:
        return [], [str(exc)]
    out, errors = [], [str(p) for p in problems]
    for raw in raws:
        try:
            out.append(split_document(raw, lang))
        except Exception as exc:  # noqa: BLE001 - a splitter bug must not lose the other files
            errors.append(f"{raw.path}: cannot split ({type(exc).__name__}: {exc})".splitlines()[0])
    return out, errors
