"""Programs: named campaigns, documents, platforms, projects and reforms.

How official news names a program:
* a document title in 《》 ("《辽宁省干部教育培训规划(2023—2027年)》");
* a quoted slogan with its head noun ("“重实干、强执行、抓落实”专项行动", "“三变”改革");
* a quoted slogan that a verb of launching introduces ("开展“大调研、大走访”",
  "提出了“五个时常叩问”的要求"), or one of a list closed by 等 ("“五包五促”等…活动");
* a descriptive name with a head noun, bounded on the left by such a verb, a place or
  punctuation ("深入开展为民办实事解民忧活动", "启动的8890群众工作平台").
A head noun after "等" labels a category ("等党员联系群众载体活动"), not a program, and
projects need a proper name in them (a place or company), not "维修改造项目".
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.segment import tagged

HEADS = {  # head noun -> kind
    "专项行动": "campaign", "专项治理": "campaign", "专项整治": "campaign", "专项巡察": "campaign",
    "攻坚战": "campaign", "主题教育": "campaign",
    "实践研学": "campaign", "三年行动": "campaign", "行动": "campaign", "活动": "campaign", "计划": "campaign",
    "推进年": "campaign", "突破年": "campaign", "提升年": "campaign", "建设年": "campaign", "攻坚年": "campaign",
    "落实年": "campaign", "工程": "project", "项目": "project", "平台": "platform",
    "专项工作机制": "other", "负责制": "other", "责任制": "other", "政策体系": "policy",
}
# Heads too common in running text to name a program unless a quoted name comes first.
QUOTED_HEADS = {"机制": "other", "制度": "other", "体系": "other", "模式": "other", "工作法": "other",
                "改革": "reform", "规划": "policy", "主题教育": "campaign"}
LIST_CATEGORY = re.compile(r"等[\u4e00-\u9fff]{0,10}?(活动|载体|做法|举措|行动|工程|机制|模式|经验|治理|品牌|工作法)")
INTRO = ("组织开展", "深入开展", "开展", "实施", "推行", "推进", "启动", "实行", "推广", "列出", "发扬", "提出了",
         "提出", "建立", "健全", "完善", "创新", "深化", "巩固拓展", "巩固", "拓展", "举办", "打造", "探索", "推出",
         "开通", "上线", "明确", "聚焦", "围绕", "结合", "随着", "通过", "以", "和", "与", "及", "的", "在", "、")
PUNCT = set("，,。；;：:！？!?()（）【】 \n”等")
HEAD_RE = "|".join(sorted(list(HEADS) + list(QUOTED_HEADS), key=len, reverse=True))
QUOTE = re.compile(r"“([^“”]{2,24})”")
GENERIC = {"重点", "这一", "该", "此次", "相关", "各项", "有关", "一系列", "主题", "专项", "招商引资", "民生", "综合",
           "维修改造", "重大", "工作", "各类", "这些", "一批", "各地", "全省", "全市", "全县"}
MEDIA = re.compile(r"(日报|晚报|报|杂志|周刊|网)$")


def _kind_of_quote(before: str) -> str:
    return "policy" if before.endswith(("提出了", "提出")) else "campaign" if before.endswith(("开展", "实施")) else "other"


class ProgramFinder:
    def __init__(self, art: Article):
        self.art = art

    def run(self) -> None:
        for sent in self.art.sentences[1:] if self.art.title else self.art.sentences:
            self.art.programs += self.sentence(sent.index, sent.simp)
        self.art.programs += self.sentence(0, self.art.sentences[0].simp) if self.art.title else []

    def sentence(self, idx: int, text: str) -> list[dict]:
        found = self._documents(idx, text)
        spans = [(p["start"], p["end"]) for p in found]
        for p in self._quoted(idx, text) + self._named(idx, text):
            if not any(a <= p["start"] < b or a < p["end"] <= b for a, b in spans):
                found.append(p)
                spans.append((p["start"], p["end"]))
        return found

    def _documents(self, idx, text) -> list[dict]:
        out = []
        for m in re.finditer(r"《([^《》]{2,60})》", text):
            title = m.group(1).strip()
            if not MEDIA.search(title):
                out.append(self._program(idx, text, m.start(), m.end(), f"《{title}》", title, "policy"))
        return out

    def _quoted(self, idx, text) -> list[dict]:
        out = []
        for m in QUOTE.finditer(text):
            core = m.group(1)
            if re.search(r"[，。？！,?!]", core):
                continue
            head = re.match(rf"(?:[\u4e00-\u9fff]{{0,8}}?)({HEAD_RE})", text[m.end():m.end() + 12])
            before = text[max(0, m.start() - 6):m.start()]
            middle = head.group(0)[: -len(head.group(1))] if head else ""
            if head and "等" not in middle and "的" not in middle:
                kind = HEADS.get(head.group(1)) or QUOTED_HEADS[head.group(1)]
                end = m.end() + len(head.group(0))
                out.append(self._program(idx, text, m.start(), end, text[m.start():end], core + middle, kind))
            elif before.endswith(INTRO[:21]) or self._listed(text, m.end()):
                out.append(self._program(idx, text, m.start(), m.end(), m.group(0), core, _kind_of_quote(before)))
        return out

    @staticmethod
    def _listed(text: str, end: int) -> bool:
        """“A”、“B”等…: a quoted item in a list that 等 closes."""
        rest = text[end:end + 40]
        m = re.match(r"(?:[、]?“[^“”]{2,24}”)*", rest)
        return bool(LIST_CATEGORY.match(rest[m.end():]))

    def _named(self, idx, text) -> list[dict]:
        out = []
        for m in re.finditer(rf"({HEAD_RE})", text):
            if m.group(1) in QUOTED_HEADS or text[m.start() - 1:m.start()] == "”":
                continue
            start = self._left_edge(text, m.start())
            if start is None:
                continue
            stem = text[start:m.start()]
            if not self._good_stem(stem, m.group(1), text, start):
                continue
            head = m.group(1)
            core = stem + head if head.endswith("年") else stem
            out.append(self._program(idx, text, start, m.end(), stem + head, core, HEADS[head]))
        return out

    @staticmethod
    def _left_edge(text: str, head_start: int) -> int | None:
        """After the nearest punctuation, launching verb or linking word; None past 18 chars."""
        for s in range(head_start - 1, max(head_start - 19, -1), -1):
            if text[s] in PUNCT or text[s] == "“":
                return s + 1
            if text.endswith(INTRO, 0, s + 1):
                return s + 1
        return 0 if head_start <= 18 else None

    def _good_stem(self, stem: str, head: str, text: str, start: int) -> bool:
        if len(stem) < (2 if len(head) >= 3 else 3) or stem in GENERIC or any(stem.startswith(g) for g in ("重点", "这", "该", "各", "相关")):
            return False
        if text[start - 1:start] == "等" or re.search(r"\d{4}年|季度|\d+月|[“”《》‘’]", stem):
            return False
        tags = tagged(stem)
        if any(f[:1] in "rdcuyep" and w not in ("为",) for w, f in tags) or any(w in ("是", "有", "了") for w, _ in tags):
            return False
        if head in ("项目", "工程"):
            return _has_proper_name(stem)
        return True

    def _program(self, idx, text, s, e, name, core, kind) -> dict:
        return {"name": name, "core": core, "kind": kind, "sentence": idx, "start": s, "end": e,
                "place": self._place(idx, s, e)}

    def _place(self, idx, s, e) -> dict | None:
        """Where it runs: a place in its name, else the last place before it in the sentence."""
        text = self.art.sentences[idx].simp
        places = [p for p in self.art.places if p["sentence"] == idx and p["level"] in
                  ("province", "prefecture", "county", "township", "village", "zone") and p["start"] < e
                  and text[p["start"] - 1:p["start"]] not in ("在", "到", "赴")]   # a venue, not the owner
        inside = [p for p in places if p["start"] >= s]
        return (inside or places or [None])[-1]


def _has_proper_name(stem: str) -> bool:
    """A project is named by a place or a company in it, not by what is being built."""
    from kg.gazetteer import COMMON_WORDS
    from kg.recognize.places import matcher

    if any(f.startswith(("ns", "nt", "nz", "nr")) for _, f in tagged(stem)):
        return True
    return any(w not in COMMON_WORDS and len(w) >= 2 for _, _, w in matcher().finditer(stem))


def _runner(art: Article, prog: dict) -> dict | None:
    """The body that runs a program: the sentence's subject body, else one in its clause."""
    text = art.sentences[prog["sentence"]].simp
    from kg.recognize.posts import _TITLES

    before = [o for o in art.organizations if o["sentence"] == prog["sentence"] and 0 <= o["end"] <= prog["start"]
              and not (o["end"] < len(text) and _TITLES.match_at(text, o["end"]))]   # "县委书记X": a post
    subject = [o for o in before if o["start"] <= 1]
    same_clause = [o for o in before if not re.search(r"[，,；;。]", text[o["end"]:prog["start"]])]
    return (subject or same_clause or [None])[-1]


def _merge_variants(programs: list[dict]) -> list[dict]:
    """"“三个年”活动" and "三个年" are one program: cores that contain one another."""
    cores: dict[str, str] = {}
    for p in sorted(programs, key=lambda p: -len(p["core"])):
        key = re.sub(r"[“”‘’、·\s]", "", p["core"])
        p["key"] = next((k for k in cores if len(key) >= 3 and (key in k or k in key)), key)
        cores.setdefault(p["key"], p["name"])
    return programs


def recognize_programs(art: Article) -> Article:
    ProgramFinder(art).run()
    art.programs = _merge_variants(art.programs)
    for prog in art.programs:
        runner = _runner(art, prog)
        prog["org"] = runner["name"] if runner else None
    return art
