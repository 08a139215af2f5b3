"""The discovery parsers: sitemaps (index, gzip, news), feeds (RSS, Atom), WP API, robots."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsarchive.crawl import discovery

FIXTURES = Path(__file__).parent.parent / "fixtures" / "discovery"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_sitemap_index() -> None:
    sitemap = discovery.parse_sitemap(fixture("sitemap_index.xml"))
    assert sitemap.is_index
    assert [e.url.rsplit("/", 1)[1] for e in sitemap.entries] == [
        "2012-03.xml.gz", "2013-01.xml.gz", "2011-08.xml.gz"
    ]  # fmt: skip
    assert sitemap.entries[0].lastmod == "2012-03-31T00:00:00+00:00"
    assert sitemap.entries[1].lastmod == "2013-01-31T23:00:00+01:00"


@pytest.mark.parametrize("name", ["sitemap.xml", "sitemap.xml.gz"])
def test_sitemap_plain_and_gzipped(name: str) -> None:
    sitemap = discovery.parse_sitemap(fixture(name))
    assert not sitemap.is_index
    assert [e.lastmod for e in sitemap.entries] == [
        "2012-03-02T10:00:00+00:00", "2012-03-05T00:00:00+00:00"
    ]  # fmt: skip
    assert sitemap.entries[0].url.endswith("/Banken-entdecken-Facebook.html")


def test_news_sitemap_gives_dates_titles_keywords() -> None:
    entries = discovery.parse_sitemap(fixture("news_sitemap.xml")).entries
    assert len(entries) == 3  # the empty <loc> is left out
    first = entries[0]
    assert first.published == "2023-03-14T06:00:00+01:00"
    assert first.title == "Sparkasse startet auf TikTok"
    assert first.keywords == ["Sparkasse", "TikTok", "Finanzbildung"]
    assert first.hints() == {"published": first.published, "title": first.title,
                             "keywords": first.keywords}  # fmt: skip
    assert entries[1].published == "2023-05-24T00:00:00+00:00"
    assert entries[2].hints() == {}


@pytest.mark.parametrize("name", ["not_a_sitemap.html", "broken.xml.gz", "rss.xml"])
def test_not_a_sitemap(name: str) -> None:
    with pytest.raises(discovery.DiscoveryError):
        discovery.parse_sitemap(fixture(name))


def test_empty_body_is_not_a_sitemap() -> None:
    with pytest.raises(discovery.DiscoveryError):
        discovery.parse_sitemap(b"")


def test_rss_feed() -> None:
    entries = discovery.parse_feed(fixture("rss.xml"))
    assert [e.url.rsplit("/", 1)[1] for e in entries] == ["Grossbanken.html", "Guid.html"]
    assert entries[0].published == "2011-08-16T07:45:00+02:00"
    assert entries[0].title == "Großbanken fürchten den Kontrollverlust"
    assert entries[1].published == "2011-08-17T10:00:00+00:00"


def test_atom_feed_uses_alternate_links() -> None:
    entries = discovery.parse_feed(fixture("atom.xml"))
    assert [e.url for e in entries] == ["https://blog.example.de/2020/01/sparkasse-xing/",
                                        "https://blog.example.de/2020/02/update/"]  # fmt: skip
    assert entries[0].published == "2020-01-22T09:15:00+01:00"
    assert entries[1].published == "2020-02-01T08:00:00+00:00"


def test_gzipped_feed() -> None:
    assert len(discovery.parse_feed(gzip.compress(fixture("rss.xml")))) == 2


def test_not_a_feed() -> None:
    with pytest.raises(discovery.DiscoveryError):
        discovery.parse_feed(fixture("sitemap.xml"))


def test_wordpress_posts() -> None:
    entries = discovery.parse_wp_posts(fixture("wp_posts.json"))
    assert [e.url for e in entries] == ["https://blog.example.de/2011/08/banken-twittern/",
                                        "https://blog.example.de/2016/05/whatsapp/"]  # fmt: skip
    assert entries[0].published == "2011-08-17T08:02:00+00:00"
    assert entries[0].lastmod == "2011-08-18T09:00:00+00:00"
    assert entries[0].title == "Banken nutzen gern soziale Netzwerke &#8211; und twittern"
    assert entries[1].published == "2016-05-03T15:20:00+00:00"
    assert entries[1].title == "Sparkasse per WhatsApp"


@pytest.mark.parametrize("body", [b"<html></html>", b'{"code": "rest_no_route"}'])
def test_wordpress_error_answers(body: bytes) -> None:
    with pytest.raises(discovery.DiscoveryError):
        discovery.parse_wp_posts(body)


def test_robots_sitemaps() -> None:
    assert discovery.robots_sitemaps(fixture("robots.txt").decode()) == [
        "https://www.example-zeitung.de/sitemaps/news.xml",
        "https://www.example-zeitung.de/sitemaps/index.xml",
    ]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2011-08-16", "2011-08-16T00:00:00+00:00"),
        ("2011-08-16T07:45:00Z", "2011-08-16T07:45:00+00:00"),
        ("2011-08-16T07:45:00+02:00", "2011-08-16T07:45:00+02:00"),
        ("Tue, 16 Aug 2011 07:45:00 +0200", "2011-08-16T07:45:00+02:00"),
        ("Tue, 16 Aug 2011 05:45:00 GMT", "2011-08-16T05:45:00+00:00"),
        ("gestern", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value: str | None, iso: str | None) -> None:
    assert discovery.normalize_date(value) == iso


def test_maybe_gunzip() -> None:
    assert discovery.maybe_gunzip(b"<urlset/>") == b"<urlset/>"
    assert discovery.maybe_gunzip(gzip.compress(b"<urlset/>")) == b"<urlset/>"
    with pytest.raises(discovery.DiscoveryError):
        discovery.maybe_gunzip(fixture("broken.xml.gz"))
