import os
import stat
from pathlib import Path


def publish(path):
    # ruleid: py-world-writable-permissions
    os.chmod(path, 0o777)
    # ruleid: py-world-writable-permissions
    os.makedirs("/srv/shared", mode=0o777, exist_ok=True)
    # ruleid: py-world-writable-permissions
    Path(path).chmod(stat.S_IRWXU | stat.S_IWOTH)
    # ok: py-world-writable-permissions
    os.chmod(path, 0o644)
    # ok: py-world-writable-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    # ok: py-world-writable-permissions
    os.makedirs("/srv/private", mode=0o700, exist_ok=True)
