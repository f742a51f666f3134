"""The built-in suites of `redline eval`; importing this package registers them."""

from redline.eval.suites.base import Measure, Suite, SuiteError, get_suite, register, suite_ids

__all__ = ["Measure", "Suite", "SuiteError", "get_suite", "register", "suite_ids"]
