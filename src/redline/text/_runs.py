"""Runs of True in a boolean mask, for the layers that scan a text's characters through a table
(the base64 finder, the secrets' token runs)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def true_runs(mask: npt.NDArray[np.bool_], min_len: int) -> tuple[list[int], list[int]]:
    """[start, end) of every run of True at least `min_len` long."""
    n = len(mask)
    if n < min_len:
        return [], []
    m = mask.view(np.int8)
    edge = np.empty(n + 1, dtype=np.int8)  # +1 where a run starts, -1 after it ends
    edge[0] = m[0]
    edge[n] = -m[n - 1]
    np.subtract(m[1:], m[:-1], out=edge[1:n])
    starts = (edge == 1).nonzero()[0]
    ends = (edge == -1).nonzero()[0]
    keep = (ends - starts) >= min_len
    return starts[keep].tolist(), ends[keep].tolist()
