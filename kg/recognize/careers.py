"""Careers: the posts a résumé, an appointment notice or a career sketch gives a person,
with the years they were held.

Official news writes a career as dated steps, each a verb of taking up a post and a
chain of titles, the person written once and then implied:

    某某，男，1965年9月生 …                  (the profile sets the person in focus)
    1998.10-2002.10 某县县委副书记、县长      (a line: a date or range, then titles)
    2012年任某市副市长，2018年10月任某市委常委、常务副市长
    历任某局副局长、局长，某厅厅长等职        (a past enumeration: every post former)
    某某任某市委书记                         (an undated appointment: the article's date)

Each trigger (a verb of taking up or having held a post, or a date opening a line)
is followed by a chain of titles joined by 、 or ，; the chain stops at the first item
that does not end in a title, at 等职/职务, or at a clause that opens with a date.  A body
written once serves the titles after it ("某局党组成员、局长、党组书记": 局长 of 某局,
党组书记 of 某局党组).  The person is the name right before the verb, else the person
the sentence or the paragraphs before it are about (他/她, a line of a résumé).

Dates follow how career databases (CPED) code them: a step starts at its date; a range
closes it; the posts of a step are former once a later step of the same person is
dated; in a résumé (three or more lines that open with a date) a post that the next line
no longer lists ends at that line's date.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.lang.script import ITEM_NUMBER
from kg.recognize.career_chains import (COPULA_WORDS, HELD_FOR, MOVED_ON, SINCE, after_last, chain_items, copula_holds, epithet_after,
                                        first_of_two, in_post, membership_alone, successive_groups, triggers)
from kg.recognize.career_verbs import HELD_SPAN, LEAVE, MOVE, PAST_LEADS, PAST_MARKS, PROPOSE, SECONDED, STILL_THEN, STOP
from kg.recognize.career_decisions import DecisionReading
from kg.recognize.career_lists import ListGoesOn, RespectiveReading
from kg.recognize.career_dates import (AGO, NOW, OFFICE_PERIOD, PERIOD, When, find_dates, bracketed_years, held_until,
                                      step_date, work_start)
from kg.recognize.career_steps import CONFIRMED, Step, confirm_acting, date_steps, successive_from
from kg.recognize.career_profiles import PROFILE_AFTER, ProfileReading
from kg.recognize.career_successions import SuccessionReading
from kg.recognize.career_subjects import AFTER_SUBJECT, LATER, RIGHT_AFTER, SEQUENCE, STORY, WHERE_BEFORE, SubjectReading
from kg.recognize.career_topics import quoted_between
from kg.recognize.org_names import title_matcher
from kg.recognize.place_lists import own_title
from kg.recognize.person_notices import FORM_NAME
from kg.recognize.posts import Cue, PostParser

# Verbs of a move that leaves the post held before for the one named ("2014年任副县长，2017年升任
# 县长"): the earlier post ends at the move's date.
PROMOTED = ("调任", "转任", "升任", "改任", "提任", "履新", "被调任", "被转任")
# "此前，某某已当选为…": taken up before the news and held still (此前 alone tells the post left).
ALREADY = ("已", "已经")


# What says a post begun on a date is held still, after its chain: "…，至今已经25年", "…至今".
STILL_HELD = re.compile(r"[，,]?(?:一直)?(?:干到|任职到|到|至)今(?![年天日])")     # (not "到今年底": a date)

# A résumé line's note opening a step of its own in the meantime, up to its verb:
# "（其间：2013.03—2014.03挂职任…）", "（2013.03—2014.03挂职…）"; the place or body of the step
# may stand between its date and its verb: "（其间：2017.03—2018.03在某省某厅挂职任副主任）".
NOTE_STEP = re.compile(r"[（(](?:其间[：:]?)?\s*(?:19|20)\d{2}[\d.年月—\-－至~～ ]{0,18}(?:起|开始)?"   # ("（2014.01起兼任…）")
                       r"(?:[在到赴][^（）()，,；;。]{2,24}?)?$")



class CareerReader(ProfileReading, RespectiveReading, ListGoesOn, DecisionReading, SubjectReading, SuccessionReading):
    def __init__(self, art: Article):
        self.art = art
        self.posts = PostParser(art)
        self.focus: Span | None = None
        self.steps: list[Step] = []
        self.known = {p["name"]: p for p in art.of("person")}
        self.last_year: int | None = None     # 当年/同年 in a later sentence: the year told last
        self.told: tuple | None = None        # the last chain read, and whether a semicolon
        self.joined = False                   # ended its sentence (a decision's next clause)
        self.before_change = False            # "调整前，…；…": a sentence joined to one that opened so
        self.listed: list[Span] = []          # names closing the sentence before (…两人：甲、乙。)

    def run(self) -> None:
        for sent in self.art.sentences:
            self._sentence(sent.index, sent.simp)
        for person in {id(s.person): s.person for s in self.steps}.values():
            date_steps(self.art, person, [s for s in self.steps if s.person is person])

    # -- finding the steps ----------------------------------------------------------
    def _sentence(self, idx: int, text: str) -> None:
        number = ITEM_NUMBER.match(text)       # "1. 某某，女，1978年3月生，…": a list of profiles, numbered
        lead = self._named_at(idx, text, number.end() if number else len(text) - len(text.lstrip()))
        if lead is not None:
            self.focus = lead
        form = FORM_NAME.match(text)
        named = self.known.get(text[form.end():].strip()) if form else None
        self.focus = named or self.focus        # "姓名：某某" over a leader's page: the résumé's dated lines below are his
        last = 0
        dates = find_dates(text, self.art.year, self.last_year)
        if dates:
            self.last_year = (dates[-1].end or dates[-1].start)[0]
        self._profiled(idx, text)
        if lead is None or not PROFILE_AFTER.match(text, text.find(lead["name"]) + len(lead["name"])):
            self._apposed(idx, text)              # (a profile's own clauses are read below)
        self._bracketed_posts(idx, text)
        self._titled_line(idx, text)
        self.focus = self._named_line(idx, text) or self.focus      # "■ 某某 县长" over his profile
        self._born_before_name(text)
        self._decisions(idx, text, dates)
        self._respectively(idx, text, dates)
        if lead is not None and PROFILE_AFTER.match(text, text.find(lead["name"]) + len(lead["name"])):
            self._profile_posts(idx, text, lead)
            self._profile_fields(idx, text, lead)
        # the chain of the step before, in this sentence or one that a semicolon joins to it
        told = self.told if self.joined else None
        carried: tuple | None = None      # the verb after "某某从甲职…", 某某, and the move's date
        opened = None                     # a date opening the sentence before its first step's clause
        for s, e, past in self._triggers(text, dates):
            moved_from = text[s:e] in ("由", "从")
            items = chain_items(text, e, MOVED_ON if moved_from else ())
            chain = (idx, text, items) if items else self._left_unsaid(text, s, e, told)
            if not chain:
                self._stepped_down(idx, text, s, e, last, dates)
                self._succeeded_unsaid(idx, text, s, e, last, dates)
                continue
            cut = after_last(text, s, STOP, last)
            clause = after_last(text, s, "，,", cut)
            note = NOTE_STEP.search(text, clause, s)
            if note is not None:              # "某县副县长（其间：2013.03—2014.03挂职任…）": the line's person
                cut = clause = note.start() + 1
            moving = carried if carried and carried[0] == s else None
            after = self._subject_after(idx, text, clause, s, items[-1][1]) \
                if not moving and items and text.startswith(SINCE, items[-1][1]) else None   # "自…担任某职以来，某某…"
            person = moving[1] if moving else after or self._subject(idx, text, clause, s, cut)
            last, told = max(items[-1][1] if items else 0, e), chain
            if person is None:
                continue
            after_name = text.rfind(person["name"], clause, s)
            if after_name >= 0 and quoted_between(text, after_name, s):
                after_name = -1           # "某某说：“2020年我接任…": the speaker's own words, not a move from the posts before
            name_end = after_name + len(person["name"]) if after_name >= 0 else clause
            if text[s:e] in COPULA_WORDS and not copula_holds(text, s, name_end, clause, items,
                                                              text[clause:after_name].strip(" ，,") if after_name >= 0 else "-"):
                continue                  # "…的是某局局长某某", "某某是某某的秘书": no post of a holder before it
            succeeded = self._successor(idx, text, clause, cut, after_name) if after_name >= 0 else None
            if succeeded is not None:               # "甲接替乙任某市委书记": 甲 takes it, 乙 held it
                person, succeeded = succeeded, person
            elif after_name < 0:                    # "甲接替乙同志，担任某职": 乙 held it
                succeeded = self._succeeded_before(text, cut, clause, person)
            self.focus = person
            leading = opened or next((d for d in dates if d.at == cut and text[d.stop:d.stop + 1] in "，,"), None)
            when = self._when(text, dates, cut, clause, s) or (moving[2] if moving else None) \
                or (leading if leading and not any(cut <= d.at < s and d is not leading for d in dates)
                    and (text[s:e] in MOVE + SECONDED or text.endswith(("挂职，", "挂职,"), 0, s)) else None)
            opened = opened or (when if when is not None and when.at < clause else None)
            #        ("2014年11月，甲出任A，乙接任B": the date opening the sentence dates both moves,
            #         however many clauses stand between: "2019年7月，作为…，某某来到某县，挂任…",
            #         "…来到某县挂职，任…")
            copula = text[s:e] in COPULA_WORDS or s == e == membership_alone(text)     # "第十届某某代表。"
            when = None if copula else when     # "今年45岁的某某是…": a copula tells no start
            if text[s:e] == "时任" and (after_name < 0 or after_name + len(person["name"]) != s):
                continue                  # "时任某省长某某": an epithet before a name, not this person's step
            if items and epithet_after(text, items[-1][1]):
                continue                  # "原任某市市长的某某已…": the posts of the name after 的
            if moved_from and items and not in_post(text, items[-1][1]):
                if not self._moved_by_name(text, person, after_name, s, items, dates):
                    continue
            left_at = None
            if moved_from and items:      # the posts left end at the move's date, which starts the next step
                carried = (items[-1][1] + in_post(text, items[-1][1]), person, when)
                left_at, when = when, None
            own = text[name_end:s]
            if when is not None and STILL_THEN.search(own) and self.art.year and when.start[0] < self.art.year:
                when, past = None, True   # "前年，他还在某委担任副主任": held then, since a date untold, left since
            earlier = (after_name >= 0 or text.startswith(("他", "她"), clause)) and (text[cut:clause].strip("，, ") in PAST_LEADS
                                                                                   or _past_led(text) and when is None and not own.strip())
            #          ("此前，甲任某镇镇长，乙任某乡乡长": the lead covers each undated clause of its sentence)
            still = earlier and own.rstrip().endswith(ALREADY)      # "此前，某某已当选为…": held still, since then
            told_past = past or any(m in own for m in PAST_MARKS) or first_of_two(text, own, s) \
                or (earlier and not still) or (self.before_change and when is None)
            period = bool(items) and text.startswith(PERIOD, items[-1][1])      # "在担任某职期间": past, by the period alone
            past = told_past or period
            line = when is not None and (when.at == 0 or text[when.at - 1] in "；;。\n" or not text[:when.at].strip())
            posts = self._chain(*chain)
            for post in posts if period and not told_past else ():
                post["period_past"] = True          # (kg.link.post_merge: a post the article names as held stays held)
            self._held_where(idx, text, clause, s, items, posts)
            bracketed_years(text, posts, self.art.year)      # "某县县长（2011.09—2016.08）"
            if items:
                held_until(text, items[-1][1], posts, self.art.year)      # "…，直至2021年6月"
            if when is not None and when.since and items and STILL_HELD.match(text, items[-1][1]):
                when.since = False        # "从1998年起担任某职，至今已经25年": held still, no later step ends it
            for post in posts if left_at is not None else ():
                post["end"], post["end_month"] = left_at.start
            if not items:                 # "乙不再担任" after "甲任某市委委员、常委、书记": the post named last
                posts = posts[-1:]
            ends = text[s:e] in LEAVE
            proposed = text[s:e] in PROPOSE
            for post in posts if proposed else ():
                post["proposed"] = True
            for post in posts if text[s:e].startswith("挂") or text.endswith("挂职", 0, s) else ():
                post["temporary"] = True          # "挂任某县副县长", "…挂职担任…": a secondment
            if text[s:e] in MOVE and after_name >= 0:
                self._moved_from(idx, text, person, after_name, when)
            elif text[s:e] in MOVE and text.rfind(person["name"], 0, s) >= 0 \
                    and not quoted_between(text, text.rfind(person["name"], 0, s), s):     # "县委书记为某某，2019年升任…"
                self._moved_from(idx, text, person, text.rfind(person["name"], 0, s), when, titled=True)
            first = work_start(text, dates, s) if items and when is None else None
            first = successive_from(first, posts) if first is not None and first.ranged else first
            if first is None and when is not None and text[s:e].startswith("先后") and len(posts) > 1:
                first, when = successive_from(when, posts), None   # "2011年起，他先后担任甲、乙": the first
                #                                                      from then, the others later
            if first is not None:         # "1976年参加工作后先后担任甲、乙": the first post from then
                self.steps.append(Step(person, posts[:1], first, past, True, len(self.steps), followed=len(posts) > 1))
                posts = posts[1:]
            groups = successive_groups(text, items) if items and when is not None and not (past or ends) else None
            if groups is None:
                now = when is None and (text[max(0, s - 2):s].endswith(NOW)      # "…，现任某职": held, since an untold date
                                        or copula or still or AGO.search(text, cut, s) is not None   # "某某是…", "4个月前…"
                                        or bool(items) and (text.startswith(SINCE, items[-1][1])    # "任某职以来"
                                                            or HELD_FOR.match(text, items[-1][1]) is not None    # "…已有8年"
                                                            or HELD_SPAN.match(text, e + (text[e:e + 1] == "了")) is not None))
                #                                                                     "当了12年村支书": how long, no start
                opening = own or text[clause:s]       # the adverb after the name, or the clause's connective
                framed = text[cut:clause].strip("，, ")     # "此后，某某升任…": the adverb is a clause of its own
                framed = framed if STORY.fullmatch(framed) else ""
                story = when is None and (STORY.search(own) is not None or SEQUENCE.match(text, clause) is not None
                                          or bool(framed))
                self.steps.append(Step(person, posts, when, past or ends, line, len(self.steps), ends,
                                       present=now, proposed=proposed, adds=text[s:e] == "兼任", story=story,
                                       later=story and LATER.match(framed or opening) is not None,
                                       next_step=story and RIGHT_AFTER.match(framed or opening) is not None,
                                       period=bool(items) and OFFICE_PERIOD.match(text, items[-1][1]) is not None,
                                       moved=text[s:e] in PROMOTED))
                if succeeded is not None and items:
                    held = self._chain(*chain)
                    for post in held if when is not None else ():
                        post["end"], post["end_month"] = when.start
                    self.steps.append(Step(succeeded, held, None, True, False, len(self.steps)))
                joined = self._names_ending_at(text, name_end)[:-1] if items and not (moved_from or succeeded) else []
                for other in joined:
                    self.steps.append(Step(other, self._chain(*chain), when, past or ends, line, len(self.steps),
                                           ends, present=now, proposed=proposed))     # "甲、乙当选为副市长"
            else:
                self._successive(person, [[posts[i] for i in g] for g in groups], when, line)
        if last == 0:                     # no step in the sentence: perhaps a résumé's list goes on
            self._list_goes_on(idx, text, self.joined)
        self._decided_of_him(idx, text, dates)
        self._retired(idx, text, dates)
        self._successor_named(text)
        self._recalled(idx, text, dates)
        self.before_change = (_past_led(text) or self.joined and self.before_change) and text.rstrip().endswith(("；", ";"))
        self.told, self.joined = told, text.rstrip().endswith(("；", ";"))
        self._confirmed(text, dates)

    def _successive(self, person: Span, groups: list[list[Span]], when: When, line: bool) -> None:
        """A dated step whose groups were held one after another: the date starts the
        first group; a post of a group before the last that no other group writes again
        was left for the next (former, its end untold); a later group's posts start at an
        untold date, so a later line that lists them again holds them on instead of
        starting them (see post_merge)."""
        titles = [{p["title"] for p in g} for g in groups]
        held_on = {t for k, ts in enumerate(titles) for t in ts if any(t in o for o in titles[k + 1:])}
        for k, group in enumerate(groups):
            for post in group:
                post["former"] = post["end_untold"] = k < len(groups) - 1 and post["title"] not in held_on
                post["start_untold"] = k > 0
            self.steps.append(Step(person, group, when if k == 0 else None, False, line and k == 0, len(self.steps)))

    def _confirmed(self, text: str, dates: list[When]) -> None:
        """"…任某市代市长，次年1月去代转正": the acting post ends, the full one starts."""
        for m in CONFIRMED.finditer(text):
            when = next((d for d in reversed(dates) if d.stop <= m.start()
                         and not text[d.stop:m.start()].strip(" ，,")), None)
            if when is not None and self.focus is not None:
                step = confirm_acting(self.steps, self.focus, when, self.posts.record)
                if step is not None:
                    self.steps.append(step)

    @staticmethod
    def _left_unsaid(text: str, s: int, e: int, told: tuple | None) -> tuple | None:
        """"甲任某市委书记；乙不再担任": a leaving verb with no title after it leaves the
        post the decision just gave another person: that chain (idx, text, items), read
        again for this one."""
        if text[s:e] in LEAVE and told and re.match(r"\s*(?:该职务|上述职务|此职|职务)?\s*(?:[。；;，,]|$)", text[e:]):
            return told
        return None

    @staticmethod
    def _moved_by_name(text: str, person: Span, after_name: int, at: int, items: list, dates: list[When]) -> bool:
        """"某某从甲县县长调任…": a move's from-chain (with no 任上) is read only right after
        the name (an adverb such as 则, or the move's date, between) and when every item names
        its place or body ("由县长任组长" is how a group is staffed, not a move)."""
        gap = text[after_name + len(person["name"]):at] if after_name >= 0 else None
        for d in dates if gap else ():          # "某某2019年3月由甲县县长调任…"
            if after_name + len(person["name"]) <= d.at and d.stop <= at:
                gap = re.sub(r"^[于在]|[，,\s]", "", text[after_name + len(person["name"]):d.at] + text[d.stop:at])
        return gap is not None and gap in ("", *AFTER_SUBJECT) and all(z - len(t) > a for a, z, t in items)

    _when = staticmethod(step_date)           # (the decisions and lists readers date their steps so too)

    def _triggers(self, text: str, dates: list[When]) -> list[tuple[int, int, bool]]:
        """Verbs, and résumé lines: a date (range) opening a clause right before a title."""
        out = triggers(text)
        for d in dates:
            opens = d.at == 0 or text[d.at - 1] in "，,；;：: \n" or not text[:d.at].strip() or self._bracketed_spell(text, d)
            at = d.stop + (text[d.stop:d.stop + 1] in ("，", ","))         # "1994年7月—1998年3月，某局科员"
            if opens and (d.ranged or d.open or self._dated_line(text, d, at)) \
                    and not any(d.stop <= s <= d.stop + 2 for s, _, _ in out):
                out.append((at, at, False))
        return sorted(out)

    @staticmethod
    def _bracketed_spell(text: str, d: When) -> bool:
        """A spell of the line's post in brackets, its dates then its title and nothing else:
        "某县委副书记、县长（2011.09—2012.01代县长）" — the acting head's months, a step of its
        own as a career's coders count it (not "某县县长（2011.09—2016.08）", dates alone)."""
        if text[d.at - 1:d.at] not in ("（", "(") or not d.ranged:
            return False
        items = chain_items(text, d.stop)
        return bool(items) and items[0][0] == d.stop and text[items[-1][1]:items[-1][1] + 1] in ("）", ")")

    @staticmethod
    def _dated_line(text: str, d: When, at: int) -> bool:
        """A résumé line of one date and its posts, nothing else ("2003.06 某乡乡长",
        "2003年6月，某乡乡长；"): the date opens the line and the chain ends it."""
        if text[:d.at].strip():
            return False
        items = chain_items(text, at)
        return bool(items) and items[-1][1] == len(text.rstrip("。；;， \n"))

    def _chain(self, idx: int, text: str, items: list[tuple[int, int, str]], after: Span | None = None) -> list[Span]:
        """The posts of a step's chain, each after the one before (the linking stage reads
        a body written once as serving the titles after it); the first after `after`, a
        post of the clause before, where the decision goes on with a bare title."""
        posts: list[Span] = []
        for a, z, title in items:
            post = self.posts.segment(idx, text, a, z, title, posts[-1] if posts else after)
            posts += self._listed_places(idx, text, a, z, post) + [post]
        return posts

    def _held_where(self, idx: int, text: str, clause: int, verb: int, items: list, posts: list[Span]) -> None:
        """The body or place a step's clause names before its verb, where its first title is
        bare: "1998.05—2004.03，在某县委办公室任副主任", "（其间：…在某省某厅挂职任副主任）" — the
        title is that where's, as the linking stage reads "在某局任科员" after a name."""
        if text[clause:verb] in ("", "先后", "相继") and text.endswith(("工作，", "工作,"), 0, clause):
            clause = after_last(text, clause - 1, "，,。；;")     # "在某局工作，先后任…": the clause before says where
        where = WHERE_BEFORE.search(text, clause, verb)
        if where is None or not items or not posts or text[items[0][0]:items[0][1]] != items[0][2] \
                or not any(x.end == where.end(1) for k in ("place", "org") for x in self.art.in_sentence(k, idx)):
            return
        first = next((p for p in posts if p.start == items[0][1] - len(items[0][2])), None)
        if first is not None and (first.get("cue") is None or first["cue"].how in ("segment", "career")):
            first["cue"] = Cue("clause", text, where.start(1), where.end(1))

    def _listed_places(self, idx: int, text: str, a: int, z: int, post: Span) -> list[Span]:
        """The posts of the places listed before the last one of an item that shares its
        title ("先后任甲县、乙县、丙县县委书记": 甲县's and 乙县's 县委书记 too, each its own
        place's title: 区委书记 for a district), held as the last one is."""
        out = []
        for place in self.art.in_sentence("place", idx):
            if a <= place.start and text.startswith("、", place.end) and place.end < post.start:
                told = own_title(place, text[post.start:z], title_matcher().match_at)
                if told is not None:
                    cue = Cue("clause", text, place.start, place.end)
                    out.append(self.posts.record(idx, post.start, post.end, told[0], former=post["former"], cue=cue))
        return out


def _past_led(text: str) -> bool:
    """Whether the sentence opens on a time before the change it follows ("此前，…", "调整前，…").

    >>> _past_led("此前，甲任某镇镇长，乙任某乡乡长。"), _past_led("甲此前任某镇镇长。")
    (True, False)
    """
    return any(text.lstrip().startswith((lead + "，", lead + ",")) for lead in PAST_LEADS)


@register
class Careers(Component):
    """Posts of résumés, appointments and career sketches, with their years."""
    name = "careers"
    requires = ("post.tenure", "article.year")
    uses = ("candidate",)
    assigns = ("post.career",)

    def __call__(self, art: Article) -> Article:
        CareerReader(art).run()
        return art
