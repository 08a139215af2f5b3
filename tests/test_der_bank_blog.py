"""Der Bank Blog: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="der_bank_blog",
        listings={
            "https://www.der-bank-blog.de/sitemap.xml": "sitemap.xml",
            "https://www.der-bank-blog.de/post-sitemap7.xml": "post-sitemap7.xml",
        },
        wanted=(
            "https://www.der-bank-blog.de/social-media-strategie-fuer-banken/digital-banking/12345678/",
            "https://www.der-bank-blog.de/sparkassen-auf-facebook/vertrieb/12345600/",
        ),
        rejected=("https://www.der-bank-blog.de/stichwort/facebook/",),
        article_url="https://www.der-bank-blog.de/social-media-strategie-fuer-banken/digital-banking/12345678/",
        title="Social-Media-Strategie für Banken",
        authors=("Hansjörg Leichsenring",),
        published="2012-11-05T06:00:00+01:00",
        lead_has="Viele Banken sind inzwischen in sozialen",
        body_has=(
            "Die Zahl der Banken und Sparkassen mit",
            "Wer diese Fragen beantwortet hat, kann",
        ),
        body_lacks=("Über den Autor", "Ähnliche Beiträge", "Herausgeber des Bank Blogs"),
    )
)
