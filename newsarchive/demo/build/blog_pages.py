"""Article pages of the WordPress blogs: steadynews (Yoast JSON-LD ``@graph``, "Quelle:"
line, author bio box, comments and the comment form) and Der Bank Blog (author box,
related posts)."""

# ruff: noqa: E501  (the page templates are markup whose lines mirror real pages)
from __future__ import annotations

from html import escape
from urllib.parse import quote

from newsarchive.demo.build.content import Article
from newsarchive.demo.build.fragments import (
    german_long_date,
    head,
    json_ld,
    paragraphs_html,
    share_buttons,
)


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
