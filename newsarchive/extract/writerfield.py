"""A CMS's field naming the article's writers (Drupal's ``field--name-field-autorin``
labelled "Autorin", ``field--name-field-originalautoren`` with a writer an item): the people
it names stand for the account that posted the node
(:data:`~newsarchive.extract.data.WRITER_FIELD_NAME`; session 66, issue 11)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.names import split_authors
from newsarchive.extract.parsing import element_text, xpath


def field_writers(tree: etree._Element) -> list[str]:
    """The names in the first labelled writers' field of the page (each item read alone,
    none longer than :data:`~.data.WRITER_FIELD_ITEM_MAX_CHARS`); [] where there is none."""
    for field in xpath(tree, "//div[contains(@class, 'field--name-field-')]"):
        if not data.WRITER_FIELD_NAME.search(field.get("class") or ""):
            continue
        labels = xpath(field, "./div[contains(concat(' ', @class, ' '), ' field__label ')]")
        items = xpath(field, ".//div[contains(concat(' ', @class, ' '), ' field__item ')]")
        texts = [element_text(item) for item in items]
        if not labels or not texts or any(len(t) > data.WRITER_FIELD_ITEM_MAX_CHARS for t in texts):
            continue
        names = [n for text in texts for n in split_authors([text])[0]]
        if names:
            return names
    return []
