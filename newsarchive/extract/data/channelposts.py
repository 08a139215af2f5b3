"""Data for a messenger channel's post in its web preview (:mod:`~newsarchive.extract.
channelpost`): Telegram's widget markup (``t.me/s/<channel>``), which channel mirrors and
archives print as it is (issue 11, session 60: read on the messenger-channel kind,
de_full471 and de_full477)."""

from __future__ import annotations

import re

#: A message of the preview: ``<div class="tgme_widget_message …" data-post="chan/1418">``.
CHANNEL_MESSAGES = (
    '//*[@data-post][contains(concat(" ", normalize-space(@class), " "), " tgme_widget_message ")]'
)
#: The class of a message's wrap (``tgme_widget_message_wrap``): it leaves with its message.
CHANNEL_MESSAGE_WRAP = "tgme_widget_message_wrap"
#: The message's text, its signature (the writer a channel's admin signs with) and its
#: header (the channel's name, never a writer).
CHANNEL_TEXT = './/*[@class][contains(@class, "tgme_widget_message_text")]'
CHANNEL_SIGNATURE = './/*[@class][contains(@class, "tgme_widget_message_from_author")]'
CHANNEL_HEADER = './/*[@class][contains(@class, "tgme_widget_message_author")]'
#: The message's own time: the ``<time datetime>`` of its date link (or of its footer).
CHANNEL_TIME = (
    './/*[@class][contains(@class, "tgme_widget_message_date")]//time[@datetime]'
    ' | .//*[@class][contains(@class, "tgme_widget_message_footer")]//time[@datetime]'
)
#: The page's addresses that name the post it is for (``…/chan/1418``, ``t.me/s/chan/977``,
#: the app link's ``tg://resolve?domain=chan&post=1418``).
CHANNEL_ADDRESS_META = ("og:url", "al:ios:url", "al:android:url", "twitter:url")
#: The post's number at an address's end or in its ``post=`` parameter.
CHANNEL_POST_NUMBER = re.compile(r"(?:/|[?&]post=)(\d+)/?(?:[?#].*)?$")
#: The longest opening bold line read as the post's headline (words); a longer one is a
#: bold paragraph.
CHANNEL_HEADLINE_MAX_WORDS = 20
#: The longest line of tags or topics before the bold headline ("🔔 #Sicherheit | In eigener
#: Sache"), in words; a longer line is the text's own.
CHANNEL_KICKER_MAX_WORDS = 8
#: Tags of the opening bold line that a ``<br>`` closes: the post's headline.
CHANNEL_HEADLINE_TAGS = ("b", "strong")
#: Signatures naming several writers: "Dr. Felix Haberland, Ines Marquardt", "A und B".
CHANNEL_WRITER_SEPARATOR = re.compile(r"\s*(?:,|&|\bund\b|\band\b)\s*")
