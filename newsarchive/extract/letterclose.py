"""The names closing a letter or a contribution, each over its role: "Mit freundlichen
Grüßen" / "Ihre Sparkasse Mittelholm" / "Dr. Henrik Vosswinkel" / "Vorsitzender des
Vorstandes" / "Katrin Abeling" / "Mitglied des Vorstandes" under a bank's letter or an
association's circular, "Rolf Hagedorn" / "Mitglied seit 2019, …" under a member's post
(:mod:`~newsarchive.extract.data.letterclose`). Read where the byline credits nobody, the
site or an account, like :func:`~newsarchive.extract.signatures.closing_signature`."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.text import drop_invisible


def letter_signers(lines: list[str]) -> list[str]:
    """The names signing under a letter's greeting (:data:`~.data.LETTER_GREETING`) or a
    place and day line (:data:`~.data.SIGNED_PLACE_DAY`), the sender's line between them
    allowed; or the one name and role line closing the text
    after its last sentence."""
    lines = [drop_invisible(x).strip() for x in lines]
    for i, line in enumerate(lines):
        placed = data.SIGNED_PLACE_DAY.fullmatch(line)
        if placed or data.LETTER_GREETING.fullmatch(line):
            window = lines[i + 1 : i + 1 + data.LETTER_SIGNER_LINES]
            names = _signers(window) or _signers(window[1:])  # (the sender's line first)
            names = names or _signer_run(window)
            if names and placed:  # a decision's signers as shown, "Prof. Dr. A" / "Ombudsfrau"
                return [next((x for x in window if x.endswith(n)), n) for n in names]
            if names:
                return names
    if len(lines) >= 3 and data.LAST_SENTENCE.fullmatch(lines[-3]):
        return _signers(lines[-2:], closing=True)
    return []


def _signers(window: list[str], closing: bool = False) -> list[str]:
    """The names of ``window``'s leading name-and-role pairs (every name with its role line;
    the whole window so where ``closing``)."""
    names: list[str] = []
    i = 0
    while i + 1 < len(window):
        name, role = _signer(window[i]), window[i + 1]
        if name is None or _signer(role) is not None or not _role_line(role):
            break
        names.append(name)
        i += 2
    if closing and i != len(window):
        return []
    return names


def _signer_run(window: list[str]) -> list[str]:
    """The names of ``window``'s leading lines that are each a signer's name, alone or with
    its role after a comma or in brackets (:data:`~.data.SIGNER_ROLE_TAIL`), where the run
    ends the window's text or a sender's line follows it (:data:`~.data.LETTER_SENDER_LINE`)."""
    names: list[str] = []
    for line in window:
        role = data.SIGNER_ROLE_TAIL.search(line)
        shown = line[: role.start()] if role and role.end() == len(line) else line
        if _signer(shown) is None:
            break
        names.append(shown.strip())  # (its academic titles kept, as the page shows them)
    rest = window[len(names) :]
    if names and (not rest or data.LETTER_SENDER_LINE.fullmatch(rest[0])):
        return names
    return []


def _signer(line: str) -> str | None:
    """The name of a line that is a person's full name alone (titles dropped)."""
    match = data.SIGNER_LINE.fullmatch(line)
    if match is None:
        return None
    name = match.group("name")
    if not opens_with_given_name(name) or data.FORMAL_SIGNATURE_NOT_NAMES.search(name):
        return None
    return name


def _role_line(line: str) -> bool:
    """Whether ``line`` reads as a signer's role (short, no sentence, no press contact's)."""
    return (
        bool(data.SIGNER_ROLE_LINE.fullmatch(line))
        and len(line.split()) <= data.SIGNER_ROLE_WORDS
        and not data.SIGNER_CONTACT_ROLE.search(line)  # a press contact's
    )
