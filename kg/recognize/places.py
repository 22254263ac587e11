"""Localities: divisions from the gazetteer, townships, villages and zones by pattern.

How the news writes places decides the rules:
* Places are introduced as a chain, biggest first: "辽宁省阜新市阜新蒙古族自治县车新村".
  Each link resolves inside the one before it, so "铁西区" after "鞍山市" is Anshan's.
* Townships and villages are not in any gazetteer; they are introduced right after a
  known place ("海城市岔沟镇", "该县天宁镇", "庞泉沟镇的苏家湾村") or in a list after one,
  and later named bare ("岔沟镇是…").  A bare "…村" never met after a place is a
  description ("贫困村", "东北冷棚葡萄第一村"), not a name.
* Short forms that are everyday words or shared by several divisions count only inside
  the article's own province.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.article import Article
from kg.gazetteer import COMMON_WORDS, MUNICIPALITIES, Gazetteer, load
from kg.recognize.lexicon import LongestMatcher
from kg.recognize.words import (NOT_PLACE_STEMS, REGIONS, TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES,
                                ZONE_SUFFIXES)

LOWER = TOWNSHIP_SUFFIXES + VILLAGE_SUFFIXES
ANAPHOR = re.compile(r"(该|本|全)(省|市|县|区|旗|镇|乡)$")
# A township or village named right before its own body or post is a name, not a description.
POST_AFTER_PLACE = ("党委", "党支部", "党总支", "党工委", "政府", "人民政府", "镇长", "乡长", "村委", "两委", "居委",
                    "村民委员会", "主任", "书记", "办事处", "党群服务中心")
LINK = ("的", "")
NOT_PLACE_WORDS = tuple(w for w in NOT_PLACE_STEMS if len(w) > 1)
HAN = re.compile(r"[\u4e00-\u9fff]")
_MATCHER: LongestMatcher | None = None


def matcher() -> LongestMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = LongestMatcher(load().surfaces() + REGIONS)
    return _MATCHER


def _is_function_word(word: str) -> bool:
    """A verb, adverb or pronoun opening the stem means the "name" is running text."""
    from kg.segment import tag_of

    tag = tag_of(word)
    return bool(tag) and tag[0] in "vdprcmqu"


def level_of(name: str) -> str:
    if name.endswith(ZONE_SUFFIXES):
        return "zone"
    if name.endswith(VILLAGE_SUFFIXES):
        return "village"
    return "township"


def _division_hits(text: str) -> tuple[tuple[int, int, str], ...]:
    """Gazetteer and region matches, dropping short forms that begin a smaller name."""
    names = load().names
    hits = []
    for s, e, surface in matcher().finditer(text):
        nxt = text[e:e + 2]
        if surface not in names and (nxt[:1] in "镇乡村" or nxt in ("街道", "社区", "大学", "路", "街")):
            continue
        if surface in ("中国",) and text[e:e + 3].startswith(("共产党", "式", "特色", "人民")):
            continue
        hits.append((s, e, surface))
    return tuple(hits)


def article_scope(gaz: Gazetteer, hits: dict[int, tuple]) -> tuple[str | None, set[str]]:
    """The province an article is about, and the prefectures it names unambiguously."""
    votes: Counter = Counter()
    cities: set[str] = set()
    for sent_hits in hits.values():
        for _, _, surface in sent_hits:
            top = gaz.top(surface)
            if len(top) != 1 or gaz.is_risky(surface) or surface in COMMON_WORDS:
                continue
            d = gaz.by_code[top[0]]
            if d.level == "county" and (surface not in gaz.names or len(surface) <= 2):
                continue            # "上街" in 走上街头: a county's short form proves nothing alone
            if d.level == "prefecture" or (d.level == "province" and d.code[:2] in MUNICIPALITIES):
                cities.add(d.code)
            votes[d.province_code] += 1 if d.level != "county" else 0.5
    province = votes.most_common(1)[0][0] if votes else None
    return province, cities


class PlaceFinder:
    """Finds the places of one article; keeps what the article introduced."""

    def __init__(self, art: Article):
        self.gaz = load()
        self.art = art
        # matched once per sentence: the scope and both passes below read them
        self.hits = {s.index: _division_hits(s.simp) for s in art.sentences}
        self.province, self.cities = article_scope(self.gaz, self.hits)
        art.context["province"] = self.province
        self.known: dict[str, dict] = {}      # township/village/zone name -> mention
        self.last: dict[str, dict] = {}       # level -> most recent mention

    def run(self) -> None:
        local = [c for c in self.cities if self.province and c[:2] == self.province[:2]]
        if len(local) == 1:
            self.art.context["city"] = local[0]
        for sent in self.art.sentences:       # first pass: learn the township and village names
            self.sentence(sent.index, sent.simp)
        self.last = {}
        for sent in self.art.sentences:       # second pass: bare mentions before the introduction count too
            self.art.places += self.sentence(sent.index, sent.simp)
        self.art.context["city"] = self._main("prefecture") or self.art.context.get("city")
        own = any(w in self.art.simp for w in ("我县", "本县", "全县", "我区", "本区", "全区", "我旗"))
        self.art.context["county"] = self._main("county", own)

    def sentence(self, idx: int, text: str) -> list[dict]:
        found = self._divisions(idx, text)
        found += self._lower(idx, text, found)
        found.sort(key=lambda m: m["start"])
        for m in found:
            self.last[m["level"]] = m
        return found

    def _divisions(self, idx: int, text: str) -> list[dict]:
        out: list[dict] = []
        for s, e, surface in self.hits[idx]:
            if surface in REGIONS:
                out.append(self._mention(idx, s, e, surface, "other", None, None))
                continue
            prev = out[-1] if out and out[-1]["end"] == s and out[-1]["code"] else None
            within = ([prev["code"]] if prev else []) + ([self.province] if self.province else [])
            code = self.gaz.resolve(surface, within)
            if not self._acceptable(surface, code, prev):
                continue
            d = self.gaz.by_code.get(code) if code else None
            name = d.name if d else surface
            level = d.level if d else ("county" if surface.endswith(("区", "县")) else "other")
            out.append(self._mention(idx, s, e, name, level, code, prev))
        return out

    def _acceptable(self, surface: str, code: str | None, prev: dict | None) -> bool:
        """Everyday words need a chain; short or 2-character county names need their city."""
        gaz = self.gaz
        if surface in COMMON_WORDS or (gaz.is_risky(surface) and surface not in gaz.names):
            return prev is not None
        if code is None:
            return surface in gaz.names
        d = gaz.by_code[code]
        if d.level == "county" and (surface not in gaz.names or len(surface) <= 2):
            return prev is not None or gaz.parent(code) in self.cities
        return True

    def _mention(self, idx, s, e, name, level, code, parent) -> dict:
        return {"name": name, "surface": self.art.sentences[idx].simp[s:e] if idx < len(self.art.sentences) else name,
                "level": level, "code": code, "sentence": idx, "start": s, "end": e,
                "parent": parent["name"] if parent else None,
                "parent_code": parent["code"] if parent else None}

    # -- townships, villages and zones ------------------------------------------------
    def _lower(self, idx: int, text: str, divisions: list[dict]) -> list[dict]:
        anchors = {m["end"]: m for m in divisions}
        out: list[dict] = []
        taken: list[tuple[int, int]] = [(m["start"], m["end"]) for m in divisions]
        pattern = "|".join(sorted(LOWER, key=len, reverse=True))
        for m in re.finditer(rf"(?:{pattern})", text):
            hit = self._lower_at(idx, text, m.start(), m.end(), anchors)
            if hit and not any(a < hit["end"] and hit["start"] < b for a, b in taken):
                out.append(hit)
                anchors[hit["end"]] = hit
                taken.append((hit["start"], hit["end"]))
        return out + self._zones(idx, text, divisions + out)

    def _lower_at(self, idx, text, s, e, anchors) -> dict | None:
        suffix = text[s:e]
        nxt = text[e:e + 3]
        own_post = ("镇长", "乡长", "镇党委", "乡党委", "镇政府", "乡政府", "镇人民政府", "乡人民政府", "民委员会")
        if (nxt[:1] in "镇乡民" and not nxt.startswith(own_post)) or (
                nxt[:1] == "村" and not nxt.startswith(("村党", "村委", "村两委", "村民委"))):
            return None       # 乡镇, 村民, 村镇: generic words, not the end of a name
        if suffix in "镇乡村" and text[s - 1:s] in "镇乡城" or (suffix == "村" and text[s - 1:s] == "村" and not
                                                          text.startswith(("村党", "村委", "村两委", "村民委"), s)):
            return None
        for n in range(1, 6):       # nearest anchor first
            start = s - n
            stem = text[max(start, 0):s]
            if start < 0 or not self._good_stem(stem, check_words=n > 1):
                continue
            anchor = self._anchor(text, start, anchors)
            if n == 1 and not (anchor and anchor["end"] == start and anchor["level"] in ("county", "township")):
                continue            # one-character names ("余村") only right after their township
            if stem + suffix in self.known or anchor is not None:
                return self._lower_mention(idx, start, e, stem + suffix, anchor)
        if text.startswith(POST_AFTER_PLACE, e):          # "，西柏坡镇党委书记": the longest bounded stem
            for n in range(4, 1, -1):
                stem, before = text[max(s - n, 0):s], text[s - n - 1:s - n] if s - n > 0 else ""
                if len(stem) == n and before in ("", "，", ",", "、", "。", "；", "“", "的", " ") and self._good_stem(stem):
                    return self._lower_mention(idx, s - n, e, stem + suffix, None)
        return None

    def _zones(self, idx: int, text: str, places: list[dict]) -> list[dict]:
        """Zones are named after their place ("兴城经济开发区"), or stand alone ("东戴河新区")."""
        out = []
        ends = {m["end"]: m for m in places if m["level"] != "zone"}
        pattern = "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True))
        for m in re.finditer(rf"(?:{pattern})", text):
            s = m.start()
            if out and out[-1]["end"] > s:
                continue
            for n in range(0, 7):
                anchor = ends.get(s - n)
                middle = text[s - n:s]
                if anchor and anchor["level"] != "township" and (not middle or self._good_stem(middle)):
                    name = anchor["surface"] + middle + m.group(0)
                    out.append(self._lower_mention(idx, anchor["start"], m.end(), name, anchor))
                    break
            else:
                hit = (self._lower_mention(idx, s, m.end(), "高新区", None, zone=True) if m.group(0) == "高新区"
                       else self._bare_zone(idx, text, s, m.end()))
                if hit:
                    out.append(hit)
        return out + self._zone_list(idx, text)

    def _bare_zone(self, idx, text, s, e) -> dict | None:
        for n in range(4, 1, -1):
            stem = text[max(s - n, 0):s]
            before = text[s - n - 1:s - n] if s - n > 0 else ""
            if len(stem) == n and self._good_stem(stem) and (before in "的在到于,，、。“" or stem in ("高新", "经开")):
                return self._lower_mention(idx, s - n, e, stem + text[s:e], None, zone=True)
        return None

    def _zone_list(self, idx, text) -> list[dict]:
        """"北港、高新、打渔山3个化工园区": one head noun shared by a counted list."""
        out = []
        pattern = "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True))
        for m in re.finditer(rf"(?<=[的,，:：在])((?:[\u4e00-\u9fff]{{2,4}}、)+[\u4e00-\u9fff]{{2,4}})(?:\d+|[两三四五六七八九十]+)个({pattern})", text):
            for item in m.group(1).split("、"):
                out.append(self._lower_mention(idx, m.start(1), m.end(), item + m.group(2), None, zone=True))
        return out

    def _good_stem(self, stem: str, check_words: bool = True) -> bool:
        if not stem or not all(HAN.match(c) for c in stem):
            return False
        if stem.startswith(NOT_PLACE_WORDS) or stem.endswith(NOT_PLACE_WORDS):
            return False
        if any(c in "的了及在是为对把被个们到从部委局办厅市县区省" for c in stem):
            return False
        return stem[0] not in NOT_PLACE_STEMS and not (check_words and _is_function_word(stem[:2]))

    def _anchor(self, text: str, start: int, anchors: dict) -> dict | None:
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
            if prev:
                return {"name": prev[0]["parent"], "code": prev[0]["parent_code"], "level": "list"}
        return None

    def _lower_mention(self, idx, s, e, name, anchor, zone=False) -> dict:
        """A zone without its place belongs to the article's city; a village to the last county."""
        level = level_of(name)
        known = self.known.get(name)
        if anchor is None and known:
            parent, pcode = known["parent"], known["parent_code"]
        elif anchor is not None:
            parent, pcode = anchor["name"], anchor["code"]
        else:
            up = None if zone else (self.last.get("county") or self.last.get("prefecture"))
            if up is None and self.art.context.get("city"):
                code = self.art.context["city"]
                up = {"name": self.gaz.by_code[code].name, "code": code}
            parent, pcode = (up["name"], up["code"]) if up else (None, None)
        m = {"name": name, "surface": name, "level": level, "code": None, "sentence": idx,
             "start": s, "end": e, "parent": parent, "parent_code": pcode}
        self.known.setdefault(name, m)
        return m

    def _main(self, level: str, own: bool = True) -> str | None:
        """The place of a level the article is about: its only one (when the article speaks as
        that place, "全县"), or one named at least twice and twice as often as any other."""
        cities = Counter(p["code"] for p in self.art.places if p["level"] == level and p["code"])
        if not cities:
            return None
        (code, n), *rest = cities.most_common()
        return code if (not rest and (own or n >= 2)) or (n >= 2 and (not rest or n >= 2 * rest[0][1])) else None


def recognize_places(art: Article) -> Article:
    PlaceFinder(art).run()
    return art
