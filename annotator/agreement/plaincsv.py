"""A numpy-only reader for plain CSV/TSV label tables (no pyarrow import: ~0.1 s of start-up).

"Plain" means what most exported label tables are: ASCII, no quotes, no carriage returns or NUL
bytes, every line with as many cells as the header, no cell starting or ending with whitespace.
The file is mapped read-only (no copy into the process); the delimiters and newlines are found
in one pass over its bytes, checked to form a regular grid, and each column is factorized
without making a Python string per cell:

- the bytes all of a column's cells share at the start are dropped (`item0` of `item012345`);
- the rest of every cell, if it fits in 16 bytes, is read in one unaligned 16-byte window per
  cell (1 byte when every cell is one byte long, 8 when no cell is longer);
- those bytes are compressed to dense codes 2 bytes at a time, most significant first (each
  2-byte column keeps only the values it has), so the codes follow the cells' code-point order
  and the distinct values are ranked by a table, not by sorting; the distinct values' text is
  rebuilt from the same tables.

Anything else (a quote, a wider cell, an empty item, a ragged line) makes `read_plain` return
None, and the caller falls back to the pyarrow reader, then to the row-by-row reader that names
the bad line.
"""

from __future__ import annotations

import mmap
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from annotator.agreement.labeltable import Column, LabelTable

if TYPE_CHECKING:
    import numpy.typing as npt

REQUIRED = ("item", "annotator", "label")
# Largest mixed-radix code range ranked by a dense table; wider columns are sorted instead.
DENSE_RANGE = 1 << 24
# MASKS[k]: the first k bytes of a little-endian 8-byte word.
MASKS = np.array([(1 << 8 * k) - 1 for k in range(9)], dtype=np.uint64)
NEWLINE, QUOTE = 10, 34
DECLINED = (0, 13, QUOTE)  # NUL, carriage return, quote: never in a plain file


def read_plain(path: Path, delimiter: str) -> LabelTable | None:
    """The label table of a plain CSV/TSV file, or None if the file is not plain."""
    with open(path, "rb") as f:
        try:  # the page cache's pages mapped as they are: no zeroed buffer, no copy
            data: mmap.mmap | bytes = mmap.mmap(
                f.fileno(),
                0,
                flags=mmap.MAP_PRIVATE | getattr(mmap, "MAP_POPULATE", 0),
                prot=mmap.PROT_READ,
            )
        except (ValueError, OSError, AttributeError, TypeError):  # empty file, no mmap
            data = f.read()
    start = 3 if data[:3] == b"\xef\xbb\xbf" else 0
    end = data.find(b"\n", start)
    if end < 0:
        return None
    try:
        header = data[start:end].decode("utf-8")
    except UnicodeDecodeError:
        return None
    names = header.split(delimiter)
    if any(c not in names for c in REQUIRED) or len(set(names)) != len(names):
        return None
    body = end + 1
    if len(data) == body:
        return None
    text = np.frombuffer(data, dtype=np.uint8, offset=body)
    if int(text.max()) > 127:  # not ASCII
        return None
    ends = _separators(text, ord(delimiter), len(names))
    if ends is None:
        return None
    starts = np.empty_like(ends)  # cell k is text[starts[k]:ends[k]]
    starts[0] = 0
    np.add(ends[:-1], 1, out=starts[1:])
    lengths = ends
    lengths -= starts
    starts, lengths = starts.reshape(-1, len(names)), lengths.reshape(-1, len(names))
    cells = {c: (starts[:, names.index(c)], lengths[:, names.index(c)]) for c in REQUIRED}
    keep = None
    if not lengths.all():  # some empty cell
        if any((cells[c][1] == 0).any() for c in ("item", "annotator")):
            return None  # the row reader names the line
        keep = cells["label"][1] > 0  # an empty label is a missing value
    columns: list[Column] = []
    cut = Window(data, body)
    for c in REQUIRED:
        s, n = cells[c]
        if keep is not None:
            s, n = s[keep], n[keep]
        if len(s) == 0:
            return None
        column = _factorize(cut, s, n)
        if column is None:
            return None
        columns.append(column)
    return LabelTable(*columns)


def _separators(
    text: npt.NDArray[np.uint8], delimiter: int, width: int
) -> npt.NDArray[np.int64] | None:
    """Offsets of the delimiters and newlines (a newline assumed after a last line without
    one), or None unless they form `width` cells a line, no cell holds a quote, a carriage
    return or a NUL byte, and no cell starts or ends with whitespace or a control byte.

    One comparison picks every byte up to the largest of delimiter, newline and quote; in the
    usual file those are all delimiters and newlines, and nothing else needs checking."""
    found = np.flatnonzero(text <= max(delimiter, QUOTE))
    byte = text[found]
    newline = byte == NEWLINE
    wanted = byte == delimiter
    wanted |= newline
    if not wanted.all():
        other = found[~wanted]
        other_byte = text[other]
        if np.isin(other_byte, DECLINED).any():
            return None
        space = other[other_byte <= 32]  # whitespace or a control byte inside the text
        if space.size:
            if space[0] == 0 or space[-1] == len(text) - 1:
                return None  # the first cell starts with it, or the last one ends with it
            around = np.concatenate([text[space - 1], text[space + 1]])
            if ((around == delimiter) | (around == NEWLINE)).any():
                return None  # a cell starts or ends with it
        found, newline = found[wanted], newline[wanted]
    lines = int(np.count_nonzero(newline))
    if text[-1] != NEWLINE:  # a last line without a newline
        found = np.append(found, len(text))
        newline = np.append(newline, True)
        lines += 1
    if len(found) != lines * width:  # a ragged or blank line
        return None
    if not newline.reshape(lines, width)[:, -1].all():
        return None
    return found


class Window:
    """Unaligned fixed-width reads of the text at cell offsets: no copy of the file. Offsets
    whose window would run past its end read from a zero-padded copy of the last bytes."""

    def __init__(self, data: mmap.mmap | bytes, body: int) -> None:
        self.data, self.body = data, body
        self.size = len(data) - body
        self.text = np.frombuffer(data, dtype=np.uint8, offset=body)

    def read(self, at: npt.NDArray[np.int64], width: int) -> npt.NDArray[np.uint64]:
        """The `width` (8 or 16) bytes at each offset (ascending) as width/8 little-endian
        words a row."""
        last = self.size - width  # the last offset with a whole window in the file
        out_dtype = f"V{width}"
        k = int(np.searchsorted(at, last, side="right"))
        tail = at[k:].copy()
        if k:
            at[k:] = last  # read in bounds, replaced below
            windows: npt.NDArray[np.void] = np.ndarray(
                (last + 1,), dtype=out_dtype, buffer=self.data, offset=self.body, strides=(1,)
            )
            got = windows[at]
            at[k:] = tail
        else:
            got = np.empty(len(at), dtype=out_dtype)
        if len(tail):
            first = max(int(tail[0]) - width, 0)
            padded = bytes(self.data[self.body + first :]) + bytes(width)
            near_end: npt.NDArray[np.void] = np.ndarray(
                (len(padded) - width + 1,), dtype=out_dtype, buffer=padded, strides=(1,)
            )
            got[k:] = near_end[tail - first]
        return got.view("<u8").reshape(len(at), width // 8)


def _first_varying_byte(words: npt.NDArray[np.uint64]) -> int:
    """The first byte (of the row's 8 * columns) not the same in every row; 8 * columns if none."""
    for w in range(words.shape[1]):
        column = words[:, w]
        varying = int(np.bitwise_or.reduce(column)) ^ int(np.bitwise_and.reduce(column))
        if varying:
            return 8 * w + ((varying & -varying).bit_length() - 1) // 8
    return 8 * words.shape[1]


def _masked(
    cut: Window, at: npt.NDArray[np.int64], n: npt.NDArray, low: int, high: int
) -> npt.NDArray[np.uint64]:
    """The first min(n, 16) bytes at each offset, zero-padded: 1 or 2 little-endian words
    (`low`, `high`: the least and most of n)."""
    words = cut.read(at, 8 if high <= 8 else 16)
    for w in range(words.shape[1]):
        if low >= 8 * (w + 1):
            continue  # every cell covers this word
        column = words[:, w]
        if low == high:
            column &= MASKS[low - 8 * w]
        else:
            column &= MASKS[np.clip(n - 8 * w, 0, 8)]
    return words


def _factorize(cut: Window, starts: npt.NDArray[np.int64], n: npt.NDArray) -> Column | None:
    """The distinct cells (sorted by code point) and each row's code, or None if, past the
    bytes every cell shares, some cell has more than 16 bytes."""
    low, high = int(n.min()), int(n.max())
    if high == 1:  # one byte a cell (labels 1-5): a table of the 256 byte values
        byte = cut.text[starts]
        present = np.zeros(256, dtype=np.bool_)
        present[byte] = True
        rank = np.cumsum(present, dtype=np.int64)
        rank -= 1
        values = np.flatnonzero(present)
        return Column([chr(v) for v in values.tolist()], rank[byte])
    shared = 0
    rest = high  # bytes past the `shared` ones every cell has in common
    words = _masked(cut, starts, n, low, high)
    while rest > 16:
        step = _first_varying_byte(words)
        if step == 0:
            return None
        shared += step
        rest -= step
        words = _masked(cut, starts + shared, n - shared, low - shared, high - shared)
    prefix = bytes(cut.text[starts[0] : starts[0] + shared]).decode("ascii")
    return _ranked(words, prefix)


def _ranked(words: npt.NDArray[np.uint64], prefix: str) -> Column:
    """Codes of the rows' byte strings (zero-padded words), in code-point order, and the
    distinct strings (each after `prefix`)."""
    rows, width = words.shape
    pairs = words.view(">u2").reshape(rows, 4 * width)  # 2 bytes at a time, in file order
    code = np.zeros(rows, dtype=np.int32)
    span = 1
    tables: list[tuple[int, npt.NDArray[np.intp], int]] = []  # pair, its values, radix
    for w in range(width):
        column = words[:, w]
        varying = int(np.bitwise_or.reduce(column)) ^ int(np.bitwise_and.reduce(column))
        for j in range(4):
            if not (varying >> (16 * j)) & 0xFFFF:
                continue  # the same 2 bytes in every row
            values = pairs[:, 4 * w + j].astype(np.intp)
            present = np.zeros(1 << 16, dtype=np.bool_)
            present[values] = True
            rank = np.cumsum(present, dtype=np.int32)
            radix = int(rank[-1])
            span *= radix
            if span > DENSE_RANGE:
                return _sorted(words, prefix)
            rank -= 1
            code *= radix
            code += rank[values]
            tables.append((4 * w + j, np.flatnonzero(present), radix))
    present = np.zeros(span, dtype=np.bool_)
    present[code] = True
    dense = np.cumsum(present, dtype=np.int64)  # int64: the codes callers get
    dense -= 1
    # The distinct strings: each present mixed-radix code split back into its 2-byte values.
    mixed = np.flatnonzero(present)
    distinct = np.empty((len(mixed), width), dtype=np.uint64)
    distinct[:] = words[0]  # the bytes no row changes
    distinct_pairs = distinct.view(">u2")
    for j, values, radix in reversed(tables):
        distinct_pairs[:, j] = values[mixed % radix]
        mixed //= radix
    return Column(_texts(distinct, prefix), dense[code])


def _sorted(words: npt.NDArray[np.uint64], prefix: str) -> Column:
    """_ranked for too many combinations: a sort of the byte strings (memory order is file
    order; NUL bytes, only padding here, end a bytes value)."""
    keys = np.ascontiguousarray(words).view(f"S{8 * words.shape[1]}").reshape(-1)
    distinct, codes = np.unique(keys, return_inverse=True)
    texts = _texts(distinct.view("<u8").reshape(len(distinct), words.shape[1]), prefix)
    return Column(texts, codes.reshape(-1).astype(np.int64))


def _texts(distinct: npt.NDArray[np.uint64], prefix: str) -> list[str]:
    """The strings of zero-padded ASCII byte rows (bytes values drop the padding; one decode
    of them joined by newlines, which no cell holds, is half the time of one each)."""
    width = 8 * distinct.shape[1]
    raw = np.ascontiguousarray(distinct).view(f"S{width}").reshape(-1).tolist()
    texts = b"\n".join(raw).decode("ascii").split("\n")
    return [prefix + t for t in texts] if prefix else texts
