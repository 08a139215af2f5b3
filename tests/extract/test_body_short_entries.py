"""Others' short entries under a text leave before trafilatura (issue 11, shortentries.py,
data/shortentries ``SHORT_ENTRY_BLOCKS``): a supporter's, a guest's or a reviewer's line with
a name, a day and one short sentence; small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs
from lxml.html import fragment_fromstring

from newsarchive.extract.extraction import extract
from newsarchive.extract.shortentries import is_short_entry

URL = "https://www.spendentopf.example/t/vereinsheim-dach"
ENTRY = "Viel Glück mit dem neuen Dach!"


def _body(entries: str) -> str:
    # the entries in the text's container, under its paragraphs
    html = (
        "<main><h1>Ein neues Dach für das Vereinsheim</h1><div class='post-content'>"
        f"{paragraphs('das Dach undicht ist', 4)}<h2>Unterstützer</h2>"
        f"<ul class='people'>{entries}</ul></div></main>"
    )
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"] or "")


@pytest.mark.parametrize(
    "entry",
    [
        f"<li><b>Familie Oltmanns</b> <time>12.04.2021</time><p>{ENTRY}</p></li>",
        f"<li><a>kassenfuchs</a> <span>2021-04-12</span> <q>{ENTRY}</q></li>",
        f"<li><b>Renate K.</b> vom 12.04.2021<p>{ENTRY}</p></li>",
    ],
)
def test_a_short_entry_with_a_name_and_a_day_leaves(entry: str) -> None:
    other = entry.replace(ENTRY, "Wir sind dabei, alles Gute für den Verein!")
    body = _body(entry + other)
    assert "im 4. Absatz" in body
    assert ENTRY not in body


@pytest.mark.parametrize(
    "block",
    [
        # no day beside the name: a list of people with their words
        f"<li><b>Familie Oltmanns</b><p>{ENTRY}</p></li>",
        # a long paragraph: a post of the text's own, not a reaction
        "<div><b>Renate K.</b> <span>12.04.2021</span><p>"
        + "Das Dach des Vereinsheims ist seit dem Winter undicht, und der Verein sammelt "
        + "jetzt Geld für die Reparatur, die im Sommer beginnen soll.</p></div>",
        # a schedule's item: no sentence
        "<li><b>Sommerfest</b> <span>12.06.2021</span><p>Am Vereinsheim</p></li>",
        # two paragraphs
        f"<div><b>Renate K.</b> <span>12.04.2021</span><p>{ENTRY}</p><p>{ENTRY}</p></div>",
    ],
)
def test_other_blocks_are_no_short_entry(block: str) -> None:
    assert not is_short_entry(fragment_fromstring(block))
