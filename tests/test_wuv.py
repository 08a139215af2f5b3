"""W&V: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="wuv",
        listings={
            "https://www.wuv.de/robots.txt": "robots.txt",
            "https://www.wuv.de/sitemap.xml": "sitemap.xml",
            "https://www.wuv.de/rss/alle-news.xml": "alle-news.xml",
        },
        wanted=(
            "https://www.wuv.de/marketing/ing_diba_twittert_mit_kunden",
            "https://www.wuv.de/medien/sparkasse_startet_blog",
            "https://www.wuv.de/digital/commerzbank_startet_facebook_app",
        ),
        rejected=(
            "https://www.wuv.de/stellenmarkt/social_media_manager",
            "https://www.wuv.de/themen/marketing/",
        ),
        article_url="https://www.wuv.de/marketing/ing_diba_twittert_mit_kunden",
        title="Ing-Diba twittert mit Kunden",
        authors=("Petra Schwegler",),
        published="2012-08-21T09:30:00+02:00",
        lead_has="Die Direktbank öffnet einen Twitter-Kanal für",
        body_has=(
            "Die Ing-Diba beantwortet Kundenfragen ab sofort auch",
            "Marketingexperten loben den Schritt als konsequent.",
        ),
        body_lacks=("auch interessieren", "Abo abschließen"),
    )
)
