"""Bodies listed after one written with its place: "某县财政局、交通局、水利局等部门" names
the county's transport and water bureaus too, though only the first item writes the
county.  Official news lists the departments at a meeting or on a task this way, the
place (or the bare level, "县农业农村局、林业局") written once.

Items are words of the closed class of body types (kg.recognize.org_names.bodies_after),
or a government office's short name ending in 局, 办 or 厅 ("文旅广电局", "督查办"), read
only while each item ends where the list goes on or ends: an item that is no body
("、各界人士") or that names its own place or level ("、乡镇党委") ends the reading.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize.org_names import bodies_after, join
from kg.recognize.segment import boundary

ITEM_END = set("、，,。；;：:）)等和及与")
OFFICE = re.compile(r"(?![省市县区乡镇村各全有相])[\u4e00-\u9fff]{1,6}?[局办厅](?=[、，,。；;：:）)等和及与]|负责)")
AFTER_LIST = ("负责人", "主要负责人", "相关负责人", "负责同志", "有关负责", "主要领导", "领导")


def listed_bodies(idx: int, text: str, found: list[Span], make) -> list[Span]:
    """The bodies listed after each placed body of `found`, under its place; `make(name,
    place, idx, start, end)` makes the span."""
    taken = {o.start for o in found}
    out: list[Span] = []
    for first in [o for o in found if o.get("place") is not None and o.start >= 0]:
        place, pos = first["place"], first.end
        host = _host_of_unit(first["name"])
        while text.startswith("、", pos) and pos + 1 not in taken:
            unit = INNER_UNIT.match(text, pos + 1) if host else None
            item = unit.group(0) if unit else _item(text, pos + 1)
            if item is None:
                break
            end = pos + 1 + len(item)
            out.append(make(host + item if unit else join(place["name"], item), place, idx, pos + 1, end))
            taken.add(pos + 1)
            pos = end
    return out


# A body's inner unit: an office, a division, a section ("办公室", "研究室", "政策法规处", "综合科").
INNER_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:办公|研究|秘书|调研|信息|档案)室|[^\W\d部局厅委]{2,6}?[处科股])"
                        r"(?=[、，,。；;：:）)等和及与]|负责|$)")
ORGAN_END = ("委员会", "部", "局", "厅", "委", "办", "院")


def _host_of_unit(name: str) -> str | None:
    """The organ a body named as its inner unit belongs to ("某省委宣传部办公室" → 某省委宣传部),
    so that units listed after it are that organ's too ("…办公室、研究室").

    >>> _host_of_unit("某省委宣传部办公室"), _host_of_unit("某县财政局")
    ('某省委宣传部', None)
    """
    for k in range(2, len(name) - 2):
        if name[:k].endswith(ORGAN_END) and INNER_UNIT.fullmatch(name[k:]) and not any(c in name[k:] for c in "部局厅委"):
            return name[:k]
    return None


def _item(text: str, at: int) -> str | None:
    """The body an item of the list at `at` names, when the item is one body and no more.

    >>> _item("、文旅广电局、财政局", 1), _item("、财政局等部门", 1), _item("、各界人士", 1)
    ('文旅广电局', '财政局', None)
    >>> _item("、住建局专项工作的汇报", 1)
    '住建局'

    """
    bodies = bodies_after(text, at)
    end = at + len(bodies[-1]) if bodies else at
    if bodies and (end >= len(text) or text[end] in ITEM_END or text.startswith(AFTER_LIST, end)
                   or boundary(text, at, end + 2, end)):     # the list's last, then its matter: "、住建局|专项工作…"
        return bodies[-1]
    office = OFFICE.match(text, at)
    return office.group(0) if office else None
