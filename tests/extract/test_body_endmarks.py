"""A press release's end mark ("###", "# # #", "-30-") in the body's second half: the
issuer's boilerplate after it ("About X" and its paragraph, the media contact) leaves
(round rb26, read on en_t's releases; judged on en_q and en_u)."""

from __future__ import annotations

import pytest
from extract_pages import kept_lines

RELEASE = [
    "SPOKANE, Wash. – Pellingford Bank will answer customer questions on its social pages.",
    "The bank said a team of six would reply to messages on weekdays from 8 a.m. to 6 p.m.",
    "Customers will never be asked for a card number or a password in a message, it said.",
    "The service starts on Monday and will be reviewed after six months.",
]
ABOUT = [
    "About Pellingford Bank",
    "Pellingford Bank is a community bank with 23 branches in eastern Washington.",
    "Media contact: Dana Kerrow, press@pellingford.example",
]


# (a British release's "ENDS": session 47, read on en_bh)
@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "- 30 -", "ENDS", "Ends", "- ENDS -"])
def test_the_boilerplate_after_a_releases_end_mark_leaves(mark: str) -> None:
    assert kept_lines([*RELEASE, mark, *ABOUT]) == RELEASE


def test_a_mark_in_the_first_half_cuts_nothing() -> None:
    lines = [RELEASE[0], "###", *RELEASE[1:], *ABOUT[1:2]]
    assert kept_lines(lines)[-1] == ABOUT[1]


def test_a_hash_tag_line_is_no_end_mark() -> None:
    lines = [*RELEASE, "#banking", ABOUT[1]]
    assert kept_lines(lines) == lines


@pytest.mark.parametrize("label", ["Notes to editors", "Note to editors:", "Notes for editors"])
def test_a_releases_notes_to_editors_close_its_text(label: str) -> None:
    """The notes after a British release's text (the bank's profile, its regulators;
    session 47, read on en_bh, en_ba and en_aq)."""
    notes = [label, "Pellingford Bank plc is authorised by the Prudential Regulation Authority."]
    assert kept_lines([*RELEASE, *notes]) == RELEASE


def test_a_word_ending_a_line_is_no_end_mark() -> None:
    lines = [*RELEASE, "Friends", ABOUT[1]]
    assert kept_lines(lines) == lines
