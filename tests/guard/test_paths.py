"""Path confinement and secret-bearing locations, judged on the string alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.guard.paths import check_path, is_secret_path, looks_like_path, normalize_path

ROOTS = ["/work/app"]


def kinds(path: str) -> set[str]:
    return {s.kind for s in check_path(path, roots=ROOTS, home="/home/dev", cwd="/work/app")}


@pytest.mark.parametrize(
    "path",
    ["src/app.py", "./README.md", "/work/app/docs/x.md", "a/b/../c.txt", "/work/app", "."],
)
def test_inside_workspace(path: str) -> None:
    assert kinds(path) == set()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/etc/hosts", {"path.outside-workspace"}),
        ("../other/x", {"path.outside-workspace", "path.traversal"}),
        ("src/../../../etc/passwd", {"path.outside-workspace", "path.traversal"}),
        ("/work/app/../secrets", {"path.outside-workspace", "path.traversal"}),
        ("/work/application/x", {"path.outside-workspace"}),
        ("~/notes.txt", {"path.outside-workspace"}),
        ("$HOME/x", {"path.outside-workspace"}),
        ("~/.ssh/id_rsa", {"path.outside-workspace", "path.secret-file"}),
        ("${HOME}/.aws/credentials", {"path.outside-workspace", "path.secret-file"}),
        ("../../etc/shadow", {"path.outside-workspace", "path.traversal", "path.secret-file"}),
        (".env", {"path.secret-file"}),
        ("config/.env.production", {"path.secret-file"}),
        ("certs/server.pem", {"path.secret-file"}),
        ("/opt/niagara/etc/users.properties", {"path.outside-workspace", "path.secret-file"}),
        ("conf/tomcat-users.xml", {"path.secret-file"}),
        ("config/historian_service.token", {"path.secret-file"}),
    ],
)
def test_signals(path: str, expected: set[str]) -> None:
    assert kinds(path) == expected


@pytest.mark.parametrize(
    "path",
    [
        "~/.ssh/id_rsa",
        "~/.ssh/id_ed25519",
        "/home/u/.ssh/config",
        "~/.aws/credentials",
        "~/.config/gcloud/application_default_credentials.json",
        "~/.kube/config",
        "~/.docker/config.json",
        "~/.netrc",
        "~/.git-credentials",
        "~/.npmrc",
        "~/.pypirc",
        ".env",
        ".env.local",
        "prod.env",
        "server.pem",
        "id_rsa",
        "backup/id_rsa.old",
        "/etc/shadow",
        "/etc/sudoers",
        "/etc/sudoers.d/90-cloud",
        "~/Library/Keychains/login.keychain-db",
        "~/.config/google-chrome/Default/Login Data",
        "~/.mozilla/firefox/abc.default/logins.json",
        "C:\\Users\\x\\.ssh\\id_rsa",
        "C:/Users/x/.aws/credentials",
        "%USERPROFILE%\\.ssh\\id_rsa",
        "C:\\Users\\x\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Login Data",
        "/proc/self/environ",
        "/proc/1234/environ",
        "terraform.tfstate",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
    ],
)
def test_secret_paths(path: str) -> None:
    assert is_secret_path(path, home="/home/u")


@pytest.mark.parametrize(
    "path",
    [
        "README.md",
        ".env.example",
        ".env.sample",
        ".env.template",
        "src/environment.py",
        "docs/ssh.md",
        "id_rsa.pub",
        "~/.ssh/../notes.txt",
        "/etc/hosts",
        "/etc/passwd.d/x",
        "password_reset.py",
        ".venv/bin/python",
        "keys.py",
    ],
)
def test_not_secret(path: str) -> None:
    assert not is_secret_path(path, home="/home/u")


def test_windows_outside_and_secret() -> None:
    found = {s.kind for s in check_path("C:\\Users\\x\\.ssh\\id_rsa", roots=["C:\\work\\app"])}
    assert found == {"path.outside-workspace", "path.secret-file"}
    assert check_path("C:\\work\\app\\src\\main.py", roots=["C:\\work\\app"]) == []
    assert check_path("c:/WORK/app/x", roots=["C:\\work\\app"]) == []


def test_no_roots_means_current_directory() -> None:
    assert check_path("src/x.py", roots=[]) == []
    assert {s.kind for s in check_path("../x", roots=[])} == {
        "path.outside-workspace",
        "path.traversal",
    }
    assert {s.kind for s in check_path("/etc/hosts", roots=[])} == {"path.outside-workspace"}


def test_unknown_home_stays_symbolic() -> None:
    assert normalize_path("~/a/../b") == "/~/b"
    assert check_path("~/proj/x", roots=["~/proj"]) == []
    assert check_path("~/proj/../other", roots=["~/proj"])


def test_write_flag_in_reason() -> None:
    sigs = check_path("/etc/hosts", roots=ROOTS, write=True)
    assert "writes" in sigs[0].reason


def test_empty_path() -> None:
    assert check_path("", roots=ROOTS) == []


@pytest.mark.parametrize(
    "value",
    [
        "/etc/passwd",
        "~/x",
        "./a",
        "../b",
        "src/app.py",
        ".env",
        ".bashrc",
        "README.md",
        "C:\\Users\\x",
        "$HOME/x",
        "data.csv",
        "C:\\Program Files\\x",
    ],
)
def test_looks_like_path(value: str) -> None:
    assert looks_like_path(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "hello world",
        "https://example.com/x",
        "example.com",
        "example.com/path",
        "-rf",
        "42",
        "1.5",
        "user@example.com",
        "x" * 5000,
        "line\nbreak/x",
    ],
)
def test_not_a_path(value: str) -> None:
    assert not looks_like_path(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=30), max_size=3))
def test_fuzz_never_raises(path: str, roots: list[str]) -> None:
    for s in check_path(path, roots=roots, cwd="/w"):
        assert s.kind.startswith("path.")
    is_secret_path(path)
    looks_like_path(path)


def test_long_path_is_bounded() -> None:
    long = "/a" * 500_000
    assert check_path(long, roots=ROOTS)


def test_writing_a_dotenv_inside_the_workspace_is_not_a_secret_read() -> None:
    kinds = {s.kind for s in check_path("/w/app/.env", roots=["/w"], write=True)}
    assert kinds == set()
    # Reading it still is, and so is writing one outside the workspace or another store.
    assert {s.kind for s in check_path("/w/app/.env", roots=["/w"])} == {"path.secret-file"}
    outside = {s.kind for s in check_path("/srv/app/.env", roots=["/w"], write=True)}
    assert outside == {"path.outside-workspace", "path.secret-file"}
    keys = {s.kind for s in check_path("/w/.ssh/authorized_keys", roots=["/w"], write=True)}
    assert "path.secret-file" in keys


@pytest.mark.parametrize(
    ("path", "secret"),
    [
        ("/etc/lss/plc_creds.conf", True),
        ("/etc/tg-upload/credentials.ini", True),
        ("k8s/db-secret.yaml", True),
        ("docs/credentials-guide.md", False),
        ("app/secret_sauce.py", False),
        ("/etc/passwd", False),
        ("increds.txt", False),
        # Plain-text files named for credentials, and names in other languages.
        ("docs/it/portal_and_wifi_passwords.txt", True),
        ("/admin/credenciais-portal.txt", True),
        ("share/contraseñas_wifi.xlsx", True),
        ("C:/Users/kasse/Passwörter.txt", True),
        ("docs/contrasinais-guia.pdf", False),
        ("notes/password-policy.md", False),
    ],
)
def test_files_named_for_credentials(path: str, secret: bool) -> None:
    assert ("path.secret-file" in kinds(path)) is secret
