"""Data for an app shell's article (:mod:`newsarchive.extract.appshell`): the marks of a
single-page app's serialized state, the keys its article text sits under and the limits
that tell a shell from a page that shows its text (issue 11, session 55: read on the
app-shells kind, de_full317 and de_full323)."""

from __future__ import annotations

import re

#: A page that may be an app shell holds one of these: a serialized state, a JSON-LD article
#: body or a ``<noscript>`` block. Looked for in the page's source before any element is
#: walked (as substrings: a regular expression's alternation takes ten times as long).
SHELL_MARKS = (
    "<noscript", "__NEXT_DATA__", "__NUXT", "__INITIAL_STATE__", "__PRELOADED_STATE__",
    "__APOLLO_STATE__", "__remixContext", "-state", '"articleBody"',
)  # fmt: skip
#: Elements whose text the reader does not see (their words are not the page's shown text).
UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template"})
#: A shell shows at most this many words (its navigation, teaser, consent layer and footer);
#: a page that shows more has its article on the page.
SHELL_MAX_SHOWN_WORDS = 400
#: The same limit in characters, told before the words are counted (a German word and its
#: space take seven characters on average; a page's spaces between elements make more).
SHELL_MAX_SHOWN_CHARS = 8000
#: The hidden article holds at least this many words the page does not show, and at least
#: :data:`SHELL_MIN_RATIO` times as many as the page shows.
SHELL_MIN_WORDS = 120
SHELL_MIN_RATIO = 0.8
#: A script's tokens as the state reader walks them: a double-quoted string literal (a key
#: where a colon follows), a bare key (``text:``) or a bracket.
STATE_TOKEN = re.compile(r'"((?:[^"\\\n]|\\.)*)"(\s*:)?|([A-Za-z_$][\w$]*)\s*:(?!/)|([\[\]{}])')
#: Keys of a state's parts that are no article text: comments, related and recommended
#: articles, teasers of other pages, consent layers, navigation, footers (matched on every
#: key of the path down to a string, case-insensitively).
STATE_OTHER_PART = re.compile(
    r"comment|kommentar|related|teaser|recommend|empfehl|weitere|more|popular|latest|meist"
    r"|\bnext|previous|n(?:ae|ä)chste|consent|cookie|privacy|datenschutz|nav|menu|footer"
    r"|sidebar|newsletter|promo|advert|anzeige|author|autor|caption|bildunterschrift|image"
    r"|bild|media|seo|meta|description|share",
    re.IGNORECASE,
)
#: The keys an app's state holds article text under (the body's paragraphs or its HTML),
#: English and German.
STATE_TEXT_KEYS = frozenset({
    "text", "body", "content", "html", "articleBody", "articlebody", "value", "paragraph",
    "richText", "bodyHtml", "contentHtml", "bodyText", "markup", "inhalt", "fliesstext",
    "haupttext", "absatz", "copy",
})  # fmt: skip
#: A string holding HTML paragraphs (its key does not matter: a flattened state has none).
STATE_HTML = re.compile(r"<(?:p|h[2-6]|li|blockquote)\b", re.IGNORECASE)
#: The elements of a state's HTML string read as the article's paragraphs.
STATE_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
#: Angular's transfer state escapes (``&q;`` for a quote …) and what they stand for.
ANGULAR_ESCAPES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))
#: A plain string is a paragraph when it holds this many words and ends a sentence.
STATE_MIN_PARAGRAPH_WORDS = 8
STATE_SENTENCE_END = re.compile(r"[.!?…:“”\"«»)]\s*$")
#: The wrappers a flattened state (``devalue``) puts around a value: ``["Reactive", 5]``.
DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef"})
#: The keys a state gives an article's headline under (its search-engine title is another
#: part: ``seo``, ``seoTitle``, :data:`STATE_OTHER_PART`).
STATE_HEADLINE_KEYS = frozenset({
    "headline", "title", "titel", "ueberschrift", "überschrift", "heading", "name",
})  # fmt: skip
#: The key of an article's writers in a state (an object with a ``name`` or a string).
STATE_AUTHOR_KEY = re.compile(r"authors?|autor(?:en|in)?|byline|writers?", re.IGNORECASE)
#: The byline an app shell's state writers are shown in once the app runs, and the word
#: joining them.
STATE_BYLINE = "Von {}"
STATE_BYLINE_JOINER = " und "
