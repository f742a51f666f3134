"""Undo character-level obfuscation and keep a map back to the original offsets.

`normalize(text)` returns the text that pattern matchers and the character n-gram model read:
NFKC-folded, lower-cased, invisible and format characters removed, HTML element tags blanked,
Cyrillic/Greek lookalikes inside Latin words mapped to ASCII, leetspeak undone in leet-styled
tokens, letter-spaced words joined, whitespace runs collapsed. It also reports the obfuscation
it undid as `Hit`s in original offsets, and the messages hidden in Unicode tag characters or
variation selectors.

Plain ASCII text takes a short path: `lower()`, two regex scans that find nothing, and one
whitespace substitution.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Final

import numpy as np
import numpy.typing as npt

from redline._core.types import Span
from redline.text._spans import LineIndex
from redline.text.types import Category, Hit

__all__ = [
    "SECURITY_WORDS",
    "Normalized",
    "OffsetMap",
    "deleet",
    "normalize",
    "strip_invisible",
]


# Words whose obfuscation is itself evidence: nobody writes "1gn0r3" or "іgnore" by accident.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SECURITY_WORDS: Final[frozenset[str]] = _words(
    """
    ignore ignored ignoring disregard disregarded forget forgot override overrides overridden
    bypass bypassed bypassing instruction instructions previous prior system prompt prompts
    jailbreak jailbroken jailbreaking password passwords passcode secret secrets reveal revealed
    credential credentials confidential token tokens apikey admin administrator developer
    unrestricted unfiltered uncensored restriction restrictions rules guidelines policy policies
    pretend roleplay exfiltrate execute command commands sudo root hack hacking exploit malware
    payload inject injection filter filters safety disable disabled delete unlock leak
    """
)

# Common words used to pick between leet readings ("1" is "i" or "l").
_COMMON: Final[frozenset[str]] = _words(
    """
    the and you your are now all not this that with for what from have will can tell how hello
    world leet elite new old please just only must never always any all rule rules tool tools
    """
)

_MAX_HITS_PER_DETECTOR: Final = 48

# --------------------------------------------------------------------------------------------
# Offset map


Int64Array = npt.NDArray[np.int64]


class _Layer:
    """One rewriting step: a sorted list of edits (input [os, oe) became output [ns, ne)).

    Output positions outside every edit are shifted copies of input positions. An edit whose
    input and output lengths are equal maps position by position; any other edit maps each of
    its output positions to the whole input range it replaced.
    """

    __slots__ = ("_exact", "_ne", "_ns", "_oe", "_os")

    def __init__(self, starts: Int64Array, ends: Int64Array, repl_lens: Int64Array) -> None:
        change = repl_lens - (ends - starts)
        before = np.cumsum(change) - change
        ns = starts + before
        # Kept as lists: a look-up is then a bisect and a few integer operations rather than
        # numpy scalar calls (the edits are sorted and do not overlap, so `_ns` is sorted).
        self._os: list[int] = starts.astype(np.int64).tolist()
        self._oe: list[int] = ends.astype(np.int64).tolist()
        self._ns: list[int] = ns.astype(np.int64).tolist()
        self._ne: list[int] = (ns + repl_lens).astype(np.int64).tolist()
        self._exact: list[bool] = (repl_lens == ends - starts).tolist()

    @classmethod
    def of_space_runs(cls, bounds: list[int]) -> _Layer:
        """The layer that makes each run of spaces one space, from the running sums of the
        lengths of text pieces and runs taken in turn (piece, run, piece, ..., piece): run k
        spans [bounds[2k], bounds[2k + 1]). The same lists as the general constructor's, made
        without numpy (texts hold few runs)."""
        layer = cls.__new__(cls)
        starts = bounds[0:-1:2]
        ends = bounds[1::2]
        ns: list[int] = []
        shift = 0  # characters the runs before this one dropped
        for s, e in zip(starts, ends, strict=True):
            ns.append(s - shift)
            shift += e - s - 1
        layer._os = starts
        layer._oe = ends
        layer._ns = ns
        layer._ne = [n + 1 for n in ns]
        layer._exact = [False] * len(ns)  # a run of two or more became one space
        return layer

    @classmethod
    def from_edits(cls, edits: list[tuple[int, int, int]]) -> _Layer:
        arr = np.asarray(edits, dtype=np.int64).reshape(-1, 3)
        return cls(arr[:, 0], arr[:, 1], arr[:, 2])

    def start(self, p: int) -> int:
        k = bisect_right(self._ns, p) - 1
        if k < 0:
            return p
        ns = self._ns[k]
        if p < self._ne[k]:
            return self._os[k] + (p - ns if self._exact[k] else 0)
        return self._oe[k] + (p - self._ne[k])

    def end(self, p: int) -> int:
        """Map an exclusive end position (the character p - 1 is inside the span)."""
        q = p - 1
        k = bisect_right(self._ns, q) - 1
        if k < 0:
            return p
        ns = self._ns[k]
        if q < self._ne[k]:
            if self._exact[k]:
                return self._os[k] + (q - ns) + 1
            return self._oe[k]
        return self._oe[k] + (q - self._ne[k]) + 1

    @property
    def size(self) -> int:
        return len(self._ns)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps spans of a normalised text back to the original: a chain of edit layers.

    Memory is linear in the number of edits (four int64 values per edit), not in text length.
    """

    layers: tuple[_Layer, ...]
    original_length: int
    length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        start = max(0, min(start, self.length))
        end = max(start, min(end, self.length))
        for layer in reversed(self.layers):
            if start == end:
                start = end = layer.start(start)
            else:
                start, end = layer.start(start), layer.end(end)
        start = max(0, min(start, self.original_length))
        return start, max(start, min(end, self.original_length))


def _map(layers: list[_Layer], start: int, end: int) -> tuple[int, int]:
    for layer in reversed(layers):
        if start == end:
            start = end = layer.start(start)
        else:
            start, end = layer.start(start), layer.end(end)
    return start, end


@dataclass(frozen=True)
class Normalized:
    """A normalised text, its map back to the original, and the obfuscation found on the way.

    `hidden` holds (start, end, message) for content carried by invisible characters (Unicode tag
    characters, variation-selector bytes): the caller should scan each message as text too.
    """

    text: str
    offsets: OffsetMap
    hits: tuple[Hit, ...]
    hidden: tuple[tuple[int, int, str], ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering the normalised span [start, end)."""
        return self.offsets.to_original(start, end)


# --------------------------------------------------------------------------------------------
# Character classes

_TAGS = "\U000e0000-\U000e007f"
_VS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_ZW = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\U0001d173-\U0001d17a"
)
_REMOVE_RE: Final = re.compile(f"[{_ZW}{_BIDI}{_VS}{_TAGS}]+")
_TAG_RUN_RE: Final = re.compile(f"[{_TAGS}]+")
_VS_RUN_RE: Final = re.compile(f"[{_VS}]{{2,}}")
_BIDI_RUN_RE: Final = re.compile(f"[{_BIDI}]+")
_ZW_RUN_RE: Final = re.compile(f"[{_ZW}]+(?:[{_VS}]*[{_ZW}]+)*")
_RTL_RE: Final = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# The last entry stands for every code point above the BMP (none of them in this table).
_INVISIBLE_BMP: Final = np.zeros(0x10001, dtype=bool)
for _lo, _hi in (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
):  # fmt: skip
    _INVISIBLE_BMP[_lo : _hi + 1] = True
_TAG_TABLE: Final = {
    cp: (chr(cp - 0xE0000) if 0xE0020 <= cp <= 0xE007E else None) for cp in range(0xE0000, 0xE0080)
}
_ZW_NAMES: Final = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u061c": "Arabic letter mark",
}

# Lookalikes (after lower()) of ASCII letters in other scripts.
_CONFUSABLES: Final = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ь": "b", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Armenian, Latin IPA
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "ց": "g", "ı": "i", "ɑ": "a", "ɩ": "i", "ʏ": "y",
}  # fmt: skip
_CONF_TABLE: Final = str.maketrans(_CONFUSABLES)
_CONF_CLASS = "".join(_CONFUSABLES)
_CONF_T: Final = np.zeros(0x600, dtype=bool)
_FOREIGN_T: Final = np.zeros(0x600, dtype=bool)
_FOREIGN_T[0x370:0x530] = True
_FOREIGN_T[0x531:0x590] = True
for _c in _CONFUSABLES:
    _CONF_T[ord(_c)] = True
    _FOREIGN_T[ord(_c)] = False
_FOREIGN_T[0x37E] = _FOREIGN_T[0x387] = False  # Greek punctuation
_CONF_WORD_RE: Final = re.compile(f"[^\\W\\d_]*[{_CONF_CLASS}][^\\W\\d_]*")
_CONF_CHAR_RE: Final = re.compile(f"[{_CONF_CLASS}]")  # the characters `_CONF_T` marks

_LEET_DIGITS = "013457"
_LEET_I: Final = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                                "8": "b", "9": "g", "@": "a", "$": "s", "!": "i"})  # fmt: skip
_LEET_L: Final = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                                "8": "b", "9": "g", "@": "a", "$": "s", "!": "i"})  # fmt: skip
_LEET_TOKEN_RE: Final = re.compile(
    r"(?<![\w@$!])(?:[a-z]+[0-9@$!]|[0-9@$!]+[a-z])[a-z0-9@$!]*(?![\w@$])"
)
_NOT_LEET_RE: Final = re.compile(
    r"[a-z]+\d+"  # python3, mp3, h1, ipv4
    r"|\d+[a-z]{1,3}"  # 1st, 4th, 10px, 3d
    r"|[a-z]\d{2,}[a-z]"  # i18n, l10n
    r"|[0-9a-f]{8,}"  # hashes, ids
)
_SPACED_RE: Final = re.compile(
    r"(?<![\w@$!])[a-z0-9@$!]([ .*\-])(?:[a-z0-9@$!]\1){2,}[a-z0-9@$!](?![\w@$!])"
)
_ASCII_LETTER_RE: Final = re.compile(r"[a-z]")
_NON_ASCII_RUN_RE: Final = re.compile(r"[^\x00-\x7f]+")
_MAX_ITEMS: Final = 8192  # tokens, words or runs rewritten per text (bounds hostile input)

_ALNUM_T = np.zeros(128, dtype=bool)
_LETTER_T = np.zeros(128, dtype=bool)
_LEETC_T = np.zeros(128, dtype=bool)
_SEP_T = np.zeros(128, dtype=bool)
for _c in "abcdefghijklmnopqrstuvwxyz":
    _LETTER_T[ord(_c)] = True
for _c in "abcdefghijklmnopqrstuvwxyz0123456789@$!":
    _ALNUM_T[ord(_c)] = True
for _c in "0123456789@$!":
    _LEETC_T[ord(_c)] = True
for _c in " .*-":
    _SEP_T[ord(_c)] = True
# ASCII whitespace (what `str.split()` splits ASCII text on).
_ASCII_WS: Final = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_WS_OTHER: Final = _ASCII_WS[1:]
_SPACE_RUN_RE: Final = re.compile("(  +)")  # runs to collapse, captured so a split keeps them
# An HTML or XML element's tag (`<td>`, `</b>`, `<p class="x">`, `<br/>`): layout, not words.
# Comments, doctypes and chat-template markers (`<|im_start|>`, `<<sys>>`) are no element tags
# and stay for the rules that read them.
_TAG_RE: Final = re.compile(r"</?[a-z][a-z0-9-]{0,30}(?:[\s/][^<>]{0,500})?>")


def _untag(text: str) -> str:
    """`text` with each element tag blanked to spaces of its length (offsets are kept; the
    whitespace step then collapses the runs): a table of an invoice reads as its cells."""
    if "<" not in text:
        return text
    return _TAG_RE.sub(lambda m: " " * (m.end() - m.start()), text)


_UNICODE_WS: Final[tuple[str, ...]] = (
    "\x85", "\xa0", "\u1680", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
    *(chr(c) for c in range(0x2000, 0x200B)),
)  # fmt: skip
_UNICODE_WS_RE: Final = re.compile("[" + "".join(_UNICODE_WS) + "]")


def _codes(text: str) -> npt.NDArray[np.uint8]:
    """Code points of `text`, every non-ASCII one clipped to 127 (DEL, in no table)."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(cps, 127).astype(np.uint8)


def _windows(
    positions: npt.NDArray[np.intp], before: int, after: int, n: int
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in positions[:_MAX_ITEMS].tolist():
        s, e = max(0, p - before), min(n, p + after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------------------------
# Helpers


def _is_security_word(word: str) -> bool:
    if word in SECURITY_WORDS:
        return True
    return any(w in word for w in ("ignore", "instruction", "jailbreak", "password", "disregard"))


def deleet(token: str) -> tuple[str, bool] | None:
    """Read a lower-case token as leetspeak: (plain form, is a security word), or None.

    A token is read as leet when its plain form is a security word, or when it mixes letters
    with leet digits (0 1 3 4 5 7) in a way that numbers, versions and ids do not.
    """
    core = token.rstrip("!")
    tail = token[len(core) :]
    if not _ASCII_LETTER_RE.search(core) or core.isalpha():
        return None
    reading_i = core.translate(_LEET_I)
    reading_l = core.translate(_LEET_L)
    for reading in (reading_i, reading_l):
        if reading.isalpha() and _is_security_word(reading):
            return reading + tail, True
    if not core.isalnum():  # symbols (@ $ !) only count towards a security word
        return None
    digits = [c for c in core if c.isdigit()]
    if any(d not in _LEET_DIGITS for d in digits) or _NOT_LEET_RE.fullmatch(core):
        return None
    if len(core) < 3:
        return None
    plain = reading_l if reading_l in _COMMON and reading_i not in _COMMON else reading_i
    return plain + tail, False


def _is_pictograph(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2190 <= cp <= 0x2BFF or unicodedata.category(ch) in ("So", "Sk")


def _is_non_latin_letter(ch: str) -> bool:
    return ord(ch) >= 0x0370 and ch.isalpha()


def _is_non_latin_letter_or_mark(ch: str) -> bool:
    """A letter or combining mark of a script other than Latin (a virama ends Malayalam and
    Kannada syllables that a zero-width joiner then shapes)."""
    return ord(ch) >= 0x0370 and (ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc"))


# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer, New Tai Lue,
# Tai Tham, Balinese, Javanese, Tai Viet, kana and CJK ideographs): a zero-width space marks
# where a line may break between two words.
_NO_SPACE_SCRIPT_RE: Final = re.compile(
    "[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u1980-\u19ff\u1a20-\u1aaf"
    "\u1b00-\u1b7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\ua980-\ua9ff\uaa60-\uaadf]"
)


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(1 for c in s if c.isprintable() or c in "\n\t")
    return good / len(s)


class _Hits:
    """Collects hits, mapping intermediate offsets to original ones and capping repeats."""

    def __init__(self, text: str, index: LineIndex | None) -> None:
        self._text = text
        self._index = index
        self.hits: list[Hit] = []
        self._counts: dict[str, int] = {}
        self._extra: dict[str, tuple[int, int, int]] = {}

    def span(self, start: int, end: int) -> Span:
        if self._index is None:
            self._index = LineIndex(self._text)
        return self._index.span(start, end)

    def add(  # noqa: PLR0917 - one hit's fields, in Hit's order
        self,
        detector: str,
        reason: str,
        start: int,
        end: int,
        score: float,
        decoded: str | None = None,
    ) -> None:
        n = self._counts.get(detector, 0)
        self._counts[detector] = n + 1
        if n >= _MAX_HITS_PER_DETECTOR:
            count, s0, _ = self._extra.get(detector, (0, start, end))
            self._extra[detector] = (count + 1, min(s0, start), end)
            return
        self.hits.append(
            Hit(
                Category.OBFUSCATION,
                f"obfuscation.{detector}",
                reason,
                self.span(start, end),
                max(0.0, min(1.0, score)),
                decoded,
            )
        )

    def finish(self) -> tuple[Hit, ...]:
        for detector, (count, start, end) in self._extra.items():
            self.hits.append(
                Hit(
                    Category.OBFUSCATION,
                    f"obfuscation.{detector}",
                    f"{count} more places obfuscated the same way",
                    self.span(start, end),
                    0.5,
                )
            )
        self.hits.sort(key=lambda h: (h.span.start, h.span.end))
        return tuple(self.hits)


# --------------------------------------------------------------------------------------------
# Stages


def _scan_invisible(text: str, out: _Hits, hidden: list[tuple[int, int, str]]) -> None:
    """Report invisible, tag, variation-selector and bidi characters (original offsets)."""
    n = len(text)
    # Unicode tag characters: an ASCII message nobody sees.
    for k, m in enumerate(_TAG_RUN_RE.finditer(text)):
        s, e = m.span()
        if k >= 256:
            break
        msg = m.group().translate(_TAG_TABLE)
        if (
            s > 0
            and text[s - 1] == "\U0001f3f4"
            and m.group().endswith("\U000e007f")
            and re.fullmatch(r"[a-z0-9]{2,6}", msg)
        ):
            continue  # subdivision flag emoji (England, Scotland, Wales)
        score = 0.95 if sum(c.isalpha() for c in msg) >= 2 else 0.7
        out.add("unicode-tags", f"{e - s} Unicode tag characters hide text", s, e, score, msg)
        if msg:
            hidden.append((s, e, msg))
    # Runs of variation selectors: bytes smuggled after an emoji or a letter.
    for k, m in enumerate(_VS_RUN_RE.finditer(text)):
        s, e = m.span()
        if k >= 256:
            break
        data = bytes(
            (ord(c) - 0xFE00) if ord(c) <= 0xFE0F else (ord(c) - 0xE0100 + 16) for c in m.group()
        )
        msg = data.decode("utf-8", "replace")
        readable = _printable_ratio(msg) >= 0.8
        out.add(
            "invisible",
            f"{e - s} variation selectors in a row carry hidden bytes",
            s,
            e,
            0.9 if readable else 0.6,
            msg if readable else None,
        )
        if readable and msg:
            hidden.append((s, e, msg))
    # Bidi embedding, override and isolate controls.
    has_rtl = _RTL_RE.search(text) is not None
    for k, m in enumerate(_BIDI_RUN_RE.finditer(text)):
        s, e = m.span()
        if k >= 256:
            out.add("bidi", "many more bidirectional controls follow", s, n, 0.9)
            break
        run = m.group()
        override = "\u202d" in run or "\u202e" in run
        near_rtl = has_rtl and _RTL_RE.search(text, max(0, s - 64), min(n, e + 64)) is not None
        score = (0.5 if override else 0.25) if near_rtl else (0.9 if override else 0.75)
        kind = "override" if override else "embedding/isolate"
        out.add("bidi", f"bidirectional {kind} control reorders what a reader sees", s, e, score)
    # Zero-width and other invisible format characters.
    for k, m in enumerate(_ZW_RUN_RE.finditer(text)):
        s, e = m.span()
        if k >= 512:
            out.add("invisible", "many more invisible characters follow", s, n, 0.85)
            break
        run = m.group()
        b = s
        while b > 0 and "\ufe00" <= text[b - 1] <= "\ufe0f" and s - b < 2:
            b -= 1
        prev = text[b - 1] if b > 0 else ""
        nxt = text[e] if e < n else ""
        core = run.strip("".join(chr(c) for c in range(0xFE00, 0xFE10)))
        kinds = set(core)
        if kinds == {"\ufeff"} and s == 0:
            continue  # byte-order mark at the start
        if kinds <= {"\u200d"} and prev and nxt and _is_pictograph(prev) and _is_pictograph(nxt):
            continue  # emoji ZWJ sequence
        if kinds <= {"\u200c", "\u200d"} and (
            (prev and _is_non_latin_letter_or_mark(prev)) or (nxt and _is_non_latin_letter(nxt))
        ):
            continue  # joiners in Persian, Indic, Arabic words (also a Malayalam word's end)
        if core == "\u200b" and (_NO_SPACE_SCRIPT_RE.match(prev) or _NO_SPACE_SCRIPT_RE.match(nxt)):
            continue  # a word break in Thai, Khmer, Burmese, Japanese and the like
        if kinds <= {"\u200e", "\u200f", "\u061c"}:
            if has_rtl:
                continue
            score = 0.3
        elif kinds == {"\u00ad"}:
            score = 0.25 if len(core) == 1 else 0.5
        else:
            inside = prev.isalnum() and nxt.isalnum()
            score = 0.75 if inside else 0.5
            if len(core) >= 3:
                score = 0.85
        names = sorted({_ZW_NAMES.get(c, f"U+{ord(c):04X}") for c in kinds})
        where = "inside a word" if prev.isalnum() and nxt.isalnum() else "in the text"
        out.add(
            "invisible",
            f"{len(core)} invisible character(s) ({', '.join(names)}) {where}",
            s,
            e,
            score,
        )


def strip_invisible(text: str) -> str:
    """`text` without the characters that render as nothing (zero-width characters, bidi
    controls, variation selectors, tag characters): what the normaliser removes, offsets lost."""
    return _REMOVE_RE.sub("", text)


def _invisible_mask(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    # Table look-ups with `take`, every index past the table's end clipped to its last entry
    # (a numpy fancy index would check each index and needs them clipped beforehand).
    mask: npt.NDArray[np.bool_] = _INVISIBLE_BMP.take(cps, mode="clip")
    if len(cps) and int(cps.max()) >= 0x1D173:  # the invisible characters above the BMP
        mask |= (cps >= 0xE0000) & (cps <= 0xE01EF) & ((cps <= 0xE007F) | (cps >= 0xE0100))
        mask |= (cps >= 0x1D173) & (cps <= 0x1D17A)
    return mask


def _remove_invisible(text: str, mask: npt.NDArray[np.bool_]) -> tuple[str, _Layer]:
    d = np.diff(mask.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = (d == 1).nonzero()[0].astype(np.int64)
    ends = (d == -1).nonzero()[0].astype(np.int64)
    layer = _Layer(starts, ends, np.zeros(len(starts), dtype=np.int64))
    return _REMOVE_RE.sub("", text), layer


def _nfkc_lines(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, line by line, the lines of plain ASCII skipped.

    A newline neither decomposes nor composes with the character on either side of it, and
    reordering moves only combining marks past each other, so the form of the whole is the
    forms of its lines joined; lines of plain ASCII are in normal form already."""
    return "\n".join(
        [
            line if line.isascii() else unicodedata.normalize("NFKC", line)
            for line in text.split("\n")
        ]
    )


def _nfkc(text: str) -> tuple[str, _Layer | None]:
    if unicodedata.is_normalized("NFKC", text):
        return text, None
    whole = _nfkc_lines(text)
    if len(whole) == len(text):
        return whole, None  # same length: the fold maps character for character
    pieces: list[str] = []
    edits: list[tuple[int, int, int]] = []
    pos = 0
    line_start = 0
    for line in text.split("\n"):
        ls, le = line_start, line_start + len(line)
        line_start = le + 1
        if line.isascii():
            continue
        nl = unicodedata.normalize("NFKC", line)
        if nl == line:
            continue
        if len(nl) == len(line) or len(line) > 4096:
            pieces.append(text[pos:ls])
            pieces.append(nl)
            edits.append((ls, le, len(nl)))
            pos = le
            continue
        for m in _NON_ASCII_RUN_RE.finditer(text, ls, le):
            pos = _nfkc_run(text, m.start(), m.end(), pos, pieces=pieces, edits=edits)
    if not edits:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), _Layer.from_edits(edits)


def _nfkc_run(
    text: str, s: int, e: int, pos: int, *, pieces: list[str], edits: list[tuple[int, int, int]]
) -> int:
    """NFKC one non-ASCII run; append pieces and edits; return the new copy position."""
    if s > 0 and s - 1 >= pos:
        s -= 1  # a combining mark composes with the character before it
    seg = text[s:e]
    nf = unicodedata.normalize("NFKC", seg)
    if nf == seg:
        return pos
    if len(nf) == len(seg) or len(seg) > 256:
        repl = [(s, e, nf)]
    else:
        parts = [unicodedata.normalize("NFKC", c) for c in seg]
        if "".join(parts) == nf:
            repl = [(s + i, s + i + 1, p) for i, p in enumerate(parts) if p != seg[i]]
        else:
            repl = [(s, e, nf)]
    for rs, rend, r in repl:
        pieces.append(text[pos:rs])
        pieces.append(r)
        edits.append((rs, rend, len(r)))
        pos = rend
    return pos


def _lower(text: str) -> tuple[str, _Layer | None]:
    text = text.replace("\u0130", "i")  # İ lower-cases to two characters
    low = text.lower()
    if len(low) == len(text):
        return low, None
    pieces: list[str] = []
    edits: list[tuple[int, int, int]] = []
    pos = 0
    for m in _NON_ASCII_RUN_RE.finditer(text):
        for i in range(m.start(), m.end()):
            lc = text[i].lower()
            if len(lc) != 1:
                pieces.append(text[pos:i].lower())
                pieces.append(lc)
                edits.append((i, i + 1, len(lc)))
                pos = i + 1
    pieces.append(text[pos:].lower())
    return "".join(pieces), (_Layer.from_edits(edits) if edits else None)


def _homoglyph_words(text: str) -> tuple[list[re.Match[str]], bool]:
    if _CONF_CHAR_RE.search(text) is None:
        return [], False
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    conf = _CONF_T.take(cps, mode="clip")  # code points past the table read as its last entry
    if not conf.any():
        return [], False
    genuine = bool(_FOREIGN_T.take(cps, mode="clip").any())
    if genuine:  # only words that also hold ASCII letters can be spoofs
        ascii_letter = (cps >= 97) & (cps <= 122)
        near = np.zeros_like(conf)
        near[1:] |= ascii_letter[:-1]
        near[:-1] |= ascii_letter[1:]
        conf &= near
    idx = conf.nonzero()[0]
    found: list[re.Match[str]] = []
    last = 0
    n = len(text)
    for win_start, win_end in _windows(idx, 1, 2, n):
        ws, we = max(win_start, last), win_end
        while ws > last and ws > 0 and text[ws - 1].isalpha():
            ws -= 1
        while we < n and text[we].isalpha():
            we += 1
        found.extend(_CONF_WORD_RE.finditer(text, ws, we))
        last = we
        if len(found) >= _MAX_ITEMS:
            break
    return found, genuine


# Letters of Latin alphabets that the confusables table reads as ASCII (Turkish dotless ı; the
# iota of Mooré, Kabiyè and other Gur languages, `tɩ`; the alpha and the script g of African
# alphabets): a word spelled with them is reported only when it reads as a security word
# (`ıgnore`, `ɩnstructɩons`).
_LATIN_LETTERS_WITH_LOOKALIKES: Final = frozenset("ıɩɑɡ")


def _homoglyphs(text: str, layers: list[_Layer], out: _Hits) -> str:
    words, genuine_foreign = _homoglyph_words(text)
    if not words:
        return text
    chars = None
    for m in words:
        word = m.group()
        has_ascii = _ASCII_LETTER_RE.search(word) is not None
        if not has_ascii and (genuine_foreign or len(word) < 3):
            continue
        mapped = word.translate(_CONF_TABLE)
        if not mapped.isascii():
            continue  # a letter with no ASCII lookalike: a genuine word of another script
        if chars is None:
            chars = list(text)
        s, e = m.span()
        chars[s:e] = mapped
        security = _is_security_word(mapped)
        if not security and {c for c in word if not c.isascii()} <= _LATIN_LETTERS_WITH_LOOKALIKES:
            continue  # Turkish `Yılmaz`, Mooré `tɩ`: a Latin alphabet's letter, no trick
        os_, oe = _map(layers, s, e)
        out.add(
            "homoglyph",
            f"word mixes scripts with lookalike letters (reads as {mapped!r})",
            os_,
            oe,
            0.9 if security else 0.65,
            mapped,
        )
    return text if chars is None else "".join(chars)


def _spaced_matches(text: str, codes: npt.NDArray[np.uint8]) -> list[re.Match[str]]:
    if len(codes) < 7:
        return []
    a = _ALNUM_T.take(codes)
    sep = _SEP_T.take(codes)
    c1 = codes[1:-5]
    hit = a[:-6] & sep[1:-5] & a[2:-4] & (codes[3:-3] == c1) & a[4:-2] & (codes[5:-1] == c1)
    hit &= a[6:]
    idx = hit.nonzero()[0]
    if idx.size == 0:
        return []
    found: list[re.Match[str]] = []
    for ws, we in _windows(idx, 2, 200, len(text)):
        found.extend(_SPACED_RE.finditer(text, ws, we))
    return found


def _spaced(
    text: str, codes: npt.NDArray[np.uint8], layers: list[_Layer], out: _Hits
) -> tuple[str, _Layer | None]:
    edits: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    pos = 0
    for m in _spaced_matches(text, codes)[:_MAX_ITEMS]:
        run = m.group()
        letters = run[::2]
        if sum(c.isalpha() for c in letters) < 3:
            continue
        s, e = m.span()
        for i in range(s + 1, e, 2):
            edits.append((i, i + 1, 0))
        pieces.append(text[pos:s])
        pieces.append(letters)
        pos = e
        lee = deleet(letters)
        word = lee[0] if lee is not None else letters
        security = _is_security_word(word)
        os_, oe = _map(layers, s, e)
        out.add(
            "spaced-letters",
            f"single letters spaced apart spell {word!r}",
            os_,
            oe,
            0.85 if security else 0.35,
            word,
        )
    if not edits:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), _Layer.from_edits(edits)


def _leet_matches(text: str, codes: npt.NDArray[np.uint8]) -> list[re.Match[str]]:
    if len(codes) < 2:
        return []
    letter = _LETTER_T.take(codes)
    leet = _LEETC_T.take(codes)
    idx = ((letter[:-1] & leet[1:]) | (leet[:-1] & letter[1:])).nonzero()[0]
    if idx.size == 0:
        return []
    found: list[re.Match[str]] = []
    last = -1
    for ws, we in _windows(idx, 40, 40, len(text)):
        for m in _LEET_TOKEN_RE.finditer(text, max(ws, last), we):
            found.append(m)
            last = m.end()
        if len(found) >= _MAX_ITEMS:
            break
    return found[:_MAX_ITEMS]


def _leet(text: str, codes: npt.NDArray[np.uint8], layers: list[_Layer], out: _Hits) -> str:
    pieces: list[str] = []
    pos = 0
    for m in _leet_matches(text, codes):
        res = deleet(m.group())
        if res is None:
            continue
        plain, security = res
        s, e = m.span()
        pieces.append(text[pos:s])
        pieces.append(plain)
        pos = e
        if security:
            os_, oe = _map(layers, s, s + len(plain.rstrip("!")))
            out.add("leetspeak", f"leetspeak spelling of {plain!r}", os_, oe, 0.75, plain)
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


# Words an override turns on, misspelt to slip past keyword filters ("ignore your previous
# iunstructions", "disreagrd the guidelnes"): every spelling one edit away (a letter added,
# dropped, changed or two swapped) reads as the word. Inflections and other real words one edit
# away keep their own spelling ("ignored" is not "ignore", Spanish "ignora" is read by its
# own rules).
_TYPO_WORDS: Final = (
    "instructions", "instruction", "previous", "ignore", "disregard", "guidelines",
    "directives", "restrictions", "override",
)  # fmt: skip
_TYPO_KEEP: Final = frozenset(
    {"ignored", "ignores", "ignorer", "pervious", "precious", "disregards", "guideline",
     "directive", "restriction", "overrides", "overrode", "overrider",
     # the same words in other languages, which their own rules read
     "ignora", "ignorez", "ignori", "ignoro", "ignoras"}
)  # fmt: skip
_TYPO_RE: Final = re.compile(r"\b[a-z]{5,13}\b")


@functools.cache
def _typo_map() -> dict[str, str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: dict[str, str] = {}
    for word in _TYPO_WORDS:
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        variants = {a + b[1:] for a, b in splits if b}
        variants |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        variants |= {a + c + b[1:] for a, b in splits if b for c in letters}
        variants |= {a + c + b for a, b in splits for c in letters}
        for v in variants - _TYPO_KEEP - set(_TYPO_WORDS):
            out.setdefault(v, word)
    return out


# Every byte but the ASCII letters a-z, made a space (UTF-8 bytes of other characters included).
_LETTERS_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@functools.cache
def _typo_keys() -> frozenset[bytes]:
    """The misspellings of `_typo_map`, as ASCII bytes."""
    return frozenset(k.encode("ascii") for k in _typo_map())


def _letter_runs(text: str) -> list[bytes]:
    """Every maximal run of the letters a-z in `text`, as bytes (one `bytes.translate` and
    `split`, no regex scan)."""
    return text.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split()


def _typos(text: str) -> tuple[str, _Layer | None]:
    """`text` with misspelt override words spelt right (see `_TYPO_WORDS`)."""
    fixes = _typo_map()
    # Every word `_TYPO_RE` finds (5 to 13 letters between non-word characters) is a maximal run
    # of the letters a-z: when no such run is a misspelling, no word is.
    if _typo_keys().isdisjoint(_letter_runs(text)):
        return text, None
    if fixes.keys().isdisjoint(_TYPO_RE.findall(text)):
        return text, None
    edits: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    pos = 0
    for m in _TYPO_RE.finditer(text):
        word = fixes.get(m.group())
        if word is None:
            continue
        s, e = m.span()
        pieces += [text[pos:s], word]
        pos = e
        edits.append((s, e, len(word)))
        if len(edits) >= _MAX_ITEMS:
            break
    if not edits:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), _Layer.from_edits(edits)


def _whitespace(text: str) -> tuple[str, _Layer | None]:
    """`text` with every whitespace run collapsed to one space (and any other whitespace
    character made one)."""
    # Every whitespace character (`str.isspace`, what the regex `\s` matches) becomes a space,
    # one `str.replace` per character present, so the runs to collapse are the runs of two or
    # more spaces, which a regex with a literal prefix finds as fast as `str.find`.
    flat = text
    for ch in _ASCII_WS_OTHER:
        if ch in flat:
            flat = flat.replace(ch, " ")
    if not text.isascii():
        for ch in set(_UNICODE_WS_RE.findall(text)):
            flat = flat.replace(ch, " ")
    # One scan: the pieces between the runs of two or more spaces, each run kept (a capturing
    # split), so the runs' offsets are running sums of the parts' lengths.
    parts = _SPACE_RUN_RE.split(flat)
    if len(parts) == 1:
        return flat, None
    return " ".join(parts[::2]), _Layer.of_space_runs(list(accumulate(map(len, parts))))


# --------------------------------------------------------------------------------------------


def normalize(text: str, index: LineIndex | None = None) -> Normalized:
    """Normalise `text` for matching; report the obfuscation undone on the way.

    `index` (a `LineIndex` of `text`) is used for hit spans; one is built when needed.
    """
    out = _Hits(text, index)
    hidden: list[tuple[int, int, str]] = []
    layers: list[_Layer] = []
    layer: _Layer | None
    if text.isascii():
        t = index.lower if index is not None else text.lower()
    else:
        t = text
        # `_invisible_mask` marks exactly the characters `_REMOVE_RE` finds, and a table look-up
        # tells faster than the regex's scan through its character ranges.
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        mask = _invisible_mask(cps)
        if mask.any():
            _scan_invisible(text, out, hidden)
            t, removal = _remove_invisible(t, mask)
            layers.append(removal)
        for step in (_nfkc, _lower):
            t, layer = step(t)
            if layer is not None:
                layers.append(layer)
        if not t.isascii():
            t = _homoglyphs(t, layers, out)
    t = _untag(t)
    codes = _codes(t)
    t, layer = _spaced(t, codes, layers, out)
    if layer is not None:
        layers.append(layer)
        codes = _codes(t)
    t = _leet(t, codes, layers, out)
    t, layer = _typos(t)
    if layer is not None:
        layers.append(layer)
    t, layer = _whitespace(t)
    if layer is not None:
        layers.append(layer)
    offsets = OffsetMap(tuple(layers), len(text), len(t))
    return Normalized(t, offsets, out.finish(), tuple(hidden))
