"""The guard's policy: a YAML file validated into frozen pydantic models.

`load_policy("policy.yaml")` -> Policy, or `PolicyError("policy.yaml:14: tools.shell.actions.x:
unknown signal kind ...")`. Errors name the file, the line and the field; the guard refuses to
start with a policy that does not validate. `default_policy()` is the shipped secure default.
Maps of actions (`tools.shell.actions`, `flows.sinks`, ...) are merged over their defaults, so a
policy names only what it changes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from redline._core.yamlconfig import parse_yaml_model, read_text_file
from redline.guard.sql import KINDS as SQL_KINDS
from redline.guard.tools import SINK_CLASSES

__all__ = [
    "PATH_KINDS",
    "SHELL_KINDS",
    "SINK_CLASSES",
    "SQL_KINDS",
    "URL_KINDS",
    "Policy",
    "PolicyError",
    "default_policy",
    "load_policy",
    "parse_policy",
    "starter_policy_text",
]

MAX_POLICY_BYTES = 1_000_000
MAX_PATTERN_CHARS = 2_000

ActionName = Literal["allow", "ask", "block"]
MessageAction = Literal["allow", "redact", "ask", "block"]
LevelName = Literal["low", "balanced", "strict"]

SHELL_KINDS: tuple[str, ...] = (
    "download-exec",
    "decode-exec",
    "reverse-shell",
    "destructive-outside-workspace",
    "chmod-world",
    "secret-read",
    "history-off",
    "persistence",
    "privilege",
    "network-listener",
    "cloud-destroy",
    "access-grant",
    "upload",
    "exfiltration",
    "remote-push",
    "history-rewrite",
    "nested",
    "unparsed",
)
PATH_KINDS: tuple[str, ...] = ("outside-workspace", "secret-file", "traversal")
URL_KINDS: tuple[str, ...] = (
    "denied-domain",
    "not-allowed-domain",
    "ip-literal",
    "userinfo-trick",
    "data-in-query",
)


class PolicyError(ValueError):
    """A policy that cannot be used; the message names the file, the line and the field."""


def _kind_checker(family: str, kinds: tuple[str, ...]) -> Any:
    def check(value: str) -> str:
        short = value[len(family) + 1 :] if value.startswith(family + ".") else value
        if short not in kinds:
            raise ValueError(f"unknown signal kind {value!r} (expected one of: {', '.join(kinds)})")
        return short

    return AfterValidator(check)


ShellKind = Annotated[str, _kind_checker("shell", SHELL_KINDS)]
PathKind = Annotated[str, _kind_checker("path", PATH_KINDS)]
UrlKind = Annotated[str, _kind_checker("url", URL_KINDS)]
SqlKind = Annotated[str, _kind_checker("sql", SQL_KINDS)]


def _one_of(what: str, names: tuple[str, ...]) -> Any:
    """A validator that accepts only `names`, naming `what` was unknown."""

    def check(value: str) -> str:
        if value not in names:
            raise ValueError(f"unknown {what} {value!r} (expected one of: {', '.join(names)})")
        return value

    return AfterValidator(check)


SinkClass = Annotated[str, _one_of("sink class", SINK_CLASSES)]


def _check_glob(value: str) -> str:
    if not value.strip():
        raise ValueError("empty name pattern")
    return value


Glob = Annotated[str, AfterValidator(_check_glob)]


def _check_regex(value: str) -> str:
    if len(value) > MAX_PATTERN_CHARS:
        raise ValueError(f"pattern longer than {MAX_PATTERN_CHARS} characters")
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# -- workspace --------------------------------------------------------------------------------
class Workspace(_Model):
    """Where the agent may work. Relative roots are relative to the guard's working directory."""

    roots: list[str] = Field(default_factory=lambda: ["."])
    home: str = "~"


# -- messages ---------------------------------------------------------------------------------
class CategoryActions(_Model):
    """What to do when the detector flags a category in a message. A user message's injection
    is redacted (the rest goes on; its paragraph is kept as flagged content for the flow rules,
    not as the user's words); a jailbreak is refused."""

    injection: MessageAction = "redact"
    jailbreak: MessageAction = "block"
    obfuscation: MessageAction = "allow"
    exfiltration: MessageAction = "block"
    secret: MessageAction = "allow"
    pii: MessageAction = "allow"


ModelOnlyCategory = Literal["injection", "jailbreak"]
_MODEL_ONLY_DEFAULT: ModelOnlyCategory = "injection"
_TOOL_MODEL_ONLY: tuple[ModelOnlyCategory, ...] = ("injection", "jailbreak")


class ChannelPolicy(_Model):
    """Detection level and actions for a user's messages. `model_only`: the categories that,
    found by the learned model alone (no pattern rule names a technique), are reported but not
    acted on: from a user, an injection read only from the style of the text is weak evidence,
    and redacting it would take the user's own request away."""

    level: LevelName = "balanced"
    actions: CategoryActions = Field(default_factory=CategoryActions)
    model_only: list[ModelOnlyCategory] = Field(default_factory=lambda: [_MODEL_ONLY_DEFAULT])
    # A jailbreak the learned model alone finds is acted on only when the text frames the model
    # (casts it in a role, sets it rules, a mode or a game, frames a fiction or speaks of its
    # limits; `redline.text.framing`): a plain task of numbered steps reads like one to the model.
    jailbreak_needs_framing: bool = True


class DataCategoryActions(CategoryActions):
    """Actions for data channels: flagged content passes on and marks the session; the flow
    rules then gate the calls that follow it."""

    injection: MessageAction = "allow"
    jailbreak: MessageAction = "allow"
    exfiltration: MessageAction = "allow"


class ToolChannelPolicy(_Model):
    """Tool outputs: data, never instructions. `trusted` tool outputs are treated like the
    user's own words (their values may be used as recipients); every other output is untrusted.
    `model_only`: the categories that, found by the learned model alone (no pattern rule names a
    technique, nothing is encoded, hidden or linked out), mark the values of the window the
    model read as flagged but do not put the whole session under the rules for flagged
    content: the model's reading of a bank statement or a recipe as an order is weak evidence."""

    level: LevelName = "balanced"
    actions: DataCategoryActions = Field(default_factory=DataCategoryActions)
    trusted: list[Glob] = Field(default_factory=list)
    model_only: list[ModelOnlyCategory] = Field(default_factory=lambda: list(_TOOL_MODEL_ONLY))


class DocumentChannelPolicy(_Model):
    """Retrieved or attached documents: always untrusted."""

    level: LevelName = "balanced"
    actions: DataCategoryActions = Field(default_factory=DataCategoryActions)


class SystemCategoryActions(CategoryActions):
    """Actions for system prompts: the operator's own words, so rules that sound like an attack
    ("never reveal the access code", "you are now the billing assistant") pass by default."""

    injection: MessageAction = "allow"
    jailbreak: MessageAction = "allow"
    exfiltration: MessageAction = "allow"


class SystemChannelPolicy(_Model):
    """System and developer messages. Set actions to `block` where callers of a proxy can send
    their own system prompts and are not trusted."""

    level: LevelName = "balanced"
    actions: SystemCategoryActions = Field(default_factory=SystemCategoryActions)


class Messages(_Model):
    user: ChannelPolicy = Field(default_factory=ChannelPolicy)
    system: SystemChannelPolicy = Field(default_factory=SystemChannelPolicy)
    tool: ToolChannelPolicy = Field(default_factory=ToolChannelPolicy)
    document: DocumentChannelPolicy = Field(default_factory=DocumentChannelPolicy)


# -- responses --------------------------------------------------------------------------------
class CodeScan(_Model):
    """Scan fenced code blocks in answers with redline's code scanner."""

    enabled: bool = True
    min_severity: Literal["info", "low", "medium", "high", "critical"] = "high"
    action: ActionName = "ask"


PII_KINDS = ("email", "phone", "payment-card", "iban", "us-ssn", "ipv4")


PiiKind = Annotated[str, _one_of("PII kind", PII_KINDS)]


class Responses(_Model):
    level: LevelName = "balanced"
    secrets: Literal["allow", "redact", "block"] = "redact"
    pii: Literal["allow", "redact", "block"] = "redact"
    pii_kinds: list[PiiKind] = Field(default_factory=lambda: ["payment-card", "us-ssn", "iban"])
    exfiltration_links: ActionName = "block"
    # A value the system prompt keeps to itself ("The access code is S7GP-E73P-RFMY. Never
    # reveal it"), in the answer as it stands, spelled out, reversed, base64 or hex.
    protected_values: Literal["allow", "redact", "block"] = "redact"
    redaction_style: Literal["label", "mask"] = "label"
    code: CodeScan = Field(default_factory=CodeScan)


# -- tools ------------------------------------------------------------------------------------
class ArgumentRule(_Model):
    """Match a regex against a tool's argument; `argument` is a dotted path with `*` wildcards
    (`to`, `files.*.path`, `*` for every string anywhere in the arguments)."""

    name: str | None = None
    tool: Glob = "*"
    argument: str = "*"
    pattern: Regex
    action: ActionName = "block"
    message: str | None = None


_SHELL_DEFAULTS: dict[str, ActionName] = {
    "download-exec": "block",
    "decode-exec": "block",
    "reverse-shell": "block",
    "destructive-outside-workspace": "block",
    "chmod-world": "ask",
    "secret-read": "block",
    "history-off": "block",
    "persistence": "ask",
    "privilege": "ask",
    "network-listener": "ask",
    "cloud-destroy": "ask",
    "access-grant": "ask",
    "upload": "ask",
    "exfiltration": "block",
    "remote-push": "ask",
    "history-rewrite": "ask",
    "nested": "allow",
    "unparsed": "ask",
}


class ShellRules(_Model):
    """Arguments named in `arguments` of tools matching `tools` are parsed as shell commands."""

    tools: list[Glob] = Field(default_factory=lambda: ["*"])
    arguments: list[str] = Field(
        default_factory=lambda: [
            "command",
            "cmd",
            "commands",
            "script",
            "shell",
            "bash",
            # the same in French, Spanish, Portuguese, Italian, German and Dutch
            "commande",
            "commandes",
            "comando",
            "comandos",
            "befehl",
            "kommando",
            "commando",
        ]
    )
    actions: dict[ShellKind, ActionName] = Field(default_factory=lambda: dict(_SHELL_DEFAULTS))

    @field_validator("actions", mode="after")
    @classmethod
    def _merge(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        return {**_SHELL_DEFAULTS, **value}


_READ_DEFAULTS: dict[str, ActionName] = {
    "outside-workspace": "allow",
    "secret-file": "block",
    "traversal": "ask",
}
_WRITE_DEFAULTS: dict[str, ActionName] = {
    "outside-workspace": "ask",
    "secret-file": "block",
    "traversal": "block",
}


class FileRules(_Model):
    """Path-like arguments, confined to the workspace roots plus `roots`. Tools matching
    `write_tools` (or classified as file writes or deletes) are checked as writes."""

    roots: list[str] = Field(default_factory=lambda: ["/tmp"])
    code: CodeScan = Field(default_factory=CodeScan)  # code a call writes into a source file
    read_tools: list[Glob] = Field(default_factory=list)
    write_tools: list[Glob] = Field(default_factory=list)
    read: dict[PathKind, ActionName] = Field(default_factory=lambda: dict(_READ_DEFAULTS))
    write: dict[PathKind, ActionName] = Field(default_factory=lambda: dict(_WRITE_DEFAULTS))

    @field_validator("read", mode="after")
    @classmethod
    def _merge_read(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        return {**_READ_DEFAULTS, **value}

    @field_validator("write", mode="after")
    @classmethod
    def _merge_write(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        return {**_WRITE_DEFAULTS, **value}


_URL_DEFAULTS: dict[str, ActionName] = {
    "denied-domain": "block",
    "not-allowed-domain": "ask",
    "ip-literal": "ask",
    "userinfo-trick": "block",
    "data-in-query": "ask",
}
_DENY_DOMAINS = [
    "webhook.site",
    "requestbin.com",
    "requestbin.net",
    "pipedream.net",
    "ngrok.io",
    "ngrok-free.app",
    "ngrok.app",
    "burpcollaborator.net",
    "oastify.com",
    "interact.sh",
    "oast.fun",
    "oast.me",
    "oast.pro",
    "oast.site",
    "oast.live",
    "canarytokens.com",
    "pastebin.com",
    "transfer.sh",
    "0x0.st",
]


class NetworkRules(_Model):
    """URLs in any string argument. An empty `allow` list allows every domain not denied."""

    allow: list[Glob] = Field(default_factory=list)
    deny: list[Glob] = Field(default_factory=lambda: list(_DENY_DOMAINS))
    actions: dict[UrlKind, ActionName] = Field(default_factory=lambda: dict(_URL_DEFAULTS))

    @field_validator("actions", mode="after")
    @classmethod
    def _merge(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        return {**_URL_DEFAULTS, **value}


_SQL_DEFAULTS: dict[str, ActionName] = {
    "select": "allow",
    "insert": "allow",
    "update": "allow",
    "delete": "ask",
    "drop": "block",
    "truncate": "block",
    "alter": "ask",
    "create": "allow",
    "grant": "block",
    "revoke": "block",
    "attach": "block",
    "pragma": "ask",
    "other": "allow",
    "unparsed": "ask",
}


class SqlRules(_Model):
    """SQL in arguments named `arguments` of tools matching `tools` (an argument named `sql` is
    always SQL)."""

    tools: list[Glob] = Field(
        default_factory=lambda: [
            "*sql*",
            "*database*",
            "*_db",
            "db_*",
            "*_db_*",
            "*bigquery*",
            "*snowflake*",
            "*postgres*",
            "*mysql*",
            "*duckdb*",
        ]
    )
    arguments: list[str] = Field(
        default_factory=lambda: ["sql", "query", "statement", "statements"]
    )
    actions: dict[SqlKind, ActionName] = Field(default_factory=lambda: dict(_SQL_DEFAULTS))

    @field_validator("actions", mode="after")
    @classmethod
    def _merge(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        return {**_SQL_DEFAULTS, **value}


class Tools(_Model):
    """Tool-call rules, applied in order: name lists, argument rules, analysers."""

    default: ActionName = "allow"
    allow: list[Glob] = Field(default_factory=list)
    ask: list[Glob] = Field(default_factory=list)
    deny: list[Glob] = Field(default_factory=list)
    arguments: list[ArgumentRule] = Field(default_factory=list)
    shell: ShellRules = Field(default_factory=ShellRules)
    files: FileRules = Field(default_factory=FileRules)
    network: NetworkRules = Field(default_factory=NetworkRules)
    sql: SqlRules = Field(default_factory=SqlRules)
    sinks: dict[Glob, list[SinkClass]] = Field(default_factory=dict)


# -- flows ------------------------------------------------------------------------------------
class SinkFlow(_Model):
    """Actions for one sink class once untrusted content is in the session.

    `after_untrusted`: any call after untrusted content. `after_flagged`: any call after content
    the detector flagged. `untrusted_argument`: a target (recipient, URL, account) that appears
    in untrusted content and in none of the user's messages. `instructed_argument`: an argument
    that untrusted content orders the reader to act on (`send the code to x@y.com`).
    `flagged_argument`: an argument that appears in the flagged part of untrusted content.
    `unrequested`: a call of the class after untrusted content when none of the user's messages
    asks for that kind of action (no verb or object of the class in them).
    """

    after_untrusted: ActionName | None = None
    after_flagged: ActionName | None = None
    untrusted_argument: ActionName | None = None
    instructed_argument: ActionName | None = None
    flagged_argument: ActionName | None = None
    unrequested: ActionName | None = None


_A = ActionName
_SINK_DEFAULTS: dict[str, tuple[_A, _A, _A, _A, _A, _A]] = {
    # after_untrusted, after_flagged, untrusted_/instructed_/flagged_argument, unrequested
    "message": ("allow", "ask", "allow", "ask", "block", "allow"),
    "http_write": ("allow", "ask", "ask", "block", "block", "allow"),
    "payment": ("allow", "ask", "allow", "ask", "block", "ask"),
    "shell": ("allow", "ask", "allow", "ask", "block", "allow"),
    "file_write": ("allow", "allow", "allow", "allow", "block", "allow"),
    "delete": ("allow", "ask", "allow", "ask", "block", "ask"),
    "credential": ("allow", "ask", "block", "block", "block", "ask"),
    "share": ("allow", "ask", "allow", "ask", "block", "ask"),
    "calendar": ("allow", "ask", "allow", "ask", "block", "allow"),
    "security": ("allow", "ask", "ask", "block", "block", "ask"),
    "secret_read": ("allow", "ask", "allow", "ask", "ask", "ask"),
    "read": ("allow", "allow", "allow", "allow", "ask", "allow"),
    "other": ("allow", "ask", "allow", "ask", "block", "allow"),
}
_SINK_FIELDS = (
    "after_untrusted",
    "after_flagged",
    "untrusted_argument",
    "instructed_argument",
    "flagged_argument",
    "unrequested",
)


def _sink_defaults() -> dict[str, SinkFlow]:
    return {
        k: SinkFlow(**dict(zip(_SINK_FIELDS, v, strict=True))) for k, v in _SINK_DEFAULTS.items()
    }


class Flows(_Model):
    """Rules over the session trace."""

    enabled: bool = True
    sinks: dict[SinkClass, SinkFlow] = Field(default_factory=_sink_defaults)
    exfiltration: ActionName = "block"
    outbound_secrets: ActionName = "ask"
    # A payment card or social security number in a message, post, share or invite that none
    # of the user's messages gives (read from a profile, a CRM, a file): personal data leaving.
    outbound_personal_data: ActionName = "ask"
    personal_data_kinds: list[PiiKind] = Field(default_factory=lambda: ["payment-card", "us-ssn"])
    # After untrusted content: an amount above the sums the user stated; an account or wallet
    # other than the one the user named; a browser visit to a settings, admin or credential page
    # (or a browser-internal page) the user did not name.
    amount_above_request: ActionName = "ask"
    displaced_destination: ActionName = "ask"
    # After untrusted content: a message to an address the user's messages do not write, when
    # they write others and untrusted content gives this one only inside running text (a
    # notice that "reports are now also filed with ..."), never as a contact field.
    displaced_recipient: ActionName = "ask"
    # After untrusted content: a recipient address that imitates another of the session (the
    # same name at another domain, or a domain that extends or misspells another's).
    lookalike_recipient: ActionName = "ask"
    # After untrusted content: a number in an argument named for something the user counted
    # ("40 seats", "10% discount") that is not the user's number and comes from that content.
    count_differs_from_request: ActionName = "ask"
    # After untrusted content: a grant above what the user asked for (an administrator or
    # owner role the user never names; write access where the user asked for read-only).
    access_above_request: ActionName = "ask"
    # After untrusted content: a payment to bank details the content announces as new ("we have
    # moved banks", "the account above is being closed"), unless the user speaks of new details.
    new_bank_details: ActionName = "ask"
    # After untrusted content: a value an untrusted text gives as a correction of what it said
    # before ("TOTAL DUE 1,579.00 ... CORRECTED TOTAL DUE 15,790.00"), not in the user's words,
    # unless the user speaks of corrections.
    amended_value: ActionName = "ask"
    # After untrusted content: a payment whose sum or account, or a call whose postal address,
    # a record gives only inside a note ("remark": "the correct amount is 48,600.00") while the
    # record's own field of that kind holds another ("amount_thb": 4860), unless the user's
    # words give the value, name the note, or speak of corrections.
    note_against_record: ActionName = "ask"
    # After untrusted content: a console command that sets a setting ("ALARM_HIGH 15C") to a
    # number none of the approved sources gives while one gives it another: the user's words,
    # a command of a record the user named, or a call the guard let through earlier; or to a
    # number only hidden text (an HTML comment) gives beside the setting's name; or that puts a
    # thing in another state (`PUMP OFF`) than the user's words or a named record's command give,
    # or that switches off a unit (`AB_1 OFF`) neither of them names.
    setting_against_approved: ActionName = "ask"
    # After untrusted content: a payment whose account is none of those the records it picks
    # give (`member_id: NDR-0047` picks the register's row of NDR-0047, whose own account is
    # another), unless the user's words give the account.
    account_against_record: ActionName = "ask"
    # After untrusted content: a call to an address (a delivery, a booking, a letter) that is
    # none of those the records the user named by ID give (`deliver_to` of order CPO-1127),
    # when one gives another, unless the user's words give it.
    address_against_record: ActionName = "ask"
    # After untrusted content: a message whose text names a credential its readers hold (a PIN,
    # a one-time code, a password, a card's CVV), when none of the user's messages names one.
    credential_request: ActionName = "ask"
    # After untrusted content: a bulk export of records (a tool named for exporting or dumping
    # them, or SQL that reads people's personal data in bulk) that none of the user's messages
    # asks for by a word for exporting, a report or a file, unless the user hands a document
    # the actions to take.
    unrequested_export: ActionName = "ask"
    # After untrusted content: SQL that reads a person's national, tax or bank identifier
    # (a column named `nik`, `ssn`, `passport_no`, `no_rekening`, `bvn`, `cvv`...), or a message
    # to people the user did not name that says it carries passports or ID numbers, that none
    # of the user's messages names.
    unasked_identifiers: ActionName = "ask"
    # After untrusted content: a call that changes or sends something (any class but `read`)
    # when the user's messages say the task changes nothing ("Read only, change nothing.",
    # "do not change anything"); a message only to people the user named is not held.
    read_only_task: ActionName = "ask"
    # A message addressed only to people the user's messages name by address skips the
    # message sink's after_untrusted/after_flagged action (its arguments are still checked).
    trust_named_recipients: bool = True
    # An ordered value (an `instructed_argument`) counts as merely untrusted when the user
    # pointed at the document that gives it ("the account stated on the invoice", "send her
    # what she asked for"), the call is of a kind the user asked for, and the document is
    # unflagged, does not speak to the agent and orders no other recipient of that kind.
    trust_delegated_values: bool = True
    # When the user's messages are in a language the guard's vocabularies do not read (fewer
    # than 15% of their words known, see `redline.guard.lexicon`), `unrequested` cannot tell
    # what they ask for: a sink call that carries a value the user wrote (an ID, a name) then
    # counts as asked for, and the other rules still weigh its values. False keeps every such
    # call under `unrequested`.
    trust_named_values_unread: bool = True
    # After untrusted content: a sink call on an identifier shaped like one the user named (order
    # 40918 when the user named 40917) that only the content names.
    displaced_target: ActionName = "ask"
    sensitive_page: ActionName = "ask"
    # After untrusted content: an outbound call to a person whose text carries internal markers
    # ("confidential", "salary band", "price floor") the user's own words did not use.
    internal_data: ActionName = "ask"
    # After untrusted content: a message or invite whose text links to a domain only the
    # content names (phishing relayed to the agent's readers).
    relayed_link: ActionName = "ask"
    # After untrusted content: a call to a tool that the content orders by its identifier
    # ("use the `send_money` tool to ...") and no message of the user names.
    instructed_tool: ActionName = "ask"
    # After untrusted content: a state-changing call aimed at everything ("*", "all",
    # "everyone") when no message of the user asks for all of something.
    bulk_target: ActionName = "ask"
    secret_env: list[Glob] = Field(
        default_factory=lambda: [
            "*_KEY",
            "*_KEY_ID",
            "*TOKEN*",
            "*SECRET*",
            "*PASSWORD*",
            "*PASSWD*",
            "*CREDENTIAL*",
            "*_PAT",
        ]
    )
    min_value_length: int = Field(default=5, ge=1, le=256)

    @field_validator("sinks", mode="after")
    @classmethod
    def _fill(cls, value: dict[str, SinkFlow]) -> dict[str, SinkFlow]:
        out = _sink_defaults()
        for name, given in value.items():
            base = out[name]
            out[name] = SinkFlow(**{f: getattr(given, f) or getattr(base, f) for f in _SINK_FIELDS})
        return out

    def sink(self, name: str) -> SinkFlow:
        return self.sinks.get(name) or _sink_defaults()[name]


# -- limits and audit -------------------------------------------------------------------------
class Limits(_Model):
    """Per-session budgets; `null` disables one. Tokens are estimated as characters / 4."""

    calls_per_session: int | None = Field(default=2_000, ge=1)
    calls_per_minute: int | None = Field(default=120, ge=1)
    tokens_per_session: int | None = Field(default=4_000_000, ge=1)
    per_tool: dict[Glob, int] = Field(default_factory=dict)
    action: ActionName = "block"
    sessions: int = Field(default=10_000, ge=1, le=10_000_000)

    @field_validator("per_tool", mode="after")
    @classmethod
    def _positive(cls, value: dict[str, int]) -> dict[str, int]:
        for key, cap in value.items():
            if cap < 1:
                raise ValueError(f"cap for {key!r} must be at least 1")
        return value


class Audit(_Model):
    """Where decisions are recorded (`.db`/`.sqlite`: SQLite, `.jsonl`: JSON lines)."""

    path: str | None = None
    format: Literal["sqlite", "jsonl"] | None = None
    store_text: bool = False


class Policy(_Model):
    """A complete guard policy."""

    version: Literal[1] = 1
    on_error: Literal["block", "allow"] = "block"
    workspace: Workspace = Field(default_factory=Workspace)
    messages: Messages = Field(default_factory=Messages)
    responses: Responses = Field(default_factory=Responses)
    tools: Tools = Field(default_factory=Tools)
    flows: Flows = Field(default_factory=Flows)
    limits: Limits = Field(default_factory=Limits)
    audit: Audit = Field(default_factory=Audit)


# -- loading ----------------------------------------------------------------------------------


def parse_policy(text: str, source: str = "<string>") -> Policy:
    """Validate a policy from YAML text; raise PolicyError naming `source`, line and field."""
    return parse_yaml_model(
        text,
        source,
        Policy,
        PolicyError,
        what="policy",
        max_chars=MAX_POLICY_BYTES,
        empty_hint="expected a mapping, `version: 1`",
    )


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file."""
    text = read_text_file(path, PolicyError, what="policy", max_bytes=MAX_POLICY_BYTES)
    return parse_policy(text, source=str(Path(path)))


def _data_text(name: str) -> str:
    return resources.files("redline.guard").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def default_policy() -> Policy:
    """The shipped secure defaults (data/default-policy.yaml)."""
    return parse_policy(_data_text("default-policy.yaml"), source="default-policy.yaml")


def starter_policy_text() -> str:
    """The commented starter policy that `redline guard init` writes."""
    return _data_text("starter-policy.yaml")
