"""Hashed n-gram features of normalised text, computed with numpy in linear time.

Every feature has a position in the text, so a linear model's score over any window of the text
is a difference of prefix sums: one pass scores every window of a long document.

Hashing is a polynomial hash over code points with a fixed multiplier (stable across processes and
platforms, unlike `hash()`): `h(s[a:b]) = P**b * (C[b] - C[a])` where `C` is the prefix sum of
`cp[j] * P**-(j+1)`, all modulo 2**64 (numpy's uint64 arithmetic wraps).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_P = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(int(_P), -1, 2**64))
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)

CHAR_NGRAMS: tuple[int, ...] = (2, 3, 4, 5)
MAX_WORD = 40  # longer "words" (base64 blobs, URLs) are hashed by their first MAX_WORD chars

# Namespaces salt the hashes so features of different kinds do not share buckets by design.
_NS_CHAR = 0x1000
_NS_WORD = 0x2000
_NS_BIGRAM = 0x3000
_NS_DATA = 0x4000  # word features repeated for text read from a data channel
_NS_SKIP = 0x6000  # word pairs one word apart ("ignore ... instructions")
SKIP_BIGRAMS = True

# ASCII characters that belong to words; every non-ASCII code point above the general
# punctuation blocks counts as a word character (letters of other scripts, CJK ideographs).
_ASCII_WORD = np.zeros(128, dtype=bool)
for _c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'":
    _ASCII_WORD[ord(_c)] = True


def _salt(ns: int) -> np.uint64:
    return np.uint64((ns * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF)


def _mix(h: U64, ns: int, bits: int) -> I64:
    with np.errstate(over="ignore"):
        x = (h ^ _salt(ns)) * _MIX
        x ^= x >> np.uint64(29)
        x *= _MIX2
    return (x >> np.uint64(64 - bits)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class Features:
    """Feature ids with the character offset each one starts at."""

    ids: I64
    positions: I64
    length: int
    # Lengths of the leading character n-gram runs of `ids`; run j's element i sits at offset
    # max(i - 1, 0), which lets a scorer sum them per block without a histogram.
    char_runs: tuple[int, ...] = ()


def _powers(n: int) -> tuple[U64, U64]:
    """P**k and P**-k for k in [0, n]."""
    with np.errstate(over="ignore"):
        p = np.full(n + 1, _P, dtype=np.uint64)
        p[0] = 1
        pinv = np.full(n + 1, _P_INV, dtype=np.uint64)
        pinv[0] = 1
        return np.cumprod(p, dtype=np.uint64), np.cumprod(pinv, dtype=np.uint64)


_POW_CACHE: dict[str, tuple[U64, U64]] = {}


def _get_powers(n: int) -> tuple[U64, U64]:
    cached = _POW_CACHE.get("p")
    if cached is None or len(cached[0]) <= n:
        size = max(n + 1, 4096)
        size = 1 << (size - 1).bit_length()
        cached = _powers(size)
        _POW_CACHE["p"] = cached
    return cached


_ARANGE: dict[str, I64] = {}


def _arange(n: int) -> I64:
    """Positions 0, 0, 1, 2, ... (a feature starting at the leading pad belongs to offset 0)."""
    cached = _ARANGE.get("a")
    if cached is None or len(cached) < n:
        size = 1 << max(n, 4096).bit_length()
        cached = np.maximum(np.arange(-1, size - 1, dtype=np.int64), 0)
        _ARANGE["a"] = cached
    return cached[:n]


def extract(text: str, bits: int, *, data_channel: bool = False) -> Features:
    """Hashed features of `text` (already normalised: lowercased, whitespace collapsed)."""
    padded = " " + text + " "
    cp = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.uint64
    )
    n = len(cp)
    pw, pinv = _get_powers(n + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(cp * pinv[1 : n + 1], dtype=np.uint64, out=prefix[1:])

        ids: list[I64] = []
        pos: list[I64] = []
        runs: list[int] = []
        for k in CHAR_NGRAMS:
            if n < k:
                continue
            h = pw[k : n + 1] * (prefix[k : n + 1] - prefix[: n - k + 1])
            ids.append(_mix(h, _NS_CHAR + k, bits))
            pos.append(_arange(n - k + 1))
            runs.append(n - k + 1)

        # Words: maximal runs of word characters.
        is_word = np.where(cp < 128, _ASCII_WORD[np.minimum(cp, 127).astype(np.int64)], True)
        # General punctuation, CJK symbols and punctuation, and spaces split words too.
        is_word &= ~(((cp >= 0x2000) & (cp <= 0x206F)) | ((cp >= 0x3000) & (cp <= 0x303F)))
        edges = np.diff(is_word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
        w_start = np.flatnonzero(edges == 1).astype(np.int64)
        w_end = np.flatnonzero(edges == -1).astype(np.int64)
        if len(w_start):
            w_end_h = np.minimum(w_end, w_start + MAX_WORD)
            wh = pw[w_end_h] * (prefix[w_end_h] - prefix[w_start])
            wpos = np.maximum(w_start - 1, 0)
            ids.append(_mix(wh, _NS_WORD, bits))
            pos.append(wpos)
            if len(wh) > 1:
                bh = wh[:-1] * _P + (wh[1:] ^ _MIX)
                ids.append(_mix(bh, _NS_BIGRAM, bits))
                pos.append(wpos[:-1])
            if SKIP_BIGRAMS and len(wh) > 2:
                sh = wh[:-2] * _P + (wh[2:] ^ _MIX2)
                ids.append(_mix(sh, _NS_SKIP, bits))
                pos.append(wpos[:-2])
            if data_channel:
                ids.append(_mix(wh, _NS_DATA, bits))
                pos.append(wpos)
                if len(wh) > 1:
                    ids.append(_mix(wh[:-1] * _P + (wh[1:] ^ _MIX), _NS_DATA + 1, bits))
                    pos.append(wpos[:-1])
    if not ids:
        empty = np.zeros(0, dtype=np.int64)
        return Features(empty, empty, len(text))
    all_ids = np.concatenate(ids)
    all_pos = np.minimum(np.concatenate(pos), max(len(text) - 1, 0))
    return Features(all_ids, all_pos, len(text), tuple(runs))


def indicator_id(name: str, bits: int) -> int:
    """The feature id of a named indicator (a pattern rule, a channel, an obfuscation signal)."""
    h = np.frombuffer(name.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    with np.errstate(over="ignore"):
        value = np.uint64(0)
        for c in h:  # names are short; computed once per name and cached by callers
            value = value * _P + c
    return int(_mix(np.array([value], dtype=np.uint64), 0x5000, bits)[0])
