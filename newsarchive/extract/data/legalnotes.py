"""Data for the standing legal and regulatory notes a page prints under its text
(:func:`~newsarchive.extract.legalnotes.is_legal_note`): a bank's, a broker's or an
investment writer's fine print, never the article's own words."""

from __future__ import annotations

import re

#: A legal or regulatory note, read at a line's start wherever the line stands:
#: - a liability waiver: "Alle Angaben ohne Gewähr.", "Angaben ohne Gewähr", "Alle Kurse ohne
#:   Gewähr", "Irrtümer und Änderungen vorbehalten";
#: - the investment warning: "Die Wertentwicklung der Vergangenheit ist kein verlässlicher
#:   Indikator …", "Past performance is no guarantee of future results.", "… is not a
#:   reliable indicator …";
#: - an opinion piece's note: "The views expressed are the author's own …", "Views expressed
#:   here are solely those of the writer";
#: - a US lender's marks: "Member FDIC.", "Equal Housing Lender.", "Federally insured by
#:   NCUA.";
#: - an investment writer's disclosure: "Disclosure: I own no shares …", its label alone
#:   ("Analyst's Disclosure:"), "I/we have no stock, option or similar derivative position …";
#: - a German issuer's or bank's notes (session 33, de_full98): forward-looking statements
#:   ("Diese Mitteilung enthält zukunftsgerichtete Aussagen …"), the ad hoc release's
#:   restriction ("NICHT ZUR VERÖFFENTLICHUNG, VERBREITUNG ODER WEITERGABE …"), no offer
#:   ("Diese Veröffentlichung stellt weder ein Angebot … dar"), marketing marks ("Dies ist
#:   eine Werbemitteilung …", "*Werbehinweis: …"), an interview's or guest's views ("Die im
#:   Interview geäußerten Meinungen sind die der …");
#: - a paper's note on guests' and readers' pieces (session 46, read on de_full172; nine
#:   judges list it among the lines the text is without, none in it): "Gastbeiträge geben
#:   nicht zwingend die Meinung der Redaktion wieder.", "Leserbriefe geben die Meinung der
#:   Verfasser wieder, nicht die der Redaktion.", "… spiegeln nicht notwendigerweise …".
LEGAL_NOTE = re.compile(
    r"(?:alle |sämtliche )?(?:angaben|preise|kurse|daten|informationen|zinsen|konditionen)"
    r"(?: sind| erfolgen)? ohne gewähr\b|"
    r"(?:änderungen,? )?(?:und )?irrtümer (?:und änderungen )?vorbehalten\b|"
    r"(?:die )?(?:frühere |vergangene )?wertentwicklung (?:in |der )?(?:der )?vergangenheit "
    r"ist kein (?:verlässlicher )?(?:indikator|hinweis)\b|"
    r"past performance (?:is|does) (?:not |no )?(?:a )?(?:guarantee|indicat\w+|"
    r"reliable indicator|guide)\b|"
    r"(?:the )?(?:views|opinions) (?:and opinions )?expressed (?:here(?:in)? |in this \w+ )?"
    r"are (?:solely )?(?:those of )?the (?:author|writer)'?s?'?\b|"
    r"member fdic\b|equal housing (?:lender|opportunity)\b|"
    r"(?:federally )?insured by (?:the )?ncua\b|"
    r"(?:(?:analyst|author)'?s? )?disclosures?\s*:|"
    r"i/we have no (?:stock, option|(?:beneficial )?positions?)\b|"
    r"(?:diese|die vorliegende) (?:mitteilung|pressemitteilung|veröffentlichung|meldung|"
    r"präsentation|information) enthält (?:bestimmte )?(?:zukunftsgerichtete|in die zukunft "
    r"gerichtete|vorausschauende) aussagen\b|"
    r"nicht zur (?:veröffentlichung|verbreitung|weitergabe)\b|"
    r"(?:diese|die vorliegende) (?:mitteilung|pressemitteilung|veröffentlichung|meldung|"
    r"information) stellt (?:weder )?(?:ein|kein) (?:angebot|öffentliches angebot)\b|"
    r"dies ist eine werbe(?:mitteilung|information|botschaft)\b|"
    r"\*?werbehinweis\s*:|"
    r"(?:die )?(?:im (?:interview|gespräch|gastbeitrag) |hier )?(?:geäußerten|vertretenen|"
    r"dargestellten) (?:meinungen|ansichten) (?:sind|geben) (?:die|ausschließlich|allein)\b|"
    r"(?:gastbeiträge|gastkommentare|leserbriefe|leserzuschriften|zuschriften|kommentare) "
    r"(?:geben|spiegeln) (?:nicht |keineswegs )?(?:unbedingt |zwingend |notwendigerweise |"
    r"immer )?die meinung (?:der redaktion|der verfasser\w*|des verfassers|der autor\w*)\b",
    re.IGNORECASE,
)
#: A firm's regulatory status, read anywhere in one of the text's closing lines (a footer
#: line often opens with the copyright): "… is authorised and regulated by the Financial
#: Conduct Authority.", "… is an appointed representative of X Ltd, which is authorised and
#: regulated by the Financial Services Authority.", "Member FDIC" after an address. The
#: regulator's name closes its sentence (a firm's reference number may follow): a sentence
#: going on ("… by the Financial Conduct Authority since 2009") is the text's.
LEGAL_STATUS = re.compile(
    r"\b(?:is|are) (?:authori[sz]ed and )?regulated by the (?:financial (?:services|conduct) "
    r"authority|prudential regulation authority)(?: \(\w+\))?(?:,? under (?:firm )?"
    r"(?:reference|registration) (?:number|no\.?) \d+)?\s*(?:[.;]|$)|"
    r"\b(?:member fdic|equal housing lender|federally insured by (?:the )?ncua)\b",
    re.IGNORECASE,
)
#: A reporting verb in the line: a sentence reporting a status ("The regulator said the
#: lender is authorised and regulated by …") is the text's.
LEGAL_REPORTED = re.compile(r"\b(?:said|says|told|according to|sagt|sagte|laut)\b", re.IGNORECASE)
#: Only lines up to so many characters are read as such notes.
LEGAL_NOTE_MAX_CHARS = 600
#: A consent banner's notice, read at a line's start wherever the line stands and however
#: many sentences it runs to (up to :data:`CONSENT_NOTICE_MAX_CHARS`): "Wir verwenden
#: Cookies und ähnliche Technologien, um …", "Diese Website verwendet Cookies, um …", "Wir
#: nutzen Cookies auf unserer Website.", "This website uses cookies.", "We have placed
#: cookies on your device …" (session 61: 15 set pages kept a banner that no consent class
#: marked; their judges list it among the lines the text is without).
CONSENT_NOTICE = re.compile(
    r"(?:wir\s+(?:verwenden|nutzen|benutzen|setzen|verwendet)|diese\s+(?:web)?(?:site|seite)\s+"
    r"(?:verwendet|benutzt|nutzt|setzt)|this\s+(?:web)?site\s+uses|we\s+(?:use|have\s+placed))"
    r"\s+(?:\w+\s+){0,2}cookies\b",
    re.IGNORECASE,
)
CONSENT_NOTICE_MAX_CHARS = 600
