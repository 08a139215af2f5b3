"""IT Finanzmagazin: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="it_finanzmagazin",
        listings={
            "https://www.it-finanzmagazin.de/wp-json/wp/v2/posts": "posts.json",
            "https://www.it-finanzmagazin.de/feed/": "feed.rss",
        },
        wanted=(
            "https://www.it-finanzmagazin.de/social-media-monitoring-banken-12345/",
            "https://www.it-finanzmagazin.de/kernbankensystem-migration-12300/",
            "https://www.it-finanzmagazin.de/twitter-im-kundenservice-12298/",
        ),
        rejected=(
            "https://www.it-finanzmagazin.de/category/banking/",
            "https://www.it-finanzmagazin.de/whitepaper-social-banking-12299/",
        ),
        article_url="https://www.it-finanzmagazin.de/social-media-monitoring-banken-12345/",
        title="Social-Media-Monitoring: Was Banken über sich im Netz erfahren",
        authors=("Dr. Ralf Bauer",),
        published="2014-09-23T08:10:00+02:00",
        lead_has="Banken setzen zunehmend Monitoring-Werkzeuge ein, um",
        body_has=(
            "Monitoring-Software durchsucht Facebook, Twitter, Foren und Blogs",
            "Erste Institute berichten, dass sie Störungen",
        ),
        body_lacks=("Berater für Bank-IT", "auch interessieren"),
    )
)
