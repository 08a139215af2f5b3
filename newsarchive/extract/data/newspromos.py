"""Data for the body's lines: what a news site prints in its text besides the story (its
reading aids, offers, promos and standing notes), read into
:data:`~.bodylines.BOILERPLATE_LINE` (short lines) and :data:`~.bodylines.NOTICE_LINE` (any
length), and the publisher's appeal for support closing the text. The promos and notes
were found by a battery of invented news pages in the twenty-seventh session (issue 11);
the blind sets de_full4 and de_full6 carry the mistake prompt too."""

from __future__ import annotations

import re

#: Short promo lines, matched at a line's start: the audio player's label ("Diesen Artikel
#: vorlesen lassen", "Artikel anhören", "Vorlesen"), the paywall's and the metered wall's
#: offers ("Lesen Sie jetzt weiter mit Tagesblatt+", "Jetzt 4 Wochen gratis testen", "Sie
#: haben noch 3 kostenlose Artikel"), the app's promo ("Mehr News gibt es in unserer App"),
#: the comment login's prompt ("Sie möchten diesen Artikel kommentieren?") and the home link
#: ("Zur Startseite").
NEWS_PROMO = (
    r"(?:(?:diesen |den )?(?:artikel|beitrag) (?:jetzt )?(?:anhören|vorlesen(?: lassen)?)|"
    r"vorlesen$|lesen sie (?:jetzt|gleich) weiter\b|"
    # a paywall's button ("Jetzt weiterlesen mit AMZ+"; session 53, read on de_full239/243)
    r"jetzt (?:\w+ )?weiterlesen\b|"
    r"jetzt (?:\d+ (?:wochen|monate) )?(?:gratis|kostenlos|für \d+\s?(?:€|euro)) "
    r"(?:testen|lesen)\b|"
    r"sie haben (?:noch )?\d+ (?:kostenlose|freie|gratis) (?:artikel|beiträge)\b|"
    r"(?:mehr|alle) (?:news|nachrichten) (?:gibt es |finden sie |lesen sie )?"
    r"in unserer (?:\w+ )?app\b|"
    r"(?:sie möchten|möchten sie) (?:diesen (?:artikel|beitrag) |hier )?kommentieren\b|"
    r"zur(?:ück zur)? startseite$|"
    # (twenty-eighth session, read on de_full63) the follow prompt naming the paper or the
    # team and a channel ("Folgen Sie dem Tagblatt jetzt auch auf WhatsApp"), the
    # newsletter's pitch by its rhythm ("Einmal pro Woche alles Wichtige aus …", "Jeden
    # Freitag das Wichtigste …")
    r"(?:[\w ,.'’-]{1,40}:\s*)?"  # a label before the next two ("WhatsApp-Kanal: …")
    r"(?:folge[nt]? (?:sie |du )?(?:dem|der|den|uns|unserem|unserer) .{0,60}?\bauf "
    r"(?:whatsapp|instagram|facebook|x|twitter|telegram|linkedin|threads|bluesky|tiktok|"
    r"youtube|google news|mastodon)\b|"
    # … and a channel's call in the du-form without the network ("Folge Kurzgeld für mehr
    # Finanzwissen in 60 Sekunden!", "Folge uns!": a Web Story's outro; session 34,
    # de_full105)
    r"folge \S+ für mehr\b|folg(?:e|t) uns\b|"
    r"(?:einmal (?:pro|die|in der) woche|jeden (?:morgen|abend|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)|täglich|wöchentlich) (?:alles wichtige|das "
    r"wichtigste|die wichtigsten)\b))"
)
#: Notes of any length, matched at a line's start: the prompt to report a mistake ("Fehler
#: gefunden? Dann markieren Sie …", "Haben Sie einen Fehler entdeckt? Schreiben Sie uns",
#: "Ist Ihnen ein Fehler im Text aufgefallen?") and the note that the text was made or
#: translated with AI ("Dieser Text wurde mit Unterstützung von KI erstellt …", "Mit KI
#: übersetzt"); a sentence of the story ("Die Bank hat einen Fehler gefunden") does not open so.
NEWS_NOTICE = (
    r"(?:(?:haben sie |ist ihnen )?(?:einen |ein )?(?:tipp|rechtschreib)?fehler "
    r"(?:im (?:text|artikel|beitrag) )?(?:gefunden|entdeckt|bemerkt|aufgefallen)\s*\?|"
    r"(?:dieser|der) (?:artikel|text|beitrag) wurde (?:[\w-]+ ){0,4}"
    r"(?:ki|künstlicher intelligenz|ki-tools?|einer ki)\b|"
    r"(?:mit|von einer|durch) (?:ki|künstlicher intelligenz) (?:übersetzt|erstellt|generiert)\b|"
    # (twenty-eighth session, read on de_full63) the tip line ("Sie haben Hinweise? Schreiben
    # Sie uns vertraulich", "Kontaktieren Sie unser Team vertraulich über Signal") and the
    # print edition's note; a correction or update note stays (en_c and en_d keep theirs)
    r"(?:[\w ,.'’-]{1,40}:\s*|[^?]{1,60}\?\s*)?(?:"  # a label or a question before it
    r"(?:sie haben|haben sie) (?:hinweise|informationen|einen (?:hinweis|tipp))\b|"
    r"(?:kontaktieren|schreiben) sie (?:uns|unser\w* [\w-]+) (?:\w+ )?vertraulich\b|"
    r"(?:dieser|der) (?:artikel|text|beitrag) erschien (?:zuerst|erstmals) in der "
    r"(?:print|gedruckten )?ausgabe\b))"
)
#: Notes of any length, matched at a line's start, on how this version of the text was made
#: or which version binds (issue 11, session 57: read on de_full364, de_full370, de_full376,
#: en_ct and en_cu, whose judges list them as no text, as de_full126's and de_full4's do the
#: transcript's): "Diese Anfrage wurde automatisch aus dem PDF der Drucksache extrahiert.",
#: "Die HTML-Fassung wird automatisch aus der Drucksache erzeugt.", "Dieses Transkript wurde
#: automatisch erstellt …", "This article was automatically translated from German.",
#: "Rechtsverbindlich ist allein die … PDF-Fassung.", "This is a translation of the German
#: press release. Only the German version … is legally binding.". The subject is this text,
#: its version or its transcript, so a sentence about software ("Die App erzeugt
#: automatisch …") stays.
VERSION_NOTICE = (
    r"(?:(?:dieses?|diese|das|die|der) (?:[\w-]+ )?(?:transkript|anfrage|[\w-]*fassung|version|"
    r"übersetzung|seite|artikel|text|beitrag) (?:wurde|wird|ist) (?:[\w-]+ ){0,6}?"
    r"(?:automatisch|maschinell)\b|"
    r"(?:this|the) (?:[\w-]+ ){0,2}?(?:article|text|page|post|transcript|translation|version|"
    r"press release) (?:was|is|has been) (?:[\w-]+ ){0,4}?(?:automatically|machine)[- ]|"
    r"(?:rechts)?verbindlich ist (?:allein|nur|ausschließlich) die\b|"
    r"only the \w+ (?:version|text)\b[^.]{0,60}\bis (?:legally )?binding|"
    r"this is (?:an? )?(?:[\w-]+ )?translation of (?:the|an?|our) |"
    # (session 67, read on dates_hx and dates_hy) where another language's version is: "Diese
    # Meldung gibt es auch auf Türkisch", "Dieser Beitrag ist in vier Sprachen erschienen", "Die
    # englische Fassung dieses Beitrags … ist … erschienen", "This article is also available
    # in English" (such a note around a link to that version: :mod:`~.langnotes`)
    r"(?:diese[nrs]?|das) (?:meldung|artikel|beitrag|text|nachricht|interview|seite) gibt es "
    r"(?:auch|ebenfalls) (?:auf|in) \w+|(?:diese[rs]?|das|der) (?:meldung|artikel|beitrag|text|"
    r"nachricht|interview|seite) (?:ist|wurde) (?:auch |ebenfalls )?(?:auf|in) (?:[\w-]+ ){1,2}"
    r"(?:erschienen|verfügbar|abrufbar|zu lesen|veröffentlicht)\b|die [\w-]+e (?:fassung|version|"
    r"übersetzung) (?:dieses|des) (?:beitrags|artikels|textes|interviews)\b|"
    r"this (?:article|post|story|page|text|interview) is (?:also )?available in \w+)"
)
#: The publisher's appeal for support closing the text ("Gefällt dir unser Magazin? …",
#: "… brauchen wir deine Unterstützung", "Wir finanzieren uns durch Spenden und Abos",
#: "Support independent journalism"): in the second half of the body, a paragraph of up to
#: :data:`~.bodylines.NOTICE_MAX_CHARS` that matches it and every paragraph after it leave the body
#: (the appeal's box, its buttons and thanks follow it).
SUPPORT_APPEAL = re.compile(
    r"^gefällt (?:dir|ihnen|euch) (?:unser|unsere)\b|"
    r"\b(?:brauchen|benötigen) wir (?:dringend )?(?:deine|eure|ihre) (?:unterstützung|hilfe)\b|"
    r"\bunterstützen? (?:sie )?(?:uns|unsere arbeit|unseren journalismus|unabhängigen "
    r"journalismus)\b|\bwir finanzieren uns (?:\w+ )?(?:durch|über|aus|mit)\b|"
    r"\bzahl['‘’]? ich(?: freiwillig)?\b|\b(?:online-?|guter )?journalismus kostet\b|"
    r"\bsupport (?:our|independent|quality) journalism\b|"
    r"\bbecome a (?:member|supporter|subscriber|patron)\b|"
    r"\bwe (?:rely|depend) on (?:our )?(?:readers|reader support|donations)\b",
    re.IGNORECASE,
)
#: Literal words one of which each branch of :data:`SUPPORT_APPEAL` needs (lower case): a
#: line without any is not tried (:func:`~newsarchive.extract.text.may_hold`).
SUPPORT_APPEAL_WORDS = (
    "gefällt ", "brauchen wir", "benötigen wir", "unterstütz", "finanzieren uns", "zahl",
    "journalismus kostet", "support ", "become a ", "we rely", "we depend",
)  # fmt: skip
