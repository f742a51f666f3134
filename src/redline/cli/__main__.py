"""`python -m redline.cli` runs the command line."""

from redline.cli import main

main()
