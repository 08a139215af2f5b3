"""Body rules from the misses of de_full33, de_full29 and de_full35 (issue 11): kinds of
page part read there and counted in the older read sets, each on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract


def _body(before: str = "", after: str = "") -> str:
    text = paragraphs("die Preise steigen", 4)
    top = f"<p>{before}</p>" if before else ""
    end = f"<p>{after}</p>" if after else ""
    page = page_with(f"<main><h1>Neue Preise</h1>{top}{text}{end}</main>")
    return str(extract(page, PRICES_URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "line",
    [
        "V.i.S.d.P.: Wiebke Sandhorst",
        "V.i.S.d.P. Kreisverband Lindau, Henrik Olm",
        "Verantwortlich: Pressestelle, Amtsgericht Feldbrück",
        "Verantwortlich für den Inhalt: Referat Presse und Öffentlichkeit",
        "Für den Inhalt der Pressemitteilung ist der Einsteller verantwortlich.",
    ],
)
def test_the_line_naming_who_answers_for_the_release_leaves(line: str) -> None:
    body = _body(after=line)
    assert "erklärt im 4. Absatz" in body
    assert line[:12] not in body


def test_the_content_note_leaves_above_the_text_too() -> None:
    line = "Für den Inhalt der Meldung ist allein das Unternehmen verantwortlich."
    body = _body(before=line)
    assert "erklärt im 1. Absatz" in body
    assert "Für den Inhalt" not in body


@pytest.mark.parametrize(
    "line",
    [
        "Verantwortlich sind nach Ansicht der Aufsicht vor allem die kleinen Institute.",
        "Für den Schaden ist nach dem Urteil die Bank verantwortlich, nicht der Kunde.",
    ],
)
def test_a_sentence_about_responsibility_stays(line: str) -> None:
    assert line in _body(after=line)


def test_a_label_above_the_text_stays() -> None:
    line = "Verantwortlich: die Stadtwerke Feldbrück und ihr Netzbetreiber"
    assert line in _body(before=line)
