"""The text detection pipeline: one text in, one `Verdict` out.

    text -> normalise (fold Unicode, strip invisibles, undo homoglyphs/leetspeak; offset map)
         -> patterns (injection/jailbreak rules) -> model (windows of hashed n-grams + rule hits)
         -> decoded payloads (base64, hex, ...; rescanned, bounded depth)
         -> exfiltration links, secrets, PII
         -> Hits -> Verdict (label, calibrated score, spans, status)

Cheap layers run first and everything is bounded: texts longer than `MAX_CHARS` are examined up to
the limit and answered `undecided`, and decoding stops at `MAX_DEPTH` nested layers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from redline.text._spans import LineIndex
from redline.text.corpus import Row
from redline.text.decode import find_encoded
from redline.text.exfil import find_exfiltration
from redline.text.features import COMPILED
from redline.text.model import LinearModel, expand_indicators
from redline.text.normalize import Normalized, normalize
from redline.text.pii import find_pii
from redline.text.rules import TextRule, match_rules, prepare_rules
from redline.text.secrets import find_secrets
from redline.text.types import Category, Channel, Hit, Level, Status, Verdict

F64 = npt.NDArray[np.float64]

MAX_CHARS = 8_000_000
MAX_DEPTH = 3
FLAG_HIT_SCORE = (
    0.5  # a pattern-only hit (secret, exfiltration link, tag smuggling) flags from here
)
ALL_CATEGORIES = frozenset(Category)
# Which finding names the verdict when no attack score is over the threshold.
_LABEL_ORDER = {
    Category.EXFILTRATION: 0,
    Category.SECRET: 1,
    Category.OBFUSCATION: 2,
    Category.PII: 3,
}


@lru_cache(maxsize=1)
def default_model() -> LinearModel:
    """The model shipped in the package (loaded once per process)."""
    return LinearModel.load()


@dataclass(frozen=True, slots=True)
class Options:
    """What to look for and how sensitive to be."""

    channel: Channel = Channel.USER
    level: Level = Level.BALANCED
    categories: frozenset[Category] = ALL_CATEGORIES


def prepare(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The model's view of a text: normalised text and pattern indicators at their offsets."""
    norm = normalize(text)
    return norm.text, rule_indicators(match_rules(norm.text))


_LANG_SUFFIX = re.compile(r"\.[a-z]{2}$")


def rule_indicators(matches: Iterable[tuple[TextRule, int, int]]) -> list[tuple[int, str]]:
    """Each rule hit as three features: the rule, its technique across languages
    (`override.ignore-previous` for `override.ignore-previous.fr`), and its family (`override`).
    A technique seen mostly in English thus counts when the same technique comes in French."""
    out: list[tuple[int, str]] = []
    for rule, start, _end in matches:
        names = _RULE_NAMES.get(rule.id)
        if names is None:
            names = _RULE_NAMES[rule.id] = _indicator_names(rule.id)
        out.extend((start, name) for name in names)
    return out


_RULE_NAMES: dict[str, tuple[str, str, str]] = {}  # rule id -> its three indicator names


def _indicator_names(rule_id: str) -> tuple[str, str, str]:
    technique = _LANG_SUFFIX.sub("", rule_id)
    return (f"rule:{rule_id}", f"technique:{technique}", f"family:{rule_id.split('.', 1)[0]}")


def _channel_indicators(channel: Channel) -> list[str]:
    return ["channel:data"] if channel.is_data else []


@dataclass(slots=True)
class _Scored:
    logit: float  # the attack logit of the best (most attack-like) window
    window: tuple[int, int]  # the best window's bounds in the normalised text
    label: str  # the best window's attack class: injection or jailbreak
    rules: list[tuple[TextRule, int, int]] = field(default_factory=list)


# From this length, where the compiled loop is built, the learned layer's feature sums are made
# in a second thread while this one matches the patterns (the loop runs without the GIL).
OVERLAP_CHARS = 65_536
_WORKER: list[tuple[int, ThreadPoolExecutor]] = []  # (the process that made it, the thread)


def _worker() -> ThreadPoolExecutor:
    """The process's one scoring thread (made again in a forked child, which has no threads)."""
    if not _WORKER or _WORKER[0][0] != os.getpid():
        _WORKER[:] = [(os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="redline-score"))]
    return _WORKER[0][1]


def _score(model: LinearModel, norm: Normalized, channel: Channel) -> _Scored:
    data = channel.is_data
    if COMPILED and len(norm.text) >= OVERLAP_CHARS:
        pending = _worker().submit(model.text_blocks, norm.text, data_channel=data)
        matches = match_rules(norm.text)
        blocks = pending.result()
    else:
        matches = match_rules(norm.text)
        blocks = model.text_blocks(norm.text, data_channel=data)
    indicators = expand_indicators(rule_indicators(matches), data_channel=data)
    win = model.window_logits(blocks, indicators, _channel_indicators(channel))
    attack = model.attack_logits(win.logits).astype(np.float64)
    best = int(attack.argmax())
    return _Scored(
        logit=float(attack[best]),
        window=(int(win.starts[best]), int(win.ends[best])),
        label=model.category(win.logits[best]),
        rules=list(matches),
    )


def score_rows(model: LinearModel, rows: Sequence[Row]) -> F64:
    """Highest window attack logit of each corpus row (used to calibrate the model)."""
    out = np.empty(len(rows), dtype=np.float64)
    for i, row in enumerate(rows):
        out[i] = _score(model, normalize(row.text), row.channel).logit
    return out


class Detector:
    """Detects injections, jailbreaks, obfuscation, exfiltration, secrets and PII in text.

    `Detector().detect("ignore previous instructions", channel="tool")` -> Verdict
    """

    def __init__(self, model: LinearModel | None = None, options: Options | None = None) -> None:
        self.model = model or default_model()
        self.options = options or Options()
        # The rules' match plans, worked out once per process, here rather than in a timed text.
        prepare_rules()

    def threshold(self, level: Level) -> float:
        return self.model.thresholds.get(level.value, 0.5)

    def detect(
        self,
        text: str | bytes,
        *,
        channel: Channel | str | None = None,
        level: Level | str | None = None,
        categories: Iterable[Category | str] | None = None,
    ) -> Verdict:
        chan = Channel(channel) if channel is not None else self.options.channel
        lvl = Level(level) if level is not None else self.options.level
        cats = (
            frozenset(Category(c) for c in categories)
            if categories is not None
            else self.options.categories
        )
        notes: list[str] = []
        if isinstance(text, bytes):
            text, note = _decode_bytes(text)
            if note:
                notes.append(note)
        if len(text) > MAX_CHARS:
            notes.append(f"text has {len(text):,} characters; examined the first {MAX_CHARS:,}")
            text = text[:MAX_CHARS]
        index = LineIndex(text)
        hits: list[Hit] = []
        logit, label_hint = self._attack(text, index, chan, cats, hits, notes, depth=0)
        score = self.model.calibrate(logit) if logit is not None else 0.0
        threshold = self.threshold(lvl)
        if Category.EXFILTRATION in cats:
            hits.extend(find_exfiltration(text, index))
        if Category.SECRET in cats:
            hits.extend(find_secrets(text, index))
        if Category.PII in cats:
            hits.extend(find_pii(text, index))
        hits = [h for h in hits if h.category in cats]
        attack = score >= threshold and bool(cats & {Category.INJECTION, Category.JAILBREAK})
        if not attack:
            # Below the threshold, pattern evidence of an attack is context, not a finding.
            hits = [h for h in hits if h.category not in (Category.INJECTION, Category.JAILBREAK)]
        # Personal data is expected in messages and documents; it is a finding in what the model
        # says (a leak). Everything else that is strong enough flags in every channel.
        strong = [
            h
            for h in hits
            if h.score >= FLAG_HIT_SCORE
            and (h.category is not Category.PII or chan is Channel.OUTPUT)
        ]
        if attack:
            label = label_hint
            status = Status.FLAGGED
        elif strong:
            lead = min(strong, key=lambda h: (_LABEL_ORDER.get(h.category, 9), -h.score))
            label = lead.category.value
            status = Status.FLAGGED
        else:
            label = "benign"
            status = Status.UNDECIDED if notes else Status.CLEAN
        hits.sort(key=lambda h: (h.span.start, h.span.end, h.detector))
        return Verdict(
            label=label,
            score=score,
            status=status,
            channel=chan,
            level=lvl,
            threshold=threshold,
            hits=tuple(hits),
            notes=tuple(notes),
        )

    def detect_many(
        self,
        texts: Iterable[str | bytes],
        *,
        channel: Channel | str | None = None,
        level: Level | str | None = None,
    ) -> list[Verdict]:
        return [self.detect(t, channel=channel, level=level) for t in texts]

    # -- the attack layers ------------------------------------------------------------------
    def _attack(  # noqa: PLR0917 - private, called in two places
        self,
        text: str,
        index: LineIndex,
        channel: Channel,
        cats: frozenset[Category],
        hits: list[Hit],
        notes: list[str],
        depth: int,
    ) -> tuple[float | None, str]:
        """Highest attack logit over the text and what it decodes to; adds the evidence to hits."""
        norm = normalize(text, index)
        if depth == 0 and Category.OBFUSCATION in cats:
            hits.extend(norm.hits)
        scored = _score(self.model, norm, channel)
        best_logit = scored.logit
        label = scored.label
        # Evidence: rule matches, mapped back to the original text.
        for rule, start, end in scored.rules:
            o_start, o_end = norm.to_original(start, end)
            hits.append(
                Hit(
                    category=rule.category,
                    detector=f"{rule.category.value}.{rule.id}",
                    reason=rule.reason,
                    span=index.span(o_start, o_end),
                    score=rule.weight,
                )
            )
        if not scored.rules:
            o_start, o_end = norm.to_original(*scored.window)
            hits.append(
                Hit(
                    category=Category(label),
                    detector=f"{label}.model",
                    reason=f"reads like {'an' if label[0] in 'aeiou' else 'a'} {label} "
                    "(learned model, this window)",
                    span=index.span(o_start, o_end),
                    score=self.model.calibrate(best_logit),
                )
            )
        # Smuggled payloads: text hidden in tag characters, and encoded segments, rescanned.
        payloads: list[tuple[int, int, str, str]] = [
            (s, e, "unicode-tags", msg) for s, e, msg in norm.hidden
        ]
        if depth < MAX_DEPTH:
            payloads.extend(
                (p.start, p.end, p.scheme, p.decoded) for p in find_encoded(text, lower=index.lower)
            )
        elif find_encoded(text, lower=index.lower):
            notes.append(f"encoded text nested deeper than {MAX_DEPTH} layers was not decoded")
        for start, end, scheme, decoded in payloads:
            inner: list[Hit] = []
            sub_logit, sub_label = self._attack(
                decoded, LineIndex(decoded), channel, cats, inner, notes, depth + 1
            )
            if sub_logit is None:
                continue
            sub_score = self.model.calibrate(sub_logit)
            if sub_logit > best_logit:
                best_logit, label = sub_logit, sub_label
            # Text hidden in tag characters is already a hit of the normaliser; say more only
            # when what it hides reads as an attack.
            if Category.OBFUSCATION in cats and (scheme != "unicode-tags" or sub_score >= 0.5):
                hits.append(
                    Hit(
                        category=Category.OBFUSCATION,
                        detector=f"obfuscation.{scheme}",
                        reason=f"{scheme} text that decodes to instructions"
                        if sub_score >= 0.5
                        else f"{scheme} encoded text",
                        span=index.span(start, end),
                        score=sub_score,
                        decoded=decoded[:2000],
                    )
                )
        return best_logit, label


def _decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Text of raw bytes: UTF-8 where valid; binary (NUL-heavy) input is noted as such."""
    if b"\x00" in data[:8192] and data[:8192].count(b"\x00") > len(data[:8192]) // 10:
        return "", "input looks binary; not examined"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), "input is not valid UTF-8; invalid bytes replaced"


@lru_cache(maxsize=1)
def _default_detector() -> Detector:
    return Detector()


def detect(
    text: str | bytes,
    *,
    channel: Channel | str = Channel.USER,
    level: Level | str = Level.BALANCED,
    categories: Iterable[Category | str] | None = None,
) -> Verdict:
    """Examine one text with the shipped model. See `Detector` for batches and reuse."""
    return _default_detector().detect(text, channel=channel, level=level, categories=categories)
