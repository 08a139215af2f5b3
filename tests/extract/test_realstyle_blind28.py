"""The builders of the sets written blind in the twenty-eighth session (``en_aj`` to ``en_al``,
English news chrome; ``de_full63`` to ``de_full66``, German news chrome), the twenty-ninth
(``en_am`` to ``en_ao``: English news chrome; ``de_full67``, ``de_full72``: German blogs and
small sites; ``de_full68``: German news, dates and titles first; ``de_full69``, ``de_full70``:
German news credits; ``de_full71``: press releases; ``dates_bt`` to ``dates_bw``: German
publication dates) and the thirtieth (``de_full73``, ``de_full80``: German blogs, authors
first; ``de_full74``, ``de_full84``: German news titles; ``de_full83``: small sites' titles;
``de_full75``, ``de_full76``, ``de_full78``, ``de_full79``, ``de_full81``, ``de_full82``:
German, Austrian and Swiss news and trade credits; ``de_full77``: German pages of all kinds,
titles and dates first; ``dates_bx`` to ``dates_bz``: German publication dates; ``en_ap``:
English news bodies) and the thirty-first (``de_full85``: German blogs; ``de_full86``: small
organisations' news; ``de_full87``: regional news; ``de_full88``: hard titles;
``de_full89``: guest posts and contributions; ``de_full90``: broadcasters' media pages;
``dates_ca`` to ``dates_cc``: German publication dates) and the thirty-second (``de_full91``:
documents; ``de_full92``: small publishers; ``de_full93``: titles that need judgement;
``de_full94``: large publishers; ``de_full95``: a crawl's mix; ``dates_cd``: dates in many
forms; ``dates_ce``: blog dates), the thirty-third (``de_full96``: bylines of blogs and
small sites; ``de_full97``: regional news; ``de_full98``: finance portals; ``de_full99``:
archived pages of 2005-2016; ``de_full100``: magazine features; ``de_full101``: news copies;
``dates_cf``: dates near midnight; ``en_aq``: English news and blogs) and the thirty-fourth
(``de_full104``: opinion formats; ``en_ar``: English pages of six countries; ``de_full105``,
``de_full108``: modern web frameworks; ``dates_ch``: pages with little date metadata;
``de_full103``: tech, marketing and social-media trade media; ``de_full107``: business
papers and magazines; ``dates_cg``: days read from the page itself; ``de_full102``:
Austrian, Swiss and Liechtenstein pages; ``de_full106``: guides and long pages with
boxes) and the thirty-fifth (second waves of older briefs: ``de_full109``: a crawl's mix;
``de_full110``: large publishers; ``de_full111``: regional news; ``de_full112``: bylines of
blogs and small sites; ``de_full113``: archived pages of 2005-2016; ``dates_ci``: dates in
many forms; ``en_as``: English news and blogs; ``de_full114``: hard titles; ``de_full116``:
magazine features; ``de_full118``: broadcasters; ``de_full119``: documents; ``de_full120``:
small sites' news; ``dates_ck``: dates near midnight; ``de_full115``: news copies;
``de_full117``: finance portals; ``dates_cj``, ``dates_cl``: stale metadata dates;
``en_at``: English pages of six countries; ``dates_cm``: documents, forums and old sites;
``de_full121``: titles that need judgement; ``de_full122``: guest posts; ``de_full123``:
small publishers; ``de_full124``: Austrian, Swiss and Liechtenstein pages; ``de_full125``:
regional papers and broadcasters; ``de_full126``: opinion formats; ``de_full127``: guides;
``de_full128``: business papers; ``de_full129``: tech and marketing trade media;
``de_full130``: personal and company blogs; ``dates_cn``: little date metadata;
``dates_co``: blog dates; ``dates_cp``: dates in many forms; ``de_full131``: a crawl's mix;
``de_full134``: regional news; ``dates_cq``: stale metadata dates; ``dates_cr``: days read
from the page; ``en_au``: English news and blogs; ``de_full132``: news copies;
``de_full133``: large publishers; ``de_full135``: bylines of blogs and small sites;
``dates_cs``: stale metadata dates; ``de_full138``: finance portals; ``dates_ct``: dates in
many forms; the thirty-sixth session's ``de_full137``: broadcasters; ``de_full136``: news
copies; ``en_aw``: English news and blogs; ``de_full142``: titles that need judgement; the
thirty-eighth session's ``en_ay``: English news and blogs; ``de_full145``: press releases and
documents; ``de_full146``: guest posts and interviews; the thirty-ninth session's
``de_full147``: small blogs and small sites; ``en_az``: English long reads and newsletters;
``dates_cu``: hard-to-read publication days; the fortieth session's ``dates_cv``: the same
kind; ``de_full148``: small sites' and blogs' writers; ``en_ba``: English bylines in many
forms; second writers of the last two briefs: ``dates_cw``, ``en_bb``; the forty-first
session's ``de_full149``: titles that need judgement; ``de_full150``: archived pages'
writers; ``dates_cx``: archived pages' days; ``dates_cy``: hard-to-read days;
``de_full151``: news sites' bylines; ``de_full152``: banks' own pages; ``en_bc``: English
bylines; ``dates_cz``: misleading metadata dates; ``de_full153``: regional news; the forty-
second session's ``dates_da``: hard-to-read days; ``dates_db``: archived pages' days;
``de_full154``: small sites' writers; ``de_full155``: titles that need judgement;
``de_full156``: archived pages' writers; ``de_full157``: banks' own pages; ``de_full158``:
regional news; ``en_bd``: English bylines; the forty-third session's ``dates_dc``: hard-to-
read days; ``dates_dd``: misleading metadata dates; ``dates_de``: archived pages' days;
``de_full159``: small sites' writers; ``de_full160``: titles that need judgement;
``de_full161``: archived pages' writers; ``de_full162``: national and regional news;
``en_be``: English bylines; the forty-fourth session's ``dates_df``: misleading metadata
dates; ``dates_dg``: hard-to-read days; ``de_full163``: small sites' writers;
``de_full164``: titles that need judgement; ``de_full165``: archived pages' writers;
``de_full166``: national and regional news; ``de_full167``: banks' own pages; ``en_bf``:
English bylines; the forty-fifth session's ``dates_dh``: archived pages' days;
``dates_di``: hard-to-read days; ``de_full168``: small sites' writers; ``de_full169``:
titles that need judgement; ``de_full170``: archived pages' writers; ``de_full171``:
national and regional news; ``de_full172``: regional news; ``en_bg``: English bylines; the
forty-sixth session's ``dates_dj``: misleading metadata dates; ``dates_dk``: hard-to-read
days; ``de_full173``: banks' own pages; ``de_full174``: small sites' writers;
``de_full175``: titles that need judgement; ``de_full176``: national and regional news;
``de_full177``: archived pages' writers; ``en_bh``: English bylines; the forty-seventh
session's ``dates_dl``: archived pages' days; ``dates_dm``: hard-to-read days;
``de_full178``: regional news; ``de_full179``: small sites' writers; ``de_full180``: titles
that need judgement; ``de_full181``: national and regional news; ``de_full182``: banks' own
pages; ``en_bi``: English bylines; the forty-eighth session's ``dates_dn``: hard-to-read
days; ``dates_do``: misleading metadata dates; ``de_full183``: small sites' writers;
``de_full184``: titles that need judgement; ``de_full185``: archived pages' writers;
``de_full186``: national and regional news; ``de_full187``: banks' own pages; ``en_bj``:
English bylines; its second wave's ``dates_dp``: archived pages' days; ``dates_dq``:
hard-to-read days; ``de_full188``: regional news; ``en_bk``: English bylines; the
forty-ninth session's ``dates_dr``: days on modern sites; ``dates_ds``: portals' and
aggregators' days; ``de_full189``: hosted blog platforms; ``de_full190``: interviews and
long reads; ``de_full191``: finance trade press; ``de_full192``: Austrian and Swiss pages;
``de_full193``: titles of uncommon kinds; ``en_bl``: English bank and payments pages; its
second wave's ``dates_dt``: days on modern sites; ``dates_du``: portals' and aggregators'
days; ``de_full194``: small sites' writers; ``de_full195``: titles that need judgement; its
third wave's ``dates_dv``: hard-to-read days; ``de_full196``: interviews and long reads;
``de_full197``: Austrian and Swiss pages; ``en_bm``: English bank and payments pages) and
the fiftieth (``dates_dw``: days in addresses; ``dates_dx``: texts full of other days;
``dates_dy``: English theme strings and ambiguous numeric days; ``de_full198``: finance
guides; ``de_full199``: banks on social media; ``de_full200``: republished articles;
``de_full201``: news pages of 2007-2014; ``en_bn``: English blogs of 2008-2015; its second
wave's ``dates_dz``, ``dates_ea``, ``de_full202`` to ``de_full204`` and ``en_bo``; its third
wave's ``dates_eb``, ``de_full205``, ``de_full206`` and ``en_bp``; its fourth wave's
``dates_ec``, ``de_full207``, ``de_full208`` and ``en_bq``) and the fifty-first
(``dates_ed``: "Stand:" lines of public and consumer pages; ``de_full209``: banks' press
releases; ``de_full210``: guest posts and columns; ``de_full211``: banking trade press;
``de_full212``: titles that need judgement; ``de_full213``: regional news; ``dates_ee``: live
updates and continuing stories; ``en_br``: English pages of German and European banks; its
second wave's ``dates_ef``, ``dates_eg``, ``de_full214`` to ``de_full218`` and ``en_bs``;
its third wave's ``de_full219``: AMP pages and print views; ``de_full220``: newsletters'
web versions; ``en_bt``: English credits; ``de_full221``: German credits; and ``dates_eh``,
``de_full222``, ``de_full223``; its fourth wave's ``de_full226``: banks' own social media
pages; ``de_full227``: readers' questions answered by experts; and ``de_full224``,
``de_full225``, ``en_bu``, ``en_bv``, ``dates_ej``, and ``dates_ei``: days printed in pieces;
its fifth wave's ``de_full228``: banks' trainee blogs; and ``de_full229`` to ``de_full232``,
``en_bw``, ``dates_ek``; its sixth wave's ``de_full233`` to ``de_full235``, ``dates_el``,
``dates_em`` and ``en_bx``) and the fifty-second (``de_full236``: podcast and video
episode pages; ``de_full237``: forum threads; ``de_full238``: studies and surveys;
``dates_en``: pages of 1998-2008 still served; ``dates_eo``: magazines dated by an issue;
``de_full239``: big publishers behind paywalls; ``en_by``: English bank-marketing blogs;
``de_full240``: photo galleries and videos) and the fifty-third (``de_full261`` to
``de_full288``, ``dates_ex`` to ``dates_fc``, ``en_cd`` to ``en_cg``: ad-hoc news, several
articles in one page, glossaries, case studies, translations, network posts, relative times,
weak day signals, English pages of four continents, consent layers, research news,
personnel news, event reports, councils' pages, readers' letters, social posts, English
forum threads, investor pages, native ads, listed in ``BRIEF.md``) and the fifty-fourth
(``de_full289`` to ``de_full324``, ``dates_fd`` to ``dates_fi``, ``en_ch`` to ``en_cm``:
bank-law news, crypto and trading pages, tech news, associations and parties, stock
portals, German-language news from abroad, dates in abbreviated and non-German forms,
English fintech trade press, academic papers, app listings, content farms, slides,
chronicles, help centres, English wire releases, comment-heavy pages, short news, paged
articles, PDFs as HTML, app shells, other web archives, old blog footers, aggregator
copies) and the fifty-fifth (``de_full325`` to ``de_full336``, ``dates_fj``, ``dates_fk``,
``en_cn``, ``en_co``: speeches, fact checks, police and consumer warnings, print views,
plain-language pages, mobile sites, dates in uncommon machine forms, English news of
German-speaking outlets; ``de_full337`` to ``de_full342``, ``dates_fl``, ``en_cp``: e-paper
views, comparison portals, web stories, read-later saves, interviews, embed-heavy articles,
old table and frame layouts, European institutions' pages; ``de_full343`` to
``de_full348``, ``dates_fm``, ``en_cq``: their second writers; ``de_full349`` to
``de_full354``, ``dates_fn``, ``en_cr``: readers' articles, photo news, court reports, reader
chats, chart pages, advice series, event announcements, corporate insights hubs) and the
fifty-sixth (``de_full355`` to ``de_full360``, ``dates_fo``, ``en_cs``: the second writers
of the fifty-fifth's last eight kinds; ``de_full361`` to ``de_full366``, ``dates_fp``,
``en_ct``: press reviews, municipal gazettes, report chapters, parliamentary printed matter,
satire and glosses, roundups, magazine issues, translated pages; ``de_full367`` to
``de_full372``, ``dates_fq``, ``en_cu``: their second writers; ``de_full373`` to
``de_full378``, ``dates_fr``, ``en_cv``: statements on draft laws, conference reports, press
conferences, official notices, member magazines, staff news, citation-line dates,
engineering blogs; ``de_full379`` to ``de_full384``, ``dates_fs``, ``en_cw``: their second
writers) and the fifty-seventh (``de_full385`` to ``de_full390``, ``dates_ft``, ``en_cx``:
book reviews, broadcast manuscripts, open letters and petitions, obituaries, social media
threads, donation reports, programme pages, newsletter-platform posts; ``de_full391`` to
``de_full396``, ``dates_fu``, ``en_cy``: their second writers; ``de_full397`` to
``de_full402``, ``dates_fv``, ``en_cz``: career portraits, expert advice columns, village
blogs, investigations, barrier-free versions, press-portal releases, time-zone dates, annual
report letters; ``de_full403`` to ``de_full408``, ``dates_fw``, ``en_da``: their second
writers; ``de_full409`` to ``de_full414``, ``dates_fx``, ``en_db``: newsletter web versions,
chamber news, foundation news, archive posts, student papers, FAQ explainers, partial-day
dates, people moves; ``de_full415`` to ``de_full420``, ``dates_fy``, ``en_dc``: their second
writers) and the fifty-eighth (``de_full421`` to ``de_full426``, ``dates_fz``, ``en_dd``: live
blogs, podcast episodes, sports club sponsorship, trade fair news, weekly free papers, police
releases, calendar widgets, English live blogs; ``de_full427`` to ``de_full432``, ``dates_ga``,
``en_de``: their second writers; ``de_full433`` to ``de_full438``, ``dates_gb``, ``en_df``:
commentaries, crowdfunding updates, bank strikes, listings, ombudsman decisions, quizzes and
calculators, datelines, English podcast episodes; ``de_full439`` to ``de_full444``, ``dates_gc``,
``en_dg``: their second writers; ``de_full445`` to ``de_full450``, ``dates_gd``, ``en_dh``:
questionnaires, branch notices, general meetings, market checks, local politicians' blogs,
city wikis, info-table dates, English status pages; ``de_full452``, ``de_full453``,
``dates_ge``, ``en_di``, ``de_full451``, ``de_full454`` to ``de_full456``: their second writers)
and the fifty-ninth (``de_full457`` to ``de_full462``: question-and-answer portals, review
portals, deal communities, digitized historical newspapers, supervisors' articles, teaching
materials, ``dates_gf``, ``en_dj``: breadcrumb and archive-path dates, English
question-and-answer pages; ``de_full463`` to ``de_full468``, ``dates_gg``, ``en_dk``: their
second writers; ``de_full469`` to ``de_full474``, ``dates_gh``, ``en_dl``: awards and
rankings, museum exhibitions, messenger channels, company registers, travel blogs, parenting
blogs, photo-credit dates, English expat blogs; ``de_full475`` to ``de_full480``,
``dates_gi``, ``en_dm``: their second writers; ``de_full481`` to ``de_full484``,
``de_full485``, ``de_full486``, ``dates_gj``, ``en_dn``: senior portals, agricultural
press, release notes, business development news, migrant community media, bank retirees'
clubs, placeholder machine dates, English staff announcements; ``de_full487`` to
``de_full492``, ``dates_gk``, ``en_do``: their second writers) and the sixtieth
(``de_full493`` to ``de_full498``, ``dates_gl``, ``en_dp``: fee-based advisers' blogs,
housing portals, IT-security blogs, tax advisers' client letters, lifestyle magazines' money
pages, mobility portals, two-digit-year dates, English think-tank commentaries;
``de_full499`` to ``de_full504``, ``dates_gm``, ``en_dq``: their second writers;
``de_full505`` to ``de_full510``, ``dates_gn``, ``en_dr``: energy cooperatives, shop payment
blogs, children's news, stock newsletters, collectors' and auction news, council information
systems, days under the text, English pages of chambers abroad; ``de_full511`` to
``de_full516``, ``dates_go``, ``en_ds``: their second writers; ``de_full517`` to
``de_full522``, ``dates_gp``, ``en_dt``: student services, tourism and regional money,
telecom providers, open-source banking software, public transport, esports, tooltip dates,
English complaint boards; ``de_full523`` to ``de_full528``, ``dates_gq``, ``en_du``: their
second writers;
``de_full529`` to ``de_full534``, ``dates_gr``, ``en_dv``: housing cooperatives, estate
portals, accounting software blogs, payroll portals, neighbourhood networks, sustainable
finance, calendar-week dates, UK building societies; ``de_full535`` to ``de_full540``,
``dates_gs``, ``en_dw``: their second writers) and the sixty-first (``de_full541`` to
``de_full546``, ``dates_gt``, ``en_dx``: crafts chambers, pharmacy and practice trade
press, hospitality trade news, tradition clubs, fire brigades, insolvency administrators,
validity-period dates, English campus newspapers; ``de_full547`` to ``de_full552``,
``dates_gu``, ``en_dy``: their second writers; ``de_full553`` to ``de_full558``,
``dates_gv``, ``en_dz``: winegrowers, hospitals and care homes, prize-saving news, court
press releases, law firms' deal news, cultural venues, bilingual border dates, English
charities on financial inclusion; ``de_full559`` to ``de_full564``, ``dates_gw``,
``en_ea``: their second writers; ``de_full565`` to ``de_full570``, ``dates_gx``, ``en_eb``:
debt counselling, retail associations, weekly markets, taxi and driving schools, blog
parades, school support associations, zone-marked times, English letters to the editor;
``de_full571`` to ``de_full576``, ``dates_gy``, ``en_ec``: their second writers;
``de_full577`` to ``de_full582``, ``dates_gz``, ``en_ed``: hairdressers and beauty salons,
animal shelters, fan clubs and stadiums, municipal utilities, funeral homes, camping sites,
series parts' dates, US state attorneys general; ``de_full583`` to ``de_full588``,
``dates_ha``, ``en_ee``: their second writers; ``de_full589`` to ``de_full594``,
``dates_hb``, ``en_ef``: allotment garden and beekeeping associations, sailing, riding and
golf clubs, choirs and music schools, scouts and youth organisations, adult education and
seniors' computer clubs, hunting, angling and rural women's associations, fact-box dates,
English bank workers' unions; ``de_full595`` to ``de_full600``, ``dates_hc``, ``en_eg``:
their second writers; ``de_full601`` to ``de_full606``, ``dates_hd``, ``en_eh``: startup
accelerators, coin collectors, Linux user groups and hackerspaces, Alpine and hiking clubs,
food and household blogs, freelancers' blogs, press invitations' dates, New Zealand and South
African personal finance; ``de_full607`` to ``de_full612``, ``dates_he``, ``en_ei``: their
second writers; ``de_full613`` to ``de_full618``, ``dates_hf``, ``en_ej``: bicycle shops and
cycling clubs, dog sports clubs, chess and card game clubs, model railway and radio amateur
clubs, students' unions, e-sports clubs, neighbouring articles' dates, Caribbean, Ghanaian
and Philippine news) write exactly the committed files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SET = Path(__file__).parent.parent / "fixtures" / "extract_realstyle"


@pytest.mark.parametrize(
    ("builder_path", "name", "count"),
    [
        ("en/build_en_aj.py", "en_aj", 24),
        ("en/build_en_ak.py", "en_ak", 20),
        ("en/build_en_al.py", "en_al", 16),
        ("en/build_en_am.py", "en_am", 20),
        ("en/build_en_an.py", "en_an", 20),
        ("en/build_en_ao.py", "en_ao", 20),
        ("en/build_en_ap.py", "en_ap", 20),
        ("defull/build_defull63.py", "de_full63", 24),
        ("defull/build_defull64.py", "de_full64", 20),
        ("defull/build_defull65.py", "de_full65", 16),
        ("defull/build_defull66.py", "de_full66", 16),
        ("defull/build_defull67.py", "de_full67", 24),
        ("defull/build_defull68.py", "de_full68", 24),
        ("defull/build_defull69.py", "de_full69", 24),
        ("defull/build_defull70.py", "de_full70", 24),
        ("defull/build_defull71.py", "de_full71", 24),
        ("defull/build_defull72.py", "de_full72", 24),
        ("dates/build_bt.py", "dates/dates_bt", 30),
        ("dates/build_bu.py", "dates/dates_bu", 30),
        ("dates/build_bv.py", "dates/dates_bv", 30),
        ("dates/build_bw.py", "dates/dates_bw", 30),
        ("dates/build_bx.py", "dates/dates_bx", 30),
        ("dates/build_by.py", "dates/dates_by", 30),
        ("dates/build_bz.py", "dates/dates_bz", 30),
        ("defull/build_defull73.py", "de_full73", 24),
        ("defull/build_defull74.py", "de_full74", 24),
        ("defull/build_defull75.py", "de_full75", 24),
        ("defull/build_defull76.py", "de_full76", 24),
        ("defull/build_defull77.py", "de_full77", 24),
        ("defull/build_defull78.py", "de_full78", 24),
        ("defull/build_defull79.py", "de_full79", 24),
        ("defull/build_defull80.py", "de_full80", 24),
        ("defull/build_defull81.py", "de_full81", 24),
        ("defull/build_defull82.py", "de_full82", 24),
        ("defull/build_defull83.py", "de_full83", 24),
        ("defull/build_defull84.py", "de_full84", 24),
        ("defull/build_defull85.py", "de_full85", 24),
        ("defull/build_defull86.py", "de_full86", 24),
        ("defull/build_defull87.py", "de_full87", 24),
        ("defull/build_defull88.py", "de_full88", 24),
        ("dates/build_ca.py", "dates/dates_ca", 30),
        ("dates/build_cb.py", "dates/dates_cb", 30),
        ("defull/build_defull89.py", "de_full89", 24),
        ("defull/build_defull90.py", "de_full90", 24),
        ("dates/build_cc.py", "dates/dates_cc", 30),
        ("defull/build_defull91.py", "de_full91", 24),
        ("defull/build_defull92.py", "de_full92", 24),
        ("defull/build_defull93.py", "de_full93", 24),
        ("defull/build_defull94.py", "de_full94", 24),
        ("defull/build_defull95.py", "de_full95", 24),
        ("dates/build_cd.py", "dates/dates_cd", 30),
        ("dates/build_ce.py", "dates/dates_ce", 30),
        ("defull/build_defull96.py", "de_full96", 24),
        ("defull/build_defull101.py", "de_full101", 24),
        ("defull/build_defull100.py", "de_full100", 24),
        ("dates/build_cf.py", "dates/dates_cf", 30),
        ("defull/build_defull98.py", "de_full98", 24),
        ("en/build_en_aq.py", "en_aq", 24),
        ("defull/build_defull99.py", "de_full99", 24),
        ("defull/build_defull97.py", "de_full97", 24),
        ("defull/build_defull104.py", "de_full104", 24),
        ("en/build_en_ar.py", "en_ar", 24),
        ("defull/build_defull105.py", "de_full105", 24),
        ("dates/build_ch.py", "dates/dates_ch", 30),
        ("defull/build_defull108.py", "de_full108", 24),
        ("defull/build_defull103.py", "de_full103", 24),
        ("defull/build_defull107.py", "de_full107", 24),
        ("dates/build_cg.py", "dates/dates_cg", 30),
        ("defull/build_defull102.py", "de_full102", 24),
        ("defull/build_defull106.py", "de_full106", 24),
        ("defull/build_defull109.py", "de_full109", 24),
        ("defull/build_defull110.py", "de_full110", 24),
        ("defull/build_defull111.py", "de_full111", 24),
        ("defull/build_defull112.py", "de_full112", 24),
        ("defull/build_defull113.py", "de_full113", 24),
        ("dates/build_ci.py", "dates/dates_ci", 30),
        ("en/build_en_as.py", "en_as", 24),
        ("defull/build_defull114.py", "de_full114", 24),
        ("defull/build_defull116.py", "de_full116", 24),
        ("defull/build_defull118.py", "de_full118", 24),
        ("defull/build_defull119.py", "de_full119", 24),
        ("defull/build_defull120.py", "de_full120", 24),
        ("dates/build_ck.py", "dates/dates_ck", 30),
        ("defull/build_defull115.py", "de_full115", 24),
        ("defull/build_defull117.py", "de_full117", 24),
        ("dates/build_cj.py", "dates/dates_cj", 30),
        ("en/build_en_at.py", "en_at", 24),
        ("dates/build_cl.py", "dates/dates_cl", 30),
        ("dates/build_cm.py", "dates/dates_cm", 30),
        ("defull/build_defull121.py", "de_full121", 24),
        ("defull/build_defull122.py", "de_full122", 24),
        ("defull/build_defull123.py", "de_full123", 24),
        ("defull/build_defull124.py", "de_full124", 24),
        ("defull/build_defull125.py", "de_full125", 24),
        ("defull/build_defull126.py", "de_full126", 24),
        ("defull/build_defull127.py", "de_full127", 24),
        ("defull/build_defull128.py", "de_full128", 24),
        ("defull/build_defull129.py", "de_full129", 24),
        ("defull/build_defull130.py", "de_full130", 24),
        ("dates/build_cn.py", "dates/dates_cn", 30),
        ("dates/build_co.py", "dates/dates_co", 30),
        ("dates/build_cp.py", "dates/dates_cp", 30),
        ("defull/build_defull131.py", "de_full131", 24),
        ("defull/build_defull134.py", "de_full134", 24),
        ("dates/build_cq.py", "dates/dates_cq", 30),
        ("dates/build_cr.py", "dates/dates_cr", 30),
        ("en/build_en_au.py", "en_au", 24),
        ("defull/build_defull132.py", "de_full132", 24),
        ("defull/build_defull133.py", "de_full133", 24),
        ("defull/build_defull135.py", "de_full135", 24),
        ("dates/build_cs.py", "dates/dates_cs", 30),
        ("defull/build_defull138.py", "de_full138", 24),
        ("dates/build_ct.py", "dates/dates_ct", 30),
        ("defull/build_defull137.py", "de_full137", 24),
        ("defull/build_defull136.py", "de_full136", 24),
        ("en/build_en_aw.py", "en_aw", 24),
        ("defull/build_defull142.py", "de_full142", 24),
        ("defull/build_defull139.py", "de_full139", 24),
        ("defull/build_defull141.py", "de_full141", 24),
        ("defull/build_defull143.py", "de_full143", 24),
        ("en/build_en_ay.py", "en_ay", 12),
        ("defull/build_defull145.py", "de_full145", 12),
        ("defull/build_defull146.py", "de_full146", 12),
        ("defull/build_defull147.py", "de_full147", 12),
        ("en/build_en_az.py", "en_az", 12),
        ("dates/build_cu.py", "dates/dates_cu", 8),
        ("dates/build_cv.py", "dates/dates_cv", 6),
        ("defull/build_defull148.py", "de_full148", 6),
        ("en/build_en_ba.py", "en_ba", 6),
        ("dates/build_cw.py", "dates/dates_cw", 6),
        ("en/build_en_bb.py", "en_bb", 6),
        ("defull/build_defull149.py", "de_full149", 6),
        ("defull/build_defull150.py", "de_full150", 6),
        ("dates/build_cx.py", "dates/dates_cx", 6),
        ("dates/build_cy.py", "dates/dates_cy", 6),
        ("defull/build_defull151.py", "de_full151", 6),
        ("defull/build_defull152.py", "de_full152", 6),
        ("en/build_en_bc.py", "en_bc", 6),
        ("dates/build_cz.py", "dates/dates_cz", 6),
        ("defull/build_defull153.py", "de_full153", 6),
        ("dates/build_da.py", "dates/dates_da", 6),
        ("dates/build_db.py", "dates/dates_db", 6),
        ("defull/build_defull154.py", "de_full154", 6),
        ("defull/build_defull155.py", "de_full155", 6),
        ("defull/build_defull156.py", "de_full156", 6),
        ("defull/build_defull157.py", "de_full157", 6),
        ("defull/build_defull158.py", "de_full158", 6),
        ("en/build_en_bd.py", "en_bd", 6),
        ("dates/build_dc.py", "dates/dates_dc", 6),
        ("dates/build_dd.py", "dates/dates_dd", 6),
        ("dates/build_de.py", "dates/dates_de", 6),
        ("defull/build_defull159.py", "de_full159", 6),
        ("defull/build_defull160.py", "de_full160", 6),
        ("defull/build_defull161.py", "de_full161", 6),
        ("defull/build_defull162.py", "de_full162", 6),
        ("en/build_en_be.py", "en_be", 6),
        ("dates/build_df.py", "dates/dates_df", 6),
        ("dates/build_dg.py", "dates/dates_dg", 6),
        ("defull/build_defull163.py", "de_full163", 6),
        ("defull/build_defull164.py", "de_full164", 6),
        ("defull/build_defull165.py", "de_full165", 6),
        ("defull/build_defull166.py", "de_full166", 6),
        ("defull/build_defull167.py", "de_full167", 6),
        ("en/build_en_bf.py", "en_bf", 6),
        ("dates/build_dh.py", "dates/dates_dh", 6),
        ("dates/build_di.py", "dates/dates_di", 6),
        ("defull/build_defull168.py", "de_full168", 6),
        ("defull/build_defull169.py", "de_full169", 6),
        ("defull/build_defull170.py", "de_full170", 6),
        ("defull/build_defull171.py", "de_full171", 6),
        ("defull/build_defull172.py", "de_full172", 6),
        ("en/build_en_bg.py", "en_bg", 6),
        ("dates/build_dj.py", "dates/dates_dj", 6),
        ("dates/build_dk.py", "dates/dates_dk", 6),
        ("defull/build_defull173.py", "de_full173", 6),
        ("defull/build_defull174.py", "de_full174", 6),
        ("defull/build_defull175.py", "de_full175", 6),
        ("defull/build_defull176.py", "de_full176", 6),
        ("defull/build_defull177.py", "de_full177", 6),
        ("en/build_en_bh.py", "en_bh", 6),
        ("dates/build_dl.py", "dates/dates_dl", 6),
        ("dates/build_dm.py", "dates/dates_dm", 6),
        ("defull/build_defull178.py", "de_full178", 6),
        ("defull/build_defull179.py", "de_full179", 6),
        ("defull/build_defull180.py", "de_full180", 6),
        ("defull/build_defull181.py", "de_full181", 6),
        ("defull/build_defull182.py", "de_full182", 6),
        ("en/build_en_bi.py", "en_bi", 6),
        ("dates/build_dn.py", "dates/dates_dn", 6),
        ("dates/build_do.py", "dates/dates_do", 6),
        ("defull/build_defull183.py", "de_full183", 6),
        ("defull/build_defull184.py", "de_full184", 6),
        ("defull/build_defull185.py", "de_full185", 6),
        ("defull/build_defull186.py", "de_full186", 6),
        ("defull/build_defull187.py", "de_full187", 6),
        ("en/build_en_bj.py", "en_bj", 6),
        ("dates/build_dp.py", "dates/dates_dp", 6),
        ("dates/build_dq.py", "dates/dates_dq", 6),
        ("defull/build_defull188.py", "de_full188", 6),
        ("en/build_en_bk.py", "en_bk", 6),
        ("dates/build_dr.py", "dates/dates_dr", 6),
        ("dates/build_ds.py", "dates/dates_ds", 6),
        ("defull/build_defull189.py", "de_full189", 6),
        ("defull/build_defull190.py", "de_full190", 6),
        ("defull/build_defull191.py", "de_full191", 6),
        ("defull/build_defull192.py", "de_full192", 6),
        ("defull/build_defull193.py", "de_full193", 6),
        ("en/build_en_bl.py", "en_bl", 6),
        ("dates/build_dt.py", "dates/dates_dt", 6),
        ("dates/build_du.py", "dates/dates_du", 6),
        ("defull/build_defull194.py", "de_full194", 6),
        ("defull/build_defull195.py", "de_full195", 6),
        ("dates/build_dv.py", "dates/dates_dv", 6),
        ("defull/build_defull196.py", "de_full196", 6),
        ("defull/build_defull197.py", "de_full197", 6),
        ("en/build_en_bm.py", "en_bm", 6),
        ("dates/build_dy.py", "dates/dates_dy", 6),
        ("en/build_en_bn.py", "en_bn", 6),
        ("defull/build_defull198.py", "de_full198", 6),
        ("defull/build_defull200.py", "de_full200", 6),
        ("dates/build_dw.py", "dates/dates_dw", 6),
        ("defull/build_defull199.py", "de_full199", 6),
        ("dates/build_dx.py", "dates/dates_dx", 6),
        ("defull/build_defull201.py", "de_full201", 6),
        ("defull/build_defull204.py", "de_full204", 6),
        ("en/build_en_bo.py", "en_bo", 6),
        ("defull/build_defull203.py", "de_full203", 6),
        ("defull/build_defull202.py", "de_full202", 6),
        ("dates/build_ea.py", "dates/dates_ea", 6),
        ("dates/build_dz.py", "dates/dates_dz", 6),
        ("defull/build_defull205.py", "de_full205", 6),
        ("en/build_en_bp.py", "en_bp", 6),
        ("dates/build_eb.py", "dates/dates_eb", 6),
        ("defull/build_defull206.py", "de_full206", 6),
        ("defull/build_defull208.py", "de_full208", 6),
        ("defull/build_defull207.py", "de_full207", 6),
        ("dates/build_ec.py", "dates/dates_ec", 6),
        ("en/build_en_bq.py", "en_bq", 6),
        ("dates/build_ed.py", "dates/dates_ed", 6),
        ("defull/build_defull209.py", "de_full209", 6),
        ("defull/build_defull210.py", "de_full210", 6),
        ("defull/build_defull211.py", "de_full211", 6),
        ("defull/build_defull212.py", "de_full212", 6),
        ("defull/build_defull213.py", "de_full213", 6),
        ("dates/build_ee.py", "dates/dates_ee", 6),
        ("en/build_en_br.py", "en_br", 6),
        ("dates/build_ef.py", "dates/dates_ef", 6),
        ("dates/build_eg.py", "dates/dates_eg", 6),
        ("defull/build_defull214.py", "de_full214", 6),
        ("defull/build_defull215.py", "de_full215", 6),
        ("defull/build_defull216.py", "de_full216", 6),
        ("defull/build_defull217.py", "de_full217", 6),
        ("defull/build_defull218.py", "de_full218", 6),
        ("en/build_en_bs.py", "en_bs", 6),
        ("defull/build_defull219.py", "de_full219", 6),
        ("defull/build_defull220.py", "de_full220", 6),
        ("en/build_en_bt.py", "en_bt", 6),
        ("defull/build_defull221.py", "de_full221", 6),
        ("dates/build_eh.py", "dates/dates_eh", 6),
        ("defull/build_defull222.py", "de_full222", 6),
        ("defull/build_defull223.py", "de_full223", 6),
        ("defull/build_defull224.py", "de_full224", 6),
        ("en/build_en_bu.py", "en_bu", 6),
        ("defull/build_defull225.py", "de_full225", 6),
        ("en/build_en_bv.py", "en_bv", 6),
        ("defull/build_defull226.py", "de_full226", 6),
        ("defull/build_defull227.py", "de_full227", 6),
        ("dates/build_ej.py", "dates/dates_ej", 6),
        ("dates/build_ei.py", "dates/dates_ei", 6),
        ("defull/build_defull228.py", "de_full228", 6),
        ("defull/build_defull229.py", "de_full229", 6),
        ("defull/build_defull230.py", "de_full230", 6),
        ("defull/build_defull231.py", "de_full231", 6),
        ("defull/build_defull232.py", "de_full232", 6),
        ("en/build_en_bw.py", "en_bw", 6),
        ("dates/build_ek.py", "dates/dates_ek", 6),
        ("defull/build_defull233.py", "de_full233", 6),
        ("defull/build_defull234.py", "de_full234", 6),
        ("dates/build_el.py", "dates/dates_el", 6),
        ("defull/build_defull235.py", "de_full235", 6),
        ("dates/build_em.py", "dates/dates_em", 6),
        ("en/build_en_bx.py", "en_bx", 6),
        ("defull/build_defull236.py", "de_full236", 6),
        ("defull/build_defull237.py", "de_full237", 6),
        ("defull/build_defull238.py", "de_full238", 6),
        ("dates/build_en.py", "dates/dates_en", 6),
        ("dates/build_eo.py", "dates/dates_eo", 6),
        ("defull/build_defull239.py", "de_full239", 6),
        ("en/build_en_by.py", "en_by", 6),
        ("defull/build_defull240.py", "de_full240", 6),
        ("defull/build_defull241.py", "de_full241", 6),
        ("defull/build_defull242.py", "de_full242", 6),
        ("dates/build_ep.py", "dates/dates_ep", 6),
        ("defull/build_defull243.py", "de_full243", 6),
        ("en/build_en_bz.py", "en_bz", 6),
        ("defull/build_defull244.py", "de_full244", 6),
        ("defull/build_defull245.py", "de_full245", 6),
        ("dates/build_eq.py", "dates/dates_eq", 6),
        ("defull/build_defull246.py", "de_full246", 6),
        ("defull/build_defull247.py", "de_full247", 6),
        ("defull/build_defull250.py", "de_full250", 6),
        ("dates/build_er.py", "dates/dates_er", 6),
        ("defull/build_defull248.py", "de_full248", 6),
        ("defull/build_defull249.py", "de_full249", 6),
        ("dates/build_es.py", "dates/dates_es", 6),
        ("en/build_en_ca.py", "en_ca", 6),
        ("defull/build_defull251.py", "de_full251", 6),
        ("defull/build_defull252.py", "de_full252", 6),
        ("defull/build_defull253.py", "de_full253", 6),
        ("dates/build_et.py", "dates/dates_et", 6),
        ("dates/build_eu.py", "dates/dates_eu", 6),
        ("en/build_en_cb.py", "en_cb", 6),
        ("defull/build_defull254.py", "de_full254", 6),
        ("defull/build_defull255.py", "de_full255", 6),
        ("defull/build_defull256.py", "de_full256", 6),
        ("dates/build_ev.py", "dates/dates_ev", 6),
        ("en/build_en_cc.py", "en_cc", 6),
        ("defull/build_defull257.py", "de_full257", 6),
        ("defull/build_defull258.py", "de_full258", 6),
        ("defull/build_defull259.py", "de_full259", 6),
        ("dates/build_ew.py", "dates/dates_ew", 6),
        ("defull/build_defull260.py", "de_full260", 6),
        ("defull/build_defull261.py", "de_full261", 6),
        ("defull/build_defull262.py", "de_full262", 6),
        ("defull/build_defull263.py", "de_full263", 6),
        ("defull/build_defull264.py", "de_full264", 6),
        ("defull/build_defull265.py", "de_full265", 6),
        ("defull/build_defull266.py", "de_full266", 6),
        ("dates/build_ex.py", "dates/dates_ex", 6),
        ("dates/build_ey.py", "dates/dates_ey", 6),
        ("en/build_en_cd.py", "en_cd", 6),
        ("defull/build_defull267.py", "de_full267", 6),
        ("defull/build_defull268.py", "de_full268", 6),
        ("defull/build_defull269.py", "de_full269", 6),
        ("defull/build_defull270.py", "de_full270", 6),
        ("defull/build_defull271.py", "de_full271", 6),
        ("defull/build_defull272.py", "de_full272", 6),
        ("dates/build_ez.py", "dates/dates_ez", 6),
        ("defull/build_defull273.py", "de_full273", 6),
        ("defull/build_defull274.py", "de_full274", 6),
        ("dates/build_fa.py", "dates/dates_fa", 6),
        ("defull/build_defull275.py", "de_full275", 6),
        ("defull/build_defull276.py", "de_full276", 6),
        ("defull/build_defull277.py", "de_full277", 6),
        ("defull/build_defull278.py", "de_full278", 6),
        ("defull/build_defull279.py", "de_full279", 6),
        ("defull/build_defull280.py", "de_full280", 6),
        ("defull/build_defull281.py", "de_full281", 6),
        ("defull/build_defull283.py", "de_full283", 6),
        ("dates/build_fb.py", "dates/dates_fb", 6),
        ("en/build_en_cf.py", "en_cf", 6),
        ("en/build_en_ce.py", "en_ce", 6),
        ("defull/build_defull282.py", "de_full282", 6),
        ("en/build_en_cg.py", "en_cg", 6),
        ("defull/build_defull284.py", "de_full284", 6),
        ("defull/build_defull285.py", "de_full285", 6),
        ("defull/build_defull286.py", "de_full286", 6),
        ("defull/build_defull287.py", "de_full287", 6),
        ("dates/build_fc.py", "dates/dates_fc", 6),
        ("defull/build_defull288.py", "de_full288", 6),
        ("defull/build_defull289.py", "de_full289", 6),
        ("defull/build_defull290.py", "de_full290", 6),
        ("defull/build_defull291.py", "de_full291", 6),
        ("defull/build_defull292.py", "de_full292", 6),
        ("defull/build_defull293.py", "de_full293", 6),
        ("defull/build_defull294.py", "de_full294", 6),
        ("dates/build_fd.py", "dates/dates_fd", 6),
        ("en/build_en_ch.py", "en_ch", 6),
        ("defull/build_defull295.py", "de_full295", 6),
        ("defull/build_defull296.py", "de_full296", 6),
        ("defull/build_defull297.py", "de_full297", 6),
        ("defull/build_defull298.py", "de_full298", 6),
        ("defull/build_defull299.py", "de_full299", 6),
        ("defull/build_defull300.py", "de_full300", 6),
        ("dates/build_fe.py", "dates/dates_fe", 6),
        ("en/build_en_ci.py", "en_ci", 6),
        ("defull/build_defull301.py", "de_full301", 6),
        ("defull/build_defull302.py", "de_full302", 6),
        ("defull/build_defull303.py", "de_full303", 6),
        ("defull/build_defull304.py", "de_full304", 6),
        ("defull/build_defull305.py", "de_full305", 6),
        ("defull/build_defull306.py", "de_full306", 6),
        ("dates/build_ff.py", "dates/dates_ff", 6),
        ("en/build_en_cj.py", "en_cj", 6),
        ("defull/build_defull307.py", "de_full307", 6),
        ("defull/build_defull308.py", "de_full308", 6),
        ("defull/build_defull309.py", "de_full309", 6),
        ("defull/build_defull310.py", "de_full310", 6),
        ("defull/build_defull311.py", "de_full311", 6),
        ("defull/build_defull312.py", "de_full312", 6),
        ("dates/build_fg.py", "dates/dates_fg", 6),
        ("en/build_en_ck.py", "en_ck", 6),
        ("defull/build_defull313.py", "de_full313", 6),
        ("defull/build_defull314.py", "de_full314", 6),
        ("defull/build_defull315.py", "de_full315", 6),
        ("defull/build_defull316.py", "de_full316", 6),
        ("defull/build_defull317.py", "de_full317", 6),
        ("defull/build_defull318.py", "de_full318", 6),
        ("dates/build_fh.py", "dates/dates_fh", 6),
        ("en/build_en_cl.py", "en_cl", 6),
        ("defull/build_defull319.py", "de_full319", 6),
        ("defull/build_defull320.py", "de_full320", 6),
        ("defull/build_defull321.py", "de_full321", 6),
        ("defull/build_defull322.py", "de_full322", 6),
        ("defull/build_defull323.py", "de_full323", 6),
        ("defull/build_defull324.py", "de_full324", 6),
        ("dates/build_fi.py", "dates/dates_fi", 6),
        ("en/build_en_cm.py", "en_cm", 6),
        ("defull/build_defull325.py", "de_full325", 6),
        ("defull/build_defull326.py", "de_full326", 6),
        ("defull/build_defull327.py", "de_full327", 6),
        ("defull/build_defull328.py", "de_full328", 6),
        ("defull/build_defull329.py", "de_full329", 6),
        ("defull/build_defull330.py", "de_full330", 6),
        ("dates/build_fj.py", "dates/dates_fj", 6),
        ("en/build_en_cn.py", "en_cn", 6),
        ("defull/build_defull331.py", "de_full331", 6),
        ("defull/build_defull332.py", "de_full332", 6),
        ("defull/build_defull333.py", "de_full333", 6),
        ("defull/build_defull334.py", "de_full334", 6),
        ("defull/build_defull335.py", "de_full335", 6),
        ("defull/build_defull336.py", "de_full336", 6),
        ("dates/build_fk.py", "dates/dates_fk", 6),
        ("en/build_en_co.py", "en_co", 6),
        ("defull/build_defull337.py", "de_full337", 6),
        ("defull/build_defull338.py", "de_full338", 6),
        ("defull/build_defull339.py", "de_full339", 6),
        ("defull/build_defull340.py", "de_full340", 6),
        ("defull/build_defull341.py", "de_full341", 6),
        ("defull/build_defull342.py", "de_full342", 6),
        ("dates/build_fl.py", "dates/dates_fl", 6),
        ("en/build_en_cp.py", "en_cp", 6),
        ("defull/build_defull343.py", "de_full343", 6),
        ("defull/build_defull344.py", "de_full344", 6),
        ("defull/build_defull345.py", "de_full345", 6),
        ("defull/build_defull346.py", "de_full346", 6),
        ("defull/build_defull347.py", "de_full347", 6),
        ("defull/build_defull348.py", "de_full348", 6),
        ("dates/build_fm.py", "dates/dates_fm", 6),
        ("en/build_en_cq.py", "en_cq", 6),
        ("defull/build_defull349.py", "de_full349", 6),
        ("defull/build_defull350.py", "de_full350", 6),
        ("defull/build_defull351.py", "de_full351", 6),
        ("defull/build_defull352.py", "de_full352", 6),
        ("defull/build_defull353.py", "de_full353", 6),
        ("defull/build_defull354.py", "de_full354", 6),
        ("dates/build_fn.py", "dates/dates_fn", 6),
        ("en/build_en_cr.py", "en_cr", 6),
        ("defull/build_defull355.py", "de_full355", 6),
        ("defull/build_defull356.py", "de_full356", 6),
        ("defull/build_defull357.py", "de_full357", 6),
        ("defull/build_defull358.py", "de_full358", 6),
        ("defull/build_defull359.py", "de_full359", 6),
        ("defull/build_defull360.py", "de_full360", 6),
        ("dates/build_fo.py", "dates/dates_fo", 6),
        ("en/build_en_cs.py", "en_cs", 6),
        ("defull/build_defull361.py", "de_full361", 6),
        ("defull/build_defull362.py", "de_full362", 6),
        ("defull/build_defull363.py", "de_full363", 6),
        ("defull/build_defull364.py", "de_full364", 6),
        ("defull/build_defull365.py", "de_full365", 6),
        ("defull/build_defull366.py", "de_full366", 6),
        ("dates/build_fp.py", "dates/dates_fp", 6),
        ("en/build_en_ct.py", "en_ct", 6),
        ("defull/build_defull367.py", "de_full367", 6),
        ("defull/build_defull368.py", "de_full368", 6),
        ("defull/build_defull369.py", "de_full369", 6),
        ("defull/build_defull370.py", "de_full370", 6),
        ("defull/build_defull371.py", "de_full371", 6),
        ("defull/build_defull372.py", "de_full372", 6),
        ("dates/build_fq.py", "dates/dates_fq", 6),
        ("en/build_en_cu.py", "en_cu", 6),
        ("defull/build_defull373.py", "de_full373", 6),
        ("defull/build_defull374.py", "de_full374", 6),
        ("defull/build_defull375.py", "de_full375", 6),
        ("defull/build_defull376.py", "de_full376", 6),
        ("defull/build_defull377.py", "de_full377", 6),
        ("defull/build_defull378.py", "de_full378", 6),
        ("dates/build_fr.py", "dates/dates_fr", 6),
        ("en/build_en_cv.py", "en_cv", 6),
        ("defull/build_defull379.py", "de_full379", 6),
        ("defull/build_defull380.py", "de_full380", 6),
        ("defull/build_defull381.py", "de_full381", 6),
        ("defull/build_defull382.py", "de_full382", 6),
        ("defull/build_defull383.py", "de_full383", 6),
        ("defull/build_defull384.py", "de_full384", 6),
        ("dates/build_fs.py", "dates/dates_fs", 6),
        ("en/build_en_cw.py", "en_cw", 6),
        ("defull/build_defull385.py", "de_full385", 6),
        ("defull/build_defull386.py", "de_full386", 6),
        ("defull/build_defull387.py", "de_full387", 6),
        ("defull/build_defull388.py", "de_full388", 6),
        ("defull/build_defull389.py", "de_full389", 6),
        ("defull/build_defull390.py", "de_full390", 6),
        ("dates/build_ft.py", "dates/dates_ft", 6),
        ("en/build_en_cx.py", "en_cx", 6),
        ("defull/build_defull391.py", "de_full391", 6),
        ("defull/build_defull392.py", "de_full392", 6),
        ("defull/build_defull393.py", "de_full393", 6),
        ("defull/build_defull394.py", "de_full394", 6),
        ("defull/build_defull395.py", "de_full395", 6),
        ("defull/build_defull396.py", "de_full396", 6),
        ("dates/build_fu.py", "dates/dates_fu", 6),
        ("en/build_en_cy.py", "en_cy", 6),
        ("defull/build_defull397.py", "de_full397", 6),
        ("defull/build_defull398.py", "de_full398", 6),
        ("defull/build_defull399.py", "de_full399", 6),
        ("defull/build_defull400.py", "de_full400", 6),
        ("defull/build_defull401.py", "de_full401", 6),
        ("defull/build_defull402.py", "de_full402", 6),
        ("dates/build_fv.py", "dates/dates_fv", 6),
        ("en/build_en_cz.py", "en_cz", 6),
        ("defull/build_defull403.py", "de_full403", 6),
        ("defull/build_defull404.py", "de_full404", 6),
        ("defull/build_defull405.py", "de_full405", 6),
        ("defull/build_defull406.py", "de_full406", 6),
        ("defull/build_defull407.py", "de_full407", 6),
        ("defull/build_defull408.py", "de_full408", 6),
        ("dates/build_fw.py", "dates/dates_fw", 6),
        ("en/build_en_da.py", "en_da", 6),
        ("defull/build_defull409.py", "de_full409", 6),
        ("defull/build_defull410.py", "de_full410", 6),
        ("defull/build_defull411.py", "de_full411", 6),
        ("defull/build_defull412.py", "de_full412", 6),
        ("defull/build_defull413.py", "de_full413", 6),
        ("defull/build_defull414.py", "de_full414", 6),
        ("dates/build_fx.py", "dates/dates_fx", 6),
        ("en/build_en_db.py", "en_db", 6),
        ("defull/build_defull415.py", "de_full415", 6),
        ("defull/build_defull416.py", "de_full416", 6),
        ("defull/build_defull417.py", "de_full417", 6),
        ("defull/build_defull418.py", "de_full418", 6),
        ("defull/build_defull419.py", "de_full419", 6),
        ("defull/build_defull420.py", "de_full420", 6),
        ("dates/build_fy.py", "dates/dates_fy", 6),
        ("en/build_en_dc.py", "en_dc", 6),
        ("defull/build_defull421.py", "de_full421", 6),
        ("defull/build_defull422.py", "de_full422", 6),
        ("defull/build_defull423.py", "de_full423", 6),
        ("defull/build_defull424.py", "de_full424", 6),
        ("defull/build_defull425.py", "de_full425", 6),
        ("defull/build_defull426.py", "de_full426", 6),
        ("dates/build_fz.py", "dates/dates_fz", 6),
        ("en/build_en_dd.py", "en_dd", 6),
        ("defull/build_defull427.py", "de_full427", 6),
        ("defull/build_defull428.py", "de_full428", 6),
        ("defull/build_defull429.py", "de_full429", 6),
        ("defull/build_defull430.py", "de_full430", 6),
        ("defull/build_defull431.py", "de_full431", 6),
        ("defull/build_defull432.py", "de_full432", 6),
        ("dates/build_ga.py", "dates/dates_ga", 6),
        ("en/build_en_de.py", "en_de", 6),
        ("defull/build_defull433.py", "de_full433", 6),
        ("defull/build_defull434.py", "de_full434", 6),
        ("defull/build_defull435.py", "de_full435", 6),
        ("defull/build_defull436.py", "de_full436", 6),
        ("defull/build_defull437.py", "de_full437", 6),
        ("defull/build_defull438.py", "de_full438", 6),
        ("dates/build_gb.py", "dates/dates_gb", 6),
        ("en/build_en_df.py", "en_df", 6),
        ("defull/build_defull439.py", "de_full439", 6),
        ("defull/build_defull440.py", "de_full440", 6),
        ("defull/build_defull441.py", "de_full441", 6),
        ("defull/build_defull442.py", "de_full442", 6),
        ("defull/build_defull443.py", "de_full443", 6),
        ("defull/build_defull444.py", "de_full444", 6),
        ("dates/build_gc.py", "dates/dates_gc", 6),
        ("en/build_en_dg.py", "en_dg", 6),
        ("defull/build_defull445.py", "de_full445", 6),
        ("defull/build_defull446.py", "de_full446", 6),
        ("defull/build_defull447.py", "de_full447", 6),
        ("defull/build_defull448.py", "de_full448", 6),
        ("defull/build_defull449.py", "de_full449", 6),
        ("defull/build_defull450.py", "de_full450", 6),
        ("dates/build_gd.py", "dates/dates_gd", 6),
        ("en/build_en_dh.py", "en_dh", 6),
        ("defull/build_defull452.py", "de_full452", 6),
        ("defull/build_defull453.py", "de_full453", 6),
        ("dates/build_ge.py", "dates/dates_ge", 6),
        ("en/build_en_di.py", "en_di", 6),
        ("defull/build_defull454.py", "de_full454", 6),
        ("defull/build_defull455.py", "de_full455", 6),
        ("defull/build_defull456.py", "de_full456", 6),
        ("defull/build_defull451.py", "de_full451", 6),
        ("defull/build_defull457.py", "de_full457", 6),
        ("defull/build_defull458.py", "de_full458", 6),
        ("defull/build_defull459.py", "de_full459", 6),
        ("defull/build_defull460.py", "de_full460", 6),
        ("defull/build_defull461.py", "de_full461", 6),
        ("defull/build_defull462.py", "de_full462", 6),
        ("dates/build_gf.py", "dates/dates_gf", 6),
        ("en/build_en_dj.py", "en_dj", 6),
        ("defull/build_defull463.py", "de_full463", 6),
        ("defull/build_defull464.py", "de_full464", 6),
        ("defull/build_defull465.py", "de_full465", 6),
        ("defull/build_defull466.py", "de_full466", 6),
        ("defull/build_defull467.py", "de_full467", 6),
        ("defull/build_defull468.py", "de_full468", 6),
        ("dates/build_gg.py", "dates/dates_gg", 6),
        ("en/build_en_dk.py", "en_dk", 6),
        ("defull/build_defull469.py", "de_full469", 6),
        ("defull/build_defull470.py", "de_full470", 6),
        ("defull/build_defull471.py", "de_full471", 6),
        ("defull/build_defull472.py", "de_full472", 6),
        ("defull/build_defull473.py", "de_full473", 6),
        ("dates/build_gh.py", "dates/dates_gh", 6),
        ("defull/build_defull474.py", "de_full474", 6),
        ("en/build_en_dl.py", "en_dl", 6),
        ("defull/build_defull475.py", "de_full475", 6),
        ("defull/build_defull476.py", "de_full476", 6),
        ("defull/build_defull477.py", "de_full477", 6),
        ("defull/build_defull478.py", "de_full478", 6),
        ("defull/build_defull479.py", "de_full479", 6),
        ("defull/build_defull480.py", "de_full480", 6),
        ("dates/build_gi.py", "dates/dates_gi", 6),
        ("en/build_en_dm.py", "en_dm", 6),
        ("defull/build_defull481.py", "de_full481", 6),
        ("defull/build_defull482.py", "de_full482", 6),
        ("defull/build_defull483.py", "de_full483", 6),
        ("defull/build_defull484.py", "de_full484", 6),
        ("defull/build_defull486.py", "de_full486", 6),
        ("defull/build_defull485.py", "de_full485", 6),
        ("dates/build_gj.py", "dates/dates_gj", 6),
        ("en/build_en_dn.py", "en_dn", 6),
        ("defull/build_defull487.py", "de_full487", 6),
        ("defull/build_defull488.py", "de_full488", 6),
        ("defull/build_defull489.py", "de_full489", 6),
        ("defull/build_defull490.py", "de_full490", 6),
        ("defull/build_defull491.py", "de_full491", 6),
        ("defull/build_defull492.py", "de_full492", 6),
        ("en/build_en_do.py", "en_do", 6),
        ("dates/build_gk.py", "dates/dates_gk", 6),
        ("defull/build_defull493.py", "de_full493", 6),
        ("defull/build_defull494.py", "de_full494", 6),
        ("defull/build_defull495.py", "de_full495", 6),
        ("defull/build_defull496.py", "de_full496", 6),
        ("defull/build_defull497.py", "de_full497", 6),
        ("defull/build_defull498.py", "de_full498", 6),
        ("dates/build_gl.py", "dates/dates_gl", 6),
        ("en/build_en_dp.py", "en_dp", 6),
        ("defull/build_defull499.py", "de_full499", 6),
        ("defull/build_defull500.py", "de_full500", 6),
        ("defull/build_defull501.py", "de_full501", 6),
        ("defull/build_defull502.py", "de_full502", 6),
        ("defull/build_defull504.py", "de_full504", 6),
        ("dates/build_gm.py", "dates/dates_gm", 6),
        ("en/build_en_dq.py", "en_dq", 6),
        ("defull/build_defull503.py", "de_full503", 6),
        ("defull/build_defull506.py", "de_full506", 6),
        ("defull/build_defull507.py", "de_full507", 6),
        ("defull/build_defull508.py", "de_full508", 6),
        ("defull/build_defull509.py", "de_full509", 6),
        ("defull/build_defull510.py", "de_full510", 6),
        ("dates/build_gn.py", "dates/dates_gn", 6),
        ("defull/build_defull505.py", "de_full505", 6),
        ("en/build_en_dr.py", "en_dr", 6),
        ("defull/build_defull511.py", "de_full511", 6),
        ("defull/build_defull512.py", "de_full512", 6),
        ("defull/build_defull513.py", "de_full513", 6),
        ("defull/build_defull514.py", "de_full514", 6),
        ("defull/build_defull515.py", "de_full515", 6),
        ("defull/build_defull516.py", "de_full516", 6),
        ("dates/build_go.py", "dates/dates_go", 6),
        ("en/build_en_ds.py", "en_ds", 6),
        ("defull/build_defull517.py", "de_full517", 6),
        ("defull/build_defull518.py", "de_full518", 6),
        ("defull/build_defull519.py", "de_full519", 6),
        ("defull/build_defull520.py", "de_full520", 6),
        ("defull/build_defull521.py", "de_full521", 6),
        ("defull/build_defull522.py", "de_full522", 6),
        ("dates/build_gp.py", "dates/dates_gp", 6),
        ("en/build_en_dt.py", "en_dt", 6),
        ("defull/build_defull523.py", "de_full523", 6),
        ("defull/build_defull524.py", "de_full524", 6),
        ("defull/build_defull525.py", "de_full525", 6),
        ("defull/build_defull526.py", "de_full526", 6),
        ("defull/build_defull527.py", "de_full527", 6),
        ("defull/build_defull528.py", "de_full528", 6),
        ("en/build_en_du.py", "en_du", 6),
        ("dates/build_gq.py", "dates/dates_gq", 6),
        ("defull/build_defull529.py", "de_full529", 6),
        ("defull/build_defull530.py", "de_full530", 6),
        ("defull/build_defull531.py", "de_full531", 6),
        ("defull/build_defull532.py", "de_full532", 6),
        ("defull/build_defull533.py", "de_full533", 6),
        ("defull/build_defull534.py", "de_full534", 6),
        ("dates/build_gr.py", "dates/dates_gr", 6),
        ("en/build_en_dv.py", "en_dv", 6),
        ("defull/build_defull536.py", "de_full536", 6),
        ("defull/build_defull537.py", "de_full537", 6),
        ("defull/build_defull538.py", "de_full538", 6),
        ("defull/build_defull539.py", "de_full539", 6),
        ("defull/build_defull540.py", "de_full540", 6),
        ("dates/build_gs.py", "dates/dates_gs", 6),
        ("en/build_en_dw.py", "en_dw", 6),
        ("defull/build_defull535.py", "de_full535", 6),
        ("en/build_en_dx.py", "en_dx", 6),
        ("defull/build_defull541.py", "de_full541", 6),
        ("defull/build_defull542.py", "de_full542", 6),
        ("defull/build_defull543.py", "de_full543", 6),
        ("defull/build_defull544.py", "de_full544", 6),
        ("defull/build_defull545.py", "de_full545", 6),
        ("defull/build_defull546.py", "de_full546", 6),
        ("dates/build_gt.py", "dates/dates_gt", 6),
        ("defull/build_defull547.py", "de_full547", 6),
        ("defull/build_defull549.py", "de_full549", 6),
        ("defull/build_defull552.py", "de_full552", 6),
        ("defull/build_defull550.py", "de_full550", 6),
        ("defull/build_defull548.py", "de_full548", 6),
        ("defull/build_defull551.py", "de_full551", 6),
        ("dates/build_gu.py", "dates/dates_gu", 6),
        ("en/build_en_dy.py", "en_dy", 6),
        ("defull/build_defull553.py", "de_full553", 6),
        ("defull/build_defull554.py", "de_full554", 6),
        ("defull/build_defull555.py", "de_full555", 6),
        ("defull/build_defull557.py", "de_full557", 6),
        ("defull/build_defull558.py", "de_full558", 6),
        ("dates/build_gv.py", "dates/dates_gv", 6),
        ("en/build_en_dz.py", "en_dz", 6),
        ("defull/build_defull556.py", "de_full556", 6),
        ("defull/build_defull559.py", "de_full559", 6),
        ("defull/build_defull560.py", "de_full560", 6),
        ("defull/build_defull563.py", "de_full563", 6),
        ("dates/build_gw.py", "dates/dates_gw", 6),
        ("en/build_en_ea.py", "en_ea", 6),
        ("defull/build_defull561.py", "de_full561", 6),
        ("defull/build_defull562.py", "de_full562", 6),
        ("defull/build_defull564.py", "de_full564", 6),
        ("defull/build_defull565.py", "de_full565", 6),
        ("defull/build_defull566.py", "de_full566", 6),
        ("defull/build_defull567.py", "de_full567", 6),
        ("defull/build_defull569.py", "de_full569", 6),
        ("defull/build_defull570.py", "de_full570", 6),
        ("dates/build_gx.py", "dates/dates_gx", 6),
        ("en/build_en_eb.py", "en_eb", 6),
        ("defull/build_defull568.py", "de_full568", 6),
        ("defull/build_defull571.py", "de_full571", 6),
        ("defull/build_defull572.py", "de_full572", 6),
        ("defull/build_defull573.py", "de_full573", 6),
        ("defull/build_defull574.py", "de_full574", 6),
        ("defull/build_defull575.py", "de_full575", 6),
        ("defull/build_defull576.py", "de_full576", 6),
        ("dates/build_gy.py", "dates/dates_gy", 6),
        ("en/build_en_ec.py", "en_ec", 6),
        ("defull/build_defull577.py", "de_full577", 6),
        ("defull/build_defull578.py", "de_full578", 6),
        ("defull/build_defull579.py", "de_full579", 6),
        ("defull/build_defull580.py", "de_full580", 6),
        ("defull/build_defull581.py", "de_full581", 6),
        ("defull/build_defull582.py", "de_full582", 6),
        ("dates/build_gz.py", "dates/dates_gz", 6),
        ("en/build_en_ed.py", "en_ed", 6),
        ("defull/build_defull583.py", "de_full583", 6),
        ("defull/build_defull584.py", "de_full584", 6),
        ("defull/build_defull585.py", "de_full585", 6),
        ("defull/build_defull586.py", "de_full586", 6),
        ("defull/build_defull587.py", "de_full587", 6),
        ("defull/build_defull588.py", "de_full588", 6),
        ("en/build_en_ee.py", "en_ee", 6),
        ("dates/build_ha.py", "dates/dates_ha", 6),
        ("defull/build_defull592.py", "de_full592", 6),
        ("defull/build_defull593.py", "de_full593", 6),
        ("defull/build_defull594.py", "de_full594", 6),
        ("en/build_en_ef.py", "en_ef", 6),
        ("dates/build_hb.py", "dates/dates_hb", 6),
        ("defull/build_defull589.py", "de_full589", 6),
        ("defull/build_defull590.py", "de_full590", 6),
        ("defull/build_defull591.py", "de_full591", 6),
        ("defull/build_defull595.py", "de_full595", 6),
        ("defull/build_defull599.py", "de_full599", 6),
        ("dates/build_hc.py", "dates/dates_hc", 6),
        ("en/build_en_eg.py", "en_eg", 6),
        ("defull/build_defull597.py", "de_full597", 6),
        ("defull/build_defull598.py", "de_full598", 6),
        ("defull/build_defull596.py", "de_full596", 6),
        ("defull/build_defull600.py", "de_full600", 6),
        ("defull/build_defull601.py", "de_full601", 6),
        ("defull/build_defull604.py", "de_full604", 6),
        ("defull/build_defull606.py", "de_full606", 6),
        ("defull/build_defull602.py", "de_full602", 6),
        ("dates/build_hd.py", "dates/dates_hd", 6),
        ("en/build_en_eh.py", "en_eh", 6),
        ("defull/build_defull603.py", "de_full603", 6),
        ("defull/build_defull605.py", "de_full605", 6),
        ("defull/build_defull607.py", "de_full607", 6),
        ("defull/build_defull608.py", "de_full608", 6),
        ("defull/build_defull609.py", "de_full609", 6),
        ("defull/build_defull610.py", "de_full610", 6),
        ("dates/build_he.py", "dates/dates_he", 6),
        ("en/build_en_ei.py", "en_ei", 6),
        ("defull/build_defull612.py", "de_full612", 6),
        ("defull/build_defull611.py", "de_full611", 6),
        ("defull/build_defull614.py", "de_full614", 6),
        ("defull/build_defull617.py", "de_full617", 6),
        ("en/build_en_ej.py", "en_ej", 6),
        ("defull/build_defull613.py", "de_full613", 6),
        ("defull/build_defull618.py", "de_full618", 6),
        ("defull/build_defull616.py", "de_full616", 6),
        ("dates/build_hf.py", "dates/dates_hf", 6),
        ("defull/build_defull615.py", "de_full615", 6),
    ],
)
def test_blind_builder_writes_the_committed_files(
    builder_path: str, name: str, count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location(f"build_{name}", SET / builder_path)
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    monkeypatch.setattr(builder, "DEST", str(tmp_path))
    assert builder.main() == count
    committed_dir = SET / name
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.*"))
    assert written == sorted(p.relative_to(committed_dir) for p in committed_dir.rglob("*.*"))
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (committed_dir / rel).read_bytes(), rel
