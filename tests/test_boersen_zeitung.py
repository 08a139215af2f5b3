"""Börsen-Zeitung: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="boersen_zeitung",
        listings={
            "https://www.boersen-zeitung.de/sitemap/news.xml.gz": "news.xml.gz",
            "https://www.boersen-zeitung.de/sitemap/index.xml.gz": "index.xml.gz",
            "https://www.boersen-zeitung.de/sitemap/sitemap-0.xml.gz": "sitemap-0.xml.gz",
        },
        wanted=(
            "https://www.boersen-zeitung.de/banken-finanzen/genossenschaftsbanken-wagen-sich-ins-social-web",
            "https://www.boersen-zeitung.de/personen/neuer-digitalchef-bei-der-dz-bank",
        ),
        rejected=(
            "https://www.boersen-zeitung.de/kurse/aktien/commerzbank",
            "https://www.boersen-zeitung.de/marktdaten/devisen",
            "https://www.boersen-zeitung.de/fonds-etf/fondsdaten",
        ),
        article_url="https://www.boersen-zeitung.de/banken-finanzen/genossenschaftsbanken-wagen-sich-ins-social-web",
        title="Genossenschaftsbanken wagen sich ins Social Web",
        authors=("Bernd Neubacher",),
        published="2013-05-15T05:00:00+02:00",
        lead_has="Der BVR stellt seinen Mitgliedsinstituten einen",
        body_has=(
            "Der Bundesverband der Deutschen Volksbanken und Raiffeisenbanken",
            "Einig sind sich die Vorstände darin,",
        ),
        body_lacks=("Digital-Abo", "Alle Rechte vorbehalten"),
    )
)
