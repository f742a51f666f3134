"""File paths judged lexically: confinement to workspace roots and secret-bearing locations.

`check_path("~/.ssh/id_rsa", roots=["/work/app"])` -> `path.outside-workspace` and
`path.secret-file` signals. Nothing here touches the filesystem: `..`, `~`, `$HOME`,
`${HOME}`, `%USERPROFILE%` and Windows drive paths are resolved on the string alone, so a
symlink inside a root that points elsewhere is not seen (the caller's sandbox must cover that).

The workspace is `roots`; with no roots it is `cwd`; with neither it is "the current directory":
a relative path that does not climb out with `..` is inside, an absolute path is outside.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence

from redline.guard.types import Signal

__all__ = [
    "check_path",
    "inside_any",
    "is_secret_path",
    "looks_like_path",
    "normalize_path",
    "normalize_roots",
    "within_roots",
]

# Paths longer than this are judged on their first _MAX_PATH characters.
_MAX_PATH = 4096
# Stands for the home directory when its real location is unknown (home="~").
_HOME_TOKEN = "/~"

_WIN_DRIVE_RE = re.compile(r"^[A-Za-z]:[\\/]")
_WIN_HOME_RE = re.compile(
    r"^(?:%(?:USERPROFILE|HOME)%|\$env:(?:USERPROFILE|HOME)|\$\{env:(?:USERPROFILE|HOME)\})",
    re.IGNORECASE,
)
_HOME_VAR_RE = re.compile(r"^(?:\$HOME|\$\{HOME\})(?=/|$)")
_TILDE_USER_RE = re.compile(r"^~([A-Za-z_][\w.-]*)(?=/|$)")

# Windows profile folders: C:\Users\<name>\... is a home directory.
_WIN_PROFILE_RE = re.compile(r"^/[a-z]:/users/[^/]+(?=/|$)")


def _is_windows(path: str) -> bool:
    return bool(_WIN_DRIVE_RE.match(path) or path.startswith("\\\\") or _WIN_HOME_RE.match(path))


def _expand_home(path: str, home: str) -> str:
    """Replace a leading `~`, `~user`, `$HOME`, `${HOME}` or `%USERPROFILE%` with a home path."""
    base = _HOME_TOKEN if home in ("", "~") else home.rstrip("/") or "/"
    if path == "~" or path.startswith("~/"):
        return base + path[1:]
    m = _HOME_VAR_RE.match(path)
    if m:
        return base + path[m.end() :]
    m = _WIN_HOME_RE.match(path)
    if m:
        return base + path[m.end() :].replace("\\", "/")
    m = _TILDE_USER_RE.match(path)
    if m:
        user = m.group(1)
        return ("/root" if user == "root" else "/home/" + user) + path[m.end() :]
    return path


def normalize_path(path: str, *, home: str = "~", cwd: str | None = None) -> str:
    """The lexically normalised absolute (or, with no cwd, relative) form of `path`.

    `normalize_path("~/a/../.ssh", home="/home/u")` -> "/home/u/.ssh". Windows paths become
    lowercase `/c:/users/...`. The unknown home directory is written `/~`.
    """
    p = path[:_MAX_PATH].strip()
    windows = _is_windows(p)
    p = _expand_home(p, home)
    if windows:
        p = p.replace("\\", "/")
        if _WIN_DRIVE_RE.match(p):
            p = "/" + p
        p = p.lower()
    if not p.startswith("/") and cwd is not None:
        p = posixpath.join(_expand_home(cwd, home), p)
    if not p:
        return "."
    out = posixpath.normpath(p)
    if out.startswith("//"):  # POSIX keeps a leading double slash; treat it as root
        out = "/" + out.lstrip("/")
    return out


def normalize_roots(roots: Sequence[str], *, home: str = "~", cwd: str | None = None) -> list[str]:
    """The workspace roots, normalised: `roots`, else `[cwd]`, else `["."]` (see module doc)."""
    return _roots(roots, home, cwd)


def inside_any(normalized: str, roots: Sequence[str]) -> bool:
    """True when an already normalised path lies in one of the normalised `roots`."""
    return any(_inside(normalized, r) for r in roots)


def _roots(roots: Sequence[str], home: str, cwd: str | None) -> list[str]:
    chosen = list(roots) if roots else ([cwd] if cwd is not None else ["."])
    return [normalize_path(r, home=home, cwd=cwd) for r in chosen]


def _inside(path: str, root: str) -> bool:
    if root == "/":
        return path.startswith("/")
    if root == ".":
        return not path.startswith("/") and path != ".." and not path.startswith("../")
    return path == root or path.startswith(root + "/")


def within_roots(
    path: str, *, roots: Sequence[str] = (), home: str = "~", cwd: str | None = None
) -> bool:
    """True when `path` lies inside one of the workspace roots after lexical normalisation."""
    norm = normalize_path(path, home=home, cwd=cwd)
    return any(_inside(norm, r) for r in _roots(roots, home, cwd))


# --------------------------------------------------------------------------------------------
# Secret-bearing locations. Matching is on lowercase path segments anywhere in the path, so
# /home/u/.ssh/id_rsa, ~/.ssh/id_rsa and C:\Users\u\.ssh\id_rsa are all found.

# A directory whose every file is secret.
_SECRET_DIRS = frozenset(
    {
        ".ssh",
        ".aws",
        ".gnupg",
        ".password-store",
        ".azure",
        ".kube",
        ".terraform.d",
        "keychains",  # ~/Library/Keychains
        ".secrets",
    }
)
# A path suffix (lowercase segments) that is secret; the last element may also be a folder.
_SECRET_SUFFIXES: tuple[tuple[str, ...], ...] = (
    (".config", "gcloud"),
    (".docker", "config.json"),
    (".netrc",),
    ("_netrc",),
    (".git-credentials",),
    (".npmrc",),
    (".pypirc",),
    (".pgpass",),
    (".my.cnf",),
    (".vault-token",),
    (".boto",),
    (".s3cfg",),
    (".htpasswd",),
    (".config", "gh", "hosts.yml"),
    (".config", "hub"),
    (".config", "git", "credentials"),
    (".cargo", "credentials"),
    (".cargo", "credentials.toml"),
    (".gem", "credentials"),
    (".composer", "auth.json"),
    (".config", "composer", "auth.json"),
    (".m2", "settings.xml"),
    (".gradle", "gradle.properties"),
    (".terraformrc",),
    (".config", "rclone", "rclone.conf"),
    (".local", "share", "keyrings"),
    (".config", "op"),  # 1Password CLI
    (".mozilla", "firefox"),
    (".config", "google-chrome"),
    (".config", "chromium"),
    (".config", "bravesoftware"),
    (".config", "microsoft-edge"),
    ("library", "application support", "google", "chrome"),
    ("library", "application support", "firefox"),
    ("library", "cookies"),
    ("appdata", "local", "google", "chrome", "user data"),
    ("appdata", "roaming", "mozilla", "firefox"),
    ("appdata", "local", "microsoft", "edge", "user data"),
    ("appdata", "roaming", "microsoft", "credentials"),
    ("appdata", "local", "microsoft", "credentials"),
    ("appdata", "roaming", "microsoft", "protect"),
    ("etc", "shadow"),
    ("etc", "gshadow"),
    ("etc", "master.passwd"),
    ("etc", "sudoers"),
    ("etc", "sudoers.d"),
    ("etc", "ssh"),  # host private keys live here
    ("etc", "ssl", "private"),
    ("etc", "kubernetes", "admin.conf"),
    ("var", "run", "secrets"),
    ("run", "secrets"),
    ("var", "lib", "kubelet"),
    ("windows", "system32", "config", "sam"),
    ("windows", "system32", "config", "system"),
    ("windows", "system32", "config", "security"),
)
# Browser credential and cookie stores, by file name (any folder).
_SECRET_NAMES = frozenset(
    {
        "login data",
        "login data for account",
        "cookies",
        "web data",
        "logins.json",
        "key3.db",
        "key4.db",
        "cookies.sqlite",
        "credentials.json",
        "client_secret.json",
        "service-account.json",
        "service_account.json",
        "secrets.json",
        "secrets.yaml",
        "secrets.yml",
        "secrets.toml",
        ".secrets.toml",
        "credentials.csv",
        "terraform.tfstate",
        "terraform.tfvars",
        "id_rsa",
        "id_dsa",
        "id_ecdsa",
        "id_ed25519",
        "master.key",
        "wallet.dat",
        "keystore.jks",
        "login.keychain",
        "login.keychain-db",
        "tomcat-users.xml",  # application servers' user stores, passwords included
        "users.properties",
        # database connection files, password included
        "my.cnf",
        "debian.cnf",  # MySQL's maintenance account on Debian, password included
        "wp-config.php",
        "db.conf",
        "database.conf",
        "db.ini",
        "database.ini",
        "database.yml",  # a Rails or bridge app's connection settings
        "database.yaml",
        "db.yml",
        "db.yaml",
        "odbc.ini",
        "pg_service.conf",
        "htpasswd",
    }
)
_SECRET_EXTS = (
    ".pem",
    ".key",
    ".p12",
    ".pfx",
    ".jks",
    ".keystore",
    ".ppk",
    ".kdbx",
    ".keychain",
    ".keychain-db",
    ".ovpn",
    ".tfstate",
    ".token",
)
# .env files that hold examples, not secrets.
_ENV_EXAMPLE_RE = re.compile(r"\.(example|sample|template|dist|defaults?|tmpl|schema)$")
# A file whose name says it holds credentials (`plc_creds.conf`, `credentials.ini`,
# `db-passwords.yaml`, `credenciais-portal.txt`), whatever folder it is in.
_CRED_NAME_RE = re.compile(
    r"(?:^|[._-])(?:creds?|credentials?|passwords?|secrets?|"
    r"credenci(?:ais|ales)|credenziali|identifiants|senhas|contrase(?:ñ|n)as|"
    r"contrasina(?:l|is)|passw(?:ort|örter)|kennw(?:ort|örter)|wachtwoorden?)(?:[._-]|$)"
)
# Documents and code that speak of credentials without holding them. A `.txt` file is not
# among them: `passwords.txt` is where credentials are kept in plain text.
_CRED_NAME_EXEMPT = (".md", ".rst", ".html", ".htm", ".pdf", ".doc", ".docx", ".py", ".js",
                     ".ts", ".go", ".rb", ".java", ".cs", ".php")  # fmt: skip
_KEY_NAME_RE = re.compile(r"^id_(rsa|dsa|ecdsa|ed25519)(_sk)?([._-].*)?$")


def _segments(path: str, home: str) -> list[str]:
    p = _expand_home(path[:_MAX_PATH].strip(), home).replace("\\", "/").lower()
    return [s for s in posixpath.normpath(p).split("/") if s not in ("", ".")]


def _secret_reason(path: str, home: str) -> str | None:
    segs = _segments(path, home)
    if not segs:
        return None
    for s in segs[:-1]:
        if s in _SECRET_DIRS:
            return f"inside a credentials folder ({s})"
    name = segs[-1]
    if name in _SECRET_DIRS:
        return f"a credentials folder ({name})"
    for suffix in _SECRET_SUFFIXES:
        n = len(suffix)
        for i in range(len(segs) - n + 1):
            if tuple(segs[i : i + n]) == suffix:
                return "a credentials store (" + "/".join(suffix) + ")"
    if name in _SECRET_NAMES or (_KEY_NAME_RE.match(name) and not name.endswith(".pub")):
        return f"a credentials file ({name})"
    if "." in name[1:] and _CRED_NAME_RE.search(name) and not name.endswith(_CRED_NAME_EXEMPT):
        return f"a file named for credentials ({name})"
    if name == ".env" or (name.startswith(".env.") and not _ENV_EXAMPLE_RE.search(name)):
        return f"an environment file ({name})"
    if name.endswith(".env") and len(name) > 4 and not _ENV_EXAMPLE_RE.search(name):
        return f"an environment file ({name})"
    if name.endswith(_SECRET_EXTS) and not name.endswith(".pub"):
        return f"a key or certificate file ({name})"
    if name in ("environ", "mem", "maps") and "proc" in segs[-3:-1]:
        return f"process memory or environment ({name})"
    return None


def is_secret_path(path: str, home: str = "~") -> bool:
    """True when `path` names a file or folder that usually holds credentials.

    `is_secret_path("~/.aws/credentials")` -> True; `is_secret_path(".env.example")` -> False.
    """
    return _secret_reason(path, home) is not None


# --------------------------------------------------------------------------------------------

# Extensions common enough that `name.ext` reads as a file name. urls.py uses them too, to
# tell a file such as `notes.md/x` from a bare `host.tld/x`, so add only true file extensions.
COMMON_FILE_EXTS = frozenset(
    [
        "md",
        "txt",
        "rst",
        "py",
        "pyi",
        "js",
        "mjs",
        "cjs",
        "ts",
        "tsx",
        "jsx",
        "json",
        "yaml",
        "yml",
        "toml",
        "ini",
        "cfg",
        "conf",
        "env",
        "pem",
        "key",
        "crt",
        "sh",
        "bash",
        "zsh",
        "rb",
        "go",
        "rs",
        "java",
        "kt",
        "c",
        "h",
        "cc",
        "cpp",
        "hpp",
        "cs",
        "php",
        "pl",
        "lua",
        "sql",
        "csv",
        "log",
        "db",
        "html",
        "htm",
        "css",
        "xml",
        "svg",
        "pdf",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "zip",
        "tar",
        "gz",
        "tgz",
        "bz2",
        "xz",
        "whl",
        "lock",
        "exe",
        "dll",
        "so",
    ]
)
_FILE_EXTS = COMMON_FILE_EXTS | frozenset(
    [
        "jsonl",
        "cer",
        "ps1",
        "bat",
        "cmd",
        "tsv",
        "sqlite",
        "sqlite3",
        "scss",
        "webp",
        "7z",
        "gradle",
        "properties",
        "plist",
        "service",
        "timer",
        "socket",
        "desktop",
        "ipynb",
        "parquet",
        "npy",
        "pkl",
        "pt",
        "onnx",
        "gguf",
        "bin",
        "dylib",
        "dmg",
        "iso",
        "img",
        "tf",
        "tfvars",
        "tfstate",
        "dockerfile",
        "mk",
    ]
)
_DOTFILE_RE = re.compile(r"^\.[A-Za-z0-9_][\w.-]*$")
_NAME_EXT_RE = re.compile(r"^[\w@+-][\w.@+-]*\.([A-Za-z0-9]{1,10})$")
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def looks_like_path(value: str) -> bool:
    """True when an argument string is probably a file path (for picking which to check).

    `/etc/passwd`, `~/x`, `./a`, `src/app.py`, `.env`, `C:\\Users\\x`, `README.md`: yes.
    URLs, prose, numbers, `example.com` and options (`-rf`) are not.
    """
    if not value or len(value) > _MAX_PATH or "\n" in value or "\x00" in value:
        return False
    v = value.strip()
    if not v or v.startswith("-") or _URL_RE.match(v):
        return False
    if (
        v.startswith(("/", "~", "./", "../", "\\\\"))
        or v in (".", "..")
        or _WIN_DRIVE_RE.match(v)
        or _HOME_VAR_RE.match(v)
        or _WIN_HOME_RE.match(v)
    ):
        return True
    if any(c.isspace() for c in v):
        return False
    if "/" in v or "\\" in v:
        first = re.split(r"[\\/]", v)[0]
        # `example.com/path` reads as a bare URL; a folder name rarely has a TLD-like suffix.
        return not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|io|ai|dev|co)", first)
    if _DOTFILE_RE.match(v):
        return True
    m = _NAME_EXT_RE.match(v)
    return bool(m and m.group(1).lower() in _FILE_EXTS)


def check_path(
    path: str,
    *,
    roots: Sequence[str],
    home: str = "~",
    cwd: str | None = None,
    write: bool = False,
) -> list[Signal]:
    """Signals for one file path: outside the workspace, `..` climbing out, secret-bearing.

    `check_path("../../etc/shadow", roots=["/w"], cwd="/w")` -> traversal, outside, secret.
    """
    signals: list[Signal] = []
    if not path or not path.strip():
        return signals
    evidence = path[:200]
    verb = "writes" if write else "reads"
    norm = normalize_path(path, home=home, cwd=cwd)
    root_list = _roots(roots, home, cwd)
    outside = not any(_inside(norm, r) for r in root_list)
    raw_segments = re.split(r"[\\/]", path)
    if ".." in raw_segments and outside:
        signals.append(
            Signal(
                "path.traversal",
                f"`..` climbs out of the workspace to {norm[:200]}",
                evidence=evidence,
            )
        )
    if outside:
        where = ", ".join(root_list[:3])
        signals.append(
            Signal(
                "path.outside-workspace",
                f"{verb} {norm[:200]}, outside the workspace ({where})",
                evidence=evidence,
            )
        )
    reason = _secret_reason(path, home)
    if reason is None and norm != path:
        reason = _secret_reason(norm, home)
    if reason is not None and write and not outside and reason.startswith("an environment file"):
        # Writing a project's own `.env` inside the workspace sets it up; it exposes nothing.
        # Reading it, or writing one outside the workspace, still counts.
        reason = None
    if reason is not None:
        signals.append(Signal("path.secret-file", f"{verb} {reason}", evidence=evidence))
    return signals
