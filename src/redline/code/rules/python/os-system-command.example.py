import os
import subprocess

from flask import request


def convert(filename):
    # ruleid: os-system-command
    os.system("convert " + filename + " out.png")
    # ruleid: os-system-command
    listing = os.popen(f"ls -l {filename}").read()
    # ruleid: os-system-command
    status, out = subprocess.getstatusoutput("file %s" % filename)
    # ok: os-system-command
    subprocess.run(["convert", filename, "out.png"], check=True)
    # ok: os-system-command
    os.system("clear")
    return listing, status, out


def ping():
    host = request.args.get("host")
    # ruleid: os-system-command
    return os.popen("ping -c 1 " + host).read()


def archive(folder):
    from os import system

    # ruleid: os-system-command
    system("tar czf backup.tgz " + folder)
    # ok: os-system-command
    system("sync")
