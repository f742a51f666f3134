import tarfile
import zipfile


def unpack(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: tar-extract-unfiltered
        tar.extractall(dest)
    with tarfile.open(path) as tar:
        # ok: tar-extract-unfiltered
        tar.extractall(dest, filter="data")
    with zipfile.ZipFile(path) as archive:
        # ok: tar-extract-unfiltered
        archive.extractall(dest)


def unpack_one(path, member, dest):
    # ruleid: tar-extract-unfiltered
    tarfile.open(path).extract(member, dest)


def unpack_checked(path, dest):
    with tarfile.open(path) as tar:
        for entry in tar:
            if entry.name.startswith("/") or ".." in entry.name:
                return False
        # ok: tar-extract-unfiltered
        tar.extractall(dest)
    return True
