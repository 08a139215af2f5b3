"""Titles that name no post: a day heading, an account, a site's name over its news section
(:mod:`newsarchive.extract.posthead`, :mod:`newsarchive.extract.sitesection`)."""

from __future__ import annotations

import re

_WEEKDAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?"
)
_MONTH = (
    r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|january|february|march|may|june|july|october|december|jan|feb|mär|mar|apr|jun|"
    r"jul|aug|sept?|okt|oct|nov|dez|dec)\.?"
)
#: A heading that is a day alone ("Montag, 10. Juni 2002", "Tuesday, March 9, 2004",
#: "Tuesday Mar 14, 2006", "10.06.2002"): the day header Blogger, Movable Type and the
#: classic weblog templates print over a day's posts, never a post's headline. Where the
#: title found is one, the post's own heading after it is the title. Kind read in en_s and
#: bp (issue 11, session 23).
DAY_HEADING = re.compile(
    rf"(?:{_WEEKDAY},?\s+(?:den\s+|the\s+)?)?"
    rf"(?:\d{{1,2}}\.?\s*(?:{_MONTH}|\d{{1,2}}\.)\s*\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
#: A fediverse account's name and handle as a page's title ("Lena Roth (@lena@social.example)",
#: "… – GoToSocial"): the profile's, never a post's headline; where the title found is
#: one, the post's own heading (its bold first line) is the title. Kind read in de_full57.
ACCOUNT_TITLE = re.compile(
    r"[^()@]{1,60}\(@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+\)(?:\s*[-–—|]\s*\S.{0,40})?"
)
#: Elements read as a post's heading after a title naming no post (a day heading, an
#: account, a site's name): headings, and bold or large type standing alone in its block
#: (an old template's ``<p><font><b>Headline</b></font></p>``).
POST_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5"})
POST_BOLD_TAGS = frozenset({"b", "strong", "font"})
#: So many elements after that title are looked at; a post heading has this many words.
POST_HEADING_LOOKAHEAD = 40
POST_HEADING_WORDS = (2, 20)
#: A section's name after a site's name in a page's <title> ("Börsenverein Muster - Aktuelles",
#: "Gartenfreunde Beispielhausen | News"): the title shows the site and its news section, never
#: a post; where the title found is that site's name alone (its <h1>, its banner), the post's
#: own heading after it (an <h2>, a lone bold line) is the title. Kind read in ba, ay,
#: de_full41, dates_ax (clubs' and classes' news pages, session 23).
SITE_SECTION_TITLE = re.compile(
    r"(?P<site>.{3,80}?)\s*(?:[-–—|:»·]|::)\s*"
    r"(?:aktuelles|aktuelle\s+meldungen|neuigkeiten|news|nachrichten|meldungen|neues|"
    r"latest\s+news|news\s*(?:&|und|and)\s*(?:termine|events))",
    re.IGNORECASE,
)
#: A list's heading after a post, not the post's own heading ("Weitere Neuigkeiten").
SECTION_HEADING = re.compile(
    r"(?:weitere|ältere|neueste|letzte|more|older|recent|latest)\s+"
    r"(?:neuigkeiten|nachrichten|meldungen|news|beiträge|einträge|posts|artikel|stories)",
    re.IGNORECASE,
)
#: A block classed as a heading ("<div class='headb'>", "<span class='post-title'>",
#: "<p class='ueberschrift'>"): an old template's post heading with no heading tag, read
#: like an <h2> after a site's name or a day. Kind read in ba (session 23).
POST_HEADING_CLASS_TAGS = frozenset({"div", "span", "p", "td"})
POST_HEADING_CLASS = re.compile(
    r"(?:^|[\s_-])(?:head(?:line|ing)?[a-z0-9]?|(?:post|entry|news|article)[_-]?title|"
    r"titel|title|ueberschrift|überschrift|betreff|subject)(?:$|[\s_-])",
    re.IGNORECASE,
)
#: A classed heading holds its text alone, in these inline tags at most: a post's head
#: ("<div class='status-head'>" with the account's link and the <time>) is no heading.
POST_HEADING_INLINE = frozenset({"b", "strong", "i", "em", "font", "span", "big", "u"})
#: A page title naming a social network's account rather than a post (session 54, read on
#: the social-posts kind, de_full282 and de_full287): a handle in brackets ("Pfennigwerk
#: (@pfennigwerk.app) auf Threads", "Lena Roth (@lena@social.example)", "A (@a) on X"), or
#: the account quoting its post cut short ("Name auf X: „Ab morgen prüft …“", "Name auf
#: Instagram: „… kommt in alle Filialen …“"). Not a news headline on a network ("Rathaus
#: jetzt auch auf Instagram", "Pfarrer auf Instagram: „Auch Geld ist eine Glaubensfrage“").
#: See :mod:`~newsarchive.extract.socialpost`.
SOCIAL_ACCOUNT_TITLE = re.compile(
    r"\(@[\w.@-]{1,60}\)|\b(?:auf|on)\s+(?:X|Threads|Instagram|Bluesky|Mastodon|Facebook|"
    r"LinkedIn|TikTok)\s*:\s*[„\"“][^„\"“”]{20,}(?:…|\.\.\.)\s*[“\"”]"
)
#: The account's name such a title opens with: before its handle, "auf X", a role after a
#: bar ("Ole Brandstätter | Vorstand VB Weinhang auf X") or a colon.
SOCIAL_ACCOUNT_NAME = re.compile(r"(?P<name>[^|:(@„\"“]{3,60}?)\s*(?:\||\(@|\b(?:auf|on)\s|:)")
#: The meta tags a post page fills with the post's text.
SOCIAL_POST_TEXT_META = ("og:description", "description", "twitter:description")
#: A description's lead before the quoted post (Instagram's "1.284 likes, 47 comments - name
#: am May 20, 2024: „…“", "1.847 „Gefällt mir“-Angaben, … am 5. April 2026: „…“").
SOCIAL_POST_LEAD = re.compile(r"^[^\n]{0,160}?\d{4}\s*:\s*[„\"“]")
#: Mentions opening a reply's text ("@frieda_schreibt Warum …"): not its first line's words.
SOCIAL_POST_MENTIONS = re.compile(r"^(?:@[\w.@-]+\s+)+")
#: How many characters of the description a text node must open with to be the post's.
SOCIAL_POST_START_CHARS = 25
#: A writer's full name alone under the headline (:mod:`~newsarchive.extract.headname`):
#: looked for in the first :data:`HEAD_BARE_NAME_NODES` nodes after it; two or three
#: capitalised words, academic titles before them kept.
HEAD_BARE_NAME_NODES = 3
HEAD_BARE_NAME = re.compile(
    r"(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][\w'-]+(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w'-]+){1,2}"
)
#: Words that make a name after them a sentence's object or a credit's ("Mit <a>A</a>
#: sprach B.": A was asked; "Foto von A", "Unterstützt von A"), not a byline.
HEAD_BARE_NAME_OBJECT = frozenset(
    {"mit", "with", "an", "für", "bei", "über", "gegen", "zu", "von", "by", "from"}
)
#: A label line before such a name (its value, not a byline: "Kategorie", "Category",
#: "Pressekontakt", "Ansprechpartnerin"; "Von", "An" alone are :data:`HEAD_BARE_NAME_OBJECT`).
HEAD_BARE_NAME_LABEL = re.compile(
    r"(?i)(?:kategorie|category|rubrik|tags?|schlagworte?|(?:presse)?kontakt|contact|"
    r"ansprechpartner(?:in)?|absender|to|betreff|subject)\s*:?"
)
#: A line after such a name that makes it a card: a role or another short line (2 to 40
#: characters, no digits, colons or separators: "Entwickler", "Pressesprecherin", "Schreibt
#: über Geld."), read by the name-card rules, not as a byline.
HEAD_BARE_ROLE = re.compile(r"[^\d:|·•]{2,40}")
