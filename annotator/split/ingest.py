"""Files in, RawDocuments out: the first step of the split stage.

Supported inputs (a folder means every supported file under it, recursively, sorted):

- `.txt`: a scraped page as plain text, stored as is (newlines normalised).
- `.html` / `.htm`: the main text and metadata (title, author, date, url, site name),
  extracted with trafilatura; the extracted text is what gets stored and what offsets point into.
- `.jsonl`: one document a line, `{"text": ..., "title"?, "url"?, "source"?, "published"?,
  "author"?}`; each document's path is `file.jsonl:LINE`. A bad line is reported and the other
  lines still become documents; blank lines are skipped.

Decoding: UTF-8 (with or without BOM), UTF-16 with a BOM. Anything else is refused rather than
guessed, with one exception: bytes that are not UTF-8 are decoded as cp1252 only when every
non-ASCII byte is one of cp1252's punctuation bytes 0x80-0x9F (curly quotes, dashes, ellipsis,
bullet). Those bytes are control codes in every ISO-8859 charset, so the guess is unambiguous;
letters in 0xA0-0xFF are not (Latin-1, Latin-2 and Cyrillic all put letters there), so a file
holding them is refused. NUL bytes without a UTF-16 BOM, or more than 5% control characters,
mean a binary file. A file over `MAX_FILE_BYTES` is refused from its `stat` size, before reading.
A document whose text or metadata still holds a NUL character (a JSONL `\\u0000` escape, UTF-16
text) is refused too, as one problem naming its file (and line): PostgreSQL cannot store one and
SQLite can, so refusing it at ingest makes both stores keep the same documents.

The text is kept character for character except for newlines: `\\r\\n` and a lone `\\r` become
`\\n`, so offsets are into the normalised text, which is what gets stored.

HTML extractor choice, measured on 5 hand-written pages (news, wire, blog with figure caption,
forum thread, story with teaser; each with nav, cookie banner, related-links aside and footer)
with a known main text and metadata (`tests/test_ingest.py::HTML_PAGES`); token F1 of the
extracted text against the main text:

    extractor                          mean token F1 (min)   metadata fields right (of 25)
    trafilatura 2.2 bare_extraction    0.939 (0.887)         22
    own html.parser (<article>/<main>) 0.865 (0.773)         21

Trafilatura wins and is already a dependency. Both keep the <h1> title line and in-body
teasers; `structure()` marks those as boilerplate afterwards (after it, 5 of 5 pages give
exactly their main paragraphs as blocks). Its misses: on the forum page it
took the first poster's handle as the author and his join date as the date (so forum metadata
from HTML needs checking), and it missed a "By X | date" byline. Where it finds no main text
(tiny pages) the own extractor is the fallback; page metadata trafilatura leaves empty is
filled from <meta>/<title>.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.split.document import RawDocument

MAX_FILE_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
OPTIONAL_FIELDS = ("title", "url", "source", "published", "author")
_CONTROL_LIMIT = 0.05
_CP1252_PUNCT = set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than \t\n\v\f\r


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: folders become their supported files (recursive, sorted), in order given.

    A missing path or an explicit file with an unsupported suffix raises AnnotatorError.
    Duplicates are dropped, first occurrence wins.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
                raise AnnotatorError(
                    f"unsupported file type {path.suffix or '(none)'!r}; expected {supported}",
                    path=str(path),
                )
            found = [path]
        else:
            raise AnnotatorError("no such file or folder", path=str(path))
        for p in found:
            if p not in seen:
                seen.add(p)
                out.append(p)
    return out


def read_documents(
    path: Path, *, max_bytes: int = MAX_FILE_BYTES
) -> tuple[list[RawDocument], list[AnnotatorError]]:
    """Read one file into documents. Problems come back as errors, never raised.

    A file-level problem (too big, binary, undecodable, empty) gives no documents and one error;
    a JSONL file gives one error per bad line and a document per good one.
    """
    name = str(path)
    try:
        fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise AnnotatorError(f"unsupported file type {path.suffix!r}", path=name)
        data = _read_bytes(path, name, max_bytes)
        text = normalise_newlines(decode_bytes(data, name))
        if not text.strip():
            raise AnnotatorError("file is empty (or whitespace only)", path=name)
        if fmt == "jsonl":
            return _read_jsonl(text, name)
        if fmt == "html":
            return [html_document(text, name)], []
        return [refuse_unstorable(RawDocument(path=name, format="txt", text=text), name)], []
    except AnnotatorError as err:
        return [], [err]


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise AnnotatorError(
                f"file is {size / 1024 / 1024:.1f} MB, over the {max_bytes / 1024 / 1024:.0f} MB "
                "limit; split it into smaller files",
                path=name,
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise AnnotatorError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    if len(data) > max_bytes:  # grew between stat and read
        raise AnnotatorError(f"file is over the {max_bytes} byte limit", path=name)
    return data


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Bytes to text by the rules in the module docstring; AnnotatorError if refused."""
    text: str | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise AnnotatorError("invalid UTF-16 despite its byte-order mark", path=name) from None
    elif b"\x00" in data:
        raise AnnotatorError(
            "binary file (NUL bytes); expected UTF-8 text (UTF-16 needs a byte-order mark)",
            path=name,
        )
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if all(b < 0x80 or b in _CP1252_PUNCT for b in data):
                text = data.decode("cp1252")
            else:
                raise AnnotatorError(
                    f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) and not "
                    "clean cp1252; re-save the file as UTF-8",
                    path=name,
                ) from None
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > _CONTROL_LIMIT:
        raise AnnotatorError("binary file (mostly control characters), not text", path=name)
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_jsonl(text: str, name: str) -> tuple[list[RawDocument], list[AnnotatorError]]:
    docs: list[RawDocument] = []
    errors: list[AnnotatorError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_jsonl_document(line, name, number))
        except AnnotatorError as err:
            errors.append(err)
    if not docs and not errors:
        errors.append(AnnotatorError("no documents in file", path=name))
    return docs, errors


def _jsonl_document(line: str, name: str, number: int) -> RawDocument:
    def fail(message: str) -> AnnotatorError:
        return AnnotatorError(message, path=name, line=number)

    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise fail("invalid JSON: nested too deeply") from None
    if not isinstance(obj, dict):
        raise fail(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        got = "missing" if "text" not in obj else f"a {type(text).__name__}"
        raise fail(f'"text" must be a string, it is {got}')
    if not text.strip():
        raise fail('"text" is empty')
    extra: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(f'"{key}" must be a string or null, it is a {type(value).__name__}')
        extra[key] = value
    doc = RawDocument(
        path=f"{name}:{number}", format="jsonl", text=normalise_newlines(text), **extra
    )
    return refuse_unstorable(doc, name, number)


def refuse_unstorable(doc: RawDocument, name: str, line: int | None = None) -> RawDocument:
    """`doc` as it is, or AnnotatorError (`name:line: ...`) when its text or a metadata field
    holds a NUL character, which PostgreSQL cannot store (SQLite can), or a lone surrogate
    (a JSON `\\ud800` escape with no pair), which is no Unicode text and no store can encode."""
    for key in ("text", *OPTIONAL_FIELDS):
        value = getattr(doc, key)
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise AnnotatorError(
                f'"{key}" holds a NUL character (U+0000), which a store cannot keep; remove it',
                path=name,
                line=line,
            )
        if not value.isascii() and (lone := _LONE_SURROGATE.search(value)):
            raise AnnotatorError(
                f'"{key}" holds a lone surrogate (U+{ord(lone.group()):04X}) at character '
                f"{lone.start() + 1}: half of a UTF-16 pair, not text; fix the escape",
                path=name,
                line=line,
            )
    return doc


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# --- HTML -------------------------------------------------------------------------------


def html_document(html: str, name: str) -> RawDocument:
    """Main text and metadata of an HTML page (trafilatura, own extractor as fallback)."""
    meta = _own_metadata(html)
    text = ""
    try:
        import trafilatura  # heavy import, only when HTML is read

        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=False)
        fields: dict[str, Any] = {}
        if isinstance(doc, dict):
            fields = doc
        elif doc is not None:
            fields = {
                k: getattr(doc, k, None)
                for k in ("text", "title", "author", "date", "url", "sitename")
            }
        text = fields.get("text") or ""
        for key, attr in (
            ("title", "title"),
            ("author", "author"),
            ("published", "date"),
            ("url", "url"),
            ("source", "sitename"),
        ):
            value = fields.get(attr)
            if isinstance(value, str) and value.strip():
                meta[key] = value.strip()
    except Exception:  # trafilatura failing on odd markup must not lose the file
        text = ""
    if not text.strip():
        text = own_extract_text(html)
    text = normalise_newlines(text)
    if not text.strip():
        raise AnnotatorError("no main text found in the HTML page", path=name)
    return refuse_unstorable(RawDocument(path=name, format="html", text=text, **meta), name)


_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "article", "section"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.article_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in ("article", "main"):
            self.article_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in ("article", "main") and self.article_depth:
            self.article_depth -= 1
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self._add(data)

    def _add(self, data: str) -> None:
        self.parts.append(data)
        if self.article_depth:
            self.article_parts.append(data)


def _parse(html: str) -> _TextParser:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything left is a broken page
        pass
    return parser


def own_extract_text(html: str) -> str:
    """The simple extractor: text of <article>/<main> (else the page) minus nav/header/footer."""
    parser = _parse(html)
    raw = "".join(parser.article_parts if "".join(parser.article_parts).strip() else parser.parts)
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _own_metadata(html: str) -> dict[str, str | None]:
    parser = _parse(html)
    m = parser.meta

    def first(*keys: str) -> str | None:
        for key in keys:
            value = m.get(key, "").strip()
            if value:
                return value
        return None

    return {
        "title": first("og:title", "twitter:title") or (parser.title.strip() or None),
        "author": first("author", "article:author"),
        "published": first("article:published_time", "date", "pubdate", "dc.date"),
        "url": first("og:url", "canonical"),
        "source": first("og:site_name", "application-name"),
    }
