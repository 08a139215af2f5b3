"""Data for :mod:`newsarchive.extract`: XPaths, lexicons and patterns, apart from logic.

Every table says what it is for; the extraction modules read them and hold no lists
of their own. Words are matched case-insensitively unless a comment says otherwise.

XPaths that test ``contains(@class, ...)`` start with a ``[@class]`` step (``[@id]``,
``[@href]``, ``[@itemprop]`` likewise): the same elements, but libxml2 skips every element
without the attribute before evaluating the string tests (measured: a third less time).
Those that only test the class read it once: ``//@class[contains(., ...)]/..`` (the same
elements in document order, another third less).

The tables live in one module a field (``meta``, ``authors``, ``authornames``, ``signatures``,
``credits``, ``closings``, ``coauthors``, ``archived``, ``dates``, ``dateparts``,
``datebounds``, ``headings``, ``letters``, ``markuptrails``, ``limits``, ``body``, ``paywalls``,
``hostlinks``, ``bodylines``, ``english``, ``englishbylines``, ``notices``, ``poststamps``,
``profiles``, ``portals``, ``postedlines``, ``proselines``, ``postmeta``, ``titlebylines``,
``titledates``, ``topbylines``, ``commentlines``, ``forumrows``, ``fullerheads``, ``tailheads``,
``subjectlines``, ``teasers``, ``latecomments``, ``othersheads``, ``poststables``,
``ownerheadings``, ``authorheads``, ``urldates``, ``messagebodies``, ``possign``,
``summaryboxes``, ``signtails``, ``counterlines``, ``datelabels``, ``firstposts``, ``namelead``,
``guestclosing``, ``linkedleads``, ``citationmeta``, ``actionbars``, ``danglingheads``,
``uploadlabels``, ``modifiedparts``, ``usshortyear``, ``dashedmonth``, ``splitdates``,
``legalnotes``, ``linkcards``, ``newspromos``, ``shortentries``, ``ctimedates``, ``givennames``,
``languagewords``, ``enpromos``, ``skipparts``, ``titlednames``, ``editions``, ``timetexts``,
``datelines``, ``mailsenders``, ``bylineunits``, ``widgets``, ``leads``, ``reprints``,
``sitezones``, ``adlabels``, ``creditparts``, ``closingnotes``, ``galleries``,
``readerletters``, ``appshell``, ``speeches``, ``citations``, ``translators``, ``orgnames``,
``proplists``, ``channelposts``, ``slugheads``, ``writerfields``, ``langnotes``); this package
re-exports them all, so code reads ``data.NAME``."""

from newsarchive.extract.data.actionbars import *  # noqa: F403
from newsarchive.extract.data.adlabels import *  # noqa: F403
from newsarchive.extract.data.appshell import *  # noqa: F403
from newsarchive.extract.data.archived import *  # noqa: F403
from newsarchive.extract.data.authorheads import *  # noqa: F403
from newsarchive.extract.data.authornames import *  # noqa: F403
from newsarchive.extract.data.authors import *  # noqa: F403
from newsarchive.extract.data.body import *  # noqa: F403
from newsarchive.extract.data.bodylines import *  # noqa: F403
from newsarchive.extract.data.bylineunits import *  # noqa: F403
from newsarchive.extract.data.channelposts import *  # noqa: F403
from newsarchive.extract.data.citationmeta import *  # noqa: F403
from newsarchive.extract.data.citations import *  # noqa: F403
from newsarchive.extract.data.closingnotes import *  # noqa: F403
from newsarchive.extract.data.closings import *  # noqa: F403
from newsarchive.extract.data.coauthors import *  # noqa: F403
from newsarchive.extract.data.commentlines import *  # noqa: F403
from newsarchive.extract.data.counterlines import *  # noqa: F403
from newsarchive.extract.data.creditparts import *  # noqa: F403
from newsarchive.extract.data.credits import *  # noqa: F403
from newsarchive.extract.data.ctimedates import *  # noqa: F403
from newsarchive.extract.data.danglingheads import *  # noqa: F403
from newsarchive.extract.data.dashedmonth import *  # noqa: F403
from newsarchive.extract.data.datebounds import *  # noqa: F403
from newsarchive.extract.data.datelabels import *  # noqa: F403
from newsarchive.extract.data.datelines import *  # noqa: F403
from newsarchive.extract.data.dateparts import *  # noqa: F403
from newsarchive.extract.data.dates import *  # noqa: F403
from newsarchive.extract.data.editions import *  # noqa: F403
from newsarchive.extract.data.english import *  # noqa: F403
from newsarchive.extract.data.englishbylines import *  # noqa: F403
from newsarchive.extract.data.enpromos import *  # noqa: F403
from newsarchive.extract.data.eventtime import *  # noqa: F403
from newsarchive.extract.data.firstposts import *  # noqa: F403
from newsarchive.extract.data.forumrows import *  # noqa: F403
from newsarchive.extract.data.fullerheads import *  # noqa: F403
from newsarchive.extract.data.galleries import *  # noqa: F403
from newsarchive.extract.data.givennames import *  # noqa: F403
from newsarchive.extract.data.guestclosing import *  # noqa: F403
from newsarchive.extract.data.headings import *  # noqa: F403
from newsarchive.extract.data.hostlinks import *  # noqa: F403
from newsarchive.extract.data.langnotes import *  # noqa: F403
from newsarchive.extract.data.languagewords import *  # noqa: F403
from newsarchive.extract.data.latecomments import *  # noqa: F403
from newsarchive.extract.data.leads import *  # noqa: F403
from newsarchive.extract.data.legalnotes import *  # noqa: F403
from newsarchive.extract.data.letterclose import *  # noqa: F403
from newsarchive.extract.data.letters import *  # noqa: F403
from newsarchive.extract.data.limits import *  # noqa: F403
from newsarchive.extract.data.linkcards import *  # noqa: F403
from newsarchive.extract.data.linkedleads import *  # noqa: F403
from newsarchive.extract.data.mailsenders import *  # noqa: F403
from newsarchive.extract.data.markuptrails import *  # noqa: F403
from newsarchive.extract.data.messagebodies import *  # noqa: F403
from newsarchive.extract.data.meta import *  # noqa: F403
from newsarchive.extract.data.modifiedparts import *  # noqa: F403
from newsarchive.extract.data.namelead import *  # noqa: F403
from newsarchive.extract.data.newspromos import *  # noqa: F403
from newsarchive.extract.data.notices import *  # noqa: F403
from newsarchive.extract.data.offices import *  # noqa: F403
from newsarchive.extract.data.orgnames import *  # noqa: F403
from newsarchive.extract.data.othersheads import *  # noqa: F403
from newsarchive.extract.data.ownerheadings import *  # noqa: F403
from newsarchive.extract.data.paywalls import *  # noqa: F403
from newsarchive.extract.data.portals import *  # noqa: F403
from newsarchive.extract.data.possign import *  # noqa: F403
from newsarchive.extract.data.postedlines import *  # noqa: F403
from newsarchive.extract.data.posthead import *  # noqa: F403
from newsarchive.extract.data.postmeta import *  # noqa: F403
from newsarchive.extract.data.poststables import *  # noqa: F403
from newsarchive.extract.data.poststamps import *  # noqa: F403
from newsarchive.extract.data.profiles import *  # noqa: F403
from newsarchive.extract.data.proplists import *  # noqa: F403
from newsarchive.extract.data.proselines import *  # noqa: F403
from newsarchive.extract.data.readerletters import *  # noqa: F403
from newsarchive.extract.data.reprints import *  # noqa: F403
from newsarchive.extract.data.shortentries import *  # noqa: F403
from newsarchive.extract.data.signatures import *  # noqa: F403
from newsarchive.extract.data.signblock import *  # noqa: F403
from newsarchive.extract.data.signtails import *  # noqa: F403
from newsarchive.extract.data.sitezones import *  # noqa: F403
from newsarchive.extract.data.skipparts import *  # noqa: F403
from newsarchive.extract.data.slugheads import *  # noqa: F403
from newsarchive.extract.data.speeches import *  # noqa: F403
from newsarchive.extract.data.splitdates import *  # noqa: F403
from newsarchive.extract.data.subjectlines import *  # noqa: F403
from newsarchive.extract.data.summaryboxes import *  # noqa: F403
from newsarchive.extract.data.tailheads import *  # noqa: F403
from newsarchive.extract.data.teasers import *  # noqa: F403
from newsarchive.extract.data.timetexts import *  # noqa: F403
from newsarchive.extract.data.titlebylines import *  # noqa: F403
from newsarchive.extract.data.titledates import *  # noqa: F403
from newsarchive.extract.data.titlednames import *  # noqa: F403
from newsarchive.extract.data.topbylines import *  # noqa: F403
from newsarchive.extract.data.translators import *  # noqa: F403
from newsarchive.extract.data.uploadlabels import *  # noqa: F403
from newsarchive.extract.data.urldates import *  # noqa: F403
from newsarchive.extract.data.usshortyear import *  # noqa: F403
from newsarchive.extract.data.widgets import *  # noqa: F403
from newsarchive.extract.data.writerfields import *  # noqa: F403
