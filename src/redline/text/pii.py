"""Find personal data in text: email addresses, phone numbers, payment card numbers, IBANs,
US Social Security numbers, and public IPv4 addresses.

`find_pii(text)` returns `Hit`s (category `pii`) with spans in the original text, sorted by start
and never overlapping. Detector ids: `pii.email`, `pii.phone`, `pii.payment-card`, `pii.iban`,
`pii.us-ssn`, `pii.ipv4`.

Numbers are validated, not just shaped: card numbers pass Luhn and a known issuer range and length;
IBANs pass ISO 7064 mod-97 and their country's length; SSNs avoid the never-issued ranges. Phone
numbers need a `+` country code or a national layout with separators, and dates, versions, IP
addresses and plain digit runs are rejected.

IPv4 addresses are reported with a low score (0.3): an address is personal data only sometimes
(a home connection, a device), so only public unicast addresses are reported and callers that
only want certain matches can drop hits with `score < 0.5`.
"""

from __future__ import annotations

import ipaddress
import re

from redline.text._spans import LineIndex, resolve_overlaps
from redline.text.types import Category, Hit

__all__ = ["find_pii", "iban_valid", "luhn_valid"]


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn checksum."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ISO 13616 IBAN lengths by country (SWIFT IBAN registry).
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban_valid(iban: str) -> bool:
    """True when `iban` (spaces allowed) has its country's length and passes mod-97."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact.isalnum() or not compact.isascii():
        return False
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _card_brand(digits: str) -> str | None:
    """The issuer of a card number by IIN range and length, or None when no scheme fits."""
    n = len(digits)
    p2 = int(digits[:2])
    p3 = int(digits[:3])
    p4 = int(digits[:4])
    p6 = int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "American Express"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "Discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "JCB"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:
        return "Diners Club"
    if p2 == 62 and 16 <= n <= 19:
        return "UnionPay"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "Maestro"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "Mir"
    return None


# ---------------------------------------------------------------------------------------------

# Emails are found from their "@" (a literal the regex engine skips to quickly).
_EMAIL_DOMAIN_RE = re.compile(
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_EMAIL_LOCAL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}\Z")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
# Every numeric form is looked for only around runs of digits and separators found in one pass.
_NUM_RUN_RE = re.compile(r"[0-9][0-9 \-.()/]{4,}")
_DROP_DIGITS = str.maketrans("", "", "0123456789")  # deletes the digits of a run
_IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}")
# Card numbers: 12-19 digits, optionally in groups separated by single spaces or dashes.
_CARD_RE = re.compile(r"(?<![\d.,\-/+])\d(?:[ \-]?\d){11,18}(?![\d\-]|[.,/]\d)")
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN_RE = re.compile(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])")
_SSN_PLAIN_RE = re.compile(r"(?<![\d\-])(\d{3})[ ]?(\d{2})[ ]?(\d{4})(?![\d\-])")
_SSN_CONTEXT_RE = re.compile(r"(?i)\b(?:ssn|social security|soc\.? sec)")
_IPV4_RE = re.compile(
    r"(?<![\w.\-])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\w\-]|\.\d|/\d)"
)
_VERSION_BEFORE_RE = re.compile(r"(?i)(?:\bv|version|ver\.?|release|build)\s*$")

# Phone numbers: international with "+", or national layouts with separators.
_PHONE_RE = re.compile(
    r"(?<![\w+.\-/])"
    r"(?:"
    r"\+[1-9]\d{0,2}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,4}(?:[ .\-]?\d{2,4}){1,4}"  # E.164-ish
    r"|\(\d{3}\)[ ]?\d{3}[ .\-]\d{4}"  # (415) 555-0134
    r"|\d{3}[.\-]\d{3}[.\-]\d{4}"  # 415-555-0134
    r"|0\d{1,4}[ \-]\d{3,4}[ \-]?\d{3,4}"  # 020 7946 0958, 030-1234567
    r"|0\d(?:[ .]\d{2}){4}"  # 01 23 45 67 89
    r")"
    r"(?![\w\-]|\.\d|/\d)"
)
_PHONE_CONTEXT_RE = re.compile(
    r"(?i)(?:phone|tel|call|mobile|cell|fax|whatsapp|sms|text me|contact|ring|dial|number)"
)
_DATE_RE = re.compile(r"^(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})$")


def _phone_ok(text: str, s: int, e: int) -> float:
    cand = text[s:e]
    digits = sum(ch.isdigit() for ch in cand)
    if not 7 <= digits <= 15:
        return 0.0
    if _DATE_RE.match(cand):
        return 0.0
    compact = cand.replace(" ", "").replace(".", "").replace("-", "")
    if compact.lstrip("+").isdigit() and len(set(compact.lstrip("+"))) <= 2:
        return 0.0
    if cand.startswith("+"):
        # a bare run of digits after "+" is fine (E.164); a long run without separators is not
        # a phone number in prose unless it has E.164 length
        score = 0.85
    else:
        # national layouts: dots only with the two-digit French/Belgian grouping
        if "." in cand and not re.fullmatch(r"0\d(?:\.\d{2}){4}", cand) and cand.count(".") != 2:
            return 0.0
        score = 0.7
    window = text[max(0, s - 40) : s].lower()
    if _PHONE_CONTEXT_RE.search(window):
        score = min(0.95, score + 0.15)
    return score


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    a = int(area)
    if a in (0, 666) or a >= 900 or group == "00" or serial == "0000":
        return False
    return f"{area}{group}{serial}" not in ("078051120", "219099999", "123456789")


_DOC_NETS = tuple(
    ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)


def _ipv4_ok(text: str, s: int, e: int) -> bool:
    try:
        ip = ipaddress.IPv4Address(text[s:e])
    except ValueError:
        return False
    if not ip.is_global:
        return False
    if _VERSION_BEFORE_RE.search(text[max(0, s - 12) : s]):
        return False
    # documentation ranges are examples by definition
    return not any(ip in net for net in _DOC_NETS)


def find_pii(text: str, index: LineIndex | None = None) -> list[Hit]:
    """Find personal data in `text`; hits are sorted by start and never overlap.

    `index` is an optional prebuilt `LineIndex(text)` (shared with other detectors).
    """
    if not text:
        return []
    cands: list[tuple[int, int, str, str, float, int]] = []
    if "@" in text:
        _emails(text, cands)
    runs = list(_NUM_RUN_RE.finditer(text))
    if runs:
        lower = index.lower if index is not None else text.lower()
        ssn_context = "ssn" in lower or "social security" in lower or "soc sec" in lower
        seen: set[tuple[int, int, str]] = set()
        n = len(text)
        for run in runs:
            rs, re_ = run.span()
            if len(cands) >= _MAX_CANDIDATES:
                cands.append(_rest(text, rs, "phone"))
                break
            body = run.group(0)
            nd = len(body) - len(body.translate(_DROP_DIGITS))
            if nd < 4:
                continue
            lo, hi = max(0, rs - 2), min(n, re_ + 1)
            found: list[tuple[int, int, str, str, float, int]] = []
            if nd >= 6:
                for m in _IBAN_START_RE.finditer(text, max(0, rs - 40), min(n, rs + 4)):
                    im = _IBAN_RE.match(text, m.start())
                    if im and im.end() > rs and iban_valid(im.group(0)):
                        country = im.group(0)[:2]
                        found.append(
                            (
                                im.start(),
                                im.end(),
                                "iban",
                                f"IBAN ({country}, mod-97 valid)",
                                0.95,
                                0,
                            )
                        )
            if nd >= 12:
                _cards(text, lo, hi, found, _MAX_CANDIDATES - len(cands))
            if nd >= 9:
                if "-" in body:
                    for m in _SSN_RE.finditer(text, lo, hi):
                        if _ssn_ok(*m.groups()):
                            window = text[max(0, m.start() - 40) : m.start()]
                            score = 0.95 if _SSN_CONTEXT_RE.search(window) else 0.75
                            found.append(
                                (
                                    m.start(),
                                    m.end(),
                                    "us-ssn",
                                    "US Social Security number",
                                    score,
                                    1,
                                )
                            )
                if ssn_context:
                    for m in _SSN_PLAIN_RE.finditer(text, lo, hi):
                        window = text[max(0, m.start() - 40) : m.start()]
                        if _ssn_ok(*m.groups()) and _SSN_CONTEXT_RE.search(window):
                            found.append(
                                (m.start(), m.end(), "us-ssn", "US Social Security number", 0.9, 1)
                            )
            if nd >= 7:
                for m in _PHONE_RE.finditer(text, lo, hi):
                    score = _phone_ok(text, m.start(), m.end())
                    if score:
                        found.append((m.start(), m.end(), "phone", "phone number", score, 2))
            if body.count(".") >= 3:
                for m in _IPV4_RE.finditer(text, lo, hi):
                    if _ipv4_ok(text, m.start(), m.end()):
                        found.append((m.start(), m.end(), "ipv4", "public IPv4 address", 0.3, 3))
            for c in found:
                key = (c[0], c[1], c[2])
                if key not in seen:
                    seen.add(key)
                    cands.append(c)
    if not cands:
        return []
    idx = index if index is not None else LineIndex(text)
    return [
        Hit(Category.PII, f"pii.{rid}", reason, idx.span(s, e), score)
        for s, e, rid, reason, score in _fold(resolve_overlaps(cands))
    ]


# Bounds for adversarial input (a megabyte of addresses or card numbers): past this many
# candidates the rest of the text is reported as one span, and past _MAX_HITS the tail of the hit
# list is folded into one span, so redacting the hits still covers every match.
_MAX_CANDIDATES = 10_000
_MAX_HITS = 2_000


def _rest(text: str, start: int, kind: str) -> tuple[int, int, str, str, float, int]:
    reason = "too many matches: the rest of the text was not examined and is reported as one span"
    return (start, len(text), kind, reason, 0.5, 9)


def _fold(
    kept: list[tuple[int, int, str, str, float]],
) -> list[tuple[int, int, str, str, float]]:
    if len(kept) <= _MAX_HITS:
        return kept
    tail = kept[_MAX_HITS - 1 :]
    kinds = sorted({c[2] for c in tail})
    reason = f"{len(tail)} more matches ({', '.join(kinds)}) reported as one span"
    return [*kept[: _MAX_HITS - 1], (tail[0][0], tail[-1][1], tail[0][2], reason, 0.9)]


def _emails(text: str, out: list[tuple[int, int, str, str, float, int]]) -> None:
    for m in _EMAIL_DOMAIN_RE.finditer(text):
        at = m.start()
        if len(out) >= _MAX_CANDIDATES:
            out.append(_rest(text, at, "email"))
            return
        lm = _EMAIL_LOCAL_RE.search(text, max(0, at - 64), at)
        if lm is None:
            continue
        s = lm.start()
        if s > 0 and text[s - 1] in _LOCAL_CHARS:
            continue  # the local part is longer than 64 characters: not an address
        if text[max(0, s - 3) : s] == "://" or text[s : m.end()].startswith("git@"):
            continue
        out.append((s, m.end(), "email", "email address", 0.95, 1))


def _cards(
    text: str, lo: int, hi: int, out: list[tuple[int, int, str, str, float, int]], budget: int
) -> None:
    for m in _CARD_RE.finditer(text, lo, hi):
        if len(out) >= budget:
            out.append(_rest(text, m.start(), "payment-card"))
            return
        raw = m.group(0)
        seps = {ch for ch in raw if not ch.isdigit()}
        if len(seps) > 1:
            continue
        digits = raw.replace(" ", "").replace("-", "")
        if len(set(digits)) == 1 or not luhn_valid(digits):
            continue
        brand = _card_brand(digits)
        if brand is None or (seps and not _card_groups_ok(raw, len(digits))):
            continue
        out.append(
            (m.start(), m.end(), "payment-card", f"{brand} card number (Luhn-valid)", 0.95, 0)
        )


def _card_groups_ok(raw: str, n: int) -> bool:
    """Separated card numbers come in the printed groupings: 4-4-4-4(-3), 4-6-5 or 4-6-4."""
    groups = [len(g) for g in re.split(r"[ \-]", raw)]
    if all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4:
        return True
    return groups in ([4, 6, 5], [4, 6, 4], [4, 4, 5], [4, 5, 6]) and sum(groups) == n
