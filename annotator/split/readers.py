"""Input shards in, RawDocuments out, one document at a time (memory does not grow with a shard).

A shard is one file:

- `.jsonl` / `.jsonl.gz`: one document a line, the same fields as `ingest` reads
  (`{"text": ..., "title"?, "url"?, "source"?, "published"?, "author"?}`); path `file:LINE`.
- `.parquet`: a `text` column and any of the optional ones; path `file:ROW` (1-based).
- `.warc` / `.warc.gz`: web archive `response` (and `resource`) records; HTML goes through the
  same extraction as an `.html` file (`ingest.html_document`), `text/plain` is kept as is; the
  record's `WARC-Target-URI` is the url when the page gives none; path `file:RECORD` (1-based,
  counting the records read). Other records (requests, metadata, images) are skipped.
- `.txt`, `.html`, `.htm`: one document, as `annotator split` reads them.

A bad line or record is a problem (one line naming `file:N`); the others still come through.
A document holding a NUL character or a lone surrogate is one (`ingest.refuse_unstorable`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from annotator.errors import AnnotatorError
from annotator.split.document import RawDocument
from annotator.split.ingest import (
    OPTIONAL_FIELDS,
    SUPPORTED_SUFFIXES,
    _jsonl_document,
    decode_bytes,
    html_document,
    normalise_newlines,
    read_documents,
    refuse_unstorable,
)

SHARD_SUFFIXES = (".jsonl.gz", ".jsonl", ".parquet", ".warc.gz", ".warc", *SUPPORTED_SUFFIXES)
MAX_RECORD_BYTES = 20 * 1024 * 1024

Item = RawDocument | AnnotatorError


def shard_kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in SHARD_SUFFIXES:
        if name.endswith(suffix):
            return suffix.lstrip(".").removesuffix(".gz")
    return None


def expand_shards(paths: Iterable[str | Path]) -> list[Path]:
    """Shard files: folders become their shard files (recursive, sorted); duplicates dropped."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and shard_kind(p))
        elif path.is_file():
            if not shard_kind(path):
                raise AnnotatorError(
                    "unsupported shard type; expected " + ", ".join(SHARD_SUFFIXES), path=str(path)
                )
            found = [path]
        else:
            raise AnnotatorError("no such file or folder", path=str(path))
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def read_shard(path: str | Path) -> Iterator[Item]:
    """Documents of one shard, in file order, with problems in between (never raised)."""
    path = Path(path)
    kind = shard_kind(path)
    name = str(path)
    try:
        if kind == "jsonl":
            yield from _jsonl(path, name)
        elif kind == "parquet":
            yield from _parquet(path, name)
        elif kind == "warc":
            yield from _warc(path, name)
        elif kind in ("txt", "html", "htm"):
            docs, problems = read_documents(path)
            yield from problems
            yield from docs
        else:
            yield AnnotatorError("unsupported shard type", path=name)
    except AnnotatorError as exc:
        yield exc
    except (OSError, EOFError, ValueError) as exc:  # truncated gzip, unreadable file
        yield AnnotatorError(f"cannot read shard ({type(exc).__name__}: {exc})", path=name)


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _jsonl(path: Path, name: str) -> Iterator[Item]:
    with _open(path) as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                yield _jsonl_document(line.rstrip("\r\n"), name, number)
            except UnicodeDecodeError as exc:
                yield AnnotatorError(f"not UTF-8 (offset {exc.start})", path=name, line=number)
            except AnnotatorError as exc:
                yield exc


def _parquet(path: Path, name: str) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        raise AnnotatorError(f"not a Parquet file ({exc})".splitlines()[0], path=name) from None
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        raise AnnotatorError('no "text" column', path=name)
    columns = ["text", *(c for c in OPTIONAL_FIELDS if c in names)]
    row = 0
    for batch in pf.iter_batches(batch_size=1024, columns=columns):
        for rec in batch.to_pylist():
            row += 1
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                yield AnnotatorError('"text" is empty or not a string', path=name, line=row)
                continue
            extra = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in columns[1:]}
            doc = RawDocument(
                path=f"{name}:{row}", format="parquet", text=normalise_newlines(text), **extra
            )
            try:
                yield refuse_unstorable(doc, name, row)
            except AnnotatorError as exc:
                yield exc


def _warc(path: Path, name: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        number = 0
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                number += 1
                item = _warc_record(record, name, number)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield AnnotatorError(f"not a WARC file ({exc})".splitlines()[0], path=name)


def _warc_record(record, name: str, number: int) -> Item | None:  # type: ignore[no-untyped-def]
    where = f"{name}:{number}"
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    ctype = ctype.lower()
    is_html = "html" in ctype
    if not is_html and "text/plain" not in ctype:
        return None
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return AnnotatorError("record over the 20 MB limit", path=name, line=number)
    try:
        text = _decode(data, ctype, where)
        if is_html:
            doc = html_document(text, where)
        else:
            doc = refuse_unstorable(
                RawDocument(path=where, format="txt", text=normalise_newlines(text)), where
            )
    except AnnotatorError as exc:
        return AnnotatorError(str(exc).removeprefix(f"{where}: "), path=name, line=number)
    if not doc.text.strip():
        return AnnotatorError("no text in record", path=name, line=number)
    doc.format = "warc"
    doc.url = doc.url or record.rec_headers.get_header("WARC-Target-URI")
    return doc


def _decode(data: bytes, ctype: str, where: str) -> str:
    charset = ""
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, where)
