"""Handelsblatt: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="handelsblatt",
        listings={
            "https://www.handelsblatt.com/sitemaps/news.xml": "news.xml",
            "https://www.handelsblatt.com/contentexport/feed/finanzen": "finanzen.rss",
        },
        wanted=(
            "https://www.handelsblatt.com/finanzen/banken-versicherungen/banken/social-media-deutsche-bank-testet-kundenservice-auf-twitter/8012345.html",
            "https://www.handelsblatt.com/unternehmen/banken/sparkassen-wollen-mit-apps-punkten/8012399.html",
            "https://www.handelsblatt.com/finanzen/banken-versicherungen/banken/commerzbank-sucht-azubis-bei-xing/8012288.html",
        ),
        rejected=(
            "https://www.handelsblatt.com/video/finanzen/bankenkrise-erklaert/8012400.html",
            "https://www.handelsblatt.com/sport/fussball/bundesliga-spieltag/8012401.html",
            "https://www.handelsblatt.com/finanzen/maerkte/marktberichte/dax-aktuell-liveblog/8012289.html",
            "https://www.handelsblatt.com/finanzen/maerkte/devisen-rohstoffe/kurse/8012290.html",
        ),
        article_url="https://www.handelsblatt.com/finanzen/banken-versicherungen/banken/social-media-deutsche-bank-testet-kundenservice-auf-twitter/8012345.html",
        title="Deutsche Bank testet Kundenservice auf Twitter",
        authors=("Yasmin Osman",),
        published="2013-03-05T16:20:00+01:00",
        lead_has="Das größte deutsche Geldhaus beantwortet Kundenfragen",
        body_has=(
            "Seit Montag beantwortet ein Team von sechs",
            "Andere Institute beobachten den Test genau.",
        ),
        body_lacks=("Mehr zu: Deutsche Bank", "Alle Rechte vorbehalten", "Premium testen"),
    )
)
