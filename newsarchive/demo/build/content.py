"""The demo's content: the articles of ``content.yaml`` as :class:`Article` records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from newsarchive.demo import CONTENT_FILE
from newsarchive.urls import normalize_url


@dataclass
class Article:
    """One entry of ``content.yaml`` (see the field list at its top)."""

    key: str
    site: str
    url: str
    published: str
    expect: str
    title: str = ""
    lead: str = ""
    body: str = ""
    authors: list[str] = field(default_factory=list)
    section: str = ""
    keywords: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    banks: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    reason: str = ""
    broken: str = ""
    moved_from: str = ""
    discover: list[str] = field(default_factory=list)
    paywall: bool = False
    paywalled: bool = False
    copy_of: str = ""
    source: str = ""
    title_contains: str = ""
    archived: str = ""
    history: bool = False

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, line breaks inside a paragraph folded."""
        return [" ".join(p.split()) for p in self.body.split("\n\n") if p.strip()]

    @property
    def listed_url(self) -> str:
        """The address listings give: the old one for a moved article."""
        return self.moved_from or self.url

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.published)

    @property
    def original(self) -> str:
        """The address the Wayback Machine captured (``http://`` in those years)."""
        return "http://" + self.url.split("://", 1)[1]

    @property
    def stored_url(self) -> str:
        """The address the archive stores it under (normalised: ``https://``)."""
        return normalize_url(self.url) if self.history else self.url


def load(path: Path = CONTENT_FILE) -> list[Article]:
    """The articles of ``content.yaml``; copies take their text from the original."""
    articles = [Article(**entry) for entry in yaml.safe_load(path.read_text("utf-8"))]
    by_key = {a.key: a for a in articles}
    for article in articles:
        if article.copy_of:
            original = by_key[article.copy_of]
            article.title, article.lead, article.body = original.title, original.lead, original.body
            article.keywords, article.section = original.keywords, original.section or "News"
        if not article.body and article.expect == "ignored":
            article.lead = article.body = article.title
    return articles
