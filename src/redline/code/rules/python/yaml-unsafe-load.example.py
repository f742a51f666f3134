import yaml


def load_config(request):
    # ruleid: yaml-unsafe-load
    data = yaml.load(request.data)
    # ruleid: yaml-unsafe-load
    other = yaml.load(request.data, Loader=yaml.Loader)
    # ruleid: yaml-unsafe-load
    everything = yaml.unsafe_load(request.data)
    # ok: yaml-unsafe-load
    safe = yaml.safe_load(request.data)
    # ok: yaml-unsafe-load
    also_safe = yaml.load(request.data, Loader=yaml.SafeLoader)
    return data, other, everything, safe, also_safe
