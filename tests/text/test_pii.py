"""find_pii: emails, phones, payment cards (Luhn + IIN), IBANs (mod-97), US SSNs, IPv4."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.text.pii import find_pii, iban_valid, luhn_valid
from redline.text.types import Category

_RNG = random.Random(4242)


def luhn_complete(prefix: str, length: int) -> str:
    """A card number with the given prefix and length and a correct Luhn check digit."""
    body = prefix + "".join(_RNG.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


def make_iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def grouped(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def detectors(text: str) -> list[str]:
    return [h.detector for h in find_pii(text)]


def test_luhn() -> None:
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert not luhn_valid("")
    assert not luhn_valid("12a4")


def test_iban_mod97_and_length() -> None:
    iban = make_iban("DE", "".join(_RNG.choice(string.digits) for _ in range(18)))
    assert iban_valid(iban)
    assert iban_valid(grouped(iban))
    broken = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    assert not iban_valid(broken)
    assert not iban_valid(iban + "0")  # wrong length for DE
    assert not iban_valid("ZZ" + iban[2:])  # unknown country


@pytest.mark.parametrize(
    ("prefix", "length", "brand"),
    [
        ("4", 16, "Visa"),
        ("51", 16, "Mastercard"),
        ("2221", 16, "Mastercard"),
        ("34", 15, "American Express"),
        ("6011", 16, "Discover"),
        ("3530", 16, "JCB"),
        ("62", 16, "UnionPay"),
    ],
)
def test_cards(prefix: str, length: int, brand: str) -> None:
    number = luhn_complete(prefix, length)
    for shown in (number, grouped(number), grouped(number, "-")):
        text = f"Card on file: {shown}, exp 04/29."
        hits = find_pii(text)
        card = [h for h in hits if h.detector == "pii.payment-card"]
        assert card, text
        assert brand in card[0].reason
        assert text[card[0].span.start : card[0].span.end] == shown


def test_amex_grouping() -> None:
    number = luhn_complete("37", 15)
    shown = f"{number[:4]} {number[4:10]} {number[10:]}"
    assert detectors(f"amex {shown}") == ["pii.payment-card"]


def test_card_negatives() -> None:
    number = luhn_complete("4", 16)
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert "pii.payment-card" not in detectors(f"card {bad}")
    assert "pii.payment-card" not in detectors("order 1234567890123456 shipped")
    assert "pii.payment-card" not in detectors("0000 0000 0000 0000")
    mixed = f"{number[:4]} {number[4:8]}-{number[8:12]} {number[12:]}"
    assert "pii.payment-card" not in detectors(mixed)


def test_iban_in_text() -> None:
    iban = make_iban("GB", "NWBK" + "".join(_RNG.choice(string.digits) for _ in range(14)))
    text = f"Please wire it to {grouped(iban)} by Friday."
    hits = find_pii(text)
    assert [h.detector for h in hits] == ["pii.iban"]
    assert text[hits[0].span.start : hits[0].span.end] == grouped(iban)


def test_email() -> None:
    text = "Contact dana.lee+news@mail.acme-corp.co.uk or ops@acme.io today."
    hits = find_pii(text)
    assert [text[h.span.start : h.span.end] for h in hits] == [
        "dana.lee+news@mail.acme-corp.co.uk",
        "ops@acme.io",
    ]
    assert all(h.category is Category.PII for h in hits)
    assert detectors("git@github.com:acme/repo.git") == []


@pytest.mark.parametrize(
    "phone",
    [
        "+1 415 555 0134",
        "+44 20 7946 0958",
        "+4915112345678",
        "(415) 555-0134",
        "415-555-0134",
        "020 7946 0958",
        "01 23 45 67 89",
        "+33 1 23 45 67 89",
    ],
)
def test_phones(phone: str) -> None:
    text = f"Call me at {phone} tomorrow."
    hits = find_pii(text)
    assert [h.detector for h in hits] == ["pii.phone"], hits
    assert text[hits[0].span.start : hits[0].span.end] == phone


@pytest.mark.parametrize(
    "text",
    [
        "Released on 2024-03-15 and patched 15/03/2024.",
        "Upgrade to version 1.22.3 or 10.4.12.1.",
        "The server at 10.0.0.12 answered.",
        "We sold 1234567 units and 98765432 more.",
        "Order #12345678 shipped.",
        "ISBN 978-3-16-148410-0",
        "pi is 3.14159265358979",
    ],
)
def test_phone_negatives(text: str) -> None:
    assert "pii.phone" not in detectors(text)


def test_ssn() -> None:
    hits = find_pii("SSN: 536-22-1492")
    assert [h.detector for h in hits] == ["pii.us-ssn"]
    assert hits[0].score > 0.9
    assert detectors("my social security number is 536 22 1492") == ["pii.us-ssn"]
    for invalid in ("000-12-3456", "666-12-3456", "912-12-3456", "536-00-1492", "536-22-0000"):
        assert "pii.us-ssn" not in detectors(f"SSN {invalid}"), invalid


def test_ipv4_is_low_score_and_public_only() -> None:
    hits = find_pii("client 81.2.69.160 connected")
    assert [h.detector for h in hits] == ["pii.ipv4"]
    assert hits[0].score < 0.5
    for text in (
        "host 192.168.1.20",
        "loopback 127.0.0.1",
        "docs 203.0.113.7",
        "python-3.4.2.4",
        "net 172.35.0.0/16",
        "version 8.8.8.8",
    ):
        assert detectors(text) == [], text


def test_clean_prose() -> None:
    text = (
        "On 2024-05-01 we shipped v2.3.1 to 1,200 customers; latency fell by 35% "
        "and the 99th percentile is now 120 ms."
    )
    assert find_pii(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    last_end = -1
    for h in find_pii(text):
        assert 0 <= h.span.start < h.span.end <= len(text)
        assert h.span.start >= last_end
        last_end = h.span.end


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -+.()@a/GBDE")), max_size=300))
def test_digit_soup_never_raises(text: str) -> None:
    for h in find_pii(text):
        assert 0 <= h.span.start < h.span.end <= len(text)


def test_bulk_input_is_bounded_and_still_fully_redactable() -> None:
    from redline.text.redact import redact

    text = "reach ops@acme.io " * 3000
    hits = find_pii(text)
    assert len(hits) <= 2000
    assert "@" not in redact(text, hits)
