"""Programs: named campaigns, documents, platforms, projects and reforms.

How official news names a program:
* a document title in 《》 ("《某省乡村振兴促进条例》");
* a quoted slogan with its head noun ("“清风护航”专项行动", "“最多跑一次”改革");
* a quoted slogan with a number, the way the Party abbreviates a policy into a count
  of its parts ("“三个一批”", "“六稳”", "“两山两化”", "“十五五”"), even alone;
* a quoted slogan that a verb of launching introduces ("开展“五进社区”",
  "提出了“三个一批”的要求"), or one of a list closed by 等 ("“一村一品”等…活动");
* a descriptive name with a head noun, bounded on the left by such a verb, a place or
  punctuation ("深入开展文明城市创建行动", "启动的12345政务服务平台").
A head noun after "等" labels a category ("等各类帮扶活动"), not a program, and
projects need a proper name in them (a place or company), not "道路硬化项目".
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize.national_programs import names_in
from kg.recognize.program_names import NamedReading, compound_at, head_at_end, lexicon
from kg.recognize.program_stems import has_proper_name
from kg.recognize.org_names import title_matcher
from kg.recognize.slogans import FIVE_YEAR, NUMBERED, names_people_or_a_word, numbered_program, quote_runs
from kg.lang.words import words


LIST_CATEGORY = re.compile(r"等[\u4e00-\u9fff]{0,10}?(活动|载体|做法|举措|行动|工程|机制|模式|经验|治理|品牌|工作法)")
PRODUCTS = re.compile(r"产品|商标|特产|农产")     # a list of brands that are products' (商标: their trademarks)
TITLE = re.compile(r"《([^《》]{2,60})》")
MEDIA = re.compile(r"(日报|晚报|报|杂志|周刊|网)$")
# A title in 《》 that is a piece of writing, a programme or the periodical that prints it,
# by its words around: "题为《…》的文章", "文章《…》", "电视剧《…》", "《…》一文", "《…》上发表",
# "《…》记者", "《…》刊发…".
WRITING_BEFORE = re.compile(r"(?:题为|题目为|名为|撰写|发表了?|刊发了?|刊登了?|文章|评论员文章|社论|电视剧|电影|纪录片"
                            r"|剧|节目|栏目|央视|综艺|歌曲|小说|专著|著作|诗歌|书籍|图书)$")
WRITING_AFTER = re.compile(r"一文|的?(?:署名)?(?:文章|评论|社论|讲话|报道|专访)|杂志|记者|编辑部|刊发|刊登|刊载|报道|选取|发表|上发表|撰文")
NATIONAL = ("《中国", "《中共", "全国", "国家")     # programs of the whole country, not of a province
TARGET_HEADS = ("整治", "治理", "清理", "纠治")
# A team sent for a campaign, or the campaign's stationing work: "“某某”工作组",
# "“某某”驻村工作队", "“某某”驻镇工作" (the quote names the campaign, not the team).
STATIONED = re.compile(r"(?:驻(?:村|镇|乡|点|企|社区))?工作(?:队|组|专班)|驻(?:村|镇|乡|点|企|社区)工作")
# The scope written between a launching verb and the quoted name: "深化农村“空心房”整治",
# "推进全县“某某”创建" (real excerpt r064).
SCOPED = re.compile(r"(?:农村|城乡|乡村|全县|全市|全区|全镇|全乡|全省|全村|全旗)$")
PLACE_LEVELS = ("province", "prefecture", "county", "township", "village", "zone")


def _kind_of_quote(before: str) -> str:
    """A quote's kind by the verb before it; a team's quote ("“某某”工作队") names the
    campaign it was sent for, "other" unless a verb says so."""
    return "policy" if before.endswith(("提出了", "提出")) else "campaign" if before.endswith(("开展", "实施")) else "other"


class ProgramFinder(NamedReading):
    def __init__(self, art: Article):
        self.art = art
        self.writings: set[str] | None = None

    def run(self) -> None:
        out = self.art.of("program")
        for sent in self.art.sentences[1:] if self.art.title else self.art.sentences:
            out += self.sentence(sent.index, sent.simp)
        out += self.sentence(0, self.art.sentences[0].simp) if self.art.title else []

    def sentence(self, idx: int, text: str) -> list[Span]:
        found = self._documents(idx, text)
        spans = [(p.start, p.end) for p in found]
        national = [self._program(idx, text, a, z, name, core, kind) for a, z, name, core, kind in names_in(text)]
        for p in self._quoted(idx, text) + self._campaign_years(idx, text) + self._named(idx, text) + national:
            if not any(a <= p.start < b or a < p.end <= b for a, b in spans):
                found.append(p)
                spans.append((p.start, p.end))
        return found

    def _documents(self, idx, text) -> list[Span]:
        out = []
        for m in re.finditer(TITLE, text):
            title = m.group(1).strip()
            if not MEDIA.search(title) and title not in self._writings():
                out.append(self._program(idx, text, m.start(), m.end(), f"《{title}》", title, "policy"))
        return out

    def _writings(self) -> set[str]:
        """Titles in 《》 that the article, in any of its sentences, writes as a piece of
        writing, a programme or a periodical (see WRITING_BEFORE): "电视剧《某某》" once makes
        the headline's 《某某》 no policy either."""
        if self.writings is None:
            self.writings = {m.group(1).strip() for sent in self.art.sentences for m in re.finditer(TITLE, sent.simp)
                             if WRITING_BEFORE.search(sent.simp, 0, m.start()) or WRITING_AFTER.match(sent.simp, m.end())}
        return self.writings

    def _quoted(self, idx, text) -> list[Span]:
        """Quoted names, taken a run at a time: "“A”“B”工作" and "“A”、“B”工作" share the
        head, so each is a program with it; a run before a head of cleaning up
        ("“X”“Y”专项整治") names what is cleaned up, so the run and the head are one program."""
        heads, quoted, head_re, launch, _ = lexicon()
        out = []
        for run in quote_runs(text, re.compile(head_re)):
            last = run[-1]
            head = re.match(rf"(?:[\u4e00-\u9fff]{{0,8}}?)({head_re})", text[last.end():last.end() + 12])
            before = text[max(0, run[0].start() - 6):run[0].start()]
            before = SCOPED.sub("", before)       # "深化农村“某某”整治": the verb, then where it runs
            middle = head.group(0)[: -len(head.group(1))] if head else ""
            team = bool(STATIONED.match(text, last.end()))
            if head and (head.group(1) in words("program_adjacent_heads") and middle
                         or compound_at(text, last.end() + head.start(1))):
                head = None
            if head and ("等" in middle or "的" in middle or middle.startswith("为")
                         or middle.endswith(("相关", "有关", "各类", "各项"))):
                head = None               # "以“X”为主题举办相关活动": a theme, and a generic head
            if before.endswith(words("program_negative_verbs")) or \
                    re.match(rf"等[\u4e00-\u9fff]{{0,6}}?(专项)?({'|'.join(TARGET_HEADS)})", text[last.end():]):
                continue                  # 反对“四风”, 开展“X”“Y”等问题专项整治: what is fought
            if len(run) == 1 and not head and NUMBERED.match(run[0].group(1)) and not FIVE_YEAR.match(run[0].group(1)) and \
                    re.search(r"[\u4e00-\u9fff]{1,6}、[\u4e00-\u9fff]{1,6}(?<!等)$", text[:run[0].start()]):
                continue                  # 时间、质量“双保障”: a count of the words just listed (but
                                          # 农旅、文旅等“多业融合”: a list closed by 等 and then named)
            if head and head.group(1).endswith(TARGET_HEADS) and len(run) > 1:
                end = last.end() + len(head.group(0))
                core = "".join(m.group(1) for m in run)
                out.append(self._program(idx, text, run[0].start(), end, text[run[0].start():end], core,
                                         heads.get(head.group(1)) or quoted[head.group(1)]))
                continue
            for m in run:
                core = m.group(1)
                if core in words("slogan_not_programs"):
                    continue              # “三农”工作, “两委”换届: a domain or a body, whatever head follows
                if head and (m is last or not middle):       # "“甲”与“乙”建设某某行动": the words
                    kind = heads.get(head.group(1)) or quoted[head.group(1)]    # before the head are 乙's
                    end = m.end() + (len(head.group(0)) if m is last else 0)
                    out.append(self._program(idx, text, m.start(), end, m.group(0) + head.group(0), core + middle, kind))
                elif (before.endswith(launch) or self._listed(text, last.end()) or team) and \
                        core not in words("slogan_not_programs") and not names_people_or_a_word(core):
                    out.append(self._program(idx, text, m.start(), m.end(), m.group(0), core, _kind_of_quote(before)))
                elif inside := self._headed_inside(core):     # “某某模式”: the head inside the quotes
                    kind = heads.get(inside) or quoted[inside]
                    out.append(self._program(idx, text, m.start(), m.end(), m.group(0), core, kind))
                elif numbered_program(core, text, m):
                    kind = "campaign" if re.match(r"[\u4e00-\u9fff]{0,4}(活动|行动)", text[last.end():]) else "policy"
                    out.append(self._program(idx, text, m.start(), m.end(), m.group(0), core, kind))
        return out

    @staticmethod
    def _headed_inside(core: str) -> str | None:
        """The program head a quoted name ends with, where the words before it name it (two
        characters at least, no generic phrase, a proper name before 项目 or 工程): “闽宁模式”,
        “某某机制”; not “飞地项目”, a kind of project."""
        m = head_at_end().search(core)
        head = m.group(1) if m else None
        stem = core[: m.start()] if m else ""
        if head in ("项目", "工程") and not has_proper_name(stem):
            return None                   # “飞地项目”: a kind of project, quoted; a project needs a proper name
        return head if head and len(stem) >= 2 and stem not in words("program_generic") \
            and not re.search(r"[，、的]", stem) else None

    @staticmethod
    def _listed(text: str, end: int) -> bool:
        """“A”、“B”等…: a quoted item in a list that 等 closes."""
        rest = text[end:end + 40]
        m = re.match(r"(?:[、]?“[^“”]{2,24}”)*", rest)
        category = LIST_CATEGORY.match(rest[m.end():])
        if category and category.group(1) == "品牌" and PRODUCTS.search(rest, m.end(), m.end() + category.end() + 12):
            return False              # "“某某红枣”“某某小米”等品牌荣获地理标志证明商标": products, no programs
        return bool(category)

    def _program(self, idx, text, s, e, name, core, kind) -> Span:
        return Span("program", idx, s, e, name, {"name": name, "core": core, "kind": kind,
                                                  "place": self._place(idx, s, e), "org": None})

    def _place(self, idx, s, e) -> Span | None:
        """Where it runs: a place in its name, else the last place before it in the sentence."""
        text = self.art.sentences[idx].simp
        places = [p for p in self.art.in_sentence("place", idx) if p["level"] in PLACE_LEVELS and p.start < e
                  and text[p.start - 1:p.start] not in ("在", "到", "赴")]   # a venue, not the owner
        inside = [p for p in places if p.start >= s]
        return (inside or places or [None])[-1]


def _runner(art: Article, prog: Span) -> Span | None:
    """The body that runs a program: the sentence's subject body, else one in its clause."""
    text = art.sentences[prog.sent].simp
    before = [o for o in art.in_sentence("org", prog.sent) if 0 <= o.end <= prog.start
              and not (o.end < len(text) and title_matcher().match_at(text, o.end))]   # "县委书记X": a post
    subject = [o for o in before if o.start <= 1]
    same_clause = [o for o in before if not re.search(r"[，,；;。]", text[o.end:prog.start])]
    return (subject or same_clause or [None])[-1]


def _merge_variants(programs: list[Span]) -> None:
    """"“三个一批”行动" and "三个一批" are one program: cores that contain one another, or
    a count's initials and the name they abbreviate (numbered_initials).  A document in 《》
    is one only with a document: "《某某五年行动实施方案》" is the plan of the campaign
    "某某五年行动", not the campaign."""
    cores: dict[str, str] = {}
    items: dict[str, set[str]] = {}     # a 、-list of slogans holds its items but is none of them
    for p in sorted(programs, key=lambda p: -len(p["core"])):
        key = re.sub(r"[“”‘’、·\s]", "", p["core"])
        name = re.sub(r"[“”‘’、·\s]", "", p["name"])
        p["key"] = next((k for k, n in cores.items() if n.startswith("《") == name.startswith("《")
                         and (len(key) >= 3 and (key in k or k in key) and key not in items.get(k, ())
                              or numbered_initials(name, n))), key)
        cores.setdefault(p["key"], name)
        if "、" in p["core"]:             # "“实事求是、…、精准扶贫”": the guideline, not its item “精准扶贫”
            items.setdefault(p["key"], set()).update(re.sub(r"[“”‘’·\s]", "", i) for i in p["core"].split("、"))


COUNT_CHARS = "一二两三四五六七八九十百千万亿双"


def numbered_initials(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long` by the counts that open its parts, the way a
    programme's long name is shortened ("千万工程" for 千村示范万村整治工程, "百千工程"
    for 百村示范千村提升工程): the same head after, and before it only count
    characters, each opening a part of the long name, in order.

    >>> numbered_initials("千万工程", "千村示范万村整治工程"), numbered_initials("千万工程", "千村示范整治工程")
    (True, False)
    """
    head = 0
    while head < min(len(short), len(long)) - 1 and short[-1 - head] == long[-1 - head]:
        head += 1
    initials, rest = short[:len(short) - head], long[:len(long) - head]
    if head < 2 or len(initials) < 2 or any(c not in COUNT_CHARS for c in initials) or rest[:1] != initials[:1]:
        return False
    at = 0
    for c in initials:
        at = rest.find(c, at)
        if at < 0 or at + 1 < len(rest) and rest[at + 1] in COUNT_CHARS:
            return False          # (a count is followed by what it counts: 百县, not 百千)
        at += 1
    return True


@register
class Programs(Component):
    name = "programs"
    requires = ("place", "org")
    uses = ("candidate",)
    assigns = ("program",)

    def __call__(self, art: Article) -> Article:
        ProgramFinder(art).run()
        _merge_variants(art.of("program"))
        for prog in art.of("program"):
            prog["org"] = _runner(art, prog)
        return art
