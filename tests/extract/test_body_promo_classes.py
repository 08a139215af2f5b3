"""Boxes set into or under the text that are the site's, not the article's, by their class
(issue 11, session 32, read on blind dates_cd): a social-follow call ("np-inline-follow",
"follow-us"), a paywall's counter note ("paywall-info"), an investment disclaimer
("disclaimer", also a compound ending in it: "release-disclaimer", "blog-post__disclaimer");
Ghost's call-to-action card ("kg-cta-card"); phpBB's "Wer ist online?" block and rules box;
a Word export's running head ("MsoHeader"); a signup form's box."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import data, extract, pruning

URL = "https://www.netzpuls.example/2026/11/messenger-zahlungen/"


@pytest.mark.parametrize(
    ("box", "line"),
    [
        ('<div class="np-inline-follow">{}</div>', "Folge uns auch auf Snapora und Chirpr."),
        (
            '<div class="paywall-info">{}</div>',
            "Sie lesen einen kostenlosen Artikel. Mit Plus lesen Sie alle Inhalte.",
        ),
        ('<p class="disclaimer">{}</p>', "Die Inhalte stellen keine Anlageberatung dar."),
    ],
)
def test_the_sites_box_leaves_the_text_stays(box: str, line: str) -> None:
    article = extract(article_page(tail=box.format(line)), URL, fetched_at=FETCHED)
    assert line not in article["body"]
    assert "Volksbank" in article["body"]


@pytest.mark.parametrize(
    ("token", "boilerplate"),
    [
        ("np-inline-follow", True),
        ("follow-us", True),
        ("social-follow-buttons", True),
        ("paywall-info", True),
        ("paywall-notice", True),
        ("disclaimer", True),
        # a disclaimer's box named for its part (session 34: a wire's release, a Drupal
        # field, a BEM element) and Ghost's call-to-action card ("Enjoying this issue?
        # Forward it …"; blind en_ar, de_full104)
        ("release-disclaimer", True),
        ("field--name-field-disclaimer", True),
        ("blog-post__disclaimer", True),
        ("kg-cta-card", True),
        # phpBB prosilver's "Wer ist online?" block and a forum's rules box (session 34,
        # dates_ch)
        ("stat-block", True),
        ("online-list", True),
        ("rules", True),
        ("MsoFooter", True),
        # the text's own: a follow-up, a paywalled part, a disclaimer's heading
        ("follow-up", False),
        ("followup-story", False),
        ("paywall-content", False),
        ("disclaimer-title", False),
        ("cta-card-title", False),
        ("rules-section", False),
    ],
)
def test_promo_tokens(token: str, boilerplate: bool) -> None:
    assert bool(data.BOILERPLATE_TOKEN.fullmatch(token.lower())) is boilerplate
    assert pruning._boilerplate_token(token) is boilerplate


def test_boilerplate_tokens_have_a_case_sensitive_twin() -> None:
    """The class tokens' pattern stays one :func:`~newsarchive.extract.text.ascii_twin` can
    rewrite (a ``\\W`` or capital in it would send every token to the slower search)."""
    assert pruning._BOILERPLATE_TOKEN_ASCII is not None


def test_a_signup_forms_box_leaves_with_its_pitch() -> None:
    """A newsletter box with no class naming it: its label and pitch over an e-mail field
    (the form's short parent in the text; read on blind dates_cd)."""
    box = (
        '<div class="mt-10 rounded-xl p-6"><p>Newsletter</p>'
        "<p>Das Briefing: Deals und Köpfe der Woche, jeden Montag.</p>"
        '<form><input type="email" placeholder="du@firma.de"><button>Abonnieren</button>'
        "</form></div>"
    )
    article = extract(article_page(tail=box), URL, fetched_at=FETCHED)
    assert "jeden Montag" not in article["body"]
    assert "Volksbank" in article["body"]


def test_a_search_forms_box_is_no_signup() -> None:
    box = (
        "<div><p>Suchen Sie weitere Artikel zum Thema Echtzeitüberweisung?</p>"
        '<form><input type="search" name="q"><button>Suchen</button></form></div>'
    )
    article = extract(article_page(tail=box), URL, fetched_at=FETCHED)
    assert "weitere Artikel" in article["body"]
