"""Capital: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="capital",
        listings={
            "https://www.capital.de/feed/standard/": "standard.rss",
        },
        wanted=(
            "https://www.capital.de/geld-versicherungen/banken-entdecken-instagram-30123456.html",
            "https://www.capital.de/wirtschaft-politik/sparkassen-und-social-media-30123400.html",
        ),
        rejected=(
            "https://www.capital.de/leben/bildergalerie-luxusuhren-30123401.html",
            "https://www.capital.de/autor/thomas-steinmann",
        ),
        article_url="https://www.capital.de/geld-versicherungen/banken-entdecken-instagram-30123456.html",
        title="Banken entdecken Instagram",
        authors=("Thomas Steinmann",),
        published="2014-02-20T09:15:00+01:00",
        lead_has="Nach Facebook und Twitter kommt das",
        body_has=(
            "Eine Bankfiliale ist kein besonders fotogener Ort,",
            "Branchenkenner sehen in den Versuchen dennoch",
        ),
        body_lacks=("könnte Sie auch interessieren", "Alle Rechte vorbehalten"),
    )
)
