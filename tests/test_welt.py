"""welt.de: news sitemap and business feed discovery; article extraction."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="welt",
        listings={
            "https://www.welt.de/sitemaps/newssitemap/newssitemap.xml": "newssitemap.xml",
            "https://www.welt.de/feeds/section/wirtschaft.rss": "wirtschaft.rss",
        },
        wanted=(
            "https://www.welt.de/wirtschaft/article106312345/Sparkassen-entdecken-Facebook-als-Vertriebskanal.html",
            "https://www.welt.de/finanzen/article106312399/Direktbanken-werben-auf-Twitter-um-junge-Kunden.html",
            "https://www.welt.de/wirtschaft/webwelt/article106310001/Volksbanken-starten-eigene-Blogs.html",
        ),
        rejected=(
            "https://www.welt.de/wirtschaft/video106312400/So-funktioniert-Online-Banking.html",
            "https://www.welt.de/sport/article106312401/Bayern-gewinnt-das-Pokalfinale.html",
            "https://www.welt.de/finanzen/article106312402/Anlegertipps-Die-Dividenden-der-Woche.html",
            "https://www.welt.de/wirtschaft/article106310002/Liveticker-Die-Bankenkrise-im-Ueberblick.html?liveticker=1",
            "https://www.welt.de/wirtschaft/bildergalerie106310003/Die-schoensten-Bankfilialen.html",
        ),
        article_url="https://www.welt.de/wirtschaft/article106312345/Sparkassen-entdecken-Facebook-als-Vertriebskanal.html",
        title="Sparkassen entdecken Facebook als Vertriebskanal",
        authors=("Daniel Wetzel",),
        published="2012-05-14T07:12:00+02:00",
        lead_has="Immer mehr Sparkassen eröffnen eigene Facebook-Seiten",
        body_has=(
            "Die Kreissparkasse im Allgäu hat seit wenigen Wochen",
            "Commerzbank testet einen Kundendienst über Twitter",
        ),
        body_lacks=("Mehr zum Thema", "Alle Rechte vorbehalten", "Artikel teilen"),
    )
)
