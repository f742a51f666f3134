"""Labelled text corpora for training and measuring the detectors.

Rows are JSON Lines `{"id", "text", "label", "kind", "source", "meta"}` with label `injection`,
`jailbreak`, `benign` or `harmful_request`. Every row gets a channel (where such text arrives) and a
split (`train`, `val`, `test`) decided by a stable hash of its *group*, so that rows that share an
attack (translations of one prompt, one attack pasted into many documents) never straddle splits.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.text.types import Channel

LABELS = ("benign", "injection", "jailbreak")
ATTACK_LABELS = frozenset({"injection", "jailbreak"})
SPLITS = ("train", "val", "test")


class CorpusError(ValueError):
    """A corpus file or row that cannot be used, with the file and line named."""


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    text: str
    label: str  # benign, injection, jailbreak, harmful_request
    kind: str
    source: str
    channel: Channel
    group: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def is_attack(self) -> bool:
        return self.label in ATTACK_LABELS

    @property
    def target(self) -> str:
        """The training class: harmful requests are not injections, so they train as benign."""
        return self.label if self.label in ATTACK_LABELS else "benign"

    @property
    def split(self) -> str:
        return split_of(self.group)


def split_of(group: str, val: float = 0.15, test: float = 0.15) -> str:
    digest = hashlib.sha256(group.encode("utf-8")).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    if u < test:
        return "test"
    if u < test + val:
        return "val"
    return "train"


_DATA_KINDS = ("indirect",)


def _channel(source: str, kind: str, meta: dict[str, Any]) -> Channel:
    chan = str(meta.get("channel", ""))
    if chan in ("tool_output", "memory"):
        return Channel.TOOL
    if kind.startswith("indirect"):
        return Channel.DOCUMENT
    return Channel.USER


def _group(source: str, text: str, meta: dict[str, Any]) -> str:
    attack = meta.get("attack_name")
    if isinstance(attack, str) and attack:
        # One attack pasted into many documents: hold out the attack family ("Name-3" -> "Name").
        family = re.sub(r"-\d+$", "", attack)
        return f"{source}:attack:{family}"
    question = meta.get("judge_question")
    if isinstance(question, str) and question:
        # Machine translations of one prompt share the judge's question.
        return f"{source}:q:{question}"
    key = re.sub(r"\s+", " ", text.strip().lower())
    return f"{source}:t:{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def read_jsonl(path: Path) -> Iterator[Row]:
    """Rows of one JSON Lines corpus file; a CorpusError names the file and line of a bad row."""
    source_default = path.stem
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise CorpusError(f"{path}:{lineno}: expected an object with a string 'text'")
            label = obj.get("label")
            if label not in ("benign", "injection", "jailbreak", "harmful_request"):
                raise CorpusError(f"{path}:{lineno}: unknown label {label!r}")
            meta = obj.get("meta") or {}
            if not isinstance(meta, dict):
                meta = {}
            source = str(obj.get("source") or source_default)
            kind = str(obj.get("kind") or "")
            text = obj["text"]
            yield Row(
                id=str(obj.get("id", f"{source}-{lineno}")),
                text=text,
                label=label,
                kind=kind,
                source=source_default,
                channel=_channel(source, kind, meta),
                group=_group(source_default, text, meta),
                meta=meta,
            )


def load(paths: Iterable[Path | str]) -> list[Row]:
    """Rows of every `*.jsonl` file named or found in the named directories (sorted, stable)."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusError(f"{p}: no such file or directory")
    if not files:
        raise CorpusError("no *.jsonl corpus files found")
    rows: list[Row] = []
    for f in files:
        rows.extend(read_jsonl(f))
    return rows
