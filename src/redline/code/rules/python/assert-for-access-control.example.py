from flask import abort


def delete_user(current_user, user_id):
    # ruleid: assert-for-access-control
    assert current_user.is_admin, "admins only"
    # ruleid: assert-for-access-control
    assert current_user.has_perm("users.delete")
    # ok: assert-for-access-control
    assert isinstance(user_id, int)


def parse(tokens, controller):
    # ok: assert-for-access-control
    assert tokens is not None
    # ok: assert-for-access-control
    assert controller.ready
    if not current_user.is_admin:
        abort(403)
