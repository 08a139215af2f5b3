"""Data for the letters of persons' names, German's alphabet and beyond (issue 11)
(:mod:`newsarchive.extract.data.authors`, ``signatures``, ``credits``, ``closings``,
``profiles``; :mod:`newsarchive.extract.names`)."""

from __future__ import annotations

#: The Latin letters beyond ASCII that writers' names print: Latin-1 (À-ÿ), Latin
#: Extended-A and -B (Ā-ɏ) and Latin Extended Additional (Ḁ-ỿ): "Çelik", "Yıldız", "Demirtaş",
#: "Sørensen", "Szymańska", "Đorđević", "Nuñez", "Dvořák", "Ștefan", "Nguyễn" (kind read in
#: halves L, W and AY, issue 11). German's umlauts and "ß" are among them.
_LATIN = [
    chr(code)
    for low, high in ((0xC0, 0x24F), (0x1E00, 0x1EFF))
    for code in range(low, high + 1)
    if chr(code).isalpha()
]
#: A name's capital letter (a regular expression class): A-Z and every capital of
#: :data:`_LATIN` ("Ç", "Ø", "Ş", "Đ"). Used by the name patterns for a name's first letter
#: and initials; German words and labels keep ``[A-ZÄÖÜ]``.
NAME_CAPITAL = "[A-Z" + "".join(c for c in _LATIN if c.isupper()) + "]"
#: A name's lower-case letter (a regular expression class): a-z and every lower-case letter
#: of :data:`_LATIN` ("ı", "ş", "ø", "ń", "ř").
NAME_LOWER = "[a-z" + "".join(c for c in _LATIN if c.islower()) + "]"
