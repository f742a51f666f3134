"""Fixes for Python rules that a template cannot express."""

from __future__ import annotations

import re

import tree_sitter as ts

from redline._core import Edit, Fix
from redline.code.document import Document

Captures = dict[str, list[ts.Node]]


def _edit(doc: Document, node: ts.Node, replacement: str) -> Edit:
    return Edit(doc.char_offset(node.start_byte), doc.char_offset(node.end_byte), replacement)


def yaml_safe_load(doc: Document, captures: Captures) -> Fix | None:
    """yaml.load(x, Loader=...) -> yaml.safe_load(x); load_all -> safe_load_all."""
    call = captures["match"][0]
    fn = captures["fn"][0]
    args = call.child_by_field_name("arguments")
    data = captures["data"][0]
    if args is None or data.type == "keyword_argument":
        return None
    name = "safe_load_all" if doc.node_text(fn) == "load_all" else "safe_load"
    return Fix(
        "Use yaml.safe_load(), which builds only plain data",
        (_edit(doc, fn, name), _edit(doc, args, f"({doc.node_text(data)})")),
    )


_SHELL_META = set("|&;<>()$`\\\"'*?[]#~=%{}!\n")


def _command_pieces(doc: Document, node: ts.Node) -> list[tuple[bool, str]] | None:
    """A command string as (is_code, text) pieces: literal text and interpolated expressions."""
    if node.type == "string":
        raw = doc.node_text(node)
        if raw[:3] in ('"""', "'''") or raw[-1:] not in "\"'":
            return None
        pieces: list[tuple[bool, str]] = []
        for child in node.named_children:
            if child.type == "string_content":
                pieces.append((False, doc.node_text(child)))
            elif child.type == "interpolation":
                expr = child.child_by_field_name("expression")
                if expr is None or len(child.named_children) != 1:
                    return None  # a conversion or format spec changes the text
                pieces.append((True, doc.node_text(expr)))
            elif child.type not in ("string_start", "string_end"):
                return None
        return pieces
    if node.type == "binary_operator":
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if op is None or doc.node_text(op) != "+" or left is None or right is None:
            return None
        a, b = _command_pieces(doc, left), _command_pieces(doc, right)
        return None if a is None or b is None else a + b
    if node.type in ("identifier", "attribute"):
        return [(True, doc.node_text(node))]
    return None


def _argv(pieces: list[tuple[bool, str]]) -> list[str] | None:
    """Split pieces into argv items; every expression must be a whole word."""
    words: list[str] = []
    current: list[str] = []
    glued = False  # the current word holds literal text
    for index, (code, value) in enumerate(pieces):
        if code:
            before = pieces[index - 1] if index else (False, " ")
            after = pieces[index + 1] if index + 1 < len(pieces) else (False, " ")
            if before[0] or after[0] or (not before[1][-1:].isspace() and index):
                return None
            if not after[1][:1].isspace():
                return None
            words.append(f"str({value})")
            continue
        if any(ch in _SHELL_META for ch in value):
            return None
        for i, part in enumerate(value.split(" ")):
            if i and (current or glued):
                words.append(repr("".join(current)))
                current, glued = [], False
            if part:
                current.append(part)
                glued = True
    if current:
        words.append(repr("".join(current)))
    return words or None


def shell_to_argument_list(doc: Document, captures: Captures) -> Fix | None:
    """A command with no shell syntax -> an argument list, shell=True dropped.

    `"ls -l /tmp"` -> `["ls", "-l", "/tmp"]`;
    `f"grep -r {term} ."` -> `["grep", "-r", str(term), "."]`.
    """
    cmd = captures["cmd"][0]
    pieces = _command_pieces(doc, cmd)
    if not pieces:
        return None
    if any("\t" in text or "\\" in text for code, text in pieces if not code):
        return None
    argv = _argv(pieces)
    if argv is None:
        return None
    shell = captures["shell"][0]
    from redline.code.matcher import deletion

    start, end = doc.char_offset(shell.start_byte), doc.char_offset(shell.end_byte)
    return Fix(
        "Pass the command as an argument list without a shell",
        (_edit(doc, cmd, "[" + ", ".join(argv) + "]"), deletion(doc.text, start, end)),
    )


def _insert_before_close(doc: Document, call: ts.Node, addition: str) -> Edit | None:
    """Append `addition` as the last argument of a call."""
    args = call.child_by_field_name("arguments")
    if args is None or args.type != "argument_list":
        return None
    close = doc.char_offset(args.end_byte) - 1
    if doc.text[close : close + 1] != ")":
        return None
    inner = doc.text[doc.char_offset(args.start_byte) + 1 : close]
    stripped = inner.rstrip()
    if not stripped:
        return Edit(close, close, addition)
    end = doc.char_offset(args.start_byte) + 1 + len(stripped)
    if stripped.endswith(","):
        return Edit(end, end, f" {addition}")
    return Edit(end, end, f", {addition}")


def replace_node(doc: Document, node: ts.Node, replacement: str, description: str) -> Fix:
    """Replace one node's text."""
    return Fix(description, (_edit(doc, node, replacement),))


def tar_filter(doc: Document, call: ts.Node) -> Fix | None:
    """tar.extractall(path) -> tar.extractall(path, filter="data")."""
    edit = _insert_before_close(doc, call, 'filter="data"')
    if edit is None:
        return None
    return Fix('Extract with filter="data", which refuses unsafe members', (edit,))


def weak_hash_to_sha256(doc: Document, call: ts.Node, name: str) -> Fix | None:
    """hashlib.md5(x) / hashlib.sha1(x) / hashlib.new("md5", x) -> SHA-256."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return None
    if name in ("hashlib.md5", "hashlib.sha1"):
        attr = fn.child_by_field_name("attribute")
        if attr is None:
            return None
        return Fix("Use SHA-256", (_edit(doc, attr, "sha256"),))
    if name == "hashlib.new":
        args = call.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        if first is None or first.type != "string":
            return None
        quote = doc.node_text(first)[0]
        return Fix("Use SHA-256", (_edit(doc, first, f"{quote}sha256{quote}"),))
    return None


# random.X -> the secrets module's equivalent, where it is exact.
_SECRETS_EXACT = {"choice": "secrets.choice"}


def random_to_secrets(doc: Document, call: ts.Node, name: str) -> Fix | None:
    """random.choice(x) -> secrets.choice(x); other random.X -> random.SystemRandom().X."""
    if not name.startswith("random."):
        return None
    fn = call.child_by_field_name("function")
    if fn is None:
        return None
    method = name.split(".", 1)[1]
    args = call.child_by_field_name("arguments")
    argc = len([a for a in args.named_children if a.type != "comment"]) if args else 0
    has_secrets = bool(re.search(r"^\s*import\s+secrets\b", doc.text, re.M))
    if method in _SECRETS_EXACT and has_secrets:
        return Fix("Use the secrets module", (_edit(doc, fn, _SECRETS_EXACT[method]),))
    if method == "randrange" and argc == 1 and has_secrets:
        return Fix("Use the secrets module", (_edit(doc, fn, "secrets.randbelow"),))
    if method == "getrandbits" and has_secrets:
        return Fix("Use the secrets module", (_edit(doc, fn, "secrets.randbits"),))
    return Fix(
        "Draw from the operating system's generator (random.SystemRandom)",
        (_edit(doc, fn, f"random.SystemRandom().{method}"),),
    )


def cookie_flags(doc: Document, captures: Captures) -> Fix | None:
    """set_cookie(...) -> set_cookie(..., secure=True, httponly=True)."""
    call = captures["match"][0]
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    edits: list[Edit] = []
    missing: list[str] = []
    for flag in ("secure", "httponly"):
        found = None
        for child in args.named_children:
            if child.type == "keyword_argument":
                key = child.child_by_field_name("name")
                if key is not None and doc.node_text(key) == flag:
                    found = child
        if found is None:
            missing.append(f"{flag}=True")
            continue
        value = found.child_by_field_name("value")
        if value is not None and doc.node_text(value) == "False":
            edits.append(_edit(doc, value, "True"))
    if missing:
        edit = _insert_before_close(doc, call, ", ".join(missing))
        if edit is None:
            return None
        edits.append(edit)
    if not edits:
        return None
    edits.sort(key=lambda e: e.start)
    return Fix("Send the cookie only over HTTPS and hide it from scripts", tuple(edits))


def torch_weights_only(doc: Document, captures: Captures) -> Fix | None:
    """torch.load(f) -> torch.load(f, weights_only=True); weights_only=False -> True."""
    call = captures["match"][0]
    args = call.child_by_field_name("arguments")
    for child in args.named_children if args is not None else ():
        key = child.child_by_field_name("name") if child.type == "keyword_argument" else None
        value = child.child_by_field_name("value")
        if key is not None and value is not None and doc.node_text(key) == "weights_only":
            return Fix("Load tensors only (weights_only=True)", (_edit(doc, value, "True"),))
    edit = _insert_before_close(doc, call, "weights_only=True")
    if edit is None:
        return None
    return Fix("Load tensors only (weights_only=True)", (edit,))


def tls_verification_on(doc: Document, captures: Captures) -> Fix | None:
    """CERT_NONE -> CERT_REQUIRED; check_hostname = False -> True."""
    value = captures.get("value")
    if not value:
        return None
    node = value[0]
    current = doc.node_text(node)
    if current.endswith("CERT_NONE"):
        return Fix("Require a valid certificate", (_edit(doc, node, current[:-4] + "REQUIRED"),))
    if current == "False":
        return Fix("Check the host name", (_edit(doc, node, "True"),))
    return None


def lxml_no_entities(doc: Document, captures: Captures) -> Fix | None:
    """resolve_entities=True -> False (no_network=False -> True, load_dtd=True -> False)."""
    call = captures["match"][0]
    args = call.child_by_field_name("arguments")
    edits: list[Edit] = []
    wanted = {"resolve_entities": "False", "no_network": "True", "load_dtd": "False"}
    for child in args.named_children if args is not None else ():
        if child.type != "keyword_argument":
            continue
        key = child.child_by_field_name("name")
        value = child.child_by_field_name("value")
        if key is None or value is None:
            continue
        name = doc.node_text(key)
        if name in wanted and doc.node_text(value) != wanted[name]:
            edits.append(_edit(doc, value, wanted[name]))
    if not edits:
        return None
    return Fix("Do not resolve entities or load DTDs", tuple(edits))


def jwt_verify(doc: Document, captures: Captures) -> Fix | None:
    """ "verify_signature": False -> True; verify=False -> verify=True."""
    call = captures["match"][0]
    raw = doc.node_text(call)
    start = doc.char_offset(call.start_byte)
    for pattern, replacement in (
        (r"(['\"]verify_signature['\"]\s*:\s*)False", "True"),
        (r"(\bverify\s*=\s*)False", "True"),
    ):
        m = re.search(pattern, raw)
        if m:
            at = start + m.end(1)
            return Fix("Verify the signature", (Edit(at, at + len("False"), replacement),))
    return None
