"""URLs and domains: extraction from text, host normalisation, allow/deny matching, tricks.

`check_url("https://trusted.com@203.0.113.9/x", allow=["trusted.com"])` -> signals
`url.not-allowed-domain`, `url.ip-literal` and `url.userinfo-trick`.

What `find_urls` counts as a URL: anything with an `http`, `https`, `ftp`, `ftps`, `ws` or `wss`
scheme, plus bare `host.tld/path` (a domain followed by a path, as in `curl evil.com/x`) and bare
`www.host.tld`. A bare domain without a path (`example.com`) is not returned: file names such as
`setup.py` or `notes.md` look the same. Bare matches whose last label is a common file extension
(`.py`, `.md`, `.zip`, ...) or that follow `/`, `@` or a word character are skipped for the same
reason.

Hosts follow the WHATWG URL rules where they differ from `urllib`: a backslash ends the host of a
web URL, percent-escapes in the host are decoded, IPv4 in decimal, hex, octal or short forms
(`http://2130706433/`, `http://0x7f.1/`) is read as the address it names.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final, TypeVar
from urllib.parse import unquote, urlsplit

from redline.guard.paths import COMMON_FILE_EXTS
from redline.guard.types import Signal
from redline.text.pii import find_pii
from redline.text.secrets import find_secrets, shannon_entropy

__all__ = ["check_url", "domain_matches", "find_urls", "host_of"]

# Longest text `find_urls` reads and most URLs it returns.
_MAX_TEXT = 2_000_000
_MAX_URLS = 1000
# Longest URL judged; longer ones are judged on this prefix (and flagged as smuggling data).
_MAX_URL = 16_384

_SCHEMES = ("http", "https", "ftp", "ftps", "ws", "wss")
_URL_RE = re.compile(r"(?i)\b(?:https?|ftps?|wss?)://[^\s<>\"'`{}|^]+")
_BARE_RE = re.compile(
    r"(?i)(?<![\w@/.:-])"
    r"((?:www\.)?(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,62})\.)+"
    r"([a-z\u00a1-\uffff]{2,24})(?::\d{1,5})?)"
    r"(/[^\s<>\"'`{}|^]*)?"
)
_BARE_IP_RE = re.compile(r"(?<![\w@/.:-])(\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?)(/[^\s<>\"'`]*)")
_FILE_TLDS = COMMON_FILE_EXTS | frozenset({"mov", "sample", "example"})
_TRAILING = ".,;:!?'\")]}>"


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_urls(text: str) -> list[str]:
    """URLs in `text`, in order of appearance, without duplicates (see the module doc).

    `find_urls("see https://a.io/x, then curl evil.com/c?d=1")` -> ["https://a.io/x",
    "evil.com/c?d=1"].
    """
    text = text[:_MAX_TEXT]
    found: dict[str, int] = {}  # url -> first position
    spans: list[tuple[int, int]] = []  # spans of scheme URLs, in order
    for m in _URL_RE.finditer(text):
        url = _trim(m.group(0))
        if "://" in url and len(url) > url.index("://") + 3:
            spans.append((m.start(), m.start() + len(url)))
            found.setdefault(url, m.start())
            if len(found) >= _MAX_URLS:
                break
    starts = [a for a, _ in spans]

    def in_scheme_url(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    if "." in text:
        for m in _BARE_RE.finditer(text):
            if len(found) >= _MAX_URLS:
                break
            if in_scheme_url(m.start()):
                continue
            host, tld, path = m.group(1), m.group(2).lower(), m.group(3)
            if tld in _FILE_TLDS or (not tld.isascii() and not tld.isalpha()):
                continue
            if path is None and not host.lower().startswith("www."):
                continue
            found.setdefault(_trim(m.group(0)), m.start())
        for m in _BARE_IP_RE.finditer(text):
            if len(found) >= _MAX_URLS:
                break
            if not in_scheme_url(m.start()):
                found.setdefault(_trim(m.group(0)), m.start())
    return sorted(found, key=lambda u: found[u])


# --------------------------------------------------------------------------------------------


_HEX_PART_RE = re.compile(r"0[xX][0-9a-fA-F]*")
_OCTAL_PART_RE = re.compile(r"0[0-7]+")
_DECIMAL_PART_RE = re.compile(r"0|[1-9][0-9]*")


def _ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """The address named by an IPv4 host in any form browsers accept (WHATWG), else None."""
    parts = host.split(".")
    if parts and parts[-1] == "":
        parts = parts[:-1]
    if not 1 <= len(parts) <= 4 or any(p == "" for p in parts):
        return None
    nums: list[int] = []
    for p in parts:
        # Only plain ASCII digits: `int` would also take a sign, underscores and other scripts'
        # digits ("-1", "1_0", "١").
        if _HEX_PART_RE.fullmatch(p):
            n = int(p[2:], 16) if len(p) > 2 else 0
        elif _OCTAL_PART_RE.fullmatch(p):
            n = int(p, 8)
        elif _DECIMAL_PART_RE.fullmatch(p):
            n = int(p, 10)
        else:
            return None
        nums.append(n)
    if any(n > 255 for n in nums[:-1]) or nums[-1] >= 256 ** (5 - len(nums)):
        return None
    value = nums[-1]
    for i, n in enumerate(nums[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _netloc(url: str) -> str | None:
    """The authority part of `url` (scheme-less `host/path` accepted), or None."""
    u = url.strip()[:_MAX_URL]
    if "://" not in u[:32]:
        if u.startswith("//"):
            u = "http:" + u
        elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)", u):
            return None  # mailto:, javascript:, data: ... have no host
        else:
            u = "http://" + u
    scheme, _, rest = u.partition("://")
    if scheme.lower() in _SCHEMES:
        rest = rest.replace("\\", "/")
    end = len(rest)
    for sep in "/?#":
        i = rest.find(sep)
        if i != -1:
            end = min(end, i)
    return rest[:end]


def _split_authority(netloc: str) -> tuple[str | None, str]:
    """(userinfo or None, host without port), host still raw."""
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):
        close = hostport.find("]")
        host = hostport[1:close] if close != -1 else hostport[1:]
    else:
        host = hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport
    return (userinfo if at else None), host


_MAX_HOST: Final = 255
_T = TypeVar("_T")


def _remembered(read: Callable[[str], _T]) -> Callable[[str], _T]:
    """`read`, remembered for strings as long as a DNS name can be (4,096 of them): every URL
    is checked against every pattern of the allow and deny lists, and the patterns repeat."""
    cached = lru_cache(maxsize=4096)(read)

    def call(text: str) -> _T:
        return cached(text) if len(text) <= _MAX_HOST else read(text)

    return call


def _canonical(raw: str) -> str | None:
    host = unquote(raw).strip().rstrip(".").lower()
    if not host:
        return None
    if ":" in host:
        try:
            return str(ipaddress.IPv6Address(host.split("%")[0]))
        except ValueError:
            return host
    ip = _ipv4_loose(host)
    if ip is not None:
        return str(ip)
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    return host.lower()


_canonical_host = _remembered(_canonical)  # the host as `host_of` gives it


def host_of(url: str) -> str | None:
    """The host of `url`: IDNA (punycode), lowercase, without userinfo, port or trailing dot.

    `host_of("https://user@Bücher.DE:443/x")` -> "xn--bcher-kva.de"; IPv4 in any browser-accepted
    form becomes dotted-quad (`http://0x7f000001/` -> "127.0.0.1"). None when there is no host.
    """
    netloc = _netloc(url)
    if not netloc:
        return None
    _, raw = _split_authority(netloc)
    return _canonical_host(raw)


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return _ipv4_loose(host)


_ip = _remembered(_address)


def domain_matches(host: str, pattern: str) -> bool:
    """True when `host` matches a domain pattern.

    `example.com` matches itself and its subdomains; `*.example.com` only subdomains; `*` any
    host; `10.0.0.0/8` or `::1` an address in that network. A pattern written as a URL is read
    for its host.
    """
    pat = pattern.strip().lower()
    if not pat or not host:
        return False
    if pat == "*":
        return True
    h = _canonical_host(host) or ""
    if "/" in pat and not pat.startswith("*"):
        try:
            net = ipaddress.ip_network(pat, strict=False)
        except ValueError:
            pat = host_of(pat) or pat
        else:
            addr = _ip(h)
            return addr is not None and addr.version == net.version and addr in net
    wildcard = pat.startswith("*.")
    base = _canonical_host(pat[2:] if wildcard else pat) or ""
    if not base:
        return False
    host_ip, pat_ip = _ip(h), _ip(base)
    if host_ip is not None or pat_ip is not None:
        return host_ip is not None and host_ip == pat_ip
    if wildcard:
        return h.endswith("." + base)
    return h == base or h.endswith("." + base)


# --------------------------------------------------------------------------------------------
# Smuggled data in a URL's path or query.

# Signed-URL parameters that are long and random by design (S3, GCS, Azure SAS, CloudFront).
_SIGNED_PARAM_RE = re.compile(
    r"(?i)^(x-amz-[a-z-]+|x-goog-[a-z-]+|signature|sig|sv|se|sp|sr|st|spr|srt|ss|skoid|sktid|skt"
    r"|ske|sks|skv|expires|policy|key-pair-id|googleaccessid)$"
)
_B64ISH_RE = re.compile(r"^[A-Za-z0-9+/=_-]+$")
_HEX_RE = re.compile(r"^[0-9a-fA-F]+$")
_MAX_QUERY = 1024  # a query string longer than this is data, whatever it holds
_MAX_SEGMENT = 200


def _blob_reason(value: str) -> str | None:
    """Why `value` (a query value or path segment) looks like smuggled data, or None."""
    v = unquote(value)
    n = len(v)
    if n >= _MAX_SEGMENT:
        return f"a {n}-character value"
    if n < 24:
        return None
    if _HEX_RE.match(v):
        return f"a {n}-character hex blob" if n >= 96 else None
    if _B64ISH_RE.match(v):
        classes = sum(
            (any(c.islower() for c in v), any(c.isupper() for c in v), any(c.isdigit() for c in v))
        )
        if classes >= 3 and n >= 32 and shannon_entropy(v) >= 4.2:
            return f"a {n}-character random-looking (base64-like) value"
    return None


# Words that a search query holds and a wallet seed phrase (BIP-39) does not.
_QUERY_WORDS: Final = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "how",
        "what",
        "why",
        "when",
        "where",
        "who",
        "which",
        "you",
        "your",
        "are",
        "was",
        "were",
        "this",
        "that",
        "from",
        "into",
        "about",
        "does",
        "can",
        "near",
        "best",
    ]
)
_SEED_SPLIT_RE: Final = re.compile(r"[\s+,;:_\-/]+")
_SEED_WORD_RE: Final = re.compile(r"[a-z]{3,8}")
# Query parameters named for a secret (`?seed=`, `?private_key=`, `?mnemonic=`, `?cvv=`).
_SECRET_PARAM_RE: Final = re.compile(
    r"(?i)(?:^|[_\-.\[])(?:seed|mnemonic|phrase|private_?key|privkey|secret|passphrase|"
    r"password|passwd|cvv|cvc|card_?number|pan|pin)(?:$|[_\-.\]])"
)
_SEED_LENGTHS: Final = frozenset({12, 15, 18, 21, 24})


def _seed_phrase(text: str) -> bool:
    """A run of 12, 15, 18, 21 or 24 short lowercase words, as a wallet's recovery phrase is
    written, with none of the little words a search query holds."""
    for part in re.split(r"[?&=#]", text):
        words = [w for w in _SEED_SPLIT_RE.split(part) if w]
        if (
            len(words) in _SEED_LENGTHS
            and all(_SEED_WORD_RE.fullmatch(w) for w in words)
            and not _QUERY_WORDS.intersection(words)
        ):
            return True
    return False


def _personal_reason(rest: str) -> str | None:
    """A payment card number (Luhn-valid), an IBAN or a seed phrase in a URL's path or query."""
    if _seed_phrase(rest):
        return "a wallet seed phrase"
    for hit in find_pii(rest[:_MAX_URL]):
        if hit.detector in ("pii.payment-card", "pii.iban"):
            return "a payment card number" if "card" in hit.detector else "an IBAN"
    return None


def _data_reason(url: str, netloc: str) -> str | None:
    if len(url) > _MAX_URL:
        return f"a {len(url)}-character URL"
    rest = url.split(netloc, 1)[1] if netloc and netloc in url else url
    plain = unquote(rest).replace("+", " ")
    if find_secrets(plain):
        return "a credential in the path or query"
    personal = _personal_reason(plain)
    if personal:
        return f"{personal} in the path or query"
    path, _, query = rest.partition("?")
    query = query.split("#", 1)[0]
    if len(query) > _MAX_QUERY:
        return f"a {len(query)}-character query string"
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if _SIGNED_PARAM_RE.match(unquote(name)):
            continue
        if _SECRET_PARAM_RE.search(unquote(name)) and len(unquote(value).strip()) >= 8:
            return f"a secret-named query parameter {unquote(name)[:40]!r}"
        why = _blob_reason(value or name)
        if why:
            return f"{why} in query parameter {unquote(name)[:40]!r}"
    for seg in path.split("#", 1)[0].split("/"):
        why = _blob_reason(seg)
        if why:
            return f"{why} in the path"
    return None


def plain_loopback(url: str) -> bool:
    """Whether a URL's host is a loopback address written the usual way
    (`http://127.0.0.1:8080/health`, `http://[::1]/`): the machine the command runs on, not a
    host elsewhere. Other spellings of it (`0x7f.1`, `2130706433`) do not count."""
    try:
        host = urlsplit(url.strip()).hostname
        addr = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    return addr.is_loopback


def check_url(url: str, *, allow: Sequence[str] = (), deny: Sequence[str] = ()) -> list[Signal]:
    """Signals for one URL against allow and deny lists of domain patterns (see domain_matches).

    `check_url("http://0x7f.1/", deny=["127.0.0.0/8"])` -> url.denied-domain, url.ip-literal.
    """
    signals: list[Signal] = []
    netloc = _netloc(url)
    if not netloc:
        return signals
    evidence = url[:200]
    userinfo, raw = _split_authority(netloc)
    host = _canonical_host(raw)
    if host is None:
        return signals
    denied = next((p for p in deny if domain_matches(host, p)), None)
    if denied is not None:
        signals.append(
            Signal("url.denied-domain", f"{host} matches denied {denied!r}", evidence=evidence)
        )
    elif allow and not any(domain_matches(host, p) for p in allow):
        signals.append(
            Signal("url.not-allowed-domain", f"{host} is not on the allow list", evidence=evidence)
        )
    addr = _ip(host)
    if addr is not None:
        plain = unquote(raw).strip("[]").rstrip(".").lower()
        form = "" if plain == host else f" written as {plain!r}"
        signals.append(
            Signal("url.ip-literal", f"host is an IP address ({host}){form}", evidence=evidence)
        )
    if userinfo is not None:
        user = unquote(userinfo).split(":", 1)[0]
        if "." in user or "/" in user:
            signals.append(
                Signal(
                    "url.userinfo-trick",
                    f"{user[:60]!r} before '@' is not the host; the host is {host}",
                    evidence=evidence,
                )
            )
    head = url.strip()[:_MAX_URL].split("://", 1)[-1]
    if userinfo is None and "\\" in head.split("@", 1)[0] and "@" in head.split("/", 1)[0]:
        signals.append(
            Signal(
                "url.userinfo-trick",
                f"a backslash before '@' hides the real host {host}",
                evidence=evidence,
            )
        )
    why = _data_reason(url, netloc)
    if why:
        signals.append(Signal("url.data-in-query", f"URL carries {why}", evidence=evidence))
    return signals
