"""The built-in suites of `redline eval`; importing this package registers them."""

from redline.eval.suites import agent_hijack as _agent_hijack  # noqa: F401 - registers
from redline.eval.suites import attack_assist as _attack_assist  # noqa: F401 - registers
from redline.eval.suites import false_refusal as _false_refusal  # noqa: F401 - registers
from redline.eval.suites import insecure_code as _insecure_code  # noqa: F401 - registers
from redline.eval.suites import prompt_injection as _prompt_injection  # noqa: F401 - registers
from redline.eval.suites.base import (
    PLUGIN_GROUP,
    Measure,
    Suite,
    SuiteError,
    get_suite,
    load_plugins,
    register,
    suite_ids,
)

__all__ = [
    "PLUGIN_GROUP",
    "Measure",
    "Suite",
    "SuiteError",
    "get_suite",
    "load_plugins",
    "register",
    "suite_ids",
]
