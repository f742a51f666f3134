"""redline: measure and enforce cyber-security red lines for AI.

`redline.scan_code(code, language=None)` and `redline.scan_markdown(text)` return typed
findings for AI-generated code; `redline.scan_paths(["src"])` scans files and directories.
`redline.detect(text, channel="tool")` returns a verdict on prompt injection, jailbreaks,
obfuscation, exfiltration, secrets and PII in text.

Capabilities are imported on first use, so `import redline.text` does not load the code scanner.
"""

import importlib as _importlib
import typing as _typing

from redline._core import Confidence, Edit, Finding, Fix, Severity, Span, TraceStep

if _typing.TYPE_CHECKING:
    from redline.code.engine import scan_code, scan_markdown
    from redline.code.scanner import ScanOptions, ScanResult, scan_paths
    from redline.text import Detector, Verdict, detect

__version__ = "0.1.0"

_LAZY = {
    "scan_code": "redline.code.engine",
    "scan_markdown": "redline.code.engine",
    "ScanOptions": "redline.code.scanner",
    "ScanResult": "redline.code.scanner",
    "scan_paths": "redline.code.scanner",
    "Detector": "redline.text",
    "Verdict": "redline.text",
    "detect": "redline.text",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'redline' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Confidence",
    "Detector",
    "Edit",
    "Finding",
    "Fix",
    "ScanOptions",
    "ScanResult",
    "Severity",
    "Span",
    "TraceStep",
    "Verdict",
    "__version__",
    "detect",
    "scan_code",
    "scan_markdown",
    "scan_paths",
]
