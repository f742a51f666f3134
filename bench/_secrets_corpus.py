"""A labelled synthetic corpus for secret detection: fake credentials in realistic contexts, and
hard negatives that look random but are not secrets.

`build_corpus(seed=7)` returns rows `{"id", "text", "label", "kind", "provider"}` where `label` is
`secret` or `benign`, `kind` names the context (env, json, chat, log, ...) or the negative's type
(git-sha, uuid, placeholder, ...), and `provider` names the credential's issuer ("" for benign).

Every value is generated from `random.Random(seed)`: no real credential is stored anywhere. The
formats follow the issuers' published token shapes, including several that redline has no rule for
by name (they must be found by context or entropy), so the corpus is fair to other detectors.

`python bench/_secrets_corpus.py` prints recall and false-positive rate of `find_secrets`.
"""

from __future__ import annotations

import base64
import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = UPPER + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def b64url_json(self, obj: object) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def jwt(self) -> str:
        header = self.b64url_json({"alg": self.rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        payload = self.b64url_json(
            {
                "sub": str(self.rng.randint(1000, 99999)),
                "name": self.rng.choice(["Ana Silva", "Lee Wong", "Sam Okafor"]),
                "iat": 1_700_000_000 + self.rng.randint(0, 10**7),
            }
        )
        return f"{header}.{payload}.{self.s(B64URL, 43)}"

    def pem(self, kind: str, escaped: bool = False) -> str:
        body = base64.b64encode(self.rng.randbytes(self.rng.choice([600, 900, 1190]))).decode()
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        label = f"{kind} PRIVATE KEY".strip()
        text = "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])
        return text.replace("\n", "\\n") if escaped else text

    def password(self) -> str:
        words = ["Summer", "Blue", "Tiger", "Ocean", "Maple", "Rocket", "Falcon", "Violet"]
        style = self.rng.randint(0, 2)
        if style == 0:
            return (
                self.rng.choice(words) + str(self.rng.randint(10, 9999)) + self.rng.choice("!#@$%")
            )
        if style == 1:
            return self.s(ALNUM + "!@#%^&*", self.rng.randint(10, 20))
        return self.s(LOWER, 4) + self.s(DIGITS, 3) + self.s(UPPER, 3) + self.rng.choice("!?#")


# (provider, env-var name, generator) for token-shaped credentials.
def _providers(g: _Gen) -> list[tuple[str, str, Callable[[], str]]]:
    s = g.s
    r = g.rng
    return [
        ("AWS access key ID", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + s(BASE32, 16)),
        ("AWS secret access key", "AWS_SECRET_ACCESS_KEY", lambda: s(B64, 40)),
        ("Google API key", "GOOGLE_API_KEY", lambda: "AIza" + s(B64URL, 35)),
        ("Google OAuth client secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + s(B64URL, 28)),
        ("Firebase", "FCM_SERVER_KEY", lambda: "AAAA" + s(B64URL, 7) + ":" + s(B64URL, 140)),
        (
            "GitHub",
            "GITHUB_TOKEN",
            lambda: r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + s(ALNUM, 36),
        ),
        ("GitHub", "GH_PAT", lambda: "github_pat_" + s(ALNUM, 22) + "_" + s(ALNUM, 59)),
        ("GitLab", "GITLAB_TOKEN", lambda: "glpat-" + s(B64URL, 20)),
        (
            "Slack",
            "SLACK_BOT_TOKEN",
            lambda: f"xoxb-{s(DIGITS, 11)}-{s(DIGITS, 13)}-{s(ALNUM, 24)}",
        ),
        (
            "Slack webhook",
            "SLACK_WEBHOOK_URL",
            lambda: (
                f"https://hooks.slack.com/services/T{s(UPPER + DIGITS, 8)}/"
                f"B{s(UPPER + DIGITS, 10)}/{s(ALNUM, 24)}"
            ),
        ),
        ("Stripe", "STRIPE_SECRET_KEY", lambda: r.choice(["sk_live_", "rk_live_"]) + s(ALNUM, 24)),
        ("Twilio", "TWILIO_API_KEY", lambda: "SK" + s(HEX, 32)),
        ("Twilio", "TWILIO_AUTH_TOKEN", lambda: s(HEX, 32)),
        ("SendGrid", "SENDGRID_API_KEY", lambda: "SG." + s(B64URL, 22) + "." + s(B64URL, 43)),
        ("Mailgun", "MAILGUN_API_KEY", lambda: "key-" + s(HEX, 32)),
        ("Mailchimp", "MAILCHIMP_API_KEY", lambda: s(HEX, 32) + "-us" + str(r.randint(1, 21))),
        (
            "OpenAI",
            "OPENAI_API_KEY",
            lambda: r.choice(
                [
                    "sk-" + s(ALNUM, 20) + "T3BlbkFJ" + s(ALNUM, 20),
                    "sk-proj-" + s(B64URL, 74) + "T3BlbkFJ" + s(B64URL, 74),
                ]
            ),
        ),
        ("Anthropic", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + s(B64URL, 93) + "AA"),
        ("Hugging Face", "HF_TOKEN", lambda: "hf_" + s(UPPER + LOWER, 34)),
        ("npm", "NPM_TOKEN", lambda: "npm_" + s(ALNUM, 36)),
        ("PyPI", "PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + s(B64URL, 70)),
        ("Docker Hub", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + s(B64URL, 27)),
        ("Heroku", "HEROKU_API_KEY", lambda: "HRKU-AA" + s(B64URL, 58)),
        ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + s(HEX, 64)),
        ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + s(HEX, 32)),
        ("Square", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + s(B64URL, 60)),
        (
            "PayPal Braintree",
            "BRAINTREE_TOKEN",
            lambda: f"access_token$production${s(LOWER + DIGITS, 16)}${s(HEX, 32)}",
        ),
        ("Atlassian", "JIRA_API_TOKEN", lambda: "ATATT3" + s(B64URL, 180)),
        (
            "Discord",
            "DISCORD_BOT_TOKEN",
            lambda: r.choice("MN") + s(ALNUM, 23) + "." + s(B64URL, 6) + "." + s(B64URL, 27),
        ),
        (
            "Discord webhook",
            "DISCORD_WEBHOOK",
            lambda: f"https://discord.com/api/webhooks/{s(DIGITS, 18)}/{s(B64URL, 68)}",
        ),
        ("Telegram", "TELEGRAM_BOT_TOKEN", lambda: f"{s(DIGITS, 10)}:AA{s(B64URL, 33)}"),
        ("Dropbox", "DROPBOX_TOKEN", lambda: "sl." + s(B64URL, 138)),
        ("Datadog", "DD_API_KEY", lambda: s(HEX, 32)),
        ("New Relic", "NEW_RELIC_API_KEY", lambda: "NRAK-" + s(UPPER + DIGITS, 27)),
        ("Databricks", "DATABRICKS_TOKEN", lambda: "dapi" + s(HEX, 32)),
        ("Doppler", "DOPPLER_TOKEN", lambda: "dp.st.prd." + s(ALNUM, 43)),
        ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda: s(B64URL, 40)),
        ("Okta", "OKTA_API_TOKEN", lambda: "00" + s(B64URL, 40)),
        ("Linear", "LINEAR_API_KEY", lambda: "lin_api_" + s(ALNUM, 40)),
        ("Notion", "NOTION_TOKEN", lambda: "secret_" + s(ALNUM, 43)),
        ("Airtable", "AIRTABLE_TOKEN", lambda: "pat" + s(ALNUM, 14) + "." + s(HEX, 64)),
        ("Postman", "POSTMAN_API_KEY", lambda: f"PMAK-{s(HEX, 24)}-{s(HEX, 34)}"),
        ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + s(HEX, 40)),
        ("Terraform Cloud", "TFE_TOKEN", lambda: s(ALNUM, 14) + ".atlasv1." + s(B64URL, 67)),
        ("HashiCorp Vault", "VAULT_TOKEN", lambda: "hvs." + s(B64URL, 90)),
        ("Artifactory", "ARTIFACTORY_API_KEY", lambda: "AKCp" + s(ALNUM, 69)),
        ("IBM Cloud", "IBM_CLOUD_API_KEY", lambda: s(B64URL, 44)),
        ("Alibaba Cloud", "ALIBABA_ACCESS_KEY_ID", lambda: "LTAI" + s(ALNUM, 20)),
        ("Groq", "GROQ_API_KEY", lambda: "gsk_" + s(ALNUM, 52)),
        ("Replicate", "REPLICATE_API_TOKEN", lambda: "r8_" + s(ALNUM, 37)),
        (
            "Azure AD",
            "AZURE_CLIENT_SECRET",
            lambda: s(ALNUM, 3) + str(r.randint(0, 9)) + "Q~" + s(ALNUM + "_~.-", 34),
        ),
        ("Generic API key", "SERVICE_API_KEY", lambda: s(ALNUM, 32)),
        ("Generic secret", "JWT_SECRET", lambda: s(B64, 44)),
        ("Generic secret", "APP_SECRET_KEY", lambda: s(HEX, 64)),
        ("Generic secret", "SESSION_SECRET", lambda: s(ALNUM + "-_", 48)),
        ("JSON Web Token", "AUTH_TOKEN", g.jwt),
    ]


def _camel(env: str) -> str:
    head, *rest = env.lower().split("_")
    return head + "".join(p.title() for p in rest)


def _contexts(g: _Gen, env: str, value: str) -> list[tuple[str, str]]:
    r = g.rng
    low = env.lower()
    host = r.choice(["api.acme-internal.io", "billing.example.org", "svc.local", "10.0.3.17"])
    return [
        ("env", f"# production settings\nNODE_ENV=production\n{env}={value}\nPORT=8080\n"),
        ("shell", f'export {env}="{value}"\n./deploy.sh --region eu-west-1\n'),
        ("python", f'import requests\n\n{low} = "{value}"\nclient = Client({low}={low})\n'),
        (
            "javascript",
            f"const {_camel(env)} = '{value}';\nexport default {{ {_camel(env)}, retries: 3 }};\n",
        ),
        ("json", json.dumps({"service": "billing", low: value, "timeout": 30}, indent=2)),
        ("yaml", f"service:\n  name: billing\n  {low}: {value}\n  replicas: 2\n"),
        (
            "chat",
            r.choice(
                [
                    f"hey can you debug this? it keeps failing with 401 even though I set {env} "
                    f"to {value}",
                    f"Here is the key you asked for: {value} - please don't share it",
                    f"my {env.replace('_', ' ').lower()} is {value}, why does the call fail?",
                ]
            ),
        ),
        (
            "log",
            f"2025-03-04T10:22:31Z DEBUG http: POST https://{host}/v1/jobs "
            f'headers={{"Authorization": "Bearer {value}"}} status=401\n',
        ),
        (
            "curl",
            f'curl -s -X POST https://{host}/v2/items -H "Content-Type: application/json" '
            f'-H "X-Api-Key: {value}" -d \'{{"name":"demo"}}\'',
        ),
        (
            "terraform",
            f'provider "acme" {{\n  region = "eu-west-1"\n  {low} = "{value}"\n}}\n',
        ),
        (
            "docker-compose",
            "services:\n  app:\n    image: acme/app:1.4.2\n    environment:\n"
            f"      - {env}={value}\n",
        ),
    ]


def _special_positives(g: _Gen) -> list[tuple[str, str, str]]:
    """(provider, kind, text) for credentials that are not env-var tokens."""
    s = g.s
    r = g.rng
    out: list[tuple[str, str, str]] = []
    for kind in ("RSA", "EC", "OPENSSH", "", "DSA", "ENCRYPTED"):
        out.append(("PEM private key", "file", g.pem(kind)))
        out.append(
            (
                "PEM private key",
                "chat",
                f"I generated this key, is it in the right format?\n\n{g.pem(kind)}\n\nthanks",
            )
        )
    for _ in range(4):
        sa = {
            "type": "service_account",
            "project_id": f"demo-{s(LOWER, 6)}",
            "private_key_id": s(HEX, 40),
            "private_key": g.pem("") + "\n",
            "client_email": f"svc@demo-{s(LOWER, 6)}.iam.gserviceaccount.com",
        }
        out.append(("Google Cloud service account", "json", json.dumps(sa, indent=2)))
    for _ in range(3):
        body = base64.b64encode(r.randbytes(700)).decode()
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        out.append(
            (
                "PGP private key",
                "file",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
                + "\n".join(lines)
                + "\n-----END PGP PRIVATE KEY BLOCK-----\n",
            )
        )
        out.append(
            (
                "age",
                "file",
                f"# created: 2025-01-02T10:00:00Z\n# public key: age1{s(BECH32.lower(), 58)}\n"
                f"AGE-SECRET-KEY-1{s(BECH32, 58)}\n",
            )
        )
    schemes = [
        ("postgresql", 5432),
        ("mysql", 3306),
        ("mongodb+srv", 0),
        ("redis", 6379),
        ("amqp", 5672),
        ("postgres", 5432),
    ]
    for scheme, port in schemes * 3:
        user = r.choice(["app", "admin", "svc_billing", "reporting"])
        pw = g.password() if r.random() < 0.5 else s(ALNUM, 20)
        pw = pw.replace("@", "x").replace("/", "x").replace(":", "x").replace("#", "x")
        hostport = f"db{r.randint(1, 9)}.internal.acme.io" + (f":{port}" if port else "")
        uri = f"{scheme}://{user}:{pw}@{hostport}/main"
        out.append(
            (
                "connection string",
                r.choice(["env", "python", "chat"]),
                r.choice(
                    [
                        f"DATABASE_URL={uri}\n",
                        f'engine = create_engine("{uri}")\n',
                        f"why does my app crash on startup? the url is {uri}",
                    ]
                ),
            )
        )
    for _ in range(5):
        pw = s(ALNUM, 16)
        out.append(
            (
                "connection string",
                "java",
                f'String url = "jdbc:sqlserver://db.acme.io:1433;databaseName=sales;'
                f'user=sa;password={pw};encrypt=true";',
            )
        )
        out.append(
            (
                "connection string",
                "csharp",
                f'var cs = "Server=tcp:acme.database.windows.net,1433;Initial Catalog=orders;'
                f'User ID=app;Password={g.password().replace(";", "")};Encrypt=True;";',
            )
        )
        out.append(
            (
                "Azure storage",
                "env",
                "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;"
                f"AccountName=acme{s(LOWER, 5)};AccountKey={s(B64, 86)}==;"
                "EndpointSuffix=core.windows.net\n",
            )
        )
        out.append(
            (
                "basic auth URL",
                "shell",
                f"git clone https://deploy:{s(ALNUM, 24)}@git.acme.io/platform/api.git",
            )
        )
        out.append(
            (
                "Sentry DSN",
                "python",
                f'sentry_sdk.init(dsn="https://{s(HEX, 32)}@o{s(DIGITS, 6)}.ingest.sentry.io/'
                f'{s(DIGITS, 7)}")',
            )
        )
        out.append(
            (
                "basic auth header",
                "log",
                "GET /admin HTTP/1.1\nHost: intranet.acme.io\nAuthorization: Basic "
                + base64.b64encode(f"ops:{g.password()}".encode()).decode()
                + "\n",
            )
        )
    for _ in range(12):
        pw = g.password()
        out.append(
            (
                "password",
                r.choice(["env", "yaml", "python", "json"]),
                r.choice(
                    [
                        f"DB_HOST=db.acme.io\nDB_USER=app\nDB_PASSWORD={pw}\n",
                        f"smtp:\n  host: mail.acme.io\n  username: alerts\n  password: {pw}\n",
                        f'conn = connect(host="db", user="app", password="{pw}")\n',
                        json.dumps({"username": "admin", "password": pw}),
                    ]
                ),
            )
        )
    # Harder cases: credentials in prose with weak context.
    for _ in range(6):
        out.append(
            (
                "password",
                "chat",
                r.choice(
                    [
                        f"the wifi password is {g.password()} btw",
                        f"login with admin / {g.password()} and change it after",
                    ]
                ),
            )
        )
        out.append(("Generic secret", "chat", f"use this one: {s(ALNUM, 40)}"))
    return out


# ---------------------------------------------------------------------------------------------
# hard negatives


_LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
    "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco."
)

_PROSE = [
    "To rotate an API key, open the console, choose Credentials, and click Regenerate.",
    "Never paste your password into a chat. Use a password manager and enable 2FA.",
    "The token bucket algorithm limits the request rate; each token allows one call.",
    "Our secret sauce is a team that reviews every change before it ships.",
    "Set max_tokens to 1024 and temperature to 0.2 for deterministic summaries.",
    "Access keys are long-term credentials; prefer short-lived roles where you can.",
    "If you forgot your password, click 'Reset password' and follow the email.",
    "The key insight is that the cache key must include the tenant id.",
]


def _negatives(g: _Gen) -> list[tuple[str, str]]:
    s = g.s
    r = g.rng

    def uuid() -> str:
        return f"{s(HEX, 8)}-{s(HEX, 4)}-4{s(HEX, 3)}-a{s(HEX, 3)}-{s(HEX, 12)}"

    out: list[tuple[str, str]] = []
    for _ in range(34):
        sha = s(HEX, 40)
        out.append(
            (
                "git-sha",
                r.choice(
                    [
                        f"commit {sha}\nAuthor: Dana Lee <dana@acme.io>\n"
                        "Date:   Tue Mar 4 10:00 2025\n\n"
                        "    Fix race in the retry loop\n",
                        f"Reverted in {sha[:7]}; see {sha} for the original change.",
                        f"- uses: actions/checkout@{sha}  # v4.1.1",
                        f'"resolved": "git+https://github.com/acme/lib.git#{sha}"',
                    ]
                ),
            )
        )
        out.append(
            (
                "uuid",
                r.choice(
                    [
                        f"request_id={uuid()} user={uuid()} status=200 latency=31ms",
                        json.dumps({"id": uuid(), "tenant_id": uuid(), "name": "Quarterly report"}),
                        f"Your ticket {uuid()} has been escalated to tier 2 support.",
                        f"correlation-id: {uuid()}",
                    ]
                ),
            )
        )
        out.append(
            (
                "hash",
                r.choice(
                    [
                        f"sha256: {s(HEX, 64)}  release-1.4.2.tar.gz",
                        f"{s(HEX, 32)}  ubuntu-24.04-live-server-amd64.iso",
                        f'"integrity": "sha512-{base64.b64encode(r.randbytes(64)).decode()}"',
                        f"docker pull ghcr.io/acme/api@sha256:{s(HEX, 64)}",
                        f'checksum = "{s(HEX, 64)}"',
                        f'ETag: "{s(HEX, 32)}"',
                        f"content_hash: {s(HEX, 40)}",
                        f'password_hash = "$2b$12${s(B64.replace("+", "."), 53)}"',
                    ]
                ),
            )
        )
        out.append(
            (
                "base64-image",
                '<img alt="logo" src="data:image/png;base64,'
                + base64.b64encode(b"\x89PNG\r\n\x1a\n" + r.randbytes(r.randint(200, 900))).decode()
                + '">',
            )
        )
        out.append(
            (
                "placeholder",
                r.choice(
                    [
                        "OPENAI_API_KEY=your-api-key-here\nMODEL=gpt-4o\n",
                        "export GITHUB_TOKEN=<token>\n",
                        "password: ${DB_PASSWORD}\nuser: ${DB_USER}\n",
                        'api_key = os.environ["STRIPE_API_KEY"]\n',
                        "const token = process.env.SLACK_BOT_TOKEN;\n",
                        "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
                        "AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
                        'password = "changeme"\n',
                        'SECRET_KEY = "replace-me-in-production"\n',
                        "Authorization: Bearer <YOUR_TOKEN>\n",
                        "postgres://user:password@localhost:5432/mydb",
                        "api_key: ********\n",
                        'client_secret = "{{ client_secret }}"\n',
                        "token = get_token(session)\n",
                        'DJANGO_SECRET_KEY="insert-secret-key"\n',
                    ]
                ),
            )
        )
        out.append(
            (
                "random-id",
                r.choice(
                    [
                        f"Your order {s(UPPER + DIGITS, 10)} ships tomorrow; tracking number "
                        f"1Z{s(UPPER + DIGITS, 16)}.",
                        f"trace_id={s(HEX, 32)} span_id={s(HEX, 16)} service=checkout",
                        f"Watch it here: https://www.youtube.com/watch?v={s(B64URL, 11)}",
                        f"Shared doc: https://docs.google.com/document/d/{s(B64URL, 44)}/edit",
                        f"Invoice INV-{r.randint(2020, 2026)}-{s(DIGITS, 6)} is overdue.",
                        f"Build {s(LOWER + DIGITS, 8)} finished for branch feature/login-form.",
                        f"message_id: <{s(ALNUM, 24)}@mail.acme.io>",
                        f"stripe publishable key: pk_live_{s(ALNUM, 24)}",
                    ]
                ),
            )
        )
        out.append(
            (
                "code",
                r.choice(
                    [
                        "def get_token(self) -> str:\n    return self._token\n",
                        "if not api_key:\n    raise ValueError('missing api key')\n",
                        "token = request.headers.get('Authorization', '')"
                        ".removeprefix('Bearer ')\n",
                        'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")\n',
                        "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n",
                        "for key, value in secrets.items():\n    os.environ[key] = value\n",
                        'secret_name = "prod/billing/db"\n'
                        "resp = sm.get_secret_value(SecretId=secret_name)\n",
                        "public_key = load_pem_public_key(data)\n",
                        f'api_key_id = "{uuid()}"\n',
                        'PASSWORD_MIN_LENGTH = 12\nPASSWORD_REGEX = r"^(?=.*[A-Z]).{12,}$"\n',
                    ]
                ),
            )
        )
        out.append(
            (
                "public-key",
                r.choice(
                    [
                        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(B64, 43) + " dana@laptop",
                        "-----BEGIN PUBLIC KEY-----\n"
                        + "\n".join(
                            base64.b64encode(r.randbytes(270)).decode()[i : i + 64]
                            for i in range(0, 360, 64)
                        )
                        + "\n-----END PUBLIC KEY-----",
                        "-----BEGIN CERTIFICATE-----\n"
                        + "\n".join(
                            base64.b64encode(r.randbytes(600)).decode()[i : i + 64]
                            for i in range(0, 800, 64)
                        )
                        + "\n-----END CERTIFICATE-----",
                    ]
                ),
            )
        )
        out.append(
            (
                "prose",
                r.choice(_PROSE)
                + " "
                + r.choice(_PROSE)
                + ("\n\n" + _LOREM if r.random() < 0.3 else ""),
            )
        )
        out.append(
            (
                "data",
                r.choice(
                    [
                        f"color: #{s(HEX, 6)}; background: #{s(HEX, 6)};",
                        f"version 1.{r.randint(0, 30)}.{r.randint(0, 9)} build {s(DIGITS, 8)}",
                        json.dumps({"thumbnail": base64.b64encode(r.randbytes(120)).decode()}),
                        f"key: {s(LOWER, 5)}-{s(LOWER, 6)}-{s(LOWER, 4)}",
                        f"0x{s(HEX, 40)} transferred 1.5 ETH to 0x{s(HEX, 40)}",
                        f"{s(HEX, 8)}: 48 65 6c 6c 6f 20 77 6f 72 6c 64 0a  Hello world.",
                        f"bucket: acme-{s(LOWER + DIGITS, 12)}-logs region: eu-west-1",
                    ]
                ),
            )
        )
    # Lines of minified code and long URLs with opaque (non-secret) parameters.
    for _ in range(20):
        out.append(
            (
                "url",
                f"https://cdn.acme.io/assets/app.{s(HEX, 20)}.js?v={s(ALNUM, 12)}"
                "&utm_source=newsletter",
            )
        )
        out.append(
            (
                "lorem",
                _LOREM + f" Ref {s(UPPER + DIGITS, 12)}.",
            )
        )
    return out


def build_corpus(seed: int = 7) -> list[dict[str, str]]:
    """About 400 texts with a fake credential and 400 hard negatives, deterministic in `seed`."""
    g = _Gen(random.Random(seed))
    rows: list[dict[str, str]] = []

    def add(text: str, label: str, kind: str, provider: str) -> None:
        rows.append(
            {
                "id": f"{label}-{len(rows):04d}",
                "text": text,
                "label": label,
                "kind": kind,
                "provider": provider,
            }
        )

    providers = _providers(g)
    for _round in range(6):
        for provider, env, make in providers:
            value = make()
            kind, text = g.rng.choice(_contexts(g, env, value))
            add(text, "secret", kind, provider)
    for provider, kind, text in _special_positives(g):
        add(text, "secret", kind, provider)
    for kind, text in _negatives(g):
        add(text, "benign", kind, "")
    g.rng.shuffle(rows)
    return rows


def _main() -> None:
    import time
    from collections import Counter

    from redline.text.secrets import find_secrets

    rows = build_corpus()
    pos = [r for r in rows if r["label"] == "secret"]
    neg = [r for r in rows if r["label"] == "benign"]
    t0 = time.perf_counter()
    flagged = {r["id"]: bool(find_secrets(r["text"])) for r in rows}
    dt = time.perf_counter() - t0
    tp = sum(flagged[r["id"]] for r in pos)
    fp = sum(flagged[r["id"]] for r in neg)
    print(f"rows: {len(rows)} ({len(pos)} secret, {len(neg)} benign), {dt * 1000:.1f} ms total")
    print(f"recall: {tp / len(pos):.3f} ({tp}/{len(pos)})")
    print(f"false-positive rate: {fp / len(neg):.3f} ({fp}/{len(neg)})")
    missed = Counter(r["provider"] for r in pos if not flagged[r["id"]])
    false_alarms = Counter(r["kind"] for r in neg if flagged[r["id"]])
    if missed:
        print("missed by provider:", dict(missed.most_common()))
    if false_alarms:
        print("false positives by kind:", dict(false_alarms.most_common()))
    if "-v" in sys.argv:
        for r in pos:
            if not flagged[r["id"]]:
                print("MISS", r["provider"], r["kind"], repr(r["text"][:200]))
        for r in neg:
            hits = find_secrets(r["text"])
            for h in hits:
                print("FP", r["kind"], h.detector, repr(r["text"][h.span.start : h.span.end][:80]))


if __name__ == "__main__":
    _main()
