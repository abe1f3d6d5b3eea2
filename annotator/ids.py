"""Stable content ids.

Contract: an id is the first 16 hex digits of SHA-256 over the canonical JSON of its inputs:
`json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` encoded as UTF-8.
The same input gives the same id on any machine.
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


def canonical_json(value: Any) -> str:
    if type(value) is list:  # the ids' common shape, a flat list: the same text, 2x faster
        flat = _flat_list(value)
        if flat is not None:
            return flat
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _flat_list(value: list[Any]) -> str | None:
    """Canonical JSON of a list of str, int and None (else None), as `json.dumps` writes it."""
    parts = []
    for v in value:
        t = type(v)
        if t is str:
            parts.append(encode_basestring(v))
        elif t is int:
            parts.append(int.__repr__(v))
        elif v is None:
            parts.append("null")
        else:
            return None
    return "[" + ",".join(parts) + "]"


def content_hash(value: Any, length: int = 16) -> str:
    """Hex SHA-256 of the canonical JSON of `value`, cut to `length` digits."""
    return json_hash(canonical_json(value), length)


def json_hash(canonical: str, length: int = 16) -> str:
    """Hex SHA-256 of an already canonical JSON text, cut to `length` digits."""
    return sha256(canonical.encode("utf-8")).hexdigest()[:length]


def text_hash(text: str, length: int = 16) -> str:
    return sha256(utf8(text)).hexdigest()[:length]


_EMPTY_SHA256 = hashlib.sha256()


def sha256(data: bytes) -> Any:
    """`hashlib.sha256(data)`, begun as a copy of an empty one: `hashlib.sha256` looks its
    digest up by name on every call (Python 3.11: ~7,000 instructions, more than hashing a
    claim's id key). A copy of the result goes on from its bytes (`document_rows.claim_key`)."""
    h = _EMPTY_SHA256.copy()
    h.update(data)
    return h


_last_utf8: tuple[str | None, bytes] = (None, b"")  # the last text `utf8` encoded, its bytes


def utf8(text: str) -> bytes:
    """`text.encode("utf-8")`, kept for the last text encoded: the split stage encodes a
    document for its dominant script (`scripts.dominant_script`) and for its id
    (`identity.document_id` -> `text_hash`); the second reads the first's bytes. The text is
    held, so no other object can take its identity; text and bytes are one tuple, read and
    replaced whole, so threads never see one text's bytes for another."""
    global _last_utf8
    last = _last_utf8
    if text is last[0]:
        return last[1]
    data = text.encode("utf-8")
    _last_utf8 = (text, data)
    return data
