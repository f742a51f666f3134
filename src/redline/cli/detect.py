"""`redline detect`: injections, jailbreaks, obfuscation, exfiltration, secrets and PII in text."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from redline.cli.app import _fail, app
from redline.text.types import Category, Channel, Level, Verdict

MAX_LINE_CHARS = 8_000_000


class DetectFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _categories(only: str | None, skip: str | None) -> frozenset[Category]:
    def parse(value: str, option: str) -> set[Category]:
        out: set[Category] = set()
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            try:
                out.add(Category(name))
            except ValueError:
                names = ", ".join(c.value for c in Category)
                _fail(f"{option}: unknown category {name!r} (expected: {names})")
        return out

    cats = parse(only, "--only") if only else set(Category)
    if skip:
        cats -= parse(skip, "--skip")
    if not cats:
        _fail("nothing left to detect: --only/--skip removed every category")
    return frozenset(cats)


def _read_input(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if path.is_dir():
        _fail(f"{source}: is a directory (give a file, or - for standard input)")
    try:
        return path.read_bytes()
    except OSError as exc:
        _fail(f"{source}: cannot read: {exc.strerror or exc}")


def _text_report(name: str, verdict: Verdict, out: TextIO) -> None:
    if verdict.status.value == "clean":
        out.write(
            f"{name}: clean (score {verdict.score:.2f} < {verdict.threshold:.2f}, "
            f"level {verdict.level}, channel {verdict.channel})\n"
        )
        return
    head = verdict.label.upper() if verdict.flagged else "UNDECIDED"
    out.write(
        f"{name}: {head} score {verdict.score:.2f} (threshold {verdict.threshold:.2f}, "
        f"level {verdict.level}, channel {verdict.channel})\n"
    )
    for hit in verdict.hits:
        where = f"{hit.span.start_line}:{hit.span.start_column}"
        out.write(f"  {where:<8} {hit.detector:<36} {hit.reason}\n")
        if hit.decoded:
            shown = hit.decoded if len(hit.decoded) <= 120 else hit.decoded[:117] + "..."
            out.write(f"  {'':<8} {'':<36} decoded: {shown!r}\n")
    for note in verdict.notes:
        out.write(f"  note: {note}\n")


@app.command()
def detect(  # noqa: PLR0917 - one parameter per option, as typer wants
    source: Annotated[
        str,
        typer.Argument(help="A text file, or - for standard input.", metavar="[FILE|-]"),
    ] = "-",
    channel: Annotated[
        Channel,
        typer.Option(
            "--channel",
            "-c",
            help="Where the text comes from: user (a message), tool (a tool or MCP result), "
            "document (retrieved content), output (the model's answer).",
        ),
    ] = Channel.USER,
    level: Annotated[
        Level,
        typer.Option(
            "--level",
            "-l",
            help="Sensitivity: low (fewest false alarms), balanced, strict (flags most).",
        ),
    ] = Level.BALANCED,
    output_format: Annotated[
        DetectFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DetectFormat.TEXT,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Batch mode: read JSON Lines {"id", "text", "channel"?} and write one JSON '
            "verdict per line (id, label, score, spans, status).",
        ),
    ] = False,
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            help="Comma-separated categories to look for: injection, jailbreak, obfuscation, "
            "exfiltration, secret, pii (default: all).",
        ),
    ] = None,
    skip: Annotated[
        str | None, typer.Option("--skip", help="Comma-separated categories to leave out.")
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Print the text with secrets and PII replaced by [REDACTED:kind] "
            "(exit status as usual).",
        ),
    ] = False,
    model: Annotated[
        Path | None,
        typer.Option("--model", help="A model file built by `make model` (default: shipped)."),
    ] = None,
) -> None:
    """Detect prompt injection, jailbreaks, obfuscation, exfiltration, secrets and PII in text.

    Exit status: 0 nothing found, 1 something found, 2 an error (bad arguments or input).
    A verdict's status is `undecided` when part of the text could not be examined.
    Personal data flags only in the output channel; elsewhere it is listed, not flagged.
    """
    from redline.text.model import LinearModel, ModelError
    from redline.text.pipeline import Detector, Options

    cats = _categories(only, skip)
    try:
        loaded = LinearModel.load(model) if model is not None else None
        detector = Detector(loaded, Options(channel=channel, level=level, categories=cats))
    except ModelError as exc:
        _fail(str(exc))
    if jsonl:
        raise typer.Exit(_batch(detector, source))
    data = _read_input(source)
    verdict = detector.detect(data)
    name = "<stdin>" if source == "-" else source
    out = sys.stdout
    if redact:
        from redline.text.redact import redact as apply_redaction

        text = data.decode("utf-8", "replace")
        kept = [h for h in verdict.hits if h.category in (Category.SECRET, Category.PII)]
        out.write(apply_redaction(text, kept))
    elif output_format is DetectFormat.JSON:
        out.write(json.dumps({"source": name, **verdict.to_dict()}, ensure_ascii=False) + "\n")
    else:
        _text_report(name, verdict, out)
    raise typer.Exit(1 if verdict.flagged else 0)


def _batch(detector: Any, source: str) -> int:
    """Verdicts for every JSON Lines record; a bad record gets an error line and exit status 2."""
    stream: TextIO
    if source == "-":
        stream = sys.stdin
    else:
        path = Path(source)
        if not path.is_file():
            _fail(f"{source}: no such file")
        stream = path.open(encoding="utf-8", errors="replace")
    found = errors = 0
    out = sys.stdout
    with stream:
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                continue
            record, error = _record(line, lineno)
            if error is not None:
                errors += 1
                out.write(json.dumps(error) + "\n")
                print(f"redline: error: line {lineno}: {error['error']}", file=sys.stderr)
                continue
            assert record is not None
            verdict = detector.detect(record["text"], channel=record.get("channel"))
            found += verdict.flagged
            out.write(
                json.dumps({"id": record["id"], **verdict.to_dict()}, ensure_ascii=False) + "\n"
            )
    if errors:
        return 2
    return 1 if found else 0


def _record(line: str, lineno: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    def bad(message: str, rid: Any = None) -> tuple[None, dict[str, Any]]:
        return None, {"id": rid, "line": lineno, "status": "error", "error": message}

    if len(line) > MAX_LINE_CHARS:
        return bad(f"record longer than {MAX_LINE_CHARS:,} characters")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return bad(f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return bad("expected a JSON object")
    rid = obj.get("id", lineno)
    if not isinstance(rid, str | int):
        return bad("'id' must be a string or a number")
    text = obj.get("text")
    if not isinstance(text, str):
        return bad("missing or non-string 'text'", rid)
    chan = obj.get("channel")
    if chan is not None:
        try:
            chan = Channel(str(chan).lower())
        except ValueError:
            names = ", ".join(c.value for c in Channel)
            return bad(f"unknown channel {chan!r} (expected: {names})", rid)
    return {"id": rid, "text": text, "channel": chan}, None
