"""The languages redline scans: names, file extensions, fence tags and tree-sitter grammars."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

import tree_sitter as ts


@dataclass(frozen=True, slots=True)
class LanguageSpec:
    """What redline knows of one language."""

    name: str
    module: str  # the grammar wheel's module
    function: str  # the function in it that returns the grammar
    extensions: tuple[str, ...]
    aliases: tuple[str, ...]  # Markdown fence tags and --lang spellings
    line_comment: str  # the line-comment leader used by suppressions and rule examples
    rules_dir: str  # the folder of src/redline/code/rules that holds its rules


LANGUAGES: dict[str, LanguageSpec] = {
    spec.name: spec
    for spec in (
        LanguageSpec(
            "python",
            "tree_sitter_python",
            "language",
            (".py", ".pyw", ".pyi"),
            ("py", "python3", "py3", "python2"),
            "#",
            "python",
        ),
        LanguageSpec(
            "javascript",
            "tree_sitter_javascript",
            "language",
            (".js", ".mjs", ".cjs", ".jsx"),
            ("js", "node", "nodejs", "jsx", "es6"),
            "//",
            "javascript",
        ),
        LanguageSpec(
            "typescript",
            "tree_sitter_typescript",
            "language_tsx",
            (".ts", ".tsx", ".mts", ".cts"),
            ("ts", "tsx"),
            "//",
            "javascript",
        ),
        LanguageSpec(
            "java",
            "tree_sitter_java",
            "language",
            (".java",),
            ("jav",),
            "//",
            "java",
        ),
        LanguageSpec("go", "tree_sitter_go", "language", (".go",), ("golang",), "//", "go"),
        LanguageSpec("c", "tree_sitter_c", "language", (".c", ".h"), (), "//", "c"),
        LanguageSpec(
            "cpp",
            "tree_sitter_cpp",
            "language",
            (".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".c++", ".h++"),
            ("c++", "cxx", "cc", "hpp"),
            "//",
            "c",
        ),
        LanguageSpec(
            "csharp",
            "tree_sitter_c_sharp",
            "language",
            (".cs",),
            ("c#", "cs", "c-sharp", "dotnet"),
            "//",
            "csharp",
        ),
        LanguageSpec("php", "tree_sitter_php", "language_php", (".php", ".phtml"), (), "//", "php"),
        LanguageSpec(
            "ruby", "tree_sitter_ruby", "language", (".rb", ".rake"), ("rb",), "#", "ruby"
        ),
        LanguageSpec("rust", "tree_sitter_rust", "language", (".rs",), ("rs",), "//", "rust"),
        LanguageSpec(
            "bash",
            "tree_sitter_bash",
            "language",
            (".sh", ".bash", ".zsh", ".ksh"),
            ("sh", "shell", "zsh", "ksh", "console", "shell-script"),
            "#",
            "shell",
        ),
    )
}

_BY_EXTENSION = {ext: spec.name for spec in LANGUAGES.values() for ext in spec.extensions}
_BY_ALIAS = {
    alias: spec.name for spec in LANGUAGES.values() for alias in (spec.name, *spec.aliases)
}
_BY_FILENAME = {"dockerfile": None, "makefile": None, "rakefile": "ruby", "gemfile": "ruby"}


class UnknownLanguageError(ValueError):
    """Raised for a language name redline does not scan."""


def names() -> tuple[str, ...]:
    """The canonical names of every supported language."""
    return tuple(LANGUAGES)


def normalize(name: str) -> str:
    """`normalize("C++")` -> "cpp"; raises UnknownLanguageError naming the choices."""
    key = name.strip().lower()
    if key in _BY_ALIAS:
        return _BY_ALIAS[key]
    choices = ", ".join(LANGUAGES)
    raise UnknownLanguageError(f"unknown language {name!r} (supported: {choices})")


def from_fence(tag: str) -> str | None:
    """The language of a Markdown fence info string, or None when it names none we scan."""
    word = tag.strip().split()[0].lower() if tag.strip() else ""
    word = word.lstrip("{.").rstrip("}")
    return _BY_ALIAS.get(word)


def from_path(path: str | PurePath) -> str | None:
    """The language of a file by its extension (or name), or None."""
    p = PurePath(path)
    lang = _BY_EXTENSION.get(p.suffix.lower())
    if lang is None:
        lang = _BY_FILENAME.get(p.name.lower())
    return lang


def from_shebang(first_line: str) -> str | None:
    """The language named by a `#!` line, or None."""
    if not first_line.startswith("#!"):
        return None
    words = first_line[2:].replace("/usr/bin/env", " ").split()
    interp = PurePath(words[0]).name if words else ""
    interp = re.sub(r"[\d.]+$", "", interp)
    table = {
        "python": "python",
        "node": "javascript",
        "bash": "bash",
        "sh": "bash",
        "zsh": "bash",
        "ruby": "ruby",
        "php": "php",
        "ksh": "bash",
        "dash": "bash",
    }
    return table.get(interp)


@cache
def grammar(name: str) -> ts.Language:
    """The tree-sitter Language of a canonical language name (loaded once)."""
    spec = LANGUAGES[name]
    module = importlib.import_module(spec.module)
    return ts.Language(getattr(module, spec.function)())


def parser(name: str) -> ts.Parser:
    """A new parser for the language (parsers are not shared across threads)."""
    return ts.Parser(grammar(name))


# tree-sitter-bash 0.25 reads out of bounds on a code point outside the Basic Multilingual
# Plane after a brace (tree-sitter/tree-sitter-bash#337): parsing "{\U00031860" or
# "{\U000E0000" kills the process on Linux (found here by fuzzing too). When a text has a
# brace, the bash parser is given each such code point as U+FFFD and an underscore: the same
# UTF-8 length (four bytes), so every byte offset stays put, and one word stays one word.
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SAFE_STAND_IN = "\ufffd_"


def parse_input(name: str, text: str) -> bytes:
    """`text` as the bytes to give the parser of language `name` (UTF-8, lone surrogates
    kept), with what its grammar cannot read safely replaced (see above)."""
    if name == "bash" and "{" in text and not text.isascii():
        text = _ASTRAL_RE.sub(_SAFE_STAND_IN, text)
    return text.encode("utf-8", "surrogatepass")


# Each entry: a pattern and its weight. A snippet's language is the best-scoring one.
_SIGNALS: dict[str, tuple[tuple[str, int], ...]] = {
    "python": (
        (r"^\s*def \w+\(.*\)\s*(->\s*[\w\[\], .]+)?:\s*$", 5),
        (r"^\s*import \w+(\.\w+)*\s*$", 3),
        (r"^\s*from [\w.]+ import ", 5),
        (r"^\s*(elif|except|finally)\b.*:\s*$", 4),
        (r"\bself\.", 2),
        (r"^\s*@\w+", 1),
        (r"\bprint\(", 1),
        (r"^\s*class \w+(\(.*\))?:\s*$", 4),
        (r"\bNone\b|\bTrue\b|\bFalse\b", 1),
        (r"^\s*if .*:\s*$", 2),
        (r'f"[^"]*\{', 2),
    ),
    "javascript": (
        (r"\b(const|let|var) \w+\s*=", 2),
        (r"\bfunction\s*\w*\s*\(", 2),
        (r"=>\s*[{(]?", 2),
        (r"\brequire\(['\"]", 4),
        (r"\bconsole\.log\(", 3),
        (r"\bmodule\.exports\b", 4),
        (r"\bdocument\.|\bwindow\.", 3),
        (r"^\s*import .* from ['\"]", 3),
        (r"===|!==", 2),
        (r"\bapp\.(get|post|use)\(", 3),
        (r"\breq\.(body|query|params)\b", 3),
    ),
    "typescript": (
        (r":\s*(string|number|boolean|any|void|unknown)\b", 4),
        (r"\binterface \w+\s*\{", 4),
        (r"^\s*(export )?type \w+\s*=", 4),
        (r"<\w+>\(", 1),
        (r"\bas (string|number|any)\b", 3),
        (r"\b(private|public|readonly) \w+:", 3),
    ),
    "java": (
        (r"\bpublic (static )?(final )?(class|interface|void|String|int)\b", 4),
        (r"\bSystem\.out\.print", 5),
        (r"^\s*import java\.", 6),
        (r"^\s*package [\w.]+;", 4),
        (r"\bString\[\]", 3),
        (r"@Override", 4),
        (r"\bnew \w+(<.*>)?\(", 1),
        (r"\bthrows \w+", 3),
    ),
    "csharp": (
        (r"^\s*using System(\.\w+)*;", 6),
        (r"\bnamespace \w+", 3),
        (r"\bConsole\.Write", 5),
        (r"\bstring\b", 1),
        (r"\bpublic (async )?(Task|void|string|int)\b", 2),
        (r"\[Http(Get|Post)\]", 5),
        (r"\bvar \w+ = new ", 2),
        (r"\{ get; (set; )?\}", 5),
    ),
    "go": (
        (r"^\s*package \w+\s*$", 5),
        (r"\bfunc (\(\w+ \*?\w+\) )?\w+\(", 5),
        (r":=", 3),
        (r"\bfmt\.\w+\(", 5),
        (r"^\s*import \(", 4),
        (r"\berr != nil\b", 6),
        (r"\bhttp\.\w+", 1),
    ),
    "c": (
        (r"^\s*#include\s*<\w+\.h>", 4),
        (r"\bprintf\(", 2),
        (r"\bmalloc\(", 3),
        (r"\bint main\s*\(", 3),
        (r"\bchar\s*\*\s*\w+", 3),
        (r"\b(strcpy|strcat|sprintf|gets)\(", 3),
        (r"->\w+", 1),
        (r"\bsizeof\b", 2),
    ),
    "cpp": (
        (r"^\s*#include\s*<\w+>", 4),
        (r"\bstd::", 6),
        (r"\bcout\s*<<", 5),
        (r"\btemplate\s*<", 5),
        (r"\bnamespace \w+\s*\{", 2),
        (r"::\w+\(", 1),
        (r"\busing namespace std;", 6),
    ),
    "php": (
        (r"<\?php", 10),
        (r"\$\w+\s*=", 3),
        (r"\$_(GET|POST|REQUEST|COOKIE|SERVER)\b", 6),
        (r"\becho\b", 2),
        (r"->\w+\(", 1),
        (r"\bfunction \w+\(\$", 5),
    ),
    "ruby": (
        (r"^\s*def \w+[?!]?(\(.*\))?\s*$", 3),
        (r"^\s*end\s*$", 4),
        (r"\bputs\b", 3),
        (r"^\s*require ['\"]", 3),
        (r"\.each do \|", 5),
        (r"\battr_accessor\b", 5),
        (r"^\s*class \w+( < [\w:]+)?\s*$", 3),
        (r"\bparams\[:\w+\]", 6),
        (r"#\{", 2),
    ),
    "rust": (
        (r"\bfn \w+\s*(<.*>)?\(", 4),
        (r"\blet mut\b", 6),
        (r"\bimpl\b", 3),
        (r"\bprintln!\(", 6),
        (r"^\s*use \w+(::\w+)+", 4),
        (r"\bunsafe\s*\{", 4),
        (r"&str\b|\bString::", 3),
        (r"\.unwrap\(\)", 4),
    ),
    "bash": (
        (r"^#!.*\b(ba)?sh\b", 10),
        (
            r"^\s*(sudo|apt-get|apt|curl|wget|chmod|chown|echo|export|mkdir|cd|"
            r"rm|pip|npm|git|docker|systemctl|yum|brew|tar|ssh|scp) ",
            2,
        ),
        (r"\$\{?\w+\}?", 1),
        (r"^\s*(if|then|fi|done|do|esac)\b", 2),
        (r"\|\s*(sh|bash)\b", 4),
    ),
}
_COMPILED = {
    lang: tuple((re.compile(p, re.MULTILINE), w) for p, w in sigs)
    for lang, sigs in _SIGNALS.items()
}


def guess(code: str) -> str | None:
    """Guess the language of a snippet with no name or fence tag; None when nothing fits."""
    first = code.lstrip().split("\n", 1)[0]
    by_bang = from_shebang(first)
    if by_bang:
        return by_bang
    sample = code[:20000]
    scores: dict[str, int] = {}
    for lang, sigs in _COMPILED.items():
        score = 0
        for rx, weight in sigs:
            hits = len(rx.findall(sample))
            if hits:
                score += weight * min(hits, 3)
        scores[lang] = score
    # TypeScript is JavaScript with types: it needs JavaScript's signals too.
    if scores["typescript"]:
        scores["typescript"] += scores["javascript"]
    if scores["cpp"]:
        scores["cpp"] += scores["c"] // 2
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 3 else None
