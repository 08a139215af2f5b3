"""HORIZONT: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="horizont",
        listings={
            "https://www.horizont.net/news/feed/": "news.rss",
        },
        wanted=(
            "https://www.horizont.net/marketing/nachrichten/Postbank-Die-Bank-wirbt-mit-Facebook-Fans-115432",
            "https://www.horizont.net/medien/nachrichten/Sparkasse-startet-eigenen-YouTube-Kanal-115400",
        ),
        rejected=(
            "https://www.horizont.net/schweiz/nachrichten/UBS-Kampagne-115401",
            "https://www.horizont.net/marketing/bildergalerien/Die-besten-Bank-Spots-115402",
        ),
        article_url="https://www.horizont.net/marketing/nachrichten/Postbank-Die-Bank-wirbt-mit-Facebook-Fans-115432",
        title="Postbank: Die Bank wirbt mit Facebook-Fans",
        authors=("Mehmet Toprak",),
        published="2013-05-08T10:12:00+02:00",
        lead_has="Die Postbank lässt in ihrer neuen",
        body_has=(
            "In der neuen Kampagne der Postbank sind",
            "Die Kampagne läuft im Fernsehen, online",
        ),
        body_lacks=("Mehr zum Thema", "Newsletter", "Alle Rechte vorbehalten"),
    )
)
