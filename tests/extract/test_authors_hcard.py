"""A microformats2 card (``h-card`` with ``p-name`` and ``p-job-title``) by the headline,
kind read in half K (issue 11): its name is the author, the job title is not."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Jahr nach der Gründung zählt das Fintech mehr als hunderttausend Konten, "
    "die meisten davon eröffnet über Werbung auf Instagram und TikTok.</p>"
    for n in range(1, 5)
)


def test_h_card_by_the_headline() -> None:
    html = page_with(
        "<article><h1>Was wir aus fünf Jahren gelernt haben</h1><div class='h-card'>"
        "<a class='p-name u-url' href='/profile/sveta-moro'>Sveta Moro</a>"
        f"<span class='p-job-title'>Gründerin und CEO</span></div>{TEXT}</article>",
        "<title>Was wir aus fünf Jahren gelernt haben - Insider</title>",
    )
    assert extract(html, "https://insider.example/p/gelernt", fetched_at=FETCHED)["authors"] == [
        "Sveta Moro"
    ]
