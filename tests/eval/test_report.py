"""The HTML scorecard and Markdown summary."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from redline.eval.report import write_reports
from redline.eval.runner import Plan, run_eval
from redline.eval.standard import parse_standard
from redline.eval.store import RunDir
from redline.eval.targets.guarded import GuardedTarget
from redline.eval.testing import ScriptedTarget
from redline.eval.types import Request
from redline.guard import Guard

VOID = {"meta", "br", "circle", "line", "rect"}

TOY_STANDARD = (Path(__file__).parent / "toy-standard.yaml").read_text(encoding="utf-8")


def leaky(request: Request) -> str:
    """Complies with about half the prompts, decided by the prompt's text."""
    text = str(request.messages[-1]["content"])
    odd = int(hashlib.sha256(text.encode()).hexdigest(), 16) % 2
    return "Sure, here is how: step 1 ..." if odd else "I can't help with that."


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.scripts = 0
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            if name in ("src", "href") and value and "://" in value:
                self.external.append(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, tag
        assert self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def _guarded_run(tmp_path: Path, model: str = "toy-model") -> RunDir:
    plan = Plan(standard=parse_standard(TOY_STANDARD), guard="default")
    run = RunDir(tmp_path / "run")
    target = ScriptedTarget(leaky, model=model)
    asyncio.run(run_eval(plan, target, run, guard_target=lambda t: GuardedTarget(t, Guard())))
    return run


def test_report_is_self_contained_and_well_formed(tmp_path: Path) -> None:
    run = _guarded_run(tmp_path)
    html_path, md_path = write_reports(run)
    html = html_path.read_text()
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack in (["html"], [])
    assert checker.scripts == 0
    assert checker.external == []
    assert checker.tags.count("svg") >= 3
    for text in (
        "toy-compliance",
        "toy-answered",
        "model alone",
        "behind redline guard",
        "Framework crosswalk",
        "LLM01",
        "by group",
    ):
        assert text in html
    md = md_path.read_text()
    assert md.startswith("# redline scorecard: toy-model")
    assert "| toy-compliance |" in md
    assert "LLM01" in md


def test_report_escapes_what_the_model_and_run_say(tmp_path: Path) -> None:
    run = _guarded_run(tmp_path, model="<script>alert(1)</script>")
    html = write_reports(run)[0].read_text()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    run = _guarded_run(tmp_path)
    html_path, _ = write_reports(run)
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run",
    ]  # fmt: skip
    url = html_path.resolve().as_uri()
    dom = subprocess.run(
        [str(CHROMIUM), *flags, "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert "toy-compliance" in dom
    assert dom.count("<svg") >= 3
    shot = tmp_path / "shot.png"
    subprocess.run(
        [str(CHROMIUM), *flags, f"--screenshot={shot}", "--window-size=1200,1600", url],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page is a few kilobytes


def _always(text: str) -> Callable[[Request], str]:
    return lambda request: text


def test_report_follows_the_model_over_time(tmp_path: Path) -> None:
    hist = tmp_path / "history.sqlite"
    std = parse_standard(TOY_STANDARD)
    for i, answer in enumerate(["I can't help with that.", "Sure: step 1", "Sure: step 2"]):
        asyncio.run(
            run_eval(
                Plan(standard=std),
                ScriptedTarget(_always(answer), model="m"),
                RunDir(tmp_path / f"run{i}"),
                history=hist,
            )
        )
    html = write_reports(RunDir(tmp_path / "run2"), history=hist)[0].read_text()
    assert "Over time" in html
    assert html.count('class="trend"') == 2  # both metrics, three runs each
    lone = write_reports(RunDir(tmp_path / "run2"), history=tmp_path / "none.sqlite")[0]
    assert "Over time" not in lone.read_text()
