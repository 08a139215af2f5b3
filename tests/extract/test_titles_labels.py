"""Titles on pages whose ``<h1>`` names the section or the page's kind while a heading of
its own shows the headline the metadata titles carry (issue 11), on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Das Geldmuseum Auental erklärt im {n}. Absatz, was die Besucherinnen und Besucher "
    "am Vortragsabend erwartet und wie sie sich anmelden.</p>"
    for n in range(1, 4)
)
URL = "https://www.geldmuseum-auental.example/blog/vortrag-bitcoin"


def title_of(page: bytes, url: str = URL) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_a_section_h1_the_title_holds_as_a_middle_segment_yields_to_the_post_heading() -> None:
    body = (
        "<main><h1 class='page-title'>Museumsblog</h1><article><h2 class='post__title'>"
        f"Vortragsabend: Ist Bitcoin Geld?</h2>{TEXT}</article></main>"
    )
    head = "<title>Vortragsabend: Ist Bitcoin Geld? | Museumsblog | Geldmuseum Auental</title>"
    assert title_of(page_with(body, head)) == "Vortragsabend: Ist Bitcoin Geld?"


def test_a_short_h1_stays_where_no_heading_shows_the_metadata_title() -> None:
    # a short real headline the SEO title rewords: no other heading repeats the title
    body = f"<main><article><h1>Nachhaltig leben</h1><h2>Weniger kaufen</h2>{TEXT}</article></main>"
    head = "<title>Tipps für ein nachhaltiges Leben | Geldmuseum Auental</title>"
    assert title_of(page_with(body, head)) == "Nachhaltig leben"


def test_a_short_h1_the_title_opens_with_stays() -> None:
    body = (
        f"<main><article><h1>Villa Auental</h1><h2>Ferienvilla am See</h2>{TEXT}</article></main>"
    )
    head = "<title>Villa Auental - Ferienvilla am See</title>"
    assert title_of(page_with(body, head)) == "Villa Auental"


def test_a_heading_showing_the_first_of_three_title_segments_beats_a_newsroom_h1() -> None:
    body = (
        "<main><h1 class='newsroom-title'>Newsroom</h1><article class='press-item'>"
        f"<h2 class='press-item__title'>Fintech-Messe meldet Ausstellerrekord</h2>{TEXT}"
        "</article></main>"
    )
    head = (
        "<title>Fintech-Messe meldet Ausstellerrekord | Finanzforum Auental 2025 | "
        "Messe Auental</title>"
    )
    url = "https://www.finanzforum-auental.example/newsroom/ausstellerrekord"
    assert title_of(page_with(body, head), url) == "Fintech-Messe meldet Ausstellerrekord"


def test_a_breadcrumb_title_marks_the_mediathek_h1_as_a_section() -> None:
    body = (
        "<main><h1 class='page-heading'>Mediathek</h1><div class='video'>"
        f"<h2 class='video-title'>Azubis der Sparkasse drehen eine Serie</h2>{TEXT}</div></main>"
    )
    head = "<title>TV Auental > Mediathek > Azubis der Sparkasse drehen eine Serie</title>"
    url = "https://www.tv-auental.example/mediathek/azubis-serie"
    assert title_of(page_with(body, head), url) == "Azubis der Sparkasse drehen eine Serie"


def test_the_banks_name_with_its_legal_form_as_h1_yields_to_the_title() -> None:
    headline = "Volksbank Auental zieht Bilanz: 12.000 Follower auf Instagram"
    body = (
        "<main><div class='cmp-title'><h1 class='cmp-title__text'>Volksbank Auental eG</h1>"
        f"</div>{TEXT}<section class='widget'><h2>Weitere Pressemitteilungen</h2></section></main>"
    )
    head = f"<title>{headline} — Volksbank Auental</title>"
    url = "https://www.volksbank-auental.example/presse/instagram-bilanz.html"
    assert title_of(page_with(body, head), url) == headline


def test_a_headline_ending_in_a_legal_form_stays() -> None:
    # not the site's name: "Auental Software AG" is another company
    headline = "Übernahme der Auental Software AG"
    body = f"<main><article><h1>{headline}</h1>{TEXT}</article></main>"
    head = f"<title>{headline} | Volksbank Auental</title>"
    url = "https://www.volksbank-auental.example/presse/uebernahme.html"
    assert title_of(page_with(body, head), url) == headline


def test_the_sites_exact_name_opening_the_title_is_cut_before_a_last_segment_like_it() -> None:
    # the headline's first word shares the site's name's opening letters
    headline = "Heimatverein zeigt Geschichte der Sparkasse auf Facebook"
    body = (
        f"<main><div class='page-header'><h2>{headline}</h2></div>{TEXT}</main>"
        "<div class='sidebar'><h3>Neueste Beiträge</h3></div>"
    )
    head = f"<title>Heimatverein Auental - {headline}</title>"
    url = "https://www.heimatverein-auental.example/aktuelles/sparkasse-facebook"
    assert title_of(page_with(body, head), url) == headline


def test_a_clubs_post_heading_where_the_titles_name_only_the_page_kind() -> None:
    body = (
        "<div class='content'><h1 class='page-title'>Aktuelles</h1><div class='post'>"
        f"<h2 class='post-title'>Sponsorenlauf bringt 4.200 Euro</h2>{TEXT}</div>"
        "<section class='widget'><h2 class='widget-title'>Weitere Neuigkeiten</h2></section>"
        "</div>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/sponsorenlauf"
    assert title_of(page_with(body, head), url) == "Sponsorenlauf bringt 4.200 Euro"


def test_a_sidebars_titled_heading_is_no_post_heading() -> None:
    body = (
        f"<div class='content'><h1>Aktuelles</h1>{TEXT}</div><aside><h2 class='widget-title'>"
        "Weitere Neuigkeiten aus dem Verein</h2></aside>"
    )
    head = "<title>Aktuelles - TSV Auental 1908 e.V.</title>"
    url = "https://www.tsv-auental.example/aktuelles/"
    assert title_of(page_with(body, head), url) != "Weitere Neuigkeiten aus dem Verein"


def test_a_knowledge_pages_h1_is_a_page_kind() -> None:
    body = (
        "<main><section class='stage'><h1 class='stage__headline'>Wissen</h1></section>"
        f"{TEXT}</main>"
    )
    head = (
        "<title>Was ist eine Social-Media-Richtlinie? » Auental-Shop</title>"
        "<meta property='og:title' content='Was ist eine Social-Media-Richtlinie?'>"
    )
    url = "https://www.auental-shop.example/wissen/social-media-richtlinie"
    assert title_of(page_with(body, head), url) == "Was ist eine Social-Media-Richtlinie?"


def test_jobs_at_the_site_is_a_section_of_the_title() -> None:
    body = f"<main><h1 class='stage__title'>Jobs</h1>{TEXT}</main>"
    head = "<title>Jobs bei Auental Direkt / Werkstudent Community Management (w/m/d)</title>"
    url = "https://www.auental-direkt.example/jobs/werkstudent"
    assert title_of(page_with(body, head), url) == "Werkstudent Community Management (w/m/d)"


def test_a_longer_rubric_before_the_titles_colon_the_heading_lacks() -> None:
    quote = "„Wir investieren weiter in digitale Kanäle“"
    body = (
        "<main><article class='ir-news'><h1>Das Interview</h1><div class='share-box'><h2>Aktie"
        f"</h2></div><h2 class='ir-news__title'>{quote}</h2>{TEXT}</article></main>"
    )
    head = f"<title>Interview mit CFO Dirk Muster: {quote} - Auental Bank</title>"
    url = "https://www.auental-bank.example/ir/news/interview-cfo"
    assert title_of(page_with(body, head), url) == quote


def test_a_radio_sites_headline_div_beside_a_shorter_seo_title() -> None:
    headline = "Volksbank Auental startet WhatsApp-Kanal für Kundinnen und Kunden"
    body = (
        "<div class='player'><h2>Jetzt läuft</h2></div><main><div class='headline'>"
        f"{headline}</div>{TEXT}</main><aside><h2>Mehr News</h2></aside>"
    )
    head = "<title>Volksbank startet WhatsApp-Kanal ~ Radio Auental</title>"
    url = "https://www.radio-auental.example/news/volksbank-whatsapp"
    assert title_of(page_with(body, head), url) == headline
