"""The rule registry: every rule is one YAML file under this package, found by its folder.

Folder per language family (python/, javascript/ for JS and TS, c/ for C and C++, ...) plus
generic/ for rules that apply to every language. A rule that needs code names a function in its
folder's `_checks.py` (matching) or `_fixes.py` (fixing).
"""

from redline.code.rules._registry import Rule, RuleLoadError, all_rules, get_rule, rules_for

__all__ = ["Rule", "RuleLoadError", "all_rules", "get_rule", "rules_for"]
