"""Render ``content.yaml`` into the demo mirror, its routes and the crawl's expectations.

Nothing generated is committed: :func:`ensure_built` builds ``site/``, ``routes.json``
and ``expected.json`` on first use into a cache directory named after a hash of the
inputs (``content.yaml``, this module and the other sources the output depends on, the
package version) and reuses it while the hash matches. ``python -m newsarchive.demo.build
--out DIR`` writes the three into ``DIR`` for inspection; without ``--out`` it prints
the cache directory (building it if needed).

Each outlet gets markup modelled on its real pages: JSON-LD ``NewsArticle`` (Yoast's
``@graph`` on the WordPress blog), OpenGraph, bylines, German date formats, share
buttons for Facebook, Twitter and Xing on every page, "Lesen Sie auch" lists, author
bio boxes, a WordPress comment form and a Handelsblatt-style paywall teaser.
"""

# ruff: noqa: E501  (the page templates below are markup whose lines mirror real pages)
from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

import newsarchive
from newsarchive import urls
from newsarchive.demo import CONTENT_FILE, DEMO_DIR, HISTORY_FROM, HISTORY_SITE, HISTORY_TO
from newsarchive.urls import normalize_url

#: German month names for long dates ("16. August 2011").
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip

#: Posts per WordPress API page: the demo blog caps ``per_page`` (as some sites do with
#: the ``rest_post_collection_params`` filter), so the spider has to follow pages.
WP_PAGE_SIZE = 2

#: The search terms the WordPress API answers; anything else gets an empty list.
WP_SEARCH_TERMS = ("Bank", "Banken", "Sparkasse", "Volksbank", "Social Media", "Facebook",
                   "Twitter")  # fmt: skip

#: The stage a failure reason belongs to.
FETCH_REASONS = ("http-", "redirect-loop", "robots-disallowed", "timeout", "dns")

HTML_TYPE = "text/html; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"


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


@dataclass
class Outlet:
    """A news site of the mirror."""

    slug: str
    host: str
    name: str
    render: Callable[[Article, dict[str, Article]], str]
    default_discover: tuple[str, ...] = ("sitemap", "feed")


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


# ------------------------------------------------------------------------ fragments


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


# ------------------------------------------------------------------------- outlets


def render_welt(a: Article, articles: dict[str, Article]) -> str:
    """A WELT article page."""
    byline = ", ".join(
        f'<a href="https://www.welt.de/autor/{quote(n.lower().replace(" ", "-"))}/">{escape(n)}</a>'
        for n in a.authors
    )
    minutes = max(1, len(a.body.split()) // 180)
    ld = json_ld(news_article_ld(a, "WELT", "https://www.welt.de/img/welt-logo.png"))
    meta = f'<meta name="author" content="{escape(", ".join(a.authors))}">\n{ld}\n'
    related = related_box(a, articles, "Lesen Sie auch", "c-inline-teaser-list")
    return f"""<!DOCTYPE html>
<html lang="de">
{head(a, f"{a.title} - WELT", "DIE WELT", meta)}
<body class="c-page">
<header class="c-page-header">
<a class="c-page-header__logo" href="https://www.welt.de/">WELT</a>
<nav class="c-navigation"><a href="https://www.welt.de/politik/">Politik</a>
<a href="https://www.welt.de/wirtschaft/">Wirtschaft</a> <a href="https://www.welt.de/finanzen/">Finanzen</a>
<a href="https://www.welt.de/sport/">Sport</a> <a href="https://www.welt.de/kultur/">Kultur</a></nav>
</header>
<main>
<article class="c-article-page">
<header class="c-article-page__header">
<div class="c-topic">{escape(a.section)}</div>
<h1 class="c-headline">{escape(a.title)}</h1>
<div class="c-summary"><div class="c-summary__intro">{escape(a.lead)}</div></div>
<div class="c-article-page__meta">
<span class="c-author">Von {byline}</span>
<span class="c-publish-date">Veröffentlicht am <time datetime="{a.published}">{german_date(a.moment)}</time>
| Lesedauer: {minutes} Minuten</span>
</div>
{share_buttons(a.url, a.title)}
</header>
<figure class="c-article-page__image"><img src="{image_url(a)}" alt="">
<figcaption>Quelle: picture alliance / dpa</figcaption></figure>
<div class="c-article-text c-content-container">
{paragraphs_html(a.paragraphs, related)}
</div>
<footer class="c-article-page__footer">
<p class="c-article-page__copyright">© WeltN24 GmbH. Alle Rechte vorbehalten.</p>
{share_buttons(a.url, a.title)}
</footer>
</article>
</main>
<footer class="c-page-footer">
<p>Folgen Sie WELT auf Facebook, Twitter und Instagram.</p>
<a href="https://www.welt.de/services/article7893735/Impressum-WELT-DE.html">Impressum</a>
<a href="https://www.welt.de/services/article157550705/Datenschutzerklaerung-WELT-DIGITAL.html">Datenschutz</a>
</footer>
</body>
</html>
"""


def render_handelsblatt(a: Article, articles: dict[str, Article]) -> str:
    """A Handelsblatt article page; premium articles ship only a teaser."""
    ld = json_ld(news_article_ld(a, "Handelsblatt", "https://www.handelsblatt.com/logo.png",
                                 free=not a.paywall))  # fmt: skip
    paras = a.paragraphs[:2] if a.paywall else a.paragraphs
    paywall = ""
    if a.paywall:
        paywall = """<div class="c-paywall" data-paywall="premium">
<p class="c-paywall__headline">Exklusiv für Abonnenten</p>
<p>Lesen Sie weiter mit Handelsblatt Premium: 4 Wochen für 1 €, danach monatlich kündbar.</p>
<a class="c-button" href="https://www.handelsblatt.com/abo/">Jetzt weiterlesen</a>
<p>Sie sind bereits Abonnent? <a href="https://id.handelsblatt.com/login">Hier anmelden</a></p>
</div>"""
    related = related_box(a, articles, "Lesen Sie auch", "c-related-articles")
    authors = " und ".join(escape(n) for n in a.authors)
    stamp = a.moment.strftime("%d.%m.%Y - %H:%M Uhr")
    premium = '<span class="c-premium-badge">Premium</span>' if a.paywall else ""
    return f"""<!DOCTYPE html>
<html lang="de">
{head(a, f"{a.title} | Handelsblatt", "Handelsblatt", ld + chr(10))}
<body>
<header class="c-header"><a href="https://www.handelsblatt.com/">Handelsblatt</a>
<nav><a href="https://www.handelsblatt.com/finanzen/">Finanzen</a>
<a href="https://www.handelsblatt.com/unternehmen/">Unternehmen</a>
<a href="https://www.handelsblatt.com/technik/">Technik</a></nav></header>
<main>
<article class="c-article" data-article-id="{a.url.rsplit("/", 1)[-1].split(".")[0]}">
<p class="c-overline">{escape(a.section)} {premium}</p>
<h1 class="c-headline">{escape(a.title)}</h1>
<p class="c-leadtext">{escape(a.lead)}</p>
<div class="c-meta"><span class="c-meta__authors">{authors}</span>
<time class="c-meta__date" datetime="{a.published}">{stamp}</time></div>
{share_buttons(a.url, a.title)}
<div class="c-article-body">
{paragraphs_html(paras)}
</div>
{paywall}
{related}
</article>
</main>
<footer><p>© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?</p>
<a href="https://www.handelsblatt.com/impressum/">Impressum</a></footer>
</body>
</html>
"""


def render_t3n(a: Article, articles: dict[str, Article]) -> str:
    """A t3n news page with an author box."""
    ld = json_ld(news_article_ld(a, "t3n Magazin", "https://t3n.de/logo.svg"))
    author = a.authors[0] if a.authors else "t3n Redaktion"
    related = related_box(a, articles, "Das könnte dich auch interessieren", "c-related")
    return f"""<!DOCTYPE html>
<html lang="de">
{head(a, f"{a.title} | t3n – digital pioneers", "t3n Magazin", ld + chr(10))}
<body>
<header class="c-header"><a href="https://t3n.de/">t3n – digital pioneers</a>
<nav><a href="https://t3n.de/news/">News</a> <a href="https://t3n.de/tag/fintech/">Fintech</a>
<a href="https://t3n.de/tag/social-media/">Social Media</a></nav></header>
<main>
<article class="c-article">
<header>
<span class="c-article__kicker">{escape(a.section)}</span>
<h1 class="c-article__title">{escape(a.title)}</h1>
<div class="c-article__meta">Von <a class="c-article__author" href="https://t3n.de/autoren/{quote(author.lower().replace(" ", "-"))}/">{escape(author)}</a>
• <time datetime="{a.published}">{german_long_date(a.moment)}</time></div>
</header>
<p class="c-article__lead"><strong>{escape(a.lead)}</strong></p>
{share_buttons(a.url, a.title)}
<div class="c-article__content">
{paragraphs_html(a.paragraphs)}
</div>
<div class="c-author-box">
<p class="c-author-box__title">Über {escape(author)}</p>
<p>{escape(author)} schreibt für t3n über Fintechs, Banken und die Digitalisierung der
Finanzbranche. Vorher arbeitete {escape(author.split()[0])} bei einem Gründermagazin in Berlin.
Folge {escape(author.split()[0])} auf Twitter und LinkedIn.</p>
</div>
{related}
{share_buttons(a.url, a.title)}
</article>
</main>
<footer><p>t3n wird herausgegeben von der yeebase media GmbH.</p>
<a href="https://t3n.de/impressum/">Impressum</a></footer>
</body>
</html>
"""


def render_steadynews(a: Article, articles: dict[str, Article]) -> str:
    """A WordPress post (Yoast JSON-LD, bio box, comments and comment form)."""
    author = a.authors[0] if a.authors else "Redaktion"
    post_id = 1000 + sorted(articles).index(a.key)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{a.url}#article", "headline": a.title,
             "datePublished": a.published, "dateModified": a.published,
             "author": {"name": author, "@id": f"https://steadynews.de/#/schema/person/{post_id}"},
             "publisher": {"@id": "https://steadynews.de/#organization"},
             "articleSection": [a.section or "News"], "inLanguage": "de",
             "keywords": a.keywords},
            {"@type": "WebPage", "@id": a.url, "url": a.url, "name": f"{a.title} - steadynews",
             "isPartOf": {"@id": "https://steadynews.de/#website"}},
            {"@type": "Organization", "@id": "https://steadynews.de/#organization",
             "name": "steadynews", "url": "https://steadynews.de/"},
            {"@type": "Person", "@id": f"https://steadynews.de/#/schema/person/{post_id}",
             "name": author},
        ],
    }  # fmt: skip
    paras = [*a.paragraphs]
    source = f'<p class="quelle"><em>Quelle: {escape(a.source)}</em></p>' if a.source else ""
    comments = ""
    if a.copy_of:
        comments = """<ol class="comment-list">
<li id="comment-41" class="comment even thread-even depth-1">
<article class="comment-body"><footer class="comment-meta"><b class="fn">Gerd</b>
<time datetime="2011-08-17T12:14:00+02:00">17. August 2011 um 12:14 Uhr</time></footer>
<div class="comment-content"><p>Meine Sparkasse hat auch eine Facebook-Seite, aber auf Fragen
antwortet da niemand. Dann lieber gleich anrufen.</p></div></article></li>
</ol>"""
    return f"""<!DOCTYPE html>
<html lang="de-DE">
{head(a, f"{a.title} - steadynews", "steadynews", json_ld(graph) + chr(10))}
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://steadynews.de/" rel="home">steadynews</a></p>
<p class="site-description">Nachrichten aus Wirtschaft und Finanzen</p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-banken">
<header class="entry-header">
<h1 class="entry-title">{escape(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="{escape(a.url)}" rel="bookmark"><time class="entry-date published" datetime="{a.published}">{german_long_date(a.moment)}</time></a></span>
<span class="byline"> von <span class="author vcard"><a class="url fn n" href="https://steadynews.de/author/{quote(author.lower())}/">{escape(author)}</a></span></span></div>
</header>
<div class="entry-content">
<p><strong>{escape(a.lead)}</strong></p>
{paragraphs_html(paras)}
{source}
<div class="shariff">{share_buttons(a.url, a.title)}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="https://steadynews.de/category/banken/" rel="category tag">Banken</a></span></footer>
</article>
<div class="author-info">
<h2 class="author-title">Über {escape(author)}</h2>
<p class="author-bio">{escape(author)} schreibt für steadynews über Banken, Börse und Verbraucherthemen.
Hinweise gern per E-Mail oder über Facebook und Twitter.
<a class="author-link" href="https://steadynews.de/author/{quote(author.lower())}/" rel="author">Alle Beiträge von {escape(author)} anzeigen</a></p>
</div>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3>
<form action="https://steadynews.de/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p>
<p class="comment-form-comment"><label for="comment">Kommentar *</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label> <input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">E-Mail *</label> <input id="email" name="email" type="email" size="30" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken"> <input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID"></p>
</form>
</div>
</div>
</main></div>
<footer id="colophon" class="site-footer"><a href="https://steadynews.de/impressum/">Impressum</a> · <a href="https://steadynews.de/datenschutz/">Datenschutz</a> · Stolz präsentiert von WordPress</footer>
</div>
</body>
</html>
"""


def render_der_bank_blog(a: Article, articles: dict[str, Article]) -> str:
    """A Der Bank Blog post (WordPress with Yoast ``@graph``, author box, related posts)."""
    author = a.authors[0] if a.authors else "Redaktion"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "@id": f"{a.url}#article", "isPartOf": {"@id": a.url},
             "author": {"name": author, "@id": "https://www.der-bank-blog.de/#/schema/person/" + quote(author.lower().replace(" ", "-"))},
             "headline": a.title, "datePublished": a.published, "dateModified": a.published,
             "mainEntityOfPage": {"@id": a.url}, "publisher": {"@id": "https://www.der-bank-blog.de/#organization"},
             "articleSection": [a.section], "keywords": a.keywords, "inLanguage": "de"},
            {"@type": "WebPage", "@id": a.url, "url": a.url, "name": f"{a.title} - Der Bank Blog",
             "datePublished": a.published},
            {"@type": "Organization", "@id": "https://www.der-bank-blog.de/#organization",
             "name": "Der Bank Blog", "url": "https://www.der-bank-blog.de/"},
        ],
    }  # fmt: skip
    related = "\n".join(f'<li><a href="{escape(articles[k].url)}">{escape(articles[k].title)}</a></li>'
                        for k in a.related if k in articles)  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="de">
{head(a, f"{a.title} - Der Bank Blog", "Der Bank Blog", f'<meta name="author" content="{escape(author)}">' + chr(10) + json_ld(graph) + chr(10))}
<body class="post-template-default single single-post">
<header class="site-header"><a class="logo" href="https://www.der-bank-blog.de/">Der Bank Blog</a>
<nav class="main-nav"><a href="https://www.der-bank-blog.de/">Startseite</a> <a href="https://www.der-bank-blog.de/kategorie/digital-banking/">Digital Banking</a>
<a href="https://www.der-bank-blog.de/kategorie/vertrieb/">Vertrieb</a> <a href="https://www.der-bank-blog.de/newsletter/">Newsletter</a></nav></header>
<main>
<article class="article">
<p class="entry-category"><a href="https://www.der-bank-blog.de/kategorie/{quote(a.section.lower().replace(" ", "-"))}/">{escape(a.section)}</a></p>
<h1 class="entry-title">{escape(a.title)}</h1>
<p class="entry-title-lead">{escape(a.lead)}</p>
<div class="post-meta"><span class="author">{escape(author)}</span> <time datetime="{a.published}">{german_long_date(a.moment)}</time></div>
{share_buttons(a.url, a.title)}
<div class="entry-content single-content">
{paragraphs_html(a.paragraphs)}
</div>
<div class="author-box"><h4>Über den Autor</h4><p>{escape(author)} schreibt im Bank Blog über Vertrieb, Marketing und die Digitalisierung von Banken und Sparkassen.</p></div>
<div class="yarpp-related"><h3>Ähnliche Beiträge</h3><ul>
{related}
</ul></div>
</article>
</main>
<footer class="site-footer"><p>© Der Bank Blog – Alle Rechte vorbehalten</p><a href="https://www.der-bank-blog.de/impressum/">Impressum</a></footer>
</body>
</html>
"""


def render_welt_capture(a: Article, charset: str = "utf-8") -> str:
    """A WELT ONLINE page as the Wayback Machine captured it around 2008–2012 (raw ``id_``
    capture: the page's own bytes, old XHTML layout, no JSON-LD, social bookmarks)."""
    author = ", ".join(a.authors)
    stamp = f"{german_long_date(a.moment)}, {a.moment:%H:%M} Uhr"
    section = a.section or "Wirtschaft"
    u = quote(a.original, safe="")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(section)}: {escape(a.title)} - Nachrichten {escape(section)} - WELT ONLINE</title>
<meta name="description" content="{escape(a.lead)}" />
<meta name="keywords" content="{escape(", ".join(a.keywords))}" />
<meta name="author" content="{escape(author)}" />
<meta name="date" content="{a.published}" />
<link rel="canonical" href="{escape(a.original)}" />
<meta property="og:title" content="{escape(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="WELT ONLINE" />
</head>
<body id="article">
<div id="header"><a id="logo" href="http://www.welt.de/">WELT ONLINE</a>
<ul id="navigation"><li><a href="http://www.welt.de/politik/">Politik</a></li><li><a href="http://www.welt.de/wirtschaft/">Wirtschaft</a></li>
<li><a href="http://www.welt.de/finanzen/">Finanzen</a></li><li><a href="http://www.welt.de/webwelt/">WebWelt</a></li></ul></div>
<div id="content">
 <div class="article">
  <div class="artOverline">{escape(section)}</div>
  <h1 class="artHeadline">{escape(a.title)}</h1>
  <p class="artIntro">{escape(a.lead)}</p>
  <p class="artAuthor">Von <a href="http://www.welt.de/autor/{quote(author.lower().replace(" ", "-"))}/">{escape(author)}</a> {stamp}</p>
  <div class="artContent">
{chr(10).join(f"   <p>{escape(p)}</p>" for p in a.paragraphs)}
  </div>
  <div class="artTools"><span>Artikel versenden</span> | <span>drucken</span> | Bookmarken bei:
   <a href="http://www.facebook.com/sharer.php?u={u}">Facebook</a>
   <a href="http://twitter.com/home?status={u}">Twitter</a>
   <a href="http://www.mister-wong.de/index.php?action=addurl&amp;bm_url={u}">Mister Wong</a>
   <a href="http://www.webnews.de/einstellen?url={u}">Webnews</a></div>
  <div class="relatedContent"><h3>Mehr zum Thema</h3><a href="http://www.welt.de/wirtschaft/">Alle Nachrichten aus der Wirtschaft</a></div>
 </div>
</div>
<div id="footer">© Axel Springer AG {a.moment.year}. Alle Rechte vorbehalten</div>
</body>
</html>
"""


OUTLETS: dict[str, Outlet] = {
    "welt": Outlet("welt", "www.welt.de", "WELT", render_welt),
    "handelsblatt": Outlet(
        "handelsblatt", "www.handelsblatt.com", "Handelsblatt", render_handelsblatt
    ),
    "t3n": Outlet("t3n", "t3n.de", "t3n", render_t3n),
    "steadynews": Outlet(
        "steadynews", "steadynews.de", "steadynews", render_steadynews, ("api", "feed")
    ),
    "der_bank_blog": Outlet(
        "der_bank_blog", "www.der-bank-blog.de", "Der Bank Blog", render_der_bank_blog
    ),
}


# ------------------------------------------------------------------ listings


def discovered(a: Article) -> tuple[str, ...]:
    return tuple(a.discover) or OUTLETS[a.site].default_discover


def news_sitemap(items: list[Article], publication: str) -> str:
    """A Google News sitemap of ``items``, newest first."""
    rows = []
    for a in sorted(items, key=lambda x: x.published, reverse=True):
        rows.append(f"""<url>
<loc>{escape(a.listed_url)}</loc>
<lastmod>{a.published}</lastmod>
<news:news>
<news:publication><news:name>{escape(publication)}</news:name><news:language>de</news:language></news:publication>
<news:publication_date>{a.published}</news:publication_date>
<news:title>{escape(a.title)}</news:title>
<news:keywords>{escape(", ".join(a.keywords))}</news:keywords>
</news:news>
<image:image><image:loc>{image_url(a)}</image:loc></image:image>
</url>""")
    body = "\n".join(rows)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
{body}
</urlset>
"""


def sitemap_index(items: list[Article], children: list[str]) -> str:
    """A Yoast sitemap index; every child's ``lastmod`` is the newest post's date."""
    newest = max((a.published for a in items), default="2012-01-01T00:00:00+01:00")
    rows = "\n".join(f"<sitemap>\n<loc>{escape(c)}</loc>\n<lastmod>{newest}</lastmod>\n</sitemap>"
                     for c in children)  # fmt: skip
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="//www.der-bank-blog.de/main-sitemap.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{rows}
</sitemapindex>
"""


def url_sitemap(items: list[Article], pages: list[str] | None = None) -> str:
    """A plain (Yoast) URL sitemap of ``items``, newest first, plus static ``pages``."""
    rows = [f"<url>\n<loc>{escape(a.listed_url)}</loc>\n<lastmod>{a.published}</lastmod>\n</url>"
            for a in sorted(items, key=lambda x: x.published, reverse=True)]  # fmt: skip
    rows += [f"<url>\n<loc>{escape(page)}</loc>\n</url>" for page in pages or []]
    body = "\n".join(rows)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{body}
</urlset>
"""


def rss_feed(items: list[Article], title: str, link: str, self_url: str) -> str:
    """An RSS 2.0 feed of ``items``, newest first."""
    ordered = sorted(items, key=lambda x: x.published, reverse=True)
    built = format_datetime(ordered[0].moment.astimezone(UTC), usegmt=True) if ordered else ""
    rows = []
    for a in ordered:
        creator = (
            f"<dc:creator><![CDATA[{', '.join(a.authors)}]]></dc:creator>" if a.authors else ""
        )
        category = f"<category><![CDATA[{a.section}]]></category>" if a.section else ""
        rows.append(f"""<item>
<title>{escape(a.title)}</title>
<link>{escape(a.listed_url)}</link>
<guid isPermaLink="true">{escape(a.listed_url)}</guid>
<pubDate>{format_datetime(a.moment, usegmt=False)}</pubDate>
{creator}{category}
<description><![CDATA[{a.lead}]]></description>
</item>""")
    body = "\n".join(rows)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{escape(title)}</title>
<link>{escape(link)}</link>
<atom:link href="{escape(self_url)}" rel="self" type="application/rss+xml"/>
<description>Aktuelle Nachrichten</description>
<language>de-DE</language>
<lastBuildDate>{built}</lastBuildDate>
{body}
</channel>
</rss>
"""


def wp_post(a: Article, articles: dict[str, Article]) -> dict[str, Any]:
    """A post as ``/wp-json/wp/v2/posts?_fields=id,link,date_gmt,modified_gmt,title``."""
    gmt = a.moment.astimezone(UTC).replace(tzinfo=None).isoformat()
    return {"id": 1000 + sorted(articles).index(a.key), "date_gmt": gmt, "modified_gmt": gmt,
            "link": a.listed_url, "title": {"rendered": escape(a.title, quote=False)}}  # fmt: skip


def homepage(outlet: Outlet, items: list[Article]) -> str:
    """The outlet's front page: teasers of its newest articles."""
    teasers = "\n".join(
        f'<li><a href="{escape(a.listed_url)}">{escape(a.title)}</a> <span>{german_date(a.moment)}</span></li>'
        for a in sorted(items, key=lambda x: x.published, reverse=True)
    )
    url = f"https://{outlet.host}/"
    return f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>{escape(outlet.name)} – Nachrichten</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{escape(outlet.name)}"></head>
<body>
<header><h1>{escape(outlet.name)}</h1></header>
<main><h2>Aktuelle Artikel</h2>
<ul class="teaser-list">
{teasers}
</ul></main>
{share_buttons(url, outlet.name)}
</body>
</html>
"""


# ----------------------------------------------------------------------- broken


def binary_body(seed: str) -> bytes:
    """A PNG-like binary blob (with NUL bytes), deterministic per ``seed``."""
    chunks = [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\xb0\x00\x00\x02\xa3\x08\x02"]
    digest = seed.encode()
    for _ in range(64):
        digest = hashlib.sha256(digest).digest()
        chunks.append(digest + b"\x00" * 8)
    return b"".join(chunks)


def truncate(html: str, paras: list[str]) -> str:
    """The page cut off in the middle of its third paragraph (a dropped connection)."""
    start = html.index(escape(paras[2]))
    return html[: start + 60]


def truncate_head(html: str) -> str:
    """The page cut off inside ``<head>``: no body ever arrives."""
    return html[: html.index('<meta name="description"') + 20]


# ------------------------------------------------------------------------- build


@dataclass
class Mirror:
    """What the build produces: files, routes and expectations."""

    files: dict[str, bytes] = field(default_factory=dict)
    routes: list[dict[str, Any]] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)

    def add(self, url: str, content: str | bytes, file: str = "", **route: Any) -> None:
        """A file for ``url`` (named ``file``, default: the URL's path) and a route if it
        needs more than the default answer."""
        parts = urlsplit(url)
        path = parts.path + ("index.html" if parts.path.endswith("/") else "")
        rel = file or f"{parts.netloc}{path}"
        self.files[rel] = content.encode("utf-8") if isinstance(content, str) else content
        if route or parts.query or file:
            self.route(url, file=rel, **route)

    def route(self, url: str, **answer: Any) -> None:
        """A route for ``url``: ``query`` is matched as a subset of the request's."""
        parts = urlsplit(url)
        entry: dict[str, Any] = {"path": f"/{parts.netloc}{parts.path}"}
        if parts.query:
            entry["query"] = dict(p.split("=", 1) for p in parts.query.split("&"))
        entry.update(answer)
        self.routes.append(entry)


def mirror_path(url: str) -> str:
    parts = urlsplit(url)
    return f"/{parts.netloc}{parts.path}"


def build_mirror(articles: list[Article]) -> Mirror:
    """Render every page, listing, route and expectation."""
    by_key = {a.key: a for a in articles}
    mirror = Mirror()
    expected: dict[str, Any] = {"spiders": sorted(OUTLETS), "articles": {}, "copies": {},
                                "skipped": {}, "failures": {}, "ignored": []}  # fmt: skip
    expected["history"] = {"spider": "wayback", "site": HISTORY_SITE, "from": HISTORY_FROM,
                           "to": HISTORY_TO, "known": [], "ignored": []}  # fmt: skip
    for a in articles:
        if a.history:
            _expect(expected, a, by_key)
            continue
        outlet = OUTLETS[a.site]
        broken = a.broken
        if broken in ("", "latin1", "latin1-undeclared", "truncated"):
            html = outlet.render(a, by_key)
            if broken == "latin1":
                mirror.add(a.url, html.encode("cp1252"), content_type=HTML_TYPE)
            elif broken == "latin1-undeclared":
                html = html.replace('<meta charset="utf-8">\n', "")
                mirror.add(a.url, html.encode("cp1252"), content_type="text/html")
            elif broken == "truncated":
                mirror.add(a.url, truncate(html, a.paragraphs))
            else:
                mirror.add(a.url, html)
        elif broken == "truncated-head":
            mirror.add(a.url, truncate_head(outlet.render(a, by_key)))
        elif broken == "empty":
            mirror.add(a.url, b"", content_type=HTML_TYPE)
        elif broken == "binary":
            mirror.add(a.url, binary_body(a.key), content_type=HTML_TYPE)
        elif broken in ("404", "500"):
            mirror.route(a.url, status=int(broken), file=f"errors/{broken}.html")
        elif broken == "loop":
            other = a.url.replace(".html", "-2.html")
            mirror.route(a.url, status=301, location=other)
            mirror.route(other, status=302, location=a.url)
        elif broken != "robots":
            raise ValueError(f"{a.key}: unknown broken kind {broken!r}")
        if a.moved_from:
            mirror.route(a.moved_from, status=301, location=a.url)
        _expect(expected, a, by_key)
    for outlet in OUTLETS.values():
        _listings(mirror, outlet, [a for a in articles if a.site == outlet.slug and not a.history],
                  by_key)  # fmt: skip
    _wayback(mirror, [a for a in articles if a.archived], expected["history"])
    mirror.files["errors/404.html"] = ERROR_PAGE.format(
        code=404, text="Seite nicht gefunden"
    ).encode()
    mirror.files["errors/500.html"] = ERROR_PAGE.format(
        code=500, text="Interner Serverfehler"
    ).encode()
    mirror.files["robots.txt"] = ROBOTS_TXT.encode()
    hosts = [o.host for o in OUTLETS.values()] + [WAYBACK_HOST]
    mirror.files["index.html"] = MIRROR_INDEX.format(
        links="\n".join(f'<li><a href="/{h}/">{h}</a></li>' for h in hosts)
    ).encode()
    mirror.expected = expected
    return mirror


def _expect(expected: dict[str, Any], a: Article, by_key: dict[str, Article]) -> None:
    if a.history and a.expect not in ("article", "skipped", "ignored"):
        raise ValueError(f"{a.key}: a history page is an article, skipped or ignored")
    if a.history and a.expect == "ignored":
        expected["history"]["ignored"].append(a.original)
        return
    if a.expect == "article":
        entry: dict[str, Any] = {"site": a.site, "banks": a.banks, "networks": a.networks,
                                 "paywalled": a.paywalled}  # fmt: skip
        if a.title_contains:
            entry["title_contains"] = a.title_contains
        if a.moved_from:
            entry["listed_as"] = a.moved_from
        if a.history:
            capture = f"{WAYBACK_WEB}/{a.archived}/{a.original}"
            entry.update(archive_url=capture, archived_at=timestamp_iso(a.archived))
        elif a.archived:
            expected["history"]["known"].append(a.url)
        expected["articles"][a.stored_url] = entry
    elif a.expect == "copy":
        expected["copies"][a.url] = {"site": a.site, "original_url": by_key[a.copy_of].url}
    elif a.expect == "skipped":
        # the skipped row keeps the address as fetched (a capture's http:// original)
        expected["skipped"][a.url] = {"site": a.site}
    elif a.expect == "failure":
        stage = "fetch" if a.reason.startswith(FETCH_REASONS) else "extract"
        expected["failures"][a.url] = {"site": a.site, "stage": stage, "reason": a.reason}
    elif a.expect == "ignored":
        expected["ignored"].append(a.url)
    else:
        raise ValueError(f"{a.key}: unknown expectation {a.expect!r}")


def _listings(mirror: Mirror, outlet: Outlet, items: list[Article],
              by_key: dict[str, Article]) -> None:  # fmt: skip
    """Homepage, robots.txt, sitemaps, feeds and API answers of one outlet."""
    host = outlet.host
    in_sitemap = [a for a in items if "sitemap" in discovered(a)]
    in_feed = [a for a in items if "feed" in discovered(a)]
    mirror.add(f"https://{host}/", homepage(outlet, [a for a in items if not a.broken]))
    if outlet.slug == "welt":
        sitemap = "https://www.welt.de/sitemaps/newssitemap/newssitemap.xml"
        mirror.add(sitemap, news_sitemap(in_sitemap, "WELT"))
        mirror.add("https://www.welt.de/feeds/section/wirtschaft.rss",
                   rss_feed(in_feed, "WELT - Wirtschaft", "https://www.welt.de/wirtschaft/",
                            "https://www.welt.de/feeds/section/wirtschaft.rss"),
                   content_type=RSS_TYPE)  # fmt: skip
    elif outlet.slug == "handelsblatt":
        sitemap = "https://www.handelsblatt.com/sitemaps/news.xml"
        mirror.add(sitemap, news_sitemap(in_sitemap, "Handelsblatt"))
        feed = "https://www.handelsblatt.com/contentexport/feed/finanzen"
        mirror.add(feed, rss_feed(in_feed, "Handelsblatt Finanzen",
                                  "https://www.handelsblatt.com/finanzen/", feed),
                   content_type=RSS_TYPE)  # fmt: skip
    elif outlet.slug == "t3n":
        sitemap = "https://t3n.de/sitemap/news.xml"
        mirror.add(sitemap, news_sitemap(in_sitemap, "t3n"))
        mirror.add("https://t3n.de/rss.xml", rss_feed(in_feed, "t3n News", "https://t3n.de/news/",
                                                      "https://t3n.de/rss.xml"))  # fmt: skip
    elif outlet.slug == "der_bank_blog":
        sitemap = "https://www.der-bank-blog.de/sitemap.xml"
        mirror.add(
            sitemap,
            sitemap_index(
                in_sitemap,
                [
                    "https://www.der-bank-blog.de/post-sitemap.xml",
                    "https://www.der-bank-blog.de/page-sitemap.xml",
                ],
            ),
        )
        mirror.add("https://www.der-bank-blog.de/post-sitemap.xml", url_sitemap(in_sitemap))
        mirror.add(
            "https://www.der-bank-blog.de/page-sitemap.xml",
            url_sitemap(
                [],
                [
                    "https://www.der-bank-blog.de/impressum/",
                    "https://www.der-bank-blog.de/newsletter/",
                ],
            ),
        )
        mirror.add("https://www.der-bank-blog.de/feed/", file="www.der-bank-blog.de/feed/rss2.xml",
                   content=rss_feed(in_feed, "Der Bank Blog", "https://www.der-bank-blog.de/",
                                    "https://www.der-bank-blog.de/feed/"),
                   content_type=RSS_TYPE)  # fmt: skip
    else:
        sitemap = "https://steadynews.de/wp-sitemap.xml"
        mirror.add("https://steadynews.de/feed/",
                   file="steadynews.de/feed/rss2.xml", content=rss_feed(in_feed, "steadynews", "https://steadynews.de/",
                            "https://steadynews.de/feed/"),
                   content_type=RSS_TYPE)  # fmt: skip
        _wp_api(mirror, [a for a in items if "api" in discovered(a)], by_key)
    disallow = "".join(f"Disallow: {p}\n" for p in ("/suche/", *ROBOTS_DISALLOW.get(host, ())))
    mirror.files[f"{host}/robots.txt"] = f"User-agent: *\n{disallow}Sitemap: {sitemap}\n".encode()


def _wp_api(mirror: Mirror, posts: list[Article], by_key: dict[str, Article]) -> None:
    """Paged ``/wp-json/wp/v2/posts?search=TERM`` answers; other queries get ``[]``."""
    base = "https://steadynews.de/wp-json/wp/v2/posts"
    for term in WP_SEARCH_TERMS:
        hits = [p for p in sorted(posts, key=lambda x: x.published, reverse=True)
                if term.lower() in f"{p.title} {p.lead} {p.body}".lower()]  # fmt: skip
        pages = max(1, -(-len(hits) // WP_PAGE_SIZE))
        slug = term.lower().replace(" ", "-")
        for page in range(1, pages + 1):
            chunk = hits[(page - 1) * WP_PAGE_SIZE : page * WP_PAGE_SIZE]
            text = json.dumps([wp_post(p, by_key) for p in chunk], ensure_ascii=False)
            mirror.add(
                f"{base}?search={term}&page={page}", text,
                file=f"steadynews.de/wp-json/wp/v2/posts/search-{slug}-{page}.json",
                content_type="application/json; charset=UTF-8",
                headers={"X-WP-Total": str(len(hits)), "X-WP-TotalPages": str(pages)},
            )  # fmt: skip
    mirror.files["steadynews.de/wp-json/wp/v2/posts/empty.json"] = b"[]"
    mirror.route(base, file="steadynews.de/wp-json/wp/v2/posts/empty.json",
                 content_type="application/json; charset=UTF-8",
                 headers={"X-WP-Total": "0", "X-WP-TotalPages": "0"})  # fmt: skip


# ------------------------------------------------------------------ Wayback Machine

WAYBACK_HOST = "web.archive.org"
WAYBACK_WEB = f"https://{WAYBACK_HOST}/web"
CDX_PATH = f"/{WAYBACK_HOST}/cdx/search/cdx"
#: The CDX fields the wayback spider asks for (``newsarchive.crawl.wayback.CDX_FIELDS``).
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest")


def timestamp_iso(stamp: str) -> str:
    """``20121004101500`` → ``2012-10-04T10:15:00+00:00`` (Wayback stamps are UTC)."""
    return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()


def surt_key(url: str) -> str:
    """The CDX ``urlkey`` (SURT form): ``de,welt)/wirtschaft/article1/x.html``."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return ",".join(reversed(host.split("."))) + ")" + parts.path.lower()


def cdx_digest(body: bytes) -> str:
    """The capture's digest as the CDX server gives it: base32 of the SHA-1 of its bytes."""
    return base64.b32encode(hashlib.sha1(body).digest()).decode()


def _wayback(mirror: Mirror, items: list[Article], expected: dict[str, Any]) -> None:
    """Recorded CDX answers for the history crawl of ``HISTORY_SITE`` and the raw
    (``id_``) captures of its historic pages: ``items`` are the pages with ``archived``."""
    from spiders.welt import WeltSpider

    prefixes = WeltSpider.HISTORY_PREFIXES
    rows: dict[str, list[list[str]]] = {prefix: [] for prefix in prefixes}
    for a in items:
        if a.site != HISTORY_SITE:
            raise ValueError(f"{a.key}: only {HISTORY_SITE} pages have Wayback captures")
        body = b""
        if a.history and a.expect != "ignored":
            latin1 = a.broken == "latin1"
            html = render_welt_capture(a, "iso-8859-1" if latin1 else "utf-8")
            body = html.encode("cp1252" if latin1 else "utf-8")
            kind = "text/html; charset=iso-8859-1" if latin1 else "text/html; charset=UTF-8"
            moment = datetime.strptime(a.archived, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
            mirror.add(
                f"{WAYBACK_WEB}/{a.archived}id_/{a.original}", body,
                file=f"{WAYBACK_HOST}/web/{a.archived}id_/{urlsplit(a.url).netloc}{urlsplit(a.url).path}",
                content_type=kind,
                headers={"Memento-Datetime": format_datetime(moment, usegmt=True),
                         "X-Archive-Src": f"demo-crawl-{a.archived[:8]}.warc.gz"},
            )  # fmt: skip
        prefix = next((p for p in prefixes if a.original.split("://", 1)[1].startswith(p)), None)
        if prefix is None:
            raise ValueError(f"{a.key}: {a.original} is under none of {prefixes}")
        row = [surt_key(a.original), a.archived, a.original, "text/html", "200",
               cdx_digest(body or a.original.encode())]  # fmt: skip
        rows[prefix].append(row)
    query = {"output": "json", "from": str(HISTORY_FROM), "to": str(HISTORY_TO)}
    for prefix, found in rows.items():
        answer = [list(CDX_FIELDS), *sorted(found)]
        text = "[" + ",\n".join(json.dumps(r) for r in answer) + "]\n"
        name = prefix.split("/", 1)[1].strip("/")
        mirror.files[f"{WAYBACK_HOST}/cdx/{name}.json"] = text.encode()
        mirror.routes.append({"path": CDX_PATH, "query": {"url": prefix, **query},
                              "file": f"{WAYBACK_HOST}/cdx/{name}.json",
                              "content_type": "application/json"})  # fmt: skip
    mirror.files[f"{WAYBACK_HOST}/cdx/empty.json"] = b"[]\n"
    mirror.routes.append({"path": CDX_PATH, "file": f"{WAYBACK_HOST}/cdx/empty.json",
                          "content_type": "application/json"})  # fmt: skip
    mirror.files[f"{WAYBACK_HOST}/robots.txt"] = WAYBACK_ROBOTS_TXT.encode()
    mirror.files[f"{WAYBACK_HOST}/index.html"] = MIRROR_INDEX.format(
        links="<li>Wayback Machine: CDX answers and captures recorded for the demo</li>"
    ).encode()
    expected["ignored"].sort()
    expected["known"].sort()


#: robots.txt of the demo's web.archive.org (CDX queries and captures are allowed).
WAYBACK_ROBOTS_TXT = """User-agent: *
Disallow: /save/
Disallow: /web/save/
Disallow: /__wb/
"""

ERROR_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{code} – {text}</title></head>
<body><h1>{text}</h1><p>Fehler {code}. Zur <a href="/">Startseite</a>.</p></body></html>
"""

#: Extra ``Disallow:`` paths of each host's robots.txt (the crawler reads the host's
#: robots.txt through the mirror, as ``/<host>/robots.txt``).
ROBOTS_DISALLOW: dict[str, tuple[str, ...]] = {"www.welt.de": ("/wirtschaft/intern/",)}

#: The mirror's own robots.txt at its root (for clients that ask the mirror itself).
ROBOTS_TXT = """# robots.txt of the newsarchive demo mirror (paths are /<host>/<path>)
User-agent: *
Disallow: /www.welt.de/wirtschaft/intern/
"""

MIRROR_INDEX = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>newsarchive demo mirror</title></head>
<body><h1>newsarchive demo mirror</h1><p>Invented news pages served for the offline demo.</p>
<ul>
{links}
</ul></body></html>
"""


def write(mirror: Mirror, target: Path) -> None:
    """Write ``site/``, ``routes.json`` and ``expected.json`` below ``target``."""
    site = target / "site"
    if site.exists():
        shutil.rmtree(site)
    for rel, content in sorted(mirror.files.items()):
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    routes = json.dumps(mirror.routes, ensure_ascii=False, indent=1)
    (target / "routes.json").write_text(routes + "\n", "utf-8")
    expected = json.dumps(mirror.expected, ensure_ascii=False, indent=1, sort_keys=True)
    (target / "expected.json").write_text(expected + "\n", "utf-8")


# ------------------------------------------------------------------------- cache

#: The file in a built directory listing its input hash and files; written last, so a
#: directory whose manifest names only existing files is complete.
MANIFEST = "manifest.json"
#: Prefix of the cache directories' names (``newsarchive-demo-<hash>``).
CACHE_PREFIX = "newsarchive-demo-"


def input_files(content: Path = CONTENT_FILE) -> list[Path]:
    """What the built data depends on besides the package version: ``content``, this
    module, the demo package (the history constants), URL normalisation (the expected
    URLs) and the history site's spider module (its CDX prefixes)."""
    spec = importlib.util.find_spec(f"spiders.{HISTORY_SITE}")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"spider module spiders.{HISTORY_SITE} not found")
    return [content, Path(__file__), DEMO_DIR / "__init__.py", Path(urls.__file__),
            Path(spec.origin)]  # fmt: skip


def input_hash(content: Path = CONTENT_FILE) -> str:
    """16 hex digits of the SHA-256 of the package version and the input files."""
    digest = hashlib.sha256(newsarchive.__version__.encode())
    for path in input_files(content):
        data = path.read_bytes()
        digest.update(b"\0%d\0" % len(data) + data)
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    """Where built demo data is kept: ``$XDG_CACHE_HOME/newsarchive`` if that variable is
    set, else the system's temporary directory."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "newsarchive" if xdg else Path(tempfile.gettempdir())


def is_complete(directory: Path, key: str) -> bool:
    """Whether ``directory`` holds a finished build for input hash ``key`` with all its
    files (a temp-directory cleaner may have removed some)."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("hash") == key and all(
        (directory / rel).is_file() for rel in manifest.get("files", ())
    )


def ensure_built(cache: Path | None = None, content: Path = CONTENT_FILE) -> Path:
    """The directory with ``site/``, ``routes.json`` and ``expected.json`` built from
    ``content``: ``<cache>/newsarchive-demo-<input hash>`` (default cache:
    :func:`cache_root`), reused when complete, else built first in a temporary sibling
    and renamed into place (a concurrent builder's finished directory wins)."""
    key = input_hash(content)
    parent = cache or cache_root()
    target = parent / f"{CACHE_PREFIX}{key}"
    if target.exists() and hasattr(os, "getuid") and target.stat().st_uid != os.getuid():
        raise PermissionError(f"{target} belongs to another user; set XDG_CACHE_HOME")
    if is_complete(target, key):
        return target
    parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
    try:
        mirror = build_mirror(load(content))
        write(mirror, fresh)
        files = ["routes.json", "expected.json", *(f"site/{rel}" for rel in sorted(mirror.files))]
        manifest = {"hash": key, "version": newsarchive.__version__, "files": files}
        (fresh / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
        _install(fresh, target, key)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return target


def _install(fresh: Path, target: Path, key: str) -> None:
    """Rename the finished build ``fresh`` to ``target``. If ``target`` exists, a
    complete one (from a concurrent builder) is kept and ``fresh`` left for removal; an
    incomplete one is moved aside and deleted, and the rename retried."""
    for _ in range(5):
        try:
            fresh.rename(target)
            return
        except OSError:
            if not target.exists():
                continue  # removed meanwhile by another builder: try again
            if is_complete(target, key):
                return
        trash = Path(tempfile.mkdtemp(prefix=f".{target.name}-stale-", dir=target.parent))
        with contextlib.suppress(FileNotFoundError):  # another builder moved it first
            target.rename(trash / "old")
        shutil.rmtree(trash, ignore_errors=True)
    raise RuntimeError(f"could not install the demo data at {target}")


def main(argv: list[str] | None = None) -> None:
    """``python -m newsarchive.demo.build [--out DIR]``: write the demo data into DIR, or
    print the cache directory holding it (building it if needed)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--out", type=Path, help="write site/, routes.json, expected.json here")
    args = parser.parse_args(argv)
    if args.out is None:
        print(ensure_built())
        return
    args.out.mkdir(parents=True, exist_ok=True)
    write(build_mirror(load()), args.out)
    print(args.out)


if __name__ == "__main__":
    main()
