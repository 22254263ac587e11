"""How a career step is written: the chain of titles after the verbs that take up, have
held or leave a post (kg.recognize.career_verbs): "历任某局副局长、局长，某厅厅长等职".

>>> [t for _, _, t in chain_items("任某县县委副书记、县长，某市副市长等职。", 1)]
['县委副书记', '县长', '副市长']
>>> triggers("他先后担任过主任，完成任务")
[(1, 5, True)]
"""
from __future__ import annotations

import re

from kg.recognize.career_verbs import DECISION, HELD_SPAN, NOT_VERB_AFTER, NOT_VERB_BEFORE, PAST, STOP, VERB
from kg.recognize.org_names import title_matcher

# A place's full name alone as an item of a chain, the title shared with the items after it
# ("甲县、乙县县委书记"; kg.recognize.careers gives each place its post).
LEVELS = ("县", "区", "市", "旗")
LISTED_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?P<level>县|区|市|旗)")
# A cadre's status in a body, which a résumé lists before the body's posts ("某县委办公室干部、
# 副主任", "某局副科级干部、科长"): 干部 is a status, no post (ANNOTATION), but the body is the
# posts' after it.
STATUS = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:[正副]?[科处]级)?干部")


def after_last(text: str, at: int, marks, floor: int = 0) -> int:
    """Where the clause before `at` starts: after the last of `marks` (STOP: the sentence's
    part; "，,": the clause), not before `floor`.

    >>> after_last("甲任县长；乙任副县长", 7, STOP), after_last("甲，乙任副县长", 4, "，,")
    (5, 2)
    """
    return max([floor] + [i + 1 for i, c in enumerate(text[:at]) if c in marks])

# The paper a decision or a request is ("接受某某辞去某县县长职务的请求", "关于免去某某…职务的决定",
# "…职务的报告", "…的议案"): the post is before it.
REQUEST = re.compile(r"(?<=职务)的(?:辞职)?(?:请求|申请|决定|报告|议案|决议)$")
# A note after the title: a notice's ("（试用期一年）", "（退休）") or a résumé line's study or
# secondment in the meantime ("（其间：1998.09—2001.07在某大学学习）", or with no 其间:
# "（2012.09—2014.07在某党校学习）").
NOTE = re.compile(r"(?:职务)?[（(](?:其间[^（）()]{1,60}|[^（）()]{1,12}|(?:19|20)\d{2}[\d.年月—\-－至~～ ]{0,18}[^（）()]{0,40})[）)]$")
ITEM_SEP = re.compile(r"[、，,]|以及|和(?=[\u4e00-\u9fff])|兼(?!任|职)(?=[\u4e00-\u9fff])")     # "某村党支部书记兼村委会主任"
# The time a clause is told from ("担任某村第一书记时，…", "任县长以来", "当选后"): the post
# is held, since a date the clause does not tell (not the article's).
SINCE = tuple(held + since for held in ("", "职务", "一职") for since in ("时", "后", "以来"))
CHAIN_END = ("等职", "职务", "等职务", "一职", "期间", "职务期间", "人选", "候选人",     # "拟提名为某局局长人选"
             "至今", "职务至今", *SINCE,                                          # "担任某村党支部书记至今"
             "资格")                                   # a seat's: "免去某某的县政协委员资格", "某县人大代表资格"
# How long a post has been held, after it: "已有8年", "已经十多年了", "8年", "6年来".
HELD_FOR = re.compile(r"(?:职务)?(?:已有|已经是|已是|已经|已)?第?[\d一二三四五六七八九十两]+多?(?:年|个多?年头|个多?月|天)(?:多|了|之久|来|以来)?")
#                                                   (…6年来, 已有3个月之久, 已是第7个年头: held so long)
# The date a post was held until, written right after its title: "任某村党支部书记至2021年底".
UNTIL_ATTACHED = re.compile(r"(?:至|直至|直到)(?:19|20)\d{2}年.*$")
# A disciplinary notice's "利用担任某局局长（等）职务上的便利": the chain ends at 职务.
OFFICE_USED = re.compile(r"(等职务|职务|等职)(?:上的|的|之)?便利$")
# A number in a chain item ends the chain when it is a date or a figure; a number inside a
# body's name does not ("某部队125部队技术员", "国营5266厂", "第一中学").
DATED = re.compile(r"(?:19|20)\d{2}\s*[年.\-/－]|\d+\s*[月日]|^\s*\d|\d+(?:\.\d+)?\s*(?:%|万|亿|个|名|人)")


# A résumé's memberships: "是中共十五届中央候补委员，十六届中央委员", "是第十届全国人大代表".
MEMBERSHIP = re.compile(r"(?:^|(?<=[。；;，,]))(?:他|她)?(是)(?=中共|第|[十一二三四五六七八九]+届)")
# ...and a membership told as a sentence of its own, after them: "第十二届全国人大代表。"
# (the trigger after the terms: "第十一届、十二届省人大代表", the list of terms no list of posts)
MEMBERSHIP_ALONE = re.compile(r"^第[一二三四五六七八九十]+届(?:、(?:第)?[一二三四五六七八九十]+届)*(?=[\u4e00-\u9fff]{1,16}?(?:代表|委员)[。；;]?$)")


# The post a move was made from: "由某市政协主席任上调任", "从某县县长任上退休" (任上: "in
# the post of"), or with the verb of the move right after it ("从某县县长调任某市副市长");
# the chain runs from 由/从 to 任上 or the verb and its posts are past ones.
MOVED_ON = ("调任", "转任", "升任", "改任", "提任", "任")
FROM_POST = re.compile(r"(由|从)(?=[\u4e00-\u9fff、]{2,30}?(?:任上|岗位|调任|转任|升任|改任|提任|任))")
# "in the post of", after the chain of a move's from-post: 任上, or 岗位 as official news also
# writes it ("从某局副局长的岗位上调任…", "从某院副主任岗位到某县挂职").
IN_POST = re.compile(r"任上|的?岗位上?")


def in_post(text: str, at: int) -> int:
    """The length of the "in the post of" words at `at` (0 where there are none).

    >>> in_post("任上调任", 0), in_post("的岗位上调任", 0), in_post("调任", 0)
    (2, 4, 0)
    """
    m = IN_POST.match(text, at)
    return m.end() - at if m else 0


# The copula of a post held now, right after its holder: "某某是某县某局局长" (a feature's
# introduction), a notice's "某某系某局局长", "某某现为…"; read only where the holder's
# name or 他/她 stands right before it and the post is a title, not a relation (是某某的秘书).
COPULA = re.compile(r"(?<=[\u4e00-\u9fff])(?:现为|现在是|也是|都是|均为|曾经是|曾是|原是|现系|原系|生前系|系|是|为)(?=[\u4e00-\u9fff])"
                    r"|(?<=[，,])(?:生前系|现系|原系|现为|是|系(?!统|列|数))(?=[\u4e00-\u9fff])")      # a profile's clause: "…，生前系某职"
#                                 (a bare 是 holds only after "她叫某某，": copula_holds)
COPULA_WORDS = ("现为", "现在是", "也是", "都是", "均为", "曾经是", "曾是", "原是", "现系", "原系", "生前系", "系", "是", "为")
# (为 only where the titles after it close the clause: "甲任县委书记，乙为县长。", not "乙为群众办事")
#               (曾是, 原是, 原系 and an obituary's 生前系: a past post)
HOLDER_ADVERBS = ("", "则", "仍", "目前", "还", "同时", "同时还", "同时也", "另外还",
                  "已", "已经")           # a feature's "如今，她已是某村党委副书记": held now
# Copulas that open a clause of the profile's person with no subject of their own: "某某，男，
# 1950年生，生前系某县政协原主席", "…，现系某局局长".
CLAUSE_COPULAS = ("生前系", "现系", "原系", "现为")


# A feature's subject named in the clause before a bare copula: "她叫某某，是某村第一书记".
NAMED_CLAUSE = re.compile(r"(?:^|[，,。；;：:])[他她]叫[\u4e00-\u9fff·]{2,8}[，,]\s*$")


def copula_holds(text: str, s: int, name_end: int, clause: int, items: list[tuple[int, int, str]],
                 before_name: str = "") -> bool:
    """Whether the copula at `s` gives its holder the chain's posts: the holder's name ends
    right at it (`name_end`), or 他/她 opens the clause, and no item is another's (的).
    `before_name`: the clause's words before the name (为 holds only where there are none).

    >>> copula_holds("王某是某县县长", 2, 2, 0, [(3, 7, "县长")]), copula_holds("王某是李某的秘书", 2, 2, 0, [(3, 8, "秘书")])
    (True, False)
    >>> copula_holds("王某是某某村的党支部书记", 2, 2, 0, [(3, 12, "党支部书记")])
    True
    """
    between = text[name_end:s] if name_end <= s else "-"
    bare = not text[clause:s].strip(" ，,")
    noted = between in ("，", ",") and text.startswith("系", s)       # a notice's "某某，系某局原局长"
    holder = between in HOLDER_ADVERBS or noted or re.fullmatch(r"[他她](?:曾|曾经|已|已经)?", text[clause:s].strip(" ，,")) is not None \
        or bare and text.startswith(CLAUSE_COPULAS, s) \
        or bare and NAMED_CLAUSE.search(text, 0, clause) is not None   # a profile's "…，生前系某职"; "她叫某某，是某职"
    if text.startswith("为", s) and not (items and text[items[-1][1]:items[-1][1] + 1] in ("。", "，", ",", "；", ";", "")
                                         and between == "" and items[0][0] == s + 1 and not before_name):
        return False                      # "乙为县长。": 为 a copula only after a name opening its clause, before
        #                                   titles that close it (not "选举甲、乙为主任、副主任": the decision's)
    return holder and not any("的" in text[a:z] and not text[a:z].split("的")[0].endswith(OWNING_ENDS) for a, z, _ in items)


# What a place or a body's name ends with: "是某村的党支部书记" is the village's post, where
# "是某某的秘书" is a relation to a person.
OWNING_ENDS = tuple("村镇乡县市区省州旗盟局委厅办院校司队站所") + ("社区", "街道", "公司", "合作社", "中心", "大学", "中学", "小学",
                                                          "集团", "银行", "协会")


# A post taken up as a burden shouldered, a feature's figure of speech: "接过了村党支部书记的
# 担子", "挑起了某镇镇长的重担", "接过老书记的接力棒" (the verb read only where the burden
# follows the post, so "接过王书记的话" is no step).
BURDENS = "担子|重担|接力棒|大旗"
BURDEN = re.compile(rf"(?:接过|挑起|扛起|担起|接下)了?(?=[^，,。；;]{{2,30}}?的(?:{BURDENS})(?![\u4e00-\u9fff]))")
BURDEN_TAIL = re.compile(rf"的(?:{BURDENS})$")


def triggers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, past) of each verb that takes up, has held or leaves a post, the 是
    that opens a résumé's list of memberships, a copula after a holder, and the 由/从 of
    "由某职任上调任"."""
    out = [(m.start(1), m.end(1), False) for m in MEMBERSHIP.finditer(text)]
    alone = membership_alone(text)
    out += [(alone, alone, False)] if alone is not None else []
    members = {s for s, _, _ in out}
    out += [(m.start(), m.end(), m.group(0).startswith(("曾", "原", "生前"))) for m in COPULA.finditer(text) if m.start() not in members]
    out += [(m.start(1), m.end(1), True) for m in FROM_POST.finditer(text)]
    out += [(m.start(), m.end(), False) for m in BURDEN.finditer(text)]
    for m in VERB.finditer(text):
        if m.group(0) == "任" and (text[m.start() - 1:m.start()] in NOT_VERB_BEFORE
                                  or text[m.end():m.end() + 1] in NOT_VERB_AFTER):
            continue
        out.append((m.start(), m.end(), m.group(0) in PAST))
    return sorted(out)


def membership_alone(text: str) -> int | None:
    """Where the posts of a résumé's membership told alone start: after the list of terms
    where there is one ("第十一届、十二届|省人大代表"), else at the sentence's start (the term
    names the seat: "第十二届全国人大代表"); None for any other sentence.

    >>> membership_alone("第十一届、十二届省人大代表。"), membership_alone("第十二届全国人大代表。"), membership_alone("第十届全会召开。")
    (8, 0, None)
    """
    m = MEMBERSHIP_ALONE.match(text)
    return None if m is None else m.end() if "、" in m.group(0) else 0


def _closes_outer(text: str, a: int, z: int) -> bool:
    """Whether text[z] closes a bracket opened before the chain ("（其间：…挂职任某职）"):
    the chain ends there, the bracket no part of its last title.

    >>> _closes_outer("（挂职任某局副局长）", 4, 9), _closes_outer("任某局局长（兼）", 1, 8)
    (True, False)
    """
    return text[z:z + 1] in ("）", ")") and not re.search(r"[（(]", text[a:z])


def quoted_title(words: str) -> bool:
    """Whether the words end with a title in quotes ("某村“第一书记”"), as features write a
    post they mean to stress.

    >>> quoted_title("某村“第一书记”"), quoted_title("某村“两委”")
    (True, False)
    """
    if not words.endswith("”") or "“" not in words:
        return False
    inner = words[words.rfind("“") + 1:-1]
    return bool(inner) and title_matcher().suffix(inner) == inner


def chain_items(text: str, at: int, until: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, title) of each post of the chain that begins at `at`.

    Titles joined by 、 belong together; a group after a comma joins the chain only when
    every item of it is a post (a group that turns into another person's introduction,
    "，原某县县长某某接任…", is not this person's).  An item that ends with a title right
    before one of `until` ends the chain there ("从某县县长|调任…": the post moved from).

    >>> [t for _, _, t in chain_items("从某县县长调任某市副市长", 1, MOVED_ON)]
    ['县长']
    """
    out, a, group, listed, status = [], at, 0, None, None
    while a < len(text) and text[a] in " 　：:为其了":         # "免除其…职务": his; "当选了…"
        a += 1
    span = HELD_SPAN.match(text, a)
    a = span.end() if span else a        # "担任了10年的村主任", "当了12年村支书": how long, then the post
    while a < len(text):
        z = a
        while z < len(text) and text[z] not in STOP and not text.startswith("期间", z) and not in_post(text, z) \
                and not _closes_outer(text, a, z) \
                and not (ITEM_SEP.match(text, z) and not _and_inside_name(text, a, z) and not _bracketed(text[a:z])) \
                and not (until and text.startswith(until, z) and title_matcher().suffix(text[a:z])):
            z += 1
        item = text[a:z] + ("期间" if text.startswith("期间", z) else "")
        if item.endswith("的") and (z >= len(text) or text[z] in STOP):
            item = item[:-1]          # "某某是2015年开始担任某县县委书记的。": 是…的 stresses the date
        burden = BURDEN_TAIL.search(item)
        item = item[:burden.start()] if burden else item      # "接过了某村党支部书记的担子": the post
        used = OFFICE_USED.search(item)
        item = item[:used.end(1)] if used else item
        item = REQUEST.sub("", item)      # "接受某某辞去某县县长职务的请求": the request, not the post
        note = NOTE.search(item)         # "某局局长（试用期一年）": a notice's note after the title
        item = item[:note.start()] if note and title_matcher().suffix(item[:note.start()]) else item
        held = next(filter(None, (HELD_FOR.fullmatch(item, p) for p in range(len(item)))), None)   # "…书记已有8年": how long
        held = held if held and (title_matcher().suffix(item[:held.start()])
                                 or quoted_title(item[:held.start()])) else None
        item = item[:held.start()] if held else item
        till = UNTIL_ATTACHED.search(item)      # "任某村党支部书记至2021年底": held until then (held_until)
        till = till if till and title_matcher().suffix(item[:till.start()]) else None
        item = item[:till.start()] if till else item
        ending = next((e for e in sorted(CHAIN_END, key=len, reverse=True) if item.endswith(e)), "")
        core = item[:len(item) - len(ending)] if ending else item
        core = core[:-1] if quoted_title(core) else core      # "某村党组织“第一书记”": read through the quotes
        title = title_matcher().suffix(core) if core else None
        head = core[:len(core) - len(title)] if title else ""
        if not title and LISTED_PLACE.fullmatch(item) and text.startswith("、", z):
            listed = a if listed is None else listed      # "先后任甲县、乙县、丙县县委书记": one title for all
            a = z + 1
            continue
        if not title and status is None and listed is None and STATUS.fullmatch(item) and text.startswith("、", z):
            status = a                    # "某县委办公室干部、副主任": the body's, from its first word
            a = z + 1
            continue
        if status is not None:
            if not title or head:
                return out[:group] if group else out
            a, core, status = status, text[status:a] + core, None
        if listed is not None:
            if not (title and head.endswith(LEVELS)):
                return out[:group] if group else out
            a, core, listed = listed, text[listed:a] + core, None     # the item runs from the list's first place
        if not title or DATED.search(core) or triggers(head) or head.endswith(("为", "是")) \
                or DECISION.search(head) or "为" in head:     # "，选举某某为某省省长": another decision
            return out[:group] if group else out      # "，某某为县长": another person's clause
        if RANK_CLASS.fullmatch(head):
            title = core                  # "拟任县级党委书记": a class of posts, its rank no place or body
        out.append((a, a + len(core), title))
        if ending or held or till or z >= len(text) or text[z] in STOP or in_post(text, z) \
                or (until and text.startswith(until, z)) or _closes_outer(text, a, z):
            break
        sep = ITEM_SEP.match(text, z)
        a = sep.end()
        joint = re.match(r"以及|及|和|还有", text[a:]) if sep.group(0) in "，,、" else None
        a += joint.end() if joint else 0          # "…书记，以及某市委书记等职务": one separator
        if sep.group(0) in "，,":
            group = len(out)
            if re.match(r"\s*(?:\d|次年|同年|今年|去年|他|她|并|后|期间|原|前)", text[a:]):
                break
    return out


# A class of posts a pre-appointment notice proposes, a rank or a level and no place: "拟任
# 县级党委书记", "拟任市（厅）级政府副职", "拟任区（市、县）党委副书记".  The rank is part of the
# title (as 乡镇党委书记 is one), never the place or body of a post.
RANK_CLASS = re.compile(r"(?:正|副)?(?:(?:省部|厅局|地厅|县处|乡科|乡镇|[省市县区乡镇厅处科])"
                        r"(?:[（(][省市县区乡镇旗厅处科局街道、]{1,8}[)）])?级(?:以上)?"
                        r"|[省市县区乡镇旗][（(][市县区乡镇旗街道、]{1,8}[)）])")


def _bracketed(words_: str) -> bool:
    """Whether a bracket is open at the end of the words: a 、 there lists the levels a
    notice's post may be at ("拟任乡（镇、街道）党委书记"), it parts no titles.

    >>> _bracketed("拟任乡（镇"), _bracketed("乡（镇）党委书记")
    (True, False)
    """
    return words_.count("（") + words_.count("(") > words_.count("）") + words_.count(")")


def _and_inside_name(text: str, start: int, at: int) -> bool:
    """Whether the 和 (or 兼) at `at` belongs to a name ("平和县", "和平区" opening an item)
    rather than joining two titles: it joins only after a title ("县长和县委书记",
    "镇长兼镇党委副书记").

    >>> _and_inside_name("任平和县委书记", 1, 2), _and_inside_name("任县长和县委书记", 1, 3)
    (True, False)
    """
    return text[at] in "和兼" and title_matcher().suffix(text[start:at]) is None


def successive_groups(text: str, items: list[tuple[int, int, str]]) -> list[list[int]] | None:
    """The chain's groups (indices of items, split at commas) when they are posts held one
    after another: a résumé's step that writes a title again in a later group ("起任省委常委、
    组织部部长，省委常委、某市委书记，省委副书记") tells a sequence, the repeated title held on
    through it; without a repeat the groups are held together ("任某省委常委，某市委书记").

    >>> successive_groups("起任甲、乙，甲、丙，丁", [(2, 3, "甲"), (4, 5, "乙"), (6, 7, "甲"), (8, 9, "丙"), (10, 11, "丁")])
    [[0, 1], [2, 3], [4]]
    >>> successive_groups("任甲，乙", [(1, 2, "甲"), (3, 4, "乙")]) is None
    True
    """
    groups: list[list[int]] = [[0]] if items else []
    for i in range(1, len(items)):
        if any(c in "，," for c in text[items[i - 1][1]:items[i][0]]):
            groups.append([])
        groups[-1].append(i)
    titles = [{items[i][2] for i in g} for g in groups]
    repeated = any(titles[k] & set().union(*titles[k + 1:]) for k in range(len(groups) - 1))
    return groups if len(groups) > 1 and repeated else None


# "先任甲职，后任乙职": the step told first was left for the one the sequence tells next.
THEN = re.compile(r"[，,；;]\s*(?:后来?|随后|之后|不久|旋即|继而|又)(?:又|再)?(?:调任|升任|转任|出任|担任|任)")


def first_of_two(text: str, own: str, verb: int) -> bool:
    """Whether the step at `verb` is the first of "先…，后…": a post held before the next.

    >>> first_of_two("某某先任某县副县长，后任某县县长", "先", 3), first_of_two("某某任某县县长", "", 2)
    (True, False)
    """
    return own.endswith("先") and THEN.search(text, verb) is not None


def epithet_after(text: str, end: int) -> bool:
    """Whether the chain that ends at `end` (or goes on to another title) is followed by
    的 and a name: "原任某市委副书记、市长的某某", posts that describe the person after."""
    m = re.match(rf"(?:、[^，,。；;的]{{1,12}})?的(?![。；;！？!?]|$|岗位|{BURDENS})", text[end:])
    #              ("…的。": 是…的; "…的岗位": in the post; "…的担子": the post shouldered, BURDEN)
    return bool(m) and (m.end() == 1 or title_matcher().suffix(text[end + 1:end + m.end() - 1]) is not None)
