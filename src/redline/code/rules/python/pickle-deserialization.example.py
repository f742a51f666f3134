import json
import pickle

import dill
from flask import request


def restore():
    # ruleid: pickle-deserialization
    obj = pickle.loads(request.data)
    # ruleid: pickle-deserialization
    other = dill.loads(request.get_data())
    # ok: pickle-deserialization
    safe = json.loads(request.data)
    # ok: pickle-deserialization
    blob = pickle.dumps(safe)
    return obj, other, blob


def load_cache(path):
    with open(path, "rb") as handle:
        # ruleid: pickle-deserialization
        return pickle.load(handle)
