"""The `redline` command line: scan, detect, rules, guard, audit, eval, gate, compare, report."""

from redline.cli import detect as _detect  # noqa: F401 - registers `redline detect`
from redline.cli import eval as _eval  # noqa: F401 - registers eval, gate, compare, report, history
from redline.cli import guard as _guard  # noqa: F401 - registers `redline guard` and `redline audit`
from redline.cli.app import app


def main() -> None:
    """Run the command line (the `redline` console script)."""
    app(prog_name="redline")


__all__ = ["app", "main"]
