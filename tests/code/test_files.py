"""File discovery and safe reading."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redline.code.files import (
    MARKDOWN,
    Skipped,
    Source,
    discover,
    display_path,
    guess_language,
    read_source,
)


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _found(root: Path, *paths: str, exclude: tuple[str, ...] = ()) -> list[str]:
    targets, _, _ = discover(list(paths) or ["."], exclude=exclude, cwd=root)
    return sorted(t.display for t in targets)


def test_walk_skips_default_folders_and_unknown_extensions(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "app.py": "",
            "web/site.js": "",
            "notes.md": "",
            "data.csv": "",
            "node_modules/lib/index.js": "",
            ".venv/lib/x.py": "",
            "venv/x.py": "",
            "__pycache__/x.py": "",
            "dist/x.py": "",
            "build/x.py": "",
            ".git/hooks/x.py": "",
        },
    )
    assert _found(tmp_path) == ["app.py", "notes.md", "web/site.js"]


def test_gitignore_nested_and_in_ancestors(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _tree(
        tmp_path,
        {
            ".gitignore": "generated/\n*.gen.py\n",
            "src/.gitignore": "local_*.py\n!local_keep.py\n",
            "src/app.py": "",
            "src/x.gen.py": "",
            "src/local_secret.py": "",
            "src/local_keep.py": "",
            "src/generated/out.py": "",
        },
    )
    assert _found(tmp_path, "src") == ["src/app.py", "src/local_keep.py"]


def test_an_ignored_folder_named_explicitly_is_scanned(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _tree(
        tmp_path,
        {".gitignore": "vendor/\n*.gen.py\n", "vendor/lib/a.py": "", "vendor/b.gen.py": ""},
    )
    assert _found(tmp_path) == []
    assert _found(tmp_path, "vendor") == ["vendor/b.gen.py", "vendor/lib/a.py"]


def test_exclude_patterns(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.py": "", "tests/fixtures/b.py": "", "lib/c.min.js": "", "lib/d.js": ""})
    assert _found(tmp_path, exclude=("tests/fixtures/", "*.min.js")) == ["a.py", "lib/d.js"]


def test_explicit_files_are_kept_even_if_ignored_or_unknown(tmp_path: Path) -> None:
    _tree(tmp_path, {".gitignore": "*.py\n", "a.py": "", "script": "#!/usr/bin/env python\n"})
    targets, skipped, errors = discover(["a.py", "script", "a.py"], cwd=tmp_path)
    assert [(t.display, t.language, t.explicit) for t in targets] == [
        ("a.py", "python", True),
        ("script", None, True),
    ]
    assert skipped == []
    assert errors == []


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    _, _, errors = discover(["nope"], cwd=tmp_path)
    assert [(e.path, e.message) for e in errors] == [("nope", "no such file or directory")]


def test_symlink_loops_are_not_followed(tmp_path: Path) -> None:
    _tree(tmp_path, {"pkg/a.py": ""})
    os.symlink(tmp_path, tmp_path / "pkg" / "loop")
    assert _found(tmp_path) == ["pkg/a.py"]


def test_deep_directories_do_not_recurse(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(60):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "x.py").write_text("", encoding="utf-8")
    assert len(_found(tmp_path)) == 1


def test_read_binary_huge_invalid_and_empty(tmp_path: Path) -> None:
    binary = tmp_path / "b.py"
    binary.write_bytes(b"print(1)\n\0\0")
    result = read_source(binary, 1000)
    assert isinstance(result, Skipped)
    assert "binary" in result.reason

    huge = tmp_path / "h.py"
    huge.write_bytes(b"x = 1\n" * 100)
    result = read_source(huge, 100)
    assert isinstance(result, Skipped)
    assert result.level == "warning"
    assert "max-file-size" in result.reason

    invalid = tmp_path / "i.py"
    invalid.write_bytes(b"name = '\xff'\n")
    source = read_source(invalid, 1000)
    assert isinstance(source, Source)
    assert not source.valid_utf8
    assert source.text == "name = '\ufffd'\n"

    empty = tmp_path / "e.py"
    empty.write_bytes(b"")
    source = read_source(empty, 1000)
    assert isinstance(source, Source)
    assert source.text == ""


def test_nul_after_the_probe_is_text(tmp_path: Path) -> None:
    path = tmp_path / "late.py"
    path.write_bytes(b"#" * 9000 + b"\0")
    assert isinstance(read_source(path, 100_000), Source)


def test_guess_language() -> None:
    assert guess_language("Some prose\n\n```\nprint(1)\n```\n") == MARKDOWN
    assert guess_language("#!/bin/bash\necho hi\n") == "bash"
    assert guess_language("hello there") is None


def test_display_path(tmp_path: Path) -> None:
    assert display_path(tmp_path / "a" / "b.py", tmp_path) == "a/b.py"
    outside = display_path(Path("/"), tmp_path)
    assert outside == "/"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "secret.py"
    path.write_text("x = 1\n", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(PermissionError):
        read_source(path, 1000)
