"""Peers for the text benchmarks: LLM Guard's offline input scanners and a keyword baseline.

LLM Guard runs in its own environment, `.venv-peers` at the repository root, so that its pins
never touch redline's. `run_llm_guard` (below) runs in redline's environment and drives
`llm_guard_runner.py` in the peer environment through a subprocess; `keyword_baseline` is plain
standard-library code importable from both.

Setting up the peer environment (about 12 s and 50 MB with a warm pip cache; no torch,
transformers or spaCy):

    python3.11 -m venv .venv-peers
    .venv-peers/bin/pip install --no-deps -r bench/peers/requirements-llm-guard.txt

`--no-deps` is deliberate: LLM Guard declares torch, transformers, presidio-analyzer, spaCy, NLTK
and more (gigabytes), which only its model-based scanners use. The requirements file pins
exactly what the offline scanners import: detect-secrets (Secrets), presidio-anonymizer
(its TextReplaceBuilder, used by Secrets and Regex), structlog (logging) and their own
dependencies. The runner loads the scanner modules without executing LLM Guard's package
`__init__` files, which import every scanner; the scanner code itself runs unchanged.

Running the peer by hand:

    .venv-peers/bin/python bench/peers/llm_guard_runner.py --scanners secrets,invisible,regex \
        --meta meta.json < in.jsonl > out.jsonl

Scanners offered: `secrets`, `invisible`, `regex` (LLM Guard's documented example pattern
`Bearer [A-Za-z0-9-._~+/]+`), and `ban_substrings` (LLM Guard's BanSubstrings with the keyword
baseline's list). Everything else in LLM Guard needs a model, tiktoken or NLTK data from the
network. See `llm_guard_runner.py` for the exact configuration and timing method.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from bench.peers.keyword_baseline import PHRASES, keyword_flags, keyword_hits

ROOT = Path(__file__).resolve().parents[2]
PEER_VENV = ROOT / ".venv-peers"
RUNNER = Path(__file__).resolve().parent / "llm_guard_runner.py"
LLM_GUARD_SCANNERS = ("secrets", "invisible", "regex", "ban_substrings")

__all__ = [
    "LLM_GUARD_SCANNERS",
    "PEER_VENV",
    "PHRASES",
    "keyword_flags",
    "keyword_hits",
    "peer_python",
    "run_llm_guard",
    "run_llm_guard_with_meta",
]


def peer_python(venv: Path = PEER_VENV) -> Path | None:
    """The peer environment's interpreter, or None when it has not been created."""
    python = venv / "bin" / "python"
    return python if python.exists() else None


def run_llm_guard_with_meta(
    rows: list[dict[str, str]],
    scanners: list[str],
    *,
    venv: Path = PEER_VENV,
    timeout: float | None = 3600.0,
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]] | None:
    """Run LLM Guard over `rows` ({"id", "text"}); results by id and the runner's metadata.

    Each result maps scanner name to {"valid": bool, "risk": float, "seconds": float} (plus
    "error" when that scan raised). The metadata holds import and init seconds, versions, the
    scanner configuration and any refused network attempts. Returns None, after printing why,
    when the peer environment or LLM Guard is missing or the runner fails.
    """
    unknown = [s for s in scanners if s not in LLM_GUARD_SCANNERS]
    if unknown:
        raise ValueError(f"unknown LLM Guard scanner(s): {unknown}")
    python = peer_python(venv)
    if python is None:
        print(
            f"LLM Guard skipped: {venv} is missing (create it with `python3.11 -m venv "
            ".venv-peers && .venv-peers/bin/pip install --no-deps -r "
            "bench/peers/requirements-llm-guard.txt`)"
        )
        return None
    payload = "".join(
        json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n"
        for row in rows
    )
    env = dict(os.environ)
    env.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory(prefix="redline-peer-") as tmp:
        meta_path = Path(tmp) / "meta.json"
        command = [
            str(python),
            str(RUNNER),
            "--scanners",
            ",".join(scanners),
            "--meta",
            str(meta_path),
        ]
        try:
            proc = subprocess.run(
                command,
                input=payload,
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            print(f"LLM Guard skipped: runner failed to complete ({exc})")
            return None
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-3:]
            print(f"LLM Guard skipped: runner exited {proc.returncode}: {' | '.join(tail)}")
            return None
        meta: dict[str, Any] = (
            json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        )
    results: dict[str, dict[str, Any]] = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            results[str(record.pop("id"))] = record
    if meta.get("network_attempts"):
        print(f"LLM Guard tried the network and was refused: {meta['network_attempts'][:3]}")
    return results, meta


def run_llm_guard(
    rows: list[dict[str, str]], scanners: list[str]
) -> dict[str, dict[str, Any]] | None:
    """LLM Guard's results by row id (see `run_llm_guard_with_meta`), or None if unavailable."""
    outcome = run_llm_guard_with_meta(rows, scanners)
    return None if outcome is None else outcome[0]
