"""A byline naming two writers each with a role runs past 80 characters: "Von Dr. A, Senior
Malware Analyst, und B, Threat Intelligence Analyst" is read as far as a byline node may
be long (issue 11, session 61: authors 4 up on the read judges, 0 down; dev unchanged).
Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://research.abwehrlabor-muster.example/blog/gefaelschte-supportkonten"
HEADLINE = "Gefälschte Supportkonten locken Bankkunden in die Falle"


def blog_post(byline: str) -> list[str]:
    """A security blog's post whose metadata credits the team's account, the writers
    named in a line opening the text."""
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": HEADLINE,
        "author": {"@type": "Person", "name": "Abwehrlabor Research Team"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        f"<main><article><h1>{HEADLINE}</h1><p><strong>Abwehrlabor Research Team</strong></p>"
        f"<div class='post-body'><p>{byline}</p>{paragraphs('Betrüger Supportkonten fälschen', 4)}"
        "</div></article></main>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    "byline",
    [
        "Von Dr. Miriam Okafor, Senior Malware Analyst, und Tobias Lenz, Threat Intelligence "
        "Analyst",
        "Von Dr. Miriam Okafor, Leiterin der Schadsoftware-Analyse, und Tobias Lenz, Analyst "
        "für Bedrohungsaufklärung",
    ],
)
def test_two_writers_with_long_roles_are_both_read(byline: str) -> None:
    assert blog_post(byline) == ["Dr. Miriam Okafor", "Tobias Lenz"]
