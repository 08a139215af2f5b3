"""Data for a byline's display name completed from the writer's profile (issue 11, the
kind read in halves R and T, also in P, Q, K and O): blogs and member sites show a first
name, a nickname or a login in the byline ("Nele", "Tobi R.", "Kleingeldfee", "gerd") and
the full name elsewhere on the page, in the author box, the "Über mich" widget or the
signature ("Nele Vossberg", "Euer Tobias Behrendt", "Hinter Uli steckt Ulrike Marten").
Read by :mod:`~newsarchive.extract.nicknames`."""

from __future__ import annotations

import re

from newsarchive.extract.data.letters import NAME_CAPITAL, NAME_LOWER

#: A display name the byline shows instead of a full name: one word of three letters or
#: more, a login's hyphens and digits allowed ("Nele", "Kleingeldfee", "hygge-admin"), with
#: an initial for the surname or not ("Tobi R.").
#: (A team account, :data:`~.authors.TEAM_ACCOUNTS`, or a word of :data:`NOT_SURNAMES` is
#: no display name; a first name with a genitive "s" is a blog's name, "Gerds Gartenjahr".)
#: A display name all of letters is the start of the full first name it shortens ("Tobi" /
#: "Tobias", "gerd" / "Gerd"; case-insensitive); a login with digits, hyphens or underscores
#: ("ThE_PaiN", "helmholtz_de") only takes the owner a sentence introduces.
DISPLAY_NAME = re.compile(rf"(?P<first>[^\W_][\w-]{{2,}})(?:\s+(?P<initial>{NAME_CAPITAL})\.)?")
_FIRST = rf"{NAME_CAPITAL}{NAME_LOWER}+(?:-{NAME_CAPITAL}{NAME_LOWER}+)?"
_SURNAME = rf"(?:(?:van|von|de|ter|zu)\s+(?:der\s+|den\s+)?)?{_FIRST}"
#: A full name inside one text node of the page (case-sensitive): a capitalised first name,
#: then a surname with its particle ("Marijke van Oordt"); names across element boundaries
#: are never joined ("Ich bin Anke" / "Beliebte Anleitungen").
PAGE_FULL_NAME = re.compile(rf"(?P<first>{_FIRST})\s+(?P<surname>{_SURNAME})(?![\w-])")
#: Where a capitalised word starts: :data:`PAGE_FULL_NAME` is tried at each (overlapping
#: names: "Euer Tobias Behrendt" holds "Tobias Behrendt").
WORD_START = re.compile(rf"(?<![\w-]){NAME_CAPITAL}")
#: A blog's owner introduced in full (case-sensitive but for the first letter): "Hinter Uli
#: steckt Ulrike Marten", "Hinter diesem Blog steckt …", "Ich heiße …", "Mein Name ist …",
#: "ich bin …". ``nick`` is the display name the sentence names, if any.
#: Also the display name after an article or a word for it ("Hinter dem finanzfuchs steckt
#: …", "Hinter dem Kürzel bankbeobachter schreibt …"; session 48).
OWNER_INTRODUCTION = re.compile(
    r"(?:\b[Hh]inter\s+(?:(?:diesem|dem|unserem|meinem)\s+Blog|(?:(?:dem|der|den)\s+"
    r"(?:(?:Kürzel|Namen|Pseudonym|Nick(?:name)?|Account)\s+)?)?(?P<nick>[^\s.,!?]+))\s+"
    r"(?:steck(?:t|en)|schreib(?:t|en)|verbirgt\s+sich)"
    r"|\b[Ii]ch\s+heiße|\b[Mm]ein\s+Name\s+ist|\b[Ii]ch\s+bin)"
    rf"\s+(?P<name>{_FIRST}\s+{_SURNAME})(?![\w-])"
)
#: A full name and the display name it writes under ("Ralf Oetjen aka kontoalarm", "…
#: alias …"; session 48).
OWNER_ALIAS = re.compile(
    rf"(?P<name>{_FIRST}\s+{_SURNAME}),?\s+(?:aka|alias|a\.k\.a\.)\s+[„\"']?(?P<nick>[^\s.,!?“\"']+)"
)
#: Capitalised words that open a sentence or a heading rather than end a name ("Anke Das
#: …"); lower case.
NOT_SURNAMES = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder",
        "aber", "ich", "wir", "ihr", "sie", "er", "es", "mein", "meine", "unser", "unsere",
        "heute", "hier", "mehr", "alle", "neue", "neueste", "beliebte", "über", "team",
        "redaktion", "blog", "admin", "the",
    }
)  # fmt: skip
#: How many levels up from an owner introduction a display name must show to tie the two
#: together (the profile widget holding "Lotte" and "Ich heiße Charlotte Brinkmann").
INTRODUCTION_LEVELS = 2
#: Parts of a link to a member's profile on a blog or community engine ("/members/tobias"
#: on Antville and twoday, "/users/holger" on b2evolution, "?memberid=1" on Nucleus): the
#: post's meta line links its writer there ("von <a>tobias</a> @ 23:12 in …", "07:51:32, von
#: <a>Holger</a>, 300 Wörter", "- Autor: <a>Peter</a> -"), the display name standing after
#: the text where no byline is looked for. Such a link's display name is the byline only
#: where the page completes it to one full name (:func:`~.nicknames.completed`), and only
#: where no other byline, author link or author box names anyone.
PROFILE_LINK_PATHS = ("/members/", "/member/", "/users/", "/user/", "memberid=", "/mitglieder/")
#: Hosts of video and social platforms whose channel and profile addresses share those parts
#: ("youtube.com/user/…", "xing.com/profile/…"): a link there names a channel or an account
#: elsewhere, never the post's writer on this site.
PROFILE_LINK_FOREIGN_HOSTS = (
    "youtube.", "youtu.be", "vimeo.", "twitter.", "x.com/", "facebook.", "instagram.",
    "tiktok.", "linkedin.", "xing.", "reddit.", "twitch.",
)  # fmt: skip
#: Class words (whole words, either case) of a forum board's user-name markup: vBulletin's
#: ``<a class="bigusername">``, Vanilla's ``<a class="Username">``, many boards' ``username``
#: or ``UserName``.
#: The first such element on the page is the opening post's author when it shows a full
#: name ("Sandra Weller"); a login ("bankfan77") there names nobody, as the thread's truth
#: does (:func:`~newsarchive.extract.forums.forum_poster`, read only where nothing else
#: names an author). Kind read in halves AI and de_full12, issue 11.
#: phpBB 2's poster cell counts too: ``<span class="name"><a name="4711"></a><b>A</b></span>``
#: (the class word "name" with the post's anchor inside; also its clones' themes). Kind
#: judged on de_full16, issue 11. ("user-name" alone, a professional network's group card,
#: moved only the read half AD once; with review portals' cards it is read since session 20:
#: :data:`FORUM_POSTER_CLASS_WORD`.)
FORUM_POSTER_CLASS_WORDS = frozenset({"username", "bigusername"})
#: A user-name class word of more forms, lower-cased: a prefix and a separator before
#: "name" after "user", or a review portal's "consumer"/"reviewer" ("user-name",
#: "user_name", "uvUserName", "consumer-name"); read like :data:`FORUM_POSTER_CLASS_WORDS`
#: (kind read in bj, bz, cb, cd: a review's or a question's writer card).
FORUM_POSTER_CLASS_WORD = re.compile(r"[a-z0-9]*(?:user|consumer|reviewer)[-_]?name")
#: A poster's login longer than this is no user name (a sentence in a "username" class).
FORUM_LOGIN_MAX_CHARS = 40
#: A part of a login naming an office's or a team's account, lower-cased ("HBS_Staff",
#: "UDCU_Office"; besides :data:`~.authors.TEAM_ACCOUNTS` and the team word endings).
STAFF_LOGIN_WORDS = frozenset({"staff", "office", "support", "service", "kundenservice", "info"})

#: The label of a profile card's name field, case-sensitive, with its colon: a diary's or
#: a member blog's sidebar card "sparfuchs_anja" / "19, Schwäbisch Hall" / "Name: Anja
#: Kessler", a journal's profile table "Name:" | "Kelsey Marlow" | "Location:" (issue 11;
#: kind read in ae, bo, cb and en_n). The value is the label's own text node's rest or the
#: next text node. Read by :mod:`~newsarchive.extract.profilename`.
PROFILE_NAME_LABEL = "Name:"
#: The name fields read on a page (the first ones in document order): a page listing more
#: than one distinct name in them (a guestbook, a contact list) names nobody.
PROFILE_NAME_MAX = 4
#: A profile header: a heading that is a person's full name alone right after the
#: avatar image (or a link holding it): a member page's or a personal blog's head ("<img
#: class='avatar'>" "<h1>Mareike Wolters</h1>" "@bankmaus"), the owner who writes the page
#: (issue 11; kind read in ba, by, cb). Read by :mod:`~newsarchive.extract.avatarhead` on the
#: first :data:`AVATAR_HEADINGS_MAX`; a page whose avatars head two names (a comment list)
#: names nobody.
AVATAR_HEADING_TAGS = ("h1", "h2", "h3", "h4")
AVATAR_HEADINGS_MAX = 4
#: A profile box: an element whose class or id holds "profil", any case ("module profile",
#: "mod profile", "profileBox", "profilBox", "#profile"), a journal's, member page's or
#: personal blog's card of its owner; the first full name alone in its first
#: :data:`PROFILE_BOX_TEXTS` text nodes is the owner who writes the page (issue 11; kind read
#: in ad, ba, bt, en_l, en_o). Read by :mod:`~newsarchive.extract.profilebox` on the first
#: :data:`PROFILE_BOXES_MAX` boxes; boxes giving two names name nobody. The parts here and in
#: :data:`OWNER_HEADER_PARTS` are lower case with no space (looked for in the page's values
#: joined).
PROFILE_BOX_PARTS = ("profil",)
#: Tags that are no profile box however classed: a link or a run of text ("<a
#: class='profileLink'>Finanzblog Elbtal</a>", a blog's name linking to its profile).
PROFILE_BOX_NOT_TAGS = frozenset({"a", "span", "b", "strong", "em", "i", "small", "label"})
PROFILE_BOX_TEXTS = 6
PROFILE_BOXES_MAX = 4
#: The page's header or banner box ("<div id='banner'><p class='owner'>A</p>", "<header
#: class='world-header'>A</header>", "<header id='masthead'><a class='blog-name'>A</a>"): a
#: personal blog or member page shows its owner there, read like a profile box (the first
#: full name alone in its first :data:`PROFILE_BOX_TEXTS` text nodes, one name on the first
#: :data:`PROFILE_BOXES_MAX` boxes, not the site's own name) where nothing else names anyone
#: (issue 11; kind read in aq, ar, bu, en_v).
OWNER_HEADER_PARTS = ("header", "banner", "masthead")
#: A header's or profile box's text that is a menu's item, not its owner's name: inside a
#: link (the text's element or its parent an ``<a>``) that stands in one of these tags
#: ("<nav><a>Kostenloses Erstgespräch</a>", "<ul><li><a>Beliebte Seiten</a>"), beside
#: another link ("<a>Für Unternehmen</a> <a>Bewertung schreiben</a>") or classed with one of
#: :data:`MENU_BUTTON_WORDS` ("<a class='s-btn'>Ask Question</a>"); or a heading (one of
#: :data:`MENU_HEADING_TAGS`) over a list ("<h3 class='block-minorHeader'>Ähnliche Themen</h3>
#: <ul>"); :mod:`~newsarchive.extract.menutexts` (kind read in br, by, cd, de_full19, en_i, q).
MENU_LINK_TAGS = frozenset({"nav", "ul", "ol", "li", "menu"})
MENU_BUTTON_WORDS = ("btn", "button")
MENU_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
MENU_LIST_TAGS = frozenset({"ul", "ol"})
#: What a social profile's display name carries beside the name: pictographs ("🏦", "🦔") and
#: the pronouns in brackets ("(sie/ihr)", "(er/ihm)", "(she/her)", "(they/them)"); read by
#: :func:`~newsarchive.extract.text.without_profile_marks` in every byline and account title
#: (session 58, read on social threads, de_full389 and de_full395).
PROFILE_MARKS = re.compile(
    r"\s*\((?:er|sie|es|xier|dey|he|she|they|ze)\s*/\s*(?:ihm|ihr|ihn|sein|dem|xiem|him|her"
    r"|them|hir)(?:\s*/\s*\w+)?\)"
    r"|\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+",
    re.IGNORECASE,
)
#: An author box's heading naming a login ("Über pixelpaula", "About bene_s") and the text
#: after it opening with the owner's full name ("Paula Brandes spielt seit 2019 …"); "LOGIN"
#: stands for the login (:func:`~newsarchive.extract.loginbox.login_box_owner`, session 58).
LOGIN_BOX_HEAD = re.compile(
    r"(?:Über|About)\s+LOGIN\s+(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    r"(?P<last>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
