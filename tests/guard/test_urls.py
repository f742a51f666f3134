"""URL extraction, host normalisation, domain matching and URL tricks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.guard.urls import _ipv4_loose, check_url, domain_matches, find_urls, host_of


def kinds(url: str, allow: tuple[str, ...] = (), deny: tuple[str, ...] = ()) -> set[str]:
    return {s.kind for s in check_url(url, allow=allow, deny=deny)}


def test_find_urls_schemes_and_bare_domains() -> None:
    text = (
        "See https://a.io/x, ftp://files.example.org/f and wss://ws.example.com/s. "
        "Then curl evil.com/c?d=1 (or www.example.net). "
        "Not: setup.py, notes.md, src/app.py, node_modules/lodash.merge/index.js, a@b.com/x, "
        "example.com alone. Wiki: https://en.wikipedia.org/wiki/Foo_(bar)."
    )
    assert find_urls(text) == [
        "https://a.io/x",
        "ftp://files.example.org/f",
        "wss://ws.example.com/s",
        "evil.com/c?d=1",
        "www.example.net",
        "https://en.wikipedia.org/wiki/Foo_(bar)",
    ]


def test_find_urls_ip_and_dedup() -> None:
    assert find_urls("10.0.0.1/x and 10.0.0.1/x and http://1.2.3.4:80/") == [
        "10.0.0.1/x",
        "http://1.2.3.4:80/",
    ]


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Example.COM/x", "example.com"),
        ("https://user:pw@example.com:8443/x", "example.com"),
        ("https://trusted.com@evil.com/", "evil.com"),
        ("https://evil.com\\@trusted.com/", "evil.com"),
        ("https://bücher.de/", "xn--bcher-kva.de"),
        ("https://example.com./", "example.com"),
        ("http://2130706433/", "127.0.0.1"),
        ("http://0x7f.0.0.1/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"),
        ("http://127.1/", "127.0.0.1"),
        ("http://[::1]:8080/", "::1"),
        ("http://[0:0:0:0:0:ffff:7f00:1]/", "::ffff:7f00:1"),
        ("http://%65vil.com/", "evil.com"),
        ("evil.com/x", "evil.com"),
        ("//evil.com/x", "evil.com"),
        ("example.com:8080", "example.com"),
        ("mailto:a@b.com", None),
        ("", None),
        ("http:///x", None),
    ],
)
def test_host_of(url: str, host: str | None) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    ("host", "pattern", "expected"),
    [
        ("example.com", "example.com", True),
        ("api.example.com", "example.com", True),
        ("badexample.com", "example.com", False),
        ("example.com.evil.io", "example.com", False),
        ("example.com", "*.example.com", False),
        ("a.b.example.com", "*.example.com", True),
        ("anything.io", "*", True),
        ("10.1.2.3", "10.0.0.0/8", True),
        ("11.1.2.3", "10.0.0.0/8", False),
        ("127.0.0.1", "127.0.0.1", True),
        ("::1", "::1/128", True),
        ("example.com", "10.0.0.0/8", False),
        ("EXAMPLE.com", "https://Example.com/path", True),
        ("xn--bcher-kva.de", "bücher.de", True),
        ("", "example.com", False),
        ("example.com", "", False),
    ],
)
def test_domain_matches(host: str, pattern: str, expected: bool) -> None:
    assert domain_matches(host, pattern) is expected


def test_allow_and_deny() -> None:
    assert kinds("https://api.github.com/x", allow=("github.com",)) == set()
    assert kinds("https://evil.com/x", allow=("github.com",)) == {"url.not-allowed-domain"}
    assert kinds("https://pastebin.com/raw/x", deny=("pastebin.com",)) == {"url.denied-domain"}
    assert kinds("https://x.ngrok.io/", deny=("*.ngrok.io",)) == {"url.denied-domain"}
    # deny wins over allow
    assert kinds("https://evil.github.com", allow=("github.com",), deny=("evil.github.com",)) == {
        "url.denied-domain"
    }


@pytest.mark.parametrize(
    "url",
    [
        "http://1.2.3.4/x",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.01/",
        "http://[::1]/",
        "http://[2001:db8::1]:80/",
        "http://127.1/",
    ],
)
def test_ip_literals(url: str) -> None:
    assert "url.ip-literal" in kinds(url)


def test_obfuscated_ip_is_named_and_denied() -> None:
    sigs = check_url("http://0x7f.1/", deny=("127.0.0.0/8",))
    assert {s.kind for s in sigs} == {"url.denied-domain", "url.ip-literal"}
    assert "0x7f.1" in next(s.reason for s in sigs if s.kind == "url.ip-literal")


@pytest.mark.parametrize(
    "url",
    [
        "https://trusted.com@evil.com/",
        "https://github.com:443@evil.com/",
        "https://trusted.com%2F@evil.com/",
        "https://evil.com\\@trusted.com/",
    ],
)
def test_userinfo_tricks(url: str) -> None:
    assert "url.userinfo-trick" in kinds(url, allow=("trusted.com", "github.com"))


def test_plain_basic_auth_is_not_a_trick() -> None:
    assert "url.userinfo-trick" not in kinds("https://deploy:token@git.example.com/repo.git")


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.com/c?d=QWxhZGRpbjpvcGVuIHNlc2FtZQxYzAbCdEfGhIjKlMnOpQr",
        "https://evil.com/c?k=AKIAIOSFODNN7EXAMPLE",
        "https://evil.com/log/ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "https://evil.com/?q=" + "a" * 1500,
        "https://evil.com/x/" + "Zm9vYmFy" * 30,
        "https://evil.com/?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "https://evil.com/?h=" + "0123456789abcdef" * 8,
    ],
)
def test_data_in_query(url: str) -> None:
    assert "url.data-in-query" in kinds(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/search?q=how+to+use+python+asyncio+with+threads",
        "https://github.com/a/b/commit/0123456789abcdef0123456789abcdef01234567",
        "https://example.com/items/123e4567-e89b-12d3-a456-426614174000",
        "https://shop.example.com/p?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
        "https://bucket.s3.amazonaws.com/f.tgz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature="
        + "0123456789abcdef" * 4,
        "https://docs.python.org/3/library/urllib.parse.html#urllib.parse.urlsplit",
        "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
    ],
)
def test_benign_urls(url: str) -> None:
    assert kinds(url) == set()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_never_raises(text: str) -> None:
    for url in find_urls(text):
        host_of(url)
        check_url(url, allow=("example.com",), deny=("10.0.0.0/8",))
    host_of(text)
    check_url(text, allow=("*.x.io",))
    domain_matches(text, text)


def test_one_megabyte_text_is_bounded() -> None:
    text = ("see https://a.io/x?y=1 and evil.com/p " * 30_000)[:1_000_000]
    urls = find_urls(text)
    assert urls[:2] == ["https://a.io/x?y=1", "evil.com/p"]
    assert check_url("https://a.io/?q=" + "x" * 1_000_000)


@pytest.mark.parametrize(
    "url",
    [
        "https://offers.example.net/check?card=4111111111111111",
        "https://offers.example.net/check?card=4111%201111%201111%201111",
        "https://pay.example.net/x/DE89370400440532013000",
        "https://claims.example.xyz/verify?phrase=lumber%20orbit%20candy%20wheat%20piano%20"
        "giant%20ocean%20river%20spell%20tiger%20uncle%20voice",
        "https://claims.example.xyz/v?words=lumber+orbit+candy+wheat+piano+giant+ocean+river+"
        "spell+tiger+uncle+voice",
        "https://x.example.com/k?private_key=0x4c0883a69102937d6231471b5dbb6204fe512961",
        "https://x.example.com/login?password=hunter2hunter2",
    ],
)
def test_cards_ibans_seed_phrases_and_secret_params_are_data_in_query(url: str) -> None:
    assert "url.data-in-query" in kinds(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example.com/search?q=best+running+shoes+for+women+under+100+with+good+grip",
        "https://shop.example.com/order/4111111111111112",  # fails the Luhn check
        "https://docs.example.com/a/b/c?page=2&sort=asc&pin=12",
        "https://x.example.com/?q=one+two+three+four+five+six+seven+eight+nine+ten+eleven",
    ],
)
def test_ordinary_queries_are_not_data(url: str) -> None:
    assert "url.data-in-query" not in kinds(url)


@given(st.text(max_size=300))
def test_remembered_hosts_read_as_fresh_ones(raw: str) -> None:
    from redline.guard.urls import _canonical, _canonical_host

    assert _canonical_host(raw) == _canonical(raw)
    assert _canonical_host(raw) == _canonical(raw)  # the second time from memory


@pytest.mark.parametrize("host", ["-1", "+1", "1_0", "١٢٧.0.0.1", "08"])
def test_a_host_with_a_sign_underscore_or_other_digits_is_no_address(host: str) -> None:
    # `int` reads these; a browser does not take them for an IPv4 address.
    assert _ipv4_loose(host) is None
    host_of(f"http://{host}/")  # and reading the URL raises nothing
