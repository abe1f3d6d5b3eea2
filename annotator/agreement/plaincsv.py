"""A numpy-only reader for plain CSV/TSV label tables (no pyarrow import: ~0.1 s of start-up).

"Plain" means what most exported label tables are: ASCII, no quotes, no carriage returns or NUL
bytes, every line with as many cells as the header, no cell starting or ending with whitespace.
The whole file is one byte array: the delimiters and newlines are found in one pass, checked to
form a regular grid, and each column is factorized without making a Python string per cell:

- the bytes all of a column's cells share at the start are dropped (`item` of `item000123`);
- if the rest of every cell fits in 8 bytes, it is read as one integer (a lookup of an
  unaligned 8-byte window per cell);
- those 8 bytes are compressed to dense codes 2 bytes at a time, most significant first (each
  2-byte column keeps only the values it has), so the codes follow the cells' code-point order
  and the distinct values are ranked by a table, not by sorting.

Anything else (a quote, a wider cell, an empty item, a ragged line) makes `read_plain` return
None, and the caller falls back to the pyarrow reader, then to the row-by-row reader that names
the bad line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from annotator.agreement.labeltable import Column, LabelTable

if TYPE_CHECKING:
    import numpy.typing as npt

REQUIRED = ("item", "annotator", "label")
# Largest mixed-radix code range ranked by a dense table; wider columns are sorted instead.
DENSE_RANGE = 1 << 24
# MASKS[k]: the first k bytes of a little-endian 8-byte window.
MASKS = np.array([(1 << 8 * k) - 1 for k in range(9)], dtype=np.uint64)


def read_plain(path: Path, delimiter: str) -> LabelTable | None:
    """The label table of a plain CSV/TSV file, or None if the file is not plain."""
    size = path.stat().st_size
    data = bytearray(size + 16)  # zero padding: an 8-byte window at any cell start is in bounds
    with open(path, "rb") as f:
        if f.readinto(memoryview(data)[:size]) != size:
            return None
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    end = data.find(b"\n", start, size)
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
    data[:body] = bytes(body)  # the header is read: zeros let isascii() check the body alone
    if size == body or not data.isascii():
        return None
    if any(data.find(bad, body, size) >= 0 for bad in (b'"', b"\r", b"\0")):
        return None
    if data[size - 1] != 10:
        data[size] = 10
        size += 1
    lines = data.count(b"\n", body, size)
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = _separators(buf[body:size], ord(delimiter))
    width = len(names)
    if len(ends) != lines * width:  # a ragged or blank line
        return None
    # Offsets as int32 when they fit: half the memory every later step touches.
    ends = ends.astype(np.int32 if size < 2**31 else np.int64)
    ends += body
    grid = ends.reshape(lines, width)
    if not (buf[grid[:, -1]] == 10).all():
        return None
    cells = {}
    for c in REQUIRED:
        j = names.index(c)
        if j:
            s = grid[:, j - 1] + 1
        else:
            s = np.empty_like(grid[:, 0])
            s[0] = body
            np.add(grid[:-1, -1], 1, out=s[1:])
        cells[c] = (s, grid[:, j] - s)
    if any((cells[c][1] == 0).any() for c in ("item", "annotator")):
        return None  # the row reader names the line
    keep = cells["label"][1] > 0  # an empty label is a missing value
    columns: list[Column] = []
    for c in REQUIRED:
        s, n = cells[c]
        if not keep.all():
            s, n = s[keep], n[keep]
        if len(s) == 0 or not _trimmed(buf, s, n):
            return None
        column = _factorize(buf, data, s, n)
        if column is None:
            return None
        columns.append(column)
    return LabelTable(*columns)


def _separators(text: npt.NDArray[np.uint8], delimiter: int) -> npt.NDArray[np.int64]:
    """Offsets of the delimiters and newlines: one comparison picks the bytes up to the larger
    of the two, the few others among them are dropped."""
    found = np.flatnonzero(text <= max(delimiter, 10))
    byte = text[found]
    wanted = byte == delimiter
    wanted |= byte == 10
    return found if wanted.all() else found[wanted]


def _trimmed(buf: npt.NDArray[np.uint8], starts: npt.NDArray, n: npt.NDArray) -> bool:
    """No cell starts or ends with whitespace or a control byte (all of them are <= 0x20)."""
    if not (buf[starts] > 32).all():
        return False
    last = starts + n
    last -= 1
    return bool((buf[last] > 32).all())


def _windows(data: bytearray) -> npt.NDArray[np.uint64]:
    """Every 8-byte window of `data` as a little-endian integer (overlapping, one per byte
    offset; no copy): a window's memory is the file's 8 bytes in order."""
    return np.ndarray(shape=(len(data) - 7,), dtype="<u8", buffer=data, strides=(1,))


def _masked(windows: npt.NDArray, at: npt.NDArray, n: npt.NDArray) -> npt.NDArray:
    """The first min(n, 8) bytes at each offset, zero-padded (as little-endian integers)."""
    key = windows[at]
    low, high = int(n.min()), int(n.max())
    if low >= 8:
        return key
    key &= MASKS[min(low, 8)] if low == high else MASKS[np.minimum(n, 8)]
    return key


def _factorize(
    buf: npt.NDArray[np.uint8], data: bytearray, starts: npt.NDArray, n: npt.NDArray
) -> Column | None:
    """The distinct cells (sorted by code point) and each row's code, or None if, past the
    bytes every cell shares, some cell has more than 8 bytes."""
    windows = _windows(data)
    rest = int(n.max())  # bytes past the `shared` ones every cell has in common
    shared = 0
    key = _masked(windows, starts, n)
    while rest > 8:
        varying = int(np.bitwise_or.reduce(key)) ^ int(np.bitwise_and.reduce(key))
        # the lowest varying bit is in the first byte that differs; none: all 8 are shared
        step = ((varying & -varying).bit_length() - 1) // 8 if varying else 8
        if step == 0:
            return None
        shared += step
        rest -= step
        key = _masked(windows, starts + shared, n - shared)
    code = np.zeros(len(key), dtype=np.int32)
    span = 1
    varying = int(np.bitwise_or.reduce(key)) ^ int(np.bitwise_and.reduce(key))
    pairs = key.view(">u2").reshape(len(key), 4)  # 2 bytes at a time, in file order
    for j in range(4):
        if not (varying >> (16 * j)) & 0xFFFF:
            continue  # the same 2 bytes in every cell
        values = pairs[:, j]
        present = np.zeros(1 << 16, dtype=np.bool_)
        present[values] = True
        rank = np.cumsum(present, dtype=np.int32)
        radix = int(rank[-1])
        span *= radix
        if span > DENSE_RANGE:
            return _sorted_codes(buf, starts, n, key)
        rank -= 1
        code *= radix
        code += rank[values]
    if span == 1:
        return _column(buf, starts, n, np.zeros(len(key), dtype=np.int64), 1)
    present = np.zeros(span, dtype=np.bool_)
    present[code] = True
    dense = np.cumsum(present, dtype=np.int64)  # int64: the codes callers get
    count = int(dense[-1])
    dense -= 1
    return _column(buf, starts, n, dense[code], count)


def _sorted_codes(
    buf: npt.NDArray[np.uint8], starts: npt.NDArray, n: npt.NDArray, key: npt.NDArray
) -> Column:
    distinct, codes = np.unique(key.byteswap(), return_inverse=True)  # file order: big-endian
    return _column(buf, starts, n, codes.reshape(-1).astype(np.int64), len(distinct))


def _column(
    buf: npt.NDArray[np.uint8],
    starts: npt.NDArray,
    n: npt.NDArray,
    codes: npt.NDArray[np.int64],
    count: int,
) -> Column:
    """A Column from codes: each distinct value's text decoded once, from one of its cells."""
    first = np.empty(count, dtype=np.int64)
    first[codes] = np.arange(len(codes))
    size = n[first].astype(np.int64) + 1  # each value and a separator
    offsets = np.cumsum(size) - size
    index = np.arange(int(size.sum())) - np.repeat(offsets, size) + np.repeat(starts[first], size)
    joined = buf[index]
    joined[offsets + size - 1] = 0
    return Column(joined.tobytes().decode("ascii").split("\0")[:-1], codes)
