"""Hashed n-gram features of normalised text, computed with numpy in linear time.

Every feature has a position in the text, so a linear model's score over any window of the text
is a difference of prefix sums: one pass scores every window of a long document.

Hashing is a polynomial hash over code points with a fixed multiplier (stable across processes and
platforms, unlike `hash()`): `h(s[a:b]) = P**b * (C[b] - C[a])` where `C` is the prefix sum of
`cp[j] * P**-(j+1)`, all modulo 2**64 (numpy's uint64 arithmetic wraps).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from redline.text._compiled import fast as _fast

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
    # The offsets of the features after the character n-gram runs (words and word pairs); the
    # runs' own offsets follow from their lengths (see `positions`).
    tail_positions: I64
    length: int
    # Lengths of the leading character n-gram runs of `ids`; run j's element i sits at offset
    # max(i - 1, 0), which lets a scorer sum them per block without a histogram.
    char_runs: tuple[int, ...] = ()

    @property
    def positions(self) -> I64:
        """The character offset of every feature, in the order of `ids` (made on each call)."""
        parts = [_arange(run) for run in self.char_runs]
        parts.append(self.tail_positions)
        out: I64 = np.concatenate(parts)
        return out


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


# Whether a code point is a word character, for code points below `_WORD_TOP`; every code point
# from `_WORD_TOP` up is one (the table's last entry stands for all of them).
_WORD_TOP = 0x3040
_WORD_T = np.ones(_WORD_TOP + 1, dtype=bool)
_WORD_T[:128] = _ASCII_WORD
_WORD_T[0x2000:0x2070] = False
_WORD_T[0x3000:0x3040] = False

_SALTS = {
    ns: _salt(ns)
    for ns in (*(_NS_CHAR + k for k in CHAR_NGRAMS), _NS_WORD, _NS_BIGRAM, _NS_SKIP, _NS_DATA)
}
_SALTS[_NS_DATA + 1] = _salt(_NS_DATA + 1)


# Elements hashed or mixed at a time: a long text's arrays are worked through a piece at a time,
# each piece passing through every step while it is in cache (the same values, made in pieces).
_CHUNK = 1 << 15
_SHIFT29 = np.uint64(29)


def _mix_inplace(x: U64, bits: int) -> None:
    """`_mix` without its salt, in place: afterwards `x` holds `bits`-bit ids (see `extract`)."""
    tmp = np.empty(min(len(x), _CHUNK), dtype=np.uint64)
    shift = np.uint64(64 - bits)
    for a in range(0, len(x), _CHUNK):
        part = x[a : a + _CHUNK]
        high = tmp[: len(part)]
        np.multiply(part, _MIX, out=part)
        np.right_shift(part, _SHIFT29, out=high)
        part ^= high
        np.multiply(part, _MIX2, out=part)
        part >>= shift


def extract(text: str, bits: int, *, data_channel: bool = False) -> Features:
    """Hashed features of `text` (already normalised: lowercased, whitespace collapsed).

    The ids are, in order: character n-grams for each n in `CHAR_NGRAMS` (one per offset), then
    words, word bigrams, word skip-bigrams and (in a data channel) words and bigrams again under
    their own namespace. All hashes are written to one buffer, salted per segment and mixed in
    one pass.
    """
    padded = " " + text + " "
    cp = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(cp)
    pw, pinv = _get_powers(n + 1)
    prefix = np.empty(n + 1, dtype=np.uint64)
    prefix[0] = 0
    np.multiply(cp, pinv[1 : n + 1], out=prefix[1:])
    prefix[1:].cumsum(out=prefix[1:])

    # Words: maximal runs of word characters. The padding makes the first and last code point
    # non-word characters, so every run starts after index 0 and ends before index n.
    is_word = _WORD_T.take(cp, mode="clip")  # from `_WORD_TOP` up, the table's last entry
    w_start = (is_word[1:] > is_word[:-1]).nonzero()[0] + 1
    w_end = (is_word[:-1] > is_word[1:]).nonzero()[0] + 1
    nw = len(w_start)

    runs = tuple(n - k + 1 for k in CHAR_NGRAMS if n >= k)
    n_char = sum(runs)
    word_lens = [nw, max(nw - 1, 0)]
    if SKIP_BIGRAMS:
        word_lens.append(max(nw - 2, 0))
    if data_channel:
        word_lens += [nw, max(nw - 1, 0)]
    total = n_char + sum(word_lens)
    buf = np.empty(total, dtype=np.uint64)
    # Offsets of the word features only: the character n-grams' follow from the runs' lengths
    # (their offsets never pass the text's last character, so they need no clipping).
    pos = np.empty(total - n_char, dtype=np.int64)
    at = 0
    for k, run in zip(CHAR_NGRAMS, runs, strict=False):
        salt = _SALTS[_NS_CHAR + k]
        for a in range(0, run, _CHUNK):
            b = min(run, a + _CHUNK)
            seg = buf[at + a : at + b]
            np.subtract(prefix[k + a : k + b], prefix[a:b], out=seg)
            seg *= pw[k + a : k + b]
            seg ^= salt
        at += run
    if nw:
        w_end_h = np.minimum(w_end, w_start + MAX_WORD)
        wh = buf[at : at + nw]
        np.subtract(prefix[w_end_h], prefix[w_start], out=wh)
        wh *= pw[w_end_h]
        wpos = w_start - 1
        segs: list[tuple[int, int, I64]] = []  # (salt namespace, length, positions)
        bh = sh = None
        if nw > 1:
            bh = wh[:-1] * _P
            bh += wh[1:] ^ _MIX
        if SKIP_BIGRAMS and nw > 2:
            sh = wh[:-2] * _P
            sh += wh[2:] ^ _MIX2
        at_word = at
        at += nw
        segs.append((_NS_WORD, nw, wpos))
        if bh is not None:
            buf[at : at + nw - 1] = bh
            at += nw - 1
            segs.append((_NS_BIGRAM, nw - 1, wpos[:-1]))
        if sh is not None:
            buf[at : at + nw - 2] = sh
            at += nw - 2
            segs.append((_NS_SKIP, nw - 2, wpos[:-2]))
        if data_channel:
            buf[at : at + nw] = buf[at_word : at_word + nw]
            at += nw
            segs.append((_NS_DATA, nw, wpos))
            if bh is not None:
                buf[at : at + nw - 1] = bh
                at += nw - 1
                segs.append((_NS_DATA + 1, nw - 1, wpos[:-1]))
        a = at_word
        for ns, length, p in segs:
            buf[a : a + length] ^= _SALTS[ns]
            pos[a - n_char : a - n_char + length] = p
            a += length
    buf = buf[:at]
    pos = pos[: at - n_char]
    if not at:
        empty = np.zeros(0, dtype=np.int64)
        return Features(empty, empty, len(text))
    _mix_inplace(buf, bits)
    ids: I64 = buf.view(np.int64)
    np.minimum(pos, max(len(text) - 1, 0), out=pos)
    return Features(ids, pos, len(text), runs)


# The compiled loop hard-codes the n-gram sizes and word cut above and reads code points in the
# machine's byte order; it is used only where those hold.
COMPILED = _fast is not None and CHAR_NGRAMS == (2, 3, 4, 5) and MAX_WORD == 40
_ENCODING = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_WORD_BYTES = _WORD_T.astype(np.uint8).tobytes()
_BLOCK_SALTS = np.array(
    [_SALTS[_NS_CHAR + k] for k in CHAR_NGRAMS]
    + [_SALTS[ns] for ns in (_NS_WORD, _NS_BIGRAM, _NS_SKIP, _NS_DATA, _NS_DATA + 1)],
    dtype=np.uint64,
).tobytes()


def block_sums(
    text: str,
    table: npt.NDArray[np.float16],
    *,
    n_classes: int,
    bits: int,
    stride: int,
    n_blocks: int,
    data_channel: bool = False,
) -> tuple[npt.NDArray[np.float64], I64]:
    """The features of `extract` scored in one compiled pass: for each block of `stride`
    characters (the last block taking the rest of the text), the sum of the features' weight
    rows (`table`: rows of `table.shape[1]` float32, the first `n_classes` used) and how many
    features start there. Only where `COMPILED`."""
    if _fast is None:  # pragma: no cover - callers check COMPILED
        raise RuntimeError("the compiled feature loop is not built")
    sums = np.zeros((n_blocks, n_classes), dtype=np.float64)
    counts = np.zeros(n_blocks, dtype=np.int64)
    if not table.flags.c_contiguous or table.dtype != np.float16 or table.ndim != 2:
        raise ValueError("table must be a C-contiguous 2-D float16 array")
    _fast.block_sums(
        (" " + text + " ").encode(_ENCODING, "surrogatepass"),
        _WORD_BYTES,
        table,
        table.shape[1],
        n_classes,
        bits,
        stride,
        n_blocks,
        data_channel,
        SKIP_BIGRAMS,
        _BLOCK_SALTS,
        sums,
        counts,
    )
    return sums, counts


def indicator_id(name: str, bits: int) -> int:
    """The feature id of a named indicator (a pattern rule, a channel, an obfuscation signal)."""
    h = np.frombuffer(name.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    with np.errstate(over="ignore"):
        value = np.uint64(0)
        for c in h:  # names are short; computed once per name and cached by callers
            value = value * _P + c
    return int(_mix(np.array([value], dtype=np.uint64), 0x5000, bits)[0])
