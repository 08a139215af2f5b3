"""A CSS module's class (Next.js, Gatsby: ``AuthorBios_bios__Ns4Fe``) names its component:
the component's name in kebab case ("author-bios") is read as a class token of
``BOILERPLATE_TOKEN`` (``data.CSS_MODULE_CLASS``; issue 11, session 47, read on
de_full175, the same box on de_full157 and de_full160). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.pruning import BOILERPLATE, KEEP, class_verdict

URL = "https://www.finanzblick-mosel.example/neobanken/lumo-bafin-auflagen-k2m9x1"
BIO = "Lea Brandmeier berichtet für Finanzblick Mosel aus Berlin über Fintechs."


@pytest.mark.parametrize(
    ("classes", "verdict"),
    [
        ("AuthorBios_bios__Ns4Fe", BOILERPLATE),
        ("AuthorBox_bio__Pq1mS", BOILERPLATE),
        ("AuthorCard_root__Fs8nL", BOILERPLATE),
        ("author-card", BOILERPLATE),
        ("Newsletter_box__Qe4Lz", BOILERPLATE),
        # the component names the byline or the text: kept
        ("Byline_author__k3J9s", KEEP),
        ("ArticleBody_text__a1B2c", KEEP),
        # no module's hash: the token as it stands
        ("AuthorBios_bios", KEEP),
    ],
)
def test_a_modules_component_names_its_part(classes: str, verdict: int) -> None:
    assert class_verdict(classes) == verdict


@pytest.mark.parametrize(
    ("section", "kept"),
    [
        (f"<section class='AuthorBios_bios__Ns4Fe'><p><strong>Lea Brandmeier</strong> "
         f"{BIO.split(' ', 2)[2]}</p></section>", False),
        (f"<div class='ArticleBody_text__a1B2c'><p>{BIO}</p></div>", True),
    ],
)  # fmt: skip
def test_a_modules_bio_box_leaves_the_text(section: str, kept: bool) -> None:
    body = extract(article_page(tail=section), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert ("berichtet für Finanzblick Mosel" in body) is kept
