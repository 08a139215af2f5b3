"""URL normalisation: the archive's key for an article."""

import random
import string

import pytest

from newsarchive.urls import _PLAIN, _normalize, normalize_url, registered_domain


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://WWW.Welt.de:80/a/b.html?utm_source=x&b=2&a=1#top",
         "https://www.welt.de/a/b.html?a=1&b=2"),
        ("https://t3n.de/news/a/?utm_medium=rss&utm_campaign=x", "https://t3n.de/news/a/"),
        ("https://www.faz.net/x.html?fbclid=abc&GEPC=s5", "https://www.faz.net/x.html?GEPC=s5"),
        ("https://t3n.de/news/a%7eb/", "https://t3n.de/news/a~b/"),
        ("https://x.de//a//b", "https://x.de/a/b"),
        ("https://x.de:8443/a", "https://x.de:8443/a"),
        ("https://x.de", "https://x.de/"),
    ],
)  # fmt: skip
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_normalize_is_idempotent() -> None:
    url = normalize_url("http://www.welt.de/a.html?b=1&a=%C3%BC#x")
    assert normalize_url(url) == url


@pytest.mark.parametrize(
    ("url", "domain"),
    [("https://www.welt.de/x", "welt.de"), ("https://t3n.de/", "t3n.de"), ("nonsense", "")],
)
def test_registered_domain(url: str, domain: str) -> None:
    assert registered_domain(url) == domain


SHAPES = [
    "https://www.welt.de/wirtschaft/article123/Banken-nutzen-soziale-Netzwerke.html",
    "http://www.welt.de/a/b.html", "https://www.welt.de", "https://x.de/", "https://x.de/a/./b",
    "https://x.de/a/../b", "https://x.de/a/.", "https://x.de/a/..", "https://x.de/a.b/..c/d.",
    "https://x.de//a", "https://x.de/a//", "https://a..b.de/x", "https://.a.de/x",
    "https://a.de./x", "https://-a.de/x", "https://xn--mnchen-3ya.de/a", f"https://{'a' * 70}.de/",
    "https://x.de/a~b_c-d.e", "https://x.de/%41", "https://x.de/a b", " https://x.de/a",
    "https://x.de/a?", "https://x.de/a#", "https://x.de:443/a", "https://X.de/a",
    "https://x.de/ä", "ftp://x.de/a", "https:/x.de/a", "https://1.2.3.4/a", "https://x.de/A/B",
]  # fmt: skip


def random_urls(count: int, seed: int = 3) -> list[str]:
    """URLs near the plain shape: most are plain, the rest differ by one character."""
    rng = random.Random(seed)
    hosts = ["www.welt.de", "x.de", "a-b.c.de", "a..b.de", ".a.de", "a.de.", "X.DE", "x.de:80"]
    path = string.ascii_letters + string.digits + "/._~-" * 8 + "%?#&= ;:@!$'()*,äß+"
    schemes = ["https://", "http://", "HTTP://", "ftp://"]
    return [
        rng.choice(schemes) + rng.choice(hosts) + "/"
        + "".join(rng.choice(path) for _ in range(rng.randint(0, 16)))
        for _ in range(count)
    ]  # fmt: skip


@pytest.mark.parametrize("url", SHAPES)
def test_plain_urls_take_a_short_cut_to_the_same_result(url: str) -> None:
    assert normalize_url(url) == _normalize(url)


def test_short_cut_equals_w3lib_on_many_urls() -> None:
    urls = random_urls(20000)
    plain = [u for u in urls if _PLAIN.fullmatch(u)]
    assert 1000 < len(plain) < 10000  # the short cut is exercised, and so is the rest
    assert [normalize_url(u) for u in urls] == [_normalize(u) for u in urls]
