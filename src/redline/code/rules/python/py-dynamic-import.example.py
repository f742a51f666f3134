import importlib

PLUGIN_MODULE = "app.plugins.csv"


def load(request):
    name = request.args["plugin"]
    # ruleid: py-dynamic-import
    handler = importlib.import_module(name)
    # ruleid: py-dynamic-import
    other = __import__("app.plugins." + name)
    # ok: py-dynamic-import
    safe = importlib.import_module(PLUGIN_MODULE)
    # ok: py-dynamic-import
    json_mod = importlib.import_module("json")
    return handler, other, safe, json_mod
