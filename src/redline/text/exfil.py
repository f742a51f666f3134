"""Find URLs built to carry data out: Markdown images and links, HTML tags and CSS `url()` whose
query or path holds a template placeholder, an encoded blob or prose, and instructions to append
data to a URL or to visit one with the user's data.

An image is worse than a link: a renderer fetches it without a click. A plain link to
documentation is never a hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

from redline.text._spans import LineIndex
from redline.text._trie import trie_pattern
from redline.text.decode import find_encoded
from redline.text.types import Category, Hit

__all__ = ["find_exfiltration"]

_MAX_URLS: Final = 512

_MD_IMAGE_RE: Final = re.compile(r"!\[[^\]\n]{0,300}\]\(\s*([^)\n]{1,2000})\)")
_MD_LINK_RE: Final = re.compile(r"(?<!!)\[[^\]\n]{0,300}\]\(\s*([^)\n]{1,2000})\)")
_MD_REF_RE: Final = re.compile(r"^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]*(\S{1,2000})", re.M)
_HTML_RE: Final = re.compile(
    r"<(img|image|a|iframe|script|link|source|video|audio|embed|object|form|input)\b"
    r"[^>]{0,2000}?\b(src|href|srcset|action|data|poster)\s*=\s*"
    r"(?:\"([^\"]{1,2000})\"|'([^']{1,2000})'|([^\s>]{1,2000}))",
    re.I,
)
_CSS_URL_RE: Final = re.compile(r"url\(\s*['\"]?([^'\")\s]{1,2000})", re.I)
_CLICK_TAGS: Final = frozenset({"a", "form"})

_PLACEHOLDER_RE: Final = re.compile(
    r"\{\{?\s*[A-Za-z_][\w .:-]{0,60}\}\}?"  # {data} {{ secret }}
    r"|\$\{?[A-Za-z_]\w{1,40}\}?"  # $DATA ${data}
    r"|<[A-Za-z_][\w .-]{0,60}>"  # <conversation>
    r"|\[[A-Z_][A-Z0-9_ ]{2,40}\]"  # [SECRET]
    r"|%7B%7B?[\w%.:-]{1,80}?%7D|%3C[\w%.-]{1,80}?%3E"  # encoded braces / angle brackets
    r"|\b(?:INSERT|YOUR|PUT|ADD)_[A-Z_]{2,40}\b"
    r"|\b(?:X{4,}|DATA_HERE|SECRET_HERE)\b",
)
_SENSITIVE_KEYS: Final = frozenset(
    str.split(
        """
    data secret secrets password passwd pwd token apikey api_key key chat history conversation
    convo memory memories leak exfil payload creds credential credentials ssn email cookie
    cookies session prompt context summary msg message messages content info pii
    """
    )
)
_SIGNATURE_KEYS: Final = frozenset(
    str.split(
        """
    x-amz-signature x-amz-credential x-amz-security-token x-amz-date signature sig se sp sv sr
    st spr skoid sktid skt ske sks skv expires policy key-pair-id googleaccessid v ver version
    hash h w width height s size format fm auto fit crop rev etag cb ixid ixlib
    """
    )
)
_OPAQUE_RE: Final = re.compile(r"[A-Za-z0-9+/=_%.-]{32,}")
_URL_START_RE: Final = re.compile(r"(?:https?:)?//|www\.", re.I)

_SENSITIVE_WORDS = (
    r"(?:the\s+)?(?:user'?s?|conversation|chat|history|password|passwords|secret|secrets|"
    r"api[\s_-]?keys?|tokens?|credentials?|e-?mail|personal|private|previous\s+messages|"
    r"context|memory|data|summary|messages?|address|phone|ssn)"
)
# The words an instruction starts with (the first of each alternative of the patterns below).
_APPEND_VERBS: Final = (
    "append", "add", "attach", "concatenate", "insert", "include", "put", "embed", "encode",
    "replace", "substitute",
)  # fmt: skip
_VISIT_VERBS: Final = (
    "visit", "open", r"go\s+to", r"navigate\s+to", r"browse\s+to", "fetch", "load", "request",
    "call", "render", "display",
)  # fmt: skip
_INSTR_APPEND_RE: Final = re.compile(
    rf"\b(?:{'|'.join(_APPEND_VERBS)})\b"
    r"[^\n]{0,100}?\b(?:to|in|into|inside|onto|with|at\s+the\s+end\s+of)\s+(?:the\s+|this\s+|a\s+"
    r"|each\s+|every\s+)?(?:url|link|query(?:\s+string)?|image(?:\s+(?:url|link|source|src))?"
    r"|address|endpoint|request|parameter|placeholder)s?\b",
    re.I,
)
_INSTR_VISIT_RE: Final = re.compile(
    rf"\b(?:{'|'.join(_VISIT_VERBS)})"
    r"\b[^\n]{0,60}?\b(?:url|link|page|address|endpoint|image|website|site)\b[^\n]{0,60}?\b"
    r"(?:with|containing|including|passing|carrying|that\s+contains|and\s+(?:append|add|include))"
    rf"\b[^\n]{{0,40}}?\b{_SENSITIVE_WORDS}",
    re.I,
)
# Where a match of either pattern can start: one of its first words, found in the lower-cased text
# (a trie, so the scan skips other characters). Under IGNORECASE, three characters match an ASCII
# letter that `str.lower` does not make them (Turkish İ and ı as i, the long ſ as s; İ also
# lower-cases to two characters): a text holding one is scanned by the patterns themselves.
_APPEND_START_RE: Final = re.compile(trie_pattern(sorted(_APPEND_VERBS)))
_VISIT_START_RE: Final = re.compile(trie_pattern(sorted({v.split("\\")[0] for v in _VISIT_VERBS})))
_FOLD_OUTLIERS: Final = ("\u0130", "\u0131", "\u017f")
_NOUNS: Final = ("url", "link", "quer", "image", "endpoint", "site", "page", "address")
_MAX_WINDOWS: Final = 2048
_SENSITIVE_RE: Final = re.compile(rf"\b{_SENSITIVE_WORDS}\b", re.I)


@dataclass(frozen=True, slots=True)
class _Finding:
    score: float
    reason: str
    decoded: str | None = None


def _clean_url(raw: str) -> str:
    url = raw.strip()
    if url.startswith("<"):
        url = url[1:].split(">", 1)[0]
    else:
        for quote in (' "', " '"):  # Markdown title after the URL
            if quote in url:
                url = url.split(quote, 1)[0]
    return url.strip()


def _analyse(url: str, image: bool) -> _Finding | None:
    """How strongly `url` looks built to carry data; None for an ordinary URL."""
    if not _URL_START_RE.match(url):
        return None
    placeholder = _PLACEHOLDER_RE.search(url)
    try:
        parts = urlsplit(url if not url.startswith("www.") else "//" + url)
    except ValueError:
        parts = None
    if placeholder is not None:
        score = 0.95 if image else 0.8
        return _Finding(score, f"URL has a template placeholder {placeholder.group()!r}")
    if parts is None:
        return None
    best: _Finding | None = None

    def consider(f: _Finding) -> None:
        nonlocal best
        if best is None or f.score > best.score:
            best = f

    query = parts.query or ""
    fields = parse_qsl(query, keep_blank_values=True) if query else []
    if not fields and query and "=" not in query:
        fields = [("", query)]
    for key, value in fields[:32]:
        k = key.lower()
        if k in _SIGNATURE_KEYS or not value:
            continue
        words = [w for w in re.split(r"[\s+]+", unquote(value)) if w]
        if len(words) >= 4 and len(value) >= 24:
            consider(
                _Finding(0.85 if image else 0.6, f"URL query {key!r} carries prose", value[:200])
            )
            continue
        if len(value) >= 16:
            found = find_encoded(value, max_segments=1)
            if found and found[0].end - found[0].start >= len(value) * 0.6:
                consider(
                    _Finding(
                        0.85 if image else 0.6,
                        f"URL query {key!r} carries {found[0].scheme}-encoded text",
                        found[0].decoded[:200],
                    )
                )
                continue
        if k in _SENSITIVE_KEYS and len(value) >= 4:
            consider(_Finding(0.6 if image else 0.45, f"URL query sends a {key!r} value"))
        elif _OPAQUE_RE.fullmatch(value):
            consider(_Finding(0.5 if image else 0.35, f"URL query {key!r} has a long opaque value"))
    for segment in (parts.path or "").split("/")[-6:]:
        if len(segment) >= 24:
            found = find_encoded(segment, max_segments=1)
            if found and found[0].end - found[0].start >= len(segment) * 0.6:
                consider(
                    _Finding(
                        0.8 if image else 0.55,
                        f"URL path carries {found[0].scheme}-encoded text",
                        found[0].decoded[:200],
                    )
                )
    return best


def _instruction_windows(low: str) -> list[tuple[int, int]]:
    """Merged windows around the nouns an exfiltration instruction needs (url, link, ...)."""
    centres: list[int] = []
    for noun in _NOUNS:
        i = low.find(noun)
        while i != -1 and len(centres) < _MAX_WINDOWS:
            centres.append(i)
            i = low.find(noun, i + len(noun))
    centres.sort()
    windows: list[tuple[int, int]] = []
    for c in centres:
        s, e = max(0, c - 170), min(len(low), c + 170)
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], e)
        else:
            windows.append((s, e))
    return windows


def _instruction_matches(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, low: str, window: tuple[int, int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, *window)`, the pattern tried only where `starts` finds one of its
    first words in `low` (`text` lower-cased, offset for offset, with no `_FOLD_OUTLIERS`)."""
    s, e = window
    last = s
    c = starts.search(low, s, e)
    while c is not None:
        q = c.start()
        if q >= last:
            m = pattern.match(text, q, e)
            if m is not None:
                yield m
                last = m.end()
        c = starts.search(low, q + 1, e)


def find_exfiltration(text: str, index: LineIndex | None = None) -> list[Hit]:
    """Hits (Category.EXFILTRATION, original offsets) for data-carrying URLs and instructions."""
    hits: list[Hit] = []
    idx = index

    def add(detector: str, start: int, end: int, f: _Finding) -> None:
        nonlocal idx
        if idx is None:
            idx = LineIndex(text)
        hits.append(
            Hit(
                Category.EXFILTRATION,
                f"exfiltration.{detector}",
                f.reason,
                idx.span(start, end),
                min(1.0, f.score),
                f.decoded,
            )
        )

    instructions: list[tuple[int, int]] = []
    low = index.lower if index is not None else text.lower()
    by_words = text.isascii() or not any(c in text for c in _FOLD_OUTLIERS)
    for s, e in _instruction_windows(low):
        for pattern, starts, why in (
            (_INSTR_APPEND_RE, _APPEND_START_RE, "instruction to put data into a URL"),
            (
                _INSTR_VISIT_RE,
                _VISIT_START_RE,
                "instruction to visit a URL carrying the user's data",
            ),
        ):
            found = (
                _instruction_matches(pattern, starts, text, low, (s, e))
                if by_words
                else pattern.finditer(text, s, e)
            )
            for m in found:
                ms, me = m.span()
                if any(a <= ms < b for a, b in instructions):
                    continue
                if pattern is _INSTR_APPEND_RE and not any(
                    # The place the data goes ("the address") is not the data itself:
                    # "deliver to the address on the order" puts nothing into a URL.
                    w.end() != me
                    for w in _SENSITIVE_RE.finditer(text, max(0, ms - 120), me + 120)
                ):
                    continue
                instructions.append((ms, me))
                add("instruction", ms, me, _Finding(0.8, why))
                if len(instructions) >= 32:
                    break
        if len(instructions) >= 32:
            break

    def near_instruction(start: int) -> bool:
        return any(s - 600 <= start <= e + 600 for s, e in instructions)

    seen = 0
    candidates: list[tuple[str, int, int, str, bool]] = []
    if "](" in text:
        for m in _MD_IMAGE_RE.finditer(text):
            candidates.append(("markdown-image", *m.span(), m.group(1), True))
        for m in _MD_LINK_RE.finditer(text):
            candidates.append(("markdown-link", *m.span(), m.group(1), False))
    if "]:" in text:
        for m in _MD_REF_RE.finditer(text):
            candidates.append(("markdown-link", *m.span(), m.group(1), False))
    if "<" in text:
        for m in _HTML_RE.finditer(text):
            tag = m.group(1).lower()
            url = m.group(3) or m.group(4) or m.group(5) or ""
            image = tag not in _CLICK_TAGS
            candidates.append(("html-image" if image else "html-link", *m.span(), url, image))
    if "url(" in text or "URL(" in text:
        for m in _CSS_URL_RE.finditer(text):
            candidates.append(("css-url", *m.span(), m.group(1), True))
    for detector, start, end, raw, image in candidates:
        seen += 1
        if seen > _MAX_URLS:
            break
        finding = _analyse(_clean_url(raw), image)
        if finding is None:
            continue
        if near_instruction(start):
            finding = _Finding(min(1.0, finding.score + 0.1), finding.reason, finding.decoded)
        add(detector, start, end, finding)
    hits.sort(key=lambda h: (h.span.start, h.span.end))
    return hits
