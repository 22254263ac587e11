"""Posts as the text writes them: a title, the words before it, and whether 原/前 opens
those words.  Which body and place the words name is decided later, over the whole
article, by the linking stage (kg.link.posts), which reads the cue each post keeps here.

"石家庄市正定县委常委、常务副县长某某": the chain before the name splits at "、" into
items, each ending in a title: "石家庄市正定县委常委" and "常务副县长", the second after
the first (whose place it inherits when it names none).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.article import Article, Span
from kg.lang.words import words
from kg.recognize.org_heads import heads
from kg.recognize.org_names import title_matcher
from kg.recognize.segment import tagged

BLANK = "丨"         # a quote around a title, blanked (see blank_quoted_titles)
CHAIN_BREAK = set("，,。；;：:“”‘’《》()（）!?！？ \n—的")
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


class PostParser:
    def __init__(self, art: Article):
        self.art = art

    def chain(self, idx: int, text: str, s: int, e: int) -> list[Span]:
        """Posts of the apposition chain that ends with the title at [s, e)."""
        b = _chain_start(text, s)
        lead = SUBTITLE_VERB.match(text, b) if b > 0 and text[b - 1] == "—" else None
        b = lead.end() if lead and lead.end() <= s else b     # "——记某市人大代表、某镇党委书记某某"
        segments = _segments(text, b, e)
        whole = len(segments) == len(_items(text[b:e]))
        earlier = _then_groups(text, b) if whole else []
        joined = _title_groups(text, b) if whole and not earlier else []
        posts, prev = [], None
        for a, z, title in earlier + joined + segments:
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
        return self.chain(idx, text, len(core) - len(title), len(core)) if title else []

    def segment(self, idx: int, text: str, a: int, z: int, title: str, prev: Span | None,
                how: str = "career") -> Span:
        """The post of one item [a, z) that ends with `title`, after the post `prev` of
        the same chain."""
        cue = Cue(how, text, a, z, prev)
        former = self._former(idx, text, a) or (how == "segment" and self._former_list(text, a, prev)) \
            or self._former_before_place(idx, text, a, z) or self._former_before_title(idx, text, z - len(title))
        return self.record(idx, z - len(title), z, title, former=former, cue=cue)

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
        recognizers read and the title; not the end of a word ("草原", "太原市委书记"), nor
        前 ("目前县长…", "会前")."""
        return at >= 1 and text[at - 1] == "原" and any(
            x.end == at - 1 for k in ("place", "org") for x in self.art.in_sentence(k, idx))

    @staticmethod
    def _former_list(text: str, a: int, prev: Span | None) -> bool:
        """原 before a list of one person's titles covers the list: "原某市委常委、副书记某某"
        held both posts; "原某县县长、现任某市副市长" names a post held now."""
        return prev is not None and bool(prev["former"]) and text[prev.end:a] in ("、", "兼") \
            and not text.startswith(("现", "新任", "今"), a)

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


def _unit_title(text: str, a: int, z: int) -> tuple[str, int] | None:
    """The title after a unit of the body a clause names ("任种植业管理处处长", "任办公室主任"):
    the title that ends text[a:z] and where the unit before it ends, when a body's head noun
    ends the unit (kg/data/body_heads.txt)."""
    for end in range(z, a + 2, -1):
        title = title_matcher().suffix(text[a:end])
        if title and end - len(title) - a >= 2 and text[a:end - len(title)].endswith(heads()):
            return title, end - len(title)
    return None


def _items(chain: str) -> list[str]:
    """The items of an apposition chain: titles joined by 、, and by 兼 where a title ends on
    both sides ("某镇党委书记兼镇长", "副县长兼县公安局局长": two posts held at once; not 兼任,
    whose 任 could open a place, nor a garbled clause with a date in it).

    >>> _items("某县委常委、副县长兼县公安局局长")
    ['某县委常委', '副县长', '县公安局局长']
    """
    out = []
    for part in chain.split("、"):
        pieces = re.split(r"兼(?!任)", part)
        clean = not re.search(r"\d", part)
        out += pieces if len(pieces) > 1 and clean and all(title_matcher().suffix(p) for p in pieces) else [part]
    return out


def blank_quoted_titles(text: str, titles) -> str:
    """The sentence with the quotes around each of `titles` ((start, end, title), as the
    sentence writes them) blanked to 丨, so that they break no chain of posts.

    >>> blank_quoted_titles("驻某村“第一书记”、某院教研员某某", [(4, 8, "第一书记")])
    '驻某村丨第一书记丨、某院教研员某某'
    """
    chars = list(text)
    for s, e, _ in titles:
        if 0 < s and e < len(text) and text[s - 1] in "“\"" and text[e] in "”\"":
            chars[s - 1] = chars[e] = BLANK
    return "".join(chars)


def _chain_start(text: str, s: int) -> int:
    """Where the chain that ends with the title at `s` begins: at a break, past a short
    quoted word inside a body's name ("市委常委、“某某”片区党委书记": the quote is the
    zone's name, the chain runs on before it).

    >>> text = "市委常委、“某某”片区党委书记"
    >>> _chain_start(text, text.index("党委书记"))
    0
    """
    b = s
    while True:
        while b > 0 and text[b - 1] not in CHAIN_BREAK:
            b -= 1
        q = text.rfind("“", max(0, b - 10), b - 1) if b > 1 and text[b - 1] == "”" else -1
        if q < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[q + 1:b - 1]):
            return b
        b = q


def _segments(text: str, b: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, title) of the items of text[b:e] that end with a title, from the last
    back to the first that does not (a blanked quote after a title ends its item)."""
    segments, z = [], e
    for part in reversed(_items(text[b:e])):
        a = z - len(part)
        title = title_matcher().suffix(part.rstrip(BLANK))
        if not title:
            break
        segments.insert(0, (a, a + len(part.rstrip(BLANK)), title))
        z = a - 1
    return segments


def _then_groups(text: str, b: int) -> list[tuple[int, int, str]]:
    """"时任甲县委副书记、县长，乙市委常委某某": groups of titles after 时任, each ended by a
    comma, before the group at `b` that runs into the name; every item must be a post.

    >>> [t for _, _, t in _then_groups("时任某县委副书记、县长，某市委常委张三", 12)]
    ['县委副书记', '县长']
    """
    if b < 1 or text[b - 1] not in "，,":
        return []
    c = text.rfind("时任", 0, b - 1)
    if c < 0 or any(ch in CHAIN_BREAK and ch not in "，," for ch in text[c:b - 1]):
        return []
    return _title_runs(text, c + 2, b - 1)


def _title_runs(text: str, a: int, z: int, plain: bool = False) -> list[tuple[int, int, str]]:
    """The items of the comma-separated groups of text[a:z], [] unless every item is a post
    (with `plain`, one whose words before its title hold no clause word)."""
    out = []
    for group in re.split(r"[，,]", text[a:z]):
        items = _segments(text, a, a + len(group))
        if not group or len(items) != len(_items(group)) \
                or plain and any(_clause_words(text[x:y - len(t)]) for x, y, t in items):
            return []
        out += items
        a += len(group) + 1
    return out


GROUP_OPENS = "。；;：:\n"      # where a run of title groups may begin ("出席会议的有：…")
# The day a report opens with, before the run: "7月27日，", "近日，", "昨天上午，".
TIME_LEAD = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|昨天|昨日|当天|近期)(?:上午|下午|晚上|晚)?[，,]")


def _title_groups(text: str, b: int) -> list[tuple[int, int, str]]:
    """"某市委常委、组织部部长，市委党校校长某某": groups of titles before the group at `b`
    that runs into the name, each ended by a comma and none naming anyone, from the start of
    the sentence or a colon; one person's posts, as a speaker's are written.  A group that
    ends with a name is another person's ("市委书记甲，市委副书记、市长乙").

    >>> [t for _, _, t in _title_groups("临安市委常委、组织部部长，市委党校校长张三", 13)]
    ['市委常委', '部长']
    >>> _title_groups("要当好第一书记，村支书张三", 8)
    []
    >>> _title_groups("某市委书记甲某，市委副书记、市长张三", 8)
    []
    """
    if b < 1 or text[b - 1] not in "，,":
        return []
    c = max((text.rfind(ch, 0, b - 1) for ch in GROUP_OPENS), default=-1) + 1
    lead = TIME_LEAD.match(text, c)
    c = lead.end() if lead and lead.end() < b - 1 else c       # "7月27日，县委副书记、县长，某某指挥长某某"
    return _title_runs(text, c, b - 1, plain=True)


def _clause_words(words_: str) -> bool:
    """A verb, adverb, preposition, conjunction, pronoun or particle among the words of an
    item before its title: a clause ("要当好第一书记"), not a body's name."""
    return bool(words_) and any(flag[:1] in "vdpcru" and flag != "vn" for _, flag in tagged(words_))


CONCURRENT = re.compile(r"[，,]兼(?:任)?")


def concurrent_groups(text: str, b: int, z: int) -> list[tuple[int, str]] | None:
    """The groups of titles of a roster item text[b:z] — titles joined by 、, a group after
    "，兼" held at once ("某局局长，兼某村第一书记") — as (end, last title) each; None
    unless every item ends with a title.

    >>> concurrent_groups("甲，某县县长，兼某村第一书记", 2, 14)
    [(6, '县长'), (14, '第一书记')]
    """
    groups, a = [], b
    for m in list(CONCURRENT.finditer(text, b, z)) + [None]:
        end = m.start() if m else z
        items = text[a:end].split("、")
        if not all(title_matcher().suffix(i) for i in items) or any(c in text[a:end] for c in "，,"):
            return None
        groups.append((end, title_matcher().suffix(items[-1])))
        a = m.end() if m else z
    return groups
