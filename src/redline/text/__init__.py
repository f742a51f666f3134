"""Detectors for text flowing into and out of models.

`redline.text.detect(text, channel="tool")` returns a `Verdict`: a label (`injection`,
`jailbreak`, `secret`, ... or `benign`), a calibrated score, the spans that triggered it with
reasons, and a status (`flagged`, `clean`, or `undecided` when part of the text could not be
examined). `Detector` keeps the model loaded for batches.
"""

from redline.text.pipeline import Detector, Options, detect
from redline.text.types import Category, Channel, Hit, Level, Status, Verdict

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
