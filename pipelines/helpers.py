"""A spider's site helpers (``_parse_<field>``): how the extract stage finds and runs them.

Light on purpose: a worker of the pool (:mod:`pipelines.jobs`) runs helpers without
importing Scrapy. BeautifulSoup is imported when a page of a spider with helpers is
parsed, and a spider class only when one of its pages comes (:func:`helper_class`).
"""

from __future__ import annotations

import importlib
import inspect
import warnings
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

#: Spider methods named ``_parse_<field>`` are site helpers (see :func:`apply_overrides`).
HELPER_PREFIX = "_parse_"


class Page(Protocol):
    """What a helper's document is made of (a ``PageItem`` or a job's page)."""

    @property
    def body(self) -> bytes: ...

    @property
    def encoding(self) -> str | None: ...


def site_helpers(spider_cls: type[Any]) -> list[str]:
    """The names of a spider class's ``_parse_<field>`` helpers, in name order."""
    return sorted(name for name in dir(spider_cls) if name.startswith(HELPER_PREFIX))


def page_document(page: Page) -> BeautifulSoup:
    """The page as a BeautifulSoup document (lxml parser; the declared encoding, else
    the one the page's bytes and ``<meta charset>`` give)."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages are HTML too
        return BeautifulSoup(page.body, "lxml", from_encoding=page.encoding)


def apply_overrides(spider_cls: type[Any], page: Page, data: dict[str, Any]) -> None:
    """Let the spider class's ``_parse_<field>`` helpers fill or correct extracted fields.

    A helper is a static (or class) method ``_parse_<field>(doc, article)``: ``doc`` is
    the page as a :class:`~bs4.BeautifulSoup` document, ``article`` the fields extracted
    so far; a value other than ``None`` replaces ``article[<field>]``. The document is
    parsed once a page, and only for spiders that have helpers (the generic path parses
    with lxml alone). A plain function of the class, the page and the fields, so it runs
    as well in another process as in the crawl's.
    """
    helpers = site_helpers(spider_cls)
    if not helpers:
        return
    doc = page_document(page)
    for name in helpers:
        if not isinstance(inspect.getattr_static(spider_cls, name), staticmethod | classmethod):
            raise TypeError(
                f"{spider_cls.__name__}.{name} must be a @staticmethod or @classmethod "
                "(site helpers run without a spider instance)"
            )
        value = getattr(spider_cls, name)(doc, data)
        if value is not None:
            data[name.removeprefix(HELPER_PREFIX)] = value


def class_reference(cls: type[Any]) -> str | None:
    """``module:QualName`` of a class another process can import by name, else ``None``."""
    if "<locals>" in cls.__qualname__ or cls.__module__ == "__main__":
        return None
    try:
        found = helper_class(f"{cls.__module__}:{cls.__qualname__}")
    except (ImportError, AttributeError):
        return None
    return f"{cls.__module__}:{cls.__qualname__}" if found is cls else None


@cache
def helper_class(reference: str) -> type[Any]:
    """The class a :func:`class_reference` names (imported once per process)."""
    module, _, name = reference.partition(":")
    found: Any = importlib.import_module(module)
    for part in name.split("."):
        found = getattr(found, part)
    return found
