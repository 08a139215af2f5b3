"""A generator of realistic German articles for benchmarks (``newsarchive bench``).

The articles are random but shaped like the archive's: German headlines, leads and
paragraphs about banks and social networks with inflected and compound forms
("Großbanken", "Sparkassenkunden", "Facebook-Seite"), a long tail of ordinary
vocabulary, several outlets, fifteen years of dates, bank and network lists. They are
written straight into a migrated archive in batches (much faster than one upsert per
article through :class:`newsarchive.archive.storage.Archive`), then the German search index is
built in one pass.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsarchive.archive import search, storage

#: Bump when the generated text changes, so cached benchmark archives are rebuilt.
GENERATOR_VERSION = 1

OUTLETS = [
    ("welt", "Welt Online"), ("handelsblatt", "Handelsblatt"), ("t3n", "t3n"),
    ("faz", "FAZ.NET"), ("sueddeutsche", "Süddeutsche Zeitung"), ("spiegel", "Der Spiegel"),
    ("zeit", "Zeit Online"), ("wiwo", "Wirtschaftswoche"), ("boersenzeitung", "Börsen-Zeitung"),
    ("finanz-szene", "Finanz-Szene"), ("heise", "heise online"), ("steadynews", "steadynews.de"),
]  # fmt: skip
SOURCES = [None, None, None, None, "dpa", "Reuters", "Welt Online", "AFP"]

BANKS = [
    ("Sparkasse", "Sparkassen", "Sparkassenkunden"),
    ("Deutsche Bank", "Deutschen Bank", "Deutsche-Bank-Chef"),
    ("Commerzbank", "Commerzbanken", "Commerzbank-Vorstand"),
    ("Postbank", "Postbank", "Postbank-Filialen"),
    ("ING", "ING", "ING-Kunden"),
    ("GLS Bank", "GLS Bank", "GLS-Bank-Sprecher"),
    ("N26", "N26", "N26-Gründer"),
    ("Volksbank", "Volksbanken", "Volksbankkunden"),
    ("DKB", "DKB", "DKB-App"),
    ("Hamburger Sparkasse", "Haspa", "Haspa-Filialen"),
    ("HypoVereinsbank", "HypoVereinsbank", "HVB-Berater"),
    ("Comdirect", "Comdirect", "Comdirect-Kunden"),
    ("Targobank", "Targobank", "Targobank-Werbung"),
    ("Triodos Bank", "Triodos Bank", "Triodos-Kunden"),
    ("Kreissparkasse Köln", "Kreissparkasse", "Kreissparkassen"),
    ("Berliner Volksbank", "Berliner Volksbank", "Volksbank-Mitarbeiter"),
]  # fmt: skip
BANK_WEIGHTS = [30, 22, 18, 8, 7, 5, 6, 10, 5, 3, 4, 3, 2, 2, 3, 2]
NETWORKS = [
    ("Facebook", "Facebook-Seite", "Facebookseite"),
    ("Twitter", "Twitter-Account", "Twitterkonto"),
    ("Instagram", "Instagram-Kanal", "Instagram-Posts"),
    ("YouTube", "YouTube-Videos", "Youtuber"),
    ("TikTok", "TikTok-Videos", "TikTok-Trends"),
    ("LinkedIn", "LinkedIn-Profil", "LinkedIn-Beiträge"),
    ("Xing", "Xing-Gruppe", "Xing-Profil"),
    ("WhatsApp", "WhatsApp-Kanal", "WhatsApp-Nachrichten"),
    ("Blog", "Unternehmensblog", "Corporate Blog"),
    ("Podcast", "Podcast-Folge", "Bankpodcast"),
]  # fmt: skip
NETWORK_WEIGHTS = [25, 20, 14, 12, 8, 8, 4, 5, 3, 2]

TITLES = [
    "{bank} entdeckt {net} für sich", "Warum die {bank2} auf {net} setzt",
    "Großbanken fürchten den Kontrollverlust in sozialen Netzwerken",
    "{bank}: Kunden beschweren sich auf {net}", "Banken nutzen gern soziale Netzwerke",
    "Shitstorm gegen die {bank2}", "{bank} startet {netc}", "Die Bank als Influencer",
    "Sparkassen wollen jünger werden", "Wie Geldhäuser um junge Kunden werben",
    "{bank} zieht sich von {net} zurück", "Bankmanager entdecken das Netzwerk",
    "Neue Strategie: {bank} investiert in {net}", "{netc} der {bank2} wird zum Erfolg",
]  # fmt: skip
LEADS = [
    "Immer mehr Banken entdecken soziale Medien als Kanal zu ihren Kunden.",
    "Die {bank2} will mit {netc} vor allem junge Leute erreichen.",
    "Kritiker sehen darin vor allem Werbung, Befürworter einen Dialog auf Augenhöhe.",
    "Der Bankmanager hält die sozialen Netzwerke für unverzichtbar.",
    "Für {bankc} ändert sich damit einiges.",
    "Das Institut reagiert auf die wachsende Konkurrenz durch Direktbanken und Fintechs.",
]  # fmt: skip
TOPICAL = [
    "Die {bank2} hat ihre {netc} im vergangenen Jahr deutlich ausgebaut.",
    "Auf {net} beantworten Mitarbeiter der {bank2} inzwischen Fragen von Kunden.",
    "Ein Sprecher der {bank2} sagte, man wolle den Dialog mit den Kunden suchen.",
    "{bankc} reagierten auf {net} deutlich gelassener als erwartet.",
    "Viele Großbanken fürchten, in sozialen Netzwerken die Kontrolle zu verlieren.",
    "Die Sparkassen setzen dagegen auf regionale Nähe, auch im Netz.",
    "Der Bankmanager räumt ein, dass die {netc} anfangs kaum Beachtung fand.",
    "Auf {netc} zählt die {bank} inzwischen mehrere tausend Follower.",
    "Beim Netzwerken auf {net} geht es weniger um Produkte als um Vertrauen.",
    "Verbraucherschützer warnen vor Datenschutzproblemen bei {net}.",
    "Die Bankenaufsicht beobachtet die Aktivitäten der Geldinstitute in sozialen Medien.",
    "Ein Shitstorm auf {net} kann einer Bank schnell schaden.",
    "Die {bank2} hat dafür ein eigenes Social-Media-Team aufgebaut.",
    "Der Vorstandschef der {bank2} zeigt sich regelmäßig auf {net}.",
    "Die Filialen der {bank2} werben auf {net} für neue Girokonten.",
    "Junge Kunden erwarten von ihrer Bank Antworten rund um die Uhr.",
]  # fmt: skip
SUBJECTS = [
    "Der Vorstand", "Die Finanzbranche", "Ein Analyst", "Die Aufsicht", "Das Unternehmen",
    "Der Konzern", "Die Verbraucherzentrale", "Ein Berater", "Die Geschäftsführung",
    "Der Verband", "Die Kundschaft", "Eine Studie", "Die Konkurrenz", "Der Markt",
]  # fmt: skip
VERBS = [
    "erwartet", "kritisiert", "beobachtet", "prüft", "begrüßt", "fordert", "plant",
    "bewertet", "unterstützt", "verschiebt", "beschleunigt", "diskutiert", "ändert",
]  # fmt: skip
ADJECTIVES = [
    "neue", "höhere", "digitale", "deutliche", "stärkere", "günstigere", "weitere",
    "umfassende", "regionale", "strengere", "einfachere", "moderne", "zusätzliche",
]  # fmt: skip
NOUNS = [
    "Gebühren", "Zinsen", "Regeln", "Angebote", "Filialen", "Kredite", "Investitionen",
    "Prozesse", "Kontrollen", "Kampagnen", "Dienstleistungen", "Produkte", "Konditionen",
    "Strukturen", "Umsätze", "Stellen", "Kosten", "Risiken", "Renditen", "Anlagen",
]  # fmt: skip
#: Compound heads and their plurals ("Kredit" + "markt" → "Kreditmärkte").
HEADS = {"Geschäft": "Geschäfte", "Markt": "Märkte", "Politik": "Politik", "Modell": "Modelle",
         "Bericht": "Berichte", "Zahl": "Zahlen", "Plan": "Pläne", "Ziel": "Ziele",
         "Quote": "Quoten", "Frage": "Fragen", "Lage": "Lage", "Wert": "Werte",
         "Programm": "Programme", "Projekt": "Projekte", "Gruppe": "Gruppen"}  # fmt: skip
MODIFIERS = ["Kredit", "Zins", "Immobilien", "Energie", "Export", "Steuer", "Wachstum",
             "Personal", "Handel", "Verkehr", "Klima", "Rente", "Miet", "Strom", "Lohn",
             "Industrie", "Kunden", "Finanz", "Technik", "Haushalt"]  # fmt: skip
CONTEXT = [
    "{subject} {verb} {adj} {noun}.",
    "{subject} {verb} die {mod}{head2} für das laufende Jahr.",
    "Im {mod}{head} sieht {subject2} {adj} {noun}.",
    "Nach Angaben aus {mod}kreisen gab es {adj} {noun} im {mod}{head}.",
    "Für {noun} im {mod}{head} gilt das nicht.",
    "{subject} rechnet mit {adj} {noun} im {year2}.",
]  # fmt: skip


def _fill(template: str, rng: random.Random, bank: tuple[str, str, str],
          net: tuple[str, str, str]) -> str:  # fmt: skip
    mod = rng.choice(MODIFIERS)
    head = rng.choice(list(HEADS))
    return template.format(
        bank=bank[0], bank2=bank[1], bankc=bank[2], net=net[0], netc=net[rng.choice((1, 2))],
        subject=rng.choice(SUBJECTS), subject2=rng.choice(SUBJECTS).lower(),
        verb=rng.choice(VERBS), adj=rng.choice(ADJECTIVES), noun=rng.choice(NOUNS),
        mod=mod, head=head.lower(), head2=HEADS[head].lower(),
        year2=rng.choice(("Jahr", "Quartal", "Halbjahr", "Winter", "Sommer")),
    )  # fmt: skip


def generate_articles(count: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``count`` article rows (``articles`` columns), deterministic for a seed."""
    rng = random.Random(seed)
    for n in range(count):
        site, site_name = rng.choice(OUTLETS)
        banks = list(dict.fromkeys(rng.choices(BANKS, BANK_WEIGHTS, k=rng.randint(1, 3))))
        nets = list(dict.fromkeys(rng.choices(NETWORKS, NETWORK_WEIGHTS, k=rng.randint(1, 3))))
        bank, net = banks[0], nets[0]
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            sentences = []
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.45:
                    template = rng.choice(TOPICAL)
                    b, nt = rng.choice(banks), rng.choice(nets)
                else:
                    template, b, nt = rng.choice(CONTEXT), bank, net
                sentences.append(_fill(template, rng, b, nt))
            paragraphs.append(" ".join(sentences))
        year = rng.randint(2009, 2024)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}T{rng.randint(6, 22):02d}:00:00+01:00"
        body = "\n\n".join(paragraphs)
        lead = _fill(rng.choice(LEADS), rng, bank, net)
        yield {
            "url": f"https://{site}.example/{year}/{month:02d}/artikel-{n}.html",
            "site": site, "site_name": site_name, "fetched_url": "",
            "title": _fill(rng.choice(TITLES), rng, bank, net), "lead": lead, "body": body,
            "authors": json.dumps(rng.sample(["Anna Berg", "Jonas Weber", "Lea Schulz",
                                              "Paul Fischer", "Mia Wagner"], rng.randint(0, 2))),
            "agencies": "[]", "published": published, "modified": None,
            "year": year, "month": f"{year}-{month:02d}", "language": "de",
            "section": rng.choice(["Finanzen", "Wirtschaft", "Digital", "Unternehmen"]),
            "tags": "[]", "top_image": None, "paywalled": int(rng.random() < 0.2),
            "word_count": len(lead.split()) + len(body.split()), "source": rng.choice(SOURCES),
            "fetched_at": "2024-06-01T00:00:00+00:00", "content_hash": f"{n:040x}",
            "archive_url": None, "archived_at": None, "relevance": round(rng.random(), 2),
            "banks": json.dumps([b[0] for b in banks], ensure_ascii=False),
            "networks": json.dumps([x[0] for x in nets], ensure_ascii=False), "evidence": "[]",
        }  # fmt: skip


def build(path: str | Path, count: int, seed: int = 1, batch: int = 5000) -> dict[str, float]:
    """Write ``count`` generated articles into a new archive at ``path``; returns timings."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    db = storage.open_db(path)
    db.execute("PRAGMA synchronous = OFF")
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        with db.atomic():
            db.table("articles").insert_all(rows, batch_size=500)
            for kind in ("banks", "networks"):
                column = kind[:-1]
                links = [(r["url"], name) for r in rows for name in json.loads(r[kind])]
                db.table(kind).insert_all(({"name": n} for _, n in links), ignore=True)
                db.table(f"article_{kind}").insert_all(
                    ({"article_url": u, column: n} for u, n in links), ignore=True
                )
        rows.clear()

    for row in generate_articles(count, seed):
        rows.append(row)
        if len(rows) >= batch:
            flush()
    flush()
    written = time.perf_counter()
    with db.atomic():
        search.rebuild(db)
    indexed = time.perf_counter()
    db.execute("PRAGMA optimize")
    db.close()
    return {"articles": written - started, "search_index": indexed - written}
