"""Find and decode text smuggled inside a text: base64, hex, percent-encoding, HTML numeric
entities, unicode escapes and rot13.

Only segments that decode to readable text are returned (base64 of an image, a hash, random ids
are not). Everything is bounded: candidate counts, decoded sizes and recursion depth, so a
hostile megabyte finishes quickly; `decode_layers` says when a bound stopped it.
"""

from __future__ import annotations

import binascii
import html
import math
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote

import numpy as np
import numpy.typing as npt

from redline.text._runs import true_runs
from redline.text._trie import trie_pattern

__all__ = ["Encoded", "Layer", "Layers", "decode_layers", "find_encoded"]


@dataclass(frozen=True, slots=True)
class Encoded:
    """An encoded segment [start, end) of the scanned text and what it decodes to."""

    start: int
    end: int
    scheme: str  # base64, hex, percent, html-entities, unicode-escape, rot13
    decoded: str


@dataclass(frozen=True, slots=True)
class Layer:
    """One decoded layer. `start`/`end` locate the outermost encoded segment in the original text
    (inner layers have no position of their own there); `path` lists the schemes from the outside
    in. `truncated` means this layer was not (fully) examined: cut by the size budget, or it still
    holds an encoding at the depth limit."""

    depth: int
    start: int
    end: int
    scheme: str
    path: tuple[str, ...]
    decoded: str
    truncated: bool = False


class Layers(list[Layer]):
    """The layers found, plus whether a bound (depth, budget, candidate count) stopped decoding."""

    stopped: bool = False

    @property
    def truncated(self) -> bool:
        return self.stopped or any(layer.truncated for layer in self)


_MAX_ATTEMPTS: Final = 256  # decode attempts per scheme per text
_PROBE: Final = 4096  # characters decoded first to reject binary cheaply

_HEX_ESC_RE: Final = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}")
_HEX_0X_RE: Final = re.compile(r"(?:0x[0-9a-fA-F]{2}[\s,]{0,2}){4,}")
_HEX_SPACED_RE: Final = re.compile(
    r"(?<![0-9A-Za-z])[0-9a-fA-F]{2}(?:[ :,][0-9a-fA-F]{2}){5,}(?![0-9A-Za-z])"
)
_PCT_RE: Final = re.compile(r"%[0-9A-Fa-f]{2}(?:[^\s%<>\"'()\[\]]{0,3}%[0-9A-Fa-f]{2}){3,}")
# A sentence in a URL with only its spaces (and some signs) encoded: "Run%20%27config%20show...".
_PCT_STOPS: Final = r"\s<>\"'()\[\]&=?"  # characters that end such a run
_PCT_WORDS_RE: Final = re.compile(rf"[^{_PCT_STOPS}]*(?:%20[^{_PCT_STOPS}]*){{4,}}")
_PCT_STOP_RE: Final = re.compile(rf"[{_PCT_STOPS}]")
_PCT_LAST_STOP_RE: Final = re.compile(rf"(?s:.*)[{_PCT_STOPS}]")
_ENT = r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?"
_ENT_RE: Final = re.compile(rf"{_ENT}(?:[^&<>\n]{{0,2}}{_ENT}){{3,}}")
_UESC = r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\u\{[0-9a-fA-F]{1,6}\})"
_UESC_RE: Final = re.compile(rf"{_UESC}(?:[^\\\n]{{0,2}}{_UESC}){{2,}}")
_UESC_ONE_RE: Final = re.compile(
    r"\\u\{([0-9a-fA-F]{1,6})\}|\\U([0-9a-fA-F]{8})|\\u([0-9a-fA-F]{4})"
)
_DATA_URI_RE: Final = re.compile(
    r"data:([\w.+-]+)/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,\s*$", re.I
)
_BINARY_MIME = ("image", "audio", "video", "font", "application")
_CTRL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_LETTER_RE: Final = re.compile(r"[^\W\d_]")
_ASCII_LETTER_RE: Final = re.compile(r"[A-Za-z]")
_LAYER_RE: Final = re.compile(r"[A-Za-z0-9+/=_\-\s%\\&#;]+")
_WS_RE: Final = re.compile(r"\s+")

# rot13: English function words and SQL keywords whose rot13 forms are not English words ("on"
# is "ba", "so" is "fb", "where" is "jurer").
_STOPWORDS: Final = frozenset(
    str.split(
        """
    the and you your that with this for are have not what from was will all can they there
    which would should about ignore instructions previous please tell how of to is it in me my
    we do if what when then than them their these those been being into just only also must
    system prompt password secret reveal on so by as
    select where update delete
    """
    )
)
_STOP_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(_STOPWORDS)) + r")\b")
_WORD_RE: Final = re.compile(r"[a-z]+")
_ROT13: Final = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


def _readable(s: str, *, ascii_letters: int = 0) -> bool:
    """Mostly printable text with letters in it (not binary, not a lone symbol run)."""
    n = len(s)
    if n < 4:
        return False
    bad = n - len(_CTRL_RE.sub("", s))
    if bad > n * 0.05:
        return False
    if ascii_letters <= 0 and bad == 0 and n >= 16 and _LAYER_RE.fullmatch(s):
        return True  # another encoding layer (hex, base64, percent, ...) inside this one
    letters = n - len(_LETTER_RE.sub("", s))
    if letters < max(3, n * 0.35):
        return False
    return ascii_letters <= 0 or len(_ASCII_LETTER_RE.findall(s[:4096])) >= ascii_letters


def _bytes_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        return text if text.count("\ufffd") <= len(text) * 0.02 else None


def _b64(candidate: str, limit: int) -> str | None:
    body = _WS_RE.sub("", candidate).rstrip("=")
    if "-" in body or "_" in body:
        if "+" in body or "/" in body:
            return None
        body = body.replace("-", "+").replace("_", "/")
    if len(body) % 4 == 1:
        body = body[:-1]
    if len(body) > limit * 4 // 3 + 4:
        body = body[: limit * 4 // 3 + 4]
        body = body[: len(body) - len(body) % 4]

    def dec(chunk: str) -> str | None:
        chunk = chunk[: len(chunk) - len(chunk) % 4] if len(chunk) > _PROBE else chunk
        try:
            raw = binascii.a2b_base64(chunk + "=" * (-len(chunk) % 4), strict_mode=False)
        except (binascii.Error, ValueError):
            return None
        return _bytes_text(raw)

    if len(body) > _PROBE:
        probe = dec(body[:_PROBE])
        if probe is None or not _readable(probe):
            return None
    return dec(body)


def _hex(digits: str, limit: int) -> str | None:
    digits = digits[: limit * 2]
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        if len(digits) > _PROBE:
            probe = _bytes_text(bytes.fromhex(digits[:_PROBE]))
            if probe is None or not _readable(probe):
                return None
        return _bytes_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _unicode_escapes(segment: str) -> str:
    def one(m: re.Match[str]) -> str:
        value = int(m.group(1) or m.group(2) or m.group(3), 16)
        return chr(value) if value <= 0x10FFFF else "\ufffd"

    out = _UESC_ONE_RE.sub(one, segment)
    return out.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _good_b64_shape(candidate: str) -> bool:
    kinds = (
        any(c.isupper() for c in candidate[:256]),
        any(c.islower() for c in candidate[:256]),
        any(c.isdigit() or c in "+/" for c in candidate[:256]),
    )
    return sum(kinds) >= 2


class _Collector:
    def __init__(self, max_segments: int, budget: int) -> None:
        self.max_segments = max_segments
        self.budget = budget
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.found: list[Encoded] = []
        self.stopped = False

    @property
    def full(self) -> bool:
        return len(self.found) >= self.max_segments or self.budget <= 0

    def free(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int, scheme: str, decoded: str) -> None:
        if self.full:
            self.stopped = True
            return
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.found.append(Encoded(start, end, scheme, decoded))
        self.budget -= len(decoded)


_MAX_CANDIDATES: Final = 4096  # long runs examined per text

_B64_TABLE: Final = np.zeros(128, dtype=bool)
_HEX_TABLE: Final = np.zeros(128, dtype=bool)
_SEP_TABLE: Final = np.zeros(128, dtype=bool)
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-":
    _B64_TABLE[ord(_c)] = True
for _c in "0123456789abcdefABCDEF":
    _HEX_TABLE[ord(_c)] = True
for _c in " :,":
    _SEP_TABLE[ord(_c)] = True
_B64_WRAP_GAP_RE: Final = re.compile(r"\r?\n[ \t]*")
_B64_TAIL_RE: Final = re.compile(r"\r?\n[ \t]*[A-Za-z0-9+/_-]{1,15}(?![\w+/-])")
_HEX_ONLY_RE: Final = re.compile(r"[0-9a-fA-F]+")
# Where a ROT13 text may start: encoded function words, and SQL's keywords ("HCQNGR ... FRG
# ... JURER" for UPDATE ... SET ... WHERE).
_ROT13_MARKERS: Final = (
    " gur ", " naq ", " lbh ", " vf ", " vg ", " bs ", " jvgu ", " sbe ", " gb ",
    "hcqngr ", "fryrpg ", " jurer ", "qryrgr ",
)  # fmt: skip


# Whether a text holds a marker at all: the markers that start with a space in one regex, whose
# literal first character lets the scan skip to the spaces, and the others (rare words) each
# looked for.
_ROT13_SPACED_RE: Final = re.compile(
    " (?:" + trie_pattern(sorted(m[1:] for m in _ROT13_MARKERS if m.startswith(" "))) + ")"
)
_ROT13_UNSPACED: Final = tuple(m for m in _ROT13_MARKERS if not m.startswith(" "))


def _codes(text: str) -> npt.NDArray[np.uint8]:
    """Code points of `text`, clipped to 127 (every non-ASCII character becomes DEL)."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(cps, 127).astype(np.uint8)


def _pct_words(text: str) -> Iterator[re.Match[str]]:
    """`_PCT_WORDS_RE.finditer(text)`, tried only on the runs that hold a `%20`.

    Every character of a match is outside `_PCT_STOPS`, so a match lies in one maximal run of
    such characters; where it can match, it matches from the run's start to its end (the
    leading `[^...]*` backtracks to any `%20` of the run, the last one is greedy). The regex's
    own scan tries every offset of every word, and fails at each by backtracking over the rest
    of the word; here each run with a `%20` in it is matched once, from its start."""
    pos = 0
    hit = text.find("%20")
    while hit != -1:
        before = _PCT_LAST_STOP_RE.match(text, pos, hit)
        start = before.end() if before is not None else pos
        stop = _PCT_STOP_RE.search(text, hit)
        end = stop.start() if stop is not None else len(text)
        if text.count("%20", start, end) >= 4:
            m = _PCT_WORDS_RE.match(text, start)
            if m is not None:
                yield m
        pos = end
        hit = text.find("%20", end)


def _scan_regex(
    text: str,
    matches: Iterable[re.Match[str]],
    *,
    scheme: str,
    decode: Callable[[str, int, int], str | None],
    col: _Collector,
    min_len: int,
) -> None:
    attempts = 0
    for m in matches:
        if col.full:
            col.stopped = True
            return
        s, e = m.span()
        if e - s < min_len or not col.free(s, e):
            continue
        attempts += 1
        if attempts > _MAX_ATTEMPTS:
            col.stopped = True
            return
        decoded = decode(m.group(), s, max(0, col.budget))
        if decoded is not None:
            col.add(s, e, scheme, decoded)


# "ROT13", and "ebg13", the label encoded along with the text it names.
_ROT13_LABEL_RE: Final = re.compile(r"\b(?:rot|ebg)[\s_-]?13\b")
_SENTENCE_END_RE: Final = re.compile(r"[.!?](?=\s|$)|\n")


def _rot13(text: str, col: _Collector, min_len: int, low: str) -> None:
    positions: list[int] = []
    # Most texts hold no marker at all, which one scan tells; the markers' positions are then
    # looked for one marker at a time.
    if _ROT13_SPACED_RE.search(low) is not None or any(m in low for m in _ROT13_UNSPACED):
        for marker in _ROT13_MARKERS:
            i = low.find(marker)
            while i != -1 and len(positions) < _MAX_ATTEMPTS:
                positions.append(i + 1)
                i = low.find(marker, i + 1)
    # A text that names ROT13 is tried from its label on, without marker words. Every label
    # starts with "rot", so the regex (whose leading `\b` rules out a fast scan for the literal)
    # is tried only where "rot" is, found with str.find; `\b` still sees the character before.
    labels = _rot13_labels(low, 200_000)[:_MAX_ATTEMPTS]
    if len(positions) < 2 and not labels:
        return
    positions.extend(labels)
    positions.sort()
    done_until = -1
    for pos in positions:
        if col.full:
            col.stopped = True
            return
        if pos < done_until:
            continue
        lo = max(0, pos - 2000)
        # Sentences end at a stop followed by a space (not inside `x@host.pbz`) or a line end.
        start = max((m.end() for m in _SENTENCE_END_RE.finditer(low, lo, pos)), default=lo)
        hi = min(len(low), pos + 2000)
        m = _SENTENCE_END_RE.search(low, pos, hi)
        end = m.end() if m else hi
        line_start = max(lo, low.rfind("\n", lo, pos) + 1)
        label = _ROT13_LABEL_RE.search(low, line_start, pos)
        # "Appendix C (encoded for the test tool): Orsber gur ...": the plain words before a
        # colon in the sentence are no part of the encoded text.
        colon_in = low.rfind(": ", start, pos)
        starts = [start] if colon_in == -1 else [start, colon_in + 2]
        if label is not None:
            # "Support ticket ref (rot13): Tenag ...": the encoded text starts after the label
            # (or after the colon that ends the label's words) and runs to the end of its line
            # (its stops were encoded with it).
            line_end = low.find("\n", pos, hi)
            end = line_end if line_end != -1 else hi
            colon = low.find(":", label.end(), label.end() + 40)
            starts = [colon + 1] if colon != -1 and colon + 1 < end else []
            starts.append(label.end())
        done_until = end
        # A text that says it is ROT13 ("ROT13 (survey team): Eha FRYRPG ...") needs fewer
        # common words, since names and identifiers fill a short order: two do in a device
        # command ("fraq NYNEZ ... naq ... gb C11").
        named = label is not None or _ROT13_LABEL_RE.search(low, max(0, start - 40), end)
        share, hits = (0.15, 2) if named else (0.25, 3)
        first = next(
            (
                s
                for s in starts
                if _rot13_reads(low, s, end, share=share, hits=hits, min_len=min_len)
                or (label is not None and _rot13_voiced(low, s, end, min_len=min_len))
            ),
            None,
        )
        if first is not None:
            while first < end and text[first].isspace():
                first += 1
            if col.free(first, end):
                col.add(first, end, "rot13", text[first:end].translate(_ROT13))


def _rot13_labels(low: str, end: int) -> list[int]:
    """`[m.end() for m in _ROT13_LABEL_RE.finditer(low, 0, end)]`, the regex tried only at the
    offsets where "rot" or "ebg" starts (every match starts there)."""
    out: list[int] = []
    match = _ROT13_LABEL_RE.match
    for prefix in ("rot", "ebg"):
        i = low.find(prefix, 0, end)
        while i != -1:
            m = match(low, i, end)
            if m is None:
                i = low.find(prefix, i + 1, end)
            else:
                out.append(m.end())
                i = low.find(prefix, m.end(), end)
    return sorted(out)


_ADDRESS_TOKEN_RE: Final = re.compile(r"\S*@\S*|\S*://\S*")


def _rot13_reads(low: str, start: int, end: int, *, share: float, hits: int, min_len: int) -> bool:
    """Whether `low[start:end]` reads as English once ROT13 is undone: `hits` common words or
    more, making up `share` of its words or more, and far more of them than before."""
    if end - start < min_len:
        return False
    window = low[start:end]
    # (an address or a link is one name, however many words its parts spell)
    words = _WORD_RE.findall(_ADDRESS_TOKEN_RE.sub(" ", window))
    if len(words) < 4:
        return False
    rot_hits = len(_STOP_RE.findall(window.translate(_ROT13)))
    orig_hits = len(_STOP_RE.findall(window))
    return rot_hits >= hits and rot_hits >= share * len(words) and rot_hits >= 3 * orig_hits + 2


# How often each letter is used in running text, in per cent, roughly the mean over the
# languages written in the Latin alphabet (English, Spanish, French, German, Portuguese,
# Italian, Swahili, Indonesian). ROT13 turns the common letters (e, a, o, i, s, t) into rarer
# ones (r, n, b, v, f, g), so the letters of an encoded text are far less likely than its
# decoding's in any of them.
_LETTER_PERCENT: Final = dict(
    e=12, a=10, o=7.5, i=7, n=7, s=7, r=6.5, t=6, l=5, d=4.5, u=4, c=3.5, m=3, h=2.5, p=2.5,
    g=1.5, b=1.3, v=1, f=1, y=1, k=0.6, q=0.5, w=0.5, z=0.5, j=0.4, x=0.2,
)  # fmt: skip
_LETTER_LOGP: Final = {
    c: math.log(v / sum(_LETTER_PERCENT.values())) for c, v in _LETTER_PERCENT.items()
}


def _letters_logp(text: str) -> float:
    """The mean log-likelihood per letter of the ASCII letters of lower-case `text`."""
    logp = [_LETTER_LOGP[c] for c in text if "a" <= c <= "z"]
    return sum(logp) / len(logp)


def _rot13_voiced(low: str, start: int, end: int, *, min_len: int) -> bool:
    """Whether `low[start:end]`, a text its line labels ROT13, reads as words in a language
    written in Latin letters once ROT13 is undone: four words or more, whose letters, decoded,
    are as likely as running text's (-3.35 nats or more a letter, which Polish and Kashubian,
    rich in z, w, y and k, still reach) and far likelier (0.35 nats a
    letter) than encoded. Used where the common English words `_rot13_reads` counts are missing
    (an order written in Galician or Swahili); identifiers and plain text fail it."""
    if end - start < min_len:
        return False
    window = low[start:end]
    if len(_WORD_RE.findall(window)) < 4:
        return False
    decoded = window.translate(_ROT13)
    after = _letters_logp(decoded)
    return after >= -3.35 and after >= _letters_logp(window) + 0.35


def _find(
    text: str, max_segments: int, min_len: int, budget: int, lower: str | None = None
) -> tuple[list[Encoded], bool]:
    """`find_encoded`'s work, and whether a bound stopped it; `lower` is `text.lower()` when
    the caller has it already."""
    col = _Collector(max_segments, budget)

    def uesc(seg: str, _s: int, _limit: int) -> str | None:
        out = _unicode_escapes(seg)
        return out if _readable(out, ascii_letters=1) else None

    def hex_esc(seg: str, _s: int, limit: int) -> str | None:
        out = _hex(seg.replace("\\x", ""), limit)
        return out if out is not None and _readable(out) else None

    def hex_0x(seg: str, _s: int, limit: int) -> str | None:
        out = _hex(re.sub(r"0x|[\s,]", "", seg), limit)
        return out if out is not None and _readable(out) else None

    def hex_plain(seg: str, _s: int, limit: int) -> str | None:
        out = _hex(re.sub(r"[ :,]", "", seg), limit)
        return out if out is not None and _readable(out) else None

    def entities(seg: str, _s: int, _limit: int) -> str | None:
        out = html.unescape(seg)
        return out if _readable(out, ascii_letters=4) else None

    def percent(seg: str, _s: int, _limit: int) -> str | None:
        if seg.count("%") * 3 < len(seg) * 0.6:
            return None
        out = unquote(seg, errors="replace")
        return out if _readable(out, ascii_letters=4) else None

    def percent_words(seg: str, _s: int, _limit: int) -> str | None:
        out = unquote(seg, errors="replace")
        return out if out.count(" ") >= 4 and _readable(out, ascii_letters=4) else None

    def base64(seg: str, s: int, limit: int) -> str | None:
        mime = _DATA_URI_RE.search(text, max(0, s - 120), s)
        if mime is not None and mime.group(1).lower().startswith(_BINARY_MIME):
            return None
        out = _b64(seg, limit)
        return out if out is not None and _readable(out) else None

    for literal, finditer, scheme, fn in (
        ("\\u", _UESC_RE.finditer, "unicode-escape", uesc),
        ("\\U", _UESC_RE.finditer, "unicode-escape", uesc),
        ("\\x", _HEX_ESC_RE.finditer, "hex", hex_esc),
        ("0x", _HEX_0X_RE.finditer, "hex", hex_0x),
        ("&#", _ENT_RE.finditer, "html-entities", entities),
        ("%20", _pct_words, "percent", percent_words),
        ("%", _PCT_RE.finditer, "percent", percent),
    ):
        if literal in text and not col.full:
            _scan_regex(text, finditer(text), scheme=scheme, decode=fn, col=col, min_len=min_len)
    if len(text) >= min(16, min_len) and not col.full:
        codes = _codes(text)
        hexm = _HEX_TABLE.take(codes)
        # Spaced hex bytes ("49 67 6e ..."): six pairs in a row, found without a regex scan.
        pair = hexm[:-2] & hexm[1:-1] & _SEP_TABLE.take(codes[2:]) if len(text) >= 17 else None
        if pair is not None and np.count_nonzero(pair) >= 5:  # six pairs hold five separators
            six = pair[:-12] & pair[3:-9] & pair[6:-6] & pair[9:-3] & pair[12:]
            last = -1
            for i in six.nonzero()[0][:_MAX_CANDIDATES].tolist():
                if i < last or col.full:
                    continue
                m = _HEX_SPACED_RE.match(text, i)
                if m is None:
                    continue
                last = m.end()
                if m.end() - i >= min_len and col.free(i, m.end()):
                    out = hex_plain(m.group(), i, col.budget)
                    if out is not None:
                        col.add(i, m.end(), "hex", out)
        # Long runs of base64 characters: continuous hex or base64 (possibly wrapped).
        starts, ends = true_runs(_B64_TABLE.take(codes), 16)
        attempts = 0
        k = 0
        while k < len(starts) and not col.full:
            s, e = starts[k], ends[k]
            k += 1
            # join wrapped lines: run, newline, run, ...
            while k < len(starts):
                gap = _B64_WRAP_GAP_RE.fullmatch(text, e, starts[k])
                if gap is None:
                    break
                e = ends[k]
                k += 1
            tail = _B64_TAIL_RE.match(text, e)
            if tail is not None and "\n" in text[s:e]:
                e = tail.end()
            pad = 0
            while pad < 2 and e < len(text) and text[e] == "=":
                e += 1
                pad += 1
            seg = text[s:e]
            if e - s < min_len or not col.free(s, e):
                continue
            if seg[:2] in ("0x", "0X") and _HEX_ONLY_RE.fullmatch(seg, 2) is not None:
                # one "0x" before a long run of hex digits (`0x57696e74...`)
                s += 2
                seg = seg[2:]
            is_hex = _HEX_ONLY_RE.fullmatch(seg) is not None
            if not is_hex and not _good_b64_shape(seg):
                continue
            attempts += 1
            if attempts > _MAX_CANDIDATES:
                col.stopped = True
                break
            out = hex_plain(seg, s, col.budget) if is_hex and len(seg) % 2 == 0 else None
            if out is not None:
                col.add(s, e, "hex", out)
                continue
            out = base64(seg, s, col.budget)
            if out is None and "\n" in seg:  # wrapped lines that do not decode together
                first = seg.split("\n", 1)[0].rstrip("\r")
                out = base64(first, s, col.budget)
                e = s + len(first)
            if out is not None:
                col.add(s, e, "base64", out)
    if not col.full:
        _rot13(text, col, min_len, text.lower() if lower is None else lower)
    elif not col.stopped:
        col.stopped = True
    col.found.sort(key=lambda x: x.start)
    return col.found, col.stopped


def find_encoded(
    text: str, *, max_segments: int = 64, min_len: int = 16, lower: str | None = None
) -> list[Encoded]:
    """Encoded segments of `text` that decode to readable text, in text order.

    At most `max_segments`; a segment is at least `min_len` characters of the original text.
    `lower` is `text.lower()` when the caller has it already (see `LineIndex.lower`).
    """
    return _find(text, max_segments, min_len, 4 * len(text) + 1024, lower)[0]


def decode_layers(text: str, max_depth: int = 3, budget_chars: int = 1_000_000) -> Layers:
    """Decode `text` recursively (base64 of hex of ...), breadth first.

    Stops at `max_depth` layers or after `budget_chars` decoded characters in total; the layers
    that a bound cut short are marked `truncated`, and `Layers.truncated` says whether anything
    was left unexamined (report "undecided" then).
    """
    result = Layers()
    budget = budget_chars
    queue: deque[tuple[str, int, tuple[int, int] | None, tuple[str, ...]]] = deque()
    queue.append((text, 0, None, ()))
    while queue:
        current, depth, outer, path = queue.popleft()
        if budget <= 0:
            result.stopped = True
            break
        segments, stopped = _find(current, 64, 16, budget)
        if stopped:
            result.stopped = True
        for seg in segments:
            decoded = seg.decoded
            truncated = False
            if len(decoded) > budget:
                decoded, truncated = decoded[: max(0, budget)], True
            budget -= len(decoded)
            if budget <= 0:
                truncated = True  # the budget may have cut this layer short
            span = outer if outer is not None else (seg.start, seg.end)
            layer_path = (*path, seg.scheme)
            level = depth + 1
            if level >= max_depth:
                if not truncated and _find(decoded, 1, 16, len(decoded) * 2 + 64)[0]:
                    truncated = True
            elif not truncated:
                queue.append((decoded, level, span, layer_path))
            result.append(
                Layer(level, span[0], span[1], seg.scheme, layer_path, decoded, truncated)
            )
    return result
