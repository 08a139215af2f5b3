"""ZEIT ONLINE: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="zeit",
        listings={
            "https://www.zeit.de/gsitemaps/index.xml": "index.xml",
            "https://www.zeit.de/gsitemaps/index.xml?date=2013-05-06&unit=days&period=1": "2013-05-06.xml",  # noqa: E501
            "https://newsfeed.zeit.de/digital/index": "digital.rss",
        },
        wanted=(
            "https://www.zeit.de/wirtschaft/2013-05/banken-facebook-kundenkontakt",
            "https://www.zeit.de/digital/internet/2013-05/sparkasse-app-datenschutz",
        ),
        rejected=(
            "https://www.zeit.de/news/2013-05/06/banken-dpa-meldung-06171204",
            "https://www.zeit.de/sport/2013-05/bundesliga-spieltag",
            "https://www.zeit.de/wirtschaft/index",
            "https://www.zeit.de/zett/2013-05/banking-apps",
        ),
        article_url="https://www.zeit.de/wirtschaft/2013-05/banken-facebook-kundenkontakt",
        title="Die Bank als Facebook-Freund",
        authors=("Marcus Gatzke",),
        published="2013-05-06T17:05:00+02:00",
        lead_has="Banken wollen auf Facebook sympathisch wirken.",
        body_has=(
            "Die Facebook-Seite einer großen Privatbank zeigt an",
            "Trotzdem halten die Institute an ihren",
        ),
        body_lacks=("Kommentare", "Bitte melden Sie sich an", "Alle Rechte vorbehalten"),
    )
)
