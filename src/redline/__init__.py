"""redline: measure and enforce cyber-security red lines for AI.

`redline.scan_code(code, language=None)` and `redline.scan_markdown(text)` return typed
findings for AI-generated code.
"""

from redline._core import Confidence, Edit, Finding, Fix, Severity, Span, TraceStep
from redline.code.engine import scan_code, scan_markdown

__version__ = "0.1.0"

__all__ = [
    "Confidence",
    "Edit",
    "Finding",
    "Fix",
    "Severity",
    "Span",
    "TraceStep",
    "__version__",
    "scan_code",
    "scan_markdown",
]
