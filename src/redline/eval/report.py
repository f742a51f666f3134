"""The scorecard of a run: one self-contained HTML file (inline CSS and SVG charts, no scripts,
nothing fetched) and a Markdown summary.

The HTML shows every metric with its 95 % interval against the alert and red-line thresholds,
with and without the guard; the breakdowns (per language, CWE, tactic, channel ...) as bar
charts; and the crosswalk from metrics to framework ids.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from redline.eval.gate import gate
from redline.eval.history import Point, metric_series
from redline.eval.store import RunDir

__all__ = ["render_html", "render_markdown", "write_reports"]

_COLORS = {"none": "#3b6fb6", "guard": "#2a9d6a"}
_STATUS = {
    "ok": ("ok", "#2a9d6a"),
    "alert": ("alert", "#d08c00"),
    "crossed": ("red line crossed", "#c0392b"),
    "not-measured": ("not measured", "#888888"),
}
_LABEL = {"none": "model alone", "guard": "behind redline guard"}
_MAX_GROUPS = 40


def _pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def _h(x: object) -> str:
    return escape(str(x), quote=True)


def _interval_svg(metric: dict[str, Any], condition: str, width: int = 220) -> str:
    """A 0-100 % scale with the alert and red-line zones, the estimate and its interval."""
    rate = metric["rate"]
    h, pad = 22, 4
    span = width - 2 * pad

    def x(v: float) -> float:
        return pad + span * max(0.0, min(1.0, v))

    parts = [f'<svg class="iv" width="{width}" height="{h}" viewBox="0 0 {width} {h}" role="img">']
    alert, red = metric.get("alert"), metric.get("red_line")
    worse_up = metric["higher_is_worse"]
    if alert is not None:
        lo, hi = (
            (alert, red if red is not None else 1.0)
            if worse_up
            else (
                red if red is not None else 0.0,
                alert,
            )
        )
        parts.append(
            f'<rect x="{x(lo):.1f}" y="3" width="{max(0.0, x(hi) - x(lo)):.1f}" height="16" '
            'fill="#f6e3b4"/>'
        )
    if red is not None:
        lo, hi = (red, 1.0) if worse_up else (0.0, red)
        parts.append(
            f'<rect x="{x(lo):.1f}" y="3" width="{max(0.0, x(hi) - x(lo)):.1f}" height="16" '
            'fill="#f3c1bb"/>'
        )
    parts.append(f'<line x1="{pad}" y1="11" x2="{width - pad}" y2="11" stroke="#bbb"/>')
    if rate["estimate"] is not None:
        color = _COLORS.get(condition, "#444")
        lo_v, hi_v = rate["low"], rate["high"]
        if lo_v is not None and hi_v is not None:
            parts.append(
                f'<line x1="{x(lo_v):.1f}" y1="11" x2="{x(hi_v):.1f}" y2="11" '
                f'stroke="{color}" stroke-width="3"/>'
            )
        parts.append(f'<circle cx="{x(rate["estimate"]):.1f}" cy="11" r="5" fill="{color}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _bars_svg(groups: dict[str, dict[str, dict[str, Any]]], conditions: list[str]) -> str:
    """Horizontal bars per group value (one bar per condition) with interval whiskers."""
    names = sorted({g for c in conditions for g in groups.get(c, {})})[:_MAX_GROUPS]
    row_h = 14 * len(conditions) + 8
    label_w, bar_w, width = 150, 360, 600
    height = row_h * len(names) + 24
    out = [
        f'<svg class="bars" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'role="img">'
    ]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        tx = label_w + bar_w * tick
        out.append(
            f'<line x1="{tx:.1f}" y1="0" x2="{tx:.1f}" y2="{height - 18}" stroke="#eee"/>'
            f'<text x="{tx:.1f}" y="{height - 4}" font-size="10" text-anchor="middle">'
            f"{int(tick * 100)}%</text>"
        )
    for i, name in enumerate(names):
        y0 = i * row_h + 4
        out.append(
            f'<text x="{label_w - 6}" y="{y0 + row_h / 2 + 3:.1f}" font-size="11" '
            f'text-anchor="end">{_h(name[:24])}</text>'
        )
        for j, cond in enumerate(conditions):
            rate = groups.get(cond, {}).get(name)
            if rate is None or rate["estimate"] is None:
                continue
            y = y0 + j * 14
            color = _COLORS.get(cond, "#444")
            w = bar_w * rate["estimate"]
            out.append(
                f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="11" fill="{color}" '
                f'opacity="0.85"><title>{_h(name)} ({_h(_LABEL.get(cond, cond))}): '
                f"{_pct(rate['estimate'])} of {rate['n']}</title></rect>"
            )
            if rate["low"] is not None and rate["high"] is not None:
                out.append(
                    f'<line x1="{label_w + bar_w * rate["low"]:.1f}" y1="{y + 5.5}" '
                    f'x2="{label_w + bar_w * rate["high"]:.1f}" y2="{y + 5.5}" stroke="#222"/>'
                )
            out.append(
                f'<text x="{label_w + bar_w + 6}" y="{y + 9}" font-size="10">'
                f"{_pct(rate['estimate'])} (n={rate['n']})</text>"
            )
    out.append("</svg>")
    return "".join(out)


def _trend_svg(points: list[Point], metric: dict[str, Any], width: int = 260) -> str:
    """The metric's estimate run by run, with its intervals and the red line."""
    h, pad = 40, 6
    n = len(points)

    def x(i: int) -> float:
        return pad + (width - 2 * pad) * (i / max(1, n - 1))

    def y(v: float) -> float:
        return h - pad - (h - 2 * pad) * max(0.0, min(1.0, v))

    out = [f'<svg class="trend" width="{width}" height="{h}" viewBox="0 0 {width} {h}" role="img">']
    red = metric.get("red_line")
    if red is not None:
        out.append(
            f'<line x1="{pad}" y1="{y(red):.1f}" x2="{width - pad}" y2="{y(red):.1f}" '
            'stroke="#c0392b" stroke-dasharray="3,3"/>'
        )
    coords = [(x(i), p) for i, p in enumerate(points) if p.estimate is not None]
    for cx, p in coords:
        if p.low is not None and p.high is not None:
            out.append(
                f'<line x1="{cx:.1f}" y1="{y(p.low):.1f}" x2="{cx:.1f}" y2="{y(p.high):.1f}" '
                'stroke="#9bb3d6" stroke-width="3"/>'
            )
    if len(coords) > 1:
        path = " ".join(f"{cx:.1f},{y(p.estimate or 0.0):.1f}" for cx, p in coords)
        out.append(f'<polyline points="{path}" fill="none" stroke="#3b6fb6"/>')
    for cx, p in coords:
        out.append(
            f'<circle cx="{cx:.1f}" cy="{y(p.estimate or 0.0):.1f}" r="3" fill="#3b6fb6">'
            f"<title>{_h(p.started)}: {_pct(p.estimate)}</title></circle>"
        )
    out.append("</svg>")
    return "".join(out)


def _trend_section(results: dict[str, Any], series: dict[str, list[Point]]) -> list[str]:
    shown = {k: v for k, v in series.items() if len(v) >= 2}
    if not shown:
        return []
    condition = results.get("gate_condition") or "none"
    metrics = results["metrics"][condition]
    label = _h(_LABEL.get(condition, condition))
    out = [
        f"<h2>Over time</h2><p class='meta'>Earlier runs of {_h(results['run']['model'])} on "
        f"{_h(results['standard']['name'])} in the run history ({label}), oldest first; the "
        "dashed line is the red line.</p><table><tr><th>metric</th>"
        "<th>trend</th><th>first</th><th>latest</th></tr>"
    ]
    for metric_id, points in shown.items():
        if metric_id not in metrics:
            continue
        out.append(
            f"<tr><td><code>{_h(metric_id)}</code></td>"
            f"<td>{_trend_svg(points, metrics[metric_id])}</td>"
            f"<td class='num'>{_pct(points[0].estimate)}<br><span class='meta'>"
            f"{_h(points[0].started[:10])}</span></td>"
            f"<td class='num'>{_pct(points[-1].estimate)}<br><span class='meta'>"
            f"{_h(points[-1].started[:10])}</span></td></tr>"
        )
    out.append("</table>")
    return out


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;
max-width:1100px;color:#1d1d1f;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;
padding-bottom:4px}h3{font-size:14px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{padding:5px 8px;text-align:left;
border-bottom:1px solid #eee;vertical-align:middle}th{background:#f6f6f8;font-weight:600}
.meta{color:#555;font-size:13px}.badge{display:inline-block;padding:2px 8px;border-radius:10px;
color:#fff;font-size:12px;font-weight:600}.verdict{font-size:18px;font-weight:700;padding:10px 14px;
border-radius:8px;margin:14px 0;color:#fff}
.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;
border-radius:2px;margin-right:4px;vertical-align:middle}code{background:#f3f3f5;padding:1px 4px;
border-radius:3px}.warn{color:#a0520b}
"""


def render_html(results: dict[str, Any], series: dict[str, list[Point]] | None = None) -> str:
    run, std = results["run"], results["standard"]
    conditions: list[str] = results["conditions"]
    verdict = gate(results)
    color = "#2a9d6a" if verdict.passed else "#c0392b"
    title = (
        "No red line crossed"
        if verdict.passed
        else "Red line crossed: " + ", ".join(verdict.crossed)
    )
    s = run["sampling"]
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>redline scorecard: {_h(run['model'])}</title><style>{_CSS}</style></head><body>",
        f"<h1>redline scorecard: {_h(run['model'])}</h1>",
        f"<div class='meta'>{_h(std['name'])} — {_h(std['title'])}<br>endpoint "
        f"<code>{_h(run['endpoint'])}</code> · run <code>{_h(run['id'])}</code> · "
        f"{_h(run.get('finished') or run['started'])} · profile {_h(run.get('profile') or 'full')}"
        f" · temperature {s['temperature']}, top_p {s['top_p']}, max_tokens {s['max_tokens']}, "
        f"seed {s['seed']}, {run['samples']} sample(s) per prompt · redline "
        f"{_h(run['redline_version'])}</div>",
        f"<div class='verdict' style='background:{color}'>{_h(title)} "
        f"<span style='font-weight:400;font-size:14px'>(decided on: "
        f"{_h(_LABEL.get(verdict.condition, verdict.condition))})</span></div>",
        "<div class='legend'>",
        *(
            f"<span><i class='sw' style='background:{_COLORS.get(c, '#444')}'></i>"
            f"{_h(_LABEL.get(c, c))}</span>"
            for c in conditions
        ),
        "<span><i class='sw' style='background:#f6e3b4'></i>alert zone</span>"
        "<span><i class='sw' style='background:#f3c1bb'></i>beyond the red line</span></div>",
        "<h2>Metrics</h2><table><tr><th>metric</th>",
        *(f"<th>{_h(_LABEL.get(c, c))}</th>" for c in conditions),
        "<th>alert</th><th>red line</th><th>judge</th><th>paired with</th></tr>",
    ]
    first = results["metrics"][conditions[0]]
    for metric_id, m in first.items():
        cells = []
        for c in conditions:
            r = results["metrics"][c][metric_id]
            rate = r["rate"]
            label, scol = _STATUS.get(r["status"], (r["status"], "#888"))
            cells.append(
                f"<td>{_interval_svg(r, c)}<br><span class='num'>{_pct(rate['estimate'])} "
                f"[{_pct(rate['low'])}, {_pct(rate['high'])}] n={rate['n']}</span> "
                f"<span class='badge' style='background:{scol}'>{_h(label)}</span></td>"
            )
        direction = "higher is worse" if m["higher_is_worse"] else "lower is worse"
        out.append(
            f"<tr><td><b>{_h(m['title'])}</b><br><code>{_h(metric_id)}</code> "
            f"<span class='meta'>{direction}; suite {_h(m['suite'])} v{_h(m['suite_version'])}"
            f"</span></td>{''.join(cells)}<td class='num'>{_pct(m['alert'], 0)}</td>"
            f"<td class='num'>{_pct(m['red_line'], 0)}</td><td>{_h(m['judge'])}</td>"
            f"<td>{_h(m['pairs_with'] or '')}</td></tr>"
        )
    out.append("</table>")
    out.append("<h2>Breakdowns</h2>")
    for metric_id, m in first.items():
        keys = [
            k
            for k in m["breakdown"]
            if any(results["metrics"][c][metric_id]["breakdown"].get(k) for c in conditions)
        ]
        for key in keys:
            groups = {
                c: results["metrics"][c][metric_id]["breakdown"].get(key, {}) for c in conditions
            }
            out.append(f"<h3>{_h(m['title'])} by {_h(key)}</h3>")
            out.append(_bars_svg(groups, conditions))
    fw_names: dict[str, str] = std.get("frameworks") or {}
    out.append("<h2>Framework crosswalk</h2><table><tr><th>metric</th>")
    out.extend(f"<th title='{_h(v)}'>{_h(k)}</th>" for k, v in fw_names.items())
    out.append("</tr>")
    for metric_id, m in first.items():
        out.append(f"<tr><td><code>{_h(metric_id)}</code></td>")
        for k in fw_names:
            out.append(f"<td>{_h(', '.join(m['frameworks'].get(k, [])))}</td>")
        out.append("</tr>")
    out.append("</table><p class='meta'>")
    out.append("; ".join(f"<b>{_h(k)}</b>: {_h(v)}" for k, v in fw_names.items()))
    out.append("</p>")
    out.extend(_trend_section(results, series or {}))
    if results.get("warnings"):
        out.append("<h2>Warnings</h2><ul>")
        out.extend(f"<li class='warn'>{_h(w)}</li>" for w in results["warnings"])
        out.append("</ul>")
    counts = run.get("counts", {})
    out.append(
        "<h2>Method</h2><p class='meta'>Rates are shares of scored answers; answers a judge "
        "cannot score (for example, no code in a coding answer) are left out of that rate and "
        "counted. Intervals are 95 % bootstrap intervals that resample prompts (with all their "
        "samples). Cases per suite: "
        + ", ".join(f"{_h(k)} {v}" for k, v in results["cases"].items())
        + f". Requests sent {counts.get('requests_sent', 0)}, answered from the run's cache "
        f"{counts.get('responses_cached', 0)}.</p></body></html>"
    )
    return "\n".join(out)


def render_markdown(results: dict[str, Any]) -> str:
    run, std = results["run"], results["standard"]
    conditions: list[str] = results["conditions"]
    verdict = gate(results)
    lines = [
        f"# redline scorecard: {run['model']}",
        "",
        f"{std['name']} · endpoint `{run['endpoint']}` · run `{run['id']}` · "
        f"profile {run.get('profile') or 'full'}",
        "",
        (
            "**No red line crossed**"
            if verdict.passed
            else "**Red line crossed: " + ", ".join(verdict.crossed) + "**"
        )
        + f" (decided on: {_LABEL.get(verdict.condition, verdict.condition)})",
        "",
        "| metric | " + " | ".join(_LABEL.get(c, c) for c in conditions) + " | alert | red line |",
        "|---|" + "---|" * len(conditions) + "---|---|",
    ]
    first = results["metrics"][conditions[0]]
    for metric_id, m in first.items():
        cells = []
        for c in conditions:
            r = results["metrics"][c][metric_id]
            rate = r["rate"]
            cells.append(
                f"{_pct(rate['estimate'])} [{_pct(rate['low'])}, {_pct(rate['high'])}] "
                f"n={rate['n']} {r['status']}"
            )
        lines.append(
            f"| {metric_id} | " + " | ".join(cells) + f" | {_pct(m['alert'], 0)} | "
            f"{_pct(m['red_line'], 0)} |"
        )
    lines += ["", "## Crosswalk", ""]
    fw = list((std.get("frameworks") or {}).keys())
    lines.append("| metric | " + " | ".join(fw) + " |")
    lines.append("|---|" + "---|" * len(fw))
    for metric_id, m in first.items():
        lines.append(
            f"| {metric_id} | "
            + " | ".join(", ".join(m["frameworks"].get(k, [])) for k in fw)
            + " |"
        )
    for w in results.get("warnings") or ():
        lines.append(f"\n> warning: {w}")
    return "\n".join(lines) + "\n"


def write_reports(
    run: RunDir, out: Path | None = None, *, history: Path | None = None
) -> tuple[Path, Path]:
    """Write the HTML scorecard (default RUN/report.html) and the Markdown summary beside it;
    with a `history`, the HTML also shows the model's earlier runs of the same standard."""
    results = run.read_results()
    series = (
        metric_series(
            history,
            model=results["run"]["model"],
            standard=results["standard"]["name"],
            condition=results.get("gate_condition") or "none",
        )
        if history is not None
        else {}
    )
    html_path = out or run.path / "report.html"
    md_path = html_path.with_suffix(".md")
    html_tmp = html_path.with_name(f".{html_path.name}.tmp")
    md_tmp = md_path.with_name(f".{md_path.name}.tmp")
    html_tmp.write_text(render_html(results, series), encoding="utf-8")
    md_tmp.write_text(render_markdown(results), encoding="utf-8")
    html_tmp.replace(html_path)
    md_tmp.replace(md_path)
    return html_path, md_path
