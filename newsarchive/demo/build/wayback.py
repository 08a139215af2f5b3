"""The Wayback Machine of the mirror: recorded CDX answers for the demo's history crawl
and the raw (``id_``) captures of old WELT ONLINE pages."""

# ruff: noqa: E501  (the capture template is markup whose lines mirror real pages)
from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from typing import Any
from urllib.parse import quote, urlsplit

from newsarchive.demo import HISTORY_FROM, HISTORY_SITE, HISTORY_TO
from newsarchive.demo.build.content import Article
from newsarchive.demo.build.fragments import german_long_date
from newsarchive.demo.build.mirror import MIRROR_INDEX, Mirror

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


def add_wayback(mirror: Mirror, items: list[Article], expected: dict[str, Any]) -> None:
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
