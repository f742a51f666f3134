import tempfile


def scratch(data):
    # ruleid: tempfile-mktemp
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as handle:
        handle.write(data)
    # ok: tempfile-mktemp
    fd, safe_path = tempfile.mkstemp(suffix=".txt")
    # ok: tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", delete=False) as handle:
        handle.write(data)
    return path, fd, safe_path
