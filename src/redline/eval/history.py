"""Every run recorded in a SQLite history, so a model can be followed from version to version.

The default file is `$REDLINE_HISTORY`, else `$XDG_DATA_HOME/redline/history.sqlite` (on most
systems `~/.local/share/redline/history.sqlite`); `--history PATH` picks another.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "HistoryError",
    "HistoryRow",
    "Point",
    "default_history_path",
    "list_runs",
    "metric_series",
    "record_run",
]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    model TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    standard TEXT NOT NULL,
    profile TEXT,
    guard TEXT,
    run_dir TEXT NOT NULL,
    redline_version TEXT NOT NULL,
    crossed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS metrics (
    run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
    condition TEXT NOT NULL,
    metric TEXT NOT NULL,
    estimate REAL,
    low REAL,
    high REAL,
    n INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (run_id, condition, metric)
);
CREATE INDEX IF NOT EXISTS runs_by_model ON runs(model, started);
"""


class HistoryError(ValueError):
    """The history file cannot be opened or written (names the file)."""


def default_history_path() -> Path:
    env = os.environ.get("REDLINE_HISTORY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "redline" / "history.sqlite"


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path, timeout=30)
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(_SCHEMA)
    except (OSError, sqlite3.Error) as exc:
        raise HistoryError(f"{path}: cannot open the run history: {exc}") from None
    return con


def record_run(path: Path, results: Mapping[str, Any]) -> None:
    """Insert (or replace, for a resumed run) one finished run and its metrics."""
    run = results["run"]
    con = _connect(path)
    try:
        with con:
            con.execute("DELETE FROM runs WHERE run_id = ?", (run["id"],))
            con.execute(
                "INSERT INTO runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    run["id"],
                    run["started"],
                    run.get("finished"),
                    run["status"],
                    run["model"],
                    run["endpoint"],
                    results["standard"]["name"],
                    run.get("profile"),
                    run.get("guard"),
                    run["run_dir"],
                    run["redline_version"],
                    int(bool(results.get("crossed"))),
                ),
            )
            for condition, metrics in results["metrics"].items():
                for metric_id, m in metrics.items():
                    rate = m["rate"]
                    con.execute(
                        "INSERT INTO metrics VALUES (?,?,?,?,?,?,?,?)",
                        (
                            run["id"],
                            condition,
                            metric_id,
                            rate["estimate"],
                            rate["low"],
                            rate["high"],
                            rate["n"],
                            m["status"],
                        ),
                    )
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: cannot record the run: {exc}") from None
    finally:
        con.close()


@dataclass(frozen=True)
class HistoryRow:
    run_id: str
    started: str
    status: str
    model: str
    standard: str
    profile: str | None
    guard: str | None
    crossed: bool
    run_dir: str


def list_runs(path: Path, *, model: str | None = None, limit: int = 50) -> list[HistoryRow]:
    """The most recent runs first, optionally of one model."""
    if not path.exists():
        return []
    con = _connect(path)
    try:
        sql = (
            "SELECT run_id, started, status, model, standard, profile, guard, crossed, run_dir "
            "FROM runs"
        )
        args: list[Any] = []
        if model:
            sql += " WHERE model = ?"
            args.append(model)
        sql += " ORDER BY started DESC LIMIT ?"
        args.append(limit)
        rows = con.execute(sql, args).fetchall()
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: cannot read the run history: {exc}") from None
    finally:
        con.close()
    return [HistoryRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]


@dataclass(frozen=True)
class Point:
    """One run's estimate of one metric, for following a model over time."""

    run_id: str
    started: str
    estimate: float | None
    low: float | None
    high: float | None
    status: str


def metric_series(
    path: Path, *, model: str, standard: str, condition: str = "none", limit: int = 20
) -> dict[str, list[Point]]:
    """Per metric, the finished runs of `model` on `standard`, oldest first (at most `limit`)."""
    if not path.exists():
        return {}
    con = _connect(path)
    try:
        rows = con.execute(
            "SELECT r.run_id, r.started, m.metric, m.estimate, m.low, m.high, m.status "
            "FROM runs r JOIN metrics m ON m.run_id = r.run_id "
            "WHERE r.model = ? AND r.standard = ? AND r.status = 'complete' AND m.condition = ? "
            "AND r.run_id IN (SELECT run_id FROM runs WHERE model = ? AND standard = ? "
            "AND status = 'complete' ORDER BY started DESC LIMIT ?) "
            "ORDER BY r.started",
            (model, standard, condition, model, standard, limit),
        ).fetchall()
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: cannot read the run history: {exc}") from None
    finally:
        con.close()
    out: dict[str, list[Point]] = {}
    for run_id, started, metric, estimate, low, high, status in rows:
        out.setdefault(metric, []).append(Point(run_id, started, estimate, low, high, status))
    return out
