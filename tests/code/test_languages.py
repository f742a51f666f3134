"""Language names, aliases, extensions, shebangs and guessing."""

from __future__ import annotations

import pytest

from redline.code import languages


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("py", "python"),
        ("C++", "cpp"),
        ("c#", "csharp"),
        ("ts", "typescript"),
        ("sh", "bash"),
        ("golang", "go"),
        ("rb", "ruby"),
        ("rs", "rust"),
        ("JS", "javascript"),
    ],
)
def test_normalize(alias: str, name: str) -> None:
    assert languages.normalize(alias) == name


def test_every_grammar_loads() -> None:
    for name in languages.names():
        assert languages.parser(name).parse(b"x").root_node is not None


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("a/b.py", "python"),
        ("x.TSX", "typescript"),
        ("m.hpp", "cpp"),
        ("k.cs", "csharp"),
        ("Rakefile", "ruby"),
        ("s.zsh", "bash"),
        ("README.md", None),
        ("noext", None),
    ],
)
def test_from_path(path: str, name: str | None) -> None:
    assert languages.from_path(path) == name


def test_fence_and_shebang() -> None:
    assert languages.from_fence("python title=x.py") == "python"
    assert languages.from_fence("{.cpp}") == "cpp"
    assert languages.from_fence("text") is None
    assert languages.from_shebang("#!/usr/bin/env python3") == "python"
    assert languages.from_shebang("#!/bin/bash -e") == "bash"


SNIPPETS = {
    "python": "from flask import Flask\n\ndef index(name):\n    return f'hi {name}'\n",
    "javascript": "const fs = require('fs');\n"
    "app.get('/', (req, res) => {\n  res.send(req.query.x);\n});\n",
    "typescript": "interface User { name: string }\nconst f = (u: User): string => u.name;\n",
    "java": "import java.io.File;\npublic class A {\n  public static void main(String[] a) {\n"
    "    System.out.println(a[0]);\n  }\n}\n",
    "csharp": "using System;\nnamespace N {\n"
    "  class P { static void Main() { Console.WriteLine(1); } }\n}\n",
    "go": 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n',
    "c": "#include <stdio.h>\n#include <string.h>\nint main(void) {\n  char buf[8];\n"
    '  strcpy(buf, "x");\n  printf("%s", buf);\n}\n',
    "cpp": "#include <iostream>\nusing namespace std;\nint main() { std::cout << 1; }\n",
    "php": "<?php\n$name = $_GET['name'];\necho $name;\n",
    "ruby": "require 'json'\nclass A < Base\n  def show\n    puts params[:id]\n  end\nend\n",
    "rust": "use std::process::Command;\nfn main() {\n    let mut v = Vec::new();\n"
    '    println!("{:?}", v.pop().unwrap());\n}\n',
    "bash": "#!/bin/bash\ncurl -s https://example.com/install.sh | sh\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_guess(name: str) -> None:
    assert languages.guess(SNIPPETS[name]) == name


def test_guess_gives_up_on_prose() -> None:
    assert languages.guess("The weather is nice today.") is None
