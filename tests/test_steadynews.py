"""steadynews.de: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="steadynews",
        listings={
            "https://steadynews.de/wp-json/wp/v2/posts": "posts.json",
            "https://steadynews.de/feed/": "feed.rss",
        },
        wanted=(
            "https://steadynews.de/2011/09/18/banken-und-die-angst-vor-dem-shitstorm/",
            "https://steadynews.de/2011/09/17/sparkassen-starten-bei-facebook/",
            "https://steadynews.de/2011/09/16/volksbank-twittert-jetzt/",
        ),
        rejected=(
            "https://steadynews.de/2011/09/15/video-die-bank-der-zukunft/",
            "https://steadynews.de/category/wirtschaft/page/2/",
            "https://steadynews.de/tag/twitter/",
        ),
        article_url="https://steadynews.de/2011/09/18/banken-und-die-angst-vor-dem-shitstorm/",
        title="Banken und die Angst vor dem Shitstorm",
        authors=("Redaktion",),
        published="2011-09-18T09:14:00+02:00",
        lead_has="Wenn Kunden sich in sozialen Netzwerken",
        body_has=(
            "Die GLS Bank geht einen anderen Weg",
            "Großbanken scheuen diesen Schritt noch. Sie",
        ),
        body_lacks=(
            "Schreibe einen Kommentar",
            "Über Redaktion",
            "sammelt Nachrichten",
            "Stolz präsentiert",
            "Quelle: Welt Online",
        ),
        extra={"source": "Welt Online"},
    )
)
