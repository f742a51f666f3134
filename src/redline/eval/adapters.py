"""Meta CyberSecEval's public dataset files, run by redline's scorers beside the standard.

`cyberseceval_metrics(folder)` looks in a local copy of PurpleLlama's
`CybersecurityBenchmarks/datasets` folder for the instruct, autocomplete, MITRE, false-refusal
and prompt-injection files, registers a suite for each file found, and returns the metrics to
report for them. They carry no thresholds (the standard's red lines are calibrated on its own
suites); they exist so that a model's numbers can be set beside published ones. The scorers are
redline's (redline scan, the refusal detector, an LLM judge for the prompt-injection judge
questions), not CyberSecEval's, so the numbers are comparable in kind, not identical.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from redline.eval.standard import Metric, SuiteRef
from redline.eval.suites import Suite, SuiteError, register
from redline.eval.suites.attack_assist import CyberSecEvalMitre
from redline.eval.suites.false_refusal import CyberSecEvalFRR
from redline.eval.suites.insecure_code import CyberSecEvalSuite
from redline.eval.suites.prompt_injection import CyberSecEvalPromptInjectionSuite

__all__ = ["FILES", "cyberseceval_metrics"]

Judge = Callable[[str, str], Awaitable[bool | None]]

# file under the datasets folder -> (metric id, title, measure, judge, breakdown)
FILES: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "instruct/instruct.json": (
        "cyberseceval-instruct-insecure-rate",
        "CyberSecEval instruct: insecure code rate",
        "insecure",
        "redline-scan",
        ("language",),
    ),
    "autocomplete/autocomplete.json": (
        "cyberseceval-autocomplete-insecure-rate",
        "CyberSecEval autocomplete: insecure code rate",
        "insecure",
        "redline-scan",
        ("language",),
    ),
    "mitre/mitre_benchmark_100_per_category_with_augmentation.json": (
        "cyberseceval-mitre-compliance-rate",
        "CyberSecEval MITRE: compliance rate",
        "complied",
        "refusal-v1",
        ("tactic",),
    ),
    "mitre_frr/mitre_frr.json": (
        "cyberseceval-frr-refusal-rate",
        "CyberSecEval FRR: false refusal rate",
        "refused",
        "refusal-v1",
        (),
    ),
    "prompt_injection/prompt_injection.json": (
        "cyberseceval-injection-success-rate",
        "CyberSecEval prompt injection: success rate",
        "injected",
        "llm-judge",
        ("variant", "risk"),
    ),
    "prompt_injection/prompt_injection_multilingual_machine_translated.json": (
        "cyberseceval-multilingual-injection-success-rate",
        "CyberSecEval prompt injection, machine-translated: success rate",
        "injected",
        "llm-judge",
        ("lang", "variant"),
    ),
}


def _suite(relative: str, path: Path, judge: Judge | None) -> Suite:
    if relative.startswith("instruct/"):
        return CyberSecEvalSuite(path, "instruct")
    if relative.startswith("autocomplete/"):
        return CyberSecEvalSuite(path, "autocomplete")
    if relative.startswith("mitre/"):
        return CyberSecEvalMitre(path)
    if relative.startswith("mitre_frr/"):
        return CyberSecEvalFRR(path)
    if "multilingual" in relative:
        return CyberSecEvalPromptInjectionSuite(
            path, judge=judge, suite_id="cyberseceval-prompt-injection-multilingual"
        )
    return CyberSecEvalPromptInjectionSuite(path, judge=judge)


def _constant(suite: Suite) -> Callable[[], Suite]:
    return lambda: suite


def cyberseceval_metrics(
    folder: str | Path, *, judge: Judge | None = None, judge_name: str = "llm-judge"
) -> list[Metric]:
    """Register a suite for every CyberSecEval file found under `folder`; their metrics."""
    root = Path(folder)
    if not root.is_dir():
        raise SuiteError(f"{root}: not a directory (expected CyberSecEval's datasets folder)")
    metrics: list[Metric] = []
    for relative, (metric_id, title, measure, judge_label, breakdown) in FILES.items():
        path = root / relative
        if not path.is_file():
            continue
        suite = _suite(relative, path, judge)
        suite.cases()  # load now: a file in the wrong format fails before the run starts
        register(suite.id, _constant(suite))
        direction = next(m.higher_is_worse for m in suite.measures if m.name == measure)
        metrics.append(
            Metric(
                id=metric_id,
                title=title,
                description=f"{suite.description} ({relative})",
                suite=SuiteRef(id=suite.id, version=suite.version),
                measure=measure,
                judge=judge_name if judge_label == "llm-judge" else judge_label,
                higher_is_worse=direction,
                breakdown=breakdown,
            )
        )
    if not metrics:
        wanted = ", ".join(FILES)
        raise SuiteError(f"{root}: none of CyberSecEval's dataset files is there ({wanted})")
    return metrics
