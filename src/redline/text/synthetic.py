"""Synthetic data-channel texts for training: tool results, tables, emails, logs and pages.

Agents read structured data, and a detector trained only on chat messages takes any JSON or table
for something odd. These generators wrap prose (from documents given to the trainer) in the shapes
tools return, deterministically for a seed. `embed()` pastes an attack into such a text at the
start, the middle or the end, and says where, so the trainer knows which windows carry it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Sequence

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

_NAMES = (
    "Ana",
    "Bo",
    "Chen",
    "Dara",
    "Eli",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jun",
    "Kofi",
    "Lena",
)
_CITIES = (
    "Lisbon",
    "Osaka",
    "Lagos",
    "Quito",
    "Oslo",
    "Pune",
    "Perth",
    "Austin",
    "Gdansk",
    "Cairo",
)
_PRODUCTS = ("cable", "adapter", "monitor", "desk lamp", "keyboard", "router", "backpack", "kettle")
_STATUS = ("open", "closed", "pending", "in review", "shipped", "delivered", "on hold")


def sentences(documents: Sequence[str], limit: int = 20_000) -> list[str]:
    """Plain sentences (20-300 characters, no markup) from documents."""
    out: list[str] = []
    for doc in documents:
        for raw in _SENTENCE.split(re.sub(r"\s+", " ", doc)):
            s = raw.strip()
            if 20 <= len(s) <= 300 and not re.search(r"[`|<>{}\[\]=]|\.\.\.|::", s):
                out.append(s)
                if len(out) >= limit:
                    return out
    return out


def _blob(rng: random.Random) -> str:
    """An opaque value tools return: a hash, an id, a token or a base64 thumbnail."""
    import base64
    import uuid

    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.getrandbits(256):064x}"
    if kind == 1:
        return str(uuid.UUID(int=rng.getrandbits(128)))
    if kind == 2:
        return base64.urlsafe_b64encode(rng.randbytes(rng.randint(12, 32))).decode().rstrip("=")
    return base64.b64encode(rng.randbytes(rng.randint(48, 180))).decode()


def _json_result(rng: random.Random, prose: Sequence[str]) -> str:
    items: list[dict[str, object]] = [
        {
            "id": rng.randrange(10_000, 99_999),
            "title": rng.choice(prose)[:60],
            "snippet": " ".join(rng.sample(list(prose), 2)),
            "url": f"https://docs.example.org/{rng.choice(_PRODUCTS).replace(' ', '-')}/{i}",
            "score": round(rng.random(), 3),
        }
        for i in range(rng.randint(1, 4))
    ]
    for item in items:
        if rng.random() < 0.5:
            item[rng.choice(("etag", "request_id", "cursor", "thumbnail", "checksum"))] = _blob(rng)
    return json.dumps({"status": "ok", "results": items}, indent=rng.choice([None, 2]))


def _csv_table(rng: random.Random, prose: Sequence[str]) -> str:
    rows = ["name,city,product,quantity,status,comment"]
    for _ in range(rng.randint(3, 10)):
        rows.append(
            f"{rng.choice(_NAMES)},{rng.choice(_CITIES)},{rng.choice(_PRODUCTS)},"
            f'{rng.randint(1, 500)},{rng.choice(_STATUS)},"{rng.choice(prose)[:80]}"'
        )
    return "\n".join(rows)


def _markdown_table(rng: random.Random, prose: Sequence[str]) -> str:
    rows = ["| Order | Customer | Item | Total | Note |", "|---|---|---|---|---|"]
    for _ in range(rng.randint(3, 8)):
        rows.append(
            f"| {rng.randint(1000, 9999)} | {rng.choice(_NAMES)} | {rng.choice(_PRODUCTS)} | "
            f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d} | {rng.choice(prose)[:70]} |"
        )
    return "\n".join(rows)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _data_table(rng: random.Random, prose: Sequence[str]) -> str:
    """A table of names, places, dates and numbers only, padded as wiki tables are."""
    makers: list[tuple[str, Callable[[int], str]]] = [
        ("Rank", lambda i: str(i + 1)),
        ("Name", lambda i: f"{rng.choice(_NAMES)} {rng.choice(_NAMES)}son"),
        ("City", lambda i: rng.choice(_CITIES)),
        ("Date", lambda i: f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}"),
        ("Year", lambda i: str(rng.randint(1950, 2025))),
        ("Score", lambda i: f"{rng.randint(0, 60)}–{rng.randint(0, 60)}"),
        ("Total", lambda i: str(rng.randint(0, 9999))),
        ("Share", lambda i: f"{rng.uniform(0, 100):.1f}%"),
        ("Result", lambda i: rng.choice(("W", "L", "D", "Won", "Lost", "—"))),
        ("Item", lambda i: rng.choice(_PRODUCTS)),
    ]
    columns = rng.sample(makers, rng.randint(3, 6))
    rows = [[name for name, _ in columns]]
    for i in range(rng.randint(4, 14)):
        rows.append([make(i) for _, make in columns])
    widths = [max(len(r[c]) for r in rows) for c in range(len(columns))]
    return "\n".join(
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) + " |"
        for r in rows
    )


def _email(rng: random.Random, prose: Sequence[str]) -> str:
    sender, to = rng.sample(_NAMES, 2)
    body = " ".join(rng.sample(list(prose), rng.randint(2, 6)))
    return (
        f"From: {sender.lower()}@example.com\nTo: {to.lower()}@example.com\n"
        f"Subject: {rng.choice(_PRODUCTS).title()} order {rng.randint(100, 999)}\n\n"
        f"Hi {to},\n\n{body}\n\nBest regards,\n{sender}"
    )


def _html_page(rng: random.Random, prose: Sequence[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in rng.sample(list(prose), rng.randint(2, 5)))
    return (
        f"<html><head><title>{rng.choice(_PRODUCTS).title()} guide</title></head>"
        f"<body><h1>{rng.choice(_CITIES)} store</h1>{paras}</body></html>"
    )


def _log(rng: random.Random, prose: Sequence[str]) -> str:
    lines = []
    for _ in range(rng.randint(4, 12)):
        level = rng.choice(("INFO", "INFO", "DEBUG", "WARN", "ERROR"))
        lines.append(
            f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:"
            f"{rng.randint(10, 59)}:{rng.randint(10, 59)}Z {level} "
            f"worker-{rng.randint(1, 8)} {rng.choice(prose)[:90]}"
            + (f" trace={_blob(rng)}" if rng.random() < 0.3 else "")
        )
    return "\n".join(lines)


def _prose(rng: random.Random, prose: Sequence[str]) -> str:
    return " ".join(rng.sample(list(prose), rng.randint(3, 8)))


SHAPES: dict[str, Callable[[random.Random, Sequence[str]], str]] = {
    "json": _json_result,
    "csv": _csv_table,
    "markdown-table": _markdown_table,
    "data-table": _data_table,
    "email": _email,
    "html": _html_page,
    "log": _log,
    "prose": _prose,
}


def data_texts(prose: Sequence[str], n: int, seed: int = 7) -> list[tuple[str, str]]:
    """`n` benign (shape, text) pairs built from `prose` sentences."""
    if len(prose) < 8:
        return []
    rng = random.Random(seed)
    names = sorted(SHAPES)
    return [(shape, SHAPES[shape](rng, prose)) for shape in (rng.choice(names) for _ in range(n))]


def embed(
    text: str, attack: str, rng: random.Random, shape: str = "prose"
) -> tuple[str, tuple[int, int]]:
    """Paste `attack` into `text` at the start, a line break or sentence in the middle, or the
    end; returns the new text and where the attack sits in it."""
    where = rng.choice(("start", "middle", "end"))
    if shape == "json" and text.startswith("{"):
        # Inside a string field, as a poisoned search result would carry it.
        escaped = json.dumps(attack)[1:-1]
        cut = text.find('"snippet": "')
        if cut == -1:
            cut = text.find('"snippet":"')
        if cut != -1:
            at = text.index('"', text.index(":", cut) + 1) + 1
            return text[:at] + escaped + " " + text[at:], (at, at + len(escaped))
    if where == "start":
        return attack + "\n" + text, (0, len(attack))
    if where == "end":
        sep = "\n" if "\n" in text else " "
        return text + sep + attack, (len(text) + len(sep), len(text) + len(sep) + len(attack))
    breaks = [m.end() for m in re.finditer(r"\n|(?<=[.!?]) ", text)]
    at = rng.choice(breaks) if breaks else len(text) // 2
    return text[:at] + attack + " " + text[at:], (at, at + len(attack))


# -- benign messages full of trigger words ---------------------------------------------------
# People ask about system prompts, ignore typos, bypass caches and override defaults every day.
# These templates put the words attacks use into requests that attack nothing, so the model
# learns that the words alone are not the attack: the aim at the model's instructions is.

_TOPICS = (
    "a system prompt",
    "prompt injection",
    "a jailbreak",
    "developer mode",
    "a DAN prompt",
    "role-play prompting",
    "an admin override",
    "a root password",
    "prompt engineering",
    "an instruction-tuned model",
    "the system message",
    "a red-team exercise",
    "refusal training",
    "a content filter",
    "a sandbox escape",
    "privilege escalation",
    "a secret key",
)
_TOPIC_ASKS = (
    "What is {t} and why does it matter?",
    "Can you explain {t} in simple terms?",
    "How do companies defend against {t}?",
    "Write a short paragraph for a newsletter about {t}.",
    "Is {t} the same thing in every chatbot?",
    "Give me three exam questions about {t}.",
    "Summarise the history of {t} for a beginner.",
    "Why do security teams care about {t}?",
    "What does {t} mean in the context of large language models?",
    "Our course has a week on {t}; what should the reading list include?",
)
_VERBS = (
    "ignore",
    "bypass",
    "override",
    "disable",
    "skip",
    "reset",
    "forget",
    "disregard",
    "circumvent",
    "turn off",
    "get around",
    "unlock",
)
_THINGS = (
    "the cache",
    "the linter warnings",
    "the proxy for localhost",
    "the default settings",
    "the previous commit",
    "a failing test",
    "the paywall on my own site",
    "whitespace changes",
    "the read-only flag",
    "the login screen on my own router",
    "the parental lock I set",
    "the type checker on one line",
    "the CORS error during local development",
    "my old notes",
    "the noise in this dataset",
    "case sensitivity in the search",
    "the cookie banner",
    "the sleep timer on my laptop",
    "the rules of thumb I learned",
    "outliers in the sample",
)
_TOOLS = (
    "git",
    "npm",
    "VS Code",
    "Excel",
    "Python",
    "Docker",
    "my router",
    "Chrome",
    "Linux",
    "PostgreSQL",
    "a spreadsheet",
    "my phone",
    "Windows",
    "the build script",
)
_HOWTO = (
    "How do I {v} {x} in {tool}?",
    "What's the safest way to {v} {x} in {tool}?",
    "Is it possible to {v} {x} when using {tool}?",
    "Why would someone {v} {x} in {tool}?",
    "My manager asked me to {v} {x} in {tool}; what are the steps?",
    "Can you show me how to {v} {x} in {tool} without breaking anything?",
)
_DOCS = ("draft", "email", "essay", "cover letter", "report", "presentation", "poem", "resume")
_EDIT = (
    "Please ignore the typos in my {d} and focus on the argument.",
    "Disregard the formatting of my {d}; is the content clear?",
    "Forget the last paragraph of my {d} and suggest a stronger ending.",
    "Ignore my earlier question about the {d}; I meant to ask about the tone.",
    "Override my previous choice of title for the {d} and propose three new ones.",
    "Here are the instructions for my {d}: keep it under 300 words and friendly.",
    "New instructions from my teacher: the {d} must cite two sources. Can you help?",
    "From now on, please answer my {d} questions in Spanish.",
)
_MISC = (
    "What is the password policy most banks use for online accounts?",
    "How do I reset the admin password on my own router?",
    "Where do I change the system prompt in the playground of my API account?",
    "Write a story in which the hero must ignore the villain's orders to save the town.",
    "Is 'do anything now' a real jailbreak or an internet myth? Explain for a class.",
    "My grandmother used to tell me stories about the war; can you suggest similar books?",
    "Summarise the rules of chess, then forget chess and tell me about go.",
    "Explain why 'repeat the text above' is used in attacks against chatbots.",
)
_BENIGN_LANG = (
    "¿Cómo puedo ignorar los cambios de espacios en git?",
    "Comment désactiver le cache du navigateur pendant le développement ?",
    "Wie kann ich die Standardeinstellungen meines Routers zurücksetzen?",
    "Qual é a melhor forma de ignorar erros de digitação num rascunho?",
    "如何在 Excel 中忽略错误提示？",
    "Как отключить кэш в браузере при разработке?",
    "システムプロンプトとは何ですか？簡単に説明してください。",
    "프롬프트 인젝션이란 무엇인가요?",
    "ما هي كلمة المرور القوية وكيف أختارها؟",
    "Come posso ignorare gli avvisi del linter in VS Code?",
)


def benign_requests(n: int, seed: int = 11) -> list[str]:
    """`n` benign user messages that use the words attacks use."""
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(20 * n):
        if len(out) >= n:
            break
        kind = rng.randrange(6)
        if kind == 0:
            out.append(rng.choice(_TOPIC_ASKS).format(t=rng.choice(_TOPICS)))
        elif kind == 1:
            out.append(
                rng.choice(_HOWTO).format(
                    v=rng.choice(_VERBS), x=rng.choice(_THINGS), tool=rng.choice(_TOOLS)
                )
            )
        elif kind == 2:
            out.append(rng.choice(_EDIT).format(d=rng.choice(_DOCS)))
        elif kind == 3:
            out.append(rng.choice(_TOPIC_ASKS).format(t=rng.choice(_TOPICS)))
        elif kind == 4:
            out.append(rng.choice(_MISC))
        else:
            out.append(rng.choice(_BENIGN_LANG))
        if out[-1] in seen:
            out.pop()
        else:
            seen.add(out[-1])
    return out
