"""Frankfurter Allgemeine Zeitung: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="faz",
        listings={
            "https://www.faz.net/sitemap-news.xml": "sitemap-news.xml",
            "https://www.faz.net/sitemap-index.xml": "sitemap-index.xml",
            "https://www.faz.net/sitemap-artikel-2013-04.xml": "sitemap-artikel-2013-04.xml",
            "https://www.faz.net/rss/aktuell/wirtschaft/": "wirtschaft.rss",
        },
        wanted=(
            "https://www.faz.net/aktuell/finanzen/meine-finanzen/sparen-und-geld-anlegen/banken-im-netz-die-volksbank-auf-facebook-12134567.html",
            "https://www.faz.net/aktuell/wirtschaft/unternehmen/sparkassen-twittern-12130001.html",
            "https://www.faz.net/aktuell/wirtschaft/netzwirtschaft/bank-apps-im-test-12133333.html",
        ),
        rejected=(
            "https://www.faz.net/aktuell/finanzen/aktien/commerzbank-aktie-kurs-12134570.html",
            "https://www.faz.net/aktuell/sport/fussball/bundesliga-12134571.html",
            "https://www.faz.net/aktuell/wirtschaft/bilderstrecke-die-neuen-bankfilialen-12134572.html",
            "https://www.faz.net/aktuell/wirtschaft/videos/bankchef-im-interview-12130002.html",
        ),
        article_url="https://www.faz.net/aktuell/finanzen/meine-finanzen/sparen-und-geld-anlegen/banken-im-netz-die-volksbank-auf-facebook-12134567.html",
        title="Banken im Netz: Die Volksbank auf Facebook",
        authors=("Christian Siedenbiedel",),
        published="2013-04-08T11:45:00+02:00",
        lead_has="Genossenschaftsbanken setzen auf Nähe – jetzt",
        body_has=(
            "Die Volksbank in Mittelhessen hat eine Mitarbeiterin",
            "Ob sich der Aufwand rechnet, kann",
        ),
        body_lacks=("Mehr zum Thema", "F+Artikeln", "Alle Rechte vorbehalten"),
    )
)
