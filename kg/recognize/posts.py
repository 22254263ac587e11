"""Posts as the text writes them: a title, the words before it, and whether 原/前 opens
those words.  Which body and place the words name is decided later, over the whole
article, by the linking stage (kg.link.posts), which reads the cue each post keeps here.

"石家庄市正定县委常委、常务副县长某某": the chain before the name splits at "、" into
items, each ending in a title (kg.recognize.post_chains): "石家庄市正定县委常委" and
"常务副县长", the second after the first (whose place it inherits when it names none).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.article import Article, Span
from kg.lang.words import body_types, words
from kg.recognize.names import titles
from kg.recognize.org_heads import heads
from kg.recognize.org_names import title_matcher
from kg.recognize.post_chains import (BLANK, CHAIN_BREAK, split_items, chain_start, segments, then_groups,
                                      title_groups)

# A feature's subtitle names its subject after a dash and a verb: "——记…", "——访…", "——追记…".
SUBTITLE_VERB = re.compile(r"追记|记|访")
FORMER = ("原", "前")
LEVEL_BODY = re.compile(r"[省市县区州旗乡镇][\u4e00-\u9fff]{1,9}")     # "县财政局", "市农业农村局"
FORMER_AFTER = "了的是为将把由及和与同而但并且其即被、，,：: "      # what stands before a 原 that opens a post, not a word (太原, 草原)


@dataclass(eq=False)
class Cue:
    """Where the linking stage reads a post's body and place from.

    `how` is "segment" (an item of a chain before a name), "career" (an item of a career
    step's chain, where a body written once serves the titles after it), "clause" (the
    where of "在某局任科员": [a, z) is that where) or "press" (a byline's outlet)."""
    how: str
    text: str = ""             # the sentence as read (quotes around a title blanked)
    a: int = 0                 # the item's words [a, z), the title at their end
    z: int = 0
    prev: Span | None = None   # the post of the item before in the same chain
    outlet: str | None = None  # press: the words before 记者 ("新华社", "本报")
    unit: str = ""             # clause: a unit of the where's body before the title ("在某局任|办公室|主任")


# The nouns of a candidacy written right after its post ("副区长人选", "市长候选人").
CANDIDATES = ("候选人", "人选")


class PostParser:
    def __init__(self, art: Article):
        self.art = art

    def chain(self, idx: int, text: str, s: int, e: int) -> list[Span]:
        """Posts of the apposition chain that ends with the title at [s, e)."""
        b = chain_start(text, s)
        lead = SUBTITLE_VERB.match(text, b) if b > 0 and text[b - 1] == "—" else None
        b = lead.end() if lead and lead.end() <= s else b     # "——记某市人大代表、某镇党委书记某某"
        items = segments(text, b, e)
        whole = len(items) == len(split_items(text[b:e]))
        earlier = then_groups(text, b) if whole else []
        joined = title_groups(text, b) if whole and not earlier else []
        posts, prev = [], None
        for a, z, title in earlier + joined + items:
            prev = self.segment(idx, text, a, z, title, prev, how="segment")
            prev["former"] = prev["former"] or bool(earlier)      # 时任: held then, all of them
            posts.append(prev)
        return posts

    def before_noun(self, idx: int, text: str, s: int) -> list[Span]:
        """Posts of the chain items before the item of a person noun at `s` ("村党支部书记、
        老党员某某", "驻某村“第一书记”、某院教研员某某": the noun is no post, the titles
        before it are the name's)."""
        b = s
        while b > 0 and text[b - 1] not in CHAIN_BREAK and text[b - 1] != "、":
            b -= 1
        named = [(x.start, x.end) for k in ("place", "org") for x in self.art.in_sentence(k, idx)]
        named += [(b + ts, b + te) for ts, te, _ in title_matcher().finditer(text[b:s])]
        loose = (s - b) - len({i for x, y in named if b <= x and y <= s for i in range(x, y)})
        if LEVEL_BODY.fullmatch(text, b, s) and text[b:s].endswith(tuple(words("body_heads"))):
            loose = 0       # "县财政局干部": a body written by its level alone, its place told elsewhere
        if b == 0 or text[b - 1] != "、" or loose > 2:
            return []       # the noun's item no more than bodies, places, titles and a word ("包保干部")
        core = text[:b - 1].rstrip(BLANK)
        title = title_matcher().suffix(core)
        return (self.chain(idx, text, len(core) - len(title), len(core)) if title else []) \
            + self._candidacy(idx, text, b, s)

    def _candidacy(self, idx: int, text: str, b: int, s: int) -> list[Span]:
        """The post a candidate noun's item puts forward ("市委常委、提名副市长人选某某"):
        proposed, not held (kg.link.post_words.candidacies writes 人选 into its title)."""
        title = title_matcher().suffix(text[b:s]) if text.startswith(CANDIDATES, s) else None
        if not title:
            return []
        post = self.segment(idx, text, b, s, title, None, how="segment")
        post["proposed"] = True
        return [post]

    def segment(self, idx: int, text: str, a: int, z: int, title: str, prev: Span | None,
                how: str = "career") -> Span:
        """The post of one item [a, z) that ends with `title`, after the post `prev` of
        the same chain."""
        title = self._title_after_place(idx, z - len(title), title)
        cue = Cue(how, text, a, z, prev)
        former = self._former(idx, text, a) or (how == "segment" and self._former_list(text, a, prev, z - len(title) == a)) \
            or self._former_before_place(idx, text, a, z) or self._former_before_title(idx, text, z - len(title))
        return self.record(idx, z - len(title), z, title, former=former, cue=cue)

    def _title_after_place(self, idx: int, s: int, title: str) -> str:
        """The title without the level word a place's name closes: "某某镇党委副书记" is the
        镇 of 某某镇 and its 党委副书记, not a 镇党委副书记 read over the place's last character
        (a title that keeps nothing without it stays: "某县长" is the county's 县长)."""
        rest = title[1:]
        if title[0] in "乡镇县市区旗" and rest in titles() and any(
                p.start < s < p.end == s + 1 for p in self.art.in_sentence("place", idx)):
            return rest
        return title

    def _former_before_place(self, idx: int, text: str, a: int, z: int) -> bool:
        """"…批准了原某市委常委": 原 right before the place of the post, where a clause's words
        ran up to it (了, 的, 为 before 原: not a word such as 太原 or 草原)."""
        places = [p for p in self.art.in_sentence("place", idx) if a < p.start < z]
        if not places:
            return False
        at = places[-1].start
        return text[at - 1] in FORMER and (at < 2 or text[at - 2] in FORMER_AFTER)

    def _former_before_title(self, idx: int, text: str, at: int) -> bool:
        """"某村原党支部书记", "某县原县委副书记": 原 right between a place (or body) the
        recognizers read, or a body's kind ("该乡财政所原所长"), and the title; not the end of
        a word ("草原", "太原市委书记"), nor 前 ("目前县长…", "会前")."""
        return at >= 1 and text[at - 1] == "原" and (any(
            x.end == at - 1 for k in ("place", "org") for x in self.art.in_sentence(k, idx))
            or text.endswith(body_types(), 0, at - 1))      # "该乡扶贫工作站原站长": a body's kind, unread

    @staticmethod
    def _former_list(text: str, a: int, prev: Span | None, bare: bool = True) -> bool:
        """原 before a list of one person's titles covers the list: "原某市委常委、副书记某某"
        held both posts; "原某县县长、现任某市副市长" names a post held now; 原 inside an item,
        after its body, covers the bare titles of that body after it ("某市原市委常委、副书记")
        but not an item naming a body of its own ("某县政协原主席、某县关工委主任某某")."""
        if prev is None or not prev["former"] or text[prev.end:a] not in ("、", "兼") or text.startswith(("现", "新任", "今"), a):
            return False
        if bare:
            return True
        first = prev
        while first.get("cue") is not None and first["cue"].prev is not None:
            first = first["cue"].prev
        cue = first.get("cue")
        return cue is None or cue.text[cue.a:cue.a + 1] in FORMER

    def _former(self, idx: int, text: str, a: int) -> bool:
        """原/前 opening the words of a post, before a place, a body, a level or a title
        ("原某县县长", "前任县长"); not the first character of a name ("前进村", "原平市")."""
        if text[a:a + 1] not in FORMER:
            return False
        if any(p.start == a for p in self.art.in_sentence("place", idx)):
            return False
        after = a + 1 + (2 if text.startswith("中共", a + 1) else 0)       # "原中共某县委书记": the Party's name first
        return (text[after:after + 1] in "任省市县区州旗乡镇村" or title_matcher().match_at(text, after) is not None
                or any(x.start == after for k in ("place", "org") for x in self.art.in_sentence(k, idx)))

    def record(self, idx, s, e, title, former=False, cue: Cue | None = None) -> Span:
        """A post of `title` at [s, e); without a cue it stays without body and place
        ("某某书记强调": the title alone)."""
        return Span("post", idx, s, e, title, {"title": title, "org": None, "place": None, "former": former,
                                                "rank": None, "cue": cue})

    def copy(self, post: Span) -> Span:
        """The same post for another person of a list ("市委常委甲、乙出席")."""
        return self.record(post.sent, post.start, post.end, post["title"], post["former"], post.get("cue"))

    def clause(self, idx: int, text: str, m) -> list[Span]:
        """"在某县委组织部任科员", "从某局副局长的岗位上退下来", "曾任某乡乡长"; and the bare
        titles listed after the first in the same where ("在某中学当过教师、团委书记")."""
        a, where = m.start("where"), m.end("where")
        z, unit = m.start("title"), ""            # where the title starts (after 任, 当过…)
        title = title_matcher().match_at(m.group("title"), 0)
        if not title and "岗位" in m.group(0):
            title = title_matcher().suffix(text[a:m.end("title")])
            z = where = m.end("title") - len(title or "")
        elif not title and m.group("title")[:1] in LEVEL_LEADS \
                and (title := title_matcher().match_at(m.group("title"), 1)):
            if a == where:
                a = m.start("title")      # "当过村党支部书记": the level's, bare, read as an item of a chain
                former = m.group(0).startswith(("从", "曾")) or "当过" in m.group(0)
                return [self.record(idx, a + 1, a + 1 + len(title), title, former, Cue("segment", text, a, a + 1 + len(title)))]
            z += 1                        # "在某村担任村党支部书记": the where's level written again
        elif not title:                  # "到某厅任种植业管理处处长": a unit of the body, then the title
            title, z = _unit_title(text, m.start("title"), m.end("title")) or (None, z)
            unit = text[m.start("title"):z] if title else ""
        if not title:
            return []
        former = m.group(0).startswith(("从", "曾")) or "当过" in m.group(0)
        posts = [self.record(idx, z, z + len(title), title, former, Cue("clause", text, a, where, unit=unit))]
        while text.startswith("、", posts[-1].end) and (item := LISTED.match(text, posts[-1].end + 1)):
            at, end = item.start(), item.end()
            if title_matcher().match_at(text, at) == item.group(0):
                posts.append(self.record(idx, at, end, item.group(0), former, Cue("clause", text, a, where)))
                continue
            unit_title = _unit_title(text, at, end)      # "…当过科员、办公室主任": a unit of the body, its title
            if unit_title is None or unit_title[1] + len(unit_title[0]) != end:
                break
            posts.append(self.record(idx, unit_title[1], end, unit_title[0], former,
                                     Cue("clause", text, a, where, unit=text[at:unit_title[1]])))
        return posts

    def press(self, idx: int, s: int, e: int, title: str, outlet: str | None) -> Span:
        """A byline's post ("新华社记者", "本报记者", "编辑"), its outlet read by the linker."""
        return self.record(idx, s, e, title, cue=Cue("press", outlet=outlet))


# An item of a clause's list of titles, up to the next separator.
LISTED = re.compile(r"[^、，,。；;等\s]+")


# The level a clause's bare title may open with ("曾任村党支部书记", "当过乡党委书记").
LEVEL_LEADS = "村乡镇县"


def _unit_title(text: str, a: int, z: int) -> tuple[str, int] | None:
    """The title after a unit of the body a clause names ("任种植业管理处处长", "任办公室主任"):
    the title that ends text[a:z] and where the unit before it ends, when a body's head noun
    ends the unit (kg/data/body_heads.txt)."""
    for end in range(z, a + 2, -1):
        title = title_matcher().suffix(text[a:end])
        if title and end - len(title) - a >= 2 and text[a:end - len(title)].endswith(heads()):
            return title, end - len(title)
    return None
