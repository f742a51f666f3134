import os
import pickle


class Exploit:
    def __reduce__(self):
        # ruleid: pickle-reduce-gadget
        return os.system, ("id",)


class Runner:
    def __reduce__(self):
        # ruleid: pickle-reduce-gadget
        return (exec, ("print('hi')",))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        # ok: pickle-reduce-gadget
        return (Point, (self.x, self.y))


def dump():
    return pickle.dumps(Point(1, 2))
