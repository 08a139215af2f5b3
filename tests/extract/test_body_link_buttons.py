"""A short box in the text around a link styled as a button ("<a class='button'>Jetzt 4 Wochen
für 0,99 € testen</a>": a paywall's offer, an appeal, a product tip) leaves like a box around
a ``<button>`` (:func:`~newsarchive.extract.signupboxes.drop_button_boxes`; kind read on
de_full97, session 33, issue 11). Small invented pages; a plain link's paragraph stays."""

from __future__ import annotations

import pytest
from extract_pages import body_around


@pytest.mark.parametrize(
    "box",
    [
        "<section class='paywall'><h2>Weiterlesen mit NN+</h2><p>Sie haben das Ende des frei "
        "verfügbaren Textes erreicht.</p><a class='button button--primary' href='/abo/'>Jetzt "
        "4 Wochen für 0,99 € testen</a></section>",
        "<div class='tip'><p>Tipp der Redaktion: Bei der Kornblum Bank gibt es 2,6 % Zinsen.</p>"
        "<a class='btn' href='/go/'>Zum Angebot*</a></div>",
    ],
)
def test_box_around_a_link_button_leaves(box: str) -> None:
    body = body_around(box)
    assert "testen" not in body
    assert "Kornblum" not in body


def test_a_plain_links_paragraph_stays() -> None:
    box = (
        "<div><p>Wie die Bank ihre neuen Preise begründet, steht ausführlich im Bericht des "
        "Vorstands, den sie am Montag veröffentlicht hat; <a href='/bericht/'>hier</a> lässt "
        "er sich als Datei laden, und die Verbraucherzentrale hat ihn bereits kommentiert.</p>"
        "</div>"
    )
    assert "Bericht des Vorstands" in body_around(box)
