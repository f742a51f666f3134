"""Values a system prompt tells the model to keep to itself, and their leaks in an answer.

`protected_values(prompt)` reads a system (or developer) prompt for the values it guards. A
sentence that names a secret ("The internal access code is S7GP-E73P-RFMY", "La contraseña es
'Piano'", "内部访问码是 GMCU-846T-RZBW") or forbids telling ("Never reveal 'Alpha123'") gives
its quoted values, its code-like tokens (letters and digits mixed) and the word after "the
password is". The nouns and verbs are known in the languages the detector reads; values are
found by their shape, so a prompt in another language still gives its codes.

`find_leaks(answer, values)` finds each value in an answer as it stands, spelled out with
spaces or punctuation between its characters, reversed, or inside a base64 or hex string,
each with its span so that a guard can redact it. Case never matters.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

MAX_PROMPT_CHARS: Final = 100_000
MAX_VALUES: Final = 64
MIN_VALUE_CHARS: Final = 3

# A secret named in the sentence: the noun in the languages the detector reads (compounds
# such as "Zugangscode" and scripts written without spaces match inside words). Nouns that
# also mean something else ("code" of a discount, "key" points, "tokens" of a model, a "pin")
# count only where telling is forbidden.
_SECRET_NOUN_RE: Final = re.compile(
    r"pass ?words?|passcodes?|passphrases?|secret|credentials?|access codes?|"
    r"(?:api|access|auth|bearer|private) (?:keys?|tokens?)|contraseñas?|clave secreta|"
    r"código de acceso|mot de passe|clé secrète|code d'accès|passwort|kennwort|geheim|"
    r"zugangscode|\bsenhas?\b|palavra-passe|chave secreta|segredo|código de acesso|парол|"
    r"код доступа|секрет|密码|口令|密钥|访问码|密语|パスワード|暗証|アクセスコード|秘密|비밀번호|"
    r"암호|비밀|접근 코드|액세스 코드|كلمة المرور|كلمة السر|رمز الوصول|سري|पासवर्ड|पासफ्रेज़|"
    r"गुप्त",
    re.I,
)
_WEAK_NOUN_RE: Final = re.compile(
    r"codes?\b|\bkeys?\b|\btokens?\b|\bpins?\b|código|codigo|\bclaves?\b|\bclés?\b|chave|"
    r"schlüssel|код|ключ|码|钥匙|コード|キー|鍵|코드|키|رمز|مفتاح|कोड|कुंजी",
    re.I,
)
# Telling forbidden in the sentence.
_FORBID_RE: Final = re.compile(
    r"\b(?:never|not|don'?t|do not|must not|mustn't)\b.{0,40}?\b(?:reveal|disclose|share|leak|"
    r"expose|divulge|give (?:it|them|this) (?:away|out)|(?:tell|repeat) (?:it|them|this|that|"
    r"anyone|anybody|the user|users))|\bconfidential\b|\bkeep\b.{0,30}"
    r"\b(?:secret|private|confidential)\b|revel|divulg|révél|(?:nicht|niemals|nie) preis|"
    r"preiszugeben|preisgeben|verrat|раскрыва|сообща|"
    r"не говори|泄露|透露|明かさ|漏ら|밝히|공개하지|تكشف|تفصح|प्रकट",
    re.I,
)
_SENTENCE_END_RE: Final = re.compile(r"(?<=[.!?])\s+|[。！？\n]+")
_QUOTED_RE: Final = re.compile(
    r"(?:(?<=[\s(\[:=,])|^)'([^'\n]{3,64})'(?![A-Za-z])"
    r"|\"([^\"\n]{3,64})\"|“([^”\n]{3,64})”|‘([^’\n]{3,64})’|«\s?([^»\n]{3,64}?)\s?»"
    r"|「([^」\n]{3,64})」|『([^』\n]{3,64})』|`([^`\n]{3,64})`"
)
# Letters and digits mixed, dashes or underscores allowed (S7GP-E73P-RFMY, Alpha123), or
# groups of capitals and digits joined by dashes (RBMA-FEVM-NZBS).
_CODE_RE: Final = re.compile(
    r"(?<![\w@/.:-])(?:(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_][\w-]{3,63}|[A-Z0-9]{3,}"
    r"(?:-[A-Z0-9]{3,})+)(?![\w@/:-])"
)
# "the password is Tornado": a single word after a secret noun and a copula.
_NAMED_RE: Final = re.compile(
    r"(?:pass ?word|passcode|passphrase|secret(?: key| word| code)?|code word|access code|"
    r"\bpin\b|\bkey\b)\s*(?:is|:|=|was)\s+([^\s.,;:!?'\"“”‘’]{3,64})",
    re.I,
)
_WORDS_LIMIT: Final = 4  # a quoted value of more words is a phrase, not a value


def protected_values(prompt: str) -> list[str]:
    """The values `prompt` guards (see the module docstring), in order, without repeats."""
    return list(_protected_values(prompt))


@lru_cache(maxsize=256)
def _protected_values(prompt: str) -> tuple[str, ...]:
    """`protected_values`, cached: a proxy sees the same system prompt in every request."""
    text = prompt[:MAX_PROMPT_CHARS]
    out: dict[str, None] = {}
    sentences = [s for s in _SENTENCE_END_RE.split(text) if s and s.strip()]
    for i, sentence in enumerate(sentences):
        following = sentences[i + 1] if i + 1 < len(sentences) else ""
        # "The password is 'Cat'. Don't reveal it": the next sentence forbids telling it.
        forbidden = _FORBID_RE.search(sentence) is not None or (
            _FORBID_RE.search(following) is not None and len(following) <= 200
        )
        named = _SECRET_NOUN_RE.search(sentence) is not None or (
            forbidden and _WEAK_NOUN_RE.search(sentence) is not None
        )
        if not (named or forbidden):
            continue
        for m in _QUOTED_RE.finditer(sentence):
            value = next(g for g in m.groups() if g is not None).strip()
            if sentence[m.end() : m.end() + 3].lstrip().startswith(":"):
                continue  # a key of JSON or YAML written into the prompt, not a value
            if len(value.split()) <= _WORDS_LIMIT:
                out.setdefault(value, None)
        if named:
            for m in _CODE_RE.finditer(sentence):
                out.setdefault(m.group(0), None)
            for m in _NAMED_RE.finditer(sentence):
                out.setdefault(m.group(1), None)
        if len(out) >= MAX_VALUES:
            break
    return tuple(v for v in out if len(_compact(v)) >= MIN_VALUE_CHARS)[:MAX_VALUES]


@dataclass(frozen=True, slots=True)
class Leak:
    start: int
    end: int
    value: str
    form: str  # plain | spelled | reversed | base64 | hex


def _compact(value: str) -> str:
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def _spelled(chars: str) -> re.Pattern[str]:
    """The characters of a value, in order, with up to three separators between them."""
    body = r"[\W_]{0,3}".join(re.escape(ch) for ch in chars)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.I)


_NOT_ALNUM_RE: Final = re.compile(r"[\W_]+")
_B64_SEG_RE: Final = re.compile(r"[A-Za-z0-9+/_-]{8,}={0,2}")
# Base64 of text nearly always mixes in a digit, a capital after the first character, or a
# sign; a plain word does not, and is not decoded.
_B64_LIKELY_RE: Final = re.compile(r"[0-9+/=_-]|.[A-Z]")
_HEX_SEG_RE: Final = re.compile(r"\b(?:[0-9A-Fa-f]{2}[\s:]?){4,}")


def _decoded_segments(text: str) -> Iterable[tuple[int, int, str, str]]:
    """Base64 and hex segments of `text` with what they decode to (as UTF-8)."""
    for m in _B64_SEG_RE.finditer(text[:200_000]):
        seg = m.group(0)
        if _B64_LIKELY_RE.search(seg) is None:
            continue
        padded = seg + "=" * (-len(seg) % 4)
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                raw = decode(padded)
            except (binascii.Error, ValueError):
                continue
            plain = raw.decode("utf-8", "ignore")
            if plain:
                yield m.start(), m.end(), plain, "base64"
            break
    for m in _HEX_SEG_RE.finditer(text[:200_000]):
        digits = re.sub(r"[\s:]", "", m.group(0))
        if len(digits) % 2:
            digits = digits[:-1]
        try:
            plain = bytes.fromhex(digits).decode("utf-8", "ignore")
        except ValueError:
            continue
        if plain:
            yield m.start(), m.end(), plain, "hex"


def find_leaks(answer: str, values: Iterable[str]) -> list[Leak]:
    """Where `answer` gives away any of `values` (see the module docstring)."""
    leaks: list[Leak] = []
    wanted = [(v, _compact(v)) for v in values]
    wanted = [(v, c) for v, c in wanted if len(c) >= MIN_VALUE_CHARS]
    if not wanted or not answer:
        return leaks
    text = answer[:1_000_000]
    # Every form but the encoded ones leaves the value's letters and digits in order (or in
    # reverse) once everything else is dropped: only then is its pattern run.
    squeezed = _NOT_ALNUM_RE.sub("", text.casefold())
    for value, chars in wanted:
        for form, pattern in (("spelled", _spelled(chars)), ("reversed", _spelled(chars[::-1]))):
            if form == "reversed" and (len(chars) < 5 or chars == chars[::-1]):
                continue
            if (chars if form == "spelled" else chars[::-1]) not in squeezed:
                continue
            for m in pattern.finditer(text):
                as_is = m.group(0).casefold() == value.casefold()
                leaks.append(Leak(m.start(), m.end(), value, "plain" if as_is else form))
                if len(leaks) >= 256:
                    return leaks
    for start, end, decoded, form in _decoded_segments(text):
        folded = _compact(decoded)
        for value, chars in wanted:
            if len(chars) >= 5 and chars in folded:
                leaks.append(Leak(start, end, value, form))
    leaks.sort(key=lambda x: (x.start, x.end))
    return leaks
