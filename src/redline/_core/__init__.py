"""The typed core shared by every capability."""

from redline._core.types import (
    Confidence,
    Edit,
    Finding,
    Fix,
    Severity,
    Span,
    TraceStep,
)

__all__ = ["Confidence", "Edit", "Finding", "Fix", "Severity", "Span", "TraceStep"]
