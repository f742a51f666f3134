"""The audit log: one record per guard decision, in SQLite (the default) or JSON Lines.

`open_audit("guard-audit.db")` returns an `AuditLog`; pass it to `Guard(audit=...)` and every
decision is recorded with its time (UTC), session, stage, action, rule, reasons and tool name.
Checked texts and evidence fragments are stored only as SHA-256 hashes; with `store_text=True`
the checked text is kept too, after its secrets and personal data are redacted.

Writers are thread-safe. SQLite runs in WAL mode with one transaction per record; a JSON Lines
file is appended one whole line per write, and a torn last line is skipped on reading.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from redline.guard.types import Action, Decision, Stage

__all__ = [
    "SCHEMA_VERSION",
    "AuditEntry",
    "AuditError",
    "AuditLog",
    "AuditReason",
    "open_audit",
    "parse_time",
]

SCHEMA_VERSION = 1
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

_MAX_NAME = 256  # session, tool and rule names are cut to this many characters
_MAX_MESSAGE = 2_000
_MAX_SUBJECT = 100_000  # a stored (redacted) subject is cut to this many characters
_REDACT_MARGIN = 25_000  # characters past the stored length examined when redacting
_FILE_MODE = 0o600


class AuditError(Exception):
    """The audit log cannot be opened, read or written; the message names the file."""


@dataclass(frozen=True, slots=True)
class AuditReason:
    """One reason of a recorded decision; the evidence is kept only as its SHA-256."""

    rule: str
    action: str
    message: str
    evidence_sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "action": self.action,
            "message": self.message,
            "evidence_sha256": self.evidence_sha256,
        }


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One recorded decision. `id` is the row id (SQLite) or line number (JSON Lines)."""

    time: str
    session: str
    stage: str
    action: str
    rule: str | None
    reasons: tuple[AuditReason, ...] = ()
    tool: str | None = None
    subject_sha256: str | None = None
    subject: str | None = None
    id: int | None = None

    @property
    def evidence_sha256(self) -> tuple[str, ...]:
        """The hashes of every evidence fragment, in reason order."""
        return tuple(r.evidence_sha256 for r in self.reasons if r.evidence_sha256)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "session": self.session,
            "stage": self.stage,
            "action": self.action,
            "rule": self.rule,
            "tool": self.tool,
            "reasons": [r.to_dict() for r in self.reasons],
            "subject_sha256": self.subject_sha256,
            "subject": self.subject,
        }


# --------------------------------------------------------------------------------------------
# Building entries


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _clean(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with lone surrogates replaced (storable as UTF-8)."""
    if len(text) > limit:
        text = text[:limit] + "...[truncated]"
    return text.encode("utf-8", "replace").decode("utf-8")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_time(value: str | datetime, *, now: datetime | None = None) -> str:
    """A time as stored in the log (UTC ISO 8601, microseconds).

    Accepts a datetime, an ISO 8601 string (naive means UTC) or an age such as `30s`, `15m`,
    `2h`, `7d` (that long before now). Raises ValueError naming the bad value.
    """
    try:
        moment = value if isinstance(value, datetime) else _parse_moment(value, now)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError:
        raise ValueError(f"time out of range: {value!r}") from None


def _parse_moment(value: str, now: datetime | None) -> datetime:
    text = value.strip()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
    count = text[:-1]
    if len(text) >= 2 and text[-1].lower() in units and count.isascii() and count.isdigit():
        if len(count) > 12:
            raise OverflowError(value)
        base = now if now is not None else datetime.now(UTC)
        return base - timedelta(seconds=int(count) * units[text[-1].lower()])
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"not a time: {value!r} (expected ISO 8601 such as 2026-01-31T12:00:00Z, "
            "or an age such as 30m, 2h, 7d)"
        ) from None


def _tool_name(decision: Decision, subject: str | None) -> str | None:
    """The tool's name, read from a tool call's JSON subject (`{"name": ...}`)."""
    if decision.stage is not Stage.TOOL_CALL or not subject:
        return None
    try:
        data = json.loads(subject)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict):
        for key in ("name", "tool"):
            name = data.get(key)
            if isinstance(name, str) and name:
                return name
        function = data.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            return str(function["name"])
    return None


def _redacted(text: str, decision: Decision) -> str:
    """`text` with secrets and personal data masked, and flow evidence (data from a
    secret-bearing source) masked wherever it occurs."""
    from redline.text.pii import find_pii
    from redline.text.redact import redact
    from redline.text.secrets import find_secrets

    # beyond the stored length only a margin is kept, so a long secret (a PEM key) that
    # straddles the cut is still recognised and masked as a whole
    text = text[: _MAX_SUBJECT + _REDACT_MARGIN]
    out = redact(text, [*find_secrets(text), *find_pii(text)])
    for reason in decision.reasons:
        fragment = reason.evidence
        if reason.rule.startswith("flow.") and len(fragment) >= 4:
            for form in (fragment, json.dumps(fragment)[1:-1]):
                out = out.replace(form, "[REDACTED:evidence]")
    return out


def _safe_message(message: str) -> str:
    """A reason's message with any secret value in it masked."""
    from redline.text.redact import redact
    from redline.text.secrets import find_secrets

    return redact(message, find_secrets(message))


def _entry(
    decision: Decision, subject: str | None, tool: str | None, *, store_text: bool
) -> AuditEntry:
    reasons = tuple(
        AuditReason(
            rule=_clean(r.rule, _MAX_NAME),
            action=r.action.value,
            message=_clean(_safe_message(r.message), _MAX_MESSAGE),
            evidence_sha256=_sha256(r.evidence) if r.evidence else None,
        )
        for r in decision.reasons
    )
    name = tool if tool is not None else _tool_name(decision, subject)
    rule = decision.rule
    return AuditEntry(
        time=_now(),
        session=_clean(decision.session, _MAX_NAME),
        stage=decision.stage.value,
        action=decision.action.value,
        rule=_clean(rule, _MAX_NAME) if rule is not None else None,
        reasons=reasons,
        tool=_clean(name, _MAX_NAME) if name else None,
        subject_sha256=_sha256(subject) if subject is not None else None,
        subject=(
            _clean(_redacted(subject, decision), _MAX_SUBJECT)
            if store_text and subject is not None
            else None
        ),
    )


# --------------------------------------------------------------------------------------------
# Filters shared by both formats


@dataclass(frozen=True, slots=True)
class _Filter:
    session: str | None
    action: str | None
    rule: str | None
    stage: str | None
    since: str | None
    until: str | None
    limit: int | None

    def matches(self, e: AuditEntry) -> bool:
        return (
            (self.session is None or e.session == self.session)
            and (self.action is None or e.action == self.action)
            and (self.stage is None or e.stage == self.stage)
            and (self.since is None or e.time >= self.since)
            and (self.until is None or e.time < self.until)
            and (
                self.rule is None
                or (
                    e.rule is not None
                    and (e.rule == self.rule or e.rule.startswith(self.rule + "."))
                )
            )
        )


def _filter(
    *,
    session: str | None,
    action: Action | str | None,
    rule: str | None,
    stage: Stage | str | None,
    since: str | datetime | None,
    until: str | datetime | None,
    limit: int | None,
) -> _Filter:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")
    act = None
    if action is not None:
        act = Action.parse(action).value if isinstance(action, str) else action.value
    stg = None
    if stage is not None:
        if isinstance(stage, Stage):
            stg = stage.value
        else:
            try:
                stg = Stage(stage.strip().lower().replace("-", "_")).value
            except ValueError:
                names = ", ".join(s.value for s in Stage)
                raise ValueError(f"unknown stage {stage!r} (expected one of: {names})") from None
    return _Filter(
        session=session,
        action=act,
        rule=rule,
        stage=stg,
        since=parse_time(since) if since is not None else None,
        until=parse_time(until) if until is not None else None,
        limit=limit,
    )


# --------------------------------------------------------------------------------------------
# The log


class AuditLog:
    """Where decisions are recorded. Use `open_audit(path)`; close it, or use it in `with`."""

    def __init__(self, path: Path, *, store_text: bool) -> None:
        self.path = path
        self.store_text = store_text
        self._lock = threading.Lock()
        self._closed = False

    def record(
        self, decision: Decision, *, subject: str | None = None, tool: str | None = None
    ) -> None:
        """Record one decision. `subject` is the checked text or the tool call as JSON."""
        entry = _entry(decision, subject, tool, store_text=self.store_text)
        with self._lock:
            if self._closed:
                raise AuditError(f"{self.path}: the audit log is closed")
            self._write(entry)

    def query(
        self,
        *,
        session: str | None = None,
        action: Action | str | None = None,
        rule: str | None = None,
        stage: Stage | str | None = None,
        since: str | datetime | None = None,
        until: str | datetime | None = None,
        limit: int | None = 100,
    ) -> list[AuditEntry]:
        """The most recent `limit` matching entries (all when None), oldest first.

        `rule` matches that rule and the rules under it (`tools.shell` matches
        `tools.shell.download-exec`). `since` is inclusive, `until` exclusive; both take a
        datetime, ISO 8601 or an age (`2h`). Raises ValueError for a bad filter.
        """
        flt = _filter(
            session=session,
            action=action,
            rule=rule,
            stage=stage,
            since=since,
            until=until,
            limit=limit,
        )
        with self._lock:
            if self._closed:
                raise AuditError(f"{self.path}: the audit log is closed")
            return self._query(flt)

    def close(self) -> None:
        """Flush and close; later records raise AuditError."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _write(self, entry: AuditEntry) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _query(self, flt: _Filter) -> list[AuditEntry]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _close(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def _reasons_json(reasons: Iterable[AuditReason]) -> str:
    return json.dumps([r.to_dict() for r in reasons], separators=(",", ":"))


def _reasons_from(data: Any) -> tuple[AuditReason, ...]:
    if not isinstance(data, list):
        return ()
    out = []
    for item in data:
        if isinstance(item, dict):
            evidence = item.get("evidence_sha256")
            out.append(
                AuditReason(
                    rule=str(item.get("rule", "")),
                    action=str(item.get("action", "")),
                    message=str(item.get("message", "")),
                    evidence_sha256=str(evidence) if evidence else None,
                )
            )
    return tuple(out)


_SQL_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    session TEXT NOT NULL,
    stage TEXT NOT NULL,
    action TEXT NOT NULL,
    rule TEXT,
    tool TEXT,
    reasons TEXT NOT NULL,
    subject_sha256 TEXT,
    subject TEXT
);
CREATE INDEX IF NOT EXISTS decisions_time ON decisions (time);
CREATE INDEX IF NOT EXISTS decisions_session ON decisions (session, time);
"""


class _SqliteAudit(AuditLog):
    def __init__(self, path: Path, *, store_text: bool, create: bool) -> None:
        super().__init__(path, store_text=store_text)
        if not path.exists():
            if not create:
                raise AuditError(f"{path}: no such file")
            _create_private(path)
        try:
            self._db = sqlite3.connect(
                str(path), timeout=10.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise AuditError(f"{path}: cannot open: {exc}") from None
        try:
            self._setup()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise AuditError(f"{path}: not a readable SQLite audit log: {exc}") from None
        except AuditError:
            self._db.close()
            raise

    def _setup(self) -> None:
        db = self._db
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            tables = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "schema_version" in tables:
                row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
                version = row[0] if row else None
                if version != SCHEMA_VERSION:
                    raise AuditError(
                        f"{self.path}: audit log schema version {version}, this redline reads "
                        f"version {SCHEMA_VERSION}"
                    )
            elif tables - {"sqlite_sequence"}:
                raise AuditError(f"{self.path}: an SQLite database, but not a redline audit log")
            else:
                for statement in _SQL_SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _write(self, entry: AuditEntry) -> None:
        try:
            with self._db:  # a transaction: committed on success, rolled back on error
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(
                    "INSERT INTO decisions (time, session, stage, action, rule, tool, reasons,"
                    " subject_sha256, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        entry.time,
                        entry.session,
                        entry.stage,
                        entry.action,
                        entry.rule,
                        entry.tool,
                        _reasons_json(entry.reasons),
                        entry.subject_sha256,
                        entry.subject,
                    ),
                )
        except sqlite3.Error as exc:
            raise AuditError(f"{self.path}: cannot write: {exc}") from None

    def _query(self, flt: _Filter) -> list[AuditEntry]:
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("session", flt.session),
            ("action", flt.action),
            ("stage", flt.stage),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if flt.rule is not None:
            escaped = flt.rule.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("(rule = ? OR rule LIKE ? ESCAPE '\\')")
            params += [flt.rule, escaped + ".%"]
        if flt.since is not None:
            where.append("time >= ?")
            params.append(flt.since)
        if flt.until is not None:
            where.append("time < ?")
            params.append(flt.until)
        sql = (
            "SELECT id, time, session, stage, action, rule, tool, reasons, subject_sha256,"
            " subject FROM decisions"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if flt.limit is not None:
            sql += " LIMIT ?"
            params.append(flt.limit)
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise AuditError(f"{self.path}: cannot read: {exc}") from None
        out = []
        for row in reversed(rows):
            try:
                reasons = _reasons_from(json.loads(row[7]))
            except (ValueError, TypeError):
                reasons = ()
            out.append(
                AuditEntry(
                    id=row[0],
                    time=row[1],
                    session=row[2],
                    stage=row[3],
                    action=row[4],
                    rule=row[5],
                    tool=row[6],
                    reasons=reasons,
                    subject_sha256=row[8],
                    subject=row[9],
                )
            )
        return out

    def _close(self) -> None:
        self._db.close()


class _JsonlAudit(AuditLog):
    def __init__(self, path: Path, *, store_text: bool, create: bool) -> None:
        super().__init__(path, store_text=store_text)
        if not create and not path.exists():
            raise AuditError(f"{path}: no such file")
        if path.is_dir():
            raise AuditError(f"{path}: is a directory")
        self._fd: int | None = None
        if create:  # open now, so an unwritable log stops a caller at start-up
            self._open()

    def _open(self) -> int:
        """The append descriptor (a log opened with `create=False` opens it on first write)."""
        if self._fd is None:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _FILE_MODE)
            except OSError as exc:
                raise AuditError(f"{self.path}: cannot open: {exc.strerror or exc}") from None
            try:
                size = os.fstat(fd).st_size
                if size:
                    with self.path.open("rb") as f:
                        f.seek(size - 1)
                        torn = f.read(1) != b"\n"
                    if torn:  # a torn last line: end it so the next record stands alone
                        os.write(fd, b"\n")
            except OSError as exc:
                os.close(fd)
                raise AuditError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
            self._fd = fd
        return self._fd

    def _write(self, entry: AuditEntry) -> None:
        record = {"v": SCHEMA_VERSION, **entry.to_dict()}
        del record["id"]
        data = (json.dumps(record, separators=(",", ":")) + "\n").encode("ascii")
        fd = self._open()
        try:
            view = memoryview(data)
            while view:  # one write almost always; O_APPEND keeps concurrent lines whole
                written = os.write(fd, view)
                view = view[written:]
        except OSError as exc:
            raise AuditError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        try:
            with self.path.open("rb") as f:
                yield from enumerate(f, 1)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise AuditError(f"{self.path}: cannot read: {exc.strerror or exc}") from None

    def _query(self, flt: _Filter) -> list[AuditEntry]:
        kept: deque[AuditEntry] = deque(maxlen=flt.limit)
        if flt.limit == 0:
            return []
        for lineno, line in self._lines():
            entry = _from_json_line(line, lineno)
            if entry is not None and flt.matches(entry):
                kept.append(entry)
        return list(kept)

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _from_json_line(line: bytes, lineno: int) -> AuditEntry | None:
    """The entry on one line, or None for a blank, torn or foreign line."""
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        rule = data.get("rule")
        tool = data.get("tool")
        subject = data.get("subject")
        digest = data.get("subject_sha256")
        return AuditEntry(
            id=lineno,
            time=str(data["time"]),
            session=str(data["session"]),
            stage=str(data["stage"]),
            action=str(data["action"]),
            rule=str(rule) if rule is not None else None,
            tool=str(tool) if tool is not None else None,
            reasons=_reasons_from(data.get("reasons")),
            subject_sha256=str(digest) if digest is not None else None,
            subject=str(subject) if subject is not None else None,
        )
    except KeyError:
        return None


def _create_private(path: Path) -> None:
    """Create an empty file readable only by its owner (audit logs are sensitive)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
    except FileExistsError:
        return
    except OSError as exc:
        raise AuditError(f"{path}: cannot create: {exc.strerror or exc}") from None
    os.close(fd)


def open_audit(
    path: str | Path,
    *,
    store_text: bool = False,
    create: bool = True,
    format: Literal["sqlite", "jsonl"] | None = None,
) -> AuditLog:
    """Open (or create) the audit log at `path`: JSON Lines for `.jsonl`/`.ndjson`, else SQLite.

    `format` overrides the guess from the suffix. `store_text=True` keeps each checked text
    after redacting its secrets and personal data; otherwise only its SHA-256 is stored. With
    `create=False` a missing file raises AuditError.
    """
    p = Path(path)
    if p.is_dir():
        raise AuditError(f"{p}: is a directory")
    if format not in (None, "sqlite", "jsonl"):
        raise ValueError(f"unknown audit format {format!r} (expected sqlite or jsonl)")
    if format == "jsonl" or (format is None and p.suffix.lower() in JSONL_SUFFIXES):
        return _JsonlAudit(p, store_text=store_text, create=create)
    return _SqliteAudit(p, store_text=store_text, create=create)
