"""t3n Magazin: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="t3n",
        listings={
            "https://t3n.de/sitemap/news.xml": "news.xml",
            "https://t3n.de/rss.xml": "rss.xml",
        },
        wanted=(
            "https://t3n.de/news/fidor-bank-community-banking-facebook-473211/",
            "https://t3n.de/news/sparkasse-app-fotoueberweisung-473199/",
            "https://t3n.de/news/bank-twitter-kundenservice-473150/",
        ),
        rejected=(
            "https://t3n.de/video/so-geht-mobile-payment-473200/",
            "https://t3n.de/jobs/social-media-manager-bank-473201/",
            "https://t3n.de/tag/facebook/",
        ),
        article_url="https://t3n.de/news/fidor-bank-community-banking-facebook-473211/",
        title="Fidor Bank: Community-Banking mit Facebook-Login",
        authors=("Jochen G. Fuchs",),
        published="2013-06-12T10:05:00+02:00",
        lead_has="Die Münchner Fidor Bank lässt ihre",
        body_has=(
            "Bei der Fidor Bank entscheidet die Zahl",
            "Kritiker bemängeln, dass die Anmeldung über",
        ),
        body_lacks=("Community-Richtlinien", "yeebase", "Lesezeit"),
    )
)
