"""Golem.de: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="golem",
        listings={
            "https://www.golem.de/gsiteindex.xml": "gsiteindex.xml",
            "https://www.golem.de/news/gsitemap-1305.xml": "gsitemap-1305.xml",
            "https://rss.golem.de/rss.php?feed=RSS2.0": "rss.xml",
        },
        wanted=(
            "https://www.golem.de/news/online-banking-sparkassen-bieten-login-per-facebook-an-1305-99123.html",
            "https://www.golem.de/news/mobile-payment-volksbanken-starten-app-1305-99100.html",
            "https://www.golem.de/news/twitter-banken-kundensupport-1305-99050.html",
        ),
        rejected=(
            "https://www.golem.de/news/fotostrecke-neue-smartphones-1305-99101-2.html",
            "https://www.golem.de/specials/banking/",
        ),
        article_url="https://www.golem.de/news/online-banking-sparkassen-bieten-login-per-facebook-an-1305-99123.html",
        title="Sparkassen prüfen Login per Facebook",
        authors=("Andreas Sebayang",),
        published="2013-05-14T11:50:00+02:00",
        lead_has="Einige Sparkassen erwägen, die Anmeldung über",
        body_has=(
            "Mehrere Sparkassen prüfen nach Informationen von Golem.de,",
            "Der Sparkassenverband erklärte auf Anfrage, es",
        ),
        body_lacks=("Anzeige", "Zu den Kommentaren", "Alle Rechte vorbehalten"),
    )
)
