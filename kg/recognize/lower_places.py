"""Townships, villages and zones: names no county-level gazetteer holds, read by pattern.

* They are introduced right after a known place ("正定县塔元庄村", "该县依汶镇",
  "岔沟镇的苏家湾村") or in a list after one, and later named bare ("塔元庄村是…").
* A township or village named right before its own body or post ("，西柏坡镇党委书记")
  is a name even without a place before it.
* A bare "…村" never met after a place is a description ("贫困村", "示范村"), not a name.
* Zones are named after their place ("正定经济开发区") or stand alone after a preposition
  or punctuation ("在滨海新区"); a counted list shares one head noun ("甲、乙2个工业园区").
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.places.gazetteer import division_span
from kg.recognize.place_lists import ITEM_SUFFIXES, counted_lower, earlier_items
from kg.recognize.place_bounded import LIES_IN, bounded_start
from kg.recognize.place_stems import cut_from_sound, good_stem, level_of, listed_stem, named_elsewhere, patterns, sounded
from kg.recognize.segment import boundary, tag_of, tagged
from kg.places.villages import listed_under, place_of
from kg.recognize.lower_table import OWN_POST, TableReading
from kg.recognize.zones import ZoneReading
from kg.recognize.names import surname_at
from kg.lang.words import words

ANAPHOR = re.compile(r"(该|本|全)(省|市|县|区|旗|镇|乡)$")
VILLAGE_BODY = ("村党", "村委", "村两委", "村民委", "村监", "村务监")
# What follows a village's name when its own post or body is meant: "某村原党支部书记", "某村党支部".
VILLAGE_POSTS = ("党支部", "党总支", "原党支部", "原村", "村委", "两委", "村民委员会", "第一书记", "党委",
                 "支部", "支委", "村监", "村务监", "监委会",                          # its branch, its supervisory committee
                 "村支书", "村书记", "村主任", "支书", "村党", "村会计", "村文书",       # "某村村支书某某"
                 "工作队", "帮扶工作队", "驻村工作队", "乡村振兴工作队")                 # the team stationed there
# "柳湾村村民", "某村村集体", "某村村支书": a village's name, then its people, bodies or posts.
VILLAGE_NEXT = VILLAGE_BODY + ("村民", "村集体", "村干部", "村级", "村支书", "村书记", "村主任", "村会计", "村文书")
LIST_WORDS = "和与及或"      # a conjunction between two places of one level
LINK = ("的", "", "原")      # "某镇原某村": the village as it was before a merger, under its township
VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}村(?!民)")      # a village named right after a township


RESIDENTS = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:居委会|居民委员会)")     # a community's committee by its name

# The units a regulation is cut into, numbered: "第四条" (article 4), "第二章" (chapter 2).
# A place's suffix right after one ("第四条村党组织书记主持…") starts the article's text.
LEGAL_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇0-9]+[条章节款项]$")



class LowerPlaces(ZoneReading, TableReading):
    """Finds townships, villages and zones of one article; remembers what it introduced."""

    def __init__(self, art: Article):
        self.art = art
        self.known: dict[str, Span] = {}      # township/village/zone name -> first mention
        self.written: set[str] = set()        # names of `known` first met under a place the text writes
        self.last: dict[str, Span] = {}       # level -> most recent mention
        self.codes: set[str] = set()          # adcodes of the divisions the article names, and their chains

    def find(self, idx: int, text: str, divisions: list[Span]) -> list[Span]:
        """Townships, villages and zones of one sentence.  A division's short form that a
        village's name opens with yields to the village ("东营子村": no 东营市 in it) and
        is taken out of `divisions`."""
        anchors = {m.end: m for m in divisions}
        out: list[Span] = []
        names = [c for c in self.art.in_sentence("candidate", idx)       # a Han name: surname, two or three characters
                 if c["tag"] == "PER" and len(c.text) in (2, 3) and surname_at(c.text, 0)]
        for m in patterns()["lower"].finditer(text):
            hit = self._at(idx, text, m.start(), m.end(), anchors)
            if hit is None or any(c.start < hit.start < c.end < hit.end for c in names):
                continue              # "王建军和村…": a name's last character opens no village (军和村)
            inside = [d for d in divisions if d.start < hit.end and hit.start < d.end]
            self._yield_to_longer(hit, out, anchors)
            if all(_opens_name(d, hit) for d in inside) and not any(o.start < hit.end and hit.start < o.end for o in out):
                for d in inside:
                    divisions.remove(d)
                    anchors.pop(d.end, None)
                out.append(hit)
                anchors[hit.end] = hit
        out += self._earlier_items(idx, text, out, divisions)
        out += self._residents(idx, text, anchors, out)
        counted = self._counted(idx, text)
        out = [o for o in out if not any(c.start < o.end and o.start < c.end for c in counted)] + counted
        self._lying_in(text, out, divisions)
        return out + self._zones(idx, text, divisions + out)

    def _lying_in(self, text: str, out: list[Span], divisions: list[Span]) -> None:
        """A township or village said to lie in the chain of places right after it ("某某村
        隶属于某县某乡", "某某镇位于某县东部") is under the chain's last place above it."""
        places = sorted(out + divisions, key=lambda p: p.start)
        for hit in out:
            verb = next((v for v in LIES_IN if text.startswith(v, hit.end)), None)
            if verb is None or hit["level"] not in RANK:
                continue
            at, parent = hit.end + len(verb), None
            for p in places:
                if p.start == at and RANK.get(p["level"], 5) < RANK[hit["level"]]:
                    at, parent = p.end, p
            if parent is not None:
                hit["parent"] = parent

    def _yield_to_longer(self, hit: Span, out: list[Span], anchors: dict) -> None:
        """Takes out of `out` the names of a lower level that `hit` holds and runs past: the
        longer name is the one written ("某县王村口镇": the town, not its first two
        characters' village)."""
        for o in [o for o in out if hit.start <= o.start and o.end <= hit.end and len(o.text) < len(hit.text)
                  and RANK.get(hit["level"], 5) < RANK.get(o["level"], 5)]:    # (not 某镇某村 over 某镇)
            out.remove(o)
            if anchors.get(o.end) is o:
                del anchors[o.end]
            if self.known.get(o["name"]) is o:
                del self.known[o["name"]]

    def _earlier_items(self, idx: int, text: str, out: list[Span], divisions: list[Span]) -> list[Span]:
        """The items of a list written before a township or village this sentence reads, with
        the same suffix, in the same place ("来到甲某镇、乙某镇": place_lists.earlier_items)."""
        found: list[Span] = []
        for hit in sorted(out, key=lambda h: -h.start):
            suffix = next((x for x in ITEM_SUFFIXES if text.endswith(x, 0, hit.end)), None)
            if suffix is None or hit["level"] not in ("township", "village"):
                continue
            shared = Span("place", -1, -1, -1, "", {"level": "list", "name": None, "code": None, "of": hit["parent"]})
            for a, z in earlier_items(text, hit.start, suffix, lambda st: good_stem(st) and not _generic_end(st, suffix),
                                      lambda a, z: boundary(text, max(0, a - 3), z, a)):
                if any(t.start < z and a < t.end for t in out + divisions + found):
                    break
                found.append(self.mention(idx, a, z, text[a:z], shared))
        return found

    def _residents(self, idx: int, text: str, anchors: dict, out: list[Span]) -> list[Span]:
        """A residents' committee written right after its township ("某镇某某居委会") names
        the community (社区) the national table lists there by that name: the committee is
        its body, the place a village-level unit."""
        found = []
        for end, anchor in list(anchors.items()):
            m = RESIDENTS.match(text, end)
            if m and anchor["level"] == "township" and not any(o.start < m.end(1) and end < o.end for o in out) \
                    and listed_under(anchor, m.group(1) + "社区"):
                found.append(self.mention(idx, end, m.end(1), m.group(1) + "社区", anchor))
        return found

    def _counted(self, idx: int, text: str) -> list[Span]:
        """The items of "甲、乙、丙三个镇" that the national table places in the article's
        divisions, each under its own county or township: the count and the suffix say what
        each item is (横村 there is the town 横村镇, not a village of that name)."""
        out: list[Span] = []
        for a, z, name in counted_lower(text):
            if any(o.start < z and a < o.end for o in out):
                continue                  # a longer reading of this item taken
            entry = place_of(name, self.codes, self.art.context.get("province"), townships=self._townships())
            if entry is not None and listed_stem(name[:z - a]):
                out.append(self.mention(idx, a, z, entry.name, self._entry_parent(entry), table=True))
        return out

    def _at(self, idx, text, s, e, anchors) -> Span | None:
        suffix, nxt = text[s:e], text[e:e + 3]
        own = nxt.startswith(OWN_POST) and nxt[0] in (suffix, "民")       # "某镇镇长", not "一批乡镇长"
        if (nxt and nxt[0] in "镇乡民" and not own and not (nxt[:1] == "民" and VILLAGE_AFTER.match(text, e))) \
                or (nxt[:1] == "村" and not nxt.startswith(VILLAGE_NEXT)):
            return None       # 乡镇, 村民, 村镇: generic words, not the end of a name (but 某镇民乐村)
        if s > 0 and _generic_end(text[s - 1], suffix):     # 乡镇, 乡村, 城镇, 农村, 侨乡, 小镇: words, never a
            return self._listed(idx, text, s, e, nearby=True)  # name's end, unless the table has it (壶镇镇, 乡乡村)
            #                                                     near the article's places, not anywhere ("和美乡村")
        if text[s - 1:s] == "之":                               # "某某之乡": an honorary title, no township
            return None
        if text[s - 1:s] == "副" and text.startswith("长", e):   # "某镇人民政府副镇长": a deputy's title
            return None
        if LEGAL_ORDINAL.search(text, max(0, s - 8), s):        # "第四条村党组织书记…": a rule's article, no village
            return None
        if suffix == "村" and text[s - 1:s] == "村" and not text.startswith(VILLAGE_BODY, s):
            return self._doubled(idx, text, s, e, anchors)     # "村村通": no village; "某村村是…": the table's 某村
        by_sound = sounded(text, s)
        longest = 10 if text[s - 1:s] == "族" or by_sound else 6   # an ethnic township: "某某蒙古族乡",
                                          # "某某彝族苗族乡"; a name written by sound: "某乡阿亚格库木巴格村"
        for n in range(1, longest):       # nearest anchor first
            start = s - n
            stem = text[max(start, 0):s]
            listed = start >= 0 and listed_under(anchors.get(start), stem + suffix)
            owned = start >= 0 and self._numbered(text, stem, suffix, start, e, anchors) and listed_stem(stem)
            owned = owned or start >= 0 and self._addressed(stem, suffix, text, e, anchors.get(start), anchors)
            #   ("某县某镇大路村举行…": a village's name the table knows elsewhere, in a full address)
            if start < 0 or not (listed or owned or good_stem(stem, check_words=False)) or cut_from_sound(text, start, s):
                continue          # (owned: "某乡大坪村党总支": 大 may open a name right after its township)
            anchor = self._anchor(text, start, anchors)
            if anchor is not None and anchor["level"] != "list" and RANK.get(anchor["level"], 5) >= RANK[level_of(stem + suffix)]:
                anchor = None        # "柳湾村和石碾子村": a list of villages, not one inside another;
                                     # "某村某某公社" a firm's name after its village, no commune in it
            if n > 1 and stem[0] in LIST_WORDS and anchor is not None and anchor.end == start \
                    and anchor["level"] == level_of(stem + suffix):
                continue             # "甲镇和乙镇": the conjunction of a list, no township "和乙镇" (but 某镇和平村)
            if n == 1 and (not (anchor and anchor.end == start and anchor["level"] in ("county", "township"))
                           or stem in words("village_work_verbs") or anchor["level"] == "county" and not listed):
                continue            # one-character names only right after their county or township,
                                    # and no 驻村 ("某县驻村第一书记": the work, not a village); after
                                    # a county only as the national table lists it ("某县单村发展": no 单村)
            if stem + suffix not in self.known and anchor is None:
                continue
            if n > 1 and not listed and not owned and not self._numbered(text, stem, suffix, start, e, anchors) and not good_stem(stem) \
                    and not (by_sound and n >= 4) \
                    and not (anchor is not None and anchor["level"] == "township" and named_elsewhere(stem, suffix, text, e)):
                continue            # the words checked last: jieba is the costly part (no words in a name by sound)
            return self.mention(idx, start, e, stem + suffix, anchor)
        listed = self._listed(idx, text, s, e, anchors)
        if listed is not None:
            return listed
        start = bounded_start(text, s, e, village_doing=not any(not c.endswith("00") for c in self.codes))
        #                                       "，西柏坡镇党委书记": the longest bounded stem
        if start is None:
            return None
        counties = [a for end, a in sorted(anchors.items()) if end <= start and a["level"] == "county"]
        return self.mention(idx, start, e, text[start:e], None, near=counties[-1] if counties else None)

    @staticmethod
    def _addressed(stem: str, suffix: str, text: str, end: int, township: Span | None, anchors: dict) -> bool:
        """Whether a village's name the national table knows elsewhere is written right after
        its township and that township right after its county ("某县某镇大路村举行…"): an
        address in full, whatever words the name is made of (大路: "a main road")."""
        county = anchors.get(township.start) if township is not None and township["level"] == "township" else None
        if county is None or county["level"] != "county" or (tag_of(stem) or "n")[:1] in "vad":
            return False                  # ("某县某镇示范村建设": a verb's or an adjective's kind of village)
        return named_elsewhere(stem, suffix, text, end, chained=True)

    @staticmethod
    def _numbered(text: str, stem: str, suffix: str, start: int, end: int, anchors: dict) -> bool:
        """A village right after its township, whatever jieba makes of its name's words,
        when the name is a numeral's (the era's names: 五爱, 八一, 三合) or the village's own
        post or body follows it ("某镇高桥背村原党支部书记", "某乡上坝村党支部")."""
        anchor = anchors.get(start)
        if suffix != "村" or anchor is None or anchor["level"] != "township" or not 2 <= len(stem) <= 4:
            return False
        words = tagged(stem)
        if len(words) == 1 and words[0][1][:1] in "vad":
            return False                  # "某镇帮扶村党支部": a verb's villages, no name
        return (len(stem) == 2 and stem[0] in "一二三四五六七八九十") or text.startswith(VILLAGE_POSTS, end)

    def _anchor(self, text: str, start: int, anchors: dict) -> Span | None:
        """The place this name is written under: right before it, or before "的"/"、"."""
        for gap in LINK:
            pos = start - len(gap)
            if text[pos:start] == gap and pos in anchors:
                return anchors[pos]
        m = ANAPHOR.search(text[:start])
        if m:
            level = {"省": "province", "市": "prefecture", "镇": "township", "乡": "township"}.get(m.group(2), "county")
            here = [a for end, a in sorted(anchors.items()) if end <= m.start() and a["level"] == level]
            return here[-1] if here else self.last.get(level)
        if text[start - 1:start] == "、":
            prev = [a for end, a in anchors.items() if end == start - 1 and a["level"] in ("township", "village", "zone")]
            if prev:       # the next item of a list shares the first one's parent
                return Span("place", -1, -1, -1, "", {"level": "list", "name": None, "code": None,
                                                        "of": prev[0]["parent"]})
        return None

    def mention(self, idx, s, e, name, anchor, zone=False, table=False, near=None) -> Span:
        """Without a place before it, a village or township belongs to the last county named,
        a zone to the article's city.  An anchor no higher than the name is none: in "负责
        某村的某镇党委委员" the township follows its village's 的, it does not lie in it.

        Later bare mentions take the parent of the first one written under a place (not
        merely beside one in a list: "对甲镇、乙村等" may join two levels); one the
        national table placed (`table`) gives way to it: a township learnt only from a later
        sentence ("…到甲镇乙村调研。甲镇党委书记某某…") places its village on the second pass,
        and the village's bare mentions after it follow that, not the table's namesake.
        `near`: the county its sentence named last before it ("历任某县委某职、某公社某职"),
        closer than the county of the sentences before."""
        if anchor is not None and anchor["level"] != "list" and RANK.get(anchor["level"], 5) >= RANK.get(level_of(name), 5):
            anchor = None
        known = self.known.get(name)
        if anchor is None and known:
            parent = known["parent"]
        elif anchor is not None:
            parent = above(anchor["of"], level_of(name)) if anchor["level"] == "list" else anchor
        else:
            parent = None if zone else (near or self.last.get("county") or self.last.get("prefecture"))
            if parent is None and self.art.context.get("city"):
                parent = division_span(self.art.context["city"])
        span = Span("place", idx, s, e, name, {"name": name, "surface": name, "level": level_of(name),
                                                "code": None, "parent": parent})
        if anchor is not None and anchor["level"] != "list" and not table and name not in self.written:
            self.written.add(name)
            self.known[name] = span
        else:
            self.known.setdefault(name, span)
        return span


def _generic_end(stem: str, suffix: str) -> bool:
    """Whether the stem's last character and the suffix make a common word, no name's end:
    乡镇, 乡村, 镇村, 城镇, 农村, or a kind of place (侨乡, 故乡, 小镇).

    >>> _generic_end("水美乡", "村"), _generic_end("某城", "镇"), _generic_end("禹王", "镇")
    (True, True, False)
    """
    last = stem[-1:]
    return suffix in ("镇", "乡", "村") and last in ("镇", "乡", "城") or suffix == "村" and last == "农" \
        or last + suffix in words("place_kind_nouns")


def _opens_name(division: Span, hit: Span) -> bool:
    """Whether a division read by its short form ("东营", not 东营市) opens a longer
    township's or village's name that `hit` reads ("东营子村")."""
    return division.start == hit.start and division.end < hit.end and division["surface"] != division["name"] \
        and division["level"] in ("province", "prefecture", "county")


RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4, "zone": 3}


def above(parent: Span | None, level: str) -> Span | None:
    """The first place of `parent`'s chain above `level`: in "甲乡某村、乙镇某村" the
    second township shares the first village's county, not the first township."""
    while parent is not None and RANK.get(parent.get("level"), 5) >= RANK.get(level, 5):
        parent = parent.get("parent")
    return parent
