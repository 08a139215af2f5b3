"""DER SPIEGEL: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="spiegel",
        listings={
            "https://www.spiegel.de/sitemaps/news-de.xml": "news-de.xml",
            "https://www.spiegel.de/netzwelt/index.rss": "netzwelt.rss",
        },
        wanted=(
            "https://www.spiegel.de/wirtschaft/unternehmen/comdirect-und-co-direktbanken-entdecken-youtube-a-899123.html",
            "https://www.spiegel.de/netzwelt/web/facebook-banken-werbung-a-899001.html",
        ),
        rejected=(
            "https://www.spiegel.de/wirtschaft/video-bankenaufsicht-erklaert-video-1234567.html",
            "https://www.spiegel.de/sport/fussball/champions-league-a-899124.html",
            "https://www.spiegel.de/netzwelt/gadgets/fotostrecke-neue-smartphones-fotostrecke-98765.html",
        ),
        article_url="https://www.spiegel.de/wirtschaft/unternehmen/comdirect-und-co-direktbanken-entdecken-youtube-a-899123.html",
        title="Direktbanken entdecken YouTube",
        authors=("Stefan Kaiser",),
        published="2013-05-14T18:02:00+02:00",
        lead_has="Erklärvideos statt Beratungsgespräch: Online-Banken wie Comdirect",
        body_has=(
            "Wer wissen will, wie ein Wertpapierdepot funktioniert,",
            "Die Banken lassen sich davon nicht",
        ),
        body_lacks=("Mehr zum Thema", "SPIEGEL+", "Alle Rechte vorbehalten"),
    )
)
