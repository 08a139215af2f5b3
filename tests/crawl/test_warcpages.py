"""WARC records into page items: every record accounted for, sites, captures, damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from warc_helpers import WarcBuilder, arc_file, article_html

from newsarchive.archive.warcread import WarcDamage
from newsarchive.crawl.base import SitemapSpider
from newsarchive.crawl.sources import spider_classes
from newsarchive.crawl.warcpages import RecordReader, page_encoding, scrapy_encoding
from newsarchive.crawl.warcsites import SiteMatcher, host_of, is_german, medium_of
from newsarchive.items import FailureItem, PageItem

WELT = "https://www.welt.de/wirtschaft/article13547180/Banken-nutzen-gern-soziale-Netzwerke.html"


def read(path: Path, german: bool = False, sites: set[str] | None = None,
         known: set[str] | None = None) -> tuple[RecordReader, list[object]]:  # fmt: skip
    reader = RecordReader(str(path), SiteMatcher(spider_classes(), sites, german), known or set())
    return reader, list(reader.items())


def accounted(reader: RecordReader) -> int:
    return reader.pages + reader.failures + sum(reader.filtered.values())


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """One of each: article, request, 404, non-HTML, revisit, Latin-1 page, other site,
    a section page the site's filters deny, a mobile host."""
    warc = WarcBuilder()
    warc.response(WELT, article_html())
    warc.request(WELT)
    warc.response("https://www.welt.de/wirtschaft/article1/Weg.html", b"weg",
                  status="404 Not Found")  # fmt: skip
    warc.response("https://www.welt.de/img/logo.png", b"\x89PNG", content_type="image/png")
    warc.revisit(WELT)
    warc.response("https://www.welt.de/finanzen/article2/Sparkasse-auf-Twitter.html",
                  article_html("Sparkasse zwitschert", "iso-8859-1"),
                  content_type="text/html; charset=iso-8859-1")  # fmt: skip
    warc.response("https://www.nytimes.com/2016/09/26/business/banks.html", article_html())
    warc.response("https://www.welt.de/sport/article3/Fussball.html", article_html())
    warc.response("https://m.welt.de/wirtschaft/article4/Volksbank-Facebook.html", article_html())
    path = tmp_path / "mixed.warc.gz"
    warc.write(path)
    return path


def test_every_record_is_accounted_for(mixed: Path) -> None:
    reader, items = read(mixed)
    assert reader.records == 9 == accounted(reader)
    assert dict(reader.filtered) == {"other-record": 1, "not-200": 1, "not-html": 1,
                                     "revisit": 1, "other-site": 1, "url-filter": 1}  # fmt: skip
    pages = [i for i in items if isinstance(i, PageItem)]
    assert [(p.url, p.site) for p in pages] == [
        (WELT, "welt"),
        ("https://www.welt.de/finanzen/article2/Sparkasse-auf-Twitter.html", "welt"),
        ("https://m.welt.de/wirtschaft/article4/Volksbank-Facebook.html", "welt"),
    ]
    assert not reader.damage


def failure_entry(url: str, page: str | None) -> dict[str, object]:
    failure = {"url": url, "site": "welt", "stage": "parse", "reason": "KeyError",
               "detail": "'title'"}  # fmt: skip
    return {"kind": "failure", "failure": failure, **({"page": page} if page else {})}


@pytest.mark.parametrize("between", [0, 3, 40])
def test_a_page_whose_parse_failed_is_not_imported(tmp_path: Path, between: int) -> None:
    """The crawl journals a parse failure a few records after its page: the page is
    counted ``parse-failed`` (the crawl stored no article for it), its failure imported."""
    warc = WarcBuilder()
    failed = warc.response(WELT, article_html())
    others = [f"https://www.welt.de/wirtschaft/article{i}/Sparkasse-{i}.html"
              for i in range(between)]  # fmt: skip
    for url in others:
        warc.response(url, article_html())
    warc.journal(WELT, failure_entry(WELT, failed))
    warc.write(tmp_path / "crawl.warc.gz")
    reader, items = read(tmp_path / "crawl.warc.gz")
    assert [i.url for i in items if isinstance(i, PageItem)] == others  # in file order
    (failure,) = [i for i in items if isinstance(i, FailureItem)]
    assert (failure.url, failure.stage, failure.reason) == (WELT, "parse", "KeyError")
    assert dict(reader.filtered) == {"parse-failed": 1}
    assert reader.records == between + 2 == accounted(reader)


def test_a_parse_failure_far_from_its_page_leaves_the_page_imported(tmp_path: Path) -> None:
    """Pages are held back for a while only (``HOLD_PAGES``): memory stays bounded."""
    from newsarchive.crawl.warcheld import HOLD_PAGES

    warc = WarcBuilder()
    failed = warc.response(WELT, article_html())
    for i in range(HOLD_PAGES + 1):
        warc.response(f"https://www.welt.de/wirtschaft/article{i}/Bank-{i}.html", article_html())
    warc.journal(WELT, failure_entry(WELT, failed))
    warc.write(tmp_path / "crawl.warc.gz")
    reader, items = read(tmp_path / "crawl.warc.gz")
    assert sum(isinstance(i, PageItem) for i in items) == HOLD_PAGES + 2
    assert reader.records == accounted(reader)


def test_page_items_are_what_a_crawl_yields(mixed: Path) -> None:
    _, items = read(mixed)
    page = items[0]
    assert isinstance(page, PageItem)
    assert page.body == article_html()
    assert page.encoding == "utf-8"
    assert page.status == 200
    assert page.fetched_at == "2016-09-26T10:00:00+00:00"
    assert page.request_url == WELT
    assert page.source_archive == page.warc_file == str(mixed)
    assert page.warc_offset == 0
    assert page.warc_record_id


def test_page_at_reads_pages_in_file_order_through_one_open_file(mixed: Path) -> None:
    _, items = read(mixed)
    pages = [i for i in items if isinstance(i, PageItem)]
    reader = RecordReader(str(mixed), SiteMatcher(spider_classes()))
    handles = set()
    for page in pages:  # forward: read on, over the records in between
        assert page.warc_offset is not None
        again = reader.page_at(page.warc_offset, "welt")
        assert (again.url, again.body, again.warc_offset) == (page.url, page.body,
                                                              page.warc_offset)  # fmt: skip
        handles.add(id(reader._file))
    assert len(handles) == 1
    assert pages[0].warc_offset is not None
    assert reader.page_at(pages[0].warc_offset, "welt").url == pages[0].url  # back: a seek
    with pytest.raises(WarcDamage):
        reader.page_at(pages[0].warc_offset + 1, "welt")  # no record starts there
    assert reader.page_at(pages[1].warc_offset or 0, "welt").url == pages[1].url
    reader.close()
    assert reader._file is None


def test_latin1_page_keeps_its_declared_encoding(mixed: Path) -> None:
    _, items = read(mixed)
    latin = next(i for i in items if isinstance(i, PageItem) and "Sparkasse" in i.url)
    assert latin.encoding == "cp1252"  # Scrapy's name for a declared ISO-8859-1
    assert b"zwitschert" in latin.body
    assert latin.body.decode("cp1252").count("Großbanken") == 1


def test_sites_option_keeps_only_the_named_sites(mixed: Path) -> None:
    reader, items = read(mixed, sites={"handelsblatt"})
    assert not [i for i in items if isinstance(i, PageItem)]
    assert reader.records == accounted(reader)


def test_known_pages_are_not_imported_again(mixed: Path) -> None:
    reader, _ = read(mixed, known={WELT})
    assert reader.filtered["known"] == 1


def test_german_keeps_other_german_hosts_as_their_medium(tmp_path: Path) -> None:
    warc = WarcBuilder()
    warc.response("https://www.beispiel-zeitung.de/wirtschaft/banken-facebook.html",
                  article_html())  # fmt: skip
    english = b"<html lang='en'><body><p>The bank and the network of the city.</p></body></html>"
    warc.response("https://www.example.com/news/banks.html", english)
    path = tmp_path / "german.warc.gz"
    warc.write(path)
    reader, items = read(path, german=True)
    assert [(i.site, i.url) for i in items if isinstance(i, PageItem)] == [
        ("beispiel-zeitung.de", "https://www.beispiel-zeitung.de/wirtschaft/banken-facebook.html")
    ]
    assert reader.filtered["not-german"] == 1
    assert read(path)[0].filtered["other-site"] == 2


def test_wayback_capture_is_stored_as_the_original_with_its_capture(tmp_path: Path) -> None:
    original = "http://www.welt.de/wirtschaft/article4071234/Kredit-Sparkasse.html"
    warc = WarcBuilder()
    warc.response(f"https://web.archive.org/web/20090710101010id_/{original}", article_html(),
                  headers=[("Memento-Datetime", "Fri, 10 Jul 2009 10:10:10 GMT")])  # fmt: skip
    path = tmp_path / "wayback.warc.gz"
    warc.write(path)
    _, items = read(path)
    page = items[0]
    assert isinstance(page, PageItem)
    assert (page.url, page.site) == (original, "welt")
    assert page.archive_url == f"https://web.archive.org/web/20090710101010/{original}"
    assert page.archived_at == "2009-07-10T10:10:10+00:00"


@pytest.mark.parametrize("cut", [-300, -30])
def test_damage_keeps_the_records_before_it_and_is_one_failure(mixed: Path, tmp_path: Path,
                                                                cut: int) -> None:  # fmt: skip
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(mixed.read_bytes()[:cut])
    reader, items = read(damaged)
    failures = [i for i in items if isinstance(i, FailureItem)]
    assert len(failures) == 1
    failure = failures[0]
    assert (failure.stage, failure.reason[:5]) == ("import", "warc-")
    assert failure.url == failure.source_archive == str(damaged)
    assert reader.damage
    pages = [i for i in items if isinstance(i, PageItem)]
    assert [p.url for p in pages][:2] == [WELT, "https://www.welt.de/finanzen/article2/"
                                          "Sparkasse-auf-Twitter.html"]  # fmt: skip
    assert "article4" not in " ".join(p.url for p in pages)  # the cut record is not imported
    assert reader.records == accounted(reader)


def test_an_unreadable_source_is_one_failure(tmp_path: Path) -> None:
    reader, items = read(tmp_path / "missing.warc.gz")
    assert [type(i).__name__ for i in items] == ["FailureItem"]
    assert reader.records == 1 == reader.failures


def test_arc_file_pages(tmp_path: Path) -> None:
    path = tmp_path / "old.arc.gz"
    arc_file(path, [("http://www.welt.de/wirtschaft/article5/Sparkassen-Blog.html",
                     article_html())])  # fmt: skip
    reader, items = read(path)
    assert [i.url for i in items if isinstance(i, PageItem)] == [
        "http://www.welt.de/wirtschaft/article5/Sparkassen-Blog.html"]  # fmt: skip
    assert reader.records == accounted(reader) == 2


class OldDomains(SitemapSpider):
    name = "old_domains"
    allowed_domains = ["neu.de"]  # noqa: RUF012
    OLD_DOMAINS = ("alt.de",)
    ALLOW = (r"neu\.de/wirtschaft/",)


def test_site_matching_by_domain_subdomain_and_old_domain() -> None:
    matcher = SiteMatcher({"old_domains": OldDomains})
    assert matcher.site_of("www.neu.de") == ("old_domains", "neu.de")
    assert matcher.site_of("mobil.alt.de") == ("old_domains", "alt.de")
    assert matcher.site_of("neu.de.example.com") is None
    assert matcher.allows("old_domains", "alt.de", "https://alt.de/archiv/x.html")
    assert not matcher.allows("old_domains", "neu.de", "https://neu.de/sport/x.html")


@pytest.mark.parametrize(("html", "declared", "german"), [
    (b"<html lang='de-DE'><p>x</p></html>", "", True),
    (b"<html lang='en'><p>x</p></html>", "", False),
    (b"<p>x</p>", "deu", True),
    (b"<p>Die Bank und der Kunde sind nicht mit dem Netz auf der Seite, die auch ist.</p>",
     "", True),
    (b"<p>The bank and the customer of the city is on the network that is.</p>", "", False),
])  # fmt: skip
def test_is_german(html: bytes, declared: str, german: bool) -> None:
    assert is_german(html, declared) is german


def test_host_helpers_and_encoding() -> None:
    assert host_of("https://User@WWW.Welt.de:443/a?b") == "www.welt.de"
    assert medium_of("mobil.beispiel.de") == "beispiel.de"
    assert page_encoding("https://x.de/", 200, [("Content-Type", "text/html")],
                         b"<meta charset='iso-8859-1'>") == "cp1252"  # fmt: skip


META = b"<html><head><meta charset='iso-8859-1'></head><body>Gr\xfc\xdfe</body></html>"


@pytest.mark.parametrize(("headers", "body"), [
    ([("Content-Type", "text/html; charset=utf-8")], META),
    ([("content-type", "Text/HTML; Charset=ISO-8859-1")], META),
    ([("Content-Type", "application/xhtml+xml; charset=latin1")], META),
    ([("Content-Type", "text/html; charset=unknown-x")], META),
    ([("Content-Type", "text/html")], META),
    ([("Content-Type", "text/html; charset=utf-8")], b"\xff\xfe<\x00h\x00"),
    ([("Content-Type", "text/html; charset=utf-8")], b"\xef\xbb\xbf<html>"),
    ([("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "br")], META),
    ([("Content-Type", "text/html; charset=utf-8"), ("Content-Type", "text/plain")], META),
    ([("Content-Type", "text/plain; charset=utf-8")], META),
    ([("Content-Type", "image/png")], b"\x89PNG"),
    ([], META),
])  # fmt: skip
def test_page_encoding_is_the_one_scrapy_gives(headers: list[tuple[str, str]],
                                               body: bytes) -> None:  # fmt: skip
    """The short way (a charset in the only Content-Type of an HTML page) and Scrapy's
    response agree."""
    url = "https://www.welt.de/a.html"
    assert page_encoding(url, 200, headers, body) == scrapy_encoding(url, 200, headers, body)
