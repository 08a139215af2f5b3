"""The writer's greeting and signature closing a post, a letter or a club's news ("Eure
Sabine Lammers", "Herzliche Grüße Ines Wallraff", "Euer Vorstand", "Herzliche Grüße" over
"Johanna Eickhoff"): they leave the body's last line. The authors are read on the lines
before (:func:`~newsarchive.extract.signatures.signature`), so the name still credits the
text."""

from __future__ import annotations

from newsarchive.extract import data


def without_sign_off(lines: list[str]) -> list[str]:
    """``lines`` without a signature on the last line (a greeting and a name,
    :data:`~newsarchive.extract.data.SIGNATURE` or
    :data:`~newsarchive.extract.data.FORMAL_SIGNATURE`; or a name under a greeting alone on
    the line before), with that greeting line; the text keeps at least one line."""
    if len(lines) < 2:
        return lines
    last = lines[-1].strip()
    if len(last) > data.SIGN_OFF_MAX_CHARS:
        return lines
    before = lines[-2].strip()
    pair = data.PAIR_SIGNATURE.fullmatch(last)
    if (
        data.SIGNATURE.fullmatch(last)
        or data.FORMAL_SIGNATURE.fullmatch(last)
        or (pair and (pair.group("greeting") or pair.group("formal")))
    ):
        end = len(lines) - 1
    elif data.SIGNATURE_GREETING.fullmatch(before) and (
        data.SIGNATURE.fullmatch(f"{before} {last}")
        or data.FORMAL_SIGNATURE.fullmatch(f"{before} {last}")
    ):
        end = len(lines) - 2
    else:
        return lines
    if end and data.SIGNATURE_GREETING.fullmatch(lines[end - 1].strip()):
        end -= 1  # "Herzliche Grüße" over "Eure Anna"
    return lines[:end] if end else lines
