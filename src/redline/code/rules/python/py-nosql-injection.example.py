import json

from flask import request


def login(db):
    body = request.get_json()
    # ruleid: py-nosql-injection
    user = db.users.find_one({"user": body["user"], "password": body["password"]})
    # ok: py-nosql-injection
    same = db.users.find_one({"user": str(body["user"]), "password": str(body["password"])})
    return user, same


def search(db):
    criteria = json.loads(request.args.get("filter"))
    # ruleid: py-nosql-injection
    hits = list(db.items.find(criteria))
    name = request.args.get("name")
    # ruleid: py-nosql-injection
    more = db.items.find({"$where": "this.name == '" + name + "'"})
    # ok: py-nosql-injection
    fixed = db.items.find({"status": "active"})
    return hits, more, fixed


def find_orders(table, customer):
    # ruleid: py-nosql-injection
    rows = table.scan(FilterExpression="customer = " + customer)
    # ok: py-nosql-injection
    same = table.scan(
        FilterExpression="customer = :c", ExpressionAttributeValues={":c": customer}
    )
    return rows, same
