"""The site hook of the extract stage: a spider's ``_parse_<field>`` helpers read a
BeautifulSoup document of the page, built only for spiders that have helpers."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from bs4 import BeautifulSoup

import pipelines.helpers
from newsarchive.items import PageItem
from pipelines.extract import apply_overrides, page_document, site_helpers

PAGE = PageItem(
    url="https://example.de/a",
    site="example",
    body="<html><head><meta charset='utf-8'></head><body><p class='kicker'>Geld & Bank</p>"
    "<h1>Überschrift</h1></body></html>".encode(),
    encoding="utf-8",
)


class Plain:
    """A spider without helpers."""


class Helpers:
    """A spider with two helpers, one of which finds nothing."""

    documents: list[BeautifulSoup] = []  # noqa: RUF012 (a record of the calls)

    @staticmethod
    def _parse_section(doc: BeautifulSoup, article: dict[str, Any]) -> str | None:
        Helpers.documents.append(doc)
        kicker = doc.select_one("p.kicker")
        return kicker.get_text(strip=True) if kicker else None

    @classmethod
    def _parse_lead(cls, doc: BeautifulSoup, article: dict[str, Any]) -> str | None:
        cls.documents.append(doc)
        return None


class InstanceHelper:
    def _parse_section(self, doc: BeautifulSoup, article: dict[str, Any]) -> str | None:
        return "x"


def test_no_helpers_no_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(page: PageItem) -> BeautifulSoup:
        raise AssertionError("parsed for a spider without helpers")

    monkeypatch.setattr(pipelines.helpers, "page_document", fail)
    data: dict[str, Any] = {"section": None}
    apply_overrides(Plain, PAGE, data)
    assert data == {"section": None}


def test_helpers_share_one_lxml_document() -> None:
    Helpers.documents.clear()
    data: dict[str, Any] = {"section": None, "lead": "Vorspann"}
    apply_overrides(Helpers, PAGE, data)
    assert data == {"section": "Geld & Bank", "lead": "Vorspann"}  # None keeps the field
    first, second = Helpers.documents
    assert first is second
    assert isinstance(first, BeautifulSoup)
    assert first.builder.NAME == "lxml"


def test_helpers_are_found_by_name() -> None:
    assert site_helpers(Helpers) == ["_parse_lead", "_parse_section"]
    assert site_helpers(Plain) == []


def test_an_instance_method_helper_is_refused() -> None:
    with pytest.raises(TypeError, match="staticmethod"):
        apply_overrides(InstanceHelper, PAGE, {})


def test_the_document_reads_the_declared_or_the_meta_encoding() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body><h1>Überweisung</h1>"
    for encoding in ("iso-8859-1", None):
        page = PageItem(url=PAGE.url, site="x", body=latin.encode("latin-1"), encoding=encoding)
        h1 = page_document(page).h1
        assert h1 is not None
        assert h1.get_text() == "Überweisung"


def test_the_hook_runs_on_pickled_arguments() -> None:
    """What a worker process receives: the class (by reference), the page, the fields."""
    spider_cls, page, data = pickle.loads(pickle.dumps((Helpers, PAGE, {"section": None})))
    apply_overrides(spider_cls, page, data)
    assert data["section"] == "Geld & Bank"
