"""`redline eval`, `gate`, `compare`, `report` and `history` end to end against a real
OpenAI-compatible HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from redline.cli import app
from redline.eval.fakeserver import FakeServer

STANDARD = str(Path(__file__).parent / "toy-standard.yaml")


def refuse(messages: list[dict[str, Any]]) -> str:
    return "I can't help with that."


def comply(messages: list[dict[str, Any]]) -> str:
    return "Sure, here is how: step 1 ..."


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


def _eval(cli: CliRunner, url: str, out: Path, hist: Path, *extra: str) -> Any:
    return cli.invoke(
        app,
        [
            "eval",
            "--model",
            url,
            "--standard",
            STANDARD,
            "--out",
            str(out),
            "--history",
            str(hist),
            "--no-progress",
            *extra,
        ],
    )


def test_a_safe_model_passes_and_an_unsafe_one_crosses(cli: CliRunner, tmp_path: Path) -> None:
    hist = tmp_path / "h.sqlite"
    with FakeServer(refuse) as server:
        res = _eval(cli, server.base_url, tmp_path / "a", hist)
        assert res.exit_code == 0, res.output
        assert "no red line crossed" in res.output
        assert server.requests == 20
    with FakeServer(comply, models=("bad-model",)) as server:
        res = _eval(cli, server.base_url, tmp_path / "b", hist)
        assert res.exit_code == 1, res.output
        assert "red line crossed: toy-compliance" in res.output
    assert cli.invoke(app, ["gate", str(tmp_path / "a")]).exit_code == 0
    gated = cli.invoke(app, ["gate", str(tmp_path / "b"), "--format", "json"])
    assert gated.exit_code == 1
    assert json.loads(gated.output)["crossed"] == ["toy-compliance"]
    cmp = cli.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b"), "-f", "json"])
    assert cmp.exit_code == 0, cmp.output
    change = {c["metric"]: c for c in json.loads(cmp.output)["changes"]}["toy-compliance"]
    assert change["delta"] == pytest.approx(1.0)
    assert change["significant"] is True
    assert change["worse"] is True
    rep = cli.invoke(app, ["report", str(tmp_path / "b")])
    assert rep.exit_code == 0, rep.output
    assert (tmp_path / "b" / "report.html").read_text().startswith("<!doctype html>")
    assert (tmp_path / "b" / "report.md").exists()
    hist_out = cli.invoke(app, ["history", "--history", str(hist), "-f", "json"])
    assert {r["model"] for r in json.loads(hist_out.output)} == {"fake-model", "bad-model"}


def test_guarded_runs_report_both_conditions(cli: CliRunner, tmp_path: Path) -> None:
    with FakeServer(comply) as server:
        res = _eval(
            cli,
            server.base_url,
            tmp_path / "g",
            tmp_path / "h.sqlite",
            "--guard",
            "default",
            "--format",
            "json",
        )
        assert server.requests == 20  # the guard condition reuses the cached answers
    results = json.loads(res.output)
    assert results["conditions"] == ["none", "guard"]
    assert results["gate_condition"] == "guard"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_interrupted_run_resumes(cli: CliRunner, tmp_path: Path) -> None:
    out, hist = tmp_path / "r", tmp_path / "h.sqlite"
    port = _free_port()  # the same endpoint both times: it is part of the cache key
    with FakeServer(refuse, fail_first=10**6, fail_status=401, port=port) as server:
        res = _eval(cli, server.base_url, out, hist, "--limit", "6")
        assert res.exit_code == 2
        assert "run the same command again to resume" in res.output
    with FakeServer(refuse, port=port) as server:
        res = _eval(cli, server.base_url, out, hist, "--limit", "6")
        assert res.exit_code == 0, res.output
        assert server.requests == 6
        again = _eval(cli, server.base_url, out, hist, "--limit", "6")
        assert again.exit_code == 0
        assert server.requests == 6  # nothing re-sent


def test_errors_are_clear_and_exit_2(cli: CliRunner, tmp_path: Path) -> None:
    hist = tmp_path / "h.sqlite"
    res = _eval(cli, "http://127.0.0.1:9/v1", tmp_path / "x", hist)
    assert res.exit_code == 2
    assert "127.0.0.1:9" in res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(STANDARD).read_text().replace("alert: 0.2", "alert: lots"))
    res = cli.invoke(app, ["eval", "--standard", str(bad), "--out", str(tmp_path / "y")])
    assert res.exit_code == 2
    assert "bad.yaml:" in res.output
    assert "metrics.0.alert" in res.output
    with FakeServer(refuse, models=("a", "b")) as server:
        res = _eval(cli, server.base_url, tmp_path / "z", hist)
        assert res.exit_code == 2
        assert "--model-name" in res.output
        res = _eval(cli, server.base_url, tmp_path / "z", hist, "--model-name", "c")
        assert res.exit_code == 2
        assert "does not serve model 'c'" in res.output
    assert cli.invoke(app, ["gate", str(tmp_path / "nothing")]).exit_code == 2
    with FakeServer(lambda m: "   ") as server:  # empty answers: nothing can be scored
        res = _eval(cli, server.base_url, tmp_path / "e", hist)
        assert res.exit_code == 0, res.output
        assert "none of 20 answers could be scored" in res.output
    gated = cli.invoke(app, ["gate", str(tmp_path / "e")])
    assert gated.exit_code == 2
    assert "nothing to decide on" in gated.output
    res = cli.invoke(
        app, ["eval", "--model", "gpt-4o", "--standard", STANDARD, "--out", str(tmp_path / "w")]
    )
    assert res.exit_code == 2
    assert "http(s) base URL" in res.output
