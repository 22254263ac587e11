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
from functools import lru_cache

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize.national_programs import names_in
from kg.recognize.program_stems import TOLD_TIME, described_project, has_proper_name, is_clause, leading_verb
from kg.recognize.org_names import title_matcher
from kg.recognize.slogans import NUMBERED, names_people_or_a_word, numbered_program, quote_runs
from kg.recognize import statistical
from kg.recognize.segment import tagged
from kg.lang.words import longest_first, table, words


LIST_CATEGORY = re.compile(r"等[\u4e00-\u9fff]{0,10}?(活动|载体|做法|举措|行动|工程|机制|模式|经验|治理|品牌|工作法)")
PRODUCTS = re.compile(r"产品|商标|特产|农产")     # a list of brands that are products' (商标: their trademarks)
PUNCT = set("，,。；;：:！？!?()（）【】 \n”等")
TITLE = re.compile(r"《([^《》]{2,60})》")
MEDIA = re.compile(r"(日报|晚报|报|杂志|周刊|网)$")
# A title in 《》 that is a piece of writing, a programme or the periodical that prints it,
# by its words around: "题为《…》的文章", "文章《…》", "电视剧《…》", "《…》一文", "《…》上发表",
# "《…》记者", "《…》刊发…".
WRITING_BEFORE = re.compile(r"(?:题为|题目为|名为|撰写|发表了?|刊发了?|刊登了?|文章|评论员文章|社论|电视剧|电影|纪录片"
                            r"|剧|节目|栏目|央视|综艺|歌曲|小说|专著|著作|诗歌|书籍|图书)$")
WRITING_AFTER = re.compile(r"一文|的?(?:署名)?(?:文章|评论|社论|讲话|报道|专访)|杂志|记者|编辑部|刊发|刊登|刊载|报道|选取|发表|上发表|撰文")
NATIONAL = ("《中国", "《中共", "全国", "国家")     # programs of the whole country, not of a province
CAMPAIGN_YEAR = re.compile(r"(?<=[\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})年(?=、|”|“[^“”]{1,8}”活动|活动)")
TARGET_HEADS = ("整治", "治理", "清理", "纠治")
VENUE_VERBS = ("建设", "建成", "打造", "布局", "落地")      # "在某市建设…": built there
DIRECTED = re.compile(r"[东西南北]向")        # 东向, 西向…: "eastward" (jieba reads 向 as a preposition)
# A count before a campaign's name: "一场", "这场", "又一批" (how many, which one); 新一轮 stays,
# the round a programme's own name gives itself ("新一轮某某工程").
LEADING_COUNT = re.compile(r"(?:[这那又]?[一两几][场项批个次]|[这那]场|这一[场批])+")
# The last characters of verbs that 好 completes ("落实好", "抓好", "用好", "做好"): the 好 after
# them is the verb's result, no first word of the program after it.
RESULT_VERBS = "实抓用做办管搞建"
PLACE_LEVELS = ("province", "prefecture", "county", "township", "village", "zone")


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict, dict, str, tuple, tuple]:
    """Heads (-> kind), quoted-only heads, the heads' alternation, launch verbs, left edges."""
    heads, quoted = table("program_heads"), table("program_quoted_heads")
    launch = tuple(words("launch_verbs"))
    return heads, quoted, "|".join(longest_first(list(heads) + list(quoted))), launch, launch + words("program_left_edges")


@lru_cache(maxsize=1)
def _named_heads() -> re.Pattern:
    """The heads a name without quotes may end with (战略, not the quoted-only 发展战略,
    which would hide it in "区域协调发展战略")."""
    return re.compile("(" + "|".join(longest_first(table("program_heads"))) + ")")


@lru_cache(maxsize=1)
def _head_at_end() -> re.Pattern:
    """Any head, plain or quoted-only, that ends a name (the longest first)."""
    return re.compile(f"({lexicon()[2]})$")


def _compound_at(text: str, at: int) -> bool:
    """Whether the head at AT opens a longer word that is no program ("签署战略合作协议",
    "“某某”工作队"): the compounds of program_head_compounds.txt."""
    return text.startswith(words("program_head_compounds"), at)


def _kind_of_quote(before: str) -> str:
    """A quote's kind by the verb before it; a team's quote ("“某某”工作队") names the
    campaign it was sent for, "other" unless a verb says so."""
    return "policy" if before.endswith(("提出了", "提出")) else "campaign" if before.endswith(("开展", "实施")) else "other"


class ProgramFinder:
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
        for run in quote_runs(text):
            last = run[-1]
            head = re.match(rf"(?:[\u4e00-\u9fff]{{0,8}}?)({head_re})", text[last.end():last.end() + 12])
            before = text[max(0, run[0].start() - 6):run[0].start()]
            middle = head.group(0)[: -len(head.group(1))] if head else ""
            team = bool(re.match(r"工作(队|组|专班)", text[last.end():]))
            if head and (head.group(1) in words("program_adjacent_heads") and middle
                         or _compound_at(text, last.end() + head.start(1))):
                head = None
            if head and ("等" in middle or "的" in middle or middle.startswith("为")
                         or middle.endswith(("相关", "有关", "各类", "各项"))):
                head = None               # "以“X”为主题举办相关活动": a theme, and a generic head
            if before.endswith(words("program_negative_verbs")) or \
                    re.match(rf"等[\u4e00-\u9fff]{{0,6}}?(专项)?({'|'.join(TARGET_HEADS)})", text[last.end():]):
                continue                  # 反对“四风”, 开展“X”“Y”等问题专项整治: what is fought
            if len(run) == 1 and not head and NUMBERED.match(run[0].group(1)) and \
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
                if head:
                    kind = heads.get(head.group(1)) or quoted[head.group(1)]
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
        m = _head_at_end().search(core)
        head = m.group(1) if m else None
        stem = core[: m.start()] if m else ""
        if head in ("项目", "工程") and not has_proper_name(stem):
            return None                   # “飞地项目”: a kind of project, quoted; a project needs a proper name
        return head if head and len(stem) >= 2 and stem not in words("program_generic") \
            and not re.search(r"[，、的]", stem) else None

    def _campaign_years(self, idx, text) -> list[Span]:
        """Campaign years are named "<topic><verb>年" ("作风建设年", "营商环境优化年") and
        listed with "、", quoted, or closed by 活动: "开展作风建设年、营商环境优化年活动".
        The two characters before 年 must be a verb: "2023年", "近年" are no names."""
        out = []
        for m in CAMPAIGN_YEAR.finditer(text):
            verb = m.group(1)
            start = self._left_edge(text, m.start(1))
            stem = text[start:m.start(1)] if start is not None else ""
            if len(stem) < 2 or re.search(r"\d|[一二三四五六七八九十]$", stem) or stem in words("program_generic"):
                continue
            if not any(f.startswith("v") for w, f in tagged(verb) if w == verb):
                continue
            out.append(self._program(idx, text, start, m.end(), stem + verb + "年", stem + verb + "年", "campaign"))
        return out

    @staticmethod
    def _listed(text: str, end: int) -> bool:
        """“A”、“B”等…: a quoted item in a list that 等 closes."""
        rest = text[end:end + 40]
        m = re.match(r"(?:[、]?“[^“”]{2,24}”)*", rest)
        category = LIST_CATEGORY.match(rest[m.end():])
        if category and category.group(1) == "品牌" and PRODUCTS.search(rest, m.end(), m.end() + category.end() + 12):
            return False              # "“某某红枣”“某某小米”等品牌荣获地理标志证明商标": products, no programs
        return bool(category)

    def _named(self, idx, text) -> list[Span]:
        heads, quoted, _, _, _ = lexicon()
        out = []
        for m in _named_heads().finditer(text):
            if m.group(1) in quoted or text[m.start() - 1:m.start()] == "”" or _compound_at(text, m.start()) \
                    or self._inside_a_body(idx, m.start(), m.end()):
                continue
            if statistical.word_tag(self.art, idx, m.start(), m.end()) == "v":
                continue                  # "某公司计划在某地投资": the model reads the verb of planning
            start = self._left_edge(text, m.start())
            if start is None:
                continue
            start += text[start:start + 1] == "好" and text[start - 1:start] in RESULT_VERBS      # 落实好|某某计划
            lead = LEADING_COUNT.match(text, start, m.start())
            start = lead.end() if lead else start          # "一场|新一轮扶贫攻坚战": how many, no part of its name
            start = self._after_venue(idx, text, start, m.start())
            stem = text[start:m.start()]
            lead = "" if text.endswith(lexicon()[3], 0, start) else leading_verb(stem)    # (实施|创新驱动发展战略: bounded)
            start, stem = start + len(lead), stem[len(lead):]     # "借力监察体制改革": the verb is no part of it
            if not self._good_stem(stem, m.group(1), text, start, idx):
                continue
            if m.group(1) == "试点" and not text.endswith(lexicon()[3], 0, start):
                continue                  # a pilot is named after the verb that launches it ("开展某某试点")
            head = m.group(1)
            core = stem + head if head.endswith("年") else stem
            out.append(self._program(idx, text, start, m.end(), stem + head, core, heads[head]))
        return out

    @staticmethod
    def _left_edge(text: str, head_start: int) -> int | None:
        """After the nearest punctuation, launching verb or linking word; None past 18 chars."""
        for s in range(head_start - 1, max(head_start - 19, -1), -1):
            if text[s] in PUNCT or text[s] == "“":
                return s + 1
            edge = next((w for w in lexicon()[4] if text.endswith(w, 0, s + 1)), None)
            if edge is not None:
                launched = text.endswith(lexicon()[3], 0, s + 1 - len(edge)) and edge in lexicon()[3]
                return s + 1 - len(edge) if launched else s + 1      # "实施|创新驱动发展战略": 创新 opens the name
        return 0 if head_start <= 18 else None

    def _after_venue(self, idx: int, text: str, start: int, head: int) -> int:
        """Past a venue and the verb after it: "在某市建设某某项目" tells where it is
        built; the name is what is built (a place that no 在 marks opens names: 某市某某项目)."""
        for p in self.art.in_sentence("place", idx):
            if p.start == start and text[start - 1:start] in ("在", "到", "赴") and p.end < head:
                verb = next((v for v in VENUE_VERBS + lexicon()[3] if text.startswith(v, p.end)), None)
                return p.end + len(verb) if verb else start
        return start

    def _inside_a_body(self, idx: int, head: int, end: int) -> bool:
        """Whether the head lies inside a body's name that goes on past it ("某建筑第二工程局有限公司",
        "某某工程技术学院"): the company or school is named, no project."""
        return any(o.start <= head and o.end > end for o in self.art.in_sentence("org", idx))

    def _names_a_person(self, idx: int, s: int, e: int) -> bool:
        """Whether the model reads a person inside the words ("某某充分肯定工程": who
        praised the works, not their name)."""
        return any(s <= at < e for at in statistical.candidates(self.art, idx))

    def _good_stem(self, stem: str, head: str, text: str, start: int, idx: int) -> bool:
        if len(stem) < (2 if len(head) >= 3 else 3) or stem in words("program_generic") or \
                stem.startswith(("这", "该", "各", "相关", "全省", "全市", "全县", "全区", "全镇", "全乡", "全州", "全旗", "全盟", "全地区")) or \
                stem.endswith(("重大", "重点", "重要", "主要", "相关", "有关", "各类", "各项")) or (stem.startswith("重点") and len(stem) < 5):
            return False
        if text[start - 1:start] == "等" or re.search(r"\d{4}年|季度|\d+月|[“”《》‘’]", stem) or stem.endswith("为"):
            return False              # (…为平台: "以某某为平台", what serves as one, no name)
        tags = tagged(DIRECTED.sub("东", stem))      # "西向开放": a direction, not the preposition 向
        if any(f[:1] in "rdcuyep" and w not in ("为",) for w, f in tags) or any(w in ("是", "有", "了") + TOLD_TIME for w, _ in tags):
            return False
        if is_clause(tags) or self._names_a_person(idx, start, start + len(stem)):
            return False
        if head in ("项目", "工程"):
            return has_proper_name(stem) or (head == "项目" and described_project(stem, text, start))
        return True

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
    """"“三个一批”行动" and "三个一批" are one program: cores that contain one another."""
    cores: dict[str, str] = {}
    for p in sorted(programs, key=lambda p: -len(p["core"])):
        key = re.sub(r"[“”‘’、·\s]", "", p["core"])
        p["key"] = next((k for k in cores if len(key) >= 3 and (key in k or k in key)), key)
        cores.setdefault(p["key"], p["name"])


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
