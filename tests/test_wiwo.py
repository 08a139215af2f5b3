"""WirtschaftsWoche: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="wiwo",
        listings={
            "https://www.wiwo.de/contentexport/feed/rss/finanzen": "finanzen.rss",
        },
        wanted=(
            "https://www.wiwo.de/finanzen/geldanlage/soziale-netzwerke-die-sparkasse-als-freund-und-helfer/8199234.html",
            "https://www.wiwo.de/finanzen/banken-twitter-kundendienst/8199111.html",
        ),
        rejected=(
            "https://www.wiwo.de/finanzen/boerse/dax-kurse/8199000.html",
            "https://www.wiwo.de/videos/bankenkrise/8199001.html",
        ),
        article_url="https://www.wiwo.de/finanzen/geldanlage/soziale-netzwerke-die-sparkasse-als-freund-und-helfer/8199234.html",
        title="Die Sparkasse als Freund und Helfer",
        authors=("Melanie Bergermann",),
        published="2013-05-10T06:00:00+02:00",
        lead_has="Sparkassen und Volksbanken haben soziale Netzwerke",
        body_has=(
            "Mehr als hundert Sparkassen sind inzwischen bei",
            "Beratung dürfen die Mitarbeiter in den",
        ),
        body_lacks=("Weitere Artikel", "WiWo+", "Alle Rechte vorbehalten"),
    )
)
