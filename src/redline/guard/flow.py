"""The session trace: what entered an agent's context, and where the arguments of a call came from.

A `Trace` keeps, per session and in memory only:
- the user's own messages (and outputs of trusted tools): the sources a target may come from;
- untrusted content (tool outputs, documents), and which parts of it the detector flagged;
- secret values seen (credentials files read, env vars, secrets found in texts), kept only to
  match them against outbound arguments; the audit log never sees them.

`provenance("attacker@evil.com")` says whether a value came from the user, from untrusted
content, or from the flagged part of untrusted content. `find_secret(arguments)` finds a secret
value in call arguments, also when base64-, hex- or URL-encoded.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final
from urllib.parse import unquote_plus, urlsplit

from redline.guard.tools import TARGET_ARGUMENTS, flatten

__all__ = [
    "Content",
    "Origin",
    "SecretMatch",
    "Target",
    "Trace",
    "secret_values",
    "targets",
]

MAX_TEXT_CHARS: Final = 200_000  # of one text kept for matching
MAX_TRACE_CHARS: Final = 2_000_000  # of all texts kept per session (oldest dropped first)
MAX_SECRETS: Final = 4_096
MIN_SECRET_CHARS: Final = 6
REGION_BEFORE: Final = 120  # characters before a flagged span that count as flagged
REGION_AFTER: Final = 600  # characters after it

_EMAIL_RE: Final = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}")
_URL_RE: Final = re.compile(r"\b(?:https?|ftp|wss?)://[^\s\"'<>()\[\]{}]{1,2000}", re.I)
_BARE_DOMAIN_RE: Final = re.compile(
    r"\b(?:www\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*"
    r"\.(?:com|net|org|io|ai|dev|co|info|biz|xyz|me|app|site|online|ru|cn|uk|de)\b",
    re.I,
)
_IBAN_RE: Final = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
_PHONE_RE: Final = re.compile(r"\+?\d[\d\s().-]{7,18}\d")
_SPACE_RE: Final = re.compile(r"[\s\-]+")
_COMMAND_SPLIT_RE: Final = re.compile(r"\s*(?:&&|\|\||;|\|)\s*")


class Origin(StrEnum):
    """Where a value was seen, strongest first: the user's words; the part of untrusted content
    the detector flagged; untrusted content that tells the reader to act on the value
    (`send ... to x@y.com`); anywhere else in untrusted content."""

    USER = "user"
    FLAGGED = "flagged"
    INSTRUCTED = "instructed"
    UNTRUSTED = "untrusted"
    UNKNOWN = "unknown"


# An order in data: a verb that acts on the world, earlier in the same sentence as the value.
_INSTRUCTION_RE: Final = re.compile(
    r"\b(?:send|sending|forward|e-?mail|transfer|pay|wire|post|publish|upload|invite|share|"
    r"grant|give|visit|go to|navigate|click|download|run|execute|install|change|reset|set|"
    r"update|add|include|paste|copy|mirror|push|export|delete|remove|drop|destroy|disable|"
    r"enable|turn (?:on|off)|unlock|scale|schedule|book|reserve|buy|purchase|order|reply|"
    r"tell|dm|text|cc|bcc|concatenate|make|apply|approve|confirm)\b"
)
# Text that speaks to the agent itself ("AI agent:", "Note for automated tools", "给助手的指示").
_AGENT = r"(?:ai|a\.i\.|llm|assistant|agent|bot|copilot)s?"
_ADDRESS_RE: Final = re.compile(
    rf"\b{_AGENT}\s*[:,!>\]]"  # "AI agent: ...", "HOME ASSISTANT: ..."
    rf"|\b(?:dear|hey|hi|hello|attention|attn|note|message|instructions?|notice|reminder)\s+"
    rf"(?:to|for)?\s*(?:the\s+|all\s+|any\s+)?(?:ai\s+|automated\s+)?{_AGENT}\b"
    rf"|\b{_AGENT}\s+(?:must|should|shall|need to|are required to|is required to)\b"
    r"|\bautomated\s+(?:\w+\s+)?(?:tools?|runners?|agents?|systems?|assistants?)\b"
    r"|助手|人工智能|ассистент|агент|asistente|assistente|assistent|アシスタント|어시스턴트"
)
_SENTENCE_END_RE: Final = re.compile(r"(?:[.!?。！？](?:\s|$)|\n)")
_PARAGRAPH_END_RE: Final = re.compile(r"\n\s*\n")
INSTRUCTION_WINDOW: Final = 160
ADDRESS_WINDOW: Final = 300


def _starts(text: str, needle: str, spaced: bool) -> Iterator[int]:
    """Where `needle` occurs in `text`; `spaced` lets spaces or dashes sit between its
    characters (an IBAN written in groups)."""
    if not spaced:
        start = text.find(needle)
        while start != -1:
            yield start
            start = text.find(needle, start + 1)
        return
    pattern = r"[\s\-]*".join(re.escape(ch) for ch in needle[:64])
    for m in re.finditer(pattern, text):
        yield m.start()


def _instructed(text: str, needle: str, spaced: bool = False) -> bool:
    """True when an occurrence of `needle` follows an order in the same sentence, or text
    addressed to the agent earlier in the same paragraph."""
    for seen, start in enumerate(_starts(text, needle, spaced)):
        if seen >= 32:
            break
        before = text[max(0, start - ADDRESS_WINDOW) : start]
        paragraphs = list(_PARAGRAPH_END_RE.finditer(before))
        if paragraphs:
            before = before[paragraphs[-1].end() :]
        if _ADDRESS_RE.search(before):
            return True
        sentence = before[-INSTRUCTION_WINDOW:]
        ends = list(_SENTENCE_END_RE.finditer(sentence))
        if ends:
            sentence = sentence[ends[-1].end() :]
        if _INSTRUCTION_RE.search(sentence):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Content:
    """One untrusted text, lowercased and without spaces, with its flagged regions."""

    source: str
    text: str
    compact: str
    regions: tuple[tuple[int, int], ...] = ()
    compact_regions: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return bool(self.regions)


@dataclass(frozen=True, slots=True)
class Target:
    """A value in a call's arguments that says where something goes or how much."""

    argument: str
    value: str
    kind: str  # email | domain | iban | phone | amount | value
    generic: bool = False  # any string argument: counts only when flagged or instructed


@dataclass(frozen=True, slots=True)
class SecretMatch:
    argument: str
    origin: str
    encoding: str  # plain | base64 | hex | url
    digest: str  # sha256 prefix of the secret value, for evidence


def _compact(text: str) -> str:
    return _SPACE_RE.sub("", text.lower())


def _regions(text: str, spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        lo, hi = max(0, s - REGION_BEFORE), min(len(text), e + REGION_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


# -- targets ----------------------------------------------------------------------------------
def _leaf_key(path: str) -> str:
    parts = [p for p in path.split(".") if not p.isdigit()]
    return parts[-1].lower() if parts else ""


def targets(arguments: Mapping[str, Any], min_length: int = 5) -> list[Target]:
    """Recipients, URLs, domains, accounts, phone numbers and amounts in call arguments."""
    out: list[Target] = []
    seen: set[tuple[str, str]] = set()

    def add(arg: str, value: str, kind: str, generic: bool = False) -> None:
        key = (kind, value)
        if key not in seen and (len(value) >= min_length or kind == "amount"):
            seen.add(key)
            out.append(Target(arg, value, kind, generic))

    for path, value in flatten(arguments):
        key = _leaf_key(path)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float):
            if key == "amount" or key.endswith("_amount"):
                add(path, _num(value), "amount")
            continue
        if not isinstance(value, str):
            continue
        text = value[:20_000]
        emails = list(_EMAIL_RE.finditer(text))
        for m in emails:
            add(path, m.group(0).lower(), "email")
        urls = list(_URL_RE.finditer(text))
        for m in urls:
            host = (urlsplit(m.group(0)).hostname or "").lower()
            if host:
                add(path, host.removeprefix("www."), "domain")
        rest = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
        for m in _BARE_DOMAIN_RE.finditer(rest):
            add(path, m.group(0).lower().removeprefix("www."), "domain")
        ibans = list(_IBAN_RE.finditer(text.upper()))
        for m in ibans:
            add(path, _compact(m.group(0)), "iban")
        if key in TARGET_ARGUMENTS or key.endswith(("_iban", "_account", "_recipient")):
            if key == "amount" or key.endswith("_amount"):
                add(path, text.strip(), "amount")
            elif key in {"phone", "number"} and _PHONE_RE.fullmatch(text.strip()):
                add(path, re.sub(r"\D", "", text), "phone")
            elif not (urls or emails or ibans) and len(text) <= 200:
                add(path, text.strip().lower(), "value")
        elif not (urls or emails or ibans) and len(text.strip()) <= 200:
            add(path, text.strip().lower(), "value", generic=True)
        if len(text) <= 2_000 and _COMMAND_SPLIT_RE.search(text):
            for part in _COMMAND_SPLIT_RE.split(text)[:32]:
                if len(part.strip()) <= 200:
                    add(path, part.strip().lower(), "value", generic=True)
    return out


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _amount_in(amount: str, text: str) -> bool:
    try:
        number = float(amount.replace(",", ""))
    except ValueError:
        return amount.lower() in text
    forms = {amount, _num(number), f"{number:.2f}", f"{number:,.2f}"}
    if number.is_integer():
        forms.add(f"{int(number):,}")
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


# -- secrets ----------------------------------------------------------------------------------
_ASSIGN_RE: Final = re.compile(
    r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.\-]{0,80}[ \t]*[=:][ \t]*"
    r"""["']?([^"'\s#]{6,512})["']?""",
    re.M,
)
_TOKEN_RE: Final = re.compile(r"[A-Za-z0-9+/=_\-.~]{16,512}")


def _secretish(token: str) -> bool:
    classes = (
        any(c.islower() for c in token)
        + any(c.isupper() for c in token)
        + any(c.isdigit() for c in token)
    )
    return classes >= 2 and not token.isdigit() and not re.fullmatch(r"[a-z._\-/]+", token)


def secret_values(text: str) -> list[str]:
    """Values worth protecting in a secret-bearing text (a credentials file, an env dump):
    the right side of `KEY=value` lines and long random-looking tokens."""
    found: dict[str, None] = {}
    for m in _ASSIGN_RE.finditer(text[:MAX_TEXT_CHARS]):
        found.setdefault(m.group(1), None)
    for m in _TOKEN_RE.finditer(text[:MAX_TEXT_CHARS]):
        tok = m.group(0).strip(".-~=")
        if len(tok) >= 16 and _secretish(tok):
            found.setdefault(tok, None)
        if len(found) >= 1_000:
            break
    return [v for v in found if len(v) >= MIN_SECRET_CHARS]


_B64_SEG_RE: Final = re.compile(r"[A-Za-z0-9+/_\-]{8,}={0,2}")
_HEX_SEG_RE: Final = re.compile(r"(?:[0-9a-fA-F]{2}){6,}")


def _decodings(text: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """The text and what it decodes to (URL escapes, base64, hex), two layers deep."""
    yield text, "plain"
    if depth >= 2 or len(text) > 200_000:
        return
    if "%" in text or "+" in text:
        unq = unquote_plus(text)
        if unq != text:
            for inner, _ in _decodings(unq, depth + 1):
                yield inner, "url"
    count = 0
    for m in _B64_SEG_RE.finditer(text):
        seg = m.group(0)
        count += 1
        if count > 200:
            break
        for alt in (seg, seg.replace("-", "+").replace("_", "/")):
            padded = alt.rstrip("=") + "=" * (-len(alt.rstrip("=")) % 4)
            try:
                raw = base64.b64decode(padded, validate=True)
            except (binascii.Error, ValueError):
                continue
            decoded = raw.decode("utf-8", "ignore")
            if len(decoded) >= 4:
                for inner, _ in _decodings(decoded, depth + 1):
                    yield inner, "base64"
            break
    for m in _HEX_SEG_RE.finditer(text):
        try:
            decoded = bytes.fromhex(m.group(0)).decode("utf-8", "ignore")
        except ValueError:
            continue
        if len(decoded) >= 4:
            yield decoded, "hex"


def digest(value: str) -> str:
    """A short, stable stand-in for a value in reasons and logs."""
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# -- the trace --------------------------------------------------------------------------------
@dataclass
class Trace:
    """One session's memory. Thread-safe; bounded in characters and secret count."""

    user: deque[tuple[str, str]] = field(default_factory=deque)  # (lower, compact)
    untrusted: deque[Content] = field(default_factory=deque)
    secrets: dict[str, str] = field(default_factory=dict)  # value -> origin (memory only)
    pending_secret_reads: dict[str, str] = field(default_factory=dict)  # tool -> origin
    flagged_sources: list[str] = field(default_factory=list)
    untrusted_seen: bool = False
    flagged_seen: bool = False
    chars: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # recording ------------------------------------------------------------------------------
    def _trim(self) -> None:
        while self.chars > MAX_TRACE_CHARS and (self.untrusted or len(self.user) > 1):
            if self.untrusted:
                old = self.untrusted.popleft()
                self.chars -= len(old.text)
            else:
                lower, _ = self.user.popleft()
                self.chars -= len(lower)

    def add_user(self, text: str) -> None:
        """A message from the user, or output of a trusted tool."""
        t = text[:MAX_TEXT_CHARS]
        with self.lock:
            self.user.append((t.lower(), _compact(t)))
            self.chars += len(t)
            self._trim()

    def add_untrusted(
        self, text: str, source: str, flagged_spans: Iterable[tuple[int, int]]
    ) -> None:
        """Untrusted content; `flagged_spans` are the detector's injection evidence in it."""
        t = text[:MAX_TEXT_CHARS]
        lower = t.lower()
        regions = _regions(lower, flagged_spans)
        content = Content(
            source=source,
            text=lower,
            compact=_compact(t),
            regions=regions,
            compact_regions=tuple(_compact(lower[s:e]) for s, e in regions),
        )
        with self.lock:
            self.untrusted.append(content)
            self.untrusted_seen = True
            if regions:
                self.flagged_seen = True
                self.flagged_sources.append(source)
                del self.flagged_sources[:-16]
            self.chars += len(lower)
            self._trim()

    def add_secret(self, value: str, origin: str) -> None:
        v = value.strip()
        if len(v) < MIN_SECRET_CHARS:
            return
        with self.lock:
            if v not in self.secrets and len(self.secrets) < MAX_SECRETS:
                self.secrets[v] = origin

    def add_secret_text(self, text: str, origin: str) -> None:
        """Every value of a secret-bearing text (a credentials file, an env dump)."""
        for v in secret_values(text):
            self.add_secret(v, origin)

    def expect_secret_output(self, tool: str, origin: str) -> None:
        """The next output of `tool` is secret-bearing (the call read a secret path)."""
        with self.lock:
            self.pending_secret_reads[tool.lower()] = origin
            if len(self.pending_secret_reads) > 256:
                self.pending_secret_reads.pop(next(iter(self.pending_secret_reads)))

    def take_secret_output(self, tool: str) -> str | None:
        with self.lock:
            return self.pending_secret_reads.pop(tool.lower(), None)

    # questions ------------------------------------------------------------------------------
    def provenance(self, target: Target) -> Origin:
        """Where a target value was seen (see `Origin`); the user's words win."""
        value = target.value
        compact_kind = target.kind in {"iban", "phone"}
        needle = _compact(value) if compact_kind else value.lower()
        if not needle:
            return Origin.UNKNOWN
        with self.lock:
            users = list(self.user)
            contents = list(self.untrusted)
        if target.kind == "amount":
            if any(_amount_in(value, lower) for lower, _ in users):
                return Origin.USER
            for c in contents:
                if any(_amount_in(value, c.text[s:e]) for s, e in c.regions):
                    return Origin.FLAGGED
            return Origin.UNKNOWN
        for lower, compact in users:
            if needle in (compact if compact_kind else lower):
                return Origin.USER
        found = Origin.UNKNOWN
        for c in contents:
            hay = c.compact if compact_kind else c.text
            if needle not in hay:
                continue
            if compact_kind:
                if any(needle in r for r in c.compact_regions):
                    return Origin.FLAGGED
            elif any(needle in c.text[s:e] for s, e in c.regions):
                return Origin.FLAGGED
            if found is not Origin.INSTRUCTED:
                instructed = _instructed(c.text, needle, spaced=compact_kind)
                found = Origin.INSTRUCTED if instructed else Origin.UNTRUSTED
        if target.generic and found is Origin.UNTRUSTED:
            return Origin.UNKNOWN
        return found

    def find_secret(
        self, arguments: Mapping[str, Any], extra: Mapping[str, str] | None = None
    ) -> SecretMatch | None:
        """The first secret value (this session's or `extra`) in the arguments, in any encoding."""
        with self.lock:
            secrets = dict(self.secrets)
        if extra:
            secrets = {**extra, **secrets}
        if not secrets:
            return None
        for path, value in flatten(arguments):
            if not isinstance(value, str) or len(value) < MIN_SECRET_CHARS:
                continue
            for text, encoding in _decodings(value):
                for secret, origin in secrets.items():
                    if secret in text:
                        return SecretMatch(path, origin, encoding, digest(secret))
        return None
