"""A post = title + body + place, parsed out of the phrase that introduces a person.

"石家庄市正定县委常委、常务副县长某某": the chain before the name splits at "、" into
segments, each ending in a title.  In each segment the places written before the title
give its locality, a body written there ("正定县财政局") its organization, and a title
that opens with a body type ("县委书记", "党支部书记") names its own body, placed at the
segment's locality ("正定县" + "县委" → "正定县委").  A segment without a place takes the
previous segment's place, or the nearest place of the level the title implies.
"""
from __future__ import annotations

from functools import lru_cache

from kg.article import Article, Span
from kg.lang.matcher import LongestMatcher
from kg.recognize.orgs import join, org_span, title_matcher
from kg.places.gazetteer import division_span
from kg.lang.words import words

LEVEL_WORDS = {"自": "province", "省": "province", "市": "prefecture", "县": "county", "区": "county"}
CHAIN_BREAK = set("，,。；;：:“”‘’《》()（）!?！？ \n")
FORMER = ("原", "前")
# Titles that name their body: the body word, written after the post's place.
TITLE_BODIES = [("机关党组", "机关党组"), ("机关党委", "机关党委"), ("村党支部", "党支部"), ("党支部", "党支部"), ("村支书", "党支部"), ("支书", "党支部"),
                ("村党总支", "党总支"), ("镇委", "镇委"), ("乡委", "乡委"), ("村主任", "村委会"), ("党总支", "党总支"), ("镇党委", "党委"),
                ("乡党委", "党委"), ("党工委", "党工委"), ("党委", "党委"), ("党组", "党组"), ("省委", "省委"),
                ("市委", "市委"), ("县委", "县委"), ("区委", "区委"), ("旗委", "旗委"), ("州委", "州委"),
                ("纪委", "纪委"), ("村委会", "村委会"), ("人大常委会", "人大常委会"), ("人大代表", "人大"),
                ("政协委员", "政协"), ("政协", "政协")]
# Memberships of national bodies, which no place qualifies.
NATIONAL_BODIES = {"中央委员": "中共中央", "中央候补委员": "中共中央", "全国人大代表": "全国人大",
                   "全国政协委员": "全国政协"}
# Party cells that stand in an organ, a township or a village, never in a county or above
# by themselves (a county's committee is 县委): "某县党组" is no body.
PARTY_CELLS = ("党组", "党委", "党支部", "党总支", "党工委", "机关党组", "机关党委")
# The level of place a title is held at, when the title says so.
TITLE_LEVEL = [("省长", "province"), ("省委", "province"), ("市长", "prefecture"), ("市委", "prefecture"),
               ("县长", "county"), ("县委", "county"), ("区长", "county"), ("区委", "county"),
               ("镇长", "township"), ("乡长", "township"), ("镇党委", "township"), ("镇委", "township"), ("乡委", "township"), ("乡党委", "township"), ("村主任", "village"),
               ("党支部", "village"), ("村", "village")]
RANKS = {  # (title contains, place level) -> rank, the coding of political-elite datasets
    ("书记", "province"): "省部级", ("省长", "province"): "省部级",
    ("书记", "prefecture"): "厅局级", ("市长", "prefecture"): "厅局级", ("局长", "province"): "厅局级",
    ("厅长", "province"): "厅局级", ("书记", "county"): "县处级", ("县长", "county"): "县处级",
    ("区长", "county"): "县处级", ("常委", "county"): "县处级", ("局长", "prefecture"): "县处级",
    ("书记", "township"): "乡科级", ("镇长", "township"): "乡科级", ("乡长", "township"): "乡科级",
    ("局长", "county"): "乡科级", ("主任", "township"): "乡科级",
}


@lru_cache(maxsize=1)
def body_matcher() -> LongestMatcher:
    return LongestMatcher(words("body_types"))


def rank(title: str, level: str | None) -> str | None:
    if not level or title in ("人大代表", "政协委员") or title.endswith(("记者", "编辑")):
        return None
    for (word, lvl), r in RANKS.items():
        if lvl == level and word in title:
            return r
    return None


# Titles written bare after a committee named once: "任某市委委员、常委、书记".
BARE_COMMITTEE = ("委员", "常委", "书记", "副书记", "候补委员", "常务委员")
TERRITORIAL = ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "镇委", "乡委")   # a place's Party committee
COMMITTEES = TERRITORIAL + ("党工委", "党委", "党组")


def committee_title(title: str, org: Span | None) -> str:
    """A bare title held in a committee is the committee's title, as rosters write it:
    委员 of 某市委 is 市委委员, 书记 of 某局党组 is 党组书记.

    >>> committee_title("常委", Span("org", 0, 0, 4, "甲市委", {"name": "甲市委"}))
    '市委常委'
    """
    if org is None or title not in BARE_COMMITTEE:
        return title
    cell = next((c for c in COMMITTEES if org["name"].endswith(c) and len(org["name"]) > len(c)), None)
    if cell is None or (cell == "党组" and title in ("委员", "常委")):
        return title
    return cell + title


DEPARTMENT_TITLES = {"组织部长": "组织部", "宣传部长": "宣传部", "统战部长": "统战部", "副组织部长": "组织部",
                     "副宣传部长": "宣传部"}


def department_of(art: Article, idx: int, title: str, committee: Span | None) -> Span | None:
    """"某省委常委、宣传部长": the department the title names, in the committee the chain
    named before it (某省委宣传部)."""
    dept = DEPARTMENT_TITLES.get(title)
    if dept is None or committee is None or not committee["name"].endswith(TERRITORIAL):
        return None
    return org_span(art, committee["name"] + dept, committee.get("place"), idx)


def implied_level(title: str) -> str | None:
    return next((lvl for word, lvl in TITLE_LEVEL if word in title), None)


class PostParser:
    def __init__(self, art: Article):
        self.art = art

    def _places(self, idx, a, z) -> list[Span]:
        return [p for p in self.art.in_sentence("place", idx) if a <= p.start < z and p["level"] != "other"]

    def _orgs(self, idx, a, z) -> list[Span]:
        return [o for o in self.art.in_sentence("org", idx) if a <= o.start and o.end <= z]

    def chain(self, idx: int, text: str, s: int, e: int) -> list[Span]:
        """Posts of the apposition chain that ends with the title at [s, e)."""
        b = s
        while b > 0 and text[b - 1] not in CHAIN_BREAK:
            b -= 1
        segments, z = [], e
        for part in reversed(text[b:e].split("、")):
            a = z - len(part)
            title = title_matcher().suffix(part)
            if not title:
                break
            segments.append((a, z, title))
            z = a - 1
        posts, prev = [], None
        for a, z, title in reversed(segments):
            prev = self._segment(idx, text, a, z, title, prev)
            posts.append(prev)
        return posts

    def segment(self, idx: int, text: str, a: int, z: int, title: str, prev: Span | None) -> Span:
        """The post of one segment [a, z) that ends with `title`, after the post `prev`
        of the same chain (whose place it inherits when it names none)."""
        return self._segment(idx, text, a, z, title, prev)

    def _segment(self, idx, text, a, z, title, prev) -> Span:
        head = z - len(title)
        places = self._places(idx, a, head + 1)
        orgs = self._orgs(idx, a, head)
        inherited = prev["place"] if prev is not None else None
        level = implied_level(title)
        if inherited is not None and level and inherited["level"] != level:
            inherited = None              # "省委常委、市委书记": the city's post, not the province's
        place = places[-1] if places else inherited
        level_word = self._level_word(text[a:head])
        if not places and level_word:                # "省人大常委会主任", "市公安局局长": the article's own
            place = self._nearest(idx, a, LEVEL_WORDS[level_word[0]]) or place
        if place is None and text[a:head].startswith(("村党", "村委", "村两委", "村支")):
            place = self._nearest(idx, a, "village")       # "在某村，村党支部第一书记某某": that village
        if place is None:
            place = self._nearest(idx, a, implied_level(title))
        org = self._org(idx, title, place, orgs, places)
        if org is None and not places and prev is not None and prev["org"] is not None:
            org = self._host_of(prev["org"]) or department_of(self.art, idx, title, prev["org"])
        if org is None and place is not None:
            org = self._bare_body(idx, text[a:head], place)
        if place is None and org is not None and orgs:
            place = max(orgs, key=lambda o: o.end).get("place")
        return self.record(idx, head, z, title, org, place, former=text[a:a + 1] in FORMER)

    @staticmethod
    def _level_word(prefix: str) -> str | None:
        """A level written alone before a title or a body ("省", "市" + "公安局"), which
        names the article's own division of that level."""
        for word in ("自治区", "省", "市", "县", "区"):
            rest = prefix[len(word):]
            if prefix.startswith(word) and (not rest or body_matcher().suffix(rest) == rest):
                return word
        return None

    def _org(self, idx, title, place, orgs, places) -> Span | None:
        if title in NATIONAL_BODIES:                 # 中央委员: a member of the Central Committee
            return org_span(self.art, NATIONAL_BODIES[title], None, idx)
        body = next((b for t, b in TITLE_BODIES if title.startswith(t)), None)
        if body is None and title.endswith("第一书记") and place is not None and place["level"] == "village":
            body = "党支部"              # a village's first secretary leads its Party branch
        if body in PARTY_CELLS and orgs and (place is None or place["level"] not in ("township", "village")):
            return self._cell_of(idx, max(orgs, key=lambda o: (o.end, o.end - o.start)), body)
        if body in PARTY_CELLS and place is not None and place["level"] in ("province", "prefecture", "county"):
            body = None                   # a Party group or branch belongs to an organ or a village, not a county
        if body and place is not None:
            anchor = places[0] if body == "人大" and places else place
            return org_span(self.art, join(anchor["name"], body), anchor, idx)
        if orgs:
            return max(orgs, key=lambda o: (o.end, o.end - o.start))
        return None

    def _host_of(self, org: Span) -> Span | None:
        """The organ whose Party cell `org` is ("某局党组" → 某局), None for a territorial
        committee (县委) or a body that is no cell."""
        for cell in sorted(PARTY_CELLS, key=len, reverse=True):
            name = org["name"]
            if name.endswith(cell) and len(name) > len(cell) + 1 and not name[:-len(cell)].endswith(("省", "市", "县", "区", "镇", "乡", "村", "旗")):
                return org_span(self.art, name[:-len(cell)], org.get("place"), org.sent)
        return None

    def _cell_of(self, idx, host: Span, cell: str) -> Span:
        """The Party cell of an organ the title names: "某市环境监察支队党支部书记" holds a
        post in the 支队's 党支部, "某局党组成员" in the bureau's 党组 (a body of its own,
        as career datasets code it)."""
        if host["name"].endswith(PARTY_CELLS):
            return host
        return org_span(self.art, host["name"] + cell, host.get("place"), idx)

    def _bare_body(self, idx, prefix: str, place: Span) -> Span | None:
        """"组织部部长" after "县委常委、": a body written without its place belongs to it."""
        level = self._level_word(prefix) if prefix else None
        if level and len(prefix) > len(level):
            prefix = prefix[len(level):]              # "市公安局" at the article's city: 某市公安局
        body = body_matcher().suffix(prefix) if prefix else None
        if not body or body != prefix:
            return None
        if body in words("party_departments"):
            return org_span(self.art, join(place["name"], place["name"][-1:] + "委") + body, place, idx)
        return org_span(self.art, place["name"] + body, place, idx)

    def _nearest(self, idx, before, level) -> Span | None:
        """The place a bare post ("县长", "县委副书记") is held at: the nearest of its level
        earlier in the sentence, else the article's own place of that level."""
        if not level:
            return None
        cands = [p for p in self.art.in_sentence("place", idx) if p.end <= before and p["level"] == level]
        if cands:
            return cands[-1]
        if level in ("village", "township"):           # the village the paragraph is about
            para = self.art.sentences[idx].paragraph
            for sent in reversed(self.art.sentences[:idx]):
                if sent.paragraph != para or para < 0:
                    break
                earlier = [p for p in self.art.in_sentence("place", sent.index) if p["level"] == level]
                if earlier:
                    return earlier[-1]
            return None
        code = self.art.context.get({"prefecture": "city"}.get(level, level))
        return division_span(code) if code else None

    def record(self, idx, s, e, title, org, place, former=False) -> Span:
        title = committee_title(title, org)
        level = place["level"] if place is not None else None
        name = place["name"] if place is not None else None
        leading = org is None or (name and org["name"] in (join(name, name[-1] + "委"), name + "政府", name + "人民政府"))
        own_office = org is not None and org["name"].endswith(("局", "厅")) and title.endswith(("局长", "厅长"))
        return Span("post", idx, s, e, title, {"title": title, "org": org, "place": place, "former": former,
                                                "rank": rank(title, level) if (leading or own_office) else None})

    def clause(self, idx: int, text: str, m) -> Span | None:
        """"在某县委组织部任科员", "从某局副局长的岗位上退下来", "曾任某乡乡长"."""
        a, z = m.start("where"), m.end("where")
        title = title_matcher().match_at(m.group("title"), 0)
        if not title and "岗位" in m.group(0):
            title = title_matcher().suffix(text[a:m.end("title")])
            z = m.end("title") - len(title or "")
        if not title:
            return None
        places = self._places(idx, a, z)
        orgs = self._orgs(idx, a, z)
        place = places[-1] if places else None
        org = self._org(idx, title, place, orgs, places)
        if org is not None and orgs and place is None:
            place = max(orgs, key=lambda o: o.end).get("place")
        former = m.group(0).startswith(("从", "当过", "曾"))
        return self.record(idx, z, z + len(title), title, org, place, former)

    def press_body(self, idx: int, prefix: str | None) -> Span | None:
        """"新华社记者" → 新华社; "本报记者" or an editor line → the publisher."""
        if prefix and prefix.endswith(("本报", "本台", "本网", "本刊", "本社")):
            prefix = None                  # "本报记者": the publisher's own reporter
        if prefix:
            named = [o for o in self.art.of("org") if o["name"] and prefix.endswith(o["name"])]
            if named:
                return max(named, key=lambda o: len(o["name"]))
            if prefix.endswith(("日报", "晚报", "快报", "报", "社", "网", "台", "在线", "周刊")):
                return org_span(self.art, prefix, None, idx)
        if self.art.publisher and self.art.sources:      # a site name is not a body
            return org_span(self.art, self.art.publisher, None, idx)
        return None
