"""Body rules for what a publisher prints after the text: its appeal for support and the
other articles' list (each leaves with everything after it) and a picture credit under a
label other than "Foto:". Each on small invented lines or pages, with the text it must
leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import LINES_URL as URL
from extract_pages import kept_lines as _kept

from newsarchive.extract import extract


@pytest.mark.parametrize(
    "appeal",
    [
        "Gefällt dir unser Bankmagazin? Wir haben uns gegen eine Bezahlschranke entschieden.",
        "Damit das so bleibt, brauchen wir deine Unterstützung.",
        "Das Musterblatt ist unabhängig. Wir finanzieren uns durch Spenden und Abos.",
        "Musterblatt.example – zahl' ich freiwillig!",
        "Unterstützen Sie unabhängigen Journalismus mit einem Beitrag Ihrer Wahl.",
        "Please support independent journalism: every contribution counts.",
        "We rely on readers like you to keep our reporting free.",
    ],
)
def test_support_appeal_closes_the_text(appeal: str) -> None:
    closing = [appeal, "Jetzt einmalig oder monatlich zahlen", "Danke! Dein Musterblatt-Team"]
    assert _kept([*TEXT, *closing]) == TEXT


def test_an_appeal_in_the_first_half_is_left_alone() -> None:
    """Near the top the same words are the story's (a paper's appeal as its subject)."""
    lines = [
        "Die Zeitung schreibt: Wir finanzieren uns durch Spenden und Abos.",
        *TEXT,
        "Der Verlag will im Frühjahr Bilanz ziehen.",
    ]
    assert _kept(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Die Sparkasse unterstützt Vereine der Region mit einem eigenen Fonds.",
        "Der Verlag führt keine Bezahlschranke ein, sagte die Sprecherin der Bank.",
        "The bank said it would support local journalism projects in the region.",
    ],
)
def test_sentences_about_support_stay(line: str) -> None:
    assert _kept([*TEXT, line]) == [*TEXT, line]


def test_support_appeal_leaves_the_body_of_a_page() -> None:
    tail = (
        "<p>Gefällt Ihnen unser Magazin? Wir verzichten auf eine Bezahlschranke, damit alle"
        " mitlesen können.</p><p>Dafür brauchen wir Ihre Unterstützung.</p><p>+++</p>"
    )
    found = extract(article_page(tail=tail), URL, fetched_at=FETCHED)
    assert "Bezahlschranke" not in found["body"]
    assert "Unterstützung" not in found["body"]
    assert found["body"].count("Volksbank Musterstadt") == 4


@pytest.mark.parametrize(
    "credit",
    [
        "Copyright: Anna Muster",
        "Beitragsbild: Jan Kurz",
        "Bildnachweis: Musterbild / Anna Muster",
        "Credits: Titelbild Muster Studio",
        "Bildquelle: Musterfunk",
    ],
)
def test_picture_credit_under_another_label_leaves(credit: str) -> None:
    assert _kept([*TEXT, credit]) == TEXT


def test_a_sentence_about_copyright_stays() -> None:
    line = "Das Copyright der Fotos liegt bei der Bank, sagt die Sprecherin."
    assert _kept([*TEXT, line]) == [*TEXT, line]


@pytest.mark.parametrize(
    "others",
    [
        ["Weitere Meldungen", "Musterbank baut Hauptstelle um", "Neue Ausbildungsplätze"],
        ["Weitere Meldungen:", "Neues Gutscheinheft ist da (05.09.2006)"],
        ["Neueste Beiträge", "Sparkasse Beispielstadt senkt den Dispozins"],
        [
            "Weitere Nachrichten: Sparkasse Musterstadt feiert 150 Jahre | Volksbank Beispieltal"
            " wählt neue Vertreter | Musterbank eröffnet Beratungszentrum in der Innenstadt"
        ],
    ],
)
def test_other_articles_list_closes_the_text(others: list[str]) -> None:
    """The heading of the other articles' list and its items after the text leave."""
    assert _kept([*TEXT, *others]) == TEXT


def test_a_heading_before_a_paragraph_stays() -> None:
    """Followed by a paragraph, the heading opens a section of the text: it is left alone."""
    tail = [
        "Weitere Meldungen",
        "Die Bank meldet außerdem, dass die Filiale am Markt ab Montag länger geöffnet hat und"
        " die Beratung dort auch samstags anbietet, wie der Vorstand in der Versammlung sagte.",
    ]
    assert _kept([*TEXT, *tail])[-1] == tail[-1]
