"""Markup shared by every outlet's pages: German dates, ``<head>`` with OpenGraph tags,
JSON-LD, share buttons, paragraphs and "Lesen Sie auch" boxes."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import quote, urlsplit

from newsarchive.demo.build.content import Article

#: German month names for long dates ("16. August 2011").
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip


def german_date(moment: datetime) -> str:
    """``16.08.2011``."""
    return moment.strftime("%d.%m.%Y")


def german_long_date(moment: datetime) -> str:
    """``16. August 2011``."""
    return f"{moment.day}. {MONTHS[moment.month - 1]} {moment.year}"


def share_buttons(url: str, title: str) -> str:
    """Share links to Facebook, Twitter and Xing (on every page of every outlet)."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return (
        '<div class="share-bar" aria-label="Artikel teilen"><span>Teilen:</span>\n'
        f'  <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}"'
        ' rel="nofollow noopener" target="_blank">Facebook</a>\n'
        f'  <a class="share share--twitter" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}"'
        ' rel="nofollow noopener" target="_blank">Twitter</a>\n'
        f'  <a class="share share--xing" href="https://www.xing.com/spi/shares/new?url={u}"'
        ' rel="nofollow noopener" target="_blank">Xing</a>\n'
        f'  <a class="share share--mail" href="mailto:?subject={t}&amp;body={u}">E-Mail</a>\n'
        "</div>"
    )


def json_ld(data: dict[str, Any]) -> str:
    """A JSON-LD script element."""
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def news_article_ld(a: Article, publisher: str, logo: str, free: bool = True) -> dict[str, Any]:
    """schema.org ``NewsArticle`` for an article page."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url},
        "headline": a.title,
        "description": a.lead,
        "datePublished": a.published,
        "dateModified": a.published,
        "author": [{"@type": "Person", "name": n} for n in a.authors],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": logo}},
        "image": {"@type": "ImageObject", "url": image_url(a), "width": 1200, "height": 675},
        "articleSection": a.section,
        "keywords": ", ".join(a.keywords),
        "inLanguage": "de-DE",
        "isAccessibleForFree": free,
    }  # fmt: skip
    if not free:
        data["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False,
                           "cssSelector": ".c-paywall"}  # fmt: skip
    return data


def image_url(a: Article) -> str:
    host = urlsplit(a.url).netloc
    return f"https://{host}/img/{a.key}.jpg"


def head(a: Article, page_title: str, site_name: str, extra: str = "") -> str:
    """``<head>`` with canonical link, description and OpenGraph tags."""
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page_title)}</title>
<link rel="canonical" href="{escape(a.url)}">
<meta name="description" content="{escape(a.lead)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:locale" content="de_DE">
<meta property="og:site_name" content="{escape(site_name)}">
<meta property="og:title" content="{escape(a.title)}">
<meta property="og:description" content="{escape(a.lead)}">
<meta property="og:url" content="{escape(a.url)}">
<meta property="og:image" content="{escape(image_url(a))}">
<meta property="article:published_time" content="{a.published}">
<meta name="twitter:card" content="summary_large_image">
{extra}</head>"""


def paragraphs_html(paras: list[str], related: str = "", after: int = 2) -> str:
    """The body's ``<p>`` elements with an optional related-links box after ``after``."""
    out = []
    for i, para in enumerate(paras):
        out.append(f"<p>{escape(para)}</p>")
        if related and i + 1 == after:
            out.append(related)
    if related and len(paras) < after:
        out.append(related)
    return "\n".join(out)


def related_box(a: Article, articles: dict[str, Article], heading: str, css: str) -> str:
    """A "Lesen Sie auch" list of links to related articles."""
    items = [articles[k] for k in a.related if k in articles]
    if not items:
        return ""
    links = "\n".join(f'  <li><a href="{escape(r.url)}">{escape(r.title)}</a></li>' for r in items)
    return f'<aside class="{css}">\n<h3>{heading}</h3>\n<ul>\n{links}\n</ul>\n</aside>'
