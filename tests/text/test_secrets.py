"""find_secrets: provider tokens, keys, connection strings, contextual entropy, and negatives.

Every credential here is generated from a seeded RNG at test time: no real-looking literal sits
in the repository.
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.text._spans import LineIndex
from redline.text.secrets import find_secrets, shannon_entropy
from redline.text.types import Category

_RNG = random.Random(20240607)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URL = AN + "-_"


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def pem(label: str) -> str:
    body = base64.b64encode(_RNG.randbytes(600)).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


# (expected detector, credential, text containing it)
def _cases() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []

    def add(det: str, secret: str, template: str = "value: {s}") -> None:
        cases.append((det, secret, template.replace("{s}", secret)))

    add("aws-access-key-id", "AKIA" + r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "id={s}")
    add("aws-access-key-id", "ASIA" + r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
    add("aws-secret-access-key", r(B64, 40), "aws_secret_access_key = {s}\n")
    add("aws-secret-access-key", r(B64, 40), 'AWS_SECRET_ACCESS_KEY="{s}"')
    add("google-api-key", "AIza" + r(URL, 35), "const k = '{s}';")
    add("google-oauth", "GOCSPX-" + r(URL, 28), "client_secret: {s}")
    add("gcp-service-account", r(HEX, 40), '{"type": "service_account", "private_key_id": "{s}"}')
    add("firebase-key", "AAAA" + r(URL, 7) + ":" + r(URL, 140))
    add(
        "azure-storage-key",
        r(B64, 86) + "==",
        "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={s};EndpointSuffix=x",
    )
    add(
        "azure-connection-string",
        r(B64, 43) + "=",
        "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={s}",
    )
    add("github-token", "ghp_" + r(AN, 36), "git push https://{s}@github.com/acme/x")
    add("github-token", "gho_" + r(AN, 36))
    add("github-token", "ghs_" + r(AN, 36))
    add("github-token", "github_pat_" + r(AN, 22) + "_" + r(AN, 59))
    add("gitlab-token", "glpat-" + r(URL, 20))
    add("slack-token", f"xoxb-{r(DG, 11)}-{r(DG, 13)}-{r(AN, 24)}")
    add("slack-webhook", f"hooks.slack.com/services/T{r(UP, 8)}/B{r(UP, 10)}/{r(AN, 24)}")
    add("stripe-key", "sk_live_" + r(AN, 24))
    add("stripe-key", "rk_test_" + r(AN, 24))
    add("live-api-key", "fw_live_fa_" + r(HEX, 16), "GET https://hooks.example.net/in?key={s}")
    add("live-api-key", "acme_live_" + r(HEX, 24))
    add("twilio-api-key", "SK" + r(HEX, 32))
    add("twilio-auth-token", r(HEX, 32), "TWILIO_AUTH_TOKEN={s}")
    add("sendgrid-api-key", "SG." + r(URL, 22) + "." + r(URL, 43))
    add("mailgun-api-key", "key-" + r(HEX, 32))
    add("mailchimp-api-key", r(HEX, 32) + "-us14")
    add("openai-api-key", "sk-proj-" + r(URL, 120))
    add("openai-api-key", "sk-" + r(AN, 20) + "T3BlbkFJ" + r(AN, 20))
    add("anthropic-api-key", "sk-ant-api03-" + r(URL, 93) + "AA")
    add("huggingface-token", "hf_" + r(UP + LO, 34))
    add("npm-token", "npm_" + r(AN, 36))
    add("pypi-token", "pypi-AgEIcHlwaS5vcmc" + r(URL, 70))
    add("docker-hub-token", "dckr_pat_" + r(URL, 27))
    add("heroku-api-key", "HRKU-AA" + r(URL, 58))
    add(
        "heroku-api-key",
        f"{r(HEX, 8)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 12)}",
        "HEROKU_API_KEY={s}",
    )
    add("digitalocean-token", "dop_v1_" + r(HEX, 64))
    add("shopify-token", "shpat_" + r(HEX, 32))
    add("square-token", "EAAA" + r(URL, 60))
    add("square-token", "sq0atp-" + r(URL, 22))
    add("paypal-braintree-token", f"access_token$production${r(LO + DG, 16)}${r(HEX, 32)}")
    add("atlassian-api-token", "ATATT3" + r(URL, 180))
    add("discord-bot-token", "M" + r(AN, 23) + "." + r(URL, 6) + "." + r(URL, 27), "discord: {s}")
    add("discord-webhook", f"https://discord.com/api/webhooks/{r(DG, 18)}/{r(URL, 68)}")
    add("telegram-bot-token", f"{r(DG, 10)}:AA{r(URL, 33)}")
    add("dropbox-token", "sl." + r(URL, 138))
    add("datadog-api-key", r(HEX, 32), "DD_API_KEY={s}")
    add("new-relic-key", "NRAK-" + r(UP + DG, 27))
    add("sentry-dsn", r(HEX, 32), "dsn: https://{s}@o123456.ingest.sentry.io/7654321")
    add("databricks-token", "dapi" + r(HEX, 32))
    add("doppler-token", "dp.st.prd." + r(AN, 43))
    add("cloudflare-api-key", r(URL, 40), "CLOUDFLARE_API_TOKEN={s}")
    add("okta-api-token", "00" + r(URL, 40), "Authorization: SSWS {s}")
    add("linear-api-key", "lin_api_" + r(AN, 40))
    add("notion-token", "secret_" + r(AN, 43))
    add("airtable-token", "pat" + r(AN, 14) + "." + r(HEX, 64))
    add("postman-api-key", f"PMAK-{r(HEX, 24)}-{r(HEX, 34)}")
    add("pulumi-token", "pul-" + r(HEX, 40))
    add("terraform-cloud-token", r(AN, 14) + ".atlasv1." + r(URL, 67))
    add("vault-token", "hvs." + r(URL, 90))
    add("artifactory-token", "AKCp" + r(AN, 69))
    add("age-secret-key", "AGE-SECRET-KEY-1" + r("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))
    jwt = ".".join(
        [b64url({"alg": "HS256", "typ": "JWT"}), b64url({"sub": "42", "n": "x"}), r(URL, 43)]
    )
    add("jwt", jwt, "Authorization: Bearer {s}")
    add("connection-string", "Zq8" + r(AN, 13), "postgresql://app:{s}@db.internal:5432/main")
    add("connection-string", "Zq8" + r(AN, 13), "mongodb+srv://root:{s}@cluster0.x.net/db")
    add("connection-string", "Zq8" + r(AN, 13), "redis://:{s}@cache:6379/0")
    add("connection-string", "Zq8" + r(AN, 13), "amqp://guest:{s}@mq:5672/")
    add("connection-string", "Zq8" + r(AN, 13), "jdbc:sqlserver://db:1433;user=sa;password={s};")
    add("connection-string", "Zq8" + r(AN, 13), '"Server=db;Database=x;User Id=sa;Password={s};"')
    add("basic-auth-url", "Zq8" + r(AN, 13), "https://deploy:{s}@git.acme.io/repo.git")
    basic = base64.b64encode(f"ops:Zq8{r(AN, 12)}".encode()).decode()
    add("basic-auth-header", basic, "Authorization: Basic {s}")
    add("password-assignment", "Summer" + r(DG, 4) + "!", "DB_PASSWORD={s}\n")
    add("password-assignment", "Zq8" + r(AN, 9), 'connect(user="app", password="{s}")')
    add("password-assignment", "Zq8" + r(AN, 9), "smtp:\n  password: {s}\n")
    add("generic-high-entropy", r(AN, 40), 'SESSION_SECRET = "{s}"')
    add("generic-high-entropy", r(HEX, 64), "app_secret_key: {s}")
    return cases


CASES = _cases()


@pytest.mark.parametrize(("detector", "secret", "text"), CASES, ids=[c[0] for c in CASES])
def test_provider_positive(detector: str, secret: str, text: str) -> None:
    hits = find_secrets(text)
    assert hits, f"nothing found in {text!r}"
    found = {h.detector for h in hits}
    assert f"secret.{detector}" in found, found
    hit = next(h for h in hits if h.detector == f"secret.{detector}")
    assert hit.category is Category.SECRET
    assert hit.reason
    covered = text[hit.span.start : hit.span.end]
    assert secret in covered or covered in secret


@pytest.mark.parametrize(
    "kind",
    [
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "PRIVATE KEY",
        "DSA PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
    ],
)
def test_pem_private_keys(kind: str) -> None:
    key = pem(kind)
    text = f"here it is:\n{key}\nthanks"
    hits = find_secrets(text)
    assert [h.detector for h in hits] == ["secret.private-key"]
    assert text[hits[0].span.start : hits[0].span.end] == key


def test_pem_in_json_with_escaped_newlines() -> None:
    key = pem("PRIVATE KEY").replace("\n", "\\n")
    text = '{"type": "service_account", "private_key": "' + key + '\\n"}'
    hits = find_secrets(text)
    assert any(h.detector == "secret.private-key" for h in hits)


def test_pgp_private_key_and_truncated_pem() -> None:
    text = pem("PGP PRIVATE KEY BLOCK")
    assert [h.detector for h in find_secrets(text)] == ["secret.pgp-private-key"]
    truncated = pem("RSA PRIVATE KEY").rsplit("\n", 3)[0]  # END marker cut off
    assert [h.detector for h in find_secrets(truncated)] == ["secret.private-key"]


def test_reason_names_provider() -> None:
    hits = find_secrets("token ghp_" + r(AN, 36))
    assert "GitHub" in hits[0].reason
    hits = find_secrets("export STRIPE=sk_live_" + r(AN, 30))
    assert "Stripe" in hits[0].reason


NEGATIVES = [
    "The quick brown fox jumps over the lazy dog. Please reset your password via the link.",
    "To rotate the API key, open Settings > Credentials and click Regenerate.",
    "Set max_tokens to 2048; the token limit includes the prompt.",
    f"commit {r(HEX, 40)}\nAuthor: Dana <dana@acme.io>\n\n    fix retry loop",
    f"- uses: actions/checkout@{r(HEX, 40)}",
    f"request_id={r(HEX, 8)}-{r(HEX, 4)}-4{r(HEX, 3)}-a{r(HEX, 3)}-{r(HEX, 12)}",
    f'api_key_id = "{r(HEX, 8)}-{r(HEX, 4)}-4{r(HEX, 3)}-a{r(HEX, 3)}-{r(HEX, 12)}"',
    f"sha256: {r(HEX, 64)}  release.tar.gz",
    f'checksum = "{r(HEX, 64)}"',
    f'"integrity": "sha512-{base64.b64encode(_RNG.randbytes(64)).decode()}"',
    f'<img src="data:image/png;base64,{base64.b64encode(_RNG.randbytes(600)).decode()}">',
    "OPENAI_API_KEY=your-api-key-here",
    "export GITHUB_TOKEN=<token>",
    "password: ${DB_PASSWORD}",
    "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
    'api_key = os.environ["STRIPE_API_KEY"]',
    "const token = process.env.SLACK_BOT_TOKEN;",
    'password = "changeme"',
    "AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "postgres://user:password@localhost:5432/mydb",
    "Authorization: Bearer <YOUR_TOKEN>",
    "token = get_token(session)",
    "password = root.find('password').text",
    'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
    "def check(password: str) -> bool:\n    return len(password) >= 12",
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r(B64, 43) + " dana@laptop",
    f"trace_id={r(HEX, 32)} span_id={r(HEX, 16)}",
    f"https://www.youtube.com/watch?v={r(URL, 11)}",
    "the password is incorrect.",
    "SECRET_KEY_NAME = prod_signing_key_v2",
    "stream_live_recording_session_2024 started; the_live_event_v2_final follows",
    "Stripe.js loads with pk_live_51HqLyjWDarjtT1zdp7dcXYZ (a publishable key)",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_secrets(text) == [], text


def test_jwt_header_must_be_json() -> None:
    fake = "eyJ" + r(AN, 30) + ".eyJ" + r(AN, 30) + "." + r(URL, 20)
    assert all(h.detector != "secret.jwt" for h in find_secrets(fake))


def test_spans_are_original_offsets_after_non_ascii_text() -> None:
    token = "ghp_" + r(AN, 36)
    # U+0130 lowercases to two characters: offsets must still point into the original text
    text = "İİİ naïve café 🙂 " * 3 + f"token={token} and password = 'Zq8{r(AN, 10)}'"
    hits = find_secrets(text)
    gh = next(h for h in hits if h.detector == "secret.github-token")
    assert text[gh.span.start : gh.span.end] == token
    assert any(h.detector == "secret.password-assignment" for h in hits)


def test_line_and_column_and_shared_index() -> None:
    token = "npm_" + r(AN, 36)
    text = f"line one\nline two\n  NPM={token}\n"
    index = LineIndex(text)
    hit = find_secrets(text, index)[0]
    assert (hit.span.start_line, hit.span.start_column) == (3, 7)
    assert find_secrets(text) == find_secrets(text, index)


def test_overlaps_keep_the_specific_rule() -> None:
    token = "ghp_" + r(AN, 36)
    hits = find_secrets(f"https://x-access-token:{token}@github.com/acme/repo.git")
    assert [h.detector for h in hits] == ["secret.github-token"]


def test_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)


def test_large_inputs_are_bounded() -> None:
    text = ("-----BEGIN RSA PRIVATE KEY-----\n" + r(B64, 100) + "\n") * 2000
    assert len(find_secrets(text)) == 2000
    assert find_secrets("password=" * 20_000) == []
    assert find_secrets("a" * 200_000 + "@" + "=" * 10_000) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    hits = find_secrets(text)
    last_end = -1
    for h in hits:
        assert 0 <= h.span.start < h.span.end <= len(text)
        assert h.span.start >= last_end
        last_end = h.span.end


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aA0=:\"' \n_-./+@AKIAghp_sk-eyJpassword{}$")), max_size=300
    )
)
def test_adversarial_alphabet_never_raises(text: str) -> None:
    for h in find_secrets(text):
        assert 0 <= h.span.start < h.span.end <= len(text)
