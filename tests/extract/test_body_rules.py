"""The body rules for what a page prints around the text: side columns, kickers, consent
placeholders of embeds, translation notes, leaked configuration, author boxes, source lists.
Each rule on a small invented page, and the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, article_page, graph, page_with

from newsarchive.extract import extract
from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

URL = "https://bank.example/2026/11/artikel.html"


def _body(page: bytes) -> str:
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize("name", ["right-wrap", "right-col", "leftBox", "right_column"])
def test_side_column_beside_the_article_leaves(name: str) -> None:
    side = (
        f'<div id="{name}"><div class="box"><div class="head">Neue Bilder der Bank</div>'
        "<p>Aktienkurs der Musterbank heute</p><p>Beiträge aus dem Forum</p></div></div>"
    )
    body = _body(article_page(tail=side))
    assert "Volksbank Musterstadt" in body
    assert "Aktienkurs" not in body
    assert "Forum" not in body


def test_a_column_named_otherwise_stays() -> None:
    side = '<div class="rightside"><p>Der fünfte Absatz über die Volksbank und ihr Konto.</p></div>'
    page = page_with(f"<article>{ARTICLE}{side}</article>")
    assert "fünfte Absatz" in _body(page)


@pytest.mark.parametrize("cls", ["kicker", "article-kicker", "wp-block-x-aboveheading", "overline"])
def test_kicker_above_the_headline_leaves_the_body(cls: str) -> None:
    top = f'<h3 class="{cls}">Finanzmärkte</h3><h1>Volksbank startet Kanal</h1>'
    body = _body(article_page(top=top))
    assert "Finanzmärkte" not in body
    assert body.startswith("Die Volksbank Musterstadt")


@pytest.mark.parametrize(
    "line",
    [
        "Empfohlener externer Inhalt",
        "An dieser Stelle ist ein externer Inhalt eingebunden, etwa ein Video der Bank.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden, und weiß, dass "
        "dabei Daten an Dritte gehen können.",
        "Dieser Text ist eine automatische Übersetzung aus dem Französischen, geprüft von uns.",
        "Lesen Sie den Originalartikel bei unseren Partnern in Paris.",
        "Dieser Artikel wurde aus dem Englischen übersetzt.",
    ],
)
def test_embed_consent_and_translation_notes_leave(line: str) -> None:
    assert _kept(["Die Bank wächst.", line, "Sie plant mehr."]) == [
        "Die Bank wächst.",
        "Sie plant mehr.",
    ]


def test_a_sentence_about_external_content_stays() -> None:
    line = "Die Bank zeigt an dieser Stelle, wie externe Inhalte auf Instagram wirken."
    assert _kept(["Die Bank wächst.", line]) == ["Die Bank wächst.", line]


def test_leaked_configuration_leaves() -> None:
    lines = ["Die Bank wächst.", "- hasPaywall:", "- false", "- userLoggedIn:", "- true"]
    assert _kept(lines) == ["Die Bank wächst."]


@pytest.mark.parametrize(
    "line", ["- Girokonto:", "- Kosten: 5 Euro", "False Freunde", "- 0 Euro", "- eBay:", "iPhone:"]
)
def test_list_items_that_look_alike_stay(line: str) -> None:
    assert _kept(["Die Bank wächst.", line]) == ["Die Bank wächst.", line]


def test_author_box_at_the_end_leaves() -> None:
    bio = "Redakteurin Anna Muster schreibt seit 2019 über Banken und Versicherungen."
    assert _kept(["Die Bank wächst.", "Sie plant mehr.", "Und noch mehr.", bio]) == [
        "Die Bank wächst.",
        "Sie plant mehr.",
        "Und noch mehr.",
    ]


@pytest.mark.parametrize("line", [
    "Autor des Buches ist der Ökonom Jan Kurz.",
    "Reporter ohne Grenzen berichtet über die Lage der Presse.",
])  # fmt: skip
def test_a_closing_sentence_about_some_author_stays(line: str) -> None:
    lines = ["Die Bank wächst.", "Sie plant mehr.", "Und noch mehr.", line]
    assert _kept(lines) == lines


def test_author_sentence_inside_the_text_stays() -> None:
    line = "Redakteur Jan Kurz schreibt, die Bank habe früh auf Instagram gesetzt."
    lines = ["Die Bank wächst.", line, "Sie plant mehr.", "Und noch mehr.", "Ende."]
    assert _kept(lines) == lines


@pytest.mark.parametrize("heading", ["Verwendete Quellen", "Quellen:", "Quellenangaben"])
def test_list_of_sources_leaves_with_its_heading(heading: str) -> None:
    sources = f"<div>{heading}</div><ul><li>Eigene Recherche</li><li>Mitteilung der Bank</li></ul>"
    body = _body(article_page(tail=sources))
    assert "Eigene Recherche" not in body
    assert heading.rstrip(":") not in body
    assert "4. Absatz" in body


def test_a_list_under_another_heading_stays() -> None:
    listing = (
        "<p>Die Bank bietet drei Konten an:</p><ul><li>Das Girokonto mit App und Karte</li>"
        "<li>Das Tagesgeldkonto mit Zinsen</li></ul>"
    )
    body = _body(article_page(tail=listing))
    assert "Tagesgeldkonto mit Zinsen" in body


@pytest.mark.parametrize(
    "line",
    [
        "Los geht es: Die neue Filiale am Markt öffnet am Montag. Bild: Anna Muster",
        "Die Sparkasse am Abend Foto: Jan Kurz",
    ],
)
def test_caption_with_a_picture_credit_leaves(line: str) -> None:
    assert _kept(["Die Bank wächst.", line]) == ["Die Bank wächst."]


def test_a_sentence_naming_a_picture_stays() -> None:
    line = "Die Bank zeigt ein Bild: den neuen Kanal auf Instagram mit vielen Fotos."
    assert _kept(["Die Bank wächst.", line]) == ["Die Bank wächst.", line]


@pytest.mark.parametrize("hint", ["(öffnet im neuen Fenster)", "(öffnet in einem neuen Tab)"])
def test_link_hint_for_screen_readers_is_cut(hint: str) -> None:
    line = f"Die Bank nennt ihre Zahlen{hint} auf Instagram."
    assert _kept([line]) == ["Die Bank nennt ihre Zahlen auf Instagram."]


def test_subtitle_and_byline_with_place_leave_the_top_of_the_body() -> None:
    title = "Volksbank startet Kanal auf Instagram"
    lines = [
        title,
        "Genossen werben um junge Kunden – erste Filialen machen mit",
        "Von Anna Muster, Frankfurt",
        "Die Volksbank hat am Montag ihren Kanal gestartet.",
    ]
    kept = clean_lines(lines, title, "", SiteRules())[0]
    assert kept == ["Die Volksbank hat am Montag ihren Kanal gestartet."]


def test_a_first_sentence_above_a_byline_stays() -> None:
    lines = [
        "Die Volksbank hat am Montag ihren Kanal gestartet.",
        "Von Anna Muster, Frankfurt",
        "Sie plant mehr.",
    ]
    assert _kept(lines) == ["Die Volksbank hat am Montag ihren Kanal gestartet.", "Sie plant mehr."]


def test_excerpt_under_the_headline_is_the_lead() -> None:
    intro = "Die Volksbank Musterstadt wirbt jetzt auf Instagram um junge Kundinnen und Kunden."
    head = '<meta name="description" content="Alles über Konten, Karten und Kredite bei uns.">'
    top = f'<h1>Volksbank startet Kanal</h1><div class="post-excerpt">{intro}</div>'
    article = extract(article_page(head=head, top=top), URL, fetched_at=FETCHED)
    assert article["lead"] == intro


@pytest.mark.parametrize(("name", "found"), [("Anna Muster", "Anna Muster"), ("J. K.", "J. K.")])
def test_byline_in_a_post_meta_line_before_a_linked_date(name: str, found: str) -> None:
    tail = (
        f'<p class="postmetadata">Von {name} am <a href="/2013/03/">3. März 2013</a> '
        'in <a href="/kategorie/">Allgemein</a></p>'
    )
    page = article_page(tail=tail)
    assert extract(page, "https://blog.example/2013/03/post", fetched_at=FETCHED)["authors"] == [
        found
    ]


def test_headline_form_of_the_structured_data_leaves_the_top_of_the_body() -> None:
    shown = "Neue Wege: Genossen werben mit Bildern um junge Kunden"
    lines = [
        "Neue Wege Genossen werben mit Bildern um junge Kunden",
        "Die Volksbank hat am Montag ihren Kanal gestartet.",
    ]
    title = "Volksbank startet Kanal auf Instagram"
    assert clean_lines(lines, title, "", SiteRules(), [shown])[0] == lines[1:]
    # without the structured data's form, the heading is the text's own subheading
    assert clean_lines(lines, title, "", SiteRules())[0] == lines


def test_alternative_headline_shown_above_the_text_is_no_body() -> None:
    head = graph(
        {
            "@type": "NewsArticle",
            "headline": "Volksbank startet Kanal auf Instagram",
            "alternativeHeadline": "Neue Wege – Genossen werben mit Bildern um junge Kunden",
        }
    )
    top = "<h2><span>Neue Wege</span> <div>Genossen werben mit Bildern um junge Kunden</div></h2>"
    body = _body(article_page(head=head, top=top))
    assert "Genossen werben" not in body
    assert "Volksbank Musterstadt" in body


DESCRIPTION = '<meta name="description" content="Volksbank startet Kanal für junge Leute hier.">'


def test_lead_class_right_under_the_h1_is_the_lead_outside_an_article() -> None:
    intro = "Die Volksbank Musterstadt wirbt jetzt auf Instagram um junge Kundinnen und Kunden."
    head = DESCRIPTION
    top = f"<div><h1>Volksbank startet Kanal</h1><!-- x --><div class='excerpt'>{intro}</div></div>"
    page = page_with(f"{top}<div class='content'>{ARTICLE}</div>", head=head)
    assert extract(page, URL, fetched_at=FETCHED)["lead"] == intro


def test_lead_class_elsewhere_unconfirmed_is_no_lead() -> None:
    other = "Weitere Artikel über Konten, Karten und Kredite finden Sie in unserem Archiv hier."
    head = DESCRIPTION
    top = (
        "<div><h1>Volksbank startet Kanal</h1><p>Von Anna Muster</p>"
        f"<div class='excerpt'>{other}</div></div>"
    )
    page = page_with(f"{top}<div class='content'>{ARTICLE}</div>", head=head)
    assert extract(page, URL, fetched_at=FETCHED)["lead"] != other


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="description" '
        'content="Die Bank &amp;auml;ndert ihre Geb&amp;uuml;hren f&amp;uuml;r Konten.">',
        graph(
            {
                "@type": "NewsArticle",
                "headline": "Gebühren",
                "description": "Die Bank &auml;ndert ihre Geb&uuml;hren f&uuml;r Konten.",
            }
        ),
    ],
)
def test_entities_escaped_twice_in_metadata_are_decoded(head: str) -> None:
    top = "<p>Die Bank ändert ihre Gebühren für Konten.</p>"  # the description, shown
    article = extract(article_page(head=head, top=top), URL, fetched_at=FETCHED)
    assert article["lead"] == "Die Bank ändert ihre Gebühren für Konten."


def test_an_ampersand_in_metadata_stays() -> None:
    from newsarchive.extract.metadata import unescape

    assert unescape("Müller & Söhne; Bank &Co") == "Müller & Söhne; Bank &Co"
    assert unescape("Müller &amp; Söhne") == "Müller & Söhne"


def _teasers(href: str) -> str:
    """A list of labelled links set between two paragraphs of the text."""
    items = "".join(
        f"<li><strong>{label}</strong>: <a href='{href}/a{n}'>{text}</a></li>"
        for n, (label, text) in enumerate(
            [("Newsblog", "Sparkassen setzen auf Videoberatung im Netz"),
             ("Auch interessant", "Genossenschaftsbanken werben auf TikTok")]
        )
    )  # fmt: skip
    paragraph = ARTICLE.split("</p>")[0] + "</p>"
    return page_with(f"<article><h1>Volksbank startet Kanal</h1>{paragraph}"
                     f"<h3>Mehr zum Thema</h3><ul>{items}</ul>{ARTICLE}</article>")  # fmt: skip


@pytest.mark.parametrize("href", ["/finanzen", "https://www.bank.example/x"])
def test_list_of_links_into_the_site_leaves_with_its_heading(href: str) -> None:
    body = _body(_teasers(href))
    assert "Videoberatung" not in body
    assert "TikTok" not in body
    assert "Mehr zum Thema" not in body
    assert "Volksbank Musterstadt" in body


def test_list_of_links_to_other_sites_stays() -> None:
    body = _body(_teasers("https://shop.example/p"))
    assert "Videoberatung" in body


def test_list_items_with_more_text_than_link_stay() -> None:
    items = "".join(
        f"<li>Die Sparkasse {n} bietet jetzt Videoberatung an, mehr dazu <a href='/s{n}'>hier"
        "</a></li>"
        for n in range(2)
    )
    body = _body(article_page(top=f"<ul>{items}</ul>"))
    assert "Die Sparkasse 1 bietet" in body


PARAGRAPH = (
    "„Wir wollen junge Kundinnen und Kunden dort erreichen, wo sie ihre Zeit verbringen, und "
    "das ist nun einmal Instagram“, sagt Anna Muster, Sprecherin der Volksbank."
)


def test_pull_quote_with_its_credit_leaves() -> None:
    quote = "Wir wollen junge Kundinnen und Kunden dort erreichen, wo sie ihre Zeit verbringen."
    lines = ["Die Volksbank startet.", quote, "Anna Muster, Volksbank Musterstadt", PARAGRAPH]
    assert _kept(lines) == ["Die Volksbank startet.", PARAGRAPH]


def test_a_credited_quote_the_text_does_not_repeat_stays() -> None:
    quote = "Soziale Netzwerke sind für Banken längst mehr als ein Experiment mit offenem Ausgang."
    lines = ["Die Volksbank startet.", quote, "Anna Muster, Volksbank Musterstadt", PARAGRAPH]
    assert _kept(lines) == lines


def test_a_subheading_repeating_the_paragraph_stays() -> None:
    heading = "Junge Kundinnen und Kunden dort erreichen, wo sie ihre Zeit verbringen"
    lines = ["Die Volksbank startet.", heading, PARAGRAPH]
    assert _kept(lines) == lines


SECTION = (
    "<p>Die Genossenschaftsbank Musterstadt erklärt im nächsten Abschnitt, wie viele "
    "Anfragen sie über die Plattform bekommt und wer sie beantwortet.</p>"
)


def _plain(middle: str) -> bytes:
    """A page without a container trafilatura's own search knows: its fallbacks read it."""
    return page_with(f"<div><h1>Volksbank startet Kanal</h1>{ARTICLE}{middle}{ARTICLE}</div>")


def test_subheading_dropped_by_the_fallback_is_put_back_above_its_paragraph() -> None:
    body = _body(_plain(f"<h3>Was die Zah\u00adlen zeigen</h3>{SECTION}"))
    lines = body.split("\n\n")
    assert "Was die Zahlen zeigen" in lines
    assert lines[lines.index("Was die Zahlen zeigen") + 1].startswith("Die Genossenschaftsbank")


def test_subheading_of_a_list_or_of_a_dropped_paragraph_stays_out() -> None:
    box = (
        "<h4>Zum Thema</h4><ul><li><a href='/a'>Girokonto: Welche Sparkassen Gebühren "
        "anheben</a></li></ul>"
    )
    body = _body(_plain(f"{box}{SECTION}"))
    assert "Zum Thema" not in body
    assert "Genossenschaftsbank" in body


def test_subheading_kept_by_the_main_search_is_not_doubled() -> None:
    page = article_page(tail=f"<h2>Was die Zahlen zeigen</h2>{SECTION}")
    assert _body(page).count("Was die Zahlen zeigen") == 1
