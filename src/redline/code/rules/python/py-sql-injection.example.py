import sqlite3

from flask import request


def find_user(conn: sqlite3.Connection, name: str):
    cursor = conn.cursor()
    # ruleid: py-sql-injection
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    query = "DELETE FROM sessions WHERE user = '%s'" % name
    # ruleid: py-sql-injection
    cursor.execute(query)
    # ok: py-sql-injection
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    safe = "SELECT id FROM users WHERE name = %s"
    # ok: py-sql-injection
    cursor.execute(safe, (name,))
    # ok: py-sql-injection
    cursor.execute("SELECT COUNT(*) FROM users")
    return cursor.fetchall()


def search():
    term = request.args.get("q")
    db = sqlite3.connect("app.db")
    sql = "SELECT title FROM posts WHERE title LIKE '%" + term + "%'"
    # ruleid: py-sql-injection
    rows = db.execute(sql).fetchall()
    # ok: py-sql-injection
    ids = db.execute("SELECT id FROM posts WHERE id = " + str(int(term))).fetchall()
    return rows, ids


LOG_TABLE = "audit_log"


def purge(conn: sqlite3.Connection) -> None:
    # ok: py-sql-injection
    conn.execute("DELETE FROM %s" % LOG_TABLE)
    # The table name comes from a constant this module does not define: an audit-level note.
    # ruleid: py-sql-injection
    conn.execute("DELETE FROM %s" % ARCHIVE_TABLE)  # noqa: F821
