"""A multi-valued author field, one name an item under a label alone ("Von" or "Text" over
``<div class="field__item">A</div><div class="field__item">B</div>``: Drupal's field
template): every item opening with a given name is a writer, beside the metadata's one or
after the label read as a byline. An item that is no name ("Social Media") ends the field.
Issue 11, session 59: 2 read judges' authors up (de_full430, de_full451), none down, dev
unchanged; session 62: an item with an academic title ("Dr. Ute Sandmann") and an English
"Words" label over the field (read on de_full576 and en_dy); session 63: items with the
writers' roles in brackets, "Dr. A (Hüttenreferent)", beside the metadata's bare name (read
on de_full610). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, graph, paragraphs

URL = "https://www.wirtschaftsbote-bergwinkel.example/node/4711"


def field(label: str, *items: str) -> str:
    """A Drupal field labelled ``label`` holding ``items``."""
    values = "".join(f"<div class='field__item'><a href='/autoren/x'>{i}</a></div>" for i in items)
    return (
        "<div class='field field--name-field-autoren field--label-inline'>"
        f"<div class='field__label'>{label}</div><div class='field__items'>{values}</div></div>"
    )


def authors(label: str, items: tuple[str, ...], credited: str | None = None) -> list[str]:
    """The authors of an article under a field of ``items`` (JSON-LD naming ``credited``)."""
    head = graph({"@type": "NewsArticle", "author": {"@type": "Person", "name": credited}})
    article = (
        f"<h1>Hofkasse zahlt jetzt mit dem Handy</h1>{field(label, *items)}"
        f"{paragraphs('die Hofkasse Kartenzahlung anbietet', 3)}"
    )
    return extracted(article, URL, head if credited else "")["authors"]


@pytest.mark.parametrize("credited", [None, "Lena Hartmann"])
@pytest.mark.parametrize("label", ["Von", "Text"])
def test_every_item_of_the_field_is_a_writer(label: str, credited: str | None) -> None:
    found = authors(label, ("Lena Hartmann", "Yusuf Demir"), credited)
    assert found == ["Lena Hartmann", "Yusuf Demir"]


def test_an_item_that_is_no_name_ends_the_field() -> None:
    found = authors("Text", ("Lena Hartmann", "Social Media"), "Lena Hartmann")
    assert found == ["Lena Hartmann"]


@pytest.mark.parametrize("credited", [None, "Lena Hartmann"])
def test_an_item_with_an_academic_title_is_a_writer(credited: str | None) -> None:
    found = authors("Text", ("Lena Hartmann", "Dr. Yusuf Demir"), credited)
    assert found == ["Lena Hartmann", "Dr. Yusuf Demir"]


def test_an_english_words_label_over_the_field() -> None:
    found = authors("Words", ("Emily Clarke", "James Ferris"), "Emily Clarke")
    assert found == ["Emily Clarke", "James Ferris"]


@pytest.mark.parametrize("credited", [None, "Dr. Lena Hartmann"])
def test_items_with_roles_in_brackets_are_writers(credited: str | None) -> None:
    items = ("Dr. Lena Hartmann (Hüttenreferentin)", "Yusuf Demir (Schatzmeister)")
    assert authors("Text", items, credited) == ["Dr. Lena Hartmann", "Yusuf Demir"]
