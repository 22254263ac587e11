"""Organizations: bodies written as place + body type, named bodies, companies.

Official news names a body by its place and its type ("抚顺市审计局", "桓仁满族自治县委",
"车新村党支部"), chains types ("省总工会机关党委"), and drops the place when the article
makes it plain ("省委", "市委巡察办").  A bare level is resolved to the article's own
province, city or county, and only when that is certain; otherwise it is left out.
Names are normalized so variants meet: "中共" dropped, "X县委员会" written "X县委".
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.gazetteer import load
from kg.recognize.lexicon import LongestMatcher
from kg.recognize.words import BODY_SUFFIXES, BODY_TYPES, NAMED_BODIES

HAN = "\u4e00-\u9fff"
PARTY_AFTER_PLACE = ("委员会", "委", "政府", "人大常委会", "人大", "政协", "纪委监委", "纪委")
LEVEL_BODY = re.compile(r"(?<![全各本该每城省市县区乡镇村两])(省直|省|市直|市|县|区)(?=[\u4e00-\u9fff])")
BOUNDARY = set("，,。；;：:、“”‘’《》()（）[]【】 的了在到从与和由是为对把被向给及并")
_BODIES = LongestMatcher(BODY_TYPES)
_NAMED = LongestMatcher(NAMED_BODIES)


def normalize(name: str) -> str:
    name = re.sub(r"^中共", "", name)
    return re.sub(r"(省|市|县|区|旗)委员会$", r"\1委", name)


def bodies_after(text: str, i: int) -> list[str]:
    """Body words right after position i, each chained type a body of its own:
    "总工会机关党委" gives 总工会 and 总工会机关党委."""
    out, cur = [], ""
    for lead in PARTY_AFTER_PLACE:
        if text.startswith(lead, i):
            cur = lead
            out.append(cur)
            break
    while i + len(cur) < len(text):
        word = _BODIES.match_at(text, i + len(cur))
        if not word:
            break
        cur += word
        out.append(cur)
    if out and text.startswith("门", i + len(out[-1])) and out[-1].endswith("部"):
        out.pop()         # 组织部门: "departments", not a body
    if len(out) > 1 and out[0] in PARTY_AFTER_PLACE:
        out = out[1:]     # "省委组织部" names the department; the committee itself is not named
    return [b for b in out if b != "委员会"]


class OrgFinder:
    def __init__(self, art: Article):
        self.art = art
        self.gaz = load()

    def run(self) -> None:
        for sent in self.art.sentences:
            places = [p for p in self.art.places if p["sentence"] == sent.index]
            self.art.organizations += self.sentence(sent.index, sent.simp, places)
        for src in self.art.sources:     # "来源：县农业农村局" names the article's own county's bureau
            bare = [o for o in self._bare(0, src, []) if o["start"] == 0 and o["end"] == len(src)]
            self.art.organizations.append(bare[0] | {"sentence": 0, "start": -1, "end": -1} if bare
                                          else self._org(src, None, 0, -1, -1))

    def sentence(self, idx: int, text: str, places: list[dict]) -> list[dict]:
        found = self._placed(idx, text, places) + self._bare(idx, text, places)
        found += [self._org(w, None, idx, s, e) for s, e, w in _NAMED.finditer(text)]
        found += self._suffixed(idx, text, places, found)
        return found

    def _placed(self, idx, text, places) -> list[dict]:
        out = []
        for p in places:
            if p["level"] == "other":
                continue
            for body in bodies_after(text, p["end"]):
                out.append(self._org(_join(p, body), p, idx, p["start"], p["end"] + len(body)))
        return out

    def _bare(self, idx, text, places) -> list[dict]:
        """"省委", "市委巡察办": the level stands for the article's own place."""
        out = []
        for m in LEVEL_BODY.finditer(text):
            if any(p["start"] < m.end() and m.start() < p["end"] + 1 for p in places):
                continue
            place = self._resolve_level(m.group(1)[0], idx, places)
            if place is None:
                continue
            for body in bodies_after(text, m.end()):
                body = ("直" if m.group(1).endswith("直") else "") + body
                out.append(self._org(_join(place, body), place, idx, m.start(), m.end() + len(body)))
        return out

    def _resolve_level(self, level: str, idx: int, places: list[dict]) -> dict | None:
        ctx = self.art.context
        want = {"省": "province", "市": "prefecture", "县": "county", "区": "county"}[level]
        near = [p for p in places if p["level"] == want and p["code"]]
        if near:
            return near[-1]
        code = ctx.get("province") if want == "province" else ctx.get("city") if want == "prefecture" else ctx.get("county")
        if code and code in self.gaz.by_code:
            d = self.gaz.by_code[code]
            return {"name": d.name, "code": d.code, "level": d.level, "surface": d.name}
        return None

    def _suffixed(self, idx, text, places, found) -> list[dict]:
        """Companies, cooperatives, universities and papers, bounded on the left."""
        out = []
        pattern = "|".join(sorted(BODY_SUFFIXES, key=len, reverse=True))
        for m in re.finditer(rf"[{HAN}]{{2,12}}?(?:{pattern})", text):
            s = _left_edge(text, m.start(), m.end(), places)
            name = text[s:m.end()]
            stem = name[: len(name) - len(next(x for x in BODY_SUFFIXES if name.endswith(x)))]
            if len(stem) < 2 or _has_function_word(stem) or any(o["start"] <= s < o["end"] for o in found if o["start"] >= 0):
                continue
            place = next((p for p in places if p["start"] == s), None)
            out.append(self._org(name, place, idx, s, m.end()))
        for m in re.finditer(r"合作社“([^”]{2,8})”", text):
            out.append(self._org(m.group(1), None, idx, m.start(1), m.end(1)))
        return out

    def _org(self, name, place, idx, s, e) -> dict:
        return {"name": normalize(name), "place": place.get("name") if place else None,
                "place_code": place.get("code") if place else None,
                "place_level": place.get("level") if place else None,
                "sentence": idx, "start": s, "end": e}


def _has_function_word(stem: str) -> bool:
    """A verb, pronoun or adjective in the stem: a description, not a name ("我们鼓励合作社")."""
    from kg.segment import tagged

    tags = tagged(stem)
    return any(flag[:1] in "rdpcumq" for _, flag in tags) or tags[0][1][:1] in "va"


def _join(place: dict, body: str) -> str:
    """Place name + body, without doubling the level ("台安" + "县委" → "台安县委")."""
    name = place["name"]
    if body.startswith(("县委", "区委", "市委", "省委", "旗委")) and name[-1] == body[0]:
        return name + body[1:]
    if body.startswith("直") and name.endswith("省"):
        return name + body
    return name + body


def _left_edge(text: str, start: int, end: int, places: list[dict]) -> int:
    """Start of a suffixed name: a place it opens with, else the last boundary before it."""
    for p in places:
        if start <= p["start"] < end or p["start"] < start < p["end"]:
            return p["start"]
    s = start
    while s < end and text[s] in BOUNDARY:
        s += 1
    for k in range(start, end):
        if text[k] in BOUNDARY:
            s = k + 1
    return s


def recognize_organizations(art: Article) -> Article:
    OrgFinder(art).run()
    return art
