"""Render scan results: coloured text for people, JSON for scripts, SARIF 2.1.0 for CI."""

from redline.report.json_report import render_json, to_json_object
from redline.report.sarif import render_sarif, to_sarif
from redline.report.text import render_text

__all__ = ["render_json", "render_sarif", "render_text", "to_json_object", "to_sarif"]
