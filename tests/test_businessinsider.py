"""Business Insider Deutschland: discovery from its listings and extraction of an article."""

from site_helpers import SiteCase, site_tests

test_discovery, test_extraction = site_tests(
    SiteCase(
        slug="businessinsider",
        listings={
            "https://www.businessinsider.de/news-sitemap.xml": "news-sitemap.xml",
            "https://www.businessinsider.de/gruenderszene/feed/": "gruenderszene.rss",
        },
        wanted=(
            "https://www.businessinsider.de/gruenderszene/fintech/number26-bank-instagram-werbung/",
            "https://www.businessinsider.de/wirtschaft/sparkassen-digitalisierung-social-media/",
            "https://www.businessinsider.de/gruenderszene/fintech/fidor-community-bank/",
        ),
        rejected=(
            "https://www.businessinsider.de/podcast/bi-podcast-folge-12/",
            "https://www.businessinsider.de/gruenderszene/jobs/werkstudent-marketing/",
        ),
        article_url="https://www.businessinsider.de/gruenderszene/fintech/number26-bank-instagram-werbung/",
        title="Wie Fintechs die Banken auf Instagram abhängen",
        authors=("Nadine Schimroszik",),
        published="2014-07-02T13:40:00+02:00",
        lead_has="Junge Finanz-Startups werben mit bunten Bildern",
        body_has=(
            "Ein Startup aus Berlin erklärt seinen Kunden",
            "Die etablierten Häuser haben das erkannt",
        ),
        body_lacks=("Newsletter", "Lest auch", "Alle Rechte vorbehalten"),
    )
)
