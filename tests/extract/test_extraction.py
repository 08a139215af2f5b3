"""Article extraction: decoding, metadata, authors, dates, body clean-up, end to end."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from extract_pages import ARTICLE, FETCHED, article_page, graph

from newsarchive.extract import FIELDS, ExtractionError, SiteRules, extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.cfemail import decode_cfemail, decode_cfemails
from newsarchive.extract.dates import url_date
from newsarchive.extract.datetext import parse_date
from newsarchive.extract.index import page_index, visible_text
from newsarchive.extract.names import split_authors
from newsarchive.extract.parsing import decode, parse
from newsarchive.extract.title import clean_title

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extraction"
NEWS_URL = "https://www.finanzblatt.example/banken/sparkasse-instagram-123.html"
BLOG_URL = "https://bankenblog.example/2026/11/genossenschaftsbank-twittert/"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(scope="module")
def news() -> dict:
    return extract(page("news_jsonld.html"), NEWS_URL)


@pytest.fixture(scope="module")
def blog() -> dict:
    return extract(page("blog_markup.html"), BLOG_URL)


def test_returns_exactly_the_fields(news: dict) -> None:
    assert tuple(news) == FIELDS


def test_jsonld_metadata(news: dict) -> None:
    assert news["title"] == "Sparkasse Musterstadt startet auf Instagram"
    assert news["published"] == "2026-11-26T14:05:00+01:00"
    assert news["modified"] == "2026-11-26T16:30:00+01:00"
    assert news["section"] == "Banken"
    assert news["language"] == "de"
    assert news["site_name"] == "Finanzblatt"
    assert news["tags"] == ["Sparkasse", "Instagram", "Soziale Netzwerke"]
    assert news["canonical_url"] == NEWS_URL
    assert news["top_image"] == "https://www.finanzblatt.example/bilder/filiale.jpg"
    assert news["paywalled"] is True


def test_nested_authors_and_agency_prefix(news: dict) -> None:
    assert news["authors"] == ["Anna Müller", "Jan Schulz", "dpa"]
    assert news["agencies"] == ["dpa"]


def test_lead_separate_from_body(news: dict) -> None:
    assert news["lead"].startswith("Die Sparkasse Musterstadt wirbt")
    assert "wirbt jetzt mit kurzen Videos" not in news["body"]


def test_body_keeps_paragraphs_and_subheadings(news: dict) -> None:
    paragraphs = news["body"].split("\n\n")
    assert paragraphs[0].startswith("Seit Montag veröffentlicht")
    assert "Kritik von Verbraucherschützern" in paragraphs
    assert news["word_count"] > 60


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Wir verwenden Cookies",  # consent banner
        "Auf Facebook teilen",  # share buttons
        "Foto: Max Mustermann",  # image credit
        "Lesen Sie auch",  # related links
        "Abonnieren Sie unseren Newsletter",  # promo
        "ist Redakteurin im Ressort",  # author bio box
        "Heinz sagt",  # comments
        "Kommentar abschicken",  # comment form
        "Alle Rechte vorbehalten",  # footer
        "Mit Material von dpa",  # source line
    ],
)
def test_boilerplate_removed(news: dict, boilerplate: str) -> None:
    assert boilerplate not in news["body"]


def test_source_attribution(news: dict, blog: dict) -> None:
    assert news["source"] == "dpa"
    assert blog["source"] == "Welt Online"
    assert "erschien zuerst" not in blog["body"]


def test_cloudflare_email_decoded(news: dict) -> None:
    assert "pgm@example.com" in news["body"]
    assert "protected" not in news["body"]


def test_markup_fallbacks_on_a_latin1_blog(blog: dict) -> None:
    assert blog["title"] == "Genossenschaftsbank twittert jetzt"
    assert blog["authors"] == ["Anna Müller", "Jan Schulz"]
    assert blog["published"] == "2026-11-26T14:05:00+01:00"
    assert "Außerdem sucht die Bank über Xing" in blog["body"]
    assert blog["paywalled"] is False


def test_site_rules_drop_and_body_xpath() -> None:
    rules = SiteRules(
        drop_xpaths=("//p[contains(., 'YouTube')]",), body_xpath="//div[@class='entry-content']"
    )
    item = extract(page("blog_markup.html"), BLOG_URL, rules=rules)
    assert "YouTube" not in item["body"]
    assert "Nordheide" in item["body"]


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        ("Dax fällt | Handelsblatt", "https://www.handelsblatt.com/a", None, "Dax fällt"),
        ("Dax fällt - WELT", "https://www.welt.de/a", "WELT", "Dax fällt"),
        ("Neue App – t3n", "https://t3n.de/news/a", "t3n Magazin", "Neue App"),
        ("Finanzblatt | Dax fällt", "https://finanzblatt.example/a", "Finanzblatt", "Dax fällt"),
        (
            "Teil 1 - Die Bank und das Netz",
            "https://x.example/a",
            None,
            "Teil 1 - Die Bank und das Netz",
        ),
        ("Stra&szlig;e &amp; Bank\xad", "https://x.example/a", None, "Straße & Bank"),
    ],
)
def test_clean_title(title: str, url: str, site: str | None, expected: str) -> None:
    assert clean_title(title, url, site) == expected


@pytest.mark.parametrize(
    ("byline", "names", "agencies"),
    [
        ("Von Anna Müller und Jan Schulz", ["Anna Müller", "Jan Schulz"], []),
        ("dpa/Anna Müller", ["Anna Müller"], ["dpa"]),
        ("Anna Müller, Redakteurin", ["Anna Müller"], []),
        ("Text: Jan Schulz (Korrespondent in Berlin)", ["Jan Schulz"], []),
        ("Anna Müller & Jan Schulz, AFP", ["Anna Müller", "Jan Schulz"], ["AFP"]),
        ("Reuters", [], ["Reuters"]),
        ("admin", [], []),
    ],
)
def test_split_authors(byline: str, names: list[str], agencies: list[str]) -> None:
    assert split_authors([byline]) == (names, agencies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-26T14:05:00Z", "2026-11-26T15:05:00+01:00"),  # UTC in German local time
        ("2026-11-26T23:30:00+00:00", "2026-11-27T00:30:00+01:00"),  # the day a reader sees
        ("2026-11-26T14:05:00+0100", "2026-11-26T14:05:00+01:00"),
        ("2026-11-26T14:05:00", "2026-11-26T14:05:00+01:00"),
        ("2026-07-01 08:00", "2026-07-01T08:00:00+02:00"),
        ("2026-11-26", "2026-11-26"),
        ("26. November 2026, 14:05 Uhr", "2026-11-26T14:05:00+01:00"),
        ("Stand: 3. März 2026", "2026-03-03"),
        ("26.11.2026 um 9.30 Uhr", "2026-11-26T09:30:00+01:00"),
        ("vor 3 Stunden", "2026-11-26T13:00:00+01:00"),
        ("vor einem Tag", "2026-11-25T16:00:00+01:00"),
        ("gestern, 18:15 Uhr", "2026-11-25T18:15:00+01:00"),
        ("kein Datum", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text, FETCHED) == expected


def encode_cfemail(address: str, key: int = 0x2A) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)


def test_decode_cfemail() -> None:
    assert decode_cfemail(encode_cfemail("redaktion@bank.example")) == "redaktion@bank.example"
    assert decode_cfemail("zz") is None


def test_decode_cfemails_keeps_the_index_it_can() -> None:
    """An address written over a bare text keeps the page index (its visible text is read
    again); one whose hidden text sat in an element drops the index with that element."""
    hidden = encode_cfemail("redaktion@bank.example")
    bare = f'<a class="__cf_email__" data-cfemail="{hidden}">[email protected]</a>'
    nested = f'<a data-cfemail="{hidden}"><span class="cf-inner">[email protected]</span></a>'
    for link, kept in ((bare, True), (nested, False)):
        tree = parse(f'<html><body><p class="x">Mail: {link}</p></body></html>')
        index = page_index(tree)
        assert "[email protected]" in (visible_text(tree) or "")
        assert decode_cfemails(tree)
        assert (page_index(tree) is index) is kept
        assert "redaktion@bank.example" in (visible_text(tree) or "")
        classes = [c for _, _, c in page_index(tree).classed]
        assert ("cf-inner" in classes) is False


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Quelle: Welt Online", "Welt Online"),
        ("Mit Material von dpa und AFP", "dpa und AFP"),
        ("(dpa-AFX)", "dpa-AFX"),
        ("Dieser Artikel erschien zuerst bei Capital.", "Capital"),
        ("Zuerst erschienen auf handelsblatt.com", "handelsblatt.com"),
    ],
)
def test_source_lines(line: str, source: str) -> None:
    lines, found = clean_lines(["Die Bank wächst weiter.", line], "", "", SiteRules())
    assert found == source
    assert lines == ["Die Bank wächst weiter."]


def test_dateline_agency_is_a_source_but_stays() -> None:
    text = "FRANKFURT (dpa-AFX) - Der Dax hat am Mittwoch leicht nachgegeben."
    lines, found = clean_lines([text], "", "", SiteRules())
    assert (lines, found) == ([text], "dpa-AFX")


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Zürich (awp) - Die Privatbank hat im Quartal mehr verdient.", "awp"),
        ("Frankfurt (awp/dpa-AFX) - Die Neobank will expandieren.", "awp/dpa-AFX"),
        ("Hafenstadt (dpa/lnw) - Die Sparkasse schließt Filialen.", "dpa/lnw"),
        # a day after the place and a comma (session 42)
        ("Hannover, 14.03.05 (dpa) – Die Sparkassen rüsten auf.", "dpa"),
        ("Hannover, 14.03.2005 (dpa) – Die Sparkassen rüsten auf.", "dpa"),
    ],
)
def test_a_dateline_agency_in_the_lead_is_the_source(lead: str, source: str) -> None:
    # the dateline's paragraph taken as the lead: its agency is the text's source still
    assert clean_lines(["Die Bank wächst weiter."], "", lead, SiteRules())[1] == source


@pytest.mark.parametrize(
    "line",
    ["Lesen Sie auch: Die Bank im Netz", "Mehr zum Thema", "Foto: dpa", "Artikel teilen"],
)
def test_boilerplate_lines(line: str) -> None:
    assert clean_lines(["Die Bank wächst.", line], "", "", SiteRules())[0] == ["Die Bank wächst."]


def test_decode_charsets() -> None:
    html = "<html><body><p>Grüße</p></body></html>"
    assert "Grüße" in decode(codecs.BOM_UTF8 + html.encode("utf-8"))
    latin = b'<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>'
    assert "Grüße" in decode(latin)
    assert "Grüße" in decode(b"<p>Gr\xfc\xdfe</p>")  # not UTF-8: cp1252 fallback
    mixed = "<p>Grüße</p>".encode() + b"<p>\x93Zitat\x94</p>"
    assert "Grüße" in decode(mixed)
    assert "“Zitat”" in decode(mixed)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"just some words without any markup", "not-html"),
    ],
)
def test_unusable_pages(body: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(body, "https://x.example/")
    assert info.value.reason == reason


def test_page_without_text() -> None:
    with pytest.raises(ExtractionError) as info:
        extract(
            b"<html><head><title>Leer</title></head><body><nav>Start Hilfe</nav></body></html>",
            "https://x.example/",
        )
    assert info.value.reason == "no-text"


SHORT_PAGE = (
    "<html><head><title>Sparkasse Nord schließt Filiale | Nordblatt</title>"
    "<meta property='og:title' content='Sparkasse Nord schließt Filiale'>"
    "<meta name='author' content='Petra Lindner'>"
    "<meta property='article:published_time' content='2014-03-07T09:30:00+01:00'>"
    "</head><body><nav>Start Hilfe</nav><h1>Sparkasse Nord schließt Filiale</h1>"
    "<p class='byline'>Von Petra Lindner, 07.03.2014</p></body></html>"
)


def test_a_page_without_text_keeps_its_metadata() -> None:
    """A page too short for a body fails with ``no-text``, and the error carries the
    title, byline and date read before: a caller can keep them."""
    with pytest.raises(ExtractionError) as info:
        extract(SHORT_PAGE, "https://nordblatt.example/a/")
    found = info.value.found
    assert info.value.reason == "no-text"
    assert found["title"] == "Sparkasse Nord schließt Filiale"
    assert found["authors"] == ["Petra Lindner"]
    assert found["published"].startswith("2014-03-07")
    assert (found["body"], found["word_count"]) == ("", 0)
    assert set(found) == set(FIELDS)


def test_other_failures_carry_nothing() -> None:
    with pytest.raises(ExtractionError) as info:
        extract(b"", "https://x.example/")
    assert info.value.found == {}


# ---------------------------------------------------------------- headline, date, byline rules

KICKER_H1 = (
    "<h1><span class='kicker'>Soziale Netzwerke</span> "
    "<span class='headline'>Volksbank twittert</span></h1>"
)


@pytest.mark.parametrize(
    ("head", "top", "expected"),
    [
        # og:title settles whether the kicker belongs to the headline
        (
            "<meta property='og:title' content='Soziale Netzwerke: Volksbank twittert'>"
            "<title>Soziale Netzwerke: Volksbank twittert | Finanzblatt</title>",
            KICKER_H1,
            "Soziale Netzwerke: Volksbank twittert",
        ),
        (
            "<meta property='og:title' content='Volksbank twittert'>"
            "<title>Soziale Netzwerke: Volksbank twittert | Finanzblatt</title>",
            KICKER_H1,
            "Volksbank twittert",
        ),
        # JSON-LD's headline without the kicker the <h1> shows apart: the headline alone
        (
            "<meta property='og:title' content='Soziale Netzwerke: Volksbank twittert'>"
            "<title>Soziale Netzwerke: Volksbank twittert | Finanzblatt</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Volksbank twittert"}</script>',
            KICKER_H1,
            "Volksbank twittert",
        ),
        # the <title> without the kicker the <h1> shows apart, og:title with it: the
        # <title> settles like JSON-LD's headline (session 42)
        (
            "<meta property='og:title' content='Soziale Netzwerke: Volksbank twittert'>"
            "<title>Volksbank twittert | Bankblog</title>",
            KICKER_H1,
            "Volksbank twittert",
        ),
        # JSON-LD's headline with it: the kicker stays
        (
            "<meta property='og:title' content='Soziale Netzwerke: Volksbank twittert'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Soziale Netzwerke: Volksbank twittert"}</script>',
            KICKER_H1,
            "Soziale Netzwerke: Volksbank twittert",
        ),
        # a headline JSON-LD shortens otherwise: og:title as before
        (
            "<meta property='og:title' content='Soziale Netzwerke: Volksbank twittert'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Volksbank twittert jetzt"}</script>',
            KICKER_H1,
            "Soziale Netzwerke: Volksbank twittert",
        ),
        # a format's badge shown apart in the <h1> is no part of the headline, whatever the
        # metadata says; written into the heading's own text it stays
        (
            "<meta property='og:title' content='Video: Volksbank twittert'>"
            '<script type="application/ld+json">{"@type": "VideoObject", '
            '"headline": "Video: Volksbank twittert"}</script>',
            "<h1><span class='label-video'>Video</span> Volksbank twittert</h1>",
            "Volksbank twittert",
        ),
        (
            "<meta property='og:title' content='Liveblog: Volksbank twittert'>",
            "<h1><span class='topline'>+++ Liveblog +++</span> "
            "<span class='headline'>Volksbank twittert</span></h1>",
            "Volksbank twittert",
        ),
        (
            "<meta property='og:title' content='Liveblog: Volksbank twittert'>",
            "<h1>Liveblog: Volksbank twittert</h1>",
            "Liveblog: Volksbank twittert",
        ),
        # a label before the headline that the metadata title leaves out
        (
            "<meta property='og:title' content='Volksbank startet Podcast'>",
            "<h1><span class='sr'>Headline:</span> Volksbank startet Podcast</h1>",
            "Volksbank startet Podcast",
        ),
        # the only headline beats a site-wide <title>
        (
            "<title>.:: MUSTERMEDIA ::. Vorlagen und Designs</title>",
            "<h1>Neue Vorlagen für den Datenschutz</h1>",
            "Neue Vorlagen für den Datenschutz",
        ),
        # a logo <h1> linking home is no headline
        (
            "<title>Bankblog » Blog Archiv » Volksbank startet Podcast</title>",
            "<h1><a href='https://www.bankblog.example/'>Bankblog</a></h1>",
            "Volksbank startet Podcast",
        ),
        # a byline nested in the headline is not part of it
        (
            "<title>Volksbank startet Podcast - Der Bankblog</title>",
            "<h1 class='entry-title'>Volksbank startet Podcast <h4 class='author'>"
            "Veröffentlicht von <a href='/a'>Bankblog</a> am 23. Februar 2026</h4></h1>",
            "Volksbank startet Podcast",
        ),
    ],
)
def test_headline_agreement(head: str, top: str, expected: str) -> None:
    url = "https://www.bankblog.example/2026/podcast/"
    assert extract(article_page(head, top), url)["title"] == expected


def test_breadcrumb_headline_repeated_by_metadata() -> None:
    head = (
        graph({"@type": "NewsArticle", "headline": "Sparkasse sucht Azubis per TikTok"})
        + "<title>Sparkasse sucht Azubis per TikTok | Finanzblatt</title>"
        + "<meta property='og:title' content='Azubis gesucht: Die Sparkasse geht auf TikTok'>"
    )
    page = article_page(head).replace(
        b"<main>", b"<nav><ol><li><h1>Sparkasse sucht Azubis per TikTok</h1></li></ol></nav><main>"
    )
    assert extract(page, NEWS_URL)["title"] == "Sparkasse sucht Azubis per TikTok"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Alles neu im Mai | Bankwissen 2.0 und mehr",
            "https://www.bankwissen2null.example/2026/05/mai/",
            "Alles neu im Mai",
        ),
        (
            "Bankblog » Neue Filiale",
            "https://web.archive.org/web/20140226054445/http://www.bankblog.example/a/",
            "Neue Filiale",
        ),
        ("Folge 82 – Banken im Netz |", "https://podcast.example/82", "Folge 82 – Banken im Netz"),
        # a leading segment is cut only when it is exactly the site's name
        (
            "Konto eröffnen – Tipps für jede Bank",
            "https://www.kontoeroeffnen24.example/",
            "Konto eröffnen – Tipps für jede Bank",
        ),
    ],
)
def test_clean_title_site_segments(title: str, url: str, expected: str) -> None:
    assert clean_title(title, url, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/01/2026 12:43", "2026-11-01T12:43:00+01:00"),  # slashes: month first
        ("25/12/2026", "2026-12-25"),  # a first number above 12 is the day
    ],
)
def test_parse_slashed_dates(text: str, expected: str) -> None:
    assert parse_date(text, FETCHED) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.example/2026/11/26/bank-twittert/", "2026-11-26"),
        ("https://verein.example/meldungen/27-11-2026", "2026-11-27"),
        ("https://verein.example/meldungen/bank-123", None),
    ],
)
def test_url_date(url: str, expected: str | None) -> None:
    assert url_date(url) == expected


PUBLISHED_META = "<meta property='article:published_time' content='2026-11-20T08:00:00+01:00'>"


@pytest.mark.parametrize(
    ("head", "top", "tail", "expected"),
    [
        # the date line under the headline beats a close metadata date
        (PUBLISHED_META, "<h1>Bank</h1><p>Veröffentlicht am 26.11.2026</p>", "", "2026-11-26"),
        # keeps the metadata time when both name the same day
        (
            PUBLISHED_META,
            "<h1>Bank</h1><span class='date'>Freitag, 20.11.2026</span>",
            "",
            "2026-11-20T08:00:00+01:00",
        ),
        # a date far from the metadata date is something else (not among the first three
        # text nodes under the headline: headline, teaser, byline, date line)
        (
            PUBLISHED_META,
            "<h1>Bank</h1><p>Kurz.</p><p>Knapp.</p><p>Kürzer.</p><p>1. März 2024</p>",
            "",
            "2026-11-20T08:00:00+01:00",
        ),
        # unless it is the modification date the page shows
        (
            "<meta property='article:published_time' content='2025-11-20T08:00:00+01:00'>"
            "<meta property='article:modified_time' content='2026-11-15T09:00:00+01:00'>",
            "<h1>Bank</h1><p>15.11.2026</p>",
            "",
            "2026-11-15",
        ),
        # dates in comments and sentences do not count
        (
            PUBLISHED_META,
            "<h1>Bank</h1><p>Am 24.11.2026 lädt die Bank zum Stammtisch im Foyer ein.</p>",
            "<div class='comments'><p>24.11.2026</p></div>",
            "2026-11-20T08:00:00+01:00",
        ),
        # a dateline opening the first paragraph
        ("", "<h1>Bank</h1><p>27.1.2026 - Die Volksbank twittert jetzt.</p>", "", "2026-01-27"),
    ],
)
def test_visible_date(head: str, top: str, tail: str, expected: str) -> None:
    page = article_page(head, top, tail)
    assert extract(page, "https://x.example/a", fetched_at=FETCHED)["published"] == expected


@pytest.mark.parametrize(
    ("head", "top", "expected"),
    [
        # JSON-LD author given as a reference into the @graph
        (
            graph(
                {"@type": "BlogPosting", "headline": "Bank", "author": {"@id": "#p1"}},
                {"@type": "Person", "@id": "#p1", "name": "Eva Roth"},
            ),
            "",
            ["Eva Roth"],
        ),
        # Yoast's label/data meta pair
        (
            "<meta name='twitter:label1' content='Verfasst von'>"
            "<meta name='twitter:data1' content='Jan Schulz'>",
            "",
            ["Jan Schulz"],
        ),
        # byline text near the headline
        ("", "<h1>Bank</h1><p>Autor: <a href='/u'>Klara Berg</a> Tags: Bank</p>", ["Klara Berg"]),
        ("", "<h1>Bank</h1><p>26.11.2026 - Redaktion: Eva Roth (Pressestelle)</p>", ["Eva Roth"]),
        ("", "<h1>Bank</h1><p>Von Anna Müller und Jan Schulz</p>", ["Anna Müller", "Jan Schulz"]),
        ("", "<h1>Bank</h1><small>Verfasst von: bankfan | 31. Dezember 2008</small>", ["bankfan"]),
        ("", "<h1>Bank</h1><p>11.12.2026 - Amelie Berg</p>", ["Amelie Berg"]),
        ("", "<h1>Bank</h1><p>04.02.2026 | 13:10 Uhr | Uta Kern</p>", ["Uta Kern"]),
        ("", "<h1>Bank</h1><p>von <a href='/u/7'>Sparfuchs7</a> am 20.09.2026</p>", ["Sparfuchs7"]),
        # "Von" starting a sentence is no byline
        ("", "<h1>Bank</h1><p>Von Berlin aus steuert die Bank ihre Kanäle.</p>", []),
        ("<meta name='shareaholic:article_author_name' content='Jan Roth'>", "", ["Jan Roth"]),
        # a user name in metadata takes the byline's spelling
        (
            graph({"@type": "BlogPosting", "headline": "Bank", "author": {"name": "evaroth"}}),
            "<h1>Bank</h1><div class='post-author'>von Eva Roth</div>",
            ["Eva Roth"],
        ),
        # the blog's name after the author's first name in a byline
        ("", "<h1>Bank</h1><div class='entry-author'>Matthias bankblog</div>", ["Matthias"]),
        # the thread starter of a forum page
        (
            "",
            "<h1>Bank</h1><div><article data-author='Kontofan'>Frage</article></div>",
            ["Kontofan"],
        ),
        # agencies are authors too, and listed as agencies
        (
            graph({"@type": "NewsArticle", "headline": "Bank", "author": "Anna Müller, Reuters"}),
            "",
            ["Anna Müller", "Reuters"],
        ),
    ],
)
def test_author_sources(head: str, top: str, expected: list[str]) -> None:
    url = "https://www.bankblog.example/2026/11/bank/"
    assert extract(article_page(head, top), url)["authors"] == expected


def person(name: str) -> dict:
    return {"@type": "Person", "name": name}


@pytest.mark.parametrize(
    ("head", "top", "tail", "expected"),
    [
        # a place after the name is no author
        ("", "<h1>Bank</h1><p>Von Anna Müller, Frankfurt</p>", "", ["Anna Müller"]),
        # the site's name beside a person in meta tags is dropped ...
        (
            "<meta name='author' content='Eva Roth'>"
            "<meta name='author' content='bankblog.example'>",
            "",
            "",
            ["Eva Roth"],
        ),
        # ... an organisation credited in JSON-LD and shown in the byline stays (unshown
        # beside a person, it goes: test_authors_lists)
        (
            graph(
                {
                    "@type": "BlogPosting",
                    "headline": "Bank",
                    "author": [person("Eva Roth"), {"@type": "Organization", "name": "Bankblog"}],
                }
            ),
            "<h1>Bank</h1><p class='byline'>Von <span>Bankblog</span>, <span>Eva Roth</span></p>",
            "",
            ["Eva Roth", "Bankblog"],
        ),
        # an obfuscated e-mail address is no author: the rel=author link is
        (
            "<meta name='author' content='eva[at]mail.example'>",
            "<h1>Bank</h1><p class='meta'><a rel='author' href='/u/7'>sparfuchs</a></p>",
            "",
            ["sparfuchs"],
        ),
        # a phrase in lower case is no name
        ("<meta name='author' content='unseren Bankfreunden'>", "<h1>Bank</h1>", "", []),
        # "Veröffentlicht am DATE von NAME" in byline markup
        (
            "",
            "<h1>Bank</h1><div class='post-author'>Veröffentlicht am 3. März 2026 von Eva Roth"
            "</div>",
            "",
            ["Eva Roth"],
        ),
        # a category list in an "author" element is no byline
        (
            "",
            "<h1>Bank</h1><div class='post-author'>01.12.2026 / Banken / Social Media / Twitter /"
            " Facebook / Blogs</div><p>Von Eva Roth</p>",
            "",
            ["Eva Roth"],
        ),
        # the link to the author's page (its name, not the photo credit in it)
        (
            "",
            "<h1>Bank</h1><div class='meta'><a href='/autoren/eva-roth'>Eva Roth</a>, 3. März"
            " 2026 | 12 Kommentare | Bewertung 4,5 von 5 Sternen aus 38 Stimmen für diesen"
            " Beitrag</div>",
            "",
            ["Eva Roth"],
        ),
        (
            "",
            "<h1>Bank</h1><a href='/autor/jan-roth-17'><span>© Jan Roth</span>"
            "<span itemprop='name'>Jan Roth</span></a>",
            "",
            ["Jan Roth"],
        ),
        # every author link of the byline
        (
            "",
            "<h1>Bank</h1><p class='meta'><a href='/autor/eva-roth'>Eva Roth</a>, <a "
            "href='/autor/jan-roth'>Jan Roth</a> &amp; <a href='/autor/ina-berg'>Ina Berg</a>"
            " | 3. März 2026 | 12 Kommentare | Bewertung 4,5 von 5 Sternen aus 38 Stimmen</p>",
            "",
            ["Eva Roth", "Jan Roth", "Ina Berg"],
        ),
        # ... but not a link in a sidebar
        (
            "",
            "<h1>Bank</h1>",
            "<div class='sidebar'><a href='/autor/jan-roth'>Jan Roth</a></div>",
            [],
        ),
        # the post's author answering in the comments (WordPress "bypostauthor")
        (
            "",
            "<h1>Bank</h1>",
            "<ol class='comment-list'><li class='comment byuser comment-author-kontofan"
            " bypostauthor'><p class='comment-author'>Kontofan</p><p>Danke!</p></li></ol>",
            ["Kontofan"],
        ),
        # a "first.last" user name spelled out by the text
        (
            graph({"@type": "NewsArticle", "headline": "Bank", "author": person("eva.roth")}),
            "<h1>Bank</h1><p class='caption'>Chefredakteurin Eva M. Roth kommentiert.</p>",
            "",
            ["Eva M. Roth"],
        ),
        # a lower-case login with nothing to spell it out: the name it spells
        (
            graph({"@type": "HowTo", "name": "Bank", "author": person("eva.roth")}),
            "<h1>Bank</h1>",
            "",
            ["Eva Roth"],
        ),
        # ... but a site's or a shared account's name stays as it is
        (
            graph({"@type": "NewsArticle", "headline": "Bank", "author": person("geldwelt.net")}),
            "<h1>Bank</h1>",
            "",
            ["geldwelt.net"],
        ),
        (
            graph({"@type": "NewsArticle", "headline": "Bank", "author": person("sv_team")}),
            "<h1>Bank</h1>",
            "",
            ["sv_team"],
        ),
        # ... and so does a handle that opens with no given name (session 31)
        (
            graph({"@type": "NewsArticle", "headline": "Bank", "author": person("null_zins")}),
            "<h1>Bank</h1>",
            "",
            ["null_zins"],
        ),
        # a Q&A page's question: its asker is the author (schema.org's QAPage)
        (
            '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": '
            '"Question", "name": "Bank", "author": {"@type": "Person", "name": "Ottokar88"}}}'
            "</script>",
            "<h1>Bank</h1>",
            "",
            ["Ottokar88"],
        ),
        # ... its accepted answer's author where it has one: an expert's answer is the text
        (
            '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": '
            '"Question", "name": "Bank", "author": {"@type": "Person", "name": "Petra K."}, '
            '"acceptedAnswer": {"@type": "Answer", "author": {"@type": "Person", '
            '"name": "Henrik Vossberg"}}}}</script>',
            "<h1>Bank</h1>",
            "",
            ["Henrik Vossberg"],
        ),
        (
            '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": '
            '"Question", "name": "Bank", "author": {"@type": "Person", "name": "Gast"}}}'
            "</script>",
            "<h1>Bank</h1>",
            "",
            [],
        ),
        # a first name alone stays a first name ...
        ("", "<h1>Bank</h1><p>Von Floyd</p><p>Floyd Beispiel wohnt hier.</p>", "", []),
        (
            "<meta name='author' content='Floyd'>",
            "<h1>Bank</h1>",
            "<div class='author-bio'>Floyd Das Internet will eine Biografie.</div>",
            ["Floyd"],
        ),
        # ... unless the author's biography or a heading over the author's posts gives it all
        (
            graph(
                {
                    "@type": "BlogPosting",
                    "headline": "Bank",
                    "author": {
                        "@type": "Person",
                        "name": "Floyd",
                        "description": "Floyd Beispiel - Bankkaufmann und Blogger.",
                    },
                }
            ),
            "<h1>Bank</h1>",
            "",
            ["Floyd Beispiel"],
        ),
        (
            "<meta name='author' content='Floyd'>",
            "<h1>Bank</h1>",
            "<div class='author-bio'>Floyd Beispiel ist Bankkaufmann.</div>",
            ["Floyd Beispiel"],
        ),
        (
            "<meta name='author' content='Floyd'>",
            "<h1>Bank</h1>",
            "<aside><h3 class='widget-title'>MEHR VON FLOYD BEISPIEL</h3></aside>",
            ["Floyd Beispiel"],
        ),
        # the account that posted, shown only to search engines, yields to the article's
        # own byline ("Von Jan Roth", soft hyphens and all)
        (
            graph({"@type": "BlogPosting", "headline": "Bank", "author": person("Eva Roth")}),
            "<h1>Bank</h1><span class='rich-snippet-hidden'><a rel='author'>Eva Roth</a></span>"
            "<p><strong>Von Jan Ro\u00adth</strong></p>",
            "",
            ["Jan Roth"],
        ),
        # ... but a shown author stays
        (
            graph({"@type": "BlogPosting", "headline": "Bank", "author": person("Eva Roth")}),
            "<h1>Bank</h1><span class='meta overflow-hidden'><a rel='author'>Eva Roth</a></span>"
            "<p><strong>Von Jan Roth</strong></p>",
            "",
            ["Eva Roth"],
        ),
        # a linked name with soft hyphens
        ("", "<h1>Bank</h1><p>Von <a href='/j'>Jan Ro&shy;th</a></p>", "", ["Jan Roth"]),
        # every linked name of a byline
        (
            "",
            "<h1>Bank</h1><p>Von <a href='/a'>Anna Müller</a> und <a href='/j'>Jan Schulz</a></p>",
            "",
            ["Anna Müller", "Jan Schulz"],
        ),
        # the publisher credited (also as its initials) yields to a person's author link
        (
            "<meta property='og:site_name' content='Bank Blog'><meta name='author' "
            "content='Bank Blog'>",
            "<h1>Bank</h1><span class='author'>BB</span>"
            "<div class='meta'><a href='/author/eva-roth/'>Eva Roth</a></div>",
            "",
            ["Eva Roth"],
        ),
        # a theme's meta author the page never shows yields to the visible byline
        (
            "<meta name='author' content='Studio Nord - Theme Werk'>",
            "<h1>Bank</h1><p class='date'>Erstellt von <a href='/f'>Fabian</a> am 6. Mai 2026</p>",
            "",
            ["Fabian"],
        ),
        # the site credits itself, the text names the source
        (
            "<meta name='author' content='Bankblog'>",
            "<h1>Bank</h1>",
            "<p>Quelle: Welt Online</p>",
            ["Welt Online"],
        ),
    ],
)
def test_author_rules(head: str, top: str, tail: str, expected: list[str]) -> None:
    url = "https://www.bankblog.example/2026/11/bank/"
    assert extract(article_page(head, top, tail), url)["authors"] == expected


def test_byline_in_a_body_class_page() -> None:
    """A page-wide body class ("one-sidebar") does not hide the byline."""
    page = (
        "<html><body class='one-sidebar nav-open'><article><h1>Bank</h1>"
        f"<p>Blog Beitrag von Eva Roth</p>{ARTICLE}</article></body></html>"
    ).encode()
    assert extract(page, "https://x.example/a")["authors"] == ["Eva Roth"]


@pytest.mark.parametrize(
    "byline",
    [
        "Von <a href='/autor/thomas-beispiel/'>Thomas Beispiel</a> 28. Oktober 2008, 16:30 Uhr",
        "Von Anna Müller und Jan Schulz",
        "von Anna Müller, 3.11.2008",
    ],
)
def test_byline_paragraph_is_not_body(byline: str) -> None:
    top = f"<h1>Bank</h1><p class='intro'>Die Bank twittert.</p><p class='artAuthor'>{byline}</p>"
    item = extract(article_page("", top), "https://x.example/a")
    paragraphs = item["body"].split("\n\n")
    assert paragraphs[:2] == ["Die Bank twittert.", ARTICLE[3:].split("</p>")[0]]
    assert not any(p.lower().startswith("von") for p in paragraphs)


def test_sentence_starting_with_von_stays_body() -> None:
    top = "<h1>Bank</h1><p>Von Berlin aus steuert die Volksbank ihre Kanäle.</p>"
    item = extract(article_page("", top), "https://x.example/a")
    assert item["body"].startswith("Von Berlin aus")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("vom Support Team", ["Support Team"]),
        ("Richard Roe im Gespräch mit Karin Fink", ["Richard Roe", "Karin Fink"]),
    ],
)
def test_split_author_phrases(byline: str, names: list[str]) -> None:
    assert split_authors([byline])[0] == names


def test_teaser_only_page_keeps_its_text() -> None:
    teaser = "Die Volksbank erklärt im Video, wie sie Instagram für die Ausbildung nutzt."
    page = (
        f"<html><head><meta name='description' content='{teaser}'></head><body><main>"
        f"<h1>Volksbank im Video</h1><p>{teaser}</p></main></body></html>"
    )
    item = extract(page.encode(), "https://x.example/video")
    assert (item["lead"], item["body"]) == (teaser, "")


def test_utf8_page_declared_latin1() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße für alle</p>'
    assert "Grüße für alle" in decode(page.encode("utf-8"))
    assert "Grüße für alle" in decode(page.encode("cp1252"))


@pytest.mark.parametrize(
    "line",
    [
        "Marco Muster, Filialleiter der Sparkasse. © AFP / Jan Schulz",
        "Auch lesen:",
        "Inhaltsverzeichnis",
        "Weitere aktuelle Themen aus der Bankenwelt",
        "Letzte Aktualisierung am 2.02.2026 / Bei den Verlinkungen handelt es sich um Werbung",
        "Gefällt dir unser Bankenmagazin? Dann unterstütze uns.",
        "Sie sind aktuell nicht eingeloggt.",
    ],
)
def test_more_boilerplate_lines(line: str) -> None:
    assert clean_lines(["Die Bank wächst.", line], "", "", SiteRules())[0] == ["Die Bank wächst."]


def test_ad_disclosure_cut_from_paragraph() -> None:
    line = "*Werbung. Dieser Beitrag enthält Werbung für Musterbank. Heute geht es um Girokonten."
    assert clean_lines([line], "", "", SiteRules())[0] == ["Heute geht es um Girokonten."]


def test_press_contact_block_closes_the_text() -> None:
    lines = ["Die Bank eröffnet.", "Sie plant mehr.", "Pressekontakt:", "Eva Roth, Tel. 0123"]
    assert clean_lines(lines, "", "", SiteRules())[0] == ["Die Bank eröffnet.", "Sie plant mehr."]


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("Soziale Netzwerke Volksbank startet eigenen Kanal auf Instagram", False),
        ("Volksbank startet Instagram", True),  # too short to tell
        ("Die Volksbank startet heute einen eigenen Kanal auf Instagram.", True),  # a sentence
    ],
)
def test_headline_repeat_leaves_the_body(first: str, kept: bool) -> None:
    title = "Volksbank startet eigenen Kanal auf Instagram"
    lines = clean_lines([first, "Die Bank wächst."], title, "", SiteRules())[0]
    assert (first in lines) is kept


def test_article_intro_is_the_lead_and_unshown_description_is_not() -> None:
    intro = "Die Volksbank Musterstadt zeigt, wie eine Genossenschaftsbank auf Instagram wirbt."
    head = "<meta name='description' content='Alles über Banken und Netzwerke hier lesen.'>"
    with_intro = article_page(head, f"<h1>Bank</h1><p class='article-intro'>{intro}</p>")
    assert extract(with_intro, "https://x.example/a")["lead"] == intro
    assert extract(article_page(head, "<h1>Bank</h1>"), "https://x.example/a")["lead"] == ""


def test_description_holding_html_is_read_as_text() -> None:
    """A how-to's JSON-LD description in HTML is the teaser the page shows."""
    intro = "Die Volksbank Musterstadt zeigt, wie eine Genossenschaftsbank auf Instagram wirbt."
    head = graph({"@type": "HowTo", "name": "Bank", "description": f"<p>{intro}</p>"})
    page_html = article_page(head, f"<h1>Bank</h1><p>{intro}</p>")
    assert extract(page_html, "https://x.example/a")["lead"] == intro


def test_large_page_extracts_every_paragraph() -> None:
    """No step is quadratic in page size: 5,000 paragraphs (about 600 KB) all come through."""
    text = "".join(
        f"<p>Absatz {i}: Die Sparkasse Musterstadt erklärt Girokonto und Kreditkarte.</p>"
        for i in range(5000)
    )
    item = extract(article_page("", "<h1>Sparkasse erklärt</h1>", text), "https://x.example/a")
    paragraphs = item["body"].split("\n\n")
    assert sum(p.startswith("Absatz ") for p in paragraphs) == 5000
    assert paragraphs[-1].startswith("Absatz 4999:")


def test_text_after_removed_elements_stays() -> None:
    """Scripts, icons and navigation leave before trafilatura runs; the text after them stays."""
    top = (
        "<h1>Volksbank twittert</h1><p>Die Volksbank <script>var x = 1;</script>twittert "
        "<svg><title>Icon</title></svg>jetzt täglich über ihre Filialen in der Stadt.</p>"
        "<nav><a href='/'>Startseite Menüpunkt</a></nav><aside>Anzeige Tagesgeld</aside>"
    )
    body = extract(article_page("", top), "https://x.example/a")["body"]
    assert "Die Volksbank twittert jetzt täglich über ihre Filialen in der Stadt." in body
    assert not any(word in body for word in ("var x", "Icon", "Menüpunkt", "Tagesgeld"))


@pytest.mark.parametrize(
    ("marker", "paywalled"),
    [
        ("<div class='article paywall-box'>Jetzt abonnieren</div>", True),
        ("<div id='piano-container'></div>", False),  # an id, not a class, names piano
        ("<div class='premium-content'>Plus</div>", True),
        ("<div class='teaser'>Mehr</div>", False),
    ],
)
def test_paywall_markup(marker: str, paywalled: bool) -> None:
    assert extract(article_page("", marker), "https://x.example/a")["paywalled"] is paywalled


def test_control_characters_leave_the_text() -> None:
    """Control characters invalid in HTML are dropped (by :func:`decode` and at parse time)."""
    text = "Die Volksbank\x01 twittert\x1f jetzt täglich über ihre Filialen in der Stadt."
    assert "\x01" not in decode(f"<p>{text}</p>".encode())
    body = extract(article_page("", f"<h1>Volksbank</h1><p>{text}</p>"), "https://x.example/a")
    assert "Die Volksbank twittert jetzt täglich" in body["body"]


def test_soft_hyphens_leave_the_lead_like_the_body() -> None:
    """Soft hyphens leave the lead (trafilatura drops them from the body): the lead is not
    repeated in the body and its words are counted once."""
    url = "https://x.example/a"
    intro = (
        "<h1>Bank</h1><p class='article-intro'>Die {} Volksbank Musterstadt zeigt ihre Kanäle.</p>"
    )
    plain = extract(article_page("", intro.format("beliebte")), url)
    hyphenated = extract(article_page("", intro.format("be&shy;lieb&shy;te")), url)
    assert hyphenated["lead"] == plain["lead"]
    assert (hyphenated["body"], hyphenated["word_count"]) == (plain["body"], plain["word_count"])


def test_boilerplate_share_counts_folded_text_and_nested_parts() -> None:
    """A part whose raw text is long only by its whitespace is dropped (the share is of the
    folded text); a boilerplate part inside a dropped one leaves with it; a part holding
    most of the page's text stays."""
    from lxml import html

    from newsarchive.extract.pruning import drop_boilerplate

    padding = " " * 500
    tree = html.fromstring(
        "<html><body><div class='content'><p>Erster Absatz mit genug Text für die Seite, "
        "der den größten Teil ausmacht und bleibt.</p></div>"
        f"<div class='author-bio'>{padding}Kurz{padding}<div class='comments'>Noch ein "
        "Kommentar</div></div><form><p>Der ganze Rest der Seite steht in einem Formular, "
        "das mehr als die Hälfte des Textes hält, und bleibt deshalb stehen.</p>"
        "<p>Noch mehr Text im Formular.</p></form></body></html>"
    )
    drop_boilerplate(tree)
    text = " ".join(tree.text_content().split())
    assert "Kurz" not in text
    assert "Kommentar" not in text
    assert "Erster Absatz" in text
    assert "Formular" in text
