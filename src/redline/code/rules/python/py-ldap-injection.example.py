import ldap
from flask import request
from ldap.filter import escape_filter_chars


def lookup():
    username = request.args.get("username")
    conn = ldap.initialize("ldap://localhost")
    search_filter = "(uid={})".format(username)
    # ruleid: py-ldap-injection
    found = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)
    # ok: py-ldap-injection
    safe = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={escape_filter_chars(username)})")
    # ok: py-ldap-injection
    admins = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(group=admins)")
    return found, safe, admins


def find_member(connection, member):
    # ruleid: py-ldap-injection
    connection.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(cn=" + member + "))")


def directory_search(request, conn):
    uid = request.GET["uid"]
    # ruleid: py-ldap-injection
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(uid={uid})")
    # ok: py-ldap-injection
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter="(objectClass=person)")
