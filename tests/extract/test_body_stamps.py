"""Body rules for the stamps a page prints with the text: the date line (or a post's meta
line of date and label) at the top or the end of the body, and the editor's initials closing
it. Each on small invented lines or pages, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import LINES_URL as URL
from extract_pages import kept_lines as _kept

from newsarchive.extract import data, extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules


@pytest.mark.parametrize(
    "stamp",
    [
        "05.08.2026, 20:59 Uhr",
        "3. August 2026",
        "Montag, 3. August 2026",
        "Mo., 03.08.26 um 14:05 Uhr",
        "Stand: 03.08.2026 14:05 Uhr",
        "Veröffentlicht am 03.08.2026",
        "Erstellt am: 01.11.2026",
        "2026-08-03",
        "24. März 2026, 19:49 | Anna",
        "2026-10-16 | Aktuelles",
    ],
)
def test_date_stamp_at_the_top_of_the_body_leaves(stamp: str) -> None:
    assert _kept([stamp, *TEXT]) == TEXT
    assert _kept(["Volksbank startet Kanal auf Instagram", stamp, *TEXT]) == TEXT


def test_date_stamp_closing_the_body_leaves() -> None:
    assert _kept([*TEXT, "Aktualisiert am 04.08.2026, 09:12 Uhr"]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Am 3. August 2026 startete die Bank ihren Kanal.",
        "3. August 2026: Die Bank startet ihren Kanal auf Instagram.",
        "2026-08-03 | Die Bank startet ihren Kanal. Sie will junge Kunden.",
    ],
)
def test_a_sentence_opening_with_a_date_stays(line: str) -> None:
    assert _kept([line, *TEXT]) == [line, *TEXT]


def test_a_date_line_inside_the_text_stays() -> None:
    """A date alone in the middle (an event list, a timeline) is the text's, not a stamp."""
    lines = [*TEXT, "3. August 2026", "Die Bank eröffnet ihre Filiale.", "Ende."]
    assert _kept(lines) == lines


def test_date_stamp_of_a_page_leaves_its_body() -> None:
    top = '<h1>Volksbank startet Kanal</h1><span class="stamp">05.08.2026, 20:59 Uhr</span>'
    body = str(extract(article_page(top=top), URL, fetched_at=FETCHED)["body"])
    assert "20:59" not in body
    assert body.startswith("Die Volksbank Musterstadt")


@pytest.mark.parametrize("initials", ["(dmk)", "(jg)", "(ab/dpa)", "(dr/spot)", "( kk )"])
def test_editor_initials_closing_the_text_leave(initials: str) -> None:
    assert _kept([*TEXT, initials]) == TEXT
    assert _kept([*TEXT, initials, "Kontakt: Volksbank Musterstadt"]) == [
        *TEXT,
        "Kontakt: Volksbank Musterstadt",
    ]


@pytest.mark.parametrize(
    "line", ["(wird fortgesetzt)", "(Fortsetzung folgt)", "(Anzeige)", "(2026)", "(Teil 2)"]
)
def test_other_brackets_closing_the_text_stay(line: str) -> None:
    """Only lower-case initials: a note, an announcement or a year stay."""
    assert _kept([*TEXT, line])[-1] == line


@pytest.mark.parametrize(
    ("line", "source"), [("(dpa)", "dpa"), ("(ab/dpa)", "dpa"), ("(jg)", None)]
)
def test_agency_after_the_initials_is_the_source(line: str, source: str | None) -> None:
    kept, found = clean_lines([*TEXT, line], "", "", SiteRules())
    assert (kept, found) == (TEXT, source)


def test_initials_at_the_top_stay() -> None:
    lines = ["(kk)", *TEXT, "Mehr im Frühjahr.", "Ende des Berichts.", "Ein Nachsatz."]
    assert _kept(lines) == lines


def test_editor_initials_leave_the_body_of_a_page() -> None:
    body = str(extract(article_page(tail="<p>(dmk)</p>"), URL, fetched_at=FETCHED)["body"])
    assert "(dmk)" not in body
    assert body.endswith("haben sollen.")


@pytest.mark.parametrize(
    "heading",
    [
        '<h2><span class="toc-section" id="frage-1"></span>Wie lange gilt das Angebot?</h2>',
        '<h3><span id="frage-1"></span>Wie lange gilt das Angebot?<span class="end"></span></h3>',
        "<h2><b></b>Wie lange gilt das Angebot?</h2>",
        '<h2>Wie lange <span id="x"></span>gilt das Angebot?</h2>',
    ],
)
def test_subheading_with_a_table_of_contents_anchor_stays(heading: str) -> None:
    body = str(
        extract(article_page(tail=heading + "<p>Bis Ende Juni, sagt die Bank.</p>"), URL)["body"]
    )
    assert "Wie lange gilt das Angebot?" in body.split("\n\n")


def test_empty_icon_before_a_label_outside_headings_is_left_to_trafilatura() -> None:
    """Only headings are unwrapped: an icon's label elsewhere stays as trafilatura has it."""
    from lxml import etree

    from newsarchive.extract.pruning import unwrap_heading_anchors

    tree = etree.fromstring(
        '<div><p><i class="icon"></i>Teilen</p><h2><span id="a"></span>Frage?</h2></div>'
    )
    unwrap_heading_anchors(tree)
    assert etree.tostring(tree, encoding="unicode") == (
        '<div><p><i class="icon"/>Teilen</p><h2>Frage?</h2></div>'
    )


@pytest.mark.parametrize(
    "line",
    [
        'Weitere Informationen zum Thema "Konto" finden Sie hier.',
        "Alle Ergebnisse findest du HIER.",
        "Was die Bank sonst plant, lesen Sie hier!",
        "Wie das geht? Das erfährst du hier.",
    ],
)
def test_a_pointer_to_another_page_leaves(line: str) -> None:
    assert _kept([*TEXT[:2], line, TEXT[2]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Redner aus der Region findest du hier:",  # introduces the list below
        "Geldautomaten gibt es auch hier.",
        "Die Filialen finden Sie hier seit 1890, sagt der Vorstand.",
        "Die Bank hat ihre Zahlen veröffentlicht. Alle Ergebnisse und die Einschätzungen der "
        "Analysten zu Kosten, Erträgen und Kanälen auf Instagram und LinkedIn finden Sie hier.",
    ],
)
def test_sentences_with_here_that_are_text_stay(line: str) -> None:
    assert _kept([*TEXT[:2], line, TEXT[2]]) == [*TEXT[:2], line, TEXT[2]]


@pytest.mark.parametrize(
    "cls", ["infobox", "article_infobox", "Dl-Factbox", "faktenbox", "info-box"]
)
def test_info_box_beside_the_text_leaves(cls: str) -> None:
    box = (
        f'<div class="{cls}"><h3>Die Genossenschaftsbanken</h3><p>Der Verband vertritt '
        "rund 700 Banken mit 18 Millionen Mitgliedern in ganz Deutschland.</p></div>"
    )
    body = str(extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"])
    assert "Volksbank Musterstadt" in body
    assert "18 Millionen" not in body


@pytest.mark.parametrize("cls", ["information", "infotext", "box-info-text"])
def test_a_box_named_otherwise_stays(cls: str) -> None:
    box = (
        f'<div class="{cls}"><p>Der Verband vertritt rund 700 Banken in ganz Deutschland.</p></div>'
    )
    body = str(extract(article_page(tail=box), URL, fetched_at=FETCHED)["body"])
    assert "700 Banken" in body


def test_an_article_wrapped_in_an_info_box_keeps_its_text() -> None:
    """The share guard: a box holding most of the page's text is the article."""
    body = str(extract(article_page(top='<div class="infobox">', tail="</div>"), URL)["body"])
    assert "Volksbank Musterstadt" in body


@pytest.mark.parametrize(
    ("token", "boilerplate"),
    [
        ("a_b-c_infobox", True),
        ("x-_-factbox", True),
        ("Main__Faktenbox", True),
        ("_infobox", False),
        ("-infobox", False),
        ("a--infobox", False),
        ("a-_infobox", False),
        ("infobox-title", False),
    ],
)
def test_info_box_token_prefixes(token: str, boilerplate: bool) -> None:
    """Word runs joined by dashes or underscores before the box word, as before the prefix
    was written to match each token in one way only."""
    assert bool(data.BOILERPLATE_TOKEN.fullmatch(token)) is boilerplate


def test_a_token_of_many_underscores_is_answered() -> None:
    # (the earlier prefix tried every split of "a_a_…": 2**40 ways for this token)
    assert data.BOILERPLATE_TOKEN.fullmatch("a_" * 40 + "z") is None
    assert data.BOILERPLATE_TOKEN.fullmatch("a_" * 40 + "infobox") is not None


@pytest.mark.parametrize(
    "label", ["Pressemitteilung", "Presseinformation Nr. 42/2026", "Pressemeldung", "Press release"]
)
def test_press_label_above_the_text_leaves(label: str) -> None:
    assert _kept([label, *TEXT]) == TEXT
    issuer = "Volksbank Musterstadt"
    assert _kept([issuer, label, *TEXT]) == [issuer, *TEXT]


@pytest.mark.parametrize(
    "line",
    [
        "Pressemitteilung der Volksbank Musterstadt zum Start des Kanals.",
        "Pressemitteilungen",
    ],
)
def test_a_line_naming_a_press_release_stays(line: str) -> None:
    assert _kept([*TEXT[:1], line, *TEXT[1:]]) == [TEXT[0], line, *TEXT[1:]]


def test_press_label_far_below_the_top_stays() -> None:
    lines = [*TEXT, *TEXT, "Pressemitteilung", *TEXT]
    assert _kept(lines) == lines


def test_press_page_label_leaves_the_body() -> None:
    page = article_page(top='<p class="label">Pressemitteilung</p><h1>Volksbank startet Kanal</h1>')
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert "Pressemitteilung" not in body
    assert "4. Absatz" in body


#: Invented English lines of a story.
STORY = [
    "Ashcombe Credit Union has started answering members on Instagram, its manager said.",
    "The union says a reply now arrives within two hours on weekdays.",
    "Two larger rivals declined to say whether they planned anything similar.",
]


@pytest.mark.parametrize(
    "stamp",
    [
        "By Nora Castell on 2/14/2012 9:00 AM",
        "Date: 03/16/2005",
        "11/04/2026",
        "Posted by Ivo Marsh on Tuesday, March 16, 2004 @ 10:15:00 EST (1,728 reads)",
        "March 16, 2004 @ 10:15 (312 reads)",
    ],
)
def test_english_date_stamp_forms_at_the_top_leave(stamp: str) -> None:
    """A numeric day with slashes, a time after "@", a count of reads (an English site's)."""
    assert (
        clean_lines([stamp, *STORY], "Ashcombe answers on Instagram", "", SiteRules())[0] == STORY
    )


@pytest.mark.parametrize(
    "line",
    [
        "On 2/14/2012 the union opened its first page, said Nora Castell.",
        "Date: 03/16/2005 was the last time the union changed its fees.",
    ],
)
def test_english_sentences_with_a_numeric_day_stay(line: str) -> None:
    lines = [line, *STORY]
    assert clean_lines(lines, "Ashcombe answers on Instagram", "", SiteRules())[0] == lines
