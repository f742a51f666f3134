import subprocess
from flask import request


def list_dir(path):
    # ruleid: subprocess-shell-true
    return subprocess.run(f"ls -l {path}", shell=True, capture_output=True)


def handler():
    name = request.args.get("name")
    cmd = "grep " + name + " /var/log/app.log"
    # ruleid: subprocess-shell-true
    subprocess.check_output(cmd, shell=True)
    # ok: subprocess-shell-true
    subprocess.check_output(["grep", name, "/var/log/app.log"])
    # ok: subprocess-shell-true
    subprocess.run("ls -l /tmp", shell=True)


def cleanup(workdir):
    # ruleid: subprocess-shell-true
    subprocess.call("rm -rf " + workdir + "/*", shell=True)
    # ok: subprocess-shell-true
    subprocess.call(["rm", "-rf", workdir])
