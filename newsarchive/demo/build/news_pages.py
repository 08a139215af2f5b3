"""Article pages of the news outlets, each modelled on its real pages: WELT (byline
links, reading time), Handelsblatt (premium articles ship a paywall teaser) and t3n
(kicker, author box)."""

# ruff: noqa: E501  (the page templates are markup whose lines mirror real pages)
from __future__ import annotations

from html import escape
from urllib.parse import quote

from newsarchive.demo.build.content import Article
from newsarchive.demo.build.fragments import (
    german_date,
    german_long_date,
    head,
    image_url,
    json_ld,
    news_article_ld,
    paragraphs_html,
    related_box,
    share_buttons,
)


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
