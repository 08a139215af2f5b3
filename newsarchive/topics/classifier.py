"""Is an article about banks and social media? Relevance scoring and entity tagging.

The archive's subject has two sides: banks and financial institutions (in Germany,
Austria and Switzerland) and social networks / online communication with customers.
:func:`classify` scores an article 0-1 from its title, lead and body:

1. Boilerplate lines (share buttons, "Folgen Sie uns auf ...", navigation bars) are
   removed, false friends ("Parkbank", "Datenbank", "durch die Bank") blanked out.
2. Named banks (``data/banks.tsv``, ``data/bank_patterns.tsv``), named networks
   (``data/networks.tsv``) and generic terms of either side (``data/topic_terms.tsv``)
   are matched on umlaut-folded text, with German inflection and compounds.
3. Each side gets a strength from its weighted mentions (title x2, lead x1.5; a bank
   quoted only as an analyst source counts little, ``data/bank_roles.tsv``).
   Relevance combines the weaker side, the sentences where both sides meet and how
   much of the text each side covers: an article on bank results with a Twitter
   button, or on Facebook's earnings quoting a bank's analyst, stays low.

All lexicons are data files; see the comment header of each for its format.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsarchive.extract.data import INVISIBLE

DATA_DIR = Path(__file__).parent / "data"

#: Relevance at or above which an article is kept (``ARCHIVE_RELEVANCE_THRESHOLD``).
DEFAULT_THRESHOLD = 0.5
#: Multipliers for mentions in the title and the lead.
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
#: Weight of a bank mentioned only as a source (analyst, study, underwriter).
ROLE_WEIGHT = 0.3
#: Weighted mentions at which a side's strength reaches 1 - 1/e.
SATURATION = 2.0
#: Share of sentences a side should cover for full "focus".
FOCUS_SHARE = 0.2
#: How the three parts add up to the relevance score.
W_STRENGTH, W_COOCCUR, W_FOCUS = 0.5, 0.3, 0.2
#: Evidence items kept per article (co-occurring sentences and entities first).
MAX_EVIDENCE = 30
#: Longest sentence text kept in an evidence item.
MAX_SENTENCE = 400

_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}
_FOLD_UPPER = {"Ä": "ae", "Ö": "oe", "Ü": "ue"}


def _words(text: str) -> list[str]:
    """The white-space separated words of ``text`` (for word lists kept readable)."""
    return text.split()


_GERMAN = frozenset(
    _words(
        "der die das und ist nicht mit von zu den auch sich des ein eine für auf im dem werden "
        "es bei hat als wie sind wird noch nach aus oder wir ihre über dass kann haben nur vor "
        "zum zur einen einem einer sein war wenn aber schon mehr sie er ich wurde wurden"
    )
)
_ENGLISH = frozenset(
    _words(
        "the and of to is that for with on are by this it be from at have has its their which "
        "not or they but been about would there were what when who into than"
    )
)


# --- Text folding -----------------------------------------------------------------


def fold(text: str) -> tuple[str, list[int]]:
    """Lower-case ``text`` and spell umlauts and ß out (ä -> ae, ß -> ss).

    Returns the folded text and, for each of its characters, the index of the
    character in ``text`` it came from, so matches map back to the original.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        low = _FOLD.get(ch) or _FOLD_UPPER.get(ch) or ch.lower()
        if len(low) != 1 and ch not in _FOLD and ch not in _FOLD_UPPER:
            low = ch  # lower() that changes length (rare): keep the character
        out.append(low)
        index.extend([i] * len(low))
    return "".join(out), index


def fold_pattern(pattern: str) -> str:
    """Spell umlauts out in a regular expression meant for folded text."""
    for src, dst in (*_FOLD.items(), *_FOLD_UPPER.items()):
        pattern = pattern.replace(src, dst)
    return pattern


# --- Data files -----------------------------------------------------------------------


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
    regex: re.Pattern[str]
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
        return Rule(regex=re.compile(fold_pattern(alias[3:]), re.I), folded=True, **kwargs)
    if alias.startswith("re="):
        return Rule(regex=re.compile(alias[3:]), folded=False, **kwargs)
    sensitive = alias.startswith("=")
    alias = alias.lstrip("=")
    head = r"\w*" if alias.startswith("*") else ""
    tail = r"\w*" if alias.endswith("*") else ""
    core = alias.strip("*")
    body = _word_pattern(core, folded=not sensitive)
    regex = rf"(?<![\w]){head}{body}{tail}(?![\w])"
    if sensitive:
        return Rule(regex=re.compile(regex), folded=False, **kwargs)
    return Rule(regex=re.compile(regex, re.I), folded=True, **kwargs)


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
_STOP = _words(
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
_ADJ_STOP = _words(
    "Deutscher Neuer Alter Großer Kleiner Anderer Jeder Unser Ihrer Einer Keiner Aller "
    "Dieser Jener Welcher Mancher Regionaler Lokaler Örtlicher Öffentlicher Kommunaler "
    "Digitaler Typischer Klassischer Kritischer Praktischer Sogenannter Österreichischer "
    "Typische Typischen Klassische Klassischen Kritische Kritischen Praktische Praktischen "
    "Österreichische Österreichischen Europäische Europäischen Jüngster Letzter Erster Weiter "
    "Oder Aber Über Unter Hinter Wieder Immer Später Früher Vier Mehrer Ganzer"
)
_PLACEHOLDERS = {
    "{place}": (
        rf"(?:(?:am|an der|Region) )?(?:(?:Bad|St\.|Sankt) ?)?(?!(?:{'|'.join(_STOP)})\b)"
        rf"(?![A-ZÄÖÜ][a-zäöüß]*(?:{_NOUN_ENDINGS})\b){_CAP}"
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


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """Compile a bank name pattern with ``{place}``/``{adj}``/``{name}`` placeholders."""
    parts = re.split(r"(\{place\}|\{adj\}|\{name\})", pattern)
    body = "".join(_PLACEHOLDERS.get(p) or re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])")


@dataclass
class Lexicon:
    """Every rule, plus the false friends, boilerplate lines and bank-role contexts."""

    rules: list[Rule]
    false_friends: list[re.Pattern[str]]
    boilerplate: list[re.Pattern[str]]
    role_before: list[re.Pattern[str]]
    role_after: list[re.Pattern[str]]
    role_sentence: list[re.Pattern[str]]
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
                kind="bank", side="bank", name=row["pattern"], regex=pattern_regex(row["pattern"]),
                folded=False, priority=1, order=order, pattern=True,
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
                regex=re.compile(fold_pattern(row["pattern"]), re.I), folded=True,
                weight=float(row["weight"]), priority=2, order=order,
            )
        )  # fmt: skip
    roles = read_table("bank_roles.tsv")

    def compiled(where: str) -> list[re.Pattern[str]]:
        return [re.compile(fold_pattern(r["pattern"]), re.I) for r in roles if r["where"] == where]

    return Lexicon(
        rules=rules,
        false_friends=[re.compile(fold_pattern(p), re.I) for p in read_lines("false_friends.txt")],
        boilerplate=[re.compile(p, re.I) for p in read_lines("boilerplate.txt")],
        role_before=compiled("before"),
        role_after=compiled("after"),
        role_sentence=compiled("sentence"),
        banks=banks,
        networks=networks,
    )


# --- Text preparation ---------------------------------------------------------------

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\t"), " ")
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
_NAV_SEPARATORS = re.compile(r"\s*[|·•]\s*")


def normalize(text: str) -> str:
    """NFC, no soft hyphens or odd spaces, words broken at a line end joined again."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.translate(INVISIBLE).translate(_SPACES).translate(_HYPHENS)
    text = re.sub(r"(\w)-[ ]*\n[ ]*([a-zäöüß])", r"\1\2", text)  # Spar-\nkasse
    return re.sub(r"(\w)-[ ]*\n[ ]*([A-ZÄÖÜ])", r"\1-\2", text)  # Social-\nMedia


def _boilerplate_item(text: str) -> bool:
    return len(text) <= 240 and any(p.fullmatch(text) for p in lexicon().boilerplate)


def is_boilerplate(line: str) -> bool:
    """Whether a line is a share bar, a "follow us" line or a navigation bar.

    A line of items separated by "|", "·" or "•" is boilerplate when it has three or more
    short items (a navigation bar) or when every item is boilerplate by itself
    ("Mehr zum Thema | Artikel teilen: Facebook, X").
    """
    line = line.strip()
    if not line:
        return True
    if _boilerplate_item(line):
        return True
    items = [i for i in _NAV_SEPARATORS.split(line) if i]
    if len(items) >= 3 and all(len(i.split()) <= 4 for i in items):
        return True
    return len(items) >= 2 and all(_boilerplate_item(i) for i in items)


def strip_boilerplate(text: str) -> str:
    """The text without boilerplate lines."""
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


_ABBREVIATIONS = frozenset(
    _words(
        "z.b u.a d.h bzw ca dr prof nr st vgl ggf inkl usw etc mio mrd bzw sog evtl jh jr "
        "abs art hr fr mr dipl ing str tel u.ä o.ä s.o v.a"
    )
)
_SPLIT = re.compile(r"(?<=[.!?…])[\"'“”»«)]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text`` (lines split too)."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for split in _SPLIT.finditer(line.group()):
            before = line.group()[: split.start()].rstrip(".!?…\"'“”»«)")
            last = re.split(r"\s", before)[-1].lower() if before else ""
            if last in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}|[a-zäöü]", last):
                continue  # "z.B. Die", "am 3. Mai", "Johann S. Bach"
            end = line.start() + split.start()
            if text[start:end].strip():
                yield start, end
            start = line.start() + split.end()
        if text[start : line.end()].strip():
            yield start, line.end()


def is_german(text: str) -> bool:
    """Whether ``text`` reads as German (function-word counts; short texts pass)."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    german = sum(w in _GERMAN for w in words)
    english = sum(w in _ENGLISH for w in words)
    if len(words) < 20:
        return not (english >= 3 and english > 2 * german)
    return german >= max(2, 0.04 * len(words)) and english <= 1.5 * german


# --- Matching ---------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One accepted match in one field."""

    rule: Rule
    field: str  #: title, lead or body
    sentence: int  #: index into the field's sentence list
    start: int
    end: int
    term: str
    name: str
    weight: float


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


_LEFT_PART = re.compile(r"(?:\w+-)+$")
_RIGHT_PART = re.compile(r"^\w*(?:-\w+)*")


def _whole_word(text: str, start: int, end: int) -> str:
    """The matched text widened to its whole hyphen compound ("Facebook-Seite")."""
    before = text[max(0, start - 60) : start]
    left = _LEFT_PART.search(before) if before.endswith("-") else None
    right = _RIGHT_PART.match(text[end : end + 60])
    start -= len(before) - left.start() if left else 0
    return text[start : end + (right.end() if right else 0)]


def _pattern_name(term: str) -> str:
    name = re.sub(r"\s+", " ", term).strip()
    return re.sub(r"\b([A-ZÄÖÜ]\w*isch)e[nr]\b", r"\1e", name)


def find_mentions(text: str, field_name: str, article_folded: str) -> list[Mention]:
    """Banks, networks and topic terms in one field's (prepared) text."""
    lex = lexicon()
    folded, index = fold(text)
    spans = [
        (index[m.start()], index[m.end() - 1] + 1)
        for p in lex.false_friends
        for m in p.finditer(folded)
        if m.end() > m.start()
    ]
    if spans:
        text = _blank(text, spans)
        folded, index = fold(text)
    candidates: list[tuple[int, int, Rule]] = []
    for rule in lex.rules:
        if rule.context is not None and not rule.context.search(article_folded):
            continue
        haystack = folded if rule.folded else text
        for m in rule.regex.finditer(haystack):
            s, e = m.span("t") if "t" in rule.regex.groupindex else m.span()
            if e <= s:
                continue
            if rule.folded:
                s, e = index[s], index[e - 1] + 1
            candidates.append((s, e, rule))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2].priority, c[2].order, c[0]))
    taken = bytearray(len(text) + 1)
    bounds = list(sentences(text))
    starts = [b[0] for b in bounds]
    to_folded = [0] * (len(text) + 1)  # original offset -> first folded offset
    to_folded[len(text)] = len(folded)
    for position in range(len(index) - 1, -1, -1):
        to_folded[index[position]] = position
    mentions: list[Mention] = []
    for s, e, rule in candidates:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        term = _whole_word(text, s, e)
        sentence = max(0, bisect_right(starts, s) - 1)
        weight = rule.weight
        if rule.side == "bank":
            ss, se = (to_folded[i] for i in (bounds[sentence] if bounds else (0, len(text))))
            fs, fe = to_folded[s], to_folded[e]
            if _source_role(folded[ss:fs], folded[fe:se], folded[ss:se]):
                weight = min(weight, ROLE_WEIGHT)
        name = _pattern_name(text[s:e]) if rule.pattern else rule.name
        mentions.append(Mention(rule, field_name, sentence, s, e, term, name, weight))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _source_role(before: str, after: str, sentence: str) -> bool:
    lex = lexicon()
    return (
        any(p.search(before[-80:]) for p in lex.role_before)
        or any(p.search(after[:40]) for p in lex.role_after)
        or any(p.search(sentence) for p in lex.role_sentence)
    )


# --- Scoring ----------------------------------------------------------------------


@dataclass
class Classification:
    """The verdict on one article."""

    relevance: float
    relevant: bool
    banks: list[str]
    networks: list[str]
    evidence: list[dict[str, Any]]
    reason: str = ""  #: why: ``relevant``, ``not-german``, ``no-bank``, ``no-social``, ``weak``

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "relevance": self.relevance,
            "relevant": self.relevant,
            "banks": self.banks,
            "networks": self.networks,
            "evidence": self.evidence,
            "reason": self.reason,
        }


def _saturate(value: float) -> float:
    return 1.0 - math.exp(-value / SATURATION)


def score(fields: dict[str, tuple[list[tuple[int, int]], list[Mention]]]) -> float:
    """Relevance 0-1 from the mentions of each field (see the module docstring)."""
    multiplier = {"title": TITLE_WEIGHT, "lead": LEAD_WEIGHT, "body": 1.0}
    total = {"bank": 0.0, "social": 0.0}
    covered = {"bank": 0, "social": 0}
    cooccur = 0.0
    n_sentences = 0
    for name, (bounds, mentions) in fields.items():
        n_sentences += len(bounds)
        per_sentence: dict[int, dict[str, float]] = {}
        for m in mentions:
            total[m.rule.side] += m.weight * multiplier[name]
            side = per_sentence.setdefault(m.sentence, {"bank": 0.0, "social": 0.0})
            side[m.rule.side] = max(side[m.rule.side], m.weight)
        for i, sides in per_sentence.items():
            for key in ("bank", "social"):
                covered[key] += sides[key] >= 0.4
            if sides["bank"] > 0 and sides["social"] > 0:
                cooccur += min(sides["bank"], sides["social"])
            elif sides["bank"] or sides["social"]:
                other = "social" if sides["bank"] else "bank"
                neighbour = per_sentence.get(i + 1, {}).get(other, 0.0)
                if neighbour:
                    cooccur += 0.5 * min(neighbour, sides["bank"] or sides["social"])
    strength = min(_saturate(total["bank"]), _saturate(total["social"]))
    focus = min(1.0, min(covered.values()) / max(1.0, FOCUS_SHARE * n_sentences))
    together = 1.0 - math.exp(-cooccur / 1.5)
    return round(W_STRENGTH * strength + W_COOCCUR * together + W_FOCUS * focus, 3)


def _evidence(
    fields: dict[str, tuple[list[tuple[int, int]], list[Mention]]], texts: dict[str, str]
) -> list[dict[str, Any]]:
    items: list[tuple[int, dict[str, Any]]] = []
    seen: set[tuple[str, str, str, int]] = set()
    for name, (bounds, mentions) in fields.items():
        sides_by_sentence: dict[int, set[str]] = {}
        for m in mentions:
            sides_by_sentence.setdefault(m.sentence, set()).add(m.rule.side)
        for m in mentions:
            key = (m.name, m.rule.kind, name, m.sentence)
            if key in seen:
                continue
            seen.add(key)
            start, end = bounds[m.sentence] if bounds else (0, len(texts[name]))
            sentence = texts[name][start:end].strip()
            if len(sentence) > MAX_SENTENCE:
                sentence = sentence[: MAX_SENTENCE - 1].rstrip() + "…"
            rank = (len(sides_by_sentence[m.sentence]) < 2) * 2 + (m.rule.kind == "topic")
            items.append(
                (
                    rank,
                    {
                        "kind": m.rule.kind if m.rule.kind != "topic" else "topic",
                        "side": m.rule.side,
                        "term": m.term,
                        "name": m.name if m.rule.kind != "topic" else m.term.lower(),
                        "field": name,
                        "sentence": sentence,
                    },
                )
            )
    items.sort(key=lambda item: item[0])
    return [item for _, item in items[:MAX_EVIDENCE]]


def tag_banks(names: set[str]) -> list[str]:
    """Sorted bank names, without a short name that a longer one found extends.

    "Die Sparda-Bank" in a lead and "Die Sparda-Bank West" in the body are one bank: the
    regional name (from a name pattern) is kept, the group name dropped.
    """
    return sorted(n for n in names if not any(o.startswith(n + " ") for o in names))


def tag_networks(names: set[str]) -> list[str]:
    """Sorted network names, without those ``within`` a more specific one also found."""
    rows = lexicon().networks
    return sorted(n for n in names if rows.get(n, {}).get("within", "") not in names)


def classify(
    title: str = "", lead: str = "", body: str = "", *, threshold: float = DEFAULT_THRESHOLD
) -> Classification:
    """Score an article for the archive's subject and tag its banks and networks."""
    texts = {
        name: strip_boilerplate(normalize(value))
        for name, value in (("title", title), ("lead", lead), ("body", body))
    }
    full = "\n".join(texts.values())
    if not full.strip():
        return Classification(0.0, False, [], [], [], "empty")
    article_folded = fold(full)[0]
    fields: dict[str, tuple[list[tuple[int, int]], list[Mention]]] = {}
    for name, text in texts.items():
        fields[name] = (list(sentences(text)), find_mentions(text, name, article_folded))
    mentions = [m for _, ms in fields.values() for m in ms]
    banks = tag_banks({m.name for m in mentions if m.rule.kind == "bank"})
    networks = tag_networks({m.name for m in mentions if m.rule.kind == "network"})
    evidence = _evidence(fields, texts)
    if not is_german(full):
        return Classification(0.0, False, banks, networks, evidence, "not-german")
    relevance = score(fields)
    sides = {m.rule.side for m in mentions}
    if relevance >= threshold:
        reason = "relevant"
    elif "bank" not in sides:
        reason = "no-bank"
    elif "social" not in sides:
        reason = "no-social"
    else:
        reason = "weak"
    return Classification(relevance, relevance >= threshold, banks, networks, evidence, reason)
