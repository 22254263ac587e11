"""An official's profile, as a résumé's header writes it, into the fields career
databases code (CPED: gender, birth, ethnicity, native place, party, work start,
education):

    某某，男，1963年10月出生，汉族，湖北某县人，中共党员，1983年7月参加工作，研究生学历

The header is the name and then clauses joined by commas; each clause is one field,
recognized by its own shape, so the order and the fields present may vary.

>>> fields("，女，1968年12月生，满族，辽宁某市人，1990年8月加入中国共产党，大学学历")
{'gender': '女', 'birth': '1968-12', 'ethnicity': '满族', 'native': (16, '辽宁某市人'), 'party': '中共党员', 'education': '大学学历'}
"""
from __future__ import annotations

import re

CLAUSE = re.compile(r"[^，,；;。]+")
# 生 of a birth after its date, not of 生产, 生活…: "1975年生", "1970年1月出生" (not "全县2020年生产…").
BIRTH = r"(?:出)?生(?![产活长态效成猪意物])"
BIRTH_YEAR = rf"(?:19|20)\d{{2}}年{BIRTH}"          # a birth year alone after a name: "某某，1975年生"
YM = r"((?:19|20)\d{2})年?(?:(\d{1,2})月)?"
FIELDS = [
    ("gender", re.compile(r"^[（(]?(男|女)[)）]?$")),
    ("birth", re.compile(rf"^(?:出生于|生于)?{YM}(?:出生|生)?(?:于[\u4e00-\u9fff]{{2,12}})?$")),
    ("ethnicity", re.compile(r"^([\u4e00-\u9fff]{1,4}族)$")),
    ("party", re.compile(rf"^(?:{YM})?(?:加入中国共产党|入党)$")),
    ("party_name", re.compile(r"^(中共党员|中共预备党员|民革党员|民盟盟员|民建会员|民进会员|农工党党员|致公党党员|九三学社社员|台盟盟员|无党派人士|无党派|群众)$")),
    ("work", re.compile(rf"^{YM}参加工作$")),
    ("education", re.compile(r"^((?:在职|中央党校|省委党校)?(?:研究生|大学|大专|中专|本科|硕士|博士)(?:研究生)?(?:学历|学位)?(?:，[\u4e00-\u9fff]+学位)?)$")),
    ("native", re.compile(r"^([\u4e00-\u9fff]{2,12}人)$")),
]


def month(year: str, mon: str | None) -> str:
    return f"{year}-{int(mon):02d}" if mon and 1 <= int(mon) <= 12 else year


def fields(text: str, at: int = 0) -> dict:
    """The profile fields of the clauses in `text` after `at` (the end of the name),
    stopping at the first clause that is none of them; a native place is returned as
    (offset, clause) for the place recognizer's spans to resolve."""
    out: dict = {}
    for m in CLAUSE.finditer(text, at):
        clause = m.group(0).strip()
        if not clause:
            continue
        name, hit = next(((n, r.match(clause)) for n, r in FIELDS if r.match(clause)), (None, None))
        if name is None or (name in out and name != "party"):
            break
        if name == "gender":
            out["gender"] = hit.group(1)
        elif name == "birth":
            out["birth"] = month(hit.group(1), hit.group(2))
        elif name in ("party", "party_name"):
            out["party"] = hit.group(1) if name == "party_name" else "中共党员"
        elif name == "work":
            out["work"] = month(hit.group(1), hit.group(2))
        elif name == "native":
            out.setdefault("native", (m.start(), clause))
        else:
            out[name] = hit.group(1)
    return out


# A name of another people, which has no Han surname, opening a profile that gives the
# nationality: "某某某某，彝族，1964年出生", "口述人：某某某某，女，藏族，…".
MINORITY_PROFILE = re.compile(r"(?:(?:口述人|受访人|受访者|姓名)\s*[:：]\s*)?(?P<name>[\u4e00-\u9fff·]{2,8}?)\s*[,，]\s*"
                              r"(?:[男女]\s*[,，]\s*)?[\u4e00-\u9fff]{1,4}族\s*[,，]")


def profiled_name(text: str, at: int) -> tuple[str, int] | None:
    """The name and its start of a profile at `at` that gives the nationality, whatever
    the name's script of sounds; not a list of peoples ("彝族、藏族，…").

    A heading run into the profile (a page flattened into one line: "某某同志简历某某，男，…")
    is no part of the name:

    >>> profiled_name("口述人：阿苏木呷，彝族，1968年出生", 0), profiled_name("彝族，藏族，汉族", 0)
    (('阿苏木呷', 4), None)
    >>> profiled_name("木呷简历阿苏木呷，彝族，1968年出生", 0)
    ('阿苏木呷', 4)
    """
    m = MINORITY_PROFILE.match(text, at)
    if m is None or m.group("name").endswith("族"):
        return None
    name, start = m.group("name"), m.start("name")
    cut = max((name.rfind(h) + len(h) for h in PROFILE_HEADINGS if h in name), default=0)
    return (name[cut:], start + cut) if len(name) - cut >= 2 else None


# The words that head a profile ("某某同志简历", "某某简介"), never part of a name: the cut is made
# after the last of them.
PROFILE_HEADINGS = ("简历", "简介", "同志")
