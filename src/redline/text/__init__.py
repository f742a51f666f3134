"""Detectors for text flowing into and out of models.

`redline.text.detect(text, channel="tool")` returns a `Verdict`: a label (`injection`,
`jailbreak`, `secret`, ... or `benign`), a calibrated score, the spans that triggered it with
reasons, and a status (`flagged`, `clean`, or `undecided` when part of the text could not be
examined). `Detector` keeps the model loaded for batches.
"""

import importlib as _importlib
import typing as _typing

from redline.text.types import Category, Channel, Hit, Level, Status, Verdict

if _typing.TYPE_CHECKING:
    from redline.text.pipeline import Detector, Options, detect

# The pipeline (rules, model, numpy) loads on first use, so importing the typed results, as the
# command line does for its options, costs nothing.
_LAZY = {"Detector", "Options", "detect"}


def __getattr__(name: str) -> _typing.Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'redline.text' has no attribute {name!r}")
    value = getattr(_importlib.import_module("redline.text.pipeline"), name)
    globals()[name] = value
    return value


__all__ = [
    "Category",
    "Channel",
    "Detector",
    "Hit",
    "Level",
    "Options",
    "Status",
    "Verdict",
    "detect",
]
