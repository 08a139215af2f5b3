"""Per-site overrides of the generic extraction rules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteRules:
    """Per-site overrides, declared as class constants on a site's spider."""

    drop_xpaths: tuple[str, ...] = ()  #: elements removed before extraction
    body_xpath: str | None = None  #: the article body container, if the generic path fails
    title_suffixes: tuple[str, ...] = ()  #: extra site suffixes cut from titles (regexes)
    author_xpath: str | None = None  #: the byline, if JSON-LD and meta tags are wrong
    lead_xpath: str | None = None  #: the teaser, if the generic lead rules fail
    drop_lines: tuple[str, ...] = field(default=())  #: body paragraphs to drop (regexes)
