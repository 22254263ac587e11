"""Persons and their posts, read from how official news introduces people.

The introduction patterns, in order of how much they tell:
* apposition chain: place + body + post + name, posts joined by "、"
  ("辽宁省人大代表、车新村党支部书记白金山说");
* bylines and editor lines ("新华社记者曹智、张非非、李铮", "责任编辑: 张樵苏");
* name + honorific post ("习近平总书记");
* speakers ("肖越说");
* posts stated in a clause about the person: "在海城市委组织部任科员", "到抚顺县挂职任副县长",
  "当过大学生村官", "作为副镇长", "从…副主任的岗位" (a former post).
Every later mention of a known name is a mention of the same person.
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.recognize import names
from kg.recognize.lexicon import LongestMatcher
from kg.recognize.posts import PostParser
from kg.recognize.words import TITLES

PRESS_TITLES = {"记者", "特约记者", "通讯员", "编辑", "责任编辑", "责编", "主编", "作者"}
PERSON_NOUNS = ["干部", "村民", "党员", "职工", "农民", "工人", "居民"]
HONORIFIC = re.compile(r"(总书记|同志|主席|总理)")
AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")
SPEECH = ("说", "表示", "介绍", "认为", "指出", "强调", "坦言", "告诉")
BYLINE = re.compile(r"(?:([\u4e00-\u9fff]{2,8}?)(?=记者|通讯员))?(特约记者|记者|通讯员|责任编辑|责编|编辑|作者)\s*[:：]?\s*(?:本报记者|记者)?\s*")
CLAUSE_POSTS = [
    re.compile(r"(?:在|到|赴)(?P<where>[\u4e00-\u9fff]{2,20}?)(?:挂职)?(?:任|担任)(?P<title>[\u4e00-\u9fff]{2,8})"),
    re.compile(r"从(?P<where>[\u4e00-\u9fff]{2,24}?)(?P<title>[\u4e00-\u9fff]{2,6})的岗位"),
    re.compile(r"(?:当过|曾任|曾担任|作为)(?P<where>)(?P<title>[\u4e00-\u9fff]{2,8})"),
]
_TITLES = LongestMatcher(TITLES + PERSON_NOUNS)


class PersonFinder:
    def __init__(self, art: Article):
        self.art = art
        self.posts = PostParser(art)
        self.known: dict[str, dict] = {}

    def run(self) -> None:
        for sent in self.art.sentences:
            self._introductions(sent.index, sent.simp)
        for sent in self.art.sentences:
            self._mentions(sent.index, sent.simp)
        for sent in self.art.sentences:
            self._clause_posts(sent.index, sent.simp)
        self.art.persons = list(self.known.values())

    # -- introductions -------------------------------------------------------------
    def _introductions(self, idx: int, text: str) -> None:
        """Names are introduced in running text, never inside a document title 《…》."""
        text = re.sub(r"《[^《》]*》", lambda m: "＿" * len(m.group(0)), text)
        self._bylines(idx, text)
        for s, e, title in _TITLES.finditer(text):
            name = names.choose(names.readings(text, e, strict=title in PERSON_NOUNS), self.art.simp)
            if not name:
                continue
            self._person(name, idx)
            if title not in PERSON_NOUNS:
                for post in self.posts.chain(idx, text, s, e):
                    self._post(name, post)
        for m in HONORIFIC.finditer(text):
            name = self._name_before(text, m.start())
            if name:
                self._person(name, idx)
                self._post(name, {"title": m.group(1), "sentence": idx} if m.group(1) != "同志" else None)
        for i in range(len(text)):
            if (i == 0 or text[i - 1] in "，,。“”：: 、") and names.surname_at(text, i):
                for name in names.readings(text, i, strict=True):
                    if text.startswith(SPEECH, i + len(name)):
                        self._person(name, idx)
        for m in AGE.finditer(text):      # "31岁的司鹏飞": age apposition introduces a name
            name = names.choose(names.readings(text, m.end(), strict=True), self.art.simp)
            if name:
                self._person(name, idx)

    def _bylines(self, idx: int, text: str) -> None:
        for m in BYLINE.finditer(text):
            title, pos = ("记者" if "记者" in m.group(0)[len(m.group(1) or ""):] else m.group(2)), m.end()
            org = self.posts.press_body(m.group(1), text)
            while pos < len(text):
                name = names.choose(names.readings(text, pos), self.art.simp)
                if not name:
                    break
                self._person(name, idx)
                self._post(name, {"title": title, "org": org, "sentence": idx})
                pos += len(name)
                if text[pos:pos + 1] not in "、 ":
                    break
                pos += 1

    def _name_before(self, text: str, end: int) -> str | None:
        """"习近平总书记": a surname three or two characters before the post."""
        for n in (3, 2):
            i = end - n
            name = text[max(i, 0):end]
            if i >= 0 and names.surname_at(text, i) and all("\u4e00" <= c <= "\u9fff" for c in name):
                if names.plausible(name) and (i == 0 or not names.surname_at(text, i - 1) or n == 3):
                    return name
        return None

    # -- later mentions and clause posts ---------------------------------------------
    def _mentions(self, idx: int, text: str) -> None:
        for name in sorted(self.known, key=len, reverse=True):
            start = text.find(name)
            while start >= 0:
                longer = any(k != name and k.startswith(name) and text.startswith(k, start) for k in self.known)
                if not longer:
                    self.known[name]["sentences"].add(idx)
                start = text.find(name, start + len(name))

    def _clause_posts(self, idx: int, text: str) -> None:
        here = [n for n, p in self.known.items() if idx in p["sentences"]]
        if len(here) != 1:
            return
        for pattern in CLAUSE_POSTS:
            for m in pattern.finditer(text):
                post = self.posts.clause(idx, text, m)
                if post:
                    self._post(here[0], post)

    # -- records ---------------------------------------------------------------------
    def _person(self, name: str, idx: int) -> None:
        rec = self.known.setdefault(name, {"name": name, "sentences": set(), "roles": set()})
        rec["sentences"].add(idx)

    def _post(self, name: str, post: dict | None) -> None:
        if not post or not post.get("title"):
            return
        post = {"person": name, "org": None, "place": None, "place_code": None, "level": None,
                "rank": None, "former": False, **post}
        role = "journalist" if post["title"] in PRESS_TITLES else "official"
        self.known[name]["roles"].add(role)
        if all(p["title"] != post["title"] for p in self.art.positions if p["person"] == name):
            self.art.positions.append(post)


def recognize_persons(art: Article) -> Article:
    PersonFinder(art).run()
    for p in art.persons:
        p["role"] = "journalist" if p["roles"] == {"journalist"} else "official" if p["roles"] else "other"
        p["sentences"] = sorted(p["sentences"])
        del p["roles"]
    return art
