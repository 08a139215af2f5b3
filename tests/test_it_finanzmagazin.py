"""IT Finanzmagazin: discovery from its listings and extraction of an article (its
category and tags read by the site's helpers)."""

from site_helpers import FIXTURES, SiteCase, site_tests, spider_class

from newsarchive.extract import extract
from newsarchive.items import PageItem
from pipelines.extract import page_document

CASE = SiteCase(
    slug="it_finanzmagazin",
    listings={
        "https://www.it-finanzmagazin.de/wp-json/wp/v2/posts": "posts.json",
        "https://www.it-finanzmagazin.de/feed/": "feed.rss",
    },
    wanted=(
        "https://www.it-finanzmagazin.de/social-media-monitoring-banken-12345/",
        "https://www.it-finanzmagazin.de/kernbankensystem-migration-12300/",
        "https://www.it-finanzmagazin.de/twitter-im-kundenservice-12298/",
    ),
    rejected=(
        "https://www.it-finanzmagazin.de/category/banking/",
        "https://www.it-finanzmagazin.de/whitepaper-social-banking-12299/",
    ),
    article_url="https://www.it-finanzmagazin.de/social-media-monitoring-banken-12345/",
    title="Social-Media-Monitoring: Was Banken über sich im Netz erfahren",
    authors=("Dr. Ralf Bauer",),
    published="2014-09-23T08:10:00+02:00",
    lead_has="Banken setzen zunehmend Monitoring-Werkzeuge ein, um",
    body_has=(
        "Monitoring-Software durchsucht Facebook, Twitter, Foren und Blogs",
        "Erste Institute berichten, dass sie Störungen",
    ),
    body_lacks=("Berater für Bank-IT", "auch interessieren", "TAGS", "Social Media"),
    extra={"section": "Banking", "tags": ["Social Media", "Monitoring", "Datenschutz"]},
)

test_discovery, test_extraction = site_tests(CASE)


def page() -> PageItem:
    body = (FIXTURES / "it_finanzmagazin" / "article.html").read_bytes()
    return PageItem(url=CASE.article_url, site=CASE.slug, body=body, encoding="utf-8")


def test_the_generic_path_misses_what_the_helpers_read() -> None:
    data = extract(page().body, CASE.article_url, encoding="utf-8")
    assert data["section"] is None
    assert data["tags"] == []


def test_helpers_yield_to_metadata() -> None:
    cls = spider_class("it_finanzmagazin")
    doc = page_document(page())
    assert cls._parse_section(doc, {"section": "Finanzen"}) is None
    assert cls._parse_tags(doc, {"tags": ["Bank"]}) is None
    assert cls._parse_section(doc, {"section": None}) == "Banking"


def test_helpers_read_nothing_from_a_page_without_the_links() -> None:
    cls = spider_class("it_finanzmagazin")
    doc = page_document(PageItem(url=CASE.article_url, site=CASE.slug,
                                 body=b"<html><body><p>Text</p></body></html>"))  # fmt: skip
    assert cls._parse_section(doc, {}) is None
    assert cls._parse_tags(doc, {}) is None
