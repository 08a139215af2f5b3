"""The lexicons: data files in ``data/`` read and compiled into matching rules.

Gazetteers of banks (``banks.tsv``) and networks (``networks.tsv``), bank name patterns
with placeholders (``bank_patterns.tsv``), generic topic terms (``topic_terms.tsv``), false
friends, boilerplate lines and the contexts in which a bank is only a source
(``bank_roles.tsv``). :func:`lexicon` loads and compiles them all once; every file
documents its own format in its comment header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsarchive.topics.normalise import fold, fold_pattern, words
from newsarchive.topics.prefilter import FOLDED, TEXT, LazyRegex, Prefilter

DATA_DIR = Path(__file__).parent / "data"


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file: ``#`` comments, then a header line."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate((DATA_DIR / name).read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ValueError(f"{name}:{lineno}: {len(cells)} columns, expected {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells, strict=True)})
    return rows


def read_lines(name: str) -> list[str]:
    """Non-empty lines of a data file that are not ``#`` comments."""
    lines = (DATA_DIR / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def split_aliases(cell: str) -> list[str]:
    """The ``" | "``-separated aliases of a gazetteer cell."""
    return [a.strip() for a in cell.split(" | ") if a.strip()]


@dataclass(frozen=True)
class Rule:
    """One way of recognising a bank, a network or a generic topic term."""

    kind: str  #: ``bank``, ``network`` or ``topic``
    side: str  #: ``bank`` or ``social``
    name: str  #: canonical name; for patterns and topic terms filled in per match
    regex: LazyRegex  #: compiled when the rule first runs
    folded: bool  #: matched on folded text (else on the original, case-sensitively)
    weight: float = 1.0
    priority: int = 0  #: 0 explicit entry, 1 name pattern, 2 topic term
    order: int = 0  #: position in its file: breaks ties
    context: re.Pattern[str] | None = None  #: must occur in the article (folded)
    pattern: bool = False  #: canonical name taken from the matched text


#: A declined adjective in a multi-word name: the stem, then "e", "en", "er", "es" or "em"
#: ("Deutscher Sparkassen- und Giroverband" is "der Deutsche Sparkassen- und Giroverband").
_ADJECTIVE = re.compile(r"(\w+?)e|(\w*(?:isch|sch|lich|ig))e[nrsm]")


def _word_pattern(alias: str, folded: bool) -> str:
    """The regular expression body for a literal alias (no boundaries)."""
    tokens = [t for t in re.split(r"[\s\-]+", alias) if t]
    separators = re.findall(r"[\s\-]+", alias)
    parts: list[str] = []
    for i, token in enumerate(tokens):
        body = re.escape(fold(token)[0] if folded else token)
        last = i == len(tokens) - 1
        adjective = _ADJECTIVE.fullmatch(token) if not last and token.isalpha() else None
        if adjective and token[:1].isupper():
            # Deutsche -> Deutschen, Deutscher -> Deutsche, Nassauische -> Nassauischen
            stem = adjective[1] or adjective[2]
            stem = re.escape(fold(stem)[0] if folded else stem)
            body = stem + "e(?:n|r|s|m)?"
        if last and token[-1:].isalpha():
            body += "(?:s|es)?" if token[-1] != "e" else "(?:n|s)?"
        parts.append(body)
        if not last:
            parts.append(r"[\s\-]?" if separators[i].strip() == separators[i] else r"[\s\-]*")
    return "".join(parts)


#: Separates an alias from its own context expression (see networks.tsv).
ALIAS_CONTEXT = " @context="


def alias_rule(alias: str, **kwargs: Any) -> Rule:
    """A :class:`Rule` from a gazetteer alias with its markers (see networks.tsv)."""
    if ALIAS_CONTEXT in alias:
        alias, context = alias.split(ALIAS_CONTEXT, 1)
        kwargs["context"] = re.compile(fold_pattern(context), re.I)
    if alias.startswith("re:"):
        return Rule(regex=LazyRegex(fold_pattern(alias[3:]), re.I), folded=True, **kwargs)
    if alias.startswith("re="):
        return Rule(regex=LazyRegex(alias[3:]), folded=False, **kwargs)
    sensitive = alias.startswith("=")
    alias = alias.lstrip("=")
    head = r"\w*" if alias.startswith("*") else ""
    tail = r"\w*" if alias.endswith("*") else ""
    core = alias.strip("*")
    body = _word_pattern(core, folded=not sensitive)
    regex = rf"(?<![\w]){head}{body}{tail}(?![\w])"
    if sensitive:
        return Rule(regex=LazyRegex(regex), folded=False, **kwargs)
    return Rule(regex=LazyRegex(regex, re.I), folded=True, **kwargs)


def entry_aliases(name: str, aliases_cell: str) -> list[str]:
    """The name plus its aliases.

    A case-sensitive ``=Name`` replaces the plain name; ``!Name`` drops it (for names
    that are common words, such as "Signal", matched only through longer aliases).
    """
    aliases = split_aliases(aliases_cell)
    if f"={name}" in aliases or f"!{name}" in aliases:
        return [a for a in aliases if not a.startswith("!")]
    return [name, *aliases]


_CAP = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+"
_STOP = words(
    "Die Der Das Den Dem Des Ein Eine Einen Einer Und Oder Aber Auch Im Am Um Als Wie Für "
    "Mit Bei Von Vom Zum Zur Nach Seit Ab Bis Ob Doch So Nun Jetzt Heute Hier Dort Was Wer "
    "Ich Er Sie Es Wir Ihr Man Dies Diese Dieser Dieses AG SE GmbH Chef Chefin Vorstand "
    "Vorstandschef Sprecher Sprecherin Kunden Kunde Kundin Mitarbeiter Mitarbeiterin Filiale "
    "Filialen App Apps Online Digital Social Gruppe Finanzgruppe Stiftung Konzern Bank Banken "
    "Sparkasse Sparkassen Volksbank Volksbanken Montag Dienstag Mittwoch Donnerstag Freitag "
    "Samstag Sonntag Wochenende Anfang Ende Mitte Januar Februar März April Mai Juni Juli "
    "August September Oktober November Dezember Jahr Jahres Euro Millionen Milliarden Prozent "
    "Deutschland Österreich Schweiz Internet Netz Web Facebook Twitter Instagram YouTube "
    "Youtube TikTok LinkedIn Xing WhatsApp Snapchat Pinterest Mastodon Threads Bluesky Reddit "
    "Blog Podcast Ort Standort Markt Rande Start Zukunft Vergleich Umfrage Studie Landkreis "
    "Kreis Region Stadt Gemeinde Land Bilanz Kunden Kundinnen Geld Gelder Zinsen Gebühren "
    "Kredit Kredite Stellen Gewinn Gewinne Verlust Verluste Konto Konten Daten Videos Beiträge "
    "Informationen Fragen Antworten Tipps Angebote Produkte Preise Werbung Hilfe Geschichte "
    "Zahlen Einlagen Sparer Azubis Auszubildende Nachwuchs Personal Leute Menschen Jugendliche "
    "Senioren Firmen Unternehmen Vereine Spenden Nachrichten Schritt Schritte Weg Wege Zeit "
    "Platz Kontakt Wert Interesse Druck Anteile Aktien Mitglieder Dividende Ziel Ziele Zugang "
    "Einblick Einblicke Raum Abschied Fans Follower Inhalte Posts Fotos Bilder Filme Texte "
    "Briefe Post Karten Mut Angst Sorgen Erfolg Erfahrungen Bescheid Rede Stellung Anlass"
)
#: Endings of common nouns that are not place names ("Sparkasse Werbung").
_NOUN_ENDINGS = (
    "ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|nis|nisse|ment|ismus"
)
_ADJ_STOP = words(
    "Deutscher Neuer Alter Großer Kleiner Anderer Jeder Unser Ihrer Einer Keiner Aller "
    "Dieser Jener Welcher Mancher Regionaler Lokaler Örtlicher Öffentlicher Kommunaler "
    "Digitaler Typischer Klassischer Kritischer Praktischer Sogenannter Österreichischer "
    "Typische Typischen Klassische Klassischen Kritische Kritischen Praktische Praktischen "
    "Österreichische Österreichischen Europäische Europäischen Jüngster Letzter Erster Weiter "
    "Oder Aber Über Unter Hinter Wieder Immer Später Früher Vier Mehrer Ganzer"
)
_PLACEHOLDERS = {
    "{place}": (
        # after "Bad"/"St." a place follows ("Bad Salzungen": no noun-ending guard there);
        # "Bad" alone is no place
        rf"(?:(?:am|an der|Region) )?(?:(?:Bad|St\.|Sankt) ?(?!(?:{'|'.join(_STOP)})\b){_CAP}"
        rf"|(?!(?:{'|'.join(_STOP)}|Bad|Sankt)\b)"
        rf"(?![A-ZÄÖÜ][a-zäöüß]*(?:{_NOUN_ENDINGS})\b){_CAP})"
        rf"(?:[-/]{_CAP}|-[a-zäöü]+-{_CAP})*"
        r"(?: (?:Ost|West|Nord|Süd|Mitte|Nordwest|Südwest|Nordost|Südost))?"
    ),
    "{adj}": (
        rf"(?:St\. ?)?(?!(?:{'|'.join(_ADJ_STOP)})\b)[A-ZÄÖÜ][a-zäöüß]+"
        r"(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:er|ische|ischen|ischer)"
    ),
    "{name}": (
        rf"(?!(?:{'|'.join(_STOP)})\b)(?![A-ZÄÖÜ][a-zäöüß]*(?:{_NOUN_ENDINGS})\b)"
        rf"{_CAP}(?: & {_CAP})?"
    ),
}


def pattern_source(pattern: str) -> str:
    """The regular expression of a bank name pattern with ``{place}``/``{adj}``/``{name}``
    placeholders."""
    parts = re.split(r"(\{place\}|\{adj\}|\{name\})", pattern)
    body = "".join(_PLACEHOLDERS.get(p) or re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return rf"(?<![\w-]){body}(?![\w-])"


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """Compile a bank name pattern (:func:`pattern_source`)."""
    return re.compile(pattern_source(pattern))


@dataclass
class Lexicon:
    """Every rule, plus the false friends, boilerplate lines and bank-role contexts."""

    rules: list[Rule]
    false_friends: list[re.Pattern[str]]
    boilerplate: list[re.Pattern[str]]
    role_before: list[re.Pattern[str]]
    role_after: list[re.Pattern[str]]
    role_sentence: list[re.Pattern[str]]
    #: which rules / false friends can match a text (see ``prefilter``)
    rule_filter: Prefilter
    false_friend_filter: Prefilter
    #: use and market words around a network (``channel_terms.tsv``), one regex each
    use_terms: re.Pattern[str]
    market_terms: re.Pattern[str]
    banks: dict[str, dict[str, str]] = field(default_factory=dict)
    networks: dict[str, dict[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile every data file once."""
    rules: list[Rule] = []
    banks: dict[str, dict[str, str]] = {}
    for order, row in enumerate(read_table("banks.tsv")):
        banks[row["name"]] = row
        for alias in entry_aliases(row["name"], row["aliases"]):
            rules.append(alias_rule(alias, kind="bank", side="bank", name=row["name"], order=order))
    for order, row in enumerate(read_table("bank_patterns.tsv")):
        rules.append(
            Rule(
                kind="bank", side="bank", name=row["pattern"], folded=False, priority=1,
                regex=LazyRegex(pattern_source(row["pattern"])), order=order, pattern=True,
            )
        )  # fmt: skip
    networks: dict[str, dict[str, str]] = {}
    for order, row in enumerate(read_table("networks.tsv")):
        networks[row["name"]] = row
        context = re.compile(fold_pattern(row["context"]), re.I) if row["context"] else None
        for alias in entry_aliases(row["name"], row["aliases"]):
            rules.append(
                alias_rule(
                    alias, kind="network", side="social", name=row["name"],
                    weight=float(row["weight"]), order=order, context=context,
                )
            )  # fmt: skip
    for order, row in enumerate(read_table("topic_terms.tsv")):
        rules.append(
            Rule(
                kind="topic", side=row["side"], name=row["side"],
                regex=LazyRegex(fold_pattern(row["pattern"]), re.I), folded=True,
                weight=float(row["weight"]), priority=2, order=order,
            )
        )  # fmt: skip
    roles = read_table("bank_roles.tsv")

    def compiled(where: str) -> list[re.Pattern[str]]:
        return [re.compile(fold_pattern(r["pattern"]), re.I) for r in roles if r["where"] == where]

    false_friends = [re.compile(fold_pattern(p), re.I) for p in read_lines("false_friends.txt")]
    channel = read_table("channel_terms.tsv")

    def joined(kind: str) -> re.Pattern[str]:
        patterns = [fold_pattern(r["pattern"]) for r in channel if r["kind"] == kind]
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)

    return Lexicon(
        rules=rules,
        false_friends=false_friends,
        boilerplate=[re.compile(p, re.I) for p in read_lines("boilerplate.txt")],
        role_before=compiled("before"),
        role_after=compiled("after"),
        role_sentence=compiled("sentence"),
        rule_filter=Prefilter.build([(r.regex, FOLDED if r.folded else TEXT) for r in rules]),
        false_friend_filter=Prefilter.build([(p, FOLDED) for p in false_friends]),
        use_terms=joined("use"),
        market_terms=joined("market"),
        banks=banks,
        networks=networks,
    )
