"""What a tool call can do to the world: sink classes from the tool's name and argument shapes.

Tool names come in every convention (`send_email`, `sendEmail`, `GmailSendEmail`,
`slack.post_message`, `BankManagerTransferFunds`, `TerminalExecute`); they are split into
lowercase tokens and classified by verb and object, then by the shape of the arguments
(a `to` holding an address and a `body`; a `url` with `method: POST`; an `iban` and an `amount`).

`classify("GmailSendEmail", {"to": "a@b.c"})` -> frozenset({"message"})
"""

from __future__ import annotations

import fnmatch
import itertools
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, Final

__all__ = [
    "OUTBOUND",
    "SINKS",
    "TARGET_ARGUMENTS",
    "classify",
    "flatten",
    "name_matches",
    "tokens",
]

# Classes that move data or value out of the agent's hands.
OUTBOUND: Final = frozenset({"message", "http_write", "payment", "share", "calendar"})
# Classes whose calls change the world (everything but reads).
SINKS: Final = frozenset(
    {
        "message",
        "http_write",
        "payment",
        "shell",
        "file_write",
        "delete",
        "credential",
        "share",
        "calendar",
        "other",
    }
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CAMEL: Final = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@lru_cache(maxsize=4096)
def tokens(name: str) -> tuple[str, ...]:
    """`GmailSendEmail` -> ('gmail', 'send', 'email'); `slack.post_message` -> (.., 'message')."""
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", name[:200]):
        out.extend(m.group(0).lower() for m in _CAMEL.finditer(part))
    return tuple(out)


def name_matches(name: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Case-insensitive glob match of a tool name."""
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p.lower()) for p in patterns)


_READ_VERBS: Final = _words(
    "get read list search find fetch query view show lookup look check retrieve browse open "
    "describe count summarize summarise inspect download load select peek see watch "
    "scan grep cat ls head tail stat explore navigate visit filter sort lookup"
)
_PAY_TOKENS: Final = _words(
    "pay payment payments remit wire venmo paypal zelle withdraw withdrawal purchase buy "
    "checkout tip donate donation refund reserve reservation book booking rent"
)
_MONEY_OBJECTS: Final = _words(
    "money funds fund transaction transactions transfer transfers payment crypto bitcoin btc "
    "eth ether usdc coin coins cash iban wire invoice bill bills order"
)
_MONEY_VERBS: Final = _words(
    "send transfer make schedule create initiate update execute place submit move deposit"
)
_MSG_VERBS: Final = _words(
    "send post reply forward publish tweet retweet message notify dm broadcast compose "
    "write draft respond email text comment mail share"
)
_MSG_OBJECTS: Final = _words(
    "email emails mail message messages msg sms text dm chat tweet comment reply "
    "notification channel letter status toot tweets"
)
_HTTP_VERBS: Final = _words("post put patch upload submit publish send")
_HTTP_OBJECTS: Final = _words(
    "webpage page url http https request web website webhook api site form endpoint server"
)
_SHELL_TOKENS: Final = _words(
    "shell terminal bash sh zsh exec execute subprocess powershell cmd console repl "
    "interpreter command commands"
)
_RUN_VERBS: Final = _words("run execute exec eval evaluate invoke")
_CODE_OBJECTS: Final = _words(
    "code script python command commands cell notebook program snippet js javascript node"
)
_WRITE_VERBS: Final = _words(
    "write create save append edit update modify overwrite put copy move rename mkdir "
    "touch replace insert patch str set add upload"
)
_FILE_OBJECTS: Final = _words(
    "file files document documents doc docs note notes folder folders directory dir "
    "path content contents sheet spreadsheet"
)
_DELETE_VERBS: Final = _words(
    "delete remove rm unlink erase trash purge wipe destroy drop clear revoke cancel uninstall"
)
_CRED_OBJECTS: Final = _words(
    "password passwords passwd credential credentials pin passcode 2fa mfa otp "
    "apikey secret secrets"
)
_CRED_PAIRS: Final = frozenset(
    {
        ("api", "key"),
        ("ssh", "key"),
        ("private", "key"),
        ("access", "key"),
        ("secret", "key"),
        ("access", "token"),
        ("auth", "token"),
        ("api", "token"),
        ("recovery", "code"),
        ("security", "code"),
        ("seed", "phrase"),
    }
)
_CRED_VERBS: Final = _words(
    "update change reset set create rotate add generate disable enable modify edit replace"
)
_SHARE_VERBS: Final = _words("share invite grant give add transfer unshare manage")
_SHARE_OBJECTS: Final = _words(
    "permission permissions access role roles member members collaborator collaborators "
    "user users owner ownership admin guest viewer editor team workspace"
)
_CAL_NOUNS: Final = _words("event events meeting meetings calendar appointment appointments")
_CAL_VERBS: Final = _words("create add schedule send update reschedule book invite set move")

# Arguments that name where something goes, or how much of it.
TARGET_ARGUMENTS: Final = _words(
    "to cc bcc recipient recipients receiver receivers email emails address addresses "
    "url urls uri link endpoint webhook iban account account_number recipient_iban "
    "destination dest target phone number user user_id username channel participants "
    "attendees invitees amount host domain"
)
_MESSAGE_ARGS: Final = _words("to cc bcc recipient recipients receiver receivers")
_BODY_ARGS: Final = _words("body message text content subject html")
_EMAIL_RE: Final = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def _by_name(toks: tuple[str, ...]) -> set[str]:
    s = set(toks)
    out: set[str] = set()
    verbs = [t for t in toks if t in _READ_VERBS or t in _WRITE_VERBS or t in _DELETE_VERBS]
    first_verb = verbs[0] if verbs else None
    reading = first_verb in _READ_VERBS and first_verb not in _WRITE_VERBS

    pairs = set(itertools.pairwise(toks))
    if s & _CRED_OBJECTS or pairs & _CRED_PAIRS:
        writing = s & (_CRED_VERBS | _DELETE_VERBS | _WRITE_VERBS)
        out.add("credential" if writing and not reading else "secret_read")
    if reading and not out:
        return {"read"}
    if s & _PAY_TOKENS or (s & _MONEY_VERBS and s & _MONEY_OBJECTS):
        out.add("payment")
    if (s & _SHELL_TOKENS and not s & {"history", "log", "logs"}) or (
        s & _RUN_VERBS and s & _CODE_OBJECTS
    ):
        out.add("shell")
    if s & _CAL_NOUNS and s & _CAL_VERBS and not s & _DELETE_VERBS:
        out.add("calendar")
    elif (s & _SHARE_VERBS and s & _SHARE_OBJECTS) or "share" in s or "invite" in s:
        out.add("share")
    messaging = bool(s & _MSG_VERBS and s & _MSG_OBJECTS and "calendar" not in out)
    if messaging or ({"send", "notify"} & s and not out):
        out.add("message")
    if (s & _HTTP_VERBS and s & _HTTP_OBJECTS) or s & {"webhook", "upload"}:
        out.add("http_write")
    if s & _DELETE_VERBS:
        out.add("delete")
    elif s & _WRITE_VERBS and s & _FILE_OBJECTS:
        out.add("file_write")
    if not out:
        out.add("other")
    return out


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def _by_arguments(arguments: Mapping[str, Any]) -> set[str]:
    keys = {str(k).lower() for k in arguments}
    out: set[str] = set()
    if (
        keys & _MESSAGE_ARGS
        and keys & _BODY_ARGS
        and any(
            _EMAIL_RE.search(v) for k in keys & _MESSAGE_ARGS for v in _strings(arguments.get(k))
        )
    ):
        out.add("message")
    if keys & {"iban", "recipient_iban", "account_number", "wallet"} and "amount" in keys:
        out.add("payment")
    method = next((arguments[k] for k in arguments if str(k).lower() == "method"), None)
    if isinstance(method, str) and method.upper() in {"POST", "PUT", "PATCH", "DELETE"}:
        out.add("http_write")
    return out


def classify(
    name: str,
    arguments: Mapping[str, Any] | None = None,
    overrides: Mapping[str, list[str]] | None = None,
) -> frozenset[str]:
    """The sink classes of a call; `overrides` (policy `tools.sinks`: glob -> classes) win."""
    if overrides:
        for pattern, classes in overrides.items():
            if name_matches(name, [pattern]):
                return frozenset(classes)
    out = _by_name(tokens(name))
    if arguments:
        extra = _by_arguments(arguments)
        if extra:
            out -= {"read", "other"}
            out |= extra
    return frozenset(out)


def flatten(value: Any, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """Every leaf of decoded JSON arguments with its dotted path (`files.2.path`)."""
    if depth > 32:
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else str(k), depth + 1)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value[:10_000]):
            yield from flatten(v, f"{prefix}.{i}" if prefix else str(i), depth + 1)
    else:
        yield prefix, value
