"""py-weak-cipher and py-cipher-ecb-mode where a variable, a table, getattr or a branch whose
condition folds to a constant picks the algorithm or the mode.

Cases come in pairs: the real function selects the weak value, its twin selects the safe one.
The real one is reported at default confidence; the twin is not (a weak literal in code that
cannot run stays an audit-level note).
"""

from __future__ import annotations

import textwrap

import pytest

from redline._core import Confidence
from redline.code.engine import scan_code

_HEADER = """\
from Crypto.Cipher import AES, DES, DES3, Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
"""


def _rules(code: str, rule: str, confidence: Confidence | None = None) -> list[Confidence]:
    source = _HEADER + textwrap.dedent(code)
    findings = (
        scan_code(source, "python")
        if confidence is None
        else scan_code(source, "python", min_confidence=confidence)
    )
    return [f.confidence for f in findings if f.rule_name == rule]


# Each case holds `{weak}` and `{safe}`; the twin swaps them.
_CIPHER_CASES = [
    (  # a conditional expression whose condition folds
        """
        def seal(key, iv):
            num = 106
            name = "{safe}" if (7 * 42) - num > 200 else "{weak}"
            return Cipher(getattr(algorithms, name)(key), modes.CBC(iv))
        """,
        ("TripleDES", "AES"),
    ),
    (  # an if statement whose condition folds
        """
        def seal(key, iv):
            num = 106
            if (7 * 18) + num > 200:
                make = algorithms.{weak}
            else:
                make = algorithms.{safe}
            return Cipher(make(key), modes.CBC(iv))
        """,
        ("Blowfish", "AES"),
    ),
    (  # a module-level table of constructors and a constant key
        """
        TABLE = {{"old": algorithms.{weak}, "new": algorithms.{safe}}}


        def seal(key, iv):
            choice = "old"
            return Cipher(TABLE[choice](key), modes.CBC(iv))
        """,
        ("TripleDES", "AES"),
    ),
    (  # a list element chosen with a constant index
        """
        def seal(key, iv):
            names = ["{weak}", "{safe}"]
            cls = getattr(algorithms, names[0])
            return Cipher(cls(key), modes.CBC(iv))
        """,
        ("ARC4", "AES"),
    ),
    (  # PyCryptodome modules in a dict, then .new()
        """
        def seal(key):
            modules = {{"legacy": {weak}, "modern": {safe}}}
            return modules["legacy"].new(key, AES.MODE_CBC)
        """,
        ("DES", "AES"),
    ),
    (  # PyCryptodome constructors in a dict
        """
        def seal(key):
            ctor = {{"legacy": {weak}.new, "modern": {safe}.new}}.get("legacy")
            return ctor(key, AES.MODE_CBC)
        """,
        ("DES3", "AES"),
    ),
]


@pytest.mark.parametrize(("code", "values"), _CIPHER_CASES)
def test_weak_cipher_pair(code: str, values: tuple[str, str]) -> None:
    weak, safe = values
    real = code.format(weak=weak, safe=safe)
    twin = code.format(weak=safe, safe=weak)
    assert _rules(real, "py-weak-cipher") == [Confidence.HIGH]
    assert _rules(twin, "py-weak-cipher") == []


def test_weak_cipher_unknown_choice_is_medium() -> None:
    code = """
    def seal(key, legacy):
        module = DES if legacy else AES
        return module.new(key, AES.MODE_GCM)
    """
    assert _rules(code, "py-weak-cipher") == [Confidence.MEDIUM]


def test_weak_cipher_parameter_is_not_guessed() -> None:
    code = """
    def seal(module, key):
        return module.new(key, AES.MODE_GCM)
    """
    assert _rules(code, "py-weak-cipher", Confidence.LOW) == []


def test_weak_cipher_in_dead_branch_is_audit_only() -> None:
    code = """
    def seal(key):
        if 3 > 4:
            return DES.new(key, DES.MODE_CBC)
        return AES.new(key, AES.MODE_GCM)
    """
    assert _rules(code, "py-weak-cipher") == []
    assert _rules(code, "py-weak-cipher", Confidence.LOW) == [Confidence.LOW]


def test_weak_cipher_direct_forms_unchanged() -> None:
    code = """
    import pyDes

    def seal(key, iv):
        a = DES.new(key, DES.MODE_CBC, iv)
        b = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
        c = pyDes.triple_des(key)
        d = Blowfish.new(key, Blowfish.MODE_CBC, iv)
        return a, b, c, d
    """
    assert _rules(code, "py-weak-cipher") == [Confidence.HIGH] * 4


_ECB_CASES = [
    (  # a flag picks the mode object
        """
        def seal(key, iv):
            num = 106
            legacy = (7 * 42) - num > 200
            mode = modes.{safe_call} if legacy else modes.{weak_call}
            return Cipher(algorithms.AES(key), mode)
        """,
        {"weak_call": "ECB()", "safe_call": "GCM(iv)"},
    ),
    (  # a flag picks the mode class
        """
        def seal(key, iv):
            legacy = True
            cls = modes.{weak} if legacy else modes.{safe}
            return Cipher(algorithms.AES(key), cls(iv))
        """,
        {"weak": "ECB", "safe": "CBC"},
    ),
    (  # a table of PyCryptodome mode constants and a constant key
        """
        MODES = {{"a": AES.{weak}, "b": AES.{safe}}}


        def seal(key):
            return AES.new(key, MODES["a"])
        """,
        {"weak": "MODE_ECB", "safe": "MODE_GCM"},
    ),
    (  # getattr with a folded name
        """
        def seal(key):
            suffix = "{weak}"
            return AES.new(key, getattr(AES, "MODE_" + suffix))
        """,
        {"weak": "ECB", "safe": "GCM"},
    ),
]


def _swap(values: dict[str, str]) -> dict[str, str]:
    swapped = dict(values)
    for weak_key, safe_key in (("weak", "safe"), ("weak_call", "safe_call")):
        if weak_key in values:
            swapped[weak_key], swapped[safe_key] = values[safe_key], values[weak_key]
    return swapped


@pytest.mark.parametrize(("code", "values"), _ECB_CASES)
def test_ecb_mode_pair(code: str, values: dict[str, str]) -> None:
    real = code.format(**values)
    twin = code.format(**_swap(values))
    assert _rules(real, "py-cipher-ecb-mode") == [Confidence.HIGH]
    assert _rules(twin, "py-cipher-ecb-mode") == []


def test_ecb_mode_unused_table_entry_is_audit_only() -> None:
    code = """
    MODES = {"ecb": AES.MODE_ECB, "gcm": AES.MODE_GCM}


    def seal(key):
        return AES.new(key, MODES["gcm"])
    """
    assert _rules(code, "py-cipher-ecb-mode") == []
    assert _rules(code, "py-cipher-ecb-mode", Confidence.LOW) == [Confidence.LOW]


def test_ecb_mode_table_with_unknown_key_is_reported() -> None:
    code = """
    MODES = {"ecb": AES.MODE_ECB, "gcm": AES.MODE_GCM}


    def seal(key, name):
        return AES.new(key, MODES[name])
    """
    assert _rules(code, "py-cipher-ecb-mode") == [Confidence.HIGH]


def test_ecb_mode_direct_forms_unchanged() -> None:
    code = """
    from cryptography.hazmat.primitives.ciphers.modes import ECB

    def seal(key):
        a = AES.new(key, AES.MODE_ECB)
        b = Cipher(algorithms.AES(key), modes.ECB())
        c = Cipher(algorithms.AES(key), ECB())
        return a, b, c
    """
    assert _rules(code, "py-cipher-ecb-mode") == [Confidence.HIGH] * 3
