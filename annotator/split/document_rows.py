"""One document's rows: `split_document` structures a document and extracts its claim units as
the store's document, source, post and claim rows (pure); `split_file` reads and splits one file.

Ids (see `annotator.ids`): document = hash of (text, outlet, URL or file name), see
`identity.py` (older stores keep their text-hash ids); post = hash of (document, index);
claim = hash of (document, start, end, text). Splitting the same file twice stores nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.ids import content_hash, sha256
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
    return claim_hash(claim_key(doc_id), start, end, text)  # content_hash(["claim", ...])


def claim_key(doc_id: str) -> Any:
    """A SHA-256 over the head of a claim's id key (`["claim",doc_id,`), the same for every
    claim of a document: `claim_hash` goes on from a copy of it."""
    return sha256(f'["claim",{encode_basestring(doc_id)},'.encode())


def claim_hash(key: Any, start: int, end: int, text: str) -> str:
    """`content_hash(["claim", doc_id, start, end, text])` built directly (compiled: the stage
    hashes every claim), `key` = `claim_key(doc_id)`. A text with no quote, backslash or
    character JSON escapes (`str.isprintable` is false on every control character) is written
    between quotes as it is, without `encode_basestring`'s pass."""
    if '"' in text or "\\" in text or not text.isprintable():
        quoted = encode_basestring(text)
    else:
        quoted = f'"{text}"'
    h = key.copy()
    h.update(f"{int(start)},{int(end)},{quoted}]".encode())
    return str(h.hexdigest()[:16])


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
    key = claim_key(doc_id)  # `claim_id(doc_id, …)`, the key's head hashed once
    text = raw.text
    for d in drafts:  # each field read once (a draft is a Python object: a lookup a read)
        start, end, claim_text = d.start, d.end, d.text
        if text[start:end] != claim_text:  # the offsets contract: never store a bad span
            continue
        cid = claim_hash(key, start, end, claim_text)
        if cid in seen:
            continue
        seen.add(cid)
        post, speaker_span, content_span = d.post_index, d.speaker_span, d.content_span
        claims.append(
            {
                "id": cid,
                "document_id": doc_id,
                "post_id": (pids.get(post) or post_id(doc_id, post)) if post is not None else None,
                "text": claim_text,
                "start": start,
                "end": end,
                "speaker": d.speaker,
                "cue": d.cue,
                "quote": bool(d.quote),
                "speaker_start": speaker_span[0] if speaker_span else None,
                "speaker_end": speaker_span[1] if speaker_span else None,
                "content_start": content_span[0] if content_span else None,
                "content_end": content_span[1] if content_span else None,
                "context": d.context,
                "context_start": d.context_start,
                "checkworthiness": float(d.checkworthiness),
                "features": d.features or {},
                "splitter_version": SPLITTER_VERSION,
                "lang": post_langs.get(post, doc_lang) if post is not None else doc_lang,
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
