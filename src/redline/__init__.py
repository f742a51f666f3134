"""redline: measure and enforce cyber-security red lines for AI.

`redline.scan_code(code, language=None)` and `redline.scan_markdown(text)` return typed
findings for AI-generated code; `redline.scan_paths(["src"])` scans files and directories.
"""

from redline._core import Confidence, Edit, Finding, Fix, Severity, Span, TraceStep
from redline.code.engine import scan_code, scan_markdown
from redline.code.scanner import ScanOptions, ScanResult, scan_paths

__version__ = "0.1.0"

__all__ = [
    "Confidence",
    "Edit",
    "Finding",
    "Fix",
    "ScanOptions",
    "ScanResult",
    "Severity",
    "Span",
    "TraceStep",
    "__version__",
    "scan_code",
    "scan_markdown",
    "scan_paths",
]
