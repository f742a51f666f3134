import subprocess


def archive(name):
    # ruleid: py-shell-wrapper-argv
    subprocess.run(["bash", "-c", f"tar czf {name}.tgz data"])
    # ruleid: py-shell-wrapper-argv
    subprocess.check_output(["/bin/sh", "-c", "grep " + name + " log.txt"])
    # ok: py-shell-wrapper-argv
    subprocess.run(["tar", "czf", f"{name}.tgz", "data"])
    # ok: py-shell-wrapper-argv
    subprocess.run(["sh", "-c", "echo ready"])


def echo(request):
    param = request.form.get("text", "")
    # ruleid: py-shell-wrapper-argv
    argv = ["sh", "-c", "echo " + param]
    proc = subprocess.run(argv, capture_output=True)
    # ok: py-shell-wrapper-argv
    fixed = ["sh", "-c", "echo hello"]
    subprocess.run(fixed)
    return proc.stdout
