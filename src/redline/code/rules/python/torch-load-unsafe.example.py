import torch


def restore(model, path):
    # ruleid: torch-load-unsafe
    model.load_state_dict(torch.load(path))
    # ruleid: torch-load-unsafe
    state = torch.load(path, map_location="cpu", weights_only=False)
    # ok: torch-load-unsafe
    model.load_state_dict(torch.load(path, weights_only=True))
    return state
