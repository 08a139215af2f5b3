"""manager magazin: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="manager_magazin",
        listings={
            "https://www.manager-magazin.de/unternehmen/index.rss": "unternehmen.rss",
        },
        wanted=(
            "https://www.manager-magazin.de/unternehmen/banken/social-media-warum-banken-bei-twitter-schweigen-a-899555.html",
            "https://www.manager-magazin.de/unternehmen/banken/deutsche-bank-blog-fuer-bewerber-a-899500.html",
        ),
        rejected=(
            "https://www.manager-magazin.de/fotostrecke/die-reichsten-deutschen-fotostrecke-99887.html",
            "https://www.manager-magazin.de/lifestyle/auto/neuer-porsche-a-899501.html",
        ),
        article_url="https://www.manager-magazin.de/unternehmen/banken/social-media-warum-banken-bei-twitter-schweigen-a-899555.html",
        title="Warum Banken bei Twitter schweigen",
        authors=("Arne Gottschalck",),
        published="2013-05-13T12:30:00+02:00",
        lead_has="Die Finanzbranche tut sich schwer mit",
        body_has=(
            "Ein Tweet ist schnell geschrieben, doch in",
            "Berater raten den Häusern, klare Regeln",
        ),
        body_lacks=("Mehr zum Thema", "Newsletter abonnieren", "Alle Rechte vorbehalten"),
    )
)
