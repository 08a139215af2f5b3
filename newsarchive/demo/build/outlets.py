"""The outlets of the mirror: host, name, page renderer and default listings of each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsarchive.demo.build.blog_pages import render_der_bank_blog, render_steadynews
from newsarchive.demo.build.content import Article
from newsarchive.demo.build.news_pages import render_handelsblatt, render_t3n, render_welt


@dataclass
class Outlet:
    """A news site of the mirror."""

    slug: str
    host: str
    name: str
    render: Callable[[Article, dict[str, Article]], str]
    default_discover: tuple[str, ...] = ("sitemap", "feed")


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
