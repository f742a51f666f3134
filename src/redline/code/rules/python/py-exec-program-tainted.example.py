import os
import pty
import sys

TOOLS = {"lint": "/usr/bin/pylint"}


def run_tool(name, path):
    tool = sys.argv[1]
    # ruleid: py-exec-program-tainted
    os.execvp(tool, [tool, path])
    # ruleid: py-exec-program-tainted
    pty.spawn(sys.argv[2:])
    # ok: py-exec-program-tainted
    os.execv("/usr/bin/pylint", ["pylint", path])
    # ok: py-exec-program-tainted
    pty.spawn("/bin/bash")
