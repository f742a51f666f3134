"""Train, calibrate and save the detector model (needs the `train` extra: scikit-learn).

    python -m redline.text.training --data ../shared/data/text --python-docs \
        --out src/redline/text/data/detector.npz

Rows are split by group (see `redline.text.corpus`): the model is fitted on `train`, its
calibration and the thresholds of the sensitivity levels are set on `val`, and `test` is never
read here (the benchmark reports on it). `--benign-docs` adds plain documents (Markdown, reST,
text) as benign data-channel examples, so that documentation full of imperatives ("run this
command") is not taken for an injection. `--agent N` adds N tool results carrying an
instruction aimed at the agent, in eleven languages, with as many benign look-alikes
(`redline.text.synthetic`); they train in the data channel only and do not change the corpus's
class weights. `--code N` adds N benign user messages that paste code (the standard library's
source, redline's rule examples) and ask for work on it. `--translations` adds benign text in
sixteen other languages made of messages translated by people (gettext catalogues; by default
Django's, which the `train` extra installs), so that a language is not taken for an attack.
`--nb ALPHA` scales each feature by its attack/benign log-count ratio before the fit (NBSVM);
the shipped recipe leaves it off (docs/detect.md, "Features scaled by their log-count ratio").
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from redline.text.corpus import LABELS, CorpusError, Row, load
from redline.text.model import LinearModel, expand_indicators
from redline.text.types import Channel

F64 = npt.NDArray[np.float64]

# Target false-positive rates on pooled benign validation rows for each level.
LEVEL_FPR = {"low": 0.005, "balanced": 0.01, "strict": 0.03}
DOC_SUFFIXES = (".md", ".rst", ".txt")
# Synthetic tool results with an instruction aimed at the agent (and as many benign ones) in the
# shipped model's recipe (`make model`); the default of `train` and of the command line.
SHIPPED_AGENT_ROWS = 800
# Benign rows per language made of translated messages in the shipped model's recipe.
SHIPPED_TRANSLATION_ROWS = 60
# Catalogue folders (`locale/<code>/LC_MESSAGES`) read for `--translations`.
TRANSLATION_LANGUAGES = (
    "es", "fr", "de", "pt", "pt_BR", "it", "nl", "ru", "ja", "zh_Hans", "ko", "ar", "hi", "pl",
    "tr", "sv",
)  # fmt: skip
# Row kinds that train only in their data channel: an order to the agent inside a tool result is
# an attack, while the same words from the user are the user's request.
USER_ONLY_IN_DATA = ("synthetic_agent", "synthetic_tool")


@dataclass(frozen=True, slots=True)
class Unit:
    """One training example: a window of a row's prepared text."""

    text: str
    indicators: tuple[tuple[int, str], ...]
    data_channel: bool
    target: int
    weight: float


Prepare = Callable[[str], tuple[str, list[tuple[int, str]]]]


def _locate_insertions(rows: Sequence[Row]) -> dict[str, tuple[int, int]]:
    """For attacks pasted into a document whose clean twin is in the corpus, where the attack is.

    Returns row id -> (start, end) of the inserted text in the row's raw text.
    """
    clean = [r.text for r in rows if r.label == "benign" and r.channel.is_data]
    by_head: dict[str, list[str]] = {}
    by_tail: dict[str, list[str]] = {}
    for c in clean:
        if len(c) >= 40:
            by_head.setdefault(c[:40], []).append(c)
            by_tail.setdefault(c[-40:], []).append(c)
    found: dict[str, tuple[int, int]] = {}
    for r in rows:
        if not r.is_attack or not r.channel.is_data:
            continue
        t = r.text
        candidates = by_head.get(t[:40], []) + by_tail.get(t[-40:], [])
        for c in candidates:
            p = 0
            limit = min(len(c), len(t))
            while p < limit and t[p] == c[p]:
                p += 1
            s = 0
            while s < limit - p and t[-1 - s] == c[-1 - s]:
                s += 1
            if p + s >= len(c) - 2 and len(t) - s > p:
                found[r.id] = (p, len(t) - s)
                break
    return found


def read_documents(paths: Iterable[Path], limit_chars: int = 3_000_000) -> list[str]:
    """Plain documents from files or directories (Markdown, reST, text), chunked to ~1,500 chars."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(f for f in sorted(p.rglob("*")) if f.suffix.lower() in DOC_SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusError(f"{p}: no such file or directory")
    chunks: list[str] = []
    total = 0
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for para_block in _chunks(text, 1500):
            if len(para_block.strip()) < 80:
                continue
            chunks.append(para_block)
            total += len(para_block)
            if total >= limit_chars:
                return chunks
    return chunks


def python_docs(limit_chars: int = 2_500_000) -> list[str]:
    """Plain documents that come with every Python: the language reference topics
    (`pydoc_data`), the standard library's longer docstrings, and the sample messages of the
    `email` package's tests where installed; chunked, in a fixed order."""
    import ast
    import sysconfig
    from pydoc_data.topics import topics

    chunks: list[str] = []
    for name in sorted(topics):
        chunks.extend(c for c in _chunks(topics[name], 1500) if len(c.strip()) >= 80)
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    emails = stdlib / "test" / "test_email" / "data"
    if emails.is_dir():
        for f in sorted(emails.glob("msg_*.txt")):
            try:
                chunks.extend(_chunks(f.read_text(encoding="utf-8"), 1500))
            except (UnicodeDecodeError, OSError):
                continue
    total = sum(len(c) for c in chunks)
    for f in sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py")):
        if f.parts[-2] in ("test", "tests", "idlelib", "lib2to3"):
            continue
        try:
            tree = ast.parse(f.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= 300:
                    chunks.append(doc[:1500])
                    total += min(len(doc), 1500)
        if total >= limit_chars:
            break
    return chunks


def _chunks(text: str, size: int) -> Iterable[str]:
    paras = text.split("\n\n")
    buf: list[str] = []
    n = 0
    for para in paras:
        buf.append(para)
        n += len(para) + 2
        if n >= size:
            yield "\n\n".join(buf)
            buf, n = [], 0
    if buf:
        yield "\n\n".join(buf)


def code_snippets(split: str = "train", limit: int = 4_000) -> list[tuple[str, str]]:
    """(language, code) pieces for the code-request generator: functions and classes of the
    standard library's source (5 to 40 lines) and chunks of redline's rule examples in eleven
    languages. A file belongs to `check` when its name hashes to a quarter, else to `train`."""
    import ast
    import hashlib
    import sysconfig

    def side(name: str) -> str:
        return "check" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 4 == 3 else "train"

    out: list[tuple[str, str]] = []
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for f in sorted(stdlib.glob("*.py")):
        if side(f.name) != split:
            continue
        try:
            source = f.read_text(encoding="utf-8")
            tree = ast.parse(source)
        except (UnicodeDecodeError, OSError, SyntaxError, ValueError):
            continue
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef | ast.ClassDef):
                continue
            segment = ast.get_source_segment(source, node)
            if segment and 5 <= segment.count("\n") + 1 <= 40:
                out.append(("python", segment))
        if len(out) >= limit // 2:
            break
    rules = Path(__file__).resolve().parents[1] / "code" / "rules"
    for f in sorted(rules.glob("*/*.example.*")):
        if side(f.name) != split:
            continue
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        lang = f.parent.name
        for start in range(0, len(lines), 30):
            chunk = "\n".join(lines[start : start + 30]).strip()
            if chunk.count("\n") >= 3:
                out.append((lang, chunk))
    return out[:limit]


def translation_folders() -> list[Path]:
    """Where the default translated messages are: the installed Django package (`train`)."""
    try:
        import django
    except ImportError as exc:
        raise CorpusError(
            "--translations without folders reads Django's message catalogues; install the "
            f"`train` extra ({exc})"
        ) from None
    return [Path(django.__file__).resolve().parent]


_PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}")


def catalogue_languages(folders: Sequence[Path]) -> list[str]:
    """The language codes that have gettext catalogues (`locale/<code>/LC_MESSAGES/*.po`)."""
    return sorted(
        {po.parent.parent.name for f in folders for po in f.rglob("locale/*/LC_MESSAGES/*.po")}
    )


def catalogue_messages(folders: Sequence[Path], lang: str) -> list[str]:
    """The translated messages of one language's catalogues under `folders`, in a fixed order,
    placeholders dropped, those shorter than 12 characters left out."""
    import polib

    messages: list[str] = []
    for folder in folders:
        for po in sorted(folder.rglob(f"locale/{lang}/LC_MESSAGES/*.po")):
            try:
                catalogue = polib.pofile(str(po))
            except (OSError, ValueError) as exc:
                raise CorpusError(f"{po}: not a readable message catalogue ({exc})") from None
            for entry in catalogue.translated_entries():
                for t in [entry.msgstr, *entry.msgstr_plural.values()]:
                    clean = " ".join(_PLACEHOLDER.sub(" ", t).split())
                    if len(clean) >= 12:
                        messages.append(clean)
    return messages


def translation_rows(
    folders: Sequence[Path], per_language: int = SHIPPED_TRANSLATION_ROWS, seed: int = 7
) -> list[Row]:
    """Benign rows in other languages: for each of `TRANSLATION_LANGUAGES`, `per_language`
    texts that each join 3 to 9 messages of that language's gettext catalogues (`*.po` under
    `locale/<code>/LC_MESSAGES/` in `folders`), half of them as user messages and half as
    documents. Interface messages are everyday imperatives and questions ("Enter a valid date.",
    "Are you sure you want to delete ...?") written by translators, not attackers: they teach the
    model that the words of a language are not, by themselves, evidence of an attack. Messages
    are read in a fixed order and sampled with `seed`; placeholders are dropped."""
    import random

    rng = random.Random(seed + 77)
    out: list[Row] = []
    for lang in TRANSLATION_LANGUAGES:
        messages = catalogue_messages(folders, lang)
        if not messages:
            continue
        for i in range(per_language):
            picked = rng.sample(messages, min(rng.randint(3, 9), len(messages)))
            out.append(
                Row(
                    id=f"translation-{lang}-{i}",
                    text=" ".join(picked),
                    label="benign",
                    kind="translated_messages",
                    source="gettext",
                    channel=Channel.USER if i % 2 == 0 else Channel.DOCUMENT,
                    group=f"translation-{lang}-{i}",
                )
            )
    return out


def synthetic_rows(
    rows: Sequence[Row],
    documents: Sequence[str],
    n: int,
    seed: int = 7,
    *,
    located: dict[str, tuple[int, int]] | None = None,
    agent: int = 0,
    code: int = 0,
    plain: int = 0,
    lookup: int = 0,
    yaml: int = 0,
    dictated: int = 0,
    customer: int = 0,
) -> tuple[list[Row], dict[str, tuple[int, int]]]:
    """Benign tool results/tables/emails/pages made from `documents`, and as many again with a
    training attack pasted in (with where it sits). Only `rows` given (the train split) are used.

    `agent` more tool outputs carry an instruction aimed at the agent (see
    `synthetic.agent_attacks`), as many benign tool outputs use the same verbs for people, and a
    tenth as many user messages ask an assistant for those actions (benign: from the user they
    are the job). `code` user messages paste code and ask for work on it (benign). `plain` tool
    outputs carry a plain request for a harmful action (see `plain_requests`), and as many carry
    an ordinary request to people. `lookup` user messages point at a page and ask what it says
    (benign; see `synthetic.lookup_requests`). `yaml` tool results are YAML dumps of records
    (transactions, emails, files, events), and as many again carry a training attack or an
    agent-directed instruction in a record's free text. `dictated` user messages dictate a
    message for the agent to send to people (benign; see `synthetic.dictated_messages`).
    `customer` user messages ask a business's assistant about its hours, prices and policies
    (benign; see `synthetic.customer_questions`). All are drawn from the `train` parts of the
    generators."""
    import random

    from redline.text import synthetic

    prose = synthetic.sentences(documents)
    texts = synthetic.data_texts(prose, n, seed=seed)
    clean_contexts = [r.text for r in rows if r.label == "benign" and r.channel.is_data]
    attacks = [
        r.text
        for r in rows
        if r.label == "injection" and not r.channel.is_data and 12 <= len(r.text) <= 600
    ]
    # Attacks cut out of documents whose clean twin is known add the indirect kind of wording.
    for r in rows:
        cut = located.get(r.id) if located else None
        if cut is not None and 12 <= cut[1] - cut[0] <= 600:
            attacks.append(r.text[cut[0] : cut[1]].strip())
    out = _user_rows(
        "syn-request",
        "hard_negative_synthetic_request",
        synthetic.benign_requests(n // 5, seed=seed),
    )
    out += _user_rows(
        "syn-everyday", "synthetic_everyday_request", synthetic.everyday_requests(n // 5, seed=seed)
    )
    out += _user_rows(
        "syn-lookup", "synthetic_lookup_request", synthetic.lookup_requests(lookup, seed=seed)
    )
    out += _user_rows(
        "syn-customer",
        "synthetic_customer_question",
        synthetic.customer_questions(customer, seed=seed) if customer > 0 else [],
    )
    out += _user_rows(
        "syn-dictated",
        "synthetic_dictated_request",
        synthetic.dictated_messages(dictated, seed=seed) if dictated > 0 else [],
    )
    out += _user_rows(
        "syn-code-request",
        "synthetic_code_request",
        synthetic.code_requests(code_snippets(), code, seed=seed) if code > 0 else [],
    )
    where: dict[str, tuple[int, int]] = {}
    _agent_rows(out, where, [t for _, t in texts], agent, seed)
    _plain_rows(out, where, plain, seed)
    _yaml_rows(out, where, yaml, attacks, seed)
    if not texts or not attacks:
        return out, where
    rng = random.Random(seed)
    for i, (shape, text) in enumerate(texts):
        out.append(_synthetic_row(f"syn-benign-{i}", text, "benign", shape))
        host_shape, host = (
            ("prose", rng.choice(clean_contexts))
            if clean_contexts and rng.random() < 0.3
            else (shape, text)
        )
        injected, span = synthetic.embed(host, rng.choice(attacks), rng, host_shape)
        rid = f"syn-attack-{i}"
        out.append(_synthetic_row(rid, injected, "injection", host_shape))
        where[rid] = span
    return out, where


def _agent_rows(
    out: list[Row],
    where: dict[str, tuple[int, int]],
    hosts: Sequence[str],
    n: int,
    seed: int,
) -> None:
    """Rows of agent-directed instructions in tool outputs and their benign look-alikes."""
    import random

    from redline.text import synthetic

    if n <= 0:
        return
    rng = random.Random(seed + 1)
    own = synthetic.agent_attacks(n // 2 if hosts else n, seed=seed + 2, split="train")
    for i, (shape, text, span) in enumerate(own):
        rid = f"syn-agent-{i}"
        out.append(_synthetic_row(rid, text, "injection", shape, kind="synthetic_agent"))
        where[rid] = span
    if hosts:
        lines = synthetic.agent_instructions(n - len(own), seed=seed + 3, split="train")
        for i, line in enumerate(lines):
            host = rng.choice(hosts)
            shape = "json" if host.startswith("{") else "prose"
            text, span = synthetic.embed(host, line, rng, shape)
            rid = f"syn-agent-doc-{i}"
            out.append(_synthetic_row(rid, text, "injection", shape, kind="synthetic_agent"))
            where[rid] = span
    for i, (shape, text) in enumerate(synthetic.tool_outputs(n, seed=seed + 4, split="train")):
        rid = f"syn-tool-{i}"
        out.append(_synthetic_row(rid, text, "benign", shape, kind="synthetic_tool"))
    asks = synthetic.agent_requests(n // 10, seed=seed + 5, split="train")
    out += _user_rows("syn-ask", "synthetic_agent_request", asks)


def _yaml_rows(
    out: list[Row], where: dict[str, tuple[int, int]], n: int, attacks: Sequence[str], seed: int
) -> None:
    """YAML tool results, benign and with an attack in a record's free text (located)."""
    if n <= 0:
        return
    from redline.text import synthetic

    pool = [*attacks, *synthetic.agent_instructions(max(1, n // 2), seed=seed + 7, split="train")]
    for i, (label, text, span) in enumerate(synthetic.yaml_outputs(n, pool, seed=seed + 8)):
        rid = f"syn-yaml-{i}"
        out.append(_synthetic_row(rid, text, label, "yaml", kind="synthetic_yaml"))
        if span is not None:
            where[rid] = span


def _plain_rows(out: list[Row], where: dict[str, tuple[int, int]], n: int, seed: int) -> None:
    """Tool outputs with a plain request for a harmful action (injections, located), and as many
    with an ordinary request to people (benign)."""
    if n <= 0:
        return
    import random

    from redline.text import plain_requests, synthetic

    rng = random.Random(seed + 11)
    for i, request in enumerate(plain_requests.harmful_requests(n, seed=seed + 12)):
        shape, text, span = synthetic.in_tool_output(rng, request)
        rid = f"syn-plain-{i}"
        out.append(_synthetic_row(rid, text, "injection", shape, kind="synthetic_agent_plain"))
        where[rid] = span
    for i, request in enumerate(plain_requests.benign_requests(n, seed=seed + 13)):
        shape, text, _ = synthetic.in_tool_output(rng, request)
        rid = f"syn-plain-benign-{i}"
        out.append(_synthetic_row(rid, text, "benign", shape, kind="synthetic_tool_plain"))


def _user_rows(prefix: str, kind: str, texts: Iterable[str]) -> list[Row]:
    """Benign synthetic user messages of one kind, each its own group (`<prefix>-<i>`)."""
    return [
        Row(
            id=f"{prefix}-{i}",
            text=text,
            label="benign",
            kind=kind,
            source="synthetic",
            channel=Channel.USER,
            group=f"{prefix}-{i}",
        )
        for i, text in enumerate(texts)
    ]


def _synthetic_row(rid: str, text: str, label: str, shape: str, kind: str = "synthetic") -> Row:
    return Row(
        id=rid,
        text=text,
        label=label,
        kind=f"{kind}_{shape}",
        source="synthetic",
        channel=Channel.TOOL,
        group=rid,
    )


def markup_rows(
    rows: Sequence[Row],
    insertions: dict[str, tuple[int, int]],
    fraction: float,
    *,
    replace: bool = False,
    seed: int = 7,
) -> tuple[list[Row], dict[str, tuple[int, int]]]:
    """`rows` with a `fraction` of them also written in markup (`synthetic.markup`: lines as
    <p>, <div> or list items, cells of <table> rows, Markdown table rows, with occasional
    attributes), so that markup is no evidence of a class. The same share of each class in each
    channel kind (data or user) is picked, by a seeded hash of the row id; with `replace` the
    picked rows are rewritten, else their markup copies (`<id>~markup`) are added. Returns the
    rows and where the located attacks sit in the copies."""
    import hashlib
    import random

    from redline.text import synthetic

    if fraction <= 0:
        return list(rows), {}
    strata: dict[tuple[str, bool], list[Row]] = {}
    for r in rows:
        strata.setdefault((r.target, r.channel.is_data), []).append(r)

    def rank(r: Row) -> bytes:
        return hashlib.sha256(f"{seed}:{r.id}".encode()).digest()

    picked: set[str] = set()
    for members in strata.values():
        k = round(fraction * len(members))
        picked.update(r.id for r in sorted(members, key=rank)[:k])
    rng = random.Random(seed + 17)
    out: list[Row] = []
    where: dict[str, tuple[int, int]] = {}
    for r in rows:
        if r.id not in picked:
            out.append(r)
            continue
        if not replace:
            out.append(r)
        text, offsets = synthetic.markup(r.text, rng)
        rid = r.id if replace else f"{r.id}~markup"
        out.append(dataclasses.replace(r, id=rid, text=text))
        span = insertions.get(r.id)
        if span is not None:
            where[rid] = (offsets[span[0]], offsets[span[1]])
    return out, where


def make_units(
    model: LinearModel,
    rows: Sequence[Row],
    prepare: Prepare,
    documents: Sequence[str] = (),
    insertions: dict[str, tuple[int, int]] | None = None,
    *,
    hard_negative: float = 1.0,
    agent_weight: float = 1.0,
) -> list[Unit]:
    """Windows of each row as the model will see them at run time, labelled.

    Data-channel rows train under both the user and the data channel, so a document pasted into a
    user message is still judged. When an attack's place in a document is known, windows that do
    not touch it train as benign.
    """
    insertions = insertions or {}
    units: list[Unit] = []
    counts = {label: 0 for label in LABELS}
    for r in rows:
        # The agent-directed rows come on top: they do not dilute the classes of the corpus.
        if not r.kind.startswith(USER_ONLY_IN_DATA):
            counts[r.target] += 1
    n_rows = max(sum(counts.values()), 1)
    weight = {label: n_rows / (len(LABELS) * max(c, 1)) for label, c in counts.items()}

    def add(raw: str, target: str, data: bool, w: float, where: tuple[int, int] | None) -> None:
        text, indicators = prepare(raw)
        starts, ends = model.window_bounds(len(text))
        if where is not None and len(raw):
            # Map raw offsets to prepared-text offsets proportionally (prepare shrinks little).
            ratio = len(text) / len(raw)
            lo, hi = int(where[0] * ratio), int(where[1] * ratio) + 1
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            t = target
            if where is not None and (e <= lo or s >= hi):
                t = "benign"
            inds = tuple((p - s, name) for p, name in indicators if s <= p < max(e, s + 1))
            units.append(Unit(text[s:e], inds, data, LABELS.index(t), w))

    for r in rows:
        w = weight[r.target] * (hard_negative if r.kind.startswith("hard_negative") else 1.0)
        if r.kind.startswith(USER_ONLY_IN_DATA):
            w *= agent_weight
        where = insertions.get(r.id)
        add(r.text, r.target, r.channel.is_data, w, where)
        if r.channel.is_data and not r.kind.startswith(USER_ONLY_IN_DATA):
            add(r.text, r.target, False, w * 0.5, where)
    for d in documents:
        add(d, "benign", True, weight["benign"] * 0.5, None)
        add(d, "benign", False, weight["benign"] * 0.25, None)
    return units


def featurize(model: LinearModel, units: Sequence[Unit]) -> Any:
    """A CSR matrix of the units' features, scaled as `LinearModel.windows` scales them."""
    from scipy import sparse

    indptr = [0]
    all_ids: list[npt.NDArray[np.int64]] = []
    all_vals: list[F64] = []
    for u in units:
        f = model.features(u.text, data_channel=u.data_channel)
        ids = f.ids
        vals = np.full(len(ids), 1.0 / np.sqrt(max(len(ids), 1)))
        extra = [
            model.indicator(name)
            for _, name in expand_indicators(list(u.indicators), data_channel=u.data_channel)
        ]
        if u.data_channel:
            extra.append(model.indicator("channel:data"))
        if extra:
            ids = np.concatenate([ids, np.array(extra, dtype=np.int64)])
            vals = np.concatenate([vals, np.ones(len(extra))])
        all_ids.append(ids)
        all_vals.append(vals)
        indptr.append(indptr[-1] + len(ids))
    matrix = sparse.csr_matrix(
        (np.concatenate(all_vals), np.concatenate(all_ids), np.array(indptr)),
        shape=(len(units), 2**model.bits),
    )
    matrix.sum_duplicates()
    return matrix


def nb_ratios(x: Any, attack: npt.NDArray[np.bool_], w: F64, alpha: float) -> F64:
    """Each feature's log-count ratio between attack and benign units (the scaling of NBSVM,
    Wang and Manning 2012): log of the feature's weighted share of attack units over its share
    of benign units, counting presence, with `alpha` added to every count."""
    present = x.copy()
    present.data = np.ones_like(present.data)
    p = alpha + np.asarray(present.T @ (w * attack)).ravel()
    q = alpha + np.asarray(present.T @ (w * ~attack)).ravel()
    ratios: F64 = np.log((p / p.sum()) / (q / q.sum()))
    return ratios


def fit(model: LinearModel, units: Sequence[Unit], c: float = 16.0, nb: float = 0.0) -> None:
    """Fit the model's weights and bias on labelled units (multinomial logistic regression).
    With `nb` > 0 each feature is first scaled by its log-count ratio (`nb_ratios`, smoothed by
    `nb`); the scale is folded into the weights, so the model runs as before."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    x = featurize(model, units)
    y = np.array([u.target for u in units])
    w = np.array([u.weight for u in units])
    scale = None
    if nb > 0:
        scale = nb_ratios(x, y != LABELS.index("benign"), w, nb)
        x = (x @ sparse.diags(scale)).tocsr()
    clf = LogisticRegression(C=c, max_iter=300, tol=1e-4)
    clf.fit(x, y, sample_weight=w)
    present = [int(k) for k in clf.classes_]
    coef = np.asarray(clf.coef_, dtype=np.float32)
    if scale is not None:
        coef = coef * scale.astype(np.float32)[None, :]
    intercept = np.asarray(clf.intercept_, dtype=np.float32)
    if len(present) == 2:
        # Binary fit: one weight vector for the second class against the first.
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]], dtype=np.float32)
    weights = np.zeros((2**model.bits, len(LABELS)), dtype=np.float32)
    bias = np.full(len(LABELS), -30.0, dtype=np.float32)  # a class absent from the data never wins
    for row, cls in enumerate(present):
        weights[:, cls] = coef[row]
        bias[cls] = intercept[row]
    model.weights = weights
    model.bias = bias


def calibrate(model: LinearModel, logits: F64, is_attack: npt.NDArray[np.bool_]) -> None:
    """Platt-scale the attack logit on validation rows and set each level's threshold."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=100.0)
    platt.fit(logits.reshape(-1, 1), is_attack.astype(int))
    model.calibration = (float(platt.coef_[0][0]), float(platt.intercept_[0]))
    scores = np.array([model.calibrate(float(z)) for z in logits])
    benign = np.sort(scores[~is_attack])[::-1]
    for level, fpr in LEVEL_FPR.items():
        k = int(np.floor(fpr * len(benign)))
        model.thresholds[level] = (
            float(min(max(benign[k] + 1e-6, 0.05), 0.999)) if len(benign) else 0.5
        )


def train(
    rows: Sequence[Row],
    prepare: Prepare,
    score_rows: Callable[[LinearModel, Sequence[Row]], F64],
    *,
    documents: Sequence[str] = (),
    synthetic: int = 1500,
    agent: int = SHIPPED_AGENT_ROWS,
    code: int = 0,
    plain: int = 0,
    lookup: int = 0,
    yaml: int = 0,
    dictated: int = 0,
    customer: int = 0,
    translations: Sequence[Row] = (),
    markup: float = 0.0,
    markup_replace: bool = False,
    bits: int = 20,
    c: float = 16.0,
    nb: float = 0.0,
    hard_negative: float = 2.5,
    agent_weight: float = 1.0,
    log: Callable[[str], None] = print,
) -> LinearModel:
    """Fit on the `train` split, calibrate on `val`; returns the model. `translations` (see
    `translation_rows`) train as they are, never calibrate. `markup` is the share of training
    rows (corpus, synthetic and translated, every class alike) also written in markup (see
    `markup_rows`); `markup_replace` rewrites them instead of adding copies."""
    model = LinearModel(
        bits=bits,
        classes=LABELS,
        weights=np.zeros((2**bits, len(LABELS)), dtype=np.float32),
        bias=np.zeros(len(LABELS), dtype=np.float32),
    )
    train_rows = [r for r in rows if r.split == "train"]
    val_rows = [r for r in rows if r.split == "val"]
    t0 = time.perf_counter()
    insertions = _locate_insertions(rows)
    extra, extra_where = synthetic_rows(
        train_rows,
        documents,
        synthetic,
        located=insertions,
        agent=agent,
        code=code,
        plain=plain,
        lookup=lookup,
        yaml=yaml,
        dictated=dictated,
        customer=customer,
    )
    insertions.update(extra_where)
    fit_rows, markup_where = markup_rows(
        [*train_rows, *extra, *translations], insertions, markup, replace=markup_replace
    )
    insertions.update(markup_where)
    units = make_units(
        model,
        fit_rows,
        prepare,
        documents,
        insertions,
        hard_negative=hard_negative,
        agent_weight=agent_weight,
    )
    log(f"{len(train_rows)} train rows -> {len(units)} windows ({len(documents)} documents)")
    fit(model, units, c=c, nb=nb)
    log(f"fitted in {time.perf_counter() - t0:.1f} s")
    logits = score_rows(model, val_rows)
    is_attack = np.array([r.is_attack for r in val_rows])
    calibrate(model, logits, is_attack)
    model.info = {
        "train_rows": len(train_rows),
        "val_rows": len(val_rows),
        "sources": sorted({r.source for r in rows}),
        "documents": len(documents),
        "synthetic_rows": len(extra),
        "agent_rows": agent,
        "code_request_rows": code,
        "plain_request_rows": plain,
        "lookup_request_rows": lookup,
        "yaml_rows": yaml,
        "dictated_request_rows": dictated,
        "customer_question_rows": customer,
        "translation_rows": len(translations),
        "markup": markup,
        "markup_replace": markup_replace,
        "agent_weight": agent_weight,
        "level_fpr_target": LEVEL_FPR,
        "c": c,
        "nb": nb,
        "hard_negative": hard_negative,
        "bits": bits,
    }
    log("thresholds: " + ", ".join(f"{k}={v:.3f}" for k, v in model.thresholds.items()))
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m redline.text.training",
        description="Train the prompt-injection/jailbreak model and calibrate its thresholds.",
    )
    parser.add_argument(
        "--data",
        nargs="+",
        required=True,
        type=Path,
        help="labelled JSONL files or directories of them",
    )
    parser.add_argument(
        "--benign-docs",
        nargs="*",
        default=[],
        type=Path,
        help="files or directories of plain documents used as benign data",
    )
    parser.add_argument(
        "--python-docs",
        action="store_true",
        help="add documents that come with Python as benign data: the reference topics, "
        "the standard library's docstrings, the email tests' sample messages",
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        default=1500,
        help="synthetic tool results to build from the documents (and as many "
        "with a training attack pasted in)",
    )
    parser.add_argument(
        "--agent",
        type=int,
        default=SHIPPED_AGENT_ROWS,
        help="synthetic tool results carrying an instruction aimed at the agent (and as many "
        f"benign tool results that use the same verbs for people); {SHIPPED_AGENT_ROWS}, the "
        "default, is the shipped model's recipe; 0 leaves them out",
    )
    parser.add_argument(
        "--code",
        type=int,
        default=0,
        help="synthetic user messages that paste code and ask for work on it (benign: "
        "'complete this so it does what the docstring says'); 0 leaves them out",
    )
    parser.add_argument(
        "--translations",
        nargs="*",
        type=Path,
        default=None,
        metavar="DIR",
        help="add benign text in other languages made of translated interface messages "
        "(gettext *.po catalogues under DIR; with no DIR, the installed Django's); "
        f"{SHIPPED_TRANSLATION_ROWS} rows per language, as the shipped model",
    )
    parser.add_argument(
        "--agent-weight",
        type=float,
        default=1.0,
        help="weight of those rows relative to corpus rows of the same class",
    )
    parser.add_argument("--out", required=True, type=Path, help="where to write the .npz model")
    parser.add_argument("--bits", type=int, default=20, help="hash space size (2**bits)")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation strength")
    parser.add_argument(
        "--nb",
        type=float,
        default=0.0,
        metavar="ALPHA",
        help="scale each feature by its attack/benign log-count ratio, smoothed by ALPHA, "
        "before the fit (NBSVM); 0, the default, leaves the features as they are",
    )
    parser.add_argument(
        "--hard-negative",
        type=float,
        default=2.5,
        help="weight of benign rows whose kind starts with hard_negative",
    )
    parser.add_argument(
        "--plain",
        type=int,
        default=0,
        help="tool outputs with a plain request for a harmful action, and as many with an "
        "ordinary request to people (see redline.text.plain_requests)",
    )
    parser.add_argument(
        "--lookup",
        type=int,
        default=0,
        help="user messages that point at a page and ask what it says (benign; see "
        "redline.text.synthetic.lookup_requests)",
    )
    parser.add_argument(
        "--yaml",
        type=int,
        default=0,
        help="YAML tool results (records), and as many with an attack in a record's free text",
    )
    parser.add_argument(
        "--dictated",
        type=int,
        default=0,
        help="user messages that dictate a message for the agent to send to people (benign; "
        "see redline.text.synthetic.dictated_messages)",
    )
    parser.add_argument(
        "--customer",
        type=int,
        default=0,
        help="user messages that ask a business's assistant about its hours, prices and "
        "policies (benign; see redline.text.synthetic.customer_questions)",
    )
    parser.add_argument(
        "--markup",
        type=float,
        default=0.0,
        metavar="FRACTION",
        help="share of training rows of every class also written in markup (lines as <p>, "
        "<div>, list items, <td> cells of table rows, Markdown table rows), so that markup is "
        "no evidence of an attack; 0 leaves them out",
    )
    parser.add_argument(
        "--markup-replace",
        action="store_true",
        help="with --markup, rewrite the picked rows in markup instead of adding copies",
    )
    args = parser.parse_args(argv)
    try:
        from redline.text.pipeline import prepare, score_rows

        rows = load(args.data)
        docs = read_documents(args.benign_docs) if args.benign_docs else []
        if args.python_docs:
            docs.extend(python_docs())
        translations: list[Row] = []
        if args.translations is not None:
            translations = translation_rows(args.translations or translation_folders())
        model = train(
            rows,
            prepare,
            score_rows,
            documents=docs,
            synthetic=args.synthetic,
            agent=args.agent,
            code=args.code,
            plain=args.plain,
            lookup=args.lookup,
            yaml=args.yaml,
            dictated=args.dictated,
            customer=args.customer,
            translations=translations,
            markup=args.markup,
            markup_replace=args.markup_replace,
            agent_weight=args.agent_weight,
            bits=args.bits,
            c=args.c,
            nb=args.nb,
            hard_negative=args.hard_negative,
        )
    except ImportError as exc:
        print(f"error: training needs the `train` extra ({exc})", file=sys.stderr)
        return 2
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
