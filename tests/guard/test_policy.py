"""Policy loading: defaults, merging, and errors that name the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.guard import Guard, Policy, PolicyError, default_policy, load_policy, parse_policy
from redline.guard.policy import starter_policy_text

DATA = Path(__file__).parents[2] / "src" / "redline" / "guard" / "data"


def _error(text: str) -> str:
    with pytest.raises(PolicyError) as info:
        parse_policy(text, source="policy.yaml")
    return str(info.value)


def test_shipped_defaults_match_the_model_defaults() -> None:
    assert default_policy() == Policy()
    assert load_policy(DATA / "default-policy.yaml") == Policy()


def test_starter_is_valid_and_equals_the_defaults() -> None:
    text = starter_policy_text()
    assert text.count("#") > 20  # it explains itself
    assert parse_policy(text, "starter.yaml").model_dump() == Policy().model_dump()


def test_partial_maps_merge_over_defaults() -> None:
    policy = parse_policy(
        "version: 1\ntools:\n  shell:\n    actions:\n      shell.chmod-world: block\n"
        "flows:\n  sinks:\n    message: {untrusted_argument: ask}\n"
        "messages:\n  tool:\n    actions: {injection: block}\n"
    )
    actions = policy.tools.shell.actions
    assert actions["chmod-world"] == "block"
    assert actions["download-exec"] == "block"  # untouched default kept
    assert policy.flows.sink("message").untrusted_argument == "ask"
    assert policy.flows.sink("message").flagged_argument == "block"
    assert policy.messages.tool.actions.injection == "block"
    assert policy.messages.tool.actions.exfiltration == "allow"  # data-channel default kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "version: 1\ntools:\n  shell:\n    actions:\n      reverse-shel: ask\n",
            "policy.yaml:5: tools.shell.actions.reverse-shel: unknown signal kind",
        ),
        ("version: 1\ntools:\n  shel: {}\n", "policy.yaml:3: tools.shel: unknown field"),
        (
            "version: 1\nversion: 1\n",
            "policy.yaml:2: version: duplicate key (first defined on line 1)",
        ),
        (
            "tools:\n  arguments:\n    - pattern: '(unclosed'\n",
            "policy.yaml:3: tools.arguments.0.pattern: invalid regular expression",
        ),
        (
            "limits:\n  calls_per_minute: lots\n",
            "policy.yaml:2: limits.calls_per_minute: Input should be a valid integer",
        ),
        ("on_error: maybe\n", "policy.yaml:1: on_error: Input should be 'block' or 'allow'"),
        (
            "tools:\n  network:\n    actions:\n      ip-literal: deny\n",
            "policy.yaml:4: tools.network.actions.ip-literal: Input should be 'allow', 'ask'",
        ),
        (
            "flows:\n  sinks:\n    emails: {after_flagged: ask}\n",
            "policy.yaml:3: flows.sinks.emails: unknown sink class 'emails'",
        ),
        (
            "limits:\n  per_tool: {'*send*': 0}\n",
            "policy.yaml:2: limits.per_tool: cap for '*send*'",
        ),
        ("version: 2\n", "policy.yaml:1: version: Input should be 1"),
        ("", "policy.yaml: policy is empty"),
        ("# only a comment\n", "policy.yaml: policy is empty"),
        ("- a\n- b\n", "policy.yaml:1: policy must be a mapping of sections, not a list"),
        ("tools: [\n", "policy.yaml:2: invalid YAML"),
        ("tools:\n  deny: ['']\n", "policy.yaml:2: tools.deny.0: empty name pattern"),
        (
            "tools:\n  arguments:\n    - tool: x\n",
            "policy.yaml:3: tools.arguments.0.pattern: required",
        ),
        ("? [a, b]\n: 1\n", "policy.yaml:1: <top>: keys must be plain strings"),
        ("flows:\n  min_value_length: 0\n", "policy.yaml:2: flows.min_value_length:"),
    ],
)
def test_errors_name_file_line_and_field(text: str, expected: str) -> None:
    assert _error(text).startswith(expected), _error(text)


def test_several_errors_are_all_reported() -> None:
    message = _error("on_error: x\nlimits:\n  calls_per_session: y\n")
    assert "and 1 more" in message
    assert "policy.yaml:3: limits.calls_per_session" in message


def test_load_policy_file_errors(tmp_path: Path) -> None:
    missing = tmp_path / "none.yaml"
    with pytest.raises(PolicyError, match=r"none\.yaml: cannot read policy"):
        load_policy(missing)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"version: 1\n\xff\xfe\n")
    with pytest.raises(PolicyError, match=r"bin\.yaml: policy is not valid UTF-8"):
        load_policy(binary)
    bad = tmp_path / "policy.yaml"
    bad.write_text("version: 1\ntools:\n  default: maybe\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=rf"^{tmp_path / 'policy.yaml'}:3: tools.default:"):
        load_policy(bad)


def test_guard_refuses_to_start_with_an_invalid_policy(tmp_path: Path) -> None:
    bad = tmp_path / "policy.yaml"
    bad.write_text("tools:\n  shell:\n    actions: {reverse-shel: ask}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"policy\.yaml:3: tools\.shell\.actions\.reverse-shel"):
        Guard(bad)


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    message = _error("\n".join(lines) + "\n")
    assert "policy.yaml" in message


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.sampled_from(["allow", "ask", "block", "redact", "*", "(", "balanced", "x", ""]),
    st.text(max_size=8),
)
_keys = st.sampled_from(
    [
        "version",
        "on_error",
        "tools",
        "shell",
        "actions",
        "flows",
        "sinks",
        "message",
        "limits",
        "per_tool",
        "arguments",
        "pattern",
        "messages",
        "user",
        "level",
        "reverse-shell",
        "deny",
        "x",
    ]
)
_trees = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), _trees.map(yaml.safe_dump)))
def test_fuzz_parse_policy_returns_a_policy_or_a_policy_error(text: str) -> None:
    result: Policy | str
    try:
        result = parse_policy(text, source="fuzz.yaml")
    except PolicyError as exc:
        result = str(exc)
    if isinstance(result, str):
        assert result.startswith("fuzz.yaml")
    else:
        assert isinstance(result, Policy)


def test_unknown_pii_kind_is_an_error() -> None:
    message = _error("responses:\n  pii_kinds: [payment-card, passport]\n")
    assert message.startswith("policy.yaml:2: responses.pii_kinds.1: unknown PII kind 'passport'")


def test_new_shell_kinds_sink_class_and_unrequested_field() -> None:
    policy = parse_policy(
        "tools:\n  shell:\n    actions: {cloud-destroy: block, upload: allow}\n"
        "flows:\n  sinks:\n    security: {unrequested: block}\n    delete: {unrequested: allow}\n"
    )
    shell = policy.tools.shell.actions
    assert shell["cloud-destroy"] == "block"
    assert shell["upload"] == "allow"
    assert shell["exfiltration"] == "block"
    assert shell["remote-push"] == "ask"
    assert policy.flows.sink("security").unrequested == "block"
    assert policy.flows.sink("security").after_flagged == "ask"  # merged over the defaults
    assert policy.flows.sink("delete").unrequested == "allow"
    defaults = default_policy().flows
    assert {c for c in defaults.sinks if defaults.sink(c).unrequested == "ask"} == {
        "payment",
        "delete",
        "credential",
        "share",
        "security",
        "secret_read",
    }


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("flows:\n  sinks:\n    securty: {unrequested: ask}\n", "unknown sink class 'securty'"),
        ("flows:\n  sinks:\n    security: {unrequested: maybe}\n", "flows.sinks.security"),
        ("tools:\n  shell:\n    actions: {cloud-destory: ask}\n", "cloud-destory"),
    ],
)
def test_new_fields_are_validated(text: str, fragment: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(text, source="p.yaml")
    assert fragment in str(err.value)
    assert str(err.value).startswith("p.yaml:")
