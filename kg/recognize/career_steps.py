"""When each step of a career was taken and left, as career databases (CPED) code it:
a step starts at its date; a range closes it; the posts of a step are former once a later
step of the same person is dated; in a résumé (three or more lines that open with a date)
a post that the next line no longer lists ends at that line's date; an undated
appointment takes the article's date, unless the article tells it after a dated step
(a career told in order: "2008年…出任…；…后任…" is no news of today); a removal
(免去, 不再担任) ends the post then; a dated retirement ends the posts held last.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.article import Article, Span
from kg.recognize.career_dates import When


@dataclass
class Step:
    """One dated step of one person's career: the posts a trigger's chain names."""
    person: Span
    posts: list[Span]
    when: When | None
    past: bool
    line: bool                  # the date opens its clause (a résumé line)
    order: int
    ends: bool = False          # the step leaves the posts (免去, 不再担任, 辞去)
    present: bool = False       # held now, with no date (a profile's current posts)
    confirms: bool = False      # an acting head confirmed: it leaves no other post
    followed: bool = False      # other posts of its enumeration came after it, undated: its end is untold
    proposed: bool = False      # a pre-appointment notice's post (拟任): not started, ends nothing
    retires: bool = False       # "2003年退休": no post of its own, it ends the posts held last
    adds: bool = False          # "兼任": a post taken beside those held, which it ends none of
    moved: bool = False         # a move that leaves the post before ("升任", "调任"): it ends that post at its date
    story: bool = False         # a step of the story, undated ("某某此后任…", "…，后来任…", "当时任…"): not the article's date
    later: bool = False         # told as after the steps before (此后, 后来…): the posts they gave were left
    next_step: bool = False     # told as right after the one before (此后, 随后…): it starts when that one ended
    period: bool = False        # a period of office over its chain ("2009年至2015年，某某在担任甲、乙期间"):
                                # the range starts the first post and ends the last, not each one
    dated: tuple = field(default=())


# "2019年1月去代转正": an acting head (代市长, 代县长) confirmed in the post.
CONFIRMED = re.compile(r"[“\"'‘]?去代转正")


def confirm_acting(steps: list[Step], person: Span, when: When, record) -> Step | None:
    """The person's last acting post ends at `when`; the full post starts then, a step of
    its own.  `record(sent, start, end, title, cue=…)` makes the post (PostParser.record)."""
    acting = [p for s in steps if s.person is person for p in s.posts if p["title"].startswith("代")]
    if not acting:
        return None
    post = acting[-1]
    post["end"], post["end_month"] = when.start
    post["former"] = True
    full = record(post.sent, post.start + 1, post.end, post["title"][1:], cue=post.get("cue"))
    return Step(person, [full], when, False, False, len(steps), confirms=True)


def successive_from(when: When, posts: list[Span]) -> When:
    """The date that starts the first of posts held one after another ("2011年起，先后担任甲、
    乙"); a range's end ends the last ("2006年至2020年，先后担任甲、乙": 乙 to 2020).

    >>> from kg.article import Span
    >>> posts = [Span("post", 0, 0, 1, "甲", {}), Span("post", 0, 2, 3, "乙", {})]
    >>> first = successive_from(When(0, 10, (2006, None), (2020, None), ranged=True), posts)
    >>> first.start, first.end, posts[1]["end"]
    ((2006, None), None, 2020)
    """
    if when.end is None or when.open:
        return when
    posts[-1]["end"], posts[-1]["end_month"] = when.end
    return replace(when, end=None, ranged=False)


def acting_only(step: Step) -> bool:
    """A step that only makes the person an acting head (次月任某市代市长): it adds to the
    posts held (an acting mayor is the committee's deputy secretary), it leaves none."""
    return bool(step.posts) and all(p["title"].startswith("代") for p in step.posts)


def _beside(step: Step) -> bool:
    """A step that may be taken beside the posts held where one serves: an acting head's
    (次月任某市代市长: the committee's deputy secretary stays), or the news's own (日前当选
    县人大常委会主任: the county's secretary stays)."""
    return acting_only(step) or step.when is not None and step.when.news


def _elsewhere(art: Article, step: Step, post: Span) -> bool:
    """Whether every post of `step` names a place and `post` another one: a step taken
    elsewhere ("近日，甲任乙市代市长" after "2021年任丙市委常委") has left the posts of the
    place before, even one `_beside` says is taken beside them where one serves."""
    mine = _place_code(art, post)
    theirs = {_place_code(art, p) for p in step.posts}
    return mine is not None and None not in theirs and mine not in theirs


def _place_code(art: Article, post: Span) -> str | None:
    """The code of the last place its item's words name, else the item's before it in the
    chain ("丙市委常委、组织部部长": 丙市 for both)."""
    cue = post.get("cue")
    if cue is None:
        return None
    named = [p for p in art.in_sentence("place", post.sent) if cue.a <= p.start and p.end <= cue.z and p.get("code")]
    return named[-1]["code"] if named else _place_code(art, cue.prev) if cue.prev is not None else None


def _over_period(post: Span, step: Step, k: int) -> None:
    """A post of a chain a period of office covers: "2009年至2015年，某某在担任甲、乙期间"
    held 甲 then 乙 over those years, so 2009 starts 甲 and 2015 ends 乙; when 乙 started
    and 甲 ended the notice does not tell."""
    post["former"] = True
    if k == 0:
        post["start"], post["start_month"] = step.when.start
        post["start_told"] = True
    if k == len(step.posts) - 1:
        post["end"], post["end_month"] = step.when.end


def date_steps(art: Article, person: Span, steps: list[Step]) -> None:
    today = (art.year, int(art.date[5:7]) if art.date else None) if art.year else None
    first_dated = min((s.order for s in steps if s.when is not None and not s.ends), default=None)
    for s in steps:
        narrative = first_dated is not None and s.order > first_dated      # told after a dated step: its date is unknown
        if s.ends:
            for post in s.posts:
                post["end"], post["end_month"] = (s.when.start if s.when is not None else today) or (None, None)
                post["former"] = True
        elif s.when is not None:
            s.dated = s.when.start
        elif s.next_step and ended_before(steps, s):
            s.dated = ended_before(steps, s)      # "2010年至2015年任甲，此后任乙": 乙 from 2015
        elif not s.past and not s.present and not s.proposed and not s.story and today and not narrative:
            s.dated = today
    dated = sorted((s for s in steps if s.dated and not s.ends), key=_chronological)
    resume = sum(1 for s in dated if s.line) >= 3
    for i, s in enumerate(dated):
        later = [x for x in dated[i + 1:] if not x.confirms and not x.adds and not seats_only(x)
                 and not (resume and x.when is None) and _after(x.dated, s.dated)]
        for k, post in enumerate(s.posts):
            if s.period and s.when is not None and s.when.end and len(s.posts) > 1:
                _over_period(post, s, k)
                continue
            if s.period and s.when is not None and not s.when.end:
                post["former"] = True     # "2021年，某某在担任某局局长期间…": held then, since when untold
                continue
            post["start"], post["start_month"] = s.dated
            post["start_told"] = s.when is not None          # written, not the article's date
            if s.when is not None and s.when.end:
                post["end"], post["end_month"] = s.when.end
                post["former"] = True
            elif later and not (s.when is not None and s.when.open and not s.when.since):
                nxt = next((x for x in later if not any(_holds(p, post) for p in x.posts) and not _keeps_deputy(x, post)
                            and not _one_shoulder(x, post) and (_elsewhere(art, x, post) or not _beside(x))), None)
                if nxt is None:
                    continue              # the steps after tell it again (or its secretary): one spell, held on
                post["former"] = post["left_for_later"] = True
                if (resume or nxt.moved and nxt.when is not None) and not s.followed and not post.get("end_untold"):
                    post["end"], post["end_month"] = nxt.dated
    for s in (x for x in dated if x.moved and x.when is None and x.posts):
        for post in art.in_sentence("post", s.posts[0].sent):
            if post.get("left_by_move") and post.get("person") is person and not post.get("end"):
                post["end"], post["end_month"] = s.dated      # "原某镇党委书记某某调任…": left in the news's month
    for s in (x for x in steps if (x.later or _closes_resume(x, dated)) and x.posts and not x.adds and not x.proposed):
        told_from = min((x.order for x in steps if x.order < s.order and x.when is not None), default=0)
        for before in (x for x in steps if told_from <= x.order < s.order and not (x.ends or x.adds or x.proposed or x.present)):
            #           (from the résumé's first dated step: "某某任甲。某某，1968年生，2016年任乙，此后任丙" —
            #            the news's appointment 甲, told before the résumé, is no step 丙 came after)
            for post in before.posts:     # "2010年任甲，此后任乙": 甲 was left for 乙 ("…。现任乙": alike)
                if not any(_holds(p, post) for p in s.posts) and not _keeps_deputy(s, post) and not _one_shoulder(s, post) \
                        and not post.get("former"):
                    post["former"] = post["left_for_later"] = True
    for r in (s for s in dated if s.retires):
        held = [s for s in dated if not s.retires and _chronological(s) < _chronological(r)]
        told = [s for s in steps if s.order < r.order and s.posts and s.when is None and not s.proposed
                and (s.past or all(p.get("former") for p in s.posts))]     # ("某某，某县政协原副主席，2019年退休")
        for post in held[-1].posts if held else told[-1].posts[-1:] if told else ():
            #        ("曾任某厅副厅长，2015年退休": the last post told before, undated, left then)
            if not post.get("end"):
                post["end"], post["end_month"] = r.dated
                post["former"] = True
    for s in steps:
        if s.past:
            for post in s.posts:
                post["former"] = True
        for post in s.posts:
            keep(art, person, post)


def _closes_resume(step: Step, dated: list[Step]) -> bool:
    """Whether `step` is a résumé's current posts told after its dated steps ("2012年任甲县委
    书记。2017年任乙州副州长。现任丙厅一级巡视员"): the posts held now, which the posts of the
    steps before, not held in it, were left for.  Not a seat held beside one's post (现任某县人大代表).

    >>> from kg.article import Span
    >>> post = Span("post", 0, 0, 2, "县长", {"title": "县长"})
    >>> before = Step(None, [post], When(0, 5, (2012, None)), False, True, 0)
    >>> now = Step(None, [post], None, False, False, 1, present=True)
    >>> _closes_resume(now, [before]), _closes_resume(before, [before])
    (True, False)
    """
    return step.present and not seats_only(step) and any(d.order < step.order and d.when is not None for d in dated)


def seats_only(step: Step) -> bool:
    """Whether every post of the step is a seat in an assembly or a committee ("当选为某届
    全国人大代表", "当选为县委委员", "任政协委员"): held beside one's post, it ends none.

    >>> from kg.article import Span
    >>> seat = Span("post", 0, 0, 6, "全国人大代表", {"title": "全国人大代表"})
    >>> seats_only(Step(None, [seat], None, False, False, 0)), seats_only(Step(None, [], None, False, False, 0))
    (True, False)
    """
    return bool(step.posts) and all(p["title"].endswith(("代表", "委员")) for p in step.posts)


def ended_before(steps: list[Step], step: Step) -> tuple | None:
    """The end told of the person's step right before `step` (a range's: "2010年至2015年任…"),
    else None."""
    before = [s for s in steps if s.order < step.order and not s.ends]
    last = max(before, key=lambda s: s.order) if before else None
    return last.when.end if last is not None and last.when is not None and last.when.end else None


def _holds(post: Span, earlier: Span) -> bool:
    """Whether a later step's `post` holds on the `earlier` one: the same title of the same
    unit (a unit left unsaid is the one before: "任甲市委副书记；…任市委副书记"), or the
    secretaryship of the committee the earlier post sat on (see `_member_of`).

    >>> from kg.article import Span
    >>> a = Span("post", 0, 0, 5, "市委副书记", {"title": "市委副书记"})
    >>> _holds(a, Span("post", 0, 0, 5, "市委副书记", {"title": "市委副书记"}))
    True
    """
    if post["title"] != earlier["title"]:
        return _member_of(post, earlier)
    return _same_unit(_unit(post), _unit(earlier))


def _keeps_deputy(step: Step, deputy: Span) -> bool:
    """Whether `step` makes the person head of the government of the place whose Party
    committee `deputy` is a deputy secretary of, and not that committee's secretary: a
    county's head is its deputy secretary ex officio, so "2018年3月任某县委副书记，同年9月
    任县长" leaves the deputy secretaryship held ("…任某县委书记、县长" does not).  A title
    whose place is unsaid is at the place of the item before it in the step.

    >>> from kg.article import Span
    >>> deputy = Span("post", 0, 0, 5, "县委副书记", {"title": "县委副书记"})
    >>> head = Span("post", 0, 0, 2, "县长", {"title": "县长"})
    >>> _keeps_deputy(Step(None, [head], None, False, False, 1), deputy)
    True
    >>> secretary = Span("post", 0, 0, 4, "县委书记", {"title": "县委书记"})
    >>> _keeps_deputy(Step(None, [secretary, head], None, False, False, 1), deputy)
    False
    """
    m = re.fullmatch(r"([省市县区旗州盟])委副书记", deputy["title"])
    if m is None or any(p["title"] == m.group(1) + "委书记" for p in step.posts):
        return False
    unit = ""
    for post in step.posts:
        unit = _unit(post) or unit
        if re.fullmatch(rf"代?{m.group(1)}长", post["title"]):
            government = re.sub(r"(?:人民)?政府$", "", unit)      # "某县人民政府县长": the county's
            return _same_unit(government.removesuffix(m.group(1)) if government != unit else unit, _unit(deputy))
    return False


# A village's Party branch secretary, and the head of its committee: since 2019 the rules on
# rural Party work want one person to hold both (一肩挑), elected head in the branch's term.
BRANCH_SECRETARY = re.compile(r"村?(?:党支部|党总支|支部)书记|村支书|村党委书记")
COMMITTEE_HEAD = re.compile(r"(?:村|居)(?:委会|民委员会)?主任|村长")


def _one_shoulder(step: Step, secretary: Span) -> bool:
    """Whether `step` makes a village's Party secretary its committee's head too ("2018年
    任村党支部书记，次年当选村委会主任"): both held at once, the first not left.

    >>> from kg.article import Span
    >>> sec = Span("post", 0, 0, 5, "党支部书记", {"title": "党支部书记"})
    >>> head = Span("post", 0, 0, 5, "村委会主任", {"title": "村委会主任"})
    >>> _one_shoulder(Step(None, [head], None, False, False, 1), sec), _one_shoulder(Step(None, [sec], None, False, False, 1), head)
    (True, False)
    """
    return BRANCH_SECRETARY.fullmatch(secretary["title"]) is not None and bool(step.posts) \
        and all(COMMITTEE_HEAD.fullmatch(p["title"]) for p in step.posts)


def _member_of(post: Span, standing: Span) -> bool:
    """Whether `post` is a Party committee's secretary or deputy secretary and `standing`
    a seat on that committee's standing committee, which the secretaries hold ex officio:
    a résumé's "2010年任某市委常委…；2015年任该市委副书记" leaves the seat held.

    >>> from kg.article import Span
    >>> seat = Span("post", 0, 0, 4, "市委常委", {"title": "市委常委"})
    >>> _member_of(Span("post", 0, 0, 5, "市委副书记", {"title": "市委副书记"}), seat)
    True
    >>> _member_of(Span("post", 0, 0, 3, "副市长", {"title": "副市长"}), seat)
    False
    """
    title = standing["title"]
    if not title.endswith("委常委") or post["title"] not in (title[:-2] + "书记", title[:-2] + "副书记"):
        return False
    return _same_unit(_unit(post), _unit(standing))      # "甲市委常委" and "乙市委副书记": two committees


def _same_unit(mine: str, theirs: str) -> bool:
    """Two items' units name one body: the same words, one of them unsaid, or one the
    other with its province before it ("某省甲市" and "甲市")."""
    return mine.endswith(theirs) or theirs.endswith(mine)


def _unit(post: Span) -> str:
    """The words of a post's item before its title ("甲" of "甲市委常委"), as written."""
    cue = post.get("cue")
    return cue.text[cue.a:cue.z - len(post["title"])] if cue is not None else ""


def _after(a: tuple, b: tuple) -> bool:
    """Whether the date `a` (year, month) is later than `b`: a later year, or a later month
    of the same year where both are told.  Two steps of one year with a month untold were
    taken together ("2013年，某某担任某村党支部书记…；2013年，他领办了合作社，任理事长").

    >>> _after((2014, None), (2013, 5)), _after((2013, 9), (2013, 3)), _after((2013, None), (2013, 3))
    (True, True, False)
    """
    return a[0] > b[0] or (a[0] == b[0] and a[1] is not None and b[1] is not None and a[1] > b[1])


def _chronological(step: Step) -> tuple:
    """Steps in time order; one dated only by the article (its news) after every step the
    text dates in the same year, whose month a résumé line may give."""
    year, month = step.dated
    return year, month or (13 if step.when is None else 0), step.order


def keep(art: Article, person: Span, post: Span) -> None:
    """Add the post; the linking stage (kg.link.posts.merge_same) makes it one with the
    same post another rule already gave the person, once both have their body and place."""
    post["person"] = person
    if person.get("role") == "other":
        person["role"] = "official"       # a name the persons rules met with no post ("…的某某，此前任…")
    post.attrs.setdefault("temporary", False)
    post["via"] = "career"
    art.add(post)
