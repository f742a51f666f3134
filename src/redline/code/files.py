"""Find the files a scan covers and read them safely.

Directories are walked without recursion; `.gitignore` files (of the walked tree and of its
ancestors up to the repository root) and the user's `exclude` patterns are honoured, and
dependency, build and VCS folders are skipped. Files of unknown languages inside directories are
skipped silently; a file named explicitly is given a language by its extension, its `#!` line or
a guess from its content.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pathspec

from redline.code import languages
from redline.code.markdown import looks_like_markdown

MARKDOWN = "markdown"
MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
DEFAULT_EXCLUDED_DIRS = frozenset(
    {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
)
BINARY_PROBE = 8192

_Adder = Callable[[Path, "str | None", bool], None]


@dataclass(frozen=True, slots=True)
class Target:
    """A file to scan: where it is, how to name it in reports, and its language if known."""

    path: Path
    display: str  # relative to the current directory where possible, with forward slashes
    language: str | None  # a canonical language name, MARKDOWN, or None (guess from content)
    explicit: bool  # named on the command line rather than found in a directory


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not scanned, and why."""

    path: str
    reason: str
    level: Literal["note", "warning"] = "note"


@dataclass(frozen=True, slots=True)
class ScanError:
    """A path that could not be scanned at all (missing, unreadable)."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Source:
    """The text of a file as read: decoded, with what the fixer needs to write it back."""

    text: str
    digest: str  # sha256 of the bytes read
    valid_utf8: bool


def display_path(path: Path, cwd: Path | None = None) -> str:
    """A path relative to the current directory when under it, else absolute; `/` separators."""
    base = (cwd or Path.cwd()).resolve()
    try:
        absolute = path.resolve()
    except OSError:
        absolute = path.absolute()
    try:
        return absolute.relative_to(base).as_posix() or "."
    except ValueError:
        return absolute.as_posix()


def language_of_path(path: Path) -> str | None:
    """A canonical language name or MARKDOWN from the file name alone, else None."""
    if path.suffix.lower() in MARKDOWN_EXTENSIONS:
        return MARKDOWN
    return languages.from_path(path)


def guess_language(text: str) -> str | None:
    """The language of content with no telling name: Markdown with fences, `#!`, or a guess."""
    if looks_like_markdown(text):
        return MARKDOWN
    return languages.guess(text)


def read_source(path: Path, max_size: int) -> Source | Skipped:
    """Read a file for scanning: binary and oversized files are Skipped; OSError propagates.

    Invalid UTF-8 is decoded with replacement characters (such files are never fixed).
    """
    shown = display_path(path)
    size = path.stat().st_size
    if size > max_size:
        return Skipped(
            shown, f"larger than max-file-size ({size} > {max_size} bytes)", level="warning"
        )
    data = path.read_bytes()
    if len(data) > max_size:  # grew since stat
        return Skipped(
            shown, f"larger than max-file-size ({len(data)} > {max_size} bytes)", level="warning"
        )
    return decode(data, shown)


def decode(data: bytes, shown: str) -> Source | Skipped:
    """Bytes -> Source, or Skipped when they look binary (a NUL byte in the first 8 KB)."""
    if b"\0" in data[:BINARY_PROBE]:
        return Skipped(shown, "binary file (NUL byte in the first 8 KB)")
    digest = hashlib.sha256(data).hexdigest()
    try:
        return Source(data.decode("utf-8"), digest, True)
    except UnicodeDecodeError:
        return Source(data.decode("utf-8", "replace"), digest, False)


class _Ignores:
    """Gitignore specs by the directory they apply to."""

    def __init__(self, exclude: Sequence[str], roots: Iterable[Path]) -> None:
        self._specs: dict[Path, pathspec.PathSpec[Any]] = {}
        self._exclude = pathspec.GitIgnoreSpec.from_lines(exclude) if exclude else None
        self._ancestors_apply: dict[Path, bool] = {}
        for root in roots:
            self._load_ancestors(root)
            # A folder named on the command line is scanned even when an enclosing .gitignore
            # ignores it (`redline scan .venv/lib/pkg`); the ignore files above it then do not
            # apply inside it.
            self._ancestors_apply[root] = not self.ignored(root, True, root)

    def _load_ancestors(self, root: Path) -> None:
        """Read the .gitignore files above a walked root, up to the repository's top."""
        for directory in root.parents:
            self.load(directory)
            if (directory / ".git").exists():
                break

    def load(self, directory: Path) -> None:
        if directory in self._specs:
            return
        gitignore = directory / ".gitignore"
        if gitignore.is_file():
            try:
                lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
                self._specs[directory] = pathspec.GitIgnoreSpec.from_lines(lines)
                return
            except (OSError, ValueError):
                pass
        self._specs[directory] = pathspec.PathSpec([])

    def ignored(self, path: Path, is_dir: bool, root: Path) -> bool:
        suffix = "/" if is_dir else ""
        if self._exclude is not None:
            try:
                rel = path.relative_to(root).as_posix()
            except ValueError:
                rel = path.name
            if rel != "." and self._exclude.match_file(rel + suffix):
                return True
        for directory in path.parents:
            if (
                directory != root
                and root.is_relative_to(directory)
                and not self._ancestors_apply.get(root, True)
            ):
                break
            spec = self._specs.get(directory)
            if (
                spec is not None
                and spec.patterns
                and spec.match_file(path.relative_to(directory).as_posix() + suffix)
            ):
                return True
        return False


def discover(
    paths: Sequence[str | Path],
    *,
    exclude: Sequence[str] = (),
    cwd: Path | None = None,
) -> tuple[list[Target], list[Skipped], list[ScanError]]:
    """The files to scan under `paths` (files or directories), in a stable order.

    Explicit files are always scanned (unless binary/oversized, found when reading them);
    directory contents are filtered by .gitignore, `exclude` and the default excluded folders.
    """
    base = (cwd or Path.cwd()).resolve()
    targets: list[Target] = []
    skipped: list[Skipped] = []
    errors: list[ScanError] = []
    seen: set[Path] = set()
    roots = [
        (base / p).resolve() for p in paths if (base / p).is_dir() and not (base / p).is_symlink()
    ]
    ignores = _Ignores(exclude, roots)

    def add(path: Path, language: str | None, explicit: bool) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, display_path(path, base), language, explicit))

    for raw in paths:
        given = Path(raw)
        path = given if given.is_absolute() else base / given
        if path.is_dir():
            _walk(path.resolve(), ignores, add)
        elif path.is_file():
            add(path, language_of_path(path), True)
        elif path.exists():
            skipped.append(Skipped(str(raw), "not a regular file"))
        else:
            errors.append(ScanError(str(raw), "no such file or directory"))
    return targets, skipped, errors


def _walk(root: Path, ignores: _Ignores, add: _Adder) -> None:
    """Every scannable file under root, depth-first in name order, without recursion."""
    stack = [root]
    while stack:
        directory = stack.pop()
        ignores.load(directory)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    continue  # never follow links: no loops, no escaping the tree
                if entry.is_dir():
                    if entry.name in DEFAULT_EXCLUDED_DIRS or ignores.ignored(path, True, root):
                        continue
                    subdirs.append(path)
                elif entry.is_file():
                    language = language_of_path(path)
                    if language is not None and not ignores.ignored(path, False, root):
                        add(path, language, False)
            except OSError:
                continue
        stack.extend(reversed(subdirs))
