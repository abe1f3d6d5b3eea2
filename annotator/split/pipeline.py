"""The split stage: documents in, claim units stored.

files -> `document_rows.split_file` (ingest.read_documents -> structure.structure ->
claims.extract_claims: pure, per file, run on all cores) -> `storing.write_documents` (bulk, one
transaction per batch) -> `storing.recluster` over every stored claim (cluster ids link the same
claim across documents). Ids: see `document_rows`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.split.document_rows import SplitDocument, split_document, split_file
from annotator.split.gc_tuning import relax_gc, relaxed_gc
from annotator.split.write_batches import BATCH_CLAIMS, idle_batch, tail_due

if TYPE_CHECKING:
    from annotator.split.claim_reads import claim_rows, iter_claim_rows
    from annotator.split.storing import recluster, write_documents

# `split_document`, `split_file` and `SplitDocument` stay importable from here, the stage's entry
__all__ = [
    "SplitDocument",
    "claim_rows",
    "iter_claim_rows",
    "recluster",
    "split_document",
    "split_file",
    "split_paths",
    "write_documents",
]
_STORING = frozenset(["recluster", "write_documents"])
_READS = frozenset(["claim_rows", "iter_claim_rows"])


def __getattr__(name: str) -> Any:
    """The store side (`storing`, `claim_reads`), imported on first use: the split workers are
    forked before the parent imports SQLAlchemy and the store's models (~1 CPU s), which then
    overlaps them."""
    if name in _STORING:
        from annotator.split import storing

        return getattr(storing, name)
    if name in _READS:
        from annotator.split import claim_reads

        return getattr(claim_reads, name)
    raise AttributeError(name)


@dataclass
class SplitSummary:
    files: int = 0
    documents_new: int = 0
    documents_existing: int = 0
    claims_new: int = 0
    claim_ids: list[str] = field(default_factory=list)  # claims of the given documents, in order
    errors: list[str] = field(default_factory=list)  # one line each: "path:line: problem"

    @property
    def claims(self) -> int:
        return len(self.claim_ids)


def _workers(n_files: int, total_bytes: int) -> int:
    if n_files < 4 or total_bytes < 2_000_000:
        return 1
    return max(1, min(os.cpu_count() or 1, n_files))


def iter_split(
    paths: Sequence[Path],
    workers: int | None = None,
    lang: str | None = None,
    started: Callable[[], None] | None = None,
    idle: Callable[[int], None] | None = None,
) -> Iterable[tuple[str, list[SplitDocument], list[str]]]:
    """Split files in input order, on all cores when there are many.

    `started` is called once the work has started (the worker processes forked), before the
    first result: the caller's own set-up (e.g. opening the store) then overlaps the workers.
    `idle(files_left)` is called when the next result is not ready yet (workers only), with the
    number of files whose results are still to come: the caller may do work it would otherwise
    do later (e.g. write what it holds) instead of waiting.
    """
    sizes = sum(p.stat().st_size for p in paths if p.exists())
    n = workers or _workers(len(paths), sizes)
    names = [str(p) for p in paths]
    if n <= 1:
        if started:
            started()
        for name in names:
            docs, errors = split_file(name, lang)
            yield name, docs, errors
        return
    _import_stage(load_model=not lang)  # forked workers share these, not importing each
    chunks = [names[k : k + CHUNK_FILES] for k in range(0, len(names), CHUNK_FILES)]
    with ProcessPoolExecutor(max_workers=n, initializer=relax_gc) as pool:
        try:
            futures = [pool.submit(_split_files_encoded, chunk, lang) for chunk in chunks]
            if started:
                started()
            for k, (chunk, future) in enumerate(zip(chunks, futures, strict=True)):
                if idle and not future.done():
                    idle(len(names) - k * CHUNK_FILES)
                for name, (docs, errors) in zip(chunk, future.result(), strict=True):
                    yield name, [_decoded(doc) for doc in docs], errors
        except BaseException:
            pool.shutdown(cancel_futures=True)  # an error (or a consumer gone): no more files
            raise


CHUNK_FILES = 4  # files per task sent to a worker


def _split_files_encoded(
    paths: list[str], lang: str | None
) -> list[tuple[list[SplitDocument], list[str]]]:
    return [_split_file_encoded(path, lang) for path in paths]


# `json.dumps` with its default settings from one C encoder made once (`dumps` makes one per
# call: about half its time on a claim's features); None without the C accelerator.
# arguments: markers (None: no circular check), default, string encoder, indent, key and item
# separators, sort_keys, skipkeys, allow_nan: those of `json.dumps()`
_ENCODER = json.encoder.c_make_encoder and json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, json.JSONEncoder().default, json.encoder.encode_basestring_ascii, None,
    ": ", ", ", False, False, True,
)  # fmt: skip


def _dumps(value: Any) -> str:
    """`json.dumps(value)`."""
    if _ENCODER is None:
        return json.dumps(value)
    return "".join(_ENCODER(value, 0))


def _split_file_encoded(path: str, lang: str | None) -> tuple[list[SplitDocument], list[str]]:
    """`split_file` in a worker: claim features come back as JSON text (`json.dumps`, as the
    store encodes them: `bulk_rows._bulk_insert`), one string each instead of a dict for the
    parent to unpickle and encode. A claim's text and context are slices of the document's
    text, which is sent anyway: they go as None and the context's length, and the parent cuts
    them again (`_decoded`) instead of pickling a second copy of each (a long paragraph gives
    each of its sentences a context of up to `claims.CONTEXT_MAX` characters of its own)."""
    docs, errors = split_file(path, lang)
    for doc in docs:
        for claim in doc.claims:
            claim["features"] = _dumps(claim["features"])
            claim["text"] = None
            claim["context"] = len(claim["context"])
    return docs, errors


def _decoded(doc: SplitDocument) -> SplitDocument:
    """A document from `_split_file_encoded` with its claims' texts and contexts cut again from
    its text (claims with the same context share one string, as the worker's did)."""
    text = doc.document["text"]
    contexts: dict[tuple[int, int], str] = {}
    for claim in doc.claims:
        claim["text"] = text[claim["start"] : claim["end"]]
        key = (claim["context_start"], claim["context"])
        context = contexts.get(key)
        if context is None:
            context = contexts[key] = text[key[0] : key[0] + key[1]]
        claim["context"] = context
    return doc


def _import_stage(load_model: bool) -> None:
    """Import the modules `split_file` uses (~0.7 CPU s) and load the language detector's
    model (unless the language is forced): done once before forking the workers, which then
    share them instead of each importing and loading its own."""
    import annotator.split.claims
    import annotator.split.ingest
    import annotator.split.structure  # noqa: F401
    from annotator.split import language

    if load_model:
        language.preload()


def split_paths(
    paths: Sequence[str | Path],
    *,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
    db_url: str | None = None,
    lang: str | None = None,
) -> SplitSummary:
    """Split files/folders and store documents and claim units, then cluster the store.

    Documents are written in batches (`storing.write_documents`, one transaction each, so each
    document is all-or-nothing) of up to `BATCH_CLAIMS` claims, or from `idle_batch` on
    whenever the workers have no result ready, or as many as the files still to come are
    expected to give (`tail_due`), so little is left to write after them;
    clustering runs once at the end (`storing.recluster`). Into a store without claims, the
    cluster id index is built by that clustering (`cluster_index`); a split stopped before it
    leaves it to the next split or `annotator recluster`, as its clusters.

    `lang` (e.g. "de") forces the language instead of detecting it per document and post.
    """
    from annotator.split.clusters import TextFeatures, guess_clusters
    from annotator.split.ingest import expand_paths
    from annotator.split.language import normalize

    lang = normalize(lang) if lang else None
    files = expand_paths([Path(p) for p in paths])

    def open_store() -> None:  # imported, created or migrated while the workers start
        from annotator import store

        store.engine(db_url)

    features = TextFeatures()  # the final clustering's per-text work, done batch by batch
    numbers: dict[str, int] = {}  # claim id -> its text's number in `features`: not read back
    smallest: dict[int, str] = {}  # exact-duplicate key -> the smallest claim id written

    def provisional(claims: list[dict[str, Any]]) -> None:  # the new claims, before the insert
        features.add((c["text"] for c in claims), gram_codes=True)
        guess_clusters(claims, features, smallest)  # so the recluster rewrites fewer rows
        found = features.text_numbers([c["text"] for c in claims]).tolist()
        numbers.update(zip([c["id"] for c in claims], found, strict=True))

    with relaxed_gc():
        summary = SplitSummary(files=len(files))
        batch: list[SplitDocument] = []
        pending = received = 0  # claims (+1 a document) held; received from the workers
        own: int | None = 0  # documents written while the store held no other (else None)

        def flush() -> None:
            nonlocal pending, own
            if not batch:
                return
            from annotator import store
            from annotator.split.storing import write_documents

            with store.session(db_url) as s:  # the first claims: the cluster index after
                written = write_documents(
                    s,
                    batch,
                    defer_cluster_index=not summary.claims_new,
                    own_documents=own,
                    provisional=provisional,
                )
            for item in batch:  # after the write: a legacy document's rows are re-keyed there
                summary.claim_ids.extend(c["id"] for c in item.claims)
            summary.documents_new += written.documents_new
            summary.documents_existing += written.documents_existing
            summary.claims_new += written.claims_new
            own = summary.documents_new if written.only_own else None
            batch.clear()
            pending = 0

        def idle(files_left: int) -> None:  # the workers are busy: write now, not after them
            done = len(files) - files_left
            if pending >= idle_batch(summary.claims_new) or tail_due(
                pending, received, done, files_left
            ):
                flush()

        for name, docs, errors in iter_split(files, workers, lang, open_store, idle):
            summary.errors.extend(errors)
            for item in docs:
                batch.append(item)
                pending += len(item.claims) + 1
                received += len(item.claims) + 1
            if pending >= BATCH_CLAIMS:
                flush()
            if progress:
                progress(name)
        flush()
        if summary.documents_new:
            from annotator.split.storing import recluster

            recluster(db_url, features, numbers)
        return summary
