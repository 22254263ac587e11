"""A post = title + body + place, parsed out of the phrase that introduces a person.

"沈阳市浑南区委常委、常务副区长傅涵": the chain before the name splits at "、" into
segments, each ending in a title.  In each segment the places written before the title
give its locality, a body written there ("抚顺市审计局") its organization, and a title
that opens with a body type ("县委书记", "党支部书记") names its own body, placed at the
segment's locality ("台安县" + "县委" → "台安县委").  A segment without a place takes the
previous segment's place, or the nearest place of the level the title implies.
"""
from __future__ import annotations

from kg.article import Article
from kg.recognize.lexicon import LongestMatcher
from kg.recognize.orgs import normalize
from kg.recognize.words import BODY_TYPES, PARTY_DEPARTMENTS, TITLES

_TITLES = LongestMatcher(TITLES)
_BODIES = LongestMatcher(BODY_TYPES)
CHAIN_BREAK = set("，,。；;：:“”‘’《》()（）!?！？ \n")
# Titles that name their body: the body word, written after the post's place.
TITLE_BODIES = [("村党支部", "党支部"), ("党支部", "党支部"), ("党总支", "党总支"), ("镇党委", "党委"),
                ("乡党委", "党委"), ("党工委", "党工委"), ("党委", "党委"), ("党组", "党组"), ("省委", "省委"),
                ("市委", "市委"), ("县委", "县委"), ("区委", "区委"), ("旗委", "旗委"), ("州委", "州委"),
                ("纪委", "纪委"), ("村委会", "村委会"), ("人大常委会", "人大常委会"), ("人大代表", "人大"),
                ("政协委员", "政协"), ("政协", "政协")]
# The level of place a title is held at, when the title says so.
TITLE_LEVEL = [("省长", "province"), ("省委", "province"), ("市长", "prefecture"), ("市委", "prefecture"),
               ("县长", "county"), ("县委", "county"), ("区长", "county"), ("区委", "county"),
               ("镇长", "township"), ("乡长", "township"), ("镇党委", "township"), ("村主任", "village"),
               ("党支部", "village"), ("村", "village")]
RANKS = {  # (title contains, place level) -> rank, the coding of political-elite datasets
    ("书记", "province"): "省部级", ("省长", "province"): "省部级",
    ("书记", "prefecture"): "厅局级", ("市长", "prefecture"): "厅局级", ("局长", "province"): "厅局级",
    ("厅长", "province"): "厅局级", ("书记", "county"): "县处级", ("县长", "county"): "县处级",
    ("区长", "county"): "县处级", ("常委", "county"): "县处级", ("局长", "prefecture"): "县处级",
    ("书记", "township"): "乡科级", ("镇长", "township"): "乡科级", ("乡长", "township"): "乡科级",
    ("局长", "county"): "乡科级", ("主任", "township"): "乡科级",
}


def rank(title: str, level: str | None) -> str | None:
    if not level or title in ("人大代表", "政协委员") or title.endswith(("记者", "编辑")):
        return None
    for (word, lvl), r in RANKS.items():
        if lvl == level and word in title:
            return r
    return None


def implied_level(title: str) -> str | None:
    return next((lvl for word, lvl in TITLE_LEVEL if word in title), None)


def join_body(place: str, body: str) -> str:
    """"台安县" + "县委" → "台安县委"; "车新村" + "党支部" → "车新村党支部"."""
    if body[:1] in "省市县区旗州" and body[1:2] == "委" and place.endswith(body[0]):
        return place + body[1:]
    return place + body


class PostParser:
    def __init__(self, art: Article):
        self.art = art

    def _places(self, idx, a, z) -> list[dict]:
        return [p for p in self.art.places if p["sentence"] == idx and a <= p["start"] < z]

    def _orgs(self, idx, a, z) -> list[dict]:
        return [o for o in self.art.organizations if o["sentence"] == idx and a <= o["start"] and o["end"] <= z]

    def chain(self, idx: int, text: str, s: int, e: int) -> list[dict]:
        """Posts of the apposition chain that ends with the title at [s, e)."""
        b = s
        while b > 0 and text[b - 1] not in CHAIN_BREAK:
            b -= 1
        segments, z = [], e
        for part in reversed(text[b:e].split("、")):
            a = z - len(part)
            title = _TITLES.suffix(part)
            if not title:
                break
            segments.append((a, z, title))
            z = a - 1
        posts, prev = [], None
        for a, z, title in reversed(segments):
            post = self._segment(idx, text, a, z, title, prev)
            posts.append(post)
            prev = post
        return posts

    def _segment(self, idx, text, a, z, title, prev) -> dict:
        head = z - len(title)
        places = [p for p in self._places(idx, a, head + 1) if p["level"] != "other"]
        orgs = self._orgs(idx, a, head)
        place = places[-1] if places else None
        if place is None and prev and prev.get("place"):
            place = {"name": prev["place"], "code": prev["place_code"], "level": prev.get("level")}
        if place is None:
            place = self._nearest(idx, a, implied_level(title))
        org = self._org(title, place, orgs, places)
        if org is None and place is not None:
            org = self._bare_body(text[a:head], place)
        if place is None and org and orgs:
            place = self._org_place(orgs)
        former = text[a:a + 1] in ("原", "前")
        return self._record(idx, title, org, place, former)

    @staticmethod
    def _org_place(orgs) -> dict | None:
        o = max(orgs, key=lambda o: o["end"])
        return {"name": o["place"], "code": o["place_code"], "level": o["place_level"]} if o["place"] else None

    def _org(self, title, place, orgs, places) -> str | None:
        body = next((b for t, b in TITLE_BODIES if title.startswith(t)), None)
        if body and place:
            anchor = places[0] if body == "人大" and places else place
            return normalize(join_body(anchor["name"], body))
        if orgs:
            return max(orgs, key=lambda o: (o["end"], o["end"] - o["start"]))["name"]
        return None

    @staticmethod
    def _bare_body(prefix: str, place: dict) -> str | None:
        """"组织部部长" after "县委常委、": a body written without its place belongs to it."""
        body = _BODIES.suffix(prefix) if prefix else None
        if not body or body != prefix:
            return None
        if body in PARTY_DEPARTMENTS:
            return normalize(join_body(place["name"], place["name"][-1:] + "委") + body)
        return normalize(place["name"] + body)

    def _nearest(self, idx, before, level) -> dict | None:
        """The place a bare post ("县长", "县委副书记") is held at: the nearest of its level
        earlier in the sentence, else the article's own place of that level."""
        if not level:
            return None
        cands = [p for p in self.art.places if p["sentence"] == idx and p["end"] <= before and p["level"] == level]
        if cands:
            return cands[-1]
        code = self.art.context.get({"prefecture": "city"}.get(level, level))
        if code:
            from kg.gazetteer import load

            d = load().by_code[code]
            return {"name": d.name, "code": code, "level": d.level}
        return None

    def _record(self, idx, title, org, place, former=False) -> dict:
        level = place.get("level") if place else None
        name = place["name"] if place else None
        leading = org is None or (name and org in (join_body(name, name[-1] + "委"), name + "政府", name + "人民政府"))
        own_office = bool(org) and org.endswith(("局", "厅")) and title.endswith(("局长", "厅长"))
        return {"title": title, "org": org, "place": name,
                "place_code": place.get("code") if place else None, "level": level,
                "rank": rank(title, level) if (leading or own_office) else None, "former": former, "sentence": idx}

    def clause(self, idx: int, text: str, m) -> dict | None:
        """"在海城市委组织部任科员", "从…副主任的岗位", "当过大学生村官"."""
        a, z = m.start("where"), m.end("where")
        title = _TITLES.match_at(m.group("title"), 0)
        if not title and m.group(0).endswith("的岗位"):
            title = _TITLES.suffix(text[a:m.end("title")])
            z = m.end("title") - len(title or "")
        if not title:
            return None
        places = [p for p in self._places(idx, a, z) if p["level"] != "other"]
        orgs = self._orgs(idx, a, z)
        place = places[-1] if places else None
        org = self._org(title, place, orgs, places)
        if org and orgs and place is None:
            place = self._org_place(orgs)
        former = m.group(0).startswith(("从", "当过", "曾"))
        return self._record(idx, title, org, place, former)

    def press_body(self, prefix: str | None, text: str) -> str | None:
        """"新华社记者" → 新华社; "本报记者" or an editor line → the publisher."""
        if prefix:
            named = [o["name"] for o in self.art.organizations if o["name"] and prefix.endswith(o["name"])]
            if named:
                return max(named, key=len)
            if prefix.endswith(("日报", "晚报", "社", "网", "台")):
                return prefix
        return self.art.publisher if self.art.sources else None    # a site name is not a body
