"""SQL statements by kind, read with sqlparse's lexer: comments, stacked statements and CTEs.

`statement_kinds("select 1; /* x */ DROP TABLE t")` -> ["select", "drop"];
`check_sql(...)` -> one `sql.<kind>` signal per distinct kind.

Kinds: select, insert, update, delete, drop, truncate, alter, create, grant, revoke, attach,
pragma, other, and `unparsed` for a statement that cannot be read (an unterminated string, a
first word that starts no SQL statement, input over the size limit). Read-only introspection
(`show`, `describe`, `explain` of a read) counts as select. Where a statement's first keyword
understates it, the stronger kind wins: a CTE whose body deletes or updates (`with d as (delete
... returning *) select ...`), `explain analyze delete ...` (which runs the delete),
`select ... into t` (create), `select ... into outfile` and `copy ... program` (other). MySQL's
executable comments (`/*!50000 drop table t */`) are read as the SQL they contain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlparse import lexer
from sqlparse import tokens as T

from redline.guard.types import Signal

__all__ = ["KINDS", "check_sql", "statement_kinds"]

KINDS = (
    "select",
    "insert",
    "update",
    "delete",
    "drop",
    "truncate",
    "alter",
    "create",
    "grant",
    "revoke",
    "attach",
    "pragma",
    "other",
    "unparsed",
)

# Longest SQL text read (the lexer runs at a few hundred KB/s); the rest is reported unparsed.
_MAX_SQL = 64_000
_MAX_STATEMENTS = 1000

_FIRST_WORD: dict[str, str] = {
    "SELECT": "select",
    "VALUES": "select",
    "TABLE": "select",
    "SHOW": "select",
    "DESCRIBE": "select",
    "DESC": "select",
    "INSERT": "insert",
    "REPLACE": "insert",
    "UPSERT": "insert",
    "LOAD": "insert",
    "UPDATE": "update",
    "MERGE": "update",
    "DELETE": "delete",
    "DROP": "drop",
    "TRUNCATE": "truncate",
    "ALTER": "alter",
    "RENAME": "alter",
    "CREATE": "create",
    "GRANT": "grant",
    "REVOKE": "revoke",
    "ATTACH": "attach",
    "PRAGMA": "pragma",
}
_OTHER_WORDS = frozenset(
    [
        "USE",
        "SET",
        "RESET",
        "BEGIN",
        "START",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
        "RELEASE",
        "END",
        "ABORT",
        "VACUUM",
        "ANALYZE",
        "ANALYSE",
        "REINDEX",
        "CALL",
        "EXEC",
        "EXECUTE",
        "DO",
        "DECLARE",
        "LOCK",
        "UNLOCK",
        "LISTEN",
        "NOTIFY",
        "UNLISTEN",
        "COMMENT",
        "CHECKPOINT",
        "CLUSTER",
        "REFRESH",
        "DISCARD",
        "PREPARE",
        "DEALLOCATE",
        "FETCH",
        "CLOSE",
        "OPEN",
        "MOVE",
        "DETACH",
        "COPY",
        "OPTIMIZE",
        "FLUSH",
        "KILL",
        "SHUTDOWN",
        "HANDLER",
        "INSTALL",
        "UNINSTALL",
        "CHECKSUM",
        "REPAIR",
        "CHECK",
        "BACKUP",
        "RESTORE",
        "GO",
        "PRINT",
        "RAISERROR",
        "THROW",
        "WAITFOR",
        "IF",
        "WHILE",
        "RETURN",
        "SECURITY",
        "REASSIGN",
        "IMPORT",
        "UNLOAD",
        "PUT",
        "GET",
        "REMOVE",
        "LIST",
    ]
)
_MODIFYING = {"INSERT": "insert", "UPDATE": "update", "DELETE": "delete", "MERGE": "update"}
_MYSQL_EXEC_COMMENT_RE = re.compile(r"/\*!\d*(.*?)\*/", re.DOTALL)


def _statements(sql: str) -> list[list[tuple[object, str]]]:
    """Significant tokens (type, value) per statement; comments and whitespace dropped."""
    text = _MYSQL_EXEC_COMMENT_RE.sub(lambda m: " " + m.group(1) + " ", sql)
    out: list[list[tuple[object, str]]] = []
    current: list[tuple[object, str]] = []
    for ttype, value in lexer.tokenize(text):  # type: ignore[no-untyped-call]
        if ttype in T.Whitespace or ttype in T.Comment or ttype in T.Newline:
            continue
        if ttype in T.Punctuation and value == ";":
            if current:
                out.append(current)
                current = []
                if len(out) >= _MAX_STATEMENTS:
                    return out
            continue
        current.append((ttype, value))
    if current:
        out.append(current)
    return out


def _classify(tokens: list[tuple[object, str]]) -> str:
    if any(ttype in T.Error for ttype, _ in tokens):
        return "unparsed"
    # the lexer keeps some phrases as one token (`CREATE OR REPLACE`, `GROUP BY`): first word
    words = [(ttype, (value.upper().split() or [""])[0]) for ttype, value in tokens]
    i = 0
    while i < len(words) and words[i][1] == "(":
        i += 1
    if i >= len(words):
        return "unparsed"
    first = words[i][1]
    if first == "EXPLAIN":
        j = i + 1
        while j < len(words) and (
            words[j][1] in ("ANALYZE", "ANALYSE", "VERBOSE", "QUERY", "PLAN", "EXTENDED")
        ):
            j += 1
        if j < len(words) and words[j][1] == "(":
            depth = 0
            while j < len(words):
                depth += {"(": 1, ")": -1}.get(words[j][1], 0)
                j += 1
                if depth == 0:
                    break
        rest = _classify(tokens[j:]) if j < len(tokens) else "other"
        return "select" if rest in ("unparsed", "other") else rest
    if first == "WITH":
        return _classify_with(words[i + 1 :])
    if first == "COPY":
        return _classify_copy(words[i + 1 :])
    kind = _FIRST_WORD.get(first)
    if kind == "select":
        return _classify_select(words[i + 1 :])
    if kind in ("create", "alter") and _creates_account(words[i + 1 :]):
        # `CREATE ROLE support LOGIN SUPERUSER PASSWORD '...'`, `CREATE USER`, `ALTER ROLE
        # bob SUPERUSER`: an account or a privilege given, as a GRANT gives one.
        return "grant"
    if kind is not None:
        return kind
    if first in _OTHER_WORDS:
        return "other"
    return "unparsed"


# What follows CREATE or ALTER when the statement makes a login or gives a role powers (the
# lexer may join `OR REPLACE`); `ALTER USER ... PASSWORD` changes a password, and so counts too.
_ACCOUNT_OBJECTS = frozenset({"ROLE", "USER", "LOGIN"})
_ACCOUNT_POWERS = frozenset({"SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS"})


def _creates_account(words: list[tuple[object, str]]) -> bool:
    values = [w for _, w in words if w.strip()]
    head = next((w for w in values if w not in ("OR", "REPLACE", "IF", "NOT", "EXISTS")), "")
    return head in _ACCOUNT_OBJECTS or bool(_ACCOUNT_POWERS & set(values))


def _classify_select(words: list[tuple[object, str]]) -> str:
    depth = 0
    for n, (_, w) in enumerate(words):
        depth += {"(": 1, ")": -1}.get(w, 0)
        if depth == 0 and w == "INTO":
            following = words[n + 1][1] if n + 1 < len(words) else ""
            return "other" if following in ("OUTFILE", "DUMPFILE") else "create"
    return "select"


def _classify_copy(words: list[tuple[object, str]]) -> str:
    values = [w for _, w in words]
    if "PROGRAM" in values:
        return "other"
    return "insert" if "FROM" in values and "TO" not in values else "other"


def _classify_with(words: list[tuple[object, str]]) -> str:
    depth = 0
    inner: str | None = None
    previous = ""
    for n, (_, w) in enumerate(words):
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif depth > 0 and previous == "(" and w in _MODIFYING and inner is None:
            inner = _MODIFYING[w]
        elif depth == 0 and (w in _FIRST_WORD or w == "WITH") and w not in ("TABLE",):
            main = _classify(list(words[n:]))
            if main == "select" and inner is not None:
                return inner
            return main
        previous = w
    return inner or "unparsed"


def statement_kinds(sql: str) -> list[str]:
    """The kind of each statement in `sql`, in order (empty statements skipped).

    `statement_kinds("with x as (select 1) delete from t")` -> ["delete"].
    """
    return list(_statement_kinds(sql))


# A tool call's SQL is read twice (to class the call, then to check it): the last few are kept.
@lru_cache(maxsize=64)
def _statement_kinds(sql: str) -> tuple[str, ...]:
    if not sql.strip():
        return ()
    text = sql[:_MAX_SQL]
    try:
        kinds = [_classify(tokens) for tokens in _statements(text)]
    except Exception:  # the lexer is third-party code; unreadable input is a value, not a crash
        return ("unparsed",)
    if len(sql) > _MAX_SQL and "unparsed" not in kinds:
        kinds.append("unparsed")
    return tuple(kinds)


def check_sql(sql: str) -> list[Signal]:
    """One `sql.<kind>` signal per distinct statement kind in `sql`, in order of appearance.

    `check_sql("select 1; drop table users")` -> [sql.select, sql.drop].
    """
    kinds = statement_kinds(sql)
    signals: list[Signal] = []
    seen: set[str] = set()
    statements = [s for s in re.split(r";", sql[:_MAX_SQL]) if s.strip()]
    for i, kind in enumerate(kinds):
        if kind in seen:
            continue
        seen.add(kind)
        fragment = statements[i].strip()[:200] if i < len(statements) else sql[:200]
        if kind == "unparsed":
            reason = "SQL that cannot be read as statements"
            if len(sql) > _MAX_SQL:
                reason = f"SQL longer than {_MAX_SQL} characters is not read in full"
        elif kind == "grant" and not fragment.upper().startswith("GRANT"):
            reason = (
                "a statement that creates a login or gives an account powers (counted as GRANT)"
            )
        else:
            reason = f"a {kind.upper()} statement"
        signals.append(Signal(f"sql.{kind}", reason, evidence=fragment))
    return signals
