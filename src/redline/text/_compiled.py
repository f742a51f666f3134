"""The compiled inner loops (`_fast.c`), where they are built.

The extension is optional: a machine without a C compiler installs redline without it, and the
callers (`features`, `rules`) run their Python and numpy paths, which give the same results.
`REDLINE_PURE_PYTHON=1` in the environment turns it off (to compare the two paths).
"""

from __future__ import annotations

import os
from types import ModuleType

fast: ModuleType | None
if os.environ.get("REDLINE_PURE_PYTHON", "") not in ("", "0"):
    fast = None
else:
    try:
        from redline.text import _fast as fast
    except ImportError:  # pragma: no cover - where the extension is not built
        fast = None
