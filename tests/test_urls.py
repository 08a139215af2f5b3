"""URL normalisation: the archive's key for an article."""

import pytest

from newsarchive.urls import normalize_url, registered_domain


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
