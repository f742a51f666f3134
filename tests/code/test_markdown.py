"""Fenced blocks of LLM responses: extracted with positions, languages named or guessed."""

from __future__ import annotations

from redline import scan_markdown
from redline.code.markdown import code_blocks

RESPONSE = """Here is a loader:

```python
import yaml
cfg = yaml.load(open("c.yml"))
```

And the shell part:

~~~
#!/bin/bash
echo hi
~~~

```
import subprocess
def f(x):
    subprocess.run("ls " + x, shell=True)
```
"""


def test_blocks_languages_and_offsets() -> None:
    blocks = code_blocks(RESPONSE)
    assert [b.language for b in blocks] == ["python", "bash", "python"]
    for block in blocks:
        assert RESPONSE[block.offset : block.offset + len(block.code)] == block.code
        assert RESPONSE.split("\n")[block.line] == block.code.split("\n")[0]


def test_findings_point_into_the_markdown() -> None:
    findings = scan_markdown(RESPONSE)
    names = [f.rule_name for f in findings]
    assert "yaml-unsafe-load" in names
    assert "subprocess-shell-true" in names
    lines = RESPONSE.split("\n")
    for finding in findings:
        assert RESPONSE[finding.span.start : finding.span.end] in lines[finding.line - 1]


def test_unclosed_fence_runs_to_the_end() -> None:
    blocks = code_blocks("text\n```py\nimport os\nos.system(x)")
    assert len(blocks) == 1
    assert blocks[0].code == "import os\nos.system(x)"


def test_prose_has_no_blocks() -> None:
    assert code_blocks("Just prose, no code at all.") == []
    assert scan_markdown("") == []
