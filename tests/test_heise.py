"""heise online: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="heise",
        listings={
            "https://www.heise.de/sitemapindex.xml": "sitemapindex.xml",
            "https://www.heise.de/sitemap/news/2013/05.xml": "news-2013-05.xml",
            "https://www.heise.de/rss/heise-atom.xml": "heise-atom.xml",
        },
        wanted=(
            "https://www.heise.de/news/Banken-testen-Kundenservice-ueber-soziale-Netzwerke-1867234.html",
            "https://www.heise.de/news/Bank-App-mit-Sicherheitsluecke-1867000.html",
            "https://www.heise.de/news/Twitter-fuer-Sparkassen-1866999.html",
        ),
        rejected=(
            "https://www.heise.de/download/product/banking-software-12345",
            "https://www.heise.de/bestenlisten/banking-apps-1866998.html",
        ),
        article_url="https://www.heise.de/news/Banken-testen-Kundenservice-ueber-soziale-Netzwerke-1867234.html",
        title="Banken testen Kundenservice über soziale Netzwerke",
        authors=("Christiane Schulzki-Haddouti",),
        published="2013-05-14T15:21:00+02:00",
        lead_has="Immer mehr Kreditinstitute beantworten Kundenanfragen über",
        body_has=(
            "Mehrere große Banken haben in den vergangenen",
            "Die Institute verweisen auf ihre Nutzungsbedingungen",
        ),
        body_lacks=("Kommentare lesen", "Anzeige", "Alle Rechte vorbehalten"),
    )
)
