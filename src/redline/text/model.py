"""The learned layer: a linear model over hashed n-grams and pattern indicators.

A text is scored window by window (windows of `window` characters every `stride`; one window
when the text is short) and the text's score is its highest window, so an instruction hidden in
a long document is not diluted by the rest of it, and the window tells where it is.
The model file is a compressed `.npz` shipped in the package and built by `redline.text.training`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from redline.text.features import COMPILED, Features, block_sums, extract, indicator_id

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

MODEL_FILE = "detector.npz"
_GATHER_CHUNK = 1 << 16  # features gathered at a time from a long text
FORMAT_VERSION = 3


def _run_bounds(runs: tuple[int, ...], n_blocks: int, stride: int) -> tuple[list[int], list[int]]:
    """For character n-gram runs laid end to end: the index where each (run, block) range starts
    (run by run, block by block) and how many elements each range holds. Element i of a run sits
    at offset max(i - 1, 0), so a run's elements before block edge e are its first
    min(run, e * stride + 1), and none before edge 0."""
    starts: list[int] = []
    counts: list[int] = []
    base = 0
    for run in runs:
        prev = base
        for e in range(1, n_blocks + 1):
            below = base + min(run, e * stride + 1)
            starts.append(prev)
            counts.append(below - prev)
            prev = below
        base += run
    return starts, counts


@lru_cache(maxsize=256)
def _char_blocks(
    runs: tuple[int, ...], n_blocks: int, stride: int, stop: bool
) -> tuple[npt.NDArray[np.intp], list[int], I64]:
    """For `_block_sums`, per text length (texts of one length share them): the `reduceat`
    bounds of the character n-gram runs' blocks (then the end of the runs when `stop`), the
    ranges that are empty, and how many of the runs' elements fall in each block."""
    starts, counts = _run_bounds(runs, n_blocks, stride)
    if stop:
        starts.append(sum(runs))
    per_block = np.asarray(counts, dtype=np.int64).reshape(len(runs), n_blocks).sum(axis=0)
    empty = [j for j, c in enumerate(counts) if c == 0]
    return np.asarray(starts, dtype=np.intp), empty, per_block


class ModelError(RuntimeError):
    """The model file is missing or not one this version can read."""


def expand_indicators(
    indicators: list[tuple[int, str]], *, data_channel: bool
) -> list[tuple[int, str]]:
    """Indicators as features: in a data channel each also counts under a `data:` name, so the
    model can weigh "an instruction inside a tool result" apart from the same words from a user."""
    if not data_channel:
        return indicators
    return indicators + [(at, "data:" + name) for at, name in indicators]


@dataclass(frozen=True, slots=True)
class Windows:
    """Window bounds (character offsets of the normalised text) and their attack logits."""

    starts: I64
    ends: I64
    logits: F32  # shape (n_windows, n_classes)


@dataclass(frozen=True, slots=True)
class Blocks:
    """A text's features summed per block of `stride` characters, with its window bounds."""

    starts: I64  # window starts
    ends: I64  # window ends
    sums: npt.NDArray[np.float64]  # (n_blocks, n_classes): each block's feature weights summed
    counts: I64  # (n_blocks,): each block's number of features


@dataclass(slots=True)
class LinearModel:
    """A multinomial linear model (benign, injection, jailbreak) over hashed features."""

    bits: int
    classes: tuple[str, ...]
    weights: F32  # (2**bits, n_classes)
    bias: F32  # (n_classes,)
    window: int = 512
    stride: int = 256
    whole: int = 768
    calibration: tuple[float, float] = (1.0, 0.0)
    thresholds: dict[str, float] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)
    _indicator_ids: dict[str, int] = field(default_factory=dict)
    _packed: npt.NDArray[Any] | None = None
    _packed_of: object = None
    _half: npt.NDArray[np.float16] | None = None
    _half_of: object = None

    # -- features ---------------------------------------------------------------------------
    def indicator(self, name: str) -> int:
        fid = self._indicator_ids.get(name)
        if fid is None:
            fid = indicator_id(name, self.bits)
            self._indicator_ids[name] = fid
        return fid

    def features(self, text: str, *, data_channel: bool) -> Features:
        return extract(text, self.bits, data_channel=data_channel)

    def window_bounds(self, length: int) -> tuple[I64, I64]:
        """Windows of `window` characters starting every `stride` (a multiple of it), the last
        one reaching the end; one window when the text is at most `whole` characters."""
        if length <= self.whole:
            return np.zeros(1, dtype=np.int64), np.full(1, max(length, 0), dtype=np.int64)
        last = max(length - self.window, 0)
        starts = np.arange(0, last + self.stride, self.stride, dtype=np.int64)
        ends = np.minimum(starts + self.window, length)
        return starts, ends

    # -- scoring ----------------------------------------------------------------------------
    def _table(self) -> npt.NDArray[Any]:
        """The weights with each feature's row as one 8- or 16-byte item (classes padded with
        zeros), so that gathering a feature's weights is one memory access."""
        table = self._packed
        if table is None or self._packed_of is not self.weights:
            n, c = self.weights.shape
            width = 2 if c <= 2 else 4 if c <= 4 else c
            padded = np.zeros((n, width), dtype=np.float32)
            padded[:, :c] = self.weights
            item = {2: np.uint64, 4: np.complex128}.get(width, np.dtype((np.void, 4 * width)))
            table = padded.view(item).reshape(n)
            self._packed = table
            self._packed_of = self.weights
        return table

    def _rows(self) -> npt.NDArray[np.float16]:
        """The weights as half floats (as stored in the model file, so exactly), padded to four
        per row (8 bytes: half the memory of `_table`'s rows) for the compiled loop."""
        if self._half is None or self._half_of is not self.weights:
            n, c = self.weights.shape
            half = np.zeros((n, 4 if c <= 4 else c), dtype=np.float16)
            half[:, :c] = self.weights
            self._half, self._half_of = half, self.weights
        return self._half

    # Every feature id is below 2**bits (hashes are cut to `bits` bits), so the gathers below take
    # rows with mode="clip", which clips nothing and skips the index check that "raise" makes.

    def _gather_rows(self, ids: I64) -> F32:
        """The weights of `ids`, one contiguous row per feature: shape (len(ids), n_classes)."""
        rows = self._table().take(ids, mode="clip").view(np.float32).reshape(len(ids), -1)
        out: F32 = np.ascontiguousarray(rows[:, : self.weights.shape[1]])
        return out

    def _gather(self, ids: I64) -> F32:
        """The weights of `ids`, one contiguous row per class: shape (n_classes, len(ids))."""
        table = self._table()
        n_classes = self.weights.shape[1]
        if len(ids) <= _GATHER_CHUNK:
            rows = table.take(ids, mode="clip").view(np.float32).reshape(len(ids), -1)
            vals: F32 = np.ascontiguousarray(rows[:, :n_classes].T)
            return vals
        # A long text's features are gathered and transposed a chunk at a time, so the rows
        # are transposed while still in cache (the same values, copied in another order).
        vals = np.empty((n_classes, len(ids)), dtype=np.float32)
        buf = np.empty(_GATHER_CHUNK, dtype=table.dtype)
        for a in range(0, len(ids), _GATHER_CHUNK):
            b = min(len(ids), a + _GATHER_CHUNK)
            part = buf[: b - a]
            table.take(ids[a:b], out=part, mode="clip")
            vals[:, a:b] = part.view(np.float32).reshape(b - a, -1)[:, :n_classes].T
        return vals

    def windows(
        self,
        feats: Features,
        indicators: list[tuple[int, str]],
        global_indicators: list[str],
    ) -> Windows:
        """Class logits of every window: n-gram sums scaled by 1/sqrt(count), plus indicators.

        Windows start on multiples of `stride` and span `window // stride` blocks, so the sums
        are taken per block once and added up per window.
        """
        return self.window_logits(self._feature_blocks(feats), indicators, global_indicators)

    def _feature_blocks(self, feats: Features) -> Blocks:
        starts, ends = self.window_bounds(feats.length)
        n_classes = self.weights.shape[1]
        vals = self._gather(feats.ids)
        if len(starts) == 1:
            per_block = np.array([[vals[c].sum(dtype=np.float64) for c in range(n_classes)]])
            count = np.array([len(feats.ids)], dtype=np.int64)
        else:
            per_block, count = self._block_sums(feats, len(starts) + self._span - 1, vals)
        return Blocks(starts, ends, per_block, count)

    def text_blocks(self, text: str, *, data_channel: bool) -> Blocks:
        """The text's features summed per block: `features` and the sums of `windows`, made by
        the compiled loop where it is built (`features.COMPILED`; it releases the GIL), which
        gives the same feature ids and sums equal to float rounding (the numpy path adds a
        block's float32 weights in float32)."""
        if not COMPILED:
            return self._feature_blocks(self.features(text, data_channel=data_channel))
        starts, ends = self.window_bounds(len(text))
        n_blocks = 1 if len(starts) == 1 else len(starts) + self._span - 1
        per_block, count = block_sums(
            text,
            self._rows(),
            n_classes=self.weights.shape[1],
            bits=self.bits,
            stride=self.stride,
            n_blocks=n_blocks,
            data_channel=data_channel,
        )
        return Blocks(starts, ends, per_block, count)

    @property
    def _span(self) -> int:
        return self.window // self.stride

    def window_logits(
        self,
        blocks: Blocks,
        indicators: list[tuple[int, str]],
        global_indicators: list[str],
    ) -> Windows:
        """Class logits of every window from the text's per-block sums, plus the indicators
        (pattern hits at their offsets) and the global indicators (the channel)."""
        starts, ends, per_block, count = blocks.starts, blocks.ends, blocks.sums, blocks.counts
        n_windows = len(starts)
        n_classes = self.weights.shape[1]
        ind_ids = np.array([self.indicator(name) for _, name in indicators], dtype=np.int64)
        if n_windows == 1:
            logits = (per_block[0] / np.sqrt(max(int(count[0]), 1))).astype(np.float32)[None, :]
            if len(ind_ids):
                logits[0] += self._gather_rows(ind_ids).T.sum(axis=1)
        else:
            span = self._span
            csum = np.zeros((len(per_block) + 1, n_classes), dtype=np.float64)
            per_block.cumsum(axis=0, out=csum[1:])
            ccount = np.zeros(len(count) + 1, dtype=np.int64)
            count.cumsum(out=ccount[1:])
            in_window = ccount[span : span + n_windows] - ccount[:n_windows]
            n_in = np.maximum(in_window, 1).astype(np.float64)
            sums64 = csum[span:] - csum[:n_windows]
            logits = (sums64 / np.sqrt(n_in)[:, None]).astype(np.float32)
            if len(ind_ids):
                at = np.array([a for a, _ in indicators], dtype=np.int64)
                first = np.maximum(0, (at - self.window) // self.stride + 1)
                last = np.minimum(n_windows - 1, at // self.stride)
                keep = first <= last
                w = self._gather_rows(ind_ids[keep])  # (k, C)
                diff = np.zeros((n_windows + 1, n_classes), dtype=np.float32)
                np.add.at(diff, first[keep], w)
                np.add.at(diff, last[keep] + 1, -w)
                logits += np.cumsum(diff, axis=0)[:-1]
        logits += self.bias
        for name in global_indicators:
            logits += self.weights[self.indicator(name)]
        return Windows(starts, ends, logits)

    def _block_sums(
        self, feats: Features, n_blocks: int, vals: F32
    ) -> tuple[npt.NDArray[np.float64], I64]:
        """Per block of `stride` characters: the sum of the features' weights `vals` (C, m) and
        the number of features."""
        stride = self.stride
        n_classes = vals.shape[0]
        ids = feats.ids
        runs = feats.char_runs
        offset = sum(runs)
        # Feature counts per block are whole numbers, exact in float64 whichever way summed.
        count: I64
        per_block: npt.NDArray[np.float64]
        if runs:
            # Element i of a character n-gram run sits at offset max(i - 1, 0), so a run's
            # elements before a block edge e are its first min(run, e + 1) (none before edge
            # 0): the block sums are sums between fixed indices.
            bounds, empty, count = _char_blocks(runs, n_blocks, stride, offset < vals.shape[1])
            n_runs = len(runs)
            sums = np.add.reduceat(vals, bounds, axis=1)[:, : n_runs * n_blocks]
            if empty:
                sums[:, empty] = 0.0  # reduceat gives the element itself for empty ranges
            per_block = np.add.reduce(sums.reshape(n_classes, n_runs, n_blocks), axis=1).T.astype(
                np.float64
            )
        else:
            per_block = np.zeros((n_blocks, n_classes), dtype=np.float64)
            count = np.zeros(n_blocks, dtype=np.int64)
        if offset < len(ids):
            pos = feats.tail_positions
            if stride & (stride - 1) == 0:
                block = np.minimum(pos >> (stride.bit_length() - 1), n_blocks - 1)
            else:
                block = np.minimum(pos // stride, n_blocks - 1)
            # One histogram per class: each block's weights added in text order.
            for c in range(n_classes):
                per_block[:, c] += np.bincount(block, weights=vals[c, offset:], minlength=n_blocks)
            count = count + np.bincount(block, minlength=n_blocks)
        return per_block, count

    def attack_logits(self, logits: F32) -> F32:
        """log P(attack) - log P(benign) for each row of class logits."""
        benign = self.classes.index("benign")
        attack = logits[:, [i for i in range(len(self.classes)) if i != benign]]
        # The ufuncs' reductions called directly (what ndarray.max and .sum call).
        top = np.maximum.reduce(attack, axis=1)
        lse = top + np.log(np.add.reduce(np.exp(attack - top[:, None]), axis=1))
        result: F32 = (lse - logits[:, benign]).astype(np.float32)
        return result

    def category(self, row: F32) -> str:
        """The most likely attack class of one window's logits."""
        attack = [i for i, c in enumerate(self.classes) if c != "benign"]
        return self.classes[max(attack, key=lambda i: float(row[i]))]

    def calibrate(self, logit: float) -> float:
        a, b = self.calibration
        z = a * logit + b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        meta = {
            "format": FORMAT_VERSION,
            "bits": self.bits,
            "classes": list(self.classes),
            "window": self.window,
            "stride": self.stride,
            "whole": self.whole,
            "calibration": list(self.calibration),
            "thresholds": self.thresholds,
            "info": self.info,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(
            tmp,
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path | None = None) -> LinearModel:
        try:
            if path is None:
                ref = resources.files("redline.text").joinpath("data", MODEL_FILE)
                with resources.as_file(ref) as real:
                    return cls._read(Path(real))
            return cls._read(path)
        except FileNotFoundError:
            where = path or f"redline/text/data/{MODEL_FILE}"
            raise ModelError(
                f"detector model not found at {where}; build it with `make model`"
            ) from None

    @classmethod
    def _read(cls, path: Path) -> LinearModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode("utf-8"))
                if meta.get("format") != FORMAT_VERSION:
                    raise ModelError(f"{path}: model format {meta.get('format')!r} not supported")
                weights = data["weights"].astype(np.float32)
                bias = data["bias"].astype(np.float32)
        except FileNotFoundError:
            raise
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{path}: not a readable detector model ({exc})") from None
        window, stride = int(meta["window"]), int(meta["stride"])
        if stride <= 0 or window % stride:
            raise ModelError(f"{path}: window {window} is not a multiple of stride {stride}")
        return cls(
            bits=int(meta["bits"]),
            classes=tuple(meta["classes"]),
            weights=weights,
            bias=bias,
            window=window,
            stride=stride,
            whole=int(meta["whole"]),
            calibration=(float(meta["calibration"][0]), float(meta["calibration"][1])),
            thresholds={str(k): float(v) for k, v in meta["thresholds"].items()},
            info=dict(meta.get("info", {})),
        )
