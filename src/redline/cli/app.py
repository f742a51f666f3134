"""The `redline` command: parse arguments, call the library, format the results.

Exit status: 0 no findings, 1 findings, 2 an error (bad arguments, an unreadable path, a bad
settings or baseline file). `redline detect` lives in `redline.cli.detect`.
"""

from __future__ import annotations

import io
import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from redline import __version__
from redline._core import Confidence, Severity
from redline.code import languages
from redline.code.baseline import BaselineError, load_baseline, without_baseline, write_baseline
from redline.code.config import (
    ConfigError,
    Settings,
    discover_settings,
    load_settings,
    rule_selected,
)
from redline.code.files import MARKDOWN
from redline.code.fixes import FileFix, apply_edits, fix_file, plan_fixes, unified_diff
from redline.code.rules import RuleLoadError, all_rules
from redline.code.scanner import STDIN_PATH, ScanOptions, ScanResult, scan_paths, scan_stdin

PROGRESS_MIN_FILES = 50

app = typer.Typer(
    name="redline",
    help=(
        "Offline security checks for AI: scan generated code, detect attacks in text, guard "
        "agents at run time (`redline guard` checks and proxies agent traffic; `redline audit` "
        "lists its decisions), and measure a model against a red-line standard (`redline eval`, "
        "then `gate`, `compare`, `report`, `history`)."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"


class RulesFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _fail(message: str) -> NoReturn:
    """Print `redline: error: message` to stderr and exit with status 2."""
    typer.echo(f"redline: error: {message}", err=True)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"redline {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Offline security checks for AI.

    `redline scan` finds weaknesses in AI-generated code; `redline detect` finds prompt
    injection, jailbreaks, obfuscation, exfiltration links, secrets and PII in text.
    Scan settings are read from [tool.redline] in the nearest pyproject.toml (from the current
    directory upward); command-line options override them.
    """


def _language_option(value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().lower() in ("markdown", "md"):
        return MARKDOWN
    try:
        return languages.normalize(value)
    except languages.UnknownLanguageError as exc:
        _fail(f"--lang: {exc}, or markdown")


def _settings(config: Path | None) -> Settings:
    try:
        if config is not None:
            if not config.is_file():
                _fail(f"--config: no such file: {config}")
            return load_settings(config)
        return discover_settings()
    except ConfigError as exc:
        _fail(str(exc))
    except (RuleLoadError, re.error) as exc:
        _fail(f"a rule file is broken: {exc}")


class _ProgressBar:
    """A transient progress bar on stderr for large directory scans in a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Progress | None = None
        self.task: int | None = None

    def discovered(self, total: int) -> None:
        if self.enabled and total > PROGRESS_MIN_FILES:
            self.progress = Progress(
                TextColumn("scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("scan", total=total)

    def advance(self, done: int, total: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=done)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _drop_fixed(result: ScanResult, fixes: list[FileFix]) -> int:
    """Remove findings whose fix was written; returns how many."""
    fixed_ids = {id(f) for ff in fixes if ff.written for f in ff.fixed}
    before = len(result.findings)
    result.findings = [f for f in result.findings if id(f) not in fixed_ids]
    return before - len(result.findings)


@app.command()
def scan(  # noqa: PLR0917 - one parameter per option, as typer wants
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files and directories to scan, or - for standard input.",
            metavar="PATH",
            show_default=False,
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            help="Language of standard input and of files named on the command line "
            "(python, javascript, go, c, markdown, ...); guessed when not given.",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format. [default: text]", show_default=False),
    ] = None,
    severity: Annotated[
        Severity | None,
        typer.Option(
            help="Report findings of at least this severity. [default: info]",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    confidence: Annotated[
        Confidence | None,
        typer.Option(
            help=(
                "Report findings of at least this confidence; low adds findings that are "
                "often benign. [default: medium]"
            ),
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            metavar="RULES",
            help="Only these rules: codes (PY101), code prefixes (PY1) or names; "
            "comma-separated or repeated.",
            show_default=False,
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            metavar="RULES",
            help="Skip these rules: codes, code prefixes or names; comma-separated or repeated.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes for large scans. [default: one per core]",
            show_default=False,
        ),
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply the available fixes to the files in place.")
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the fixes as unified diffs instead of a report; write nothing.",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Hide the findings recorded in this baseline file.",
            show_default=False,
        ),
    ] = None,
    write_baseline_to: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            help="Record the current findings in this baseline file and exit 0.",
            show_default=False,
        ),
    ] = None,
    max_file_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="BYTES",
            help="Skip files larger than this many bytes. [default: 1000000]",
            show_default=False,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Read settings from this pyproject.toml instead of searching for one.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to this file instead of standard output.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Scan files, directories or standard input for security weaknesses.

    Directories are walked honouring .gitignore; .git, node_modules, .venv, venv, __pycache__,
    dist and build are skipped. Exit status: 0 no findings, 1 findings, 2 error.
    """
    settings = _settings(config)
    try:
        settings = settings.merged(
            select=select,
            ignore=ignore,
            severity=severity,
            confidence=confidence,
            max_file_size=max_file_size,
            baseline=baseline,
            format=output_format.value if output_format else None,
        )
    except ConfigError as exc:
        _fail(str(exc))
    except (RuleLoadError, re.error) as exc:
        _fail(f"a rule file is broken: {exc}")
    language = _language_option(lang)
    from_stdin = "-" in paths
    if from_stdin and len(paths) > 1:
        _fail("'-' (standard input) cannot be combined with other paths")
    if from_stdin and fix and not diff:
        _fail("standard input cannot be fixed in place; use --diff to see the fixes")
    known: frozenset[str] = frozenset()
    if settings.baseline is not None and write_baseline_to is None:
        try:
            known = load_baseline(settings.baseline)
        except BaselineError as exc:
            _fail(str(exc))

    options = ScanOptions.from_settings(settings, language)
    stdin_text = ""
    try:
        if from_stdin:
            data = sys.stdin.buffer.read()
            stdin_text = data.decode("utf-8", "replace")
            result = scan_stdin(data, options)
        else:
            bar = _ProgressBar(sys.stderr.isatty())
            try:
                result = scan_paths(
                    paths,
                    options,
                    exclude=settings.exclude,
                    jobs=jobs,
                    progress=bar.advance,
                    on_discovered=bar.discovered,
                )
            finally:
                bar.stop()
    except (RuleLoadError, re.error) as exc:
        _fail(f"a rule file is broken: {exc}")

    if write_baseline_to is not None:
        try:
            count = write_baseline(write_baseline_to, result.findings)
        except OSError as exc:
            _fail(f"--write-baseline: cannot write {write_baseline_to}: {exc.strerror or exc}")
        typer.echo(f"redline: wrote {count} fingerprints to {write_baseline_to}", err=True)
        for error in result.errors:
            typer.echo(f"redline: error: {error.path}: {error.message}", err=True)
        raise typer.Exit(2 if result.errors else 0)

    if known:
        result.findings, result.baseline_hidden = without_baseline(result.findings, known)

    fixed = 0
    if fix or diff:
        fixes = _fixes(result, from_stdin, stdin_text, write=fix and not diff)
        if diff:
            sys.stdout.write("".join(ff.diff for ff in fixes))
            sys.stdout.flush()
            count = sum(len(ff.fixed) for ff in fixes)
            files = sum(1 for ff in fixes if ff.diff)
            typer.echo(f"redline: {count} fixes would change {files} files", err=True)
            raise typer.Exit(_status(result))
        fixed = _drop_fixed(result, fixes)

    _report(result, settings, fixed=fixed, output=output)
    raise typer.Exit(_status(result))


def _fixes(result: ScanResult, from_stdin: bool, stdin_text: str, *, write: bool) -> list[FileFix]:
    fixes: list[FileFix] = []
    if from_stdin:
        plan = plan_fixes(stdin_text, result.findings)
        after = apply_edits(stdin_text, plan.edits)
        patch = unified_diff(STDIN_PATH, stdin_text, after)
        return [FileFix(STDIN_PATH, patch, plan.fixed, plan.conflicting, False)]
    reported = {id(f) for f in result.findings}  # after the baseline and the filters
    for file in result.files:
        findings = [f for f in file.findings if id(f) in reported]
        outcome = fix_file(
            file.path, file.fs_path, file.digest, file.valid_utf8, findings, write=write
        )
        if outcome is None:
            continue
        if outcome.problem:
            typer.echo(f"redline: {outcome.path}: {outcome.problem}", err=True)
        fixes.append(outcome)
    return fixes


def _status(result: ScanResult) -> int:
    if result.errors:
        return 2
    return 1 if result.findings else 0


def _report(result: ScanResult, settings: Settings, *, fixed: int, output: Path | None) -> None:
    from redline.report import render_json, render_sarif, render_text

    errors = Console(stderr=True, highlight=False)
    if settings.format == "json":
        text = render_json(result)
    elif settings.format == "sarif":
        chosen = [
            r
            for r in all_rules()
            if rule_selected(r.code, r.name, settings.select, settings.ignore)
        ]
        text = render_sarif(result, rules=chosen)
    elif output is None:
        render_text(result, Console(highlight=False), errors, fixed=fixed)
        return
    else:
        buffer = io.StringIO()
        plain = Console(file=buffer, color_system=None, highlight=False, width=200)
        render_text(result, plain, errors, fixed=fixed)
        text = buffer.getvalue()
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"--output: cannot write {output}: {exc.strerror or exc}")


@app.command()
def rules(
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = RulesFormat.TEXT,
) -> None:
    """List every rule: code, name, languages, severity, CWE and whether it can fix."""
    try:
        every = sorted(all_rules(), key=lambda r: r.code)
    except (RuleLoadError, re.error) as exc:
        _fail(f"a rule file is broken: {exc}")
    if output_format is RulesFormat.JSON:
        data = [
            {
                "code": r.code,
                "name": r.name,
                "languages": list(r.spec.languages),
                "severity": r.spec.severity.value,
                "confidence": r.spec.confidence.value,
                "cwe": list(r.spec.cwe),
                "fixable": r.spec.fixable,
                "message": r.spec.message,
                "tags": list(r.spec.tags),
            }
            for r in every
        ]
        typer.echo(json.dumps(data, indent=2))
        return
    table = Table(box=None, header_style="bold")
    for column in ("code", "name", "languages", "severity", "CWE", "fixable"):
        table.add_column(column)
    for r in every:
        table.add_row(
            r.code,
            r.name,
            ", ".join(r.spec.languages),
            r.spec.severity.value,
            ", ".join(f"CWE-{c}" for c in r.spec.cwe),
            "yes" if r.spec.fixable else "",
        )
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=300)  # never cut names in pipes and files
    console.print(table)
