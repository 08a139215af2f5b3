"""What each outlet lists: homepage, robots.txt, Google News and Yoast sitemaps, RSS
feeds and the WordPress REST API's paged search answers."""

# ruff: noqa: E501  (the listing templates are markup whose lines mirror real files)
from __future__ import annotations

import json
from datetime import UTC
from email.utils import format_datetime
from html import escape
from typing import Any

from newsarchive.demo.build.content import Article
from newsarchive.demo.build.fragments import german_date, image_url, share_buttons
from newsarchive.demo.build.mirror import ROBOTS_DISALLOW, RSS_TYPE, Mirror
from newsarchive.demo.build.outlets import OUTLETS, Outlet

#: Posts per WordPress API page: the demo blog caps ``per_page`` (as some sites do with
#: the ``rest_post_collection_params`` filter), so the spider has to follow pages.
WP_PAGE_SIZE = 2

#: The search terms the WordPress API answers; anything else gets an empty list.
WP_SEARCH_TERMS = ("Bank", "Banken", "Sparkasse", "Volksbank", "Social Media", "Facebook",
                   "Twitter")  # fmt: skip


def discovered(a: Article) -> tuple[str, ...]:
    """The listings that name ``a`` (its own ``discover`` or its outlet's default)."""
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


def add_listings(mirror: Mirror, outlet: Outlet, items: list[Article],
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
        add_wp_api(mirror, [a for a in items if "api" in discovered(a)], by_key)
    disallow = "".join(f"Disallow: {p}\n" for p in ("/suche/", *ROBOTS_DISALLOW.get(host, ())))
    mirror.files[f"{host}/robots.txt"] = f"User-agent: *\n{disallow}Sitemap: {sitemap}\n".encode()


def add_wp_api(mirror: Mirror, posts: list[Article], by_key: dict[str, Article]) -> None:
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
