"""Find credentials in text: provider API keys and tokens, private keys, JWTs, connection strings
with passwords, credentials in URLs, and high-entropy values assigned to secret-like names.

`find_secrets(text)` returns `Hit`s (category `secret`) with spans in the original text. Each hit's
`detector` is a stable id such as `secret.github-token`; its `reason` names the provider.

How it stays fast and quiet:
- One combined pre-check finds the runs of token characters (12 or more) in the text; text without
  any skips every token rule. Each rule carries literal anchors (lowercase) and its regex runs only
  when an anchor occurs in those runs, so ordinary prose runs almost no regex. Regexes start with
  a literal so the engine can skip ahead with a substring search.
- Provider rules match fixed, documented token shapes (prefixes, lengths, alphabets), so they fire
  without context. Shapes that are not distinctive on their own (32-hex keys, 40-char base64
  secrets, UUID keys) fire only when the value is assigned to a name that names the provider.
- A value of unknown shape counts only when it is assigned to a key/token/secret/password-like
  name, passes an entropy threshold, and is not a placeholder, a variable reference, a code
  expression, a named hash, or a UUID.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from redline.text._runs import true_runs
from redline.text._spans import LineIndex, resolve_overlaps
from redline.text._trie import trie_pattern
from redline.text.types import Category, Hit

__all__ = ["find_secrets", "shannon_entropy"]

# Largest value the assignment scanner looks at; longer runs are not credentials of interest.
_MAX_VALUE = 512
# A private-key block is never larger than this (a 16k-bit RSA key is about 13 KB of PEM).
_MAX_PEM = 20_000


def shannon_entropy(value: str) -> float:
    """Shannon entropy of `value` in bits per character (0.0 for the empty string)."""
    n = len(value)
    if n == 0:
        return 0.0
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


# --------------------------------------------------------------------------------------------
# Checks shared by rules


_FILLER_RE = re.compile(r"^[xX*#.0_\-]+$")
_PLACEHOLDER_WORDS = (
    "xxxx",
    "****",
    "your",
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "dummy",
    "sample",
    "redacted",
    "insert",
    "replace",
    "todo",
    "fixme",
    "...",
    "<",
    ">",
    "${",
    "{{",
    "}}",
    "%(",
    "$(",
    "#{",
)
_PLACEHOLDER_VALUES = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "apikey",
        "api_key",
        "key",
        "null",
        "none",
        "nil",
        "true",
        "false",
        "undefined",
        "empty",
        "string",
        "str",
        "test",
        "required",
        "optional",
        "hidden",
        "default",
        "value",
        "admin",
        "root",
        "user",
        "username",
        "secretkey",
        "secret_key",
        "mysecret",
        "mypassword",
        "letmein",
        "notasecret",
        "unknown",
    }
)


def _is_placeholder(value: str) -> bool:
    low = value.lower()
    if low in _PLACEHOLDER_VALUES or _FILLER_RE.match(value):
        return True
    if any(w in low for w in _PLACEHOLDER_WORDS):
        return True
    return len(set(value)) <= 2


def _provider_body_ok(token: str) -> bool:
    """A provider-shaped token is rejected only when its variable part is an obvious filler."""
    low = token.lower()
    return "xxxxx" not in low and "your" not in low and "<" not in token and "*****" not in token


def _b64url_json(part: str) -> object | None:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        parsed: object = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return parsed


def _jwt_ok(token: str) -> bool:
    header = _b64url_json(token.split(".", 1)[0])
    return isinstance(header, dict) and ("alg" in header or "typ" in header)


_B64_BODY_RE = re.compile(r"[A-Za-z0-9+/=]")


def _basic_header_ok(value: str) -> bool:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    user, sep, password = decoded.partition(":")
    return bool(sep and user and password and not _is_placeholder(password))


def _entropy_ok(min_entropy: float) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        return shannon_entropy(value) >= min_entropy and _provider_body_ok(value)

    return check


_KEY_RUN_RE = re.compile(r"[A-Za-z0-9]{10,}")


def _live_key_ok(token: str) -> bool:
    """A `<vendor>_live_` token whose random part is a run of 10+ letters and digits with both
    in it (`fw_live_fa_51d7c2e98b0f`), not words joined by underscores (`my_live_session_2024`).
    Publishable keys (`pk_live_`) are public by design."""
    return (
        not token.startswith("pk_")
        and _provider_body_ok(token)
        and any(
            any(c.isdigit() for c in run) and any(c.isalpha() for c in run)
            for run in _KEY_RUN_RE.findall(token.split("_live_", 1)[-1])
        )
    )


def _password_ok(value: str) -> bool:
    value = value.strip("'\"{}")
    if not value or _is_placeholder(value) or value.startswith(("$", "%", "*")):
        return False
    return value.lower() not in ("password", "passwd", "pass", "pwd") and len(value) >= 3


# --------------------------------------------------------------------------------------------
# Provider rules: distinctive token shapes


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    provider: str
    pattern: re.Pattern[str]
    anchors: tuple[str, ...]
    group: int = 0
    score: float = 0.95
    check: Callable[[str], bool] | None = None
    priority: int = 0  # lower wins an overlap
    boundary: bool = False  # the match must not follow a word character
    left: int = 0  # the token starts this many characters before the match (-1: digit run)
    ctx: bool = False  # anchors are context words outside the token itself


_END = r"(?![A-Za-z0-9_])"
_END_DASH = r"(?![A-Za-z0-9_\-])"


def _r(
    rid: str,
    provider: str,
    pattern: str,
    anchors: tuple[str, ...] | str,
    *,
    group: int = 0,
    score: float = 0.95,
    check: Callable[[str], bool] | None = _provider_body_ok,
    priority: int = 0,
    flags: int = 0,
    left: int = 0,
    ctx: bool = False,
) -> _Rule:
    """A rule. A leading `\\b` is checked in Python instead, so the regex starts with a literal
    and the engine can skip ahead with a fast substring search."""
    if isinstance(anchors, str):
        anchors = (anchors,)
    boundary = pattern.startswith(r"\b")
    if boundary:
        pattern = pattern[2:]
    compiled = re.compile(pattern, flags)
    return _Rule(
        rid,
        provider,
        compiled,
        anchors,
        group,
        score,
        check,
        priority,
        boundary or left != 0,
        left,
        ctx,
    )


_PEM_TYPES = r"(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP |)PRIVATE KEY(?: BLOCK)?"

_RULES: tuple[_Rule, ...] = (
    # ---- cloud
    _r(
        "aws-access-key-id",
        "AWS access key ID",
        r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z2-7]{16}"
        r"(?![A-Z0-9])",
        ("akia", "asia", "abia", "acca", "agpa", "aida", "aipa", "anpa", "anva", "aroa", "apka"),
    ),
    _r(
        "aws-mws-key",
        "Amazon MWS auth token",
        r"\bamzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
        "amzn.mws.",
    ),
    _r(
        "gcp-service-account",
        "Google Cloud service-account key (private_key_id)",
        r'"private_key_id"\s*:\s*"([0-9a-f]{40})"',
        "private_key_id",
        group=1,
    ),
    _r("google-api-key", "Google API key (AIza)", r"\bAIza[0-9A-Za-z_\-]{35}" + _END_DASH, "aiza"),
    _r(
        "google-oauth",
        "Google OAuth client secret",
        r"\bGOCSPX-[0-9A-Za-z_\-]{28}" + _END_DASH,
        "gocspx-",
    ),
    _r(
        "google-oauth",
        "Google OAuth access token",
        r"\bya29\.[0-9A-Za-z_\-]{30,}",
        "ya29.",
    ),
    _r(
        "firebase-key",
        "Firebase Cloud Messaging server key",
        r"\bAAAA[A-Za-z0-9_\-]{7}:[A-Za-z0-9_\-]{140}",
        "aaaa",
    ),
    _r(
        "azure-storage-key",
        "Azure storage account key",
        r"AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)",
        "accountkey",
        group=1,
    ),
    _r(
        "azure-connection-string",
        "Azure Service Bus / Event Hubs shared access key",
        r"SharedAccessKey\s*=\s*([A-Za-z0-9+/]{42,44}=?)",
        "sharedaccesskey",
        group=1,
    ),
    _r(
        "azure-sas-token",
        "Azure shared access signature",
        r"sv=\d{4}-\d{2}-\d{2}&[^\s\"'<>]{0,300}?\bsig=([A-Za-z0-9%+/]{40,100}={0,2})",
        "sig=",
        group=1,
    ),
    _r(
        "azure-ad-client-secret",
        "Azure AD (Entra ID) client secret",
        r"Q~(?<=[A-Za-z0-9_~.]{3}\dQ~)[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])",
        "q~",
        left=4,
    ),
    _r("alibaba-access-key", "Alibaba Cloud AccessKey ID", r"\bLTAI[A-Za-z0-9]{20}" + _END, "ltai"),
    _r(
        "digitalocean-token",
        "DigitalOcean token",
        r"\bdo[opr]_v1_[a-f0-9]{64}" + _END,
        ("dop_v1_", "doo_v1_", "dor_v1_"),
    ),
    _r("heroku-api-key", "Heroku API key", r"\bHRKU-[A-Za-z0-9_\-]{58,}", "hrku-"),
    _r(
        "cloudflare-api-key",
        "Cloudflare Origin CA key",
        r"\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}" + _END,
        "v1.0-",
    ),
    _r("databricks-token", "Databricks access token", r"\bdapi[a-f0-9]{32}(?:-\d)?" + _END, "dapi"),
    _r(
        "doppler-token",
        "Doppler token",
        r"\bdp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}" + _END,
        "dp.",
    ),
    _r("pulumi-token", "Pulumi access token", r"\bpul-[a-f0-9]{40}" + _END, "pul-"),
    _r(
        "terraform-cloud-token",
        "Terraform Cloud / Enterprise API token",
        r"\.atlasv1\.(?<=[A-Za-z0-9]{14}\.atlasv1\.)[A-Za-z0-9_=\-]{60,70}" + _END,
        ".atlasv1.",
        left=14,
    ),
    _r(
        "vault-token",
        "HashiCorp Vault token",
        r"\bhv[sbr]\.[A-Za-z0-9_\-]{24,}" + _END,
        ("hvs.", "hvb.", "hvr."),
    ),
    _r(
        "supabase-token",
        "Supabase access token",
        r"\bsbp_[a-f0-9]{40}" + _END,
        "sbp_",
    ),
    # ---- source hosting and packages
    _r(
        "github-token",
        "GitHub token",
        r"\bgh[pousr]_[A-Za-z0-9]{36,251}" + _END,
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    ),
    _r(
        "github-token",
        "GitHub fine-grained personal access token",
        r"\bgithub_pat_[A-Za-z0-9_]{70,251}" + _END,
        "github_pat_",
    ),
    _r(
        "gitlab-token",
        "GitLab token",
        r"\bgl(?:pat|dt|rt|cbt|soat|ft|imt|agent|oas|ptt|ffct)-[A-Za-z0-9_\-.]{20,}",
        ("glpat-", "gldt-", "glrt-", "glcbt-", "glsoat-", "glft-", "glimt-", "glagent-", "glptt-"),
    ),
    _r(
        "gitlab-token",
        "GitLab runner registration token",
        r"\bGR1348941[A-Za-z0-9_\-]{20,}",
        "gr1348941",
    ),
    _r("npm-token", "npm access token", r"\bnpm_[A-Za-z0-9]{36}" + _END, "npm_"),
    _r(
        "npm-token",
        "npm registry auth token (.npmrc _authToken)",
        r"_authToken\s*=\s*([A-Za-z0-9_\-+/=]{20,})",
        "_authtoken",
        group=1,
        check=_entropy_ok(3.0),
    ),
    _r("pypi-token", "PyPI API token", r"\bpypi-AgE[A-Za-z0-9_\-]{50,}", "pypi-age"),
    _r(
        "docker-hub-token",
        "Docker Hub access token",
        r"\bdckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,}",
        ("dckr_pat_", "dckr_oat_"),
    ),
    _r(
        "artifactory-token",
        "JFrog Artifactory token",
        r"\bAKCp[A-Za-z0-9]{69}" + _END,
        ("akcp", "cmvmdgtuojaxoj"),
    ),
    _r(
        "artifactory-token",
        "JFrog Artifactory token",
        r"\bcmVmdGtuOjAxOj[A-Za-z0-9]{49,}" + _END,
        ("akcp", "cmvmdgtuojaxoj"),
    ),
    _r(
        "atlassian-api-token",
        "Atlassian API token",
        r"\bAT(?:ATT|CTT)3[A-Za-z0-9_\-=]{50,}",
        ("atatt3", "atctt3"),
    ),
    _r(
        "postman-api-key",
        "Postman API key",
        r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}" + _END,
        "pmak-",
    ),
    _r(
        "linear-api-key", "Linear API key", r"\blin_(?:api|oauth)_[A-Za-z0-9]{40,64}" + _END, "lin_"
    ),
    _r(
        "notion-token",
        "Notion integration token",
        r"\bsecret_[A-Za-z0-9]{43}" + _END,
        ("secret_", "ntn_"),
    ),
    _r(
        "notion-token",
        "Notion integration token",
        r"\bntn_\d{11}[A-Za-z0-9]{35}" + _END,
        ("secret_", "ntn_"),
    ),
    _r(
        "airtable-token",
        "Airtable personal access token",
        r"\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}" + _END,
        "pat",
    ),
    _r("figma-token", "Figma personal access token", r"\bfigd_[A-Za-z0-9_\-]{40,}", "figd_"),
    _r(
        "grafana-token",
        "Grafana token",
        r"\bglsa_[A-Za-z0-9]{32}_[a-f0-9]{8}" + _END,
        ("glsa_", "glc_"),
    ),
    _r(
        "grafana-token",
        "Grafana token",
        r"\bglc_[A-Za-z0-9+/]{32,}={0,2}" + _END,
        ("glsa_", "glc_"),
    ),
    # ---- messaging
    _r(
        "slack-token",
        "Slack token",
        r"\bxox[abposer](?:\.\d)?-[0-9A-Za-z\-]{10,250}",
        "xox",
    ),
    _r("slack-token", "Slack app-level token", r"\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{32,}", "xapp-"),
    _r(
        "slack-webhook",
        "Slack incoming webhook URL",
        r"\bhooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+\-]{30,}",
        "hooks.slack.com/",
    ),
    _r(
        "discord-webhook",
        "Discord webhook URL",
        r"\bdiscord(?:app)?\.com/api/webhooks/\d{5,20}/[A-Za-z0-9_\-]{60,}",
        "discord",
    ),
    _r(
        "discord-bot-token",
        "Discord bot token",
        r"\bM[A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" + _END_DASH,
        "discord",
        ctx=True,
    ),
    _r(
        "discord-bot-token",
        "Discord bot token",
        r"\bN[A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" + _END_DASH,
        "discord",
        ctx=True,
    ),
    _r(
        "discord-bot-token",
        "Discord bot token",
        r"\bO[A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" + _END_DASH,
        "discord",
        ctx=True,
    ),
    _r(
        "telegram-bot-token",
        "Telegram bot token",
        r":AA(?<=\d{8}:AA)[0-9A-Za-z_\-]{33}" + _END_DASH,
        ":aa",
        left=-1,
    ),
    _r(
        "twilio-api-key",
        "Twilio API key",
        r"\bSK[0-9a-fA-F]{32}" + _END,
        "sk",
        check=_entropy_ok(3.0),
    ),
    _r(
        "sendgrid-api-key",
        "SendGrid API key",
        r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}" + _END_DASH,
        "sg.",
    ),
    _r("mailgun-api-key", "Mailgun API key", r"\bkey-[0-9a-zA-Z]{32}" + _END, "key-"),
    _r(
        "mailchimp-api-key",
        "Mailchimp API key",
        r"-us(?<=[0-9a-f]{32}-us)\d{1,2}" + _END,
        "-us",
        left=32,
        check=_entropy_ok(3.0),
    ),
    # ---- payments and commerce
    _r(
        "stripe-key",
        "Stripe secret or restricted key",
        r"\bsk_(?:live|test)_[0-9A-Za-z]{20,247}" + _END,
        ("sk_live_", "sk_test_", "rk_live_", "rk_test_"),
    ),
    _r(
        "stripe-key",
        "Stripe secret or restricted key",
        r"\brk_(?:live|test)_[0-9A-Za-z]{20,247}" + _END,
        ("sk_live_", "sk_test_", "rk_live_", "rk_test_"),
    ),
    _r("stripe-key", "Stripe webhook signing secret", r"\bwhsec_[A-Za-z0-9+/]{32,}", "whsec_"),
    _r(
        "live-api-key",
        "live-mode API key (<vendor>_live_...)",
        r"\b[a-z][a-z0-9]{1,9}_live_[A-Za-z0-9_]{12,120}" + _END,
        "_live_",
        score=0.8,
        check=_live_key_ok,
        priority=1,
    ),
    _r(
        "square-token",
        "Square access token",
        r"\bsq0atp-[0-9A-Za-z_\-]{22}" + _END_DASH,
        ("sq0atp-", "sq0csp-"),
    ),
    _r(
        "square-token",
        "Square access token",
        r"\bsq0csp-[0-9A-Za-z_\-]{43}" + _END_DASH,
        ("sq0atp-", "sq0csp-"),
    ),
    _r("square-token", "Square access token", r"\bEAAA[A-Za-z0-9_\-]{60}" + _END_DASH, "eaaa"),
    _r(
        "paypal-braintree-token",
        "PayPal Braintree access token",
        r"\baccess_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}" + _END,
        "access_token$",
    ),
    _r(
        "shopify-token",
        "Shopify access token",
        r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _END,
        ("shpat_", "shpca_", "shppa_", "shpss_"),
    ),
    _r(
        "razorpay-key",
        "Razorpay key",
        r"\brzp_(?:live|test)_[A-Za-z0-9]{14}" + _END,
        "rzp_",
    ),
    _r(
        "flutterwave-key",
        "Flutterwave secret key",
        r"\bFLWSECK(?:_TEST)?-[a-f0-9]{32}-X" + _END,
        "flwseck",
    ),
    # ---- AI providers
    _r(
        "anthropic-api-key",
        "Anthropic API key",
        r"\bsk-ant-[A-Za-z0-9_\-]{32,}",
        "sk-ant-",
    ),
    _r(
        "openai-api-key",
        "OpenAI API key",
        r"\bsk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,}"
        r"|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_])"
        r"|[A-Za-z0-9]{48}(?![A-Za-z0-9_]))",
        "sk-",
    ),
    _r(
        "huggingface-token",
        "Hugging Face access token",
        r"\bhf_[A-Za-z0-9]{34,40}" + _END,
        ("hf_", "api_org_"),
    ),
    _r(
        "huggingface-token",
        "Hugging Face access token",
        r"\bapi_org_[A-Za-z0-9]{34,40}" + _END,
        ("hf_", "api_org_"),
    ),
    _r("groq-api-key", "Groq API key", r"\bgsk_[A-Za-z0-9]{52}" + _END, "gsk_"),
    _r("replicate-token", "Replicate API token", r"\br8_[A-Za-z0-9]{37}" + _END, "r8_"),
    _r("perplexity-api-key", "Perplexity API key", r"\bpplx-[A-Za-z0-9]{48}" + _END, "pplx-"),
    _r("xai-api-key", "xAI API key", r"\bxai-[A-Za-z0-9]{70,90}" + _END, "xai-"),
    _r(
        "langsmith-api-key",
        "LangSmith API key",
        r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}" + _END,
        "lsv2_",
    ),
    _r("tavily-api-key", "Tavily API key", r"\btvly-(?:dev-)?[A-Za-z0-9]{32}" + _END, "tvly-"),
    _r(
        "pinecone-api-key",
        "Pinecone API key",
        r"\bpcsk_[A-Za-z0-9]{5,8}_[A-Za-z0-9]{40,}" + _END,
        "pcsk_",
    ),
    # ---- observability and ops
    _r(
        "new-relic-key",
        "New Relic key",
        r"\b(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_\-]{32}|NRJS-[a-f0-9]{19})" + _END_DASH,
        ("nrak-", "nrii-", "nrjs-"),
    ),
    _r(
        "new-relic-key",
        "New Relic license key",
        r"NRAL(?<=[A-Za-z0-9]{36}NRAL)" + _END_DASH,
        "nral",
        left=36,
    ),
    _r(
        "sentry-dsn",
        "Sentry DSN",
        r"://([0-9a-f]{32})(?::[0-9a-f]{32})?@[A-Za-z0-9.\-]+(?::\d+)?/\d+",
        "://",
        group=1,
        score=0.8,
    ),
    _r(
        "sentry-token",
        "Sentry auth token",
        r"\b(?:sntrys_[A-Za-z0-9+/=_]{50,}|sntryu_[a-f0-9]{64})",
        ("sntrys_", "sntryu_"),
    ),
    _r(
        "okta-api-token",
        "Okta API token (SSWS)",
        r"\bSSWS\s+(00[A-Za-z0-9_\-]{40})" + _END_DASH,
        "ssws",
        ctx=True,
        group=1,
    ),
    _r(
        "dropbox-token",
        "Dropbox access token",
        r"\bsl\.(?:u\.)?[A-Za-z0-9_\-]{130,}",
        "sl.",
    ),
    _r(
        "dropbox-token",
        "Dropbox long-lived access token",
        r"AAAAAAAAAA(?<=[a-z0-9]{11}AAAAAAAAAA)[A-Za-z0-9_=\-]{43}" + _END_DASH,
        "aaaaaaaaaa",
        left=11,
    ),
    _r(
        "mapbox-token",
        "Mapbox secret token",
        r"\bsk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,}",
        "sk.eyj",
    ),
    _r(
        "twitter-bearer-token",
        "Twitter/X bearer token",
        r"\bAAAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}",
        "aaaaaaaaaaaaaaaaaaaaaa",
    ),
    _r(
        "facebook-token",
        "Facebook access token",
        r"\bEAA(?:CEdEose0cBA|[A-Za-z0-9])[A-Za-z0-9]{90,}" + _END,
        "eaa",
    ),
    # ---- keys and structured tokens
    _r(
        "age-secret-key",
        "age encryption secret key",
        r"\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b",
        "age-secret-key-1",
    ),
    _r(
        "private-key",
        "PuTTY private key",
        r"PuTTY-User-Key-File-\d:[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,40}?Private-Lines:\s*\d+",
        "putty-user-key-file-",
    ),
    _r(
        "jwt",
        "JSON Web Token",
        r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*",
        "eyj",
        check=_jwt_ok,
        score=0.85,
        priority=1,
    ),
    # ---- credentials in URLs, headers and connection strings
    _r(
        "connection-string",
        "JDBC connection string with password",
        r"\bjdbc:[a-z0-9]+:[^\s\"'<>]{0,200}?[?;&:](?i:password)=([^&;\s\"'<>]{1,128})",
        "jdbc:",
        group=1,
        check=_password_ok,
        score=0.9,
        priority=1,
    ),
    _r(
        "connection-string",
        "Oracle JDBC thin connection string with password",
        r"\bjdbc:oracle:thin:[A-Za-z0-9_$#]+/([^@\s\"'<>]{1,128})@",
        "jdbc:oracle:thin:",
        group=1,
        check=_password_ok,
        score=0.9,
        priority=1,
    ),
    _r(
        "basic-auth-header",
        "HTTP Basic authorization header",
        r"Authorization[\"']?\s*[:=]\s*[\"']?(?i:basic)\s+([A-Za-z0-9+/]{8,}={0,2})",
        "authorization",
        ctx=True,
        group=1,
        check=_basic_header_ok,
        score=0.9,
        priority=1,
    ),
    _r(
        "basic-auth-header",
        "HTTP Basic authorization header",
        r"authorization[\"']?\s*[:=]\s*[\"']?(?i:basic)\s+([A-Za-z0-9+/]{8,}={0,2})",
        "authorization",
        ctx=True,
        group=1,
        check=_basic_header_ok,
        score=0.9,
        priority=1,
    ),
    _r(
        "basic-auth-header",
        "HTTP Basic authorization header",
        r"AUTHORIZATION[\"']?\s*[:=]\s*[\"']?(?i:basic)\s+([A-Za-z0-9+/]{8,}={0,2})",
        "authorization",
        ctx=True,
        group=1,
        check=_basic_header_ok,
        score=0.9,
        priority=1,
    ),
    _r(
        "basic-auth-header",
        "credentials passed to curl -u / --user",
        r"\bcurl\b[^\n]{0,300}?\s(?:-u|--user)\s+[\"']?[^\s:\"']{1,64}:([^\s\"']{1,128})",
        "curl",
        ctx=True,
        group=1,
        check=_password_ok,
        score=0.85,
        priority=1,
    ),
    _r(
        "bearer-token",
        "bearer token",
        # The three spellings HTTP clients write; mixed case like "bEaReR" is not a header.
        r"\b(?:Bearer|bearer|BEARER)\s+([A-Za-z0-9._~+/\-]{20,1000}=*)",
        "bearer",
        ctx=True,
        group=1,
        check=_entropy_ok(3.5),
        score=0.8,
        priority=2,
    ),
)

# Credentials in URLs: `scheme://user:password@host`, found from the literal "://".
_URL_CRED_RE = re.compile(
    r"://[^:/\s@\"'<>]{0,64}:([^@\s/\"'<>]{1,128})@[A-Za-z0-9_.\-\[\]]*[A-Za-z0-9\]]"
)
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,30}\Z")
_DB_SCHEMES = frozenset(
    {
        *("postgres", "postgresql", "mysql", "mariadb", "mongodb", "rediss", "redis", "amqp"),
        *("amqps", "mssql", "sqlserver", "oracle", "couchdb", "neo4j", "clickhouse", "db2"),
        *("cockroachdb", "snowflake", "memcached", "cassandra", "elasticsearch", "influxdb"),
        *("nats", "kafka", "jdbc"),
    }
)


def _url_cred_hits(text: str, out: list[tuple[int, int, str, str, float, int]]) -> None:
    for m in _URL_CRED_RE.finditer(text):
        vs, ve = m.span(1)
        if not _password_ok(text[vs:ve]):
            continue
        sm = _SCHEME_RE.search(text, max(0, m.start() - 31), m.start())
        scheme = sm.group(0).lower() if sm else ""
        base = scheme.split("+", 1)[0].rsplit(":", 1)[-1]
        if base in _DB_SCHEMES:
            out.append(
                (vs, ve, "connection-string", f"{base} connection string with password", 0.9, 1)
            )
        elif sm is not None:
            out.append(
                (vs, ve, "basic-auth-url", f"password in {scheme} URL (basic auth)", 0.85, 1)
            )


# PEM / PGP private-key blocks are paired BEGIN/END markers found in two linear passes.
_PEM_BEGIN_RE = re.compile(r"-----BEGIN (" + _PEM_TYPES + r")-----")
_PEM_END_RE = re.compile(r"-----END (" + _PEM_TYPES + r")-----")
_PEM_BODY_RE = re.compile(
    r"(?:[A-Za-z0-9+/=\s]|\\[nr]|[A-Za-z\-]+: [^\n]{0,200}){0," + str(_MAX_PEM) + "}"
)

# ODBC / ADO.NET `Password=` inside a `key=value;` connection string.
_ODBC_VALUE_RE = re.compile(
    r"[ \t]*=[ \t]*(\{[^}\n]{1,128}\}|[^;\"'\s{][^;\"'\s]{0,127})(?=[;\"'\n]|$)"
)
_ODBC_CTX_RE = re.compile(
    r"(?i)\b(?:server|data source|host|uid|user id|database|initial catalog|driver|provider"
    r"|addr|address)\s*="
)

# --------------------------------------------------------------------------------------------
# Assignments: NAME <sep> VALUE where NAME names a secret

_KEYWORD_RE = re.compile(
    r"secret|token|api[_.\- ]?key|apikey|access[_.\- ]?key|auth[_.\-]?key|private[_.\-]?key"
    r"|signing[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|app[_.\-]?key|license[_.\-]?key"
    r"|credential|passw(?:or)?d|passwd|pwd|passphrase|(?<![a-z])pass(?![a-z])",
)
_KEYWORD_RE_I = re.compile(_KEYWORD_RE.pattern, re.IGNORECASE)
_KEYWORD_LITERALS = ("secret", "token", "key", "credential", "pwd", "pass")
_NAME_LEFT_RE = re.compile(r"(?:[A-Za-z0-9_.\-]+ )?[A-Za-z0-9_.\-]{0,48}\Z")
_ASSIGN_RE = re.compile(
    r"[A-Za-z0-9_.\-]{0,40}(?P<close>[\"'`]?\]?)[ \t]{0,8}(?P<sep>:=|=>|=|:|\s+is\s+)[ \t]{0,8}"
    rf"(?:(?P<q>[\"'`])(?P<qv>[^\"'`\s]{{1,{_MAX_VALUE}}})(?P=q)"
    rf"|(?P<v>[^\s\"'`,;<>(){{}}\[\]]{{1,{_MAX_VALUE}}}))"
)
_ENV_LINE_RE = re.compile(r"(?:export[ \t]+|[ \t]*-[ \t]+)?[A-Za-z0-9_.\-]+=")

_PASSWORD_KEYS = ("passw", "pwd", "passphrase", "pass")
_SKIP_NAME_RE = re.compile(
    r"public|tokeniz|max_?tokens|(?:^|[_.\-])(?:id|ids|name|url|uri|path|file|filename|type|len"
    r"|length|size|count|expiry|expires|expiration|ttl|timeout|header|field|prefix|format|endpoint"
    r"|hint|label|policy|min|max|regex|pattern|hash|hashed|reset|dir|limit|usage|param|env|var|ref"
    r"|version|rotation|location|manager|provider|store|mode|tokens|sha\d*|md5|checksum|digest|etag"
    r"|integrity|fingerprint|keyid|keyname|secretname|secretref|length|placeholder|col|column"
    r"|template|input|prompt|text|msg|message|error|help|title|description|required|validator"
    r"|strength|widget|form|class|handler|method|callback|attempts|changed|at)(?:$|[_.\-])"
)
_HASH_NAME_RE = re.compile(
    r"(?:^|[_.\-])(?:sha\d*|md5|hash|checksum|digest|etag|integrity|commit|rev|fingerprint)(?:$|[_.\-])"
)
_UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
_HEX_RE = re.compile(r"^[0-9a-fA-F]+$")
_ATTR_RE = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$")
_IDENT_RE = re.compile(r"^[a-z_][a-z0-9_]*$|^[A-Z_][A-Z0-9_]*$|^[a-z]+(?:[A-Z][a-z0-9]+)+$")
_WORDY_RE = re.compile(
    r"^(?:[A-Za-z][a-z]{2,}|[a-z]{3,}|[A-Z]{2,}|\d{1,4})(?:[_\-.](?:[A-Za-z][a-z]{1,}|[a-z]{2,}|[A-Z]{2,}|\d{1,4}))+$"
)
_CODE_MARKERS = (
    "process.env",
    "os.environ",
    "getenv",
    "env(",
    "env.",
    "secrets.",
    "vault:",
    "config.",
    "settings.",
    "self.",
    "this.",
    "request.",
    "params.",
    "://",
)


@dataclass(frozen=True, slots=True)
class _CtxRule:
    id: str
    provider: str
    names: tuple[str, ...]  # any of these in the lowercased NAME
    value: re.Pattern[str]  # full-match on the value
    needs: tuple[str, ...] = ()  # and all of these in the NAME


_CTX_RULES: tuple[_CtxRule, ...] = (
    _CtxRule(
        "aws-secret-access-key",
        "AWS secret access key",
        ("aws",),
        re.compile(r"[A-Za-z0-9/+]{40}"),
        ("secret",),
    ),
    _CtxRule(
        "aws-secret-access-key",
        "AWS secret access key",
        ("secret_access_key", "secretaccesskey", "secret-access-key"),
        re.compile(r"[A-Za-z0-9/+]{40}"),
    ),
    _CtxRule(
        "datadog-api-key",
        "Datadog API key",
        ("datadog", "dd_api", "dd-api", "ddapi"),
        re.compile(r"[a-f0-9]{32}"),
    ),
    _CtxRule(
        "datadog-api-key",
        "Datadog application key",
        ("datadog", "dd_app", "dd-app"),
        re.compile(r"[a-f0-9]{40}"),
    ),
    _CtxRule("twilio-auth-token", "Twilio auth token", ("twilio",), re.compile(r"[a-f0-9]{32}")),
    _CtxRule(
        "heroku-api-key",
        "Heroku API key",
        ("heroku",),
        re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    ),
    _CtxRule(
        "cloudflare-api-key",
        "Cloudflare API token",
        ("cloudflare", "cf_api", "cf-api"),
        re.compile(r"[A-Za-z0-9_\-]{40}"),
    ),
    _CtxRule(
        "cloudflare-api-key",
        "Cloudflare global API key",
        ("cloudflare", "cf_api", "cf-api"),
        re.compile(r"[a-f0-9]{37}"),
    ),
    _CtxRule("okta-api-token", "Okta API token", ("okta",), re.compile(r"00[A-Za-z0-9_\-]{40}")),
    _CtxRule(
        "mailgun-api-key",
        "Mailgun API key",
        ("mailgun",),
        re.compile(r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"),
    ),
    _CtxRule(
        "airtable-token", "Airtable API key", ("airtable",), re.compile(r"key[A-Za-z0-9]{14}")
    ),
    _CtxRule("vault-token", "HashiCorp Vault token", ("vault",), re.compile(r"s\.[A-Za-z0-9]{24}")),
    _CtxRule(
        "ibm-cloud-api-key",
        "IBM Cloud API key",
        ("ibm", "iam_api", "bluemix"),
        re.compile(r"[A-Za-z0-9_\-]{44}"),
    ),
    _CtxRule("sentry-token", "Sentry auth token", ("sentry",), re.compile(r"[a-f0-9]{64}")),
    _CtxRule(
        "new-relic-key",
        "New Relic license key",
        ("new_relic", "newrelic", "nr_license"),
        re.compile(r"[a-f0-9]{40}"),
    ),
    _CtxRule("dropbox-token", "Dropbox app secret", ("dropbox",), re.compile(r"[a-z0-9]{15}")),
    _CtxRule(
        "atlassian-api-token",
        "Atlassian API token",
        ("atlassian", "jira", "confluence"),
        re.compile(r"[A-Za-z0-9]{24}"),
    ),
)


def _name_at(text: str, kw_start: int, kw_end: int) -> str:
    m = _NAME_LEFT_RE.search(text, max(0, kw_start - 48), kw_start)
    left = m.group(0) if m else ""
    right_end = kw_end
    n = len(text)
    while (
        right_end < n
        and right_end - kw_end < 40
        and (text[right_end].isascii() and (text[right_end].isalnum() or text[right_end] in "_.-"))
    ):
        right_end += 1
    return (left + text[kw_start:right_end]).lower()


def _looks_random(value: str, hexy_ok: bool) -> float | None:
    """Entropy of a plausible random secret, or None when the value looks like words or code."""
    n = len(value)
    if n < 16 or _UUID_RE.match(value) or _WORDY_RE.match(value) or _ATTR_RE.match(value):
        return None
    if _IDENT_RE.match(value) and not any(ch.isdigit() for ch in value):
        return None
    ent = shannon_entropy(value)
    if _HEX_RE.match(value):
        if not hexy_ok or n < 20:
            return None
        digits = sum(ch.isdigit() for ch in value)
        if digits < 2 or n - digits < 2:
            return None
        return ent if ent >= 3.0 else None
    classes = (
        any(ch.islower() for ch in value)
        + any(ch.isupper() for ch in value)
        + any(ch.isdigit() for ch in value)
    )
    if classes < 2:
        return None
    return ent if ent >= (3.5 if n < 32 else 3.7) else None


# Every match of `_KEYWORD_RE_I` contains one of these words and starts at most `_KEYWORD_LEAD`
# characters before it ("encryption_key"), so the regex is tried only there.
_KEYWORD_LITERAL_RE = re.compile("|".join(_KEYWORD_LITERALS))
_KEYWORD_LEAD = 11


def _keyword_spans(text: str) -> list[tuple[int, int]]:
    """`[m.span() for m in _KEYWORD_RE_I.finditer(text)]`, trying the regex only near the
    keywords' literal parts (the regex never matches empty).

    The literal parts are looked for in a lower-cased copy of the same length in which the
    characters that also match those letters case-insensitively (dotted and dotless i, long s;
    the Kelvin sign lower-cases to k) are plain letters: every place the regex could match."""
    folded = text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s").lower()
    if len(folded) != len(text):
        return [m.span() for m in _KEYWORD_RE_I.finditer(text)]
    out: list[tuple[int, int]] = []
    match = _KEYWORD_RE_I.match
    search = _KEYWORD_LITERAL_RE.search
    pos = 0  # where the next match may start
    tried = 0  # starts below this were tried and failed
    lit = search(folded)
    while lit is not None:
        q = lit.start()
        for s in range(max(pos, tried, q - _KEYWORD_LEAD), q + 1):
            m = match(text, s)
            if m is not None:
                out.append(m.span())
                pos = tried = m.end()
                break
        else:
            tried = max(tried, q + 1)
        lit = search(folded, max(q + 1, pos))
    return out


def _assignment_hits(
    text: str, lower: str, out: list[tuple[int, int, str, str, float, int]]
) -> None:
    n = len(text)
    if len(lower) == n:
        starts = sorted(
            (p, p + len(lit)) for lit in _KEYWORD_LITERALS for p in _literal_positions(lower, lit)
        )
    else:  # lowercasing changed offsets (rare characters such as U+0130): use the regex
        starts = _keyword_spans(text)
        lower = text
    seen_values: set[int] = set()
    consumed = 0  # keywords inside an earlier value are not names
    for ks, ke in starts:
        if ks < consumed:
            continue
        am = _ASSIGN_RE.match(text, ke)
        if am is None:
            continue
        consumed = am.end()
        if am.end() - am.start("sep") < 7:
            continue  # no value is long enough to be a credential
        name_probe = lower[max(0, ks - 24) : am.start("close")]
        if not _KEYWORD_RE.search(name_probe.lower()):
            continue
        is_form = am.group("sep").strip() == "is"
        quoted = am.group("q") is not None
        if quoted:
            vs, ve = am.span("qv")
        else:
            vs, ve = am.span("v")
        if not quoted:
            while ve > vs and text[ve - 1] in ".!?:":
                ve -= 1
            if ve == vs:
                continue
        if not quoted and ve < n and text[ve] in "([":
            continue  # a call or an index: code, not a literal
        if vs in seen_values:
            continue
        seen_values.add(vs)
        value = text[vs:ve]
        if len(value) < 6:
            continue
        if (
            ve < n
            and not quoted
            and text[ve] not in " \t\r\n,;)}]\"'`<>("
            and ve - vs >= _MAX_VALUE
        ):
            continue
        name = _name_at(text, ks, ke) + text[ke : am.start("close")].lower()
        low = value.lower()
        if _is_placeholder(value) or any(c in low for c in _CODE_MARKERS):
            continue
        if value[0] in "$%@!&*#{[(/\\~." or value.endswith(
            (".pem", ".key", ".json", ".txt", ".env")
        ):
            continue
        # provider-specific values that need their name for context
        matched_ctx = False
        context = lower[max(0, ks - 40) : ks].lower() + name
        for rule in _CTX_RULES:
            if (
                any(k in context for k in rule.names)
                and all(k in context for k in rule.needs)
                and rule.value.fullmatch(value)
            ):
                out.append((vs, ve, rule.id, rule.provider, 0.9, 0))
                matched_ctx = True
                break
        if matched_ctx:
            continue
        if _SKIP_NAME_RE.search(name):
            continue
        is_password = any(k in name for k in _PASSWORD_KEYS) and not any(
            k in name for k in ("secret", "token", "key")
        )
        if is_password:
            low_value = value.lower()
            if low_value in name or "passw" in low_value:
                continue
            if not quoted:
                line_start = text.rfind("\n", 0, ks) + 1
                sep = am.group("sep")
                env_line = _ENV_LINE_RE.fullmatch(text, line_start, vs) is not None
                if not (env_line or sep == ":" or is_form) or (
                    _IDENT_RE.match(value) and not any(ch.isdigit() for ch in value)
                ):
                    continue
                if is_form and (value.isalpha() or value.isdigit()):
                    continue
            shown = name.strip("._-\"'")
            out.append((vs, ve, "password-assignment", f"password assigned to '{shown}'", 0.7, 2))
            continue
        ent = _looks_random(value, hexy_ok=_HASH_NAME_RE.search(name) is None)
        if ent is None:
            continue
        score = min(0.85, 0.45 + 0.1 * (ent - 3.0) + (0.1 if quoted else 0.0))
        shown = name.strip("._-\"'")
        out.append(
            (
                vs,
                ve,
                "generic-high-entropy",
                f"high-entropy value (entropy {ent:.1f}) assigned to '{shown}'",
                round(score, 3),
                3,
            )
        )


def _pem_hits(text: str, out: list[tuple[int, int, str, str, float, int]]) -> None:
    begins = list(_PEM_BEGIN_RE.finditer(text))
    if not begins:
        return
    ends = [(m.start(), m.end()) for m in _PEM_END_RE.finditer(text)]
    end_starts = [e[0] for e in ends]
    begin_starts = [b.start() for b in begins]
    for i, b in enumerate(begins):
        kind = b.group(1)
        next_begin = begin_starts[i + 1] if i + 1 < len(begins) else len(text)
        j = bisect_left(end_starts, b.end())
        if j < len(ends) and ends[j][0] < next_begin and ends[j][0] - b.end() <= _MAX_PEM:
            stop = ends[j][1]
            body = text[b.end() : ends[j][0]]
        else:
            bm = _PEM_BODY_RE.match(text, b.end())
            stop = bm.end() if bm else b.end()
            body = text[b.end() : stop]
        body_chars = len(_B64_BODY_RE.findall(body.replace("\\n", "").replace("\\r", "")))
        if body_chars < 64:
            continue
        if "PGP" in kind:
            rid, provider = "pgp-private-key", "PGP private key block"
        else:
            rid, provider = (
                "private-key",
                f"{kind.replace('PRIVATE KEY', '').strip() or 'PKCS#8'} private key (PEM)",
            )
        out.append((b.start(), stop, rid, provider, 0.99, 0))


def _literal_positions(lower: str, literal: str) -> list[int]:
    found: list[int] = []
    i = lower.find(literal)
    while i != -1:
        found.append(i)
        i = lower.find(literal, i + 1)
    return found


def _odbc_hits(text: str, lower: str, out: list[tuple[int, int, str, str, float, int]]) -> None:
    for literal in ("password", "pwd"):
        for p in _literal_positions(lower, literal):
            if p > 0 and (lower[p - 1].isalnum() or lower[p - 1] == "_"):
                continue
            m = _ODBC_VALUE_RE.match(text, p + len(literal))
            if m is None:
                continue
            vs, ve = m.span(1)
            value = m.group(1)
            window = text[max(0, p - 300) : ve + 300]
            if ";" not in window or not _ODBC_CTX_RE.search(window):
                continue
            if not _password_ok(value) or any(c in value.lower() for c in _CODE_MARKERS):
                continue
            out.append(
                (vs, ve, "connection-string", "ODBC / ADO.NET connection string password", 0.9, 1)
            )


# Every token rule needs a run of at least this many token characters; text without one skips
# straight to the assignment scan. Token anchors are then looked up in the runs only, which are a
# small part of ordinary prose.
_RUN_CHAR_RE = re.compile(r"[A-Za-z0-9_\-.+/=:~$%@]")
_RUN_MIN = 12
_RUN_RE = re.compile(_RUN_CHAR_RE.pattern + f"{{{_RUN_MIN},}}")
# The run characters (all ASCII) as a table by code point; its last entry, False, stands for
# every code point past ASCII.
_RUN_T = np.array([_RUN_CHAR_RE.match(chr(c)) is not None for c in range(128)] + [False])


def _token_runs(text: str) -> list[str]:
    """`_RUN_RE.findall(text)`: every maximal run of run characters at least `_RUN_MIN` long
    (the regex matches such a run from its start and no shorter one anywhere), found from a
    table look-up per character rather than by the regex, which retries at every offset of
    every shorter run."""
    if text.isascii():
        cps = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    else:
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts, ends = true_runs(_RUN_T.take(cps, mode="clip"), _RUN_MIN)
    return [text[s:e] for s, e in zip(starts, ends, strict=True)]


_TOKEN_RULES = tuple(r for r in _RULES if not r.ctx)
_CTX_TOKEN_RULES = tuple(r for r in _RULES if r.ctx)
# Each anchor is looked for once per text, then the rules naming a present one run, in order.
_TOKEN_ANCHORS = tuple(dict.fromkeys(a for r in _TOKEN_RULES for a in r.anchors))
_CTX_ANCHORS = tuple(dict.fromkeys(a for r in _CTX_TOKEN_RULES for a in r.anchors))
# Finds one of the token anchors wherever it occurs: a text where it finds none has none of them,
# which one scan tells (each anchor is then looked for only when one is there).
_TOKEN_ANCHOR_RE = re.compile(trie_pattern(sorted(set(_TOKEN_ANCHORS))))


def _run_rule(rule: _Rule, text: str, out: list[tuple[int, int, str, str, float, int]]) -> None:
    for m in rule.pattern.finditer(text):
        s, e = m.span(rule.group)
        if s < 0:
            continue
        if rule.left > 0:
            s -= rule.left
        elif rule.left < 0:  # a run of digits before the match (Telegram bot id)
            d = s
            while d > 0 and s - d < 12 and text[d - 1].isdigit():
                d -= 1
            if not 8 <= s - d <= 10:
                continue
            s = d
        if rule.boundary and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue
        if rule.check is not None and not rule.check(text[s:e]):
            continue
        out.append((s, e, rule.id, rule.provider, rule.score, rule.priority))


def find_secrets(text: str, index: LineIndex | None = None) -> list[Hit]:
    """Find credentials in `text`; hits are sorted by start and never overlap.

    `index` is an optional prebuilt `LineIndex(text)` (shared with other detectors).
    """
    if not text:
        return []
    lower = index.lower if index is not None else text.lower()
    cands: list[tuple[int, int, str, str, float, int]] = []
    runs = _token_runs(text)
    if runs:
        joined = " ".join(runs).lower()
        present = (
            {a for a in _TOKEN_ANCHORS if a in joined}
            if _TOKEN_ANCHOR_RE.search(joined) is not None
            else set()
        )
        # Usually no anchor is present, and no rule needs checking.
        rules = [r for r in _TOKEN_RULES if not present.isdisjoint(r.anchors)] if present else []
        ctx_present = {a for a in _CTX_ANCHORS if a in lower}
        if ctx_present:
            rules += [r for r in _CTX_TOKEN_RULES if not ctx_present.isdisjoint(r.anchors)]
        for rule in rules:
            _run_rule(rule, text, cands)
        if "-----begin" in lower:
            _pem_hits(text, cands)
        if "://" in joined:
            _url_cred_hits(text, cands)
    if (
        ("password" in lower or "pwd" in lower)
        and "=" in text
        and ";" in text
        and len(lower) == len(text)
    ):
        _odbc_hits(text, lower, cands)
    if any(a in lower for a in _KEYWORD_LITERALS):
        _assignment_hits(text, lower, cands)
    if not cands:
        return []
    idx = index if index is not None else LineIndex(text)
    return [
        Hit(Category.SECRET, f"secret.{rid}", reason, idx.span(s, e), score)
        for s, e, rid, reason, score in resolve_overlaps(cands)
    ]
