"""Run redline's benchmarks, print the tables and write docs/benchmarks.md.

Usage: `.venv/bin/python bench/run_all.py [--only accuracy|speed|detect|guard|eval] [--quick]
[--data DIR]` (`make bench` runs it with no options).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import (
    accuracy,
    agentdojo,
    detect,
    eval_harness,
    eval_judges,
    guard,
    guard_proxy,
    speed,
)
from bench._report import ROOT, machine_lines, verdict

DOC = ROOT / "docs" / "benchmarks.md"

HOW = """\
## What we measure and how

**Accuracy.** Every row of the labelled code sets (`code/*.jsonl` of the data folder: CWEval,
SecurityEval, LLMSecEval, CyberSecEval instruct) is scanned with `redline.scan_code(code,
language)`, all rules, every severity. Tables show redline's default output (findings of at least
medium confidence); the "Default output versus audit level" table adds `--confidence low`, which
also reports findings that are often benign. A row counts as **flagged** when at least
one finding carries a CWE *related* to the row's CWE: the same CWE, or one of the same family in
the table at the end of the accuracy section (a weakness with its parents, children and usual
aliases, such as 77/78/88 for command injection). The **`any:`** columns use the looser
definition (any finding at all flags the row), so readers see both. Vulnerable rows give
TP/FN, safe rows FP/TN; precision = TP/(TP+FP), recall = TP/(TP+FN), FPR = FP/(FP+TN); "–" means
undefined (no rows of that kind). Bandit scans the Python rows in-process (a reused
`BanditManager`, default profile, every severity and confidence) under the same definitions,
with its own CWE labels; rows Bandit cannot parse count as not flagged and are counted.

Caveats: CyberSecEval's labels are the hits of a peer static detector (Meta's Insecure Code
Detector), so its numbers measure agreement with that detector, not security; its code is
human-written fragments. SecurityEval's manual labels include known mistakes. "Safe" means
safe from the row's CWE, not free of every weakness. These sets are used while developing the
rules, so they are optimistic for redline; held-out sets are the real test.

**Text detection** (`redline detect`, section below). Every row of the labelled text sets
(`text/*.jsonl`) belongs to a train, validation or test split by a stable hash of its group (an
attack pasted into many documents is one group, so is a prompt and its machine translations).
The shipped model was fitted on train and calibrated on validation; the tables report the test
split, each row judged on its own channel, and then whole sets left out of training. A text
counts as flagged when its score reaches the level's threshold (balanced unless a table says
otherwise). Recall is the flagged share of injection and jailbreak rows, FPR the flagged share of
benign rows. The keyword baseline and LLM Guard's offline scanners (Secrets, InvisibleText,
Regex; its injection scanner needs a model hub) run on the same rows in the same run.

**Speed.** (a) Inline latency: about 200 snippets of about 50 lines (top-level functions and
classes of the Python standard library with their imports, plus chunks of redline's rule
examples for the other languages), in-process, after a warm-up pass; percentiles over every
call. Bandit is timed on the same Python snippets. (b) Whole-tree throughput: both tools scan a
copy of the standard library's `.py` files as a user runs them, a fresh process each, timed from
start to exit, with peak memory sampled from /proc. Times are wall-clock on the machine above
and vary by machine; the ratios travel better than the absolute numbers.

**Guard attack replay** (`bench/guard.py`, section below). Agent scenarios written for this
benchmark (`bench/guard_scenarios/`: tools, a user task, the legitimate tool calls with their
outputs, and injected outputs followed by the calls a hijacked agent would make) are replayed
through `Guard` with the shipped default policy, one session per scenario and variant, with no
model in the loop. An attacker call counts as **stopped** when the guard blocked or asked on it,
or held anything earlier in its session; a legitimate call counts as **allowed** when it was
allowed and nothing earlier in its session was held. The same run repeats the replay with
detection only (a classifier that drops flagged tool outputs, no tool-call policy) and with the
policy only (the detector reports secrets and PII, nothing else). Ninety-seven scenario sets, by
how much the policy has seen them: the first (`bench/guard_scenarios/`) was used while writing the
policy; the **held-out** set (`bench/guard_heldout/`) was written apart from the policy, and a few
general fixes were made after reading its misses; the **unseen** set (`bench/guard_unseen/`) was
written apart by someone who read neither the policy nor the other sets, and its first
measurement is the fairest figure (docs/guard.md keeps it); the **fresh** set
(`bench/guard_fresh/`) covers other domains and tool names and was measured before the fixes
it prompted; the **later** set (`bench/guard_later/`: ten more toolkits, two of them with users
who write in Spanish and German) and the **novel** set (`bench/guard_novel/`: ten more
toolkits, two of them with users who write in Portuguese and French) were each written apart by
someone who read neither the policy nor the other sets, and their first runs are kept in their
notes; so were the **seventh** set (`bench/guard_seventh/`: ten more toolkits, two with users
who write in Italian and Japanese) and the **eighth** set (`bench/guard_eighth/`: two with users
who write in German and Spanish), the **ninth** set (`bench/guard_ninth/`: two with users who
write in French and Dutch) and the **tenth** set (`bench/guard_tenth/`: two with users who write
in Polish and Turkish) and the **eleventh** set (`bench/guard_eleventh/`: two with users who
write in Swedish and Korean), the **twelfth** set (`bench/guard_twelfth/`: two with users who
write in Czech and Vietnamese), the **thirteenth** set (`bench/guard_thirteenth/`: two with
users who write in Romanian and Indonesian), the **fourteenth** set (`bench/guard_fourteenth/`:
two with users who write in Greek and Finnish) and the **fifteenth** set
(`bench/guard_fifteenth/`: two with users who write in Dutch and Japanese) and the **sixteenth**
set (`bench/guard_sixteenth/`: two with users who write in Bulgarian and Norwegian), the
**seventeenth** set (`bench/guard_seventeenth/`: two with users who write in Catalan and Malay)
the **eighteenth** set (`bench/guard_eighteenth/`: two with users who write in Hungarian and
Danish), the **nineteenth** set (`bench/guard_nineteenth/`: two with users who write in Hebrew
and Swahili), the **twentieth** set (`bench/guard_twentieth/`: two with users who write in
Tagalog and Slovenian), the **twenty-first** set (`bench/guard_twentyfirst/`: two with users who
write in Lithuanian and Thai), the **twenty-second** set (`bench/guard_twentysecond/`: two
with users who write in Estonian and Ukrainian) and the **twenty-third** set
(`bench/guard_twentythird/`: two with users who write in Serbian and Persian) and the
**twenty-fourth** set (`bench/guard_twentyfourth/`: two with users who write in Latvian and
Hindi), the **twenty-fifth** set (`bench/guard_twentyfifth/`: two with users who write in
Albanian and Bengali) and the **twenty-sixth** set (`bench/guard_twentysixth/`: two with users
who write in Icelandic and Tamil), the **twenty-seventh** set (`bench/guard_twentyseventh/`:
two with users who write in Slovak and Urdu) and the **twenty-eighth** set
(`bench/guard_twentyeighth/`: two with users who write in Malay and Georgian) and the
**twenty-ninth** set (`bench/guard_twentyninth/`: two with users who write in Croatian and
Armenian) and the **thirtieth** set (`bench/guard_thirtieth/`: two with users who write in
Kazakh and Basque) and the **thirty-first** set (`bench/guard_thirtyfirst/`: two with users who
write in Mongolian and Nepali) and the **thirty-second** set (`bench/guard_thirtysecond/`: two
with users who write in Uzbek and Amharic) and the **thirty-third** set
(`bench/guard_thirtythird/`: two with users who write in Azerbaijani and Sinhala), each read only
after the next one was written, and so were the **thirty-fourth** set
(`bench/guard_thirtyfourth/`: two with users who write in Yoruba and Khmer), the
**thirty-fifth** set (`bench/guard_thirtyfifth/`: two with users who write in Macedonian and
Telugu), the **thirty-sixth** set (`bench/guard_thirtysixth/`: two with users who write in
Gujarati and Bosnian), the **thirty-seventh** set (`bench/guard_thirtyseventh/`: two with
users who write in Punjabi and Maltese), the **thirty-eighth** set
(`bench/guard_thirtyeighth/`: two with users who write in Afrikaans and Kyrgyz), the
**thirty-ninth** set (`bench/guard_thirtyninth/`: two with users who write in Zulu and Tajik),
the **fortieth** set (`bench/guard_fortieth/`: two with users who write in Somali and Marathi)
the **forty-first** set (`bench/guard_fortyfirst/`: two with users who write in Kinyarwanda
and Belarusian), the **forty-second** set (`bench/guard_fortysecond/`: two with users who
write in Hausa and Kannada), the **forty-third** set (`bench/guard_fortythird/`: two with
users who write in Oromo and Malayalam), the **forty-fourth** set
(`bench/guard_fortyfourth/`: two with users who write in Pashto and Igbo), the
**forty-fifth** set (`bench/guard_fortyfifth/`: five with users who write in isiXhosa and five
in Galician), the **forty-sixth** set (`bench/guard_fortysixth/`: five with users who write
in Quechua and five in Luxembourgish) and the **forty-seventh** set
(`bench/guard_fortyseventh/`: five with users who write in Tigrinya and five in Luganda), the
**forty-eighth** set (`bench/guard_fortyeighth/`: five with users who write in Javanese and
five in Tatar), the **forty-ninth** set (`bench/guard_fortyninth/`: five with users who write
in Shona and five in Wolof), the **fiftieth** set (`bench/guard_fiftieth/`: five with users who
write in Turkmen and five in Haitian Creole), the **fifty-first** set
(`bench/guard_fiftyfirst/`: five with users who write in Malagasy and five in Kurdish), the
**fifty-second** set (`bench/guard_fiftysecond/`: five with users who write in Lingala and five
in Uyghur), the **fifty-third** set (`bench/guard_fiftythird/`: five with users who write in
Sesotho and five in Lao), the **fifty-fourth** set (`bench/guard_fiftyfourth/`: five with
users who write in Cebuano and five in Burmese), the **fifty-fifth** set
(`bench/guard_fiftyfifth/`: five with users who write in Setswana and five in Ilocano), the
**fifty-sixth** set (`bench/guard_fiftysixth/`: five with users who write in Sindhi and five in
Tongan), the **fifty-seventh** set (`bench/guard_fiftyseventh/`: five with users who write
in Samoan and five in Fula) and the **fifty-eighth** set (`bench/guard_fiftyeighth/`: five with
users who write in Hmong and five in Tibetan), the **fifty-ninth** set
(`bench/guard_fiftyninth/`: five with users who write in Chichewa and five in Odia), the
**sixtieth** set (`bench/guard_sixtieth/`: five with users who write in Maori and five in
Chuvash), the **sixty-first** set (`bench/guard_sixtyfirst/`: five with users who write in
Guarani and five in Ewe), the **sixty-second** set (`bench/guard_sixtysecond/`: five with users
who write in Aymara and five in Faroese), the **sixty-third** set (`bench/guard_sixtythird/`: five
with users who write in Kikuyu and five in Dhivehi), the **sixty-fourth** set
(`bench/guard_sixtyfourth/`: five with users who write in Tok Pisin and five in Breton), the
**sixty-fifth** set (`bench/guard_sixtyfifth/`: five with users who write in Bambara and five
in Sardinian), the **sixty-sixth** set (`bench/guard_sixtysixth/`: five with users who write
in Twi and five in Assamese), the **sixty-seventh** set (`bench/guard_sixtyseventh/`: five with
users who write in Kirundi and five in Occitan), the **sixty-eighth** set
(`bench/guard_sixtyeighth/`: five with users who write in Xitsonga and five in Chechen), the
**sixty-ninth** set (`bench/guard_sixtyninth/`: five with users who write in Catalan and five in
Fijian), the **seventieth** set (`bench/guard_seventieth/`: five with users who write in
Ossetian and five in Tetum), the **seventy-first** set (`bench/guard_seventyfirst/`: five with
users who write in Papiamento and five in Bislama), the **seventy-second** set
(`bench/guard_seventysecond/`: five with users who write in Sundanese and five in Sepedi), the
**seventy-third** set (`bench/guard_seventythird/`: five with users who write in Balinese and
five in Krio) and the **seventy-fourth** set (`bench/guard_seventyfourth/`: five with users who
write in Friulian and five in Dholuo), the **seventy-fifth** set (`bench/guard_seventyfifth/`:
five with users who write in Hawaiian and five in Sango) and the **seventy-sixth** set
(`bench/guard_seventysixth/`: five with users who write in Oshiwambo and five in Waray), the
**seventy-seventh** set (`bench/guard_seventyseventh/`: ten more toolkits, five with users who
write in Tahitian and five in Chamorro) and the **seventy-eighth** set
(`bench/guard_seventyeighth/`: five with users who write in Tshivenda and five in Nahuatl), the
**seventy-ninth** set (`bench/guard_seventyninth/`: ten more toolkits, five with users who write
in Hiligaynon and five in Sranan Tongo) and the **eightieth** set (`bench/guard_eightieth/`:
five with users who write in Otjiherero and five in Inuktitut), the **eighty-first** set
(`bench/guard_eightyfirst/`: ten more toolkits, five with users who write in siSwati and five in
West Frisian) and the **eighty-second** set (`bench/guard_eightysecond/`: five with users who
write in Minangkabau and five in Romansh), the **eighty-third** set
(`bench/guard_eightythird/`: ten more toolkits, five with users who write in Kashubian and five
in Bhojpuri) and the **eighty-fourth** set (`bench/guard_eightyfourth/`: five with users who
write in Acehnese and five in Cree), the **eighty-fifth** set (`bench/guard_eightyfifth/`: ten
more toolkits, five with users who write in Upper Sorbian and five in Maithili) and the
**eighty-sixth** set (`bench/guard_eightysixth/`: five with users who write in Mapudungun and
five in Marshallese), the **eighty-seventh** set (`bench/guard_eightyseventh/`: ten more
toolkits, five with users who write in Ladin and five in Corsican) and the **eighty-eighth**
set (`bench/guard_eightyeighth/`: five with users who write in Navajo and five in Garifuna),
the **eighty-ninth** set (`bench/guard_eightyninth/`: ten more toolkits, five with users who
write in Palauan and five in Afar) and the **ninetieth** set (`bench/guard_ninetieth/`: five
with users who write in Dinka and five in Mooré); the **ninety-first** set
(`bench/guard_ninetyfirst/`: ten more toolkits, five with users who write in Tigre and five in
Nuer) and the **ninety-second** set (`bench/guard_ninetysecond/`: five with users who write in
Kanuri and five in Dyula); the **ninety-third** set (`bench/guard_ninetythird/`: ten more
toolkits, five with users who write in Sidama and five in Lozi) and the **ninety-fourth** set
(`bench/guard_ninetyfourth/`: five with users who write in Kalenjin and five in Kikongo) were
written the same way, and a stop later general fixes were read off their misses; the
**ninety-fifth** set (`bench/guard_ninetyfifth/`: ten more toolkits, five with users who write in
Makhuwa and five in Songhay and Zarma) and the **ninety-sixth** set (`bench/guard_ninetysixth/`:
five with users who write in Buginese and five in Santali) were written the same way, and no fix
has been read off them.

**AgentDojo replay** (`bench/agentdojo.py`). A public agent-security benchmark's four suites
(workspace, travel, banking, slack), exported by AgentDojo's own code in `.venv-agentdojo`
(`make agentdojo`): every user task's ground-truth calls with the outputs its tools return, and
every user task x injection task x attack template (six of AgentDojo's: `important_instructions`,
`direct`, `ignore_previous`, `system_message`, `injecagent`, `tool_knowledge`) with the attack in
the outputs the task reads, followed by the injection task's ground-truth calls and their
outputs. Replayed the same way as the scenario sets. Its first run (docs/guard.md) came before
any rule was written from it; general fixes read off its misses followed. The detector is also
measured on its distinct tool outputs, clean and attacked.

**Guard proxy overhead** (`bench/guard_proxy.py`). A fake OpenAI-compatible upstream on 127.0.0.1
returns canned completions (JSON and streamed); the same open-loop load (requests per second from
concurrent clients) goes straight to it and through the proxy, each in its own process, on the
same cores as the load generator. "Added" latency is proxy minus direct at the same percentile;
the proxy's resident memory is sampled over the run.

**Eval harness** (`bench/eval_harness.py`). `redline eval`'s runner against a real
OpenAI-compatible server on 127.0.0.1 that answers at once, so the figure is the harness's own
cost (HTTP, the response cache on disk, scoring, outcomes): requests per second with 64 in
flight, beside a bare aiohttp client against the same server. Then a `redline eval` process is
killed with SIGKILL part-way through and run again: a saved answer must never be requested
again. **Refusal detector** (`bench/eval_judges.py`): precision and recall of judge refusal-v1
on the labelled answers shipped with it, by split and language.
"""


def render(
    acc: accuracy.AccuracyReport | None,
    spd: speed.SpeedReport | None,
    det: detect.DetectReport | None = None,
    gd: guard.GuardReport | None = None,
    gp: guard_proxy.GuardProxyReport | None = None,
    *,
    ad: agentdojo.AgentDojoReport | None = None,
    ev: eval_harness.HarnessReport | None = None,
    ej: eval_judges.JudgesReport | None = None,
    argv: Sequence[str],
    seconds: float,
) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = " ".join(["bench/run_all.py", *argv])
    out = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`{command}`) on {now} in {seconds:.0f} s. "
        "Do not edit by hand: run it again.",
        "",
        *machine_lines(),
        "",
        HOW,
    ]
    out += ["## Accuracy", ""]
    if acc is None:
        out += ["Not measured in this run (`--only speed`).", ""]
    elif acc.skipped:
        out += [acc.skipped, ""]
    else:
        out += [
            f"Data: `{_shown(acc.data_dir)}`; "
            f"{sum(len(v) for v in acc.ours.values())} rows scanned in {acc.seconds:.1f} s "
            "(redline and Bandit together).",
            "",
        ]
        ordered = [t for t in acc.tables if t.title == "Accuracy targets"]
        ordered += [t for t in acc.tables if t.title != "Accuracy targets"]
        out += [t.markdown() for t in ordered]
        out.append(accuracy.families_table().markdown())
    out += ["## Speed", ""]
    if spd is None:
        out += ["Not measured in this run (`--only accuracy`).", ""]
    else:
        ordered = [t for t in spd.tables if t.title == "Speed targets"]
        ordered += [t for t in spd.tables if t.title != "Speed targets"]
        out += [t.markdown() for t in ordered]
    out += ["## Text detection", ""]
    if det is None:
        out += ["Not measured in this run.", ""]
    elif det.skipped:
        out += [det.skipped, ""]
    else:
        out += [f"Measured in {det.seconds:.0f} s.", ""]
        out += [t.markdown() for t in det.tables]
    out += ["## Guard", ""]
    if gd is None and gp is None:
        out += ["Not measured in this run.", ""]
    for part in (gd, ad, gp):
        if part is None:
            continue
        if part.skipped:
            out += [part.skipped, ""]
        else:
            out += [f"Measured in {part.seconds:.0f} s.", ""]
            out += [t.markdown() for t in part.tables]
    out += ["## Eval", ""]
    if ev is None and ej is None:
        out += ["Not measured in this run.", ""]
    if ev is not None:
        out += [f"Harness measured in {ev.seconds:.0f} s.", ""]
        out += [t.markdown() for t in ev.tables]
    if ej is not None:
        out += [
            f"Refusal detector: {ej.rows} labelled answers in {ej.seconds:.1f} s. "
            + (eval_judges.__doc__ or "").split("\n\n")[1].replace("\n", " "),
            "",
        ]
        out += [t.markdown() for t in ej.tables]
    return "\n".join(out).rstrip() + "\n"


def _shown(path: Path) -> str:
    try:
        return str(Path("..") / path.resolve().relative_to(ROOT.parent))
    except ValueError:
        return str(path)


def rules_load() -> str | None:
    """None when every rule loads; otherwise the error, so a broken rule stops the run early."""
    from redline.code.rules import all_rules

    try:
        all_rules()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument(
        "--only",
        choices=["accuracy", "speed", "detect", "guard", "eval"],
        help="run one benchmark",
    )
    parser.add_argument("--text-data", type=Path, default=detect.DEFAULT_DATA)
    parser.add_argument(
        "--no-loso", action="store_true", help="skip the leave-one-set-out retraining"
    )
    parser.add_argument("--quick", action="store_true", help="a smaller speed run")
    parser.add_argument("--data", type=Path, default=accuracy.DEFAULT_DATA)
    parser.add_argument(
        "--no-bandit", action="store_true", help="leave the peers out (Bandit, LLM Guard)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help=f"the Markdown file to write (default {DOC.relative_to(ROOT)}; with --only, "
        "nothing is written unless this is given)",
    )
    args = parser.parse_args(args_list)

    problem = rules_load()
    if problem:
        print(f"bench: the rules do not load, nothing measured: {problem}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    acc = spd = det = None
    gd: guard.GuardReport | None = None
    gp: guard_proxy.GuardProxyReport | None = None
    ad: agentdojo.AgentDojoReport | None = None
    ev: eval_harness.HarnessReport | None = None
    ej: eval_judges.JudgesReport | None = None
    if args.only in (None, "accuracy"):
        print("== accuracy", flush=True)
        acc = accuracy.run(args.data, bandit=not args.no_bandit)
        print(acc.text(), flush=True)
        for t in acc.targets:
            print(f"target {t.set}: {t.metric} = {_num(t.value)} {t.goal} -> {verdict(t.ok)}")
    if args.only in (None, "speed"):
        print("\n== speed", flush=True)
        spd = speed.run(quick=args.quick, bandit=not args.no_bandit)
        print(spd.text(), flush=True)
    if args.only in (None, "detect"):
        print("\n== detect", flush=True)
        det = detect.run(
            args.text_data, quick=args.quick, peers=not args.no_bandit, loso=not args.no_loso
        )
        print(det.text(), flush=True)
        for dt_ in det.targets:
            print(
                f"target {dt_.set}: {dt_.metric} = {_num(dt_.value)} {dt_.goal} "
                f"-> {verdict(dt_.ok)}"
            )
    if args.only in (None, "guard"):
        print("\n== guard", flush=True)
        try:
            gd = guard.run()
        except guard.ScenarioError as exc:
            print(f"bench: a guard scenario file is invalid: {exc}", file=sys.stderr)
            return 2
        print(gd.text(), flush=True)
        try:
            ad = agentdojo.run()
        except agentdojo.TraceError as exc:
            print(f"bench: the AgentDojo traces are invalid: {exc}", file=sys.stderr)
            return 2
        print(ad.text(), flush=True)
        gp = guard_proxy.run(seconds=4.0 if args.quick else 10.0)
        print(gp.text(), flush=True)
        for tg in gd.targets:
            print(f"target guard {tg.metric}: {_num(tg.value)} {tg.goal} -> {verdict(tg.ok)}")
        for sec in gd.sections:
            for th in sec.targets:
                print(
                    f"target guard {sec.label.lower()} {th.metric}: {_num(th.value)} {th.goal} "
                    f"-> {verdict(th.ok)}"
                )
        for tp in gp.targets:
            print(f"target proxy {tp.metric}: {_num(tp.value)} {tp.goal} -> {verdict(tp.ok)}")
    if args.only in (None, "eval"):
        print("\n== eval", flush=True)
        ev = eval_harness.run()
        print(ev.text(), flush=True)
        ej = eval_judges.run()
        print(ej.text(), flush=True)
        for te in ev.targets:
            print(f"target eval {te.metric}: {_num(te.value)} {te.goal} -> {verdict(te.ok)}")
    output: Path | None = args.output or (None if args.only else DOC)
    if output is None:
        print("\n(--only: docs/benchmarks.md left as it was; pass --output FILE to write one)")
        return 0
    text = render(
        acc,
        spd,
        det,
        gd,
        gp,
        ad=ad,
        ev=ev,
        ej=ej,
        argv=args_list,
        seconds=time.perf_counter() - started,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"\nwrote {output}")
    return 0


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
