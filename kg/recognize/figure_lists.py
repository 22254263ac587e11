"""Measures over a run of figures: a list before 分别, a change after a figure, a list
of amounts that share the measure written once.

    城镇、农村居民收入分别增长5%、7%      -> 城镇居民收入增长, 农村居民收入增长
    粮食产量12万吨，同比增长3%            -> the 3 % is 粮食产量同比增长
    总投资3.5亿元、2.1亿元                -> both 总投资
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize.measure_sides import measure_before
from kg.recognize.segment import tagged

CHANGE = re.compile(r"(同比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|同期|年均|[两三四五]年平均|平均|分别)*"
                    r"(增长|下降|增加|减少|提高|回落|上涨|下滑|加快|放缓)")

CHANGE_AT_END = re.compile(CHANGE.pattern + "$")       # 增加值 is a measure, 同比增加 a change


RESPECTIVELY = re.compile(r"([^，,；;。：:！？!?()（）]+?)分别(增长|下降|增加|减少|提高|回落|达到|达|为|是|完成|超过|高于|低于)?$")


def runs(figs: list[Span], text: str) -> list[list[Span]]:
    """Figures written one after another, joined only by 、 和 及 与."""
    out: list[list[Span]] = []
    for fig in figs:
        if out and re.fullmatch(r"[、和及与]", text[out[-1][-1].end:fig.start]):
            out[-1].append(fig)
        else:
            out.append([fig])
    return out


# Compounds that name two things at once ("城乡居民收入分别达到A元和B元": 城镇's, then 农村's).
PAIRED = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "收支": ("收入", "支出")}
AGAIN = re.compile(r"[，,]\s*((?:[两三四五]年)?平均|年均|同比|比上年|较上年)?(?:分别)?(增长|下降|增加|减少|提高|回落)$")
#                          (a two-year average beside the year's rate: "…，两年平均分别增长A、B")


def respectively(figs: list[Span], text: str) -> None:
    """"甲、乙、丙分别增长5%、6%、7%": each figure of the run takes its own item of the
    list before 分别 (and the verb after it), in order, when the counts agree; a second
    分别 right after a comma ("…分别达A、B，分别增长C、D") goes back to the same list, and a
    compound that names two things ("城乡居民收入", "进出口额") is that list of two."""
    items: list[str] = []
    for run in runs(figs, text):
        before = text[:run[0].start]
        m = RESPECTIVELY.search(before)
        again = AGAIN.search(before) if items else None
        if len(run) > 1 and not again and not (m and m.group(1).strip(" ，,")) and "分别" in before[-8:]:
            _of_figures_before(figs, run, AGAIN.search(before))
            continue
        if len(run) < 2 or not (m and m.group(1).strip(" ，,")) and not again:
            continue
        verb = (again.group(1) or "") + again.group(2) if again else m.group(2)
        if not again:
            items = [x.strip() for x in re.split(r"[、和及与]", m.group(1)) if x.strip()]
            pair = next((k for k in PAIRED if len(items) == 1 and len(run) == 2 and k in items[0]), None)
            if pair:
                items = [items[0].replace(pair, half, 1) for half in PAIRED[pair]]
            items = shared_tail(items)
        if len(items) != len(run):
            continue
        heads = [measure_before(item, len(item)) or item for item in items]
        for fig, head in zip(run, heads):
            fig["measure"] = head + (verb or "") if verb and CHANGE.fullmatch(verb) else head


# The bases a run of changes is compared with, a list of two or more, then the change: "与一季度、
# 上半年比分别回落", "比上月、上年同期分别提高" — the items are times, not what changes (not the
# 比 of 同比 or 比重: "投资同比分别增长", "比重分别回落" are figures of a list before them).
AGAINST_BASES = re.compile(r"(?<!同)(?:比|较|与|同)(?![重例率值])[^，,；;。：:、和]{1,8}(?:[、和][^，,；;。：:、和]{1,8})+(?:相比|比)?，?分别"
                           r"(提高|回落|收窄|扩大|加快|放缓|增长|下降|上升|增加|减少|高出|低于|高于)$")


def against_bases(figs: list[Span], text: str) -> None:
    """A run of changes against several bases ("…同比下降20%，但与一季度、上半年比分别收窄
    3.1、1.2个百分点"): each is the change of what the figure before the run measures.

    >>> from kg.article import Span
    >>> a = Span("figure", 0, 3, 6, "20%", {"measure": "出口额同比下降"})
    >>> b, c = Span("figure", 0, 21, 24, "3.1", {"measure": ""}), Span("figure", 0, 25, 32, "1.2个百分点", {"measure": ""})
    >>> against_bases([a, b, c], "出口额20%，但与一季度、上半年比分别收窄3.1、1.2个百分点")
    >>> b["measure"], c["measure"]
    ('出口额收窄', '出口额收窄')
    """
    for run in runs(figs, text):
        m = AGAINST_BASES.search(text, 0, run[0].start)
        if m is None:
            continue
        before = [f for f in figs if f.end <= m.start() and f["measure"]]
        clause = re.split(r"[，,；;。]", text[:m.start()])[-1]      # "工业增加值|比一季度、…分别提高": the subject
        base = measure_before(clause, len(clause)) if clause.strip() else ""
        base = base or (CHANGE_AT_END.sub("", before[-1]["measure"]) if before else "")
        for fig in run:
            fig["measure"] = base + m.group(1)


def _of_figures_before(figs: list[Span], run: list[Span], change: re.Match | None) -> None:
    """"甲28亿元，乙61亿元，丙96亿元，分别增长3.6%、6.1%和5.0%": a run after a bare
    "，分别增长" changes the figures right before it, one each, in order, when as many of
    them share one unit and no figure of that unit comes before them."""
    if change is None:
        return
    before = [f for f in figs if f.end <= run[0].start]
    mine = before[-len(run):]
    if len(mine) < len(run) or len({f["unit"] for f in mine}) != 1 or any(not f["measure"] for f in mine) \
            or len(before) > len(run) and before[-len(run) - 1]["unit"] == mine[0]["unit"]:
        return
    verb = (change.group(1) or "") + change.group(2)
    for fig, base in zip(run, mine):
        fig["measure"] = base["measure"] + verb


def shared_tail(items: list[str]) -> list[str]:
    """Short items before a longer last one share its tail: the list is of words of one
    phrase ("粮食、蔬菜和水果产量": 粮食产量, 蔬菜产量, 水果产量; "服务业、农业投资同比":
    服务业投资同比).  The last item's head must be a word of its own (not 农业投|资).

    >>> shared_tail(["第二", "第三产业的比重"]), shared_tail(["工业", "农业"])
    (['第二产业的比重', '第三产业的比重'], ['工业', '农业'])
    >>> shared_tail(["服务业", "农业投资同比"])
    ['服务业投资同比', '农业投资同比']
    """
    if len(items) < 2:
        return items
    size = len(items[0])
    if size <= 3 and all(len(x) == size for x in items[:-1]) and len(items[-1]) >= size + 2 \
            and len(tagged(items[-1][:size])) == 1:
        return [x + items[-1][size:] for x in items[:-1]] + items[-1:]
    words = tagged(items[-1])
    head = words[0][0] if words else ""
    if all(len(tagged(x)) == 1 and len(x) <= 4 for x in items[:-1]) and len(words) > 1 \
            and len(items[-1]) - len(head) >= 2 and words[0][1][:1] == "n":
        return [x + items[-1][len(head):] for x in items[:-1]] + items[-1:]
    return items


# What may stand between a change and the figure before it without being a measure: the
# base of the comparison ("较2018年", "比上年") and an aside ("(以下简称增长)").
COMPARED = re.compile(r"[(（][^()（）]{1,10}[)）]|(?:较|比)(?:\d{4}年(?:同期)?|上年同期|去年同期|上年|去年"
                      r"|[一二三四]季度|前三季度|上半年|上季度|上月)|[，,\s]")


def changes_measure(figs: list[Span], text: str) -> None:
    """A rate whose measure is only a change ("粮食产量12万吨，同比增长3%") is the change
    of the figure before it in the sentence: 粮食产量同比增长; so is a rate with no measure
    whose words since that figure are only a change ("…1507亿元，较2018年增长50.7%"); and a
    level held in the same unit ("…48万吨，连续5年稳定在45万吨以上") measures what it did."""
    for prev, fig in zip(figs, figs[1:]):
        base = CHANGE_AT_END.sub("", prev["measure"] or "")      # 收入同比增长8%，较2018年增长48%: 收入
        if len(base) < 2:
            continue
        own = BASE_YEAR_CHANGE.search(text, 0, fig.start)
        if CHANGE.fullmatch(fig["measure"] or ""):
            fig["measure"] = base + fig["measure"]

        elif not fig["measure"] and CHANGE.fullmatch(between := COMPARED.sub("", text[prev.end:fig.start])):
            fig["measure"] = base + between
        elif not fig["measure"] and own:             # "…，增速排名第三，较2018年增长48%": against that year
            fig["measure"] = base + own.group(0).lstrip("，,")
    for i, fig in enumerate(figs):
        same = [f for f in figs[:i] if f.get("unit") == fig.get("unit") and len(f["measure"] or "") >= 2]
        if same and HELD_LEVEL.fullmatch(fig["measure"] or ""):
            fig["measure"] = same[-1]["measure"]     # "粮食产量48万吨，连续5年稳定在45万吨以上": the same, held


# A level held, with no measure of its own: "…，稳定在45万吨以上", "控制在3%以内".
HELD_LEVEL = re.compile(r"稳定|保持|控制|维持")
# A change against a named year in a clause of its own: "，较2018年增长" (no year-on-year rate).
BASE_YEAR_CHANGE = re.compile(r"[，,](?:较|比)(?:19|20)\d{2}年(?:同期|末|底)?(?:增长|下降|增加|减少|提高)了?$")

def share_list_measures(figs: list[Span], text: str) -> None:
    """Figures in a list share the measure written before the first: "总投资3.5亿元、2.1亿元和8000万元";
    two counts back to back with none before them share the noun after the second ("全镇120户
    460名脱贫户": households and people of one group)."""
    for prev, fig in zip(figs, figs[1:]):
        if re.fullmatch(r"[、和及与或]?", text[prev.end:fig.start]):
            if prev["measure"] or prev.end != fig.start:
                fig["measure"] = prev["measure"]
            else:
                prev["measure"] = fig["measure"]


# Numbers listed before the one that carries the unit: "3.2、5.6和7.1个百分点", "1.2、2.5、3亿元".
LISTED_NUMBERS = re.compile(r"((?:\d+(?:\.\d+)?(?:、|和|及|与))+)$")


def shared_unit(figs: list[Span], text: str, value_of) -> list[Span]:
    """The bare numbers a list writes before the figure that carries their unit, each a
    figure of that unit and magnitude ("分别增长3.2、5.6和7.1个百分点": three figures; "1.2、
    2.5、3亿元": three amounts).  `value_of` reads a number as written.  A number written
    with its own unit is a figure already and ends the list.

    >>> from kg.article import Span
    >>> last = Span("figure", 0, 12, 19, "7.1个百分点", {"value": 7.1, "unit": "个百分点", "qualifier": "exact"})
    >>> [(f["value"], f["unit"]) for f in shared_unit([last], "分别增长3.2、5.6和7.1个百分点", float)]
    [(3.2, '个百分点'), (5.6, '个百分点')]
    """
    out = []
    for fig in figs:
        num = re.match(r"\d+(?:\.\d+)?", fig.text)
        m = LISTED_NUMBERS.search(text, 0, fig.start) if num and fig["qualifier"] == "exact" else None
        own = value_of(num.group(0)) if num else None
        if m is None or not own or text[m.start() - 1:m.start()].isdigit():
            continue
        scale = fig["value"] / own                       # 亿元 keeps 3 → 3; 万人 makes 3 → 30000
        at = m.start()
        for n in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
            value = value_of(n.group(0))
            if value is not None:
                attrs = dict(fig.attrs, value=float(f"{value * scale:.12g}"), surface=n.group(0) + fig.text[num.end():])
                out.append(Span("figure", fig.sent, at + n.start(), at + n.end(), n.group(0), attrs))
    return out
