"""Run LLM Guard's offline input scanners over JSONL rows, one timed scan per row and scanner.

Runs with the peer environment's interpreter, never redline's (see `bench/peers/__init__.py` for
how that environment is built):

    .venv-peers/bin/python bench/peers/llm_guard_runner.py --scanners secrets,invisible,regex \
        < in.jsonl > out.jsonl

Input rows are `{"id": str, "text": str}`. Each output row is
`{"id": ..., "<scanner>": {"valid": bool, "risk": float, "seconds": float}, ...}`; a scan that
raises gives `{"valid": null, "risk": null, "seconds": ..., "error": "Type: message"}`.
`--meta FILE` writes one JSON object: versions, import and init seconds, the exact scanner
configuration, and every network connection that was attempted (and refused).

Scanners (all run without downloading anything):

- `secrets`: `Secrets()` with its defaults (detect-secrets with LLM Guard's plugin list, 112
  detectors, `REDACT_ALL`). Each call writes the text to a temporary file, as LLM Guard does.
- `invisible`: `InvisibleText()` (flags characters of categories Cf, Co, Cn).
- `regex`: `Regex(patterns=[r"Bearer [A-Za-z0-9-._~+/]+"], is_blocked=True,
  match_type=MatchType.SEARCH, redact=True)`: the pattern and settings of LLM Guard's documented
  example and its test suite. LLM Guard ships no other default pattern list.
- `ban_substrings`: `BanSubstrings(substrings=PHRASES, match_type="word", case_sensitive=False)`
  with the keyword baseline's phrase list (`keyword_baseline.PHRASES`), i.e. the same list run
  through LLM Guard's own matcher. LLM Guard ships no default list for it either.

Not runnable offline, so not offered: PromptInjection, Toxicity, BanTopics, BanCode, Code,
Gibberish, Language, BanCompetitors and Anonymize load Hugging Face models; TokenLimit needs
tiktoken's encoding file (fetched over the network on first use); Sentiment needs NLTK's VADER
lexicon (also fetched).

Imports: by default (`--import-mode direct`) the scanner modules are loaded without executing
`llm_guard/__init__.py` and `llm_guard/input_scanners/__init__.py`, which import every scanner and
so need transformers, presidio-analyzer (spaCy) and the rest. The scanner classes themselves run
unchanged. `--import-mode package` uses the ordinary `from llm_guard.input_scanners import ...`
and needs LLM Guard's full dependency set.

Offline: HF_HUB_OFFLINE, TRANSFORMERS_OFFLINE and HF_DATASETS_OFFLINE are set before any import,
and socket connections to anything but a local Unix socket are refused and recorded (pass
`--allow-network` to lift that).

Timing: each scanner is built once (init time recorded), warmed up on a few texts, then every
`scanner.scan(text)` call is timed with `time.perf_counter`. LLM Guard's logging is configured
through its own `configure_logger` at ERROR level, to stderr, so log formatting does not inflate
its latency and nothing pollutes stdout.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import logging
import os
import socket
import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ[_var] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REGEX_PATTERNS = [r"Bearer [A-Za-z0-9-._~+/]+"]
WARMUP_TEXTS = (
    "Hello, how are you today?",
    "Authorization: Bearer abc.def-ghi",
    "caf\u00e9 with a zero\u200bwidth space",
)
EXIT_NO_LLM_GUARD = 3

ScanFn = Callable[[str], tuple[str, bool, float]]


class NetworkGuard:
    """Refuses and records outbound connections while installed."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved: dict[str, Any] = {}

    def _refuse(self, what: str, target: object) -> None:
        self.attempts.append(f"{what} {target!r}")
        raise OSError(f"network disabled by llm_guard_runner: {what} {target!r}")

    def install(self) -> None:
        guard = self
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex
        self._saved = {
            "connect": original_connect,
            "connect_ex": original_connect_ex,
            "getaddrinfo": socket.getaddrinfo,
        }

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family == getattr(socket, "AF_UNIX", None):
                original_connect(sock, address)
                return
            guard._refuse("connect", address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family == getattr(socket, "AF_UNIX", None):
                return original_connect_ex(sock, address)
            guard._refuse("connect_ex", address)
            return 1

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            guard._refuse("getaddrinfo", host)

        socket.socket.connect = connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = getaddrinfo


def _llm_guard_root() -> Path | None:
    spec = importlib.util.find_spec("llm_guard")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _stub_packages(root: Path) -> None:
    """Register `llm_guard` and `llm_guard.input_scanners` without running their __init__."""
    for name, path in (
        ("llm_guard", root),
        ("llm_guard.input_scanners", root / "input_scanners"),
    ):
        if name in sys.modules:
            continue
        module = types.ModuleType(name)
        module.__path__ = [str(path)]
        module.__package__ = name
        sys.modules[name] = module


def _timed_import(name: str, seconds: dict[str, float]) -> Any:
    start = time.perf_counter()
    module = importlib.import_module(name)
    seconds[name] = time.perf_counter() - start
    return module


def _load_keyword_phrases() -> list[str]:
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    module = importlib.import_module("keyword_baseline")
    return list(module.PHRASES)


SPECS: dict[str, tuple[str, str]] = {
    "secrets": ("secrets", "Secrets"),
    "invisible": ("invisible_text", "InvisibleText"),
    "regex": ("regex", "Regex"),
    "ban_substrings": ("ban_substrings", "BanSubstrings"),
}


def _construct(name: str, module: Any) -> tuple[Any, Any]:
    """The scanner object for `name` from its module, and a description of its configuration."""
    cls = getattr(module, SPECS[name][1])
    if name == "regex":
        scanner = cls(
            patterns=REGEX_PATTERNS,
            is_blocked=True,
            match_type=module.MatchType.SEARCH,
            redact=True,
        )
        return scanner, {
            "patterns": REGEX_PATTERNS,
            "is_blocked": True,
            "match_type": "search",
            "redact": True,
        }
    if name == "ban_substrings":
        phrases = _load_keyword_phrases()
        scanner = cls(substrings=phrases, match_type="word", case_sensitive=False, redact=False)
        return scanner, {
            "substrings": f"keyword_baseline.PHRASES ({len(phrases)} phrases)",
            "match_type": "word",
            "case_sensitive": False,
        }
    return cls(), f"{SPECS[name][1]}() defaults"


def build_scanners(names: list[str], import_mode: str) -> tuple[dict[str, ScanFn], dict[str, Any]]:
    """Import and construct the scanners; returns scan callables and timing/config metadata."""
    import_seconds: dict[str, float] = {}
    init_seconds: dict[str, float] = {}
    config: dict[str, Any] = {}
    start_all = time.perf_counter()

    if import_mode == "package":
        _timed_import("llm_guard.input_scanners", import_seconds)
    util = _timed_import("llm_guard.util", import_seconds)
    util.configure_logger(log_level="ERROR", stream=sys.stderr)

    scanners: dict[str, ScanFn] = {}
    for name in names:
        module = _timed_import(f"llm_guard.input_scanners.{SPECS[name][0]}", import_seconds)
        start = time.perf_counter()
        scanner, config[name] = _construct(name, module)
        init_seconds[name] = time.perf_counter() - start
        scanners[name] = scanner.scan

    meta = {
        "import_mode": import_mode,
        "import_seconds": import_seconds,
        "import_seconds_total": sum(import_seconds.values()),
        "init_seconds": init_seconds,
        "setup_seconds_total": time.perf_counter() - start_all,
        "config": config,
    }
    return scanners, meta


def _read_rows(stream: TextIO) -> Iterator[tuple[str, str]]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or "text" not in row:
            raise SystemExit(f"line {number}: expected an object with 'id' and 'text'")
        yield str(row.get("id", number)), str(row["text"])


def scan_rows(scanners: dict[str, ScanFn], rows: Iterator[tuple[str, str]], out: TextIO) -> int:
    """Scan every row with every scanner and write one JSON line per row; returns the count."""
    clock = time.perf_counter
    count = 0
    for row_id, text in rows:
        result: dict[str, Any] = {"id": row_id}
        for name, scan in scanners.items():
            start = clock()
            try:
                _, valid, risk = scan(text)
            except Exception as exc:  # a peer failure is data, not a crash
                seconds = clock() - start
                result[name] = {
                    "valid": None,
                    "risk": None,
                    "seconds": seconds,
                    "error": f"{type(exc).__name__}: {exc}"[:500],
                }
                continue
            seconds = clock() - start
            result[name] = {"valid": bool(valid), "risk": float(risk), "seconds": seconds}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--scanners",
        default="secrets,invisible,regex",
        help=f"comma-separated, from: {', '.join(SPECS)}",
    )
    parser.add_argument("--import-mode", choices=("direct", "package"), default="direct")
    parser.add_argument("--meta", type=Path, help="write timing and configuration JSON here")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up passes per scanner")
    parser.add_argument("--allow-network", action="store_true")
    args = parser.parse_args(argv)

    names = [n.strip() for n in args.scanners.split(",") if n.strip()]
    unknown = [n for n in names if n not in SPECS]
    if unknown or not names:
        parser.error(f"unknown scanner(s) {unknown}; choose from {', '.join(SPECS)}")

    guard = NetworkGuard()
    if not args.allow_network:
        guard.install()

    out = sys.stdout
    sys.stdout = sys.stderr  # anything printed by the peer goes to stderr, not into the JSONL

    process_start = time.perf_counter()
    if _llm_guard_root() is None:
        print("llm_guard is not importable by this interpreter", file=sys.stderr)
        return EXIT_NO_LLM_GUARD
    if args.import_mode == "direct":
        root = _llm_guard_root()
        assert root is not None
        _stub_packages(root)
    logging.getLogger().setLevel(logging.ERROR)
    scanners, meta = build_scanners(names, args.import_mode)

    warm_start = time.perf_counter()
    for _ in range(max(args.warmup, 0)):
        for scan in scanners.values():
            for text in WARMUP_TEXTS:
                scan(text)
    meta["warmup_seconds"] = time.perf_counter() - warm_start

    scan_start = time.perf_counter()
    count = scan_rows(scanners, _read_rows(sys.stdin), out)
    out.flush()

    from importlib import metadata

    versions: dict[str, str] = {}
    for dist in ("llm-guard", "bc-detect-secrets", "presidio-anonymizer", "structlog"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "absent"
    heavy = sorted(
        m for m in ("torch", "transformers", "presidio_analyzer", "spacy") if m in sys.modules
    )
    meta.update(
        {
            "rows": count,
            "scan_seconds_total": time.perf_counter() - scan_start,
            "process_seconds": time.perf_counter() - process_start,
            "python": sys.version.split()[0],
            "versions": versions,
            "heavy_modules_loaded": heavy,
            "network_attempts": guard.attempts,
            "network_blocked": not args.allow_network,
        }
    )
    if args.meta is not None:
        args.meta.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if guard.attempts:
        print(
            f"refused {len(guard.attempts)} network attempt(s): {guard.attempts[:5]}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
