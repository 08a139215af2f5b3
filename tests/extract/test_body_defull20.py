"""Body rules from de_full20's and de_full21's misses, judged on de_full22 and de_full23
(issue 11): kinds of page part read on de_full20 and de_full21, each on small invented pages
or lines, with the text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page, kept_lines

from newsarchive.extract.extraction import extract

URL = "https://kammer.example/aktuelles/kontogebuehren.html"
TEASER = "Die Volksbank Musterstadt erhöht ihre Kontopreise. Viele Betriebe wollen wechseln."
HEADLINE = "<h1>Handwerker ärgern sich über neue Kontopreise</h1>"


@pytest.mark.parametrize(
    "line",
    [
        '<p class="info">24.06.2008 von Anna Beispiel</p>',
        '<p class="autor">Von Anna Beispiel und Jan Muster | 14.09.2005</p>',
        '<div class="date">07.10.2026 06:45</div>',
    ],
)
def test_a_teaser_under_the_headlines_date_line_is_the_lead(line: str) -> None:
    top = f'{HEADLINE}{line}<div class="teaser"><p>{TEASER}</p></div>'
    article = extract(article_page(top=top), URL, fetched_at=FETCHED)
    assert article["lead"] == TEASER


@pytest.mark.parametrize(
    "line",
    [
        "<p>Von Anna Beispiel</p>",  # a byline without its date (de_full5's rule)
        "<p>Die Kammer hat 2008 dazu eine Umfrage unter ihren Mitgliedern gemacht.</p>",
        '<p class="teaser">Mehr zum Thema 2008</p>',
    ],
)
def test_a_teaser_after_other_lines_is_no_lead(line: str) -> None:
    top = f'{HEADLINE}{line}<div class="teaser"><p>{TEASER}</p></div>'
    article = extract(article_page(top=top), URL, fetched_at=FETCHED)
    assert article["lead"] != TEASER


WIDGET_TEXT = [
    "Die neue Bank wird ihren Sitz in Musterstadt haben und zu den größeren der Region gehören.",
    "Rund 11.800 Mitglieder haben Anteile an den beiden Banken und wurden per Brief informiert.",
    "Der Zusammenschluss soll rückwirkend zum Jahresbeginn gelten, sobald alle zugestimmt haben.",
]


def test_a_page_builders_text_widgets_under_the_headline_are_the_text() -> None:
    blocks = "".join(
        f'<div class="cms_widget text-widget"><p><strong>Frage {n}?</strong></p></div>'
        f'<div class="cms_widget text-widget"><p>{text}</p></div>'
        for n, text in enumerate(WIDGET_TEXT)
    )
    page = (
        "<html><head><meta charset='utf-8'></head><body><main><div class='container'>"
        f'{HEADLINE}<p class="lead">{TEASER}</p>{blocks}</div></main>'
        '<aside class="sidebar"><div class="widget widget_text"><p>Unsere Öffnungszeiten: '
        "Montag bis Freitag von 9 bis 18 Uhr in allen Geschäftsstellen.</p></div></aside>"
        "</body></html>"
    ).encode()
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert all(text in body for text in WIDGET_TEXT)
    assert "Öffnungszeiten" not in body


def test_a_single_widget_beside_the_headline_stays_out() -> None:
    rates = (
        '<div class="widget-rates"><p class="widget-rates__title">Die besten Zinsen heute: '
        "Zinshafen Bank 3,10 Prozent für vier Monate, jetzt zum Angebot wechseln.</p></div>"
    )
    page = (
        "<html><head><meta charset='utf-8'></head><body><main><div class='container'>"
        f"{HEADLINE}{rates}" + "".join(f"<p>{text}</p>" for text in WIDGET_TEXT) + "</div>"
        "</main></body></html>"
    ).encode()
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert "Zinshafen" not in body
    assert WIDGET_TEXT[0] in body


def test_a_single_text_widget_holding_the_article_is_the_text() -> None:
    widget = '<div class="text-widget">' + "".join(f"<p>{t}</p>" for t in WIDGET_TEXT) + "</div>"
    page = (
        "<html><head><meta charset='utf-8'></head><body><main><div class='container'>"
        f'{HEADLINE}<p class="lead">{TEASER}</p>{widget}</div></main></body></html>'
    ).encode()
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert all(text in body for text in WIDGET_TEXT)


PLAIN_TEXT = [
    "Die Landesbank sucht in diesem Jahr fast doppelt so viele Auszubildende wie im Vorjahr.",
    "Bewerben können sich Schulabgänger auch ohne Anschreiben, ein Lebenslauf reicht.",
    "Wer die Ausbildung gut abschließt, bekommt eine feste Stelle angeboten, sagt die Bank.",
]


@pytest.mark.parametrize(
    "label", ["Kurz gesagt:", "Kurz:", "Zusammengefasst:", "Kernpunkte", "TL;DR", "Kurz & knapp"]
)
def test_a_key_points_boxs_label_leaves_its_points_stay(label: str) -> None:
    points = ["- Der Dispozins sinkt.", "- Dauernutzer bekommen ein Angebot."]
    lines = [PLAIN_TEXT[0], label, *points, *PLAIN_TEXT[1:]]
    assert kept_lines(lines) == [PLAIN_TEXT[0], *points, *PLAIN_TEXT[1:]]


def test_a_sentence_opening_with_kurz_stays() -> None:
    line = "Kurz: Die Bank senkt den Zins."
    assert kept_lines([*PLAIN_TEXT, line]) == [*PLAIN_TEXT, line]


@pytest.mark.parametrize(
    "label", ["Hintergrund:", "Zum Hintergrund:", "Zur Info:", "Nebenbei:", "PS:"]
)
def test_a_boxs_label_glued_to_its_paragraph_leaves_the_text_stays(label: str) -> None:
    text = "Banken unterliegen dem Bankgeheimnis und dürfen dazu nichts sagen."
    assert kept_lines([*PLAIN_TEXT, f"{label} {text}"]) == [*PLAIN_TEXT, text]


@pytest.mark.parametrize(
    "line",
    [
        "Tipps: Was Sie jetzt tun können, um Ihr Konto zu schützen, steht hier unten.",
        "Informationen: Die Bank hat ihre Filialen am Samstag geschlossen.",
        "Der Hintergrund: Die Bank muss sparen und schließt deshalb Filialen.",
    ],
)
def test_other_labels_and_sentences_stay_whole(line: str) -> None:
    assert kept_lines([*PLAIN_TEXT, line]) == [*PLAIN_TEXT, line]
