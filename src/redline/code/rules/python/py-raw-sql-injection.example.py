import pandas as pd
from sqlalchemy import text


def report(session, engine, User, name, year):
    # ruleid: py-raw-sql-injection
    session.execute(text(f"SELECT * FROM orders WHERE customer = '{name}'"))
    # ok: py-raw-sql-injection
    session.execute(text("SELECT * FROM orders WHERE customer = :name"), {"name": name})
    # ruleid: py-raw-sql-injection
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name)
    # ok: py-raw-sql-injection
    same = User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [name])
    # ruleid: py-raw-sql-injection
    frame = pd.read_sql("SELECT * FROM sales WHERE year = " + year, engine)
    # ok: py-raw-sql-injection
    other = pd.read_sql("SELECT * FROM sales WHERE year = %(y)s", engine, params={"y": year})
    return users, same, frame, other
