"""A CMS's field naming the writers stands for the account that posted the node: Drupal's
labelled field ``field--name-field-autorin`` ("Autorin"), ``-originalautoren``,
``-verfasser``, ``-autoren`` under any label ("Verfasst vom Vorstand", "Interview") and
``-interview-von``, beside "Von redaktion" and the account in the JSON-LD (session 66, read
on de_full694 and de_full707, issue 11). An interviewee's field and a bio field are no
writers. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, graph, paragraphs

URL = "https://www.notariat-musterstadt.example/aktuelles/grundschuld-loeschen"


def field(name: str, label: str, *items: str) -> str:
    """A Drupal field ``field--name-field-<name>`` labelled ``label`` holding ``items``."""
    values = "".join(f"<div class='field__item'>{i}</div>" for i in items)
    return (
        f"<div class='field field--name-field-{name} field--type-string field--label-inline'>"
        f"<div class='field__label'>{label}</div><div class='field__items'>{values}</div></div>"
    )


def authors(*fields: str) -> list[str]:
    """The authors of a node posted by the account "redaktion" with ``fields`` over the text."""
    head = graph({"@type": "Article", "author": {"@type": "Person", "name": "redaktion"}})
    article = (
        "<h1>Alte Grundschuld löschen</h1><div class='node__meta'>Von <span class='username'>"
        f"redaktion</span> am 14.05.2024</div>{''.join(fields)}"
        f"{paragraphs('die Grundschuld gelöscht wird', 3)}"
    )
    return list(extracted(article, URL, head)["authors"])


@pytest.mark.parametrize(
    ("name", "label", "items", "expected"),
    [
        ("autorin", "Autorin", ("Dr. Carolin Wiesenthal",), ["Dr. Carolin Wiesenthal"]),
        ("autorin", "Autorin", ("Notarin Dr. Carolin Wiesenthal",), ["Dr. Carolin Wiesenthal"]),
        (
            "originalautoren",
            "Originalautoren",
            ("Dr. Sabine Korte", "Felix Brandt"),
            ["Dr. Sabine Korte", "Felix Brandt"],
        ),
        (
            "autoren",
            "Verfasst vom Vorstand",
            ("Anja Kessler", "Ralf Brinkmann"),
            ["Anja Kessler", "Ralf Brinkmann"],
        ),
        (
            "autoren",
            "Interview",
            ("Mirko Tetzlaff und Anne Reichenbach",),
            ["Mirko Tetzlaff", "Anne Reichenbach"],
        ),
        ("verfasser", "Verfasserin", ("Marie-Theres Albrecht",), ["Marie-Theres Albrecht"]),
        ("interview-von", "Interview", ("Friederike Asmus",), ["Friederike Asmus"]),
    ],
)
def test_writers_field_over_the_account(
    name: str, label: str, items: tuple[str, ...], expected: list[str]
) -> None:
    assert authors(field(name, label, *items)) == expected


@pytest.mark.parametrize(
    "other",
    [
        field("interviewpartner", "Im Gespräch", "Okan Demirtas"),
        field("autor-bio", "Über die Autorin", "Carolin Wiesenthal ist seit 2011 Notarin."),
    ],
)
def test_other_fields_name_no_writer(other: str) -> None:
    assert "Okan Demirtas" not in authors(other)
    assert "Carolin Wiesenthal" not in authors(other)
