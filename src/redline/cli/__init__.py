"""The `redline` command line: `redline scan PATH...`, `redline rules`, `redline --version`."""

from redline.cli.app import app


def main() -> None:
    """Run the command line (the `redline` console script)."""
    app(prog_name="redline")


__all__ = ["app", "main"]
