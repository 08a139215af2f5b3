"""Finanz-Szene: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="finanz_szene",
        listings={
            "https://finanz-szene.de/feed/": "feed.rss",
        },
        wanted=(
            "https://finanz-szene.de/banking/warum-die-comdirect-jetzt-auf-tiktok-setzt/",
            "https://finanz-szene.de/fintech/fidor-kooperiert-mit-sparkassen/",
        ),
        rejected=(
            "https://finanz-szene.de/newsletter/anmeldung/",
            "https://finanz-szene.de/podcasts/folge-3.mp3",
        ),
        article_url="https://finanz-szene.de/banking/warum-die-comdirect-jetzt-auf-tiktok-setzt/",
        title="Warum die Comdirect ihre Social-Media-Strategie umbaut",
        authors=("Heinz-Roger Dohms",),
        published="2014-03-18T07:30:00+01:00",
        lead_has="Die Direktbank bündelt ihre Kanäle und",
        body_has=(
            "Die Comdirect baut ihre Präsenz in sozialen",
            "Bei der Konkurrenz beobachtet man den",
        ),
        body_lacks=("Newsletter", "Alle Rechte vorbehalten"),
    )
)
