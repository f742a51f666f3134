"""`redline guard` (init, check-call, check-text, serve, mcp) and `redline audit`.

Exit status of the checks: 0 allow or redact, 1 block or ask, 2 an error (bad arguments, a bad
policy file, an unreadable input). A policy that fails to load stops every command before it
checks or serves anything.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn
from urllib.parse import urlsplit

import typer

from redline.cli.app import _fail, app

if TYPE_CHECKING:
    from redline.guard import Guard
    from redline.guard.audit import AuditLog
    from redline.guard.policy import Policy
    from redline.guard.types import Decision

DEFAULT_POLICY_FILE = "redline-policy.yaml"
DEFAULT_AUDIT_FILE = "redline-audit.db"
MAX_TEXT_BYTES = 50_000_000

guard_app = typer.Typer(
    name="guard",
    help="Runtime firewall for LLM apps and agents: policy checks, HTTP and MCP proxies.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(guard_app, name="guard")


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class OnBlock(StrEnum):
    REFUSAL = "refusal"
    ERROR = "error"


class TextStage(StrEnum):
    INPUT = "input"
    TOOL_OUTPUT = "tool-output"
    RESPONSE = "response"


PolicyOption = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        "-p",
        metavar="FILE",
        help="Policy file (YAML). [default: the shipped secure defaults]",
        show_default=False,
    ),
]
FormatOption = Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")]
SessionOption = Annotated[
    str, typer.Option("--session", metavar="ID", help="Session whose trace the check joins.")
]
CheckAuditOption = Annotated[
    Path | None,
    typer.Option(
        metavar="PATH",
        help="Record the decision in this audit log. [default: the policy's audit.path]",
        show_default=False,
    ),
]


# --------------------------------------------------------------------------------------------
# Shared helpers


def _load_policy(path: Path | None) -> Policy:
    """The policy in `path` (the shipped defaults when None); exits 2 when it does not load."""
    from redline.guard.policy import PolicyError, default_policy, load_policy

    if path is not None and not path.is_file():
        _fail(f"--policy: no such file: {path}")
    try:
        return load_policy(path) if path is not None else default_policy()
    except PolicyError as exc:
        _fail(str(exc))
    except OSError as exc:  # a broken installation: never run without a policy
        _fail(f"the shipped policy cannot be read: {exc.strerror or exc}")


def _make_guard(policy: Policy, audit: AuditLog | _NoAudit | None) -> Guard:
    from redline.guard import Guard
    from redline.guard.policy import PolicyError

    try:
        return Guard(policy, audit=audit)
    except PolicyError as exc:
        _fail(str(exc))
    except Exception as exc:  # refuse to start rather than run unprotected
        _fail(f"the guard cannot start: {type(exc).__name__}: {exc}")


class _NoAudit:
    """An audit sink that keeps nothing (`--no-audit`)."""

    def record(self, decision: Decision, *, subject: str | None) -> None:
        return None


@contextmanager
def _audit(
    option: Path | None,
    policy: Policy,
    *,
    default: Path | None = None,
    enabled: bool = True,
) -> Iterator[AuditLog | _NoAudit | None]:
    """The audit log to record in, closed on exit; exits 2 when it cannot be opened.

    Precedence: the command-line path, then the policy's `audit.path`, then `default`;
    None when none is set or `enabled` is false.
    """
    settings = policy.audit
    fmt = None
    if option is not None:
        path: Path | None = option
    elif settings.path:
        path = Path(settings.path).expanduser()  # relative: to the working directory
        fmt = settings.format
    else:
        path = default
    if not enabled:
        yield _NoAudit()  # a sink, so the guard does not open the policy's audit.path itself
        return
    if path is None:
        yield None
        return
    from redline.guard.audit import AuditError, open_audit

    try:
        log = open_audit(path, store_text=settings.store_text, format=fmt)
    except AuditError as exc:
        _fail(f"audit log: {exc}")
    try:
        yield log
    finally:
        log.close()


@contextmanager
def _guarded(
    policy: Path | None,
    audit: Path | None,
    *,
    default_audit: Path | None = None,
    audit_enabled: bool = True,
) -> Iterator[Guard]:
    """A guard on the policy file (or the shipped defaults) and its audit log, closed on exit."""
    loaded = _load_policy(policy)
    with _audit(audit, loaded, default=default_audit, enabled=audit_enabled) as log:
        yield _make_guard(loaded, log)


def _check_and_exit(
    policy: Path | None,
    audit: Path | None,
    check: Callable[[Guard], Decision],
    output_format: CheckFormat,
    extra: dict[str, Any],
) -> NoReturn:
    """Run one check on a fresh guard, print the decision and exit with its status."""
    with _guarded(policy, audit) as guard:
        decision = _checked(lambda: check(guard))
    _report(decision, output_format, extra)
    raise typer.Exit(_exit_for(decision))


def _checked(check: Callable[[], Decision]) -> Decision:
    """Run one check; an audit or guard failure exits 2 (never a silent allow)."""
    from redline.guard.audit import AuditError

    try:
        return check()
    except AuditError as exc:
        _fail(f"audit log: {exc}")
    except Exception as exc:
        _fail(f"the check failed: {type(exc).__name__}: {exc}")


def _report(decision: Decision, output_format: CheckFormat, extra: dict[str, Any]) -> None:
    if output_format is CheckFormat.JSON:
        typer.echo(json.dumps({**extra, **decision.to_dict()}, ensure_ascii=False))
        return
    head = decision.action.value.upper()
    rule = decision.rule
    typer.echo(f"{head}  {rule}" if rule else f"{head}  (no rule fired)")
    for reason in decision.reasons:
        typer.echo(f"  {reason.action.value:<6} {reason.rule}: {reason.message}")


def _exit_for(decision: Decision) -> int:
    return 0 if decision.allowed else 1


# --------------------------------------------------------------------------------------------
# init


def _starter_text() -> str:
    """The commented starter policy shipped with the guard."""
    try:
        from redline.guard.policy import starter_policy_text

        return starter_policy_text()
    except (ImportError, OSError) as exc:
        _fail(f"the starter policy is missing from this installation: {exc}")


def _write_new(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path` atomically; without `force`, never replace an existing file."""
    directory = path.parent if str(path.parent) else Path()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the file exists, even in a race
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@guard_app.command()
def init(
    path: Annotated[
        Path,
        typer.Argument(help="Where to write the policy.", metavar="PATH"),
    ] = Path(DEFAULT_POLICY_FILE),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter policy (the shipped secure defaults) to edit."""
    text = _starter_text()
    if path.is_dir():
        _fail(f"{path}: is a directory")
    try:
        _write_new(path, text, force=force)
    except FileExistsError:
        _fail(f"{path} exists; use --force to overwrite it")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    typer.echo(f"redline: wrote {path}", err=True)


# --------------------------------------------------------------------------------------------
# check-call, check-text


def _parse_args(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        _fail(f"--args: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        _fail("--args: JSON nested too deeply")
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(value), "a number"
        )
        _fail(f"--args: expected a JSON object of arguments, got {kind}")
    return value


@guard_app.command("check-call")
def check_call(  # noqa: PLR0917 - one parameter per option, as typer wants
    tool: Annotated[
        str,
        typer.Option("--tool", "-t", metavar="NAME", help="The tool's name.", show_default=False),
    ],
    args: Annotated[
        str,
        typer.Option("--args", "-a", metavar="JSON", help="The call's arguments, a JSON object."),
    ] = "{}",
    policy: PolicyOption = None,
    session: SessionOption = "cli",
    output_format: FormatOption = CheckFormat.TEXT,
    audit: CheckAuditOption = None,
) -> None:
    """Check one tool call against the policy and print the decision.

    Exit status: 0 allow, 1 block or ask, 2 an error.
    """
    from redline.guard.types import ToolCall

    call = ToolCall(tool, _parse_args(args))
    _check_and_exit(
        policy,
        audit,
        lambda guard: guard.check_tool_call(call, session=session),
        output_format,
        {"tool": tool},
    )


@guard_app.command("check-text")
def check_text(  # noqa: PLR0917 - one parameter per option, as typer wants
    source: Annotated[
        str, typer.Argument(help="A text file, or - for standard input.", metavar="[FILE|-]")
    ] = "-",
    stage: Annotated[
        TextStage,
        typer.Option(
            "--stage",
            "-s",
            help="input: a user's message; tool-output: a tool or MCP result; "
            "response: the model's answer.",
        ),
    ] = TextStage.INPUT,
    tool: Annotated[
        str,
        typer.Option("--tool", "-t", metavar="NAME", help="The tool that produced a tool-output."),
    ] = "tool",
    policy: PolicyOption = None,
    session: SessionOption = "cli",
    output_format: FormatOption = CheckFormat.TEXT,
    audit: CheckAuditOption = None,
) -> None:
    """Check a message, tool output or response against the policy and print the decision.

    JSON output carries the redacted text when the action is redact.
    Exit status: 0 allow or redact, 1 block or ask, 2 an error.
    """
    text = _read_text(source)

    def check(guard: Guard) -> Decision:
        if stage is TextStage.INPUT:
            return guard.check_input(text, session=session)
        if stage is TextStage.TOOL_OUTPUT:
            return guard.check_tool_output(text, tool=tool, session=session)
        return guard.check_response(text, session=session)

    name = "<stdin>" if source == "-" else source
    _check_and_exit(policy, audit, check, output_format, {"source": name})


def _read_text(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    else:
        path = Path(source)
        if path.is_dir():
            _fail(f"{source}: is a directory (give a file, or - for standard input)")
        try:
            with path.open("rb") as f:
                data = f.read(MAX_TEXT_BYTES + 1)
        except OSError as exc:
            _fail(f"{source}: cannot read: {exc.strerror or exc}")
    if len(data) > MAX_TEXT_BYTES:
        _fail(f"{source}: larger than {MAX_TEXT_BYTES:,} bytes")
    return data.decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# serve, mcp

AuditOption = Annotated[
    Path | None,
    typer.Option(
        metavar="PATH",
        help="Audit log: .db/.sqlite (SQLite) or .jsonl. "
        f"[default: the policy's audit.path, else {DEFAULT_AUDIT_FILE}]",
        show_default=False,
    ),
]
NoAuditOption = Annotated[
    bool, typer.Option("--no-audit", help="Keep no audit log.", show_default=False)
]


def _check_upstream(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        _fail(f"--upstream: expected an http:// or https:// URL, got {url!r}")
    try:
        _ = parts.port
    except ValueError:
        _fail(f"--upstream: bad port in {url!r}")
    if parts.username or parts.password:
        _fail("--upstream: put credentials in the client's API key, not in the URL")
    return url.strip().rstrip("/")


@guard_app.command()
def serve(  # noqa: PLR0917 - one parameter per option, as typer wants
    upstream: Annotated[
        str,
        typer.Option(
            metavar="URL",
            help="The OpenAI-compatible API to protect, e.g. http://127.0.0.1:8000/v1.",
            show_default=False,
        ),
    ],
    policy: PolicyOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8787,
    audit: AuditOption = None,
    no_audit: NoAuditOption = False,
    max_body: Annotated[
        int | None,
        typer.Option(
            min=1, metavar="BYTES", help="Largest request body accepted.", show_default=False
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.001, metavar="S", help="Seconds to wait for the upstream.", show_default=False
        ),
    ] = None,
    on_block: Annotated[
        OnBlock,
        typer.Option(
            help="Answer a blocked request with a refusal completion or an HTTP 403 error."
        ),
    ] = OnBlock.REFUSAL,
) -> None:
    """Run an HTTP proxy in front of an OpenAI-compatible API that checks every request and
    response (streamed too) against the policy."""
    target = _check_upstream(upstream)
    if no_audit and audit is not None:
        _fail("--audit and --no-audit cannot be combined")
    from redline.guard import proxy

    options: dict[str, Any] = {"on_block": on_block.value}
    if max_body is not None:
        options["max_body_bytes"] = max_body
    if timeout is not None:
        options["timeout"] = timeout
    try:
        proxy.ProxySettings(target, **options)
    except ValueError as exc:
        _fail(str(exc))
    with _guarded(
        policy, audit, default_audit=Path(DEFAULT_AUDIT_FILE), audit_enabled=not no_audit
    ) as guard:
        proxy.serve(guard, target, host=host, port=port, **options)


@guard_app.command(context_settings={"allow_interspersed_args": False})
def mcp(
    command: Annotated[
        list[str],
        typer.Argument(
            help="The command that starts the MCP server (after --).",
            metavar="COMMAND",
            show_default=False,
        ),
    ],
    policy: PolicyOption = None,
    audit: AuditOption = None,
    no_audit: NoAuditOption = False,
) -> None:
    """Wrap a stdio MCP server: check every tool call and scan every tool result.

    Exit status: the server's, or 2 when the proxy cannot start.
    """
    if no_audit and audit is not None:
        _fail("--audit and --no-audit cannot be combined")
    try:
        from redline.guard.mcp import run_mcp_proxy
    except ImportError as exc:
        _fail(f"the MCP proxy is not available in this installation: {exc}")
    with _guarded(
        policy, audit, default_audit=Path(DEFAULT_AUDIT_FILE), audit_enabled=not no_audit
    ) as guard:
        code = run_mcp_proxy(command, guard)
    raise typer.Exit(code)


# --------------------------------------------------------------------------------------------
# redline audit


def _short_time(value: str) -> str:
    return value[:19].replace("T", " ") + "Z" if len(value) >= 19 else value


@app.command("audit")
def audit_list(  # noqa: PLR0917 - one parameter per option, as typer wants
    path: Annotated[
        Path, typer.Argument(help="The audit log (.db, .sqlite or .jsonl).", metavar="PATH")
    ] = Path(DEFAULT_AUDIT_FILE),
    session: Annotated[
        str | None, typer.Option(metavar="ID", help="Only this session.", show_default=False)
    ] = None,
    action: Annotated[
        str | None,
        typer.Option(
            metavar="ACTION", help="Only allow, redact, ask or block.", show_default=False
        ),
    ] = None,
    rule: Annotated[
        str | None,
        typer.Option(
            metavar="RULE", help="Only this rule and the rules under it.", show_default=False
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            metavar="STAGE",
            help="Only input, tool-output, tool-call or response.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="TIME",
            help="From this time (ISO 8601, or an age: 30m, 2h, 7d).",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(metavar="TIME", help="Before this time (same forms).", show_default=False),
    ] = None,
    limit: Annotated[
        int, typer.Option(min=0, metavar="N", help="Show the N most recent (0: all).")
    ] = 100,
    output_format: FormatOption = CheckFormat.TEXT,
) -> None:
    """List and filter the guard's audit log, oldest first."""
    from redline.guard.audit import AuditError, open_audit

    try:
        with open_audit(path, create=False) as log:
            entries = log.query(
                session=session,
                action=action,
                rule=rule,
                stage=stage.replace("-", "_") if stage else None,
                since=since,
                until=until,
                limit=limit or None,
            )
    except AuditError as exc:
        _fail(str(exc))
    except ValueError as exc:
        _fail(str(exc))
    if output_format is CheckFormat.JSON:
        typer.echo(json.dumps([e.to_dict() for e in entries], indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column in ("time", "session", "stage", "action", "rule", "tool", "reason"):
        table.add_column(column)
    for e in entries:
        first = next((r for r in e.reasons if r.rule == e.rule), None)
        table.add_row(
            _short_time(e.time),
            e.session,
            e.stage.replace("_", "-"),
            e.action,
            e.rule or "",
            e.tool or "",
            first.message if first else "",
        )
    console = Console(highlight=False, markup=False)
    if not console.is_terminal:
        console = Console(highlight=False, markup=False, width=300)
    console.print(table)
    typer.echo(f"{len(entries)} entries", err=True)
