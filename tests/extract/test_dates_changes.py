"""The change named before the publication (issue 11, dates_j's misses with dates_f's, by
kind): on one line ("Aktualisiert: … | Erstmals erschienen: …"), as a label in the node before
the date (a ``<time>`` after "Aktualisiert am", a property table's "Zuletzt bearbeitet"), or
as a noun ("Aktualisierung vom …"); each with the cases the rule must leave alone, on small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"


def _article(line: str) -> str:
    head = "<main><article><h1>Sparkasse auf Mastodon</h1>"
    return f"{head}{line}{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "<p>Aktualisiert: Do, 04.11.2026, 22:10 Uhr · Veröffentlicht: Mi, 03.11.2026, "
            "18:10 Uhr</p>",
            "2026-11-03T18:10:00+01:00",
        ),
        (
            "<p>Aktualisiert: 04.11.2026, 02:45 Uhr | Erstmals erschienen: 03.11.2026, "
            "17:45 Uhr</p>",
            "2026-11-03T17:45:00+01:00",
        ),
        ("<p>Aktualisiert vor 3 Std. · Erstveröffentlichung: 3. Nov. 2026</p>", "2026-11-03"),
        # the publication first, the update after it: the part before the update, as before
        ("<p>Veröffentlicht am 03.11.2026 · aktualisiert am 04.11.2026</p>", "2026-11-03"),
        # a date before the update word is the publication, whatever follows
        (
            "<p>Erstellt 02.11.2026, aktualisiert 04.11.2026, veröffentlicht 03.11.2026</p>",
            "2026-11-02",
        ),
    ],
)
def test_a_line_naming_the_change_first_gives_the_publication_after_it(
    line: str, expected: str
) -> None:
    assert published_on(_article(line), "", URL) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "<p>Aktualisiert am <time datetime='2026-11-04T14:30:00+01:00'>04.11.2026</time> · "
            "Veröffentlicht am <time datetime='2026-11-03T11:30:00+01:00'>03.11.2026</time></p>",
            "2026-11-03",
        ),
        (
            "<table><tr><th>Zuletzt bearbeitet</th><td>12. November 2026 11:00</td></tr>"
            "<tr><th>Datum</th><td>3. November 2026</td></tr></table>",
            "2026-11-03",
        ),
        (
            "<div class='box'><b>Aktualisierung vom 14.11.2026:</b> Die Bank hat Berufung "
            "eingelegt.</div><p>Beitrag vom Dienstag, 3. November 2026</p>",
            "2026-11-03",
        ),
        # a label of the publication before the date is the date line, as before
        ("<dl><dt>Veröffentlicht am</dt><dd>03.11.2026</dd></dl>", "2026-11-03"),
    ],
)
def test_a_date_labelled_as_the_change_in_the_node_before_is_not_the_date_line(
    line: str, expected: str
) -> None:
    head = "<meta property='article:modified_time' content='2026-11-14T10:00:00+01:00'>"
    assert published_on(_article(line), head, URL)[:10] == expected


def test_a_change_label_before_the_only_date_leaves_no_date_line() -> None:
    line = "<dl><dt>Zuletzt geändert</dt><dd>12.11.2026</dd></dl>"
    head = "<meta property='article:published_time' content='2026-11-03T09:00:00+01:00'>"
    assert published_on(_article(line), head, URL) == "2026-11-03T09:00:00+01:00"


@pytest.mark.parametrize(
    "head",
    [
        # a theme's fixed day, the site's launch, the render (fetch) time
        "<meta property='article:published_time' content='2016-01-01T00:00:00+01:00'>",
        '<script type=\'application/ld+json\'>{"@type": "BlogPosting", '
        '"datePublished": "2014-09-01"}</script>',
        "<meta name='date' content='2026-11-26T15:58:00+01:00'>",
    ],
)
def test_the_line_under_an_articles_headline_replaces_far_metadata(head: str) -> None:
    line = "<p>Veröffentlicht: 03.10.2025</p>"
    assert published_on(_article(line), head, URL) == "2025-10-03"


def test_a_far_line_not_under_the_headline_leaves_the_metadata() -> None:
    head = "<meta property='article:published_time' content='2016-01-01T09:00:00+01:00'>"
    line = (
        "<p>Ein Satz vorweg.</p><p>Noch ein Satz.</p><p>Ein dritter.</p>"
        "<p>Veröffentlicht: 03.10.2025</p>"
    )  # (the fourth text node under the headline: headline, teaser and byline fit before)
    assert published_on(_article(line), head, URL) == "2016-01-01T09:00:00+01:00"


def test_a_date_under_a_site_name_headline_leaves_the_metadata() -> None:
    head = "<meta property='article:published_time' content='2016-01-01T09:00:00+01:00'>"
    body = f"<header><h1>Stadtfunk</h1><p>Mittwoch, 03.10.2025</p></header><div>{TEXT}</div>"
    assert published_on(body, head, URL) == "2016-01-01T09:00:00+01:00"
