import json

import jsonpickle
from flask import request


def restore():
    # ruleid: jsonpickle-decode
    state = jsonpickle.decode(request.data)
    # ok: jsonpickle-decode
    plain = json.loads(request.data)
    # ok: jsonpickle-decode
    text = jsonpickle.encode(plain)
    return state, text
