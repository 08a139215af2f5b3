"""Data for the body's lines: what an English news or magazine page prints in its text
besides the story, read into :data:`~.bodylines.BOILERPLATE_LINE` (short lines),
:data:`~.bodylines.NOTICE_LINE` (any length) and :data:`~.bodylines.AUTHOR_BIO_LINE` (the
last two lines). Found by a battery of invented English pages in the twenty-seventh session
(issue 11: the held-out English set's token F1 trails its target)."""

from __future__ import annotations

#: Short promo lines, matched at a line's start: the ad break ("Story continues below
#: advertisement", "Article continues below"), the audio player's label ("Listen to this
#: article"), an image credit under a longer label ("Image credit: …", "Featured image: …"),
#: a follow prompt naming the writer ("Follow Anna Berger on Twitter"), a call for tips
#: ("Have a tip? Contact us …", "Do you have a story? Email us"), the wall's login ("Already
#: a subscriber? Log in."), the newsletter's pitch ("Get the latest news delivered to your
#: inbox", "Want more stories like this?"), "Click here to read more", a video's label
#: ("Watch: …") and the feedback prompt ("Was this article helpful?").
EN_PROMO = (
    r"(?:(?:story|article|text) continues (?:below|after)\b|continue reading below\b|"
    r"listen to (?:this|the) (?:article|story|episode)\b|"
    r"(?:photo|image|picture|header image|featured image|cover image) (?:credits?|source)\s*:|"
    r"(?:featured|header|cover) image\s*:|"
    r"follow (?:[\w.@'-]+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b|"
    r"(?:have|got|do you have) (?:a|any) (?:news )?(?:tips?|story)\b.{0,100}$|"
    r"already (?:a )?(?:subscriber|member|registered)\b|"
    r".{0,60}\bdelivered (?:straight |directly )?to your inbox\b|"
    r"want more (?:stories|news|articles|reporting) like this\b|"
    r"click here to (?:read|learn|see|find out|subscribe|sign up|download)\b|watch\s*:|"
    r"(?:was|is) this (?:article|story|page|post) (?:helpful|useful)\b)"
)
#: Notes of any length, matched at a line's start: the affiliate disclosure under its
#: commoner English wordings ("We may earn a commission when you buy through links on our
#: site", "As an Amazon Associate we earn from qualifying purchases").
EN_NOTICE = (
    r"(?:we (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b|"
    r"as an amazon associate\b|when you buy through (?:the )?links on our site\b|"
    # (twenty-eighth session, read on en_aj) the print edition's note ("This article appeared
    # in the Finance section of the print edition") and the contact line ("Write to A at a@b");
    # a correction or update note stays (blind sets disagree: en_c and en_d keep it in the text);
    # a campus paper's "This story was published in the … print edition", "This article also
    # appears in Issue 412 of …" (session 62, read on en_dx)
    r"(?:(?:editor['’]?s note|note)\s*:\s*)?(?:"
    r"this (?:article|story) (?:appeared|was published|(?:also )?appears) in (?:the|issue)\b|"
    r"write to (?:[\w.'-]+ ){1,3}at \S+@\S+)|"
    # (thirty-third session, read on en_aq) a speech's "Check against delivery", a bank's
    # "Calls may be recorded …", a show's or newsletter's sponsor ("This episode is
    # supported by A", "Thanks to A for supporting the show")
    r"check against delivery\b|calls (?:may|will) be (?:recorded|monitored)\b|"
    r"this (?:episode|show|podcast|newsletter|issue) is (?:supported|sponsored|brought to you|"
    r"presented) by\b|"
    r"thanks to (?:[\w.'&-]+ ){1,4}for (?:supporting|sponsoring) (?:the|this|our) "
    r"(?:show|episode|podcast|newsletter)\b)"
)
#: The writer's bio closing an English text ("Anna Berger is a reporter at the Daily Ledger
#: covering banks", "Jan Ott is a freelance writer based in Berlin"): a capitalised name of
#: two to four words, "is a", up to three words and a journalist's role.
EN_AUTHOR_BIO = (
    r"(?:[A-Z][\w.'-]+ ){2,4}is an? (?:(?i:[\w-]+) ){0,3}"
    r"(?i:reporter|correspondent|editor|writer|journalist|columnist|contributor)s?\b|"
    # "A covers payments and fintech for the Wire", "A and B cover business for the Journal"
    # (twenty-eighth session, read on en_aj)
    r"(?:[A-Z][\w.'-]+ ){2,4}(?:and (?:[A-Z][\w.'-]+ ){2,4})?covers? (?:[\w,&-]+ ){1,8}"
    r"(?:for|at) (?:the )?[A-Z]|"
    # "A leads research at Tallyspend", "A heads payments at B" (thirty-third session, en_aq)
    r"(?:[A-Z][\w.'-]+ ){2,4}(?:leads|heads|runs) (?:[\w,&-]+ ){1,4}(?:at|for) (?:the )?[A-Z]"
)
