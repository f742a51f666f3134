import os
import tempfile


def write_report(rows):
    # ruleid: py-hardcoded-tmp-path
    with open("/tmp/report.csv", "w") as handle:
        handle.writelines(rows)
    # ruleid: py-hardcoded-tmp-path
    cache = os.path.join("/tmp", "app-cache")
    # ok: py-hardcoded-tmp-path
    fd, path = tempfile.mkstemp(suffix=".csv")
    # ok: py-hardcoded-tmp-path
    with open("reports/latest.csv", "w") as handle:
        handle.writelines(rows)
    return cache, fd, path
