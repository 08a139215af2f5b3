"""Süddeutsche.de: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="sueddeutsche",
        listings={
            "https://rss.sueddeutsche.de/rss/Geld": "geld.rss",
            "https://rss.sueddeutsche.de/rss/Digital": "digital.rss",
        },
        wanted=(
            "https://www.sueddeutsche.de/geld/online-banking-sparkassen-setzen-auf-soziale-netzwerke-1.1612345",
            "https://www.sueddeutsche.de/digital/twitter-banken-kundenservice-1.1612002",
        ),
        rejected=(
            "https://www.sueddeutsche.de/geld/boerse-aktuell-liveticker-dax-1.1612300",
            "https://www.sueddeutsche.de/muenchen/stadtrat-tagt-1.1612301",
            "https://www.sueddeutsche.de/digital/bilder-die-neuen-smartphones-1.1612003",
        ),
        article_url="https://www.sueddeutsche.de/geld/online-banking-sparkassen-setzen-auf-soziale-netzwerke-1.1612345",
        title="Sparkassen setzen auf soziale Netzwerke",
        authors=("Harald Freiberger",),
        published="2013-03-12T14:37:00+01:00",
        lead_has="Facebook-Seite statt Filiale: Wie eine oberbayerische",
        body_has=(
            "Die Sparkasse im Landkreis hat vor einem",
            "Der Sparkassenverband Bayern sieht das Beispiel",
        ),
        body_lacks=("Lesen Sie mehr", "SZ Plus", "Alle Rechte vorbehalten"),
    )
)
