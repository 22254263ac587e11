"""Short names and what stands around them: short county names listed before their count
and level, a province's short form, a compass pair before 部.

Short county names listed before their count and level: "甲、乙两县", "甲、乙、丙3个县
（市、区）", "甲、乙县（市）委书记".

News of appointments writes the places of several posts once, as a list of short names
with the count and the level after them ("分别任甲、乙两县县委书记", "调任甲、乙两区的区委
书记").  A two-character short name alone is too often an everyday word to be read as a
county (kg.recognize.places asks for its city first); in such a list the count and the
level say that every item is one.  The careers reader gives each item its own post of the
shared title (kg.recognize.career_lists).

Only counties (county-level cities and districts too) are read this way from their short
names alone: a list of townships or villages keeps its suffix on every item or on the last
one (kg.recognize.places.shared_suffix), or, for townships, writes it once after the count
("甲、乙、丙三个镇"), where the national table must know each item in the article's places
(`counted_lower`).
"""
from __future__ import annotations

import re

from kg.article import Span

LEVEL_CHARS = "县市区旗"
JOINS = ("、", "和", "与", "及")
# A count and the level ("两县", "3个县", "四个市"), or the level with the others it stands
# for in brackets ("县（市）", "县(市、区)"): either says the words before are a list of places.
TAIL = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?[县市区旗地州盟](?:[（(][县市区旗地州盟、]+[)）]|市|州)?"
                  r"|[县市区旗地州盟][（(][县市区旗地州盟、]+[)）]")    # (…7个地(市), …14个市州: prefectures)

# 等 between a list and its count ("甲、乙等7个县（市）"), with the blanks pages leave there.
OTHERS = re.compile(r"\s*(?:等\s*)?")


# A list of two-to-four-character stems closed by a count and a township's suffix: "甲、乙、
# 丙三个镇", "甲、乙两乡".  Not villages: a village's short name is too often another's in the
# same county, or one merged away ("由原来的甲、乙两个村合并而成").
LOWER_COUNTED = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和与及])+[\u4e00-\u9fff]{2,4}?)等?"
                           r"(?:[两二三四五六七八九十]|\d{1,2})个?(镇|乡)")


def counted_lower(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name with the suffix) of the readings of each item of a counted list of
    townships, longest first (the first item's left edge is unbounded); the
    caller keeps the readings the table knows.

    >>> [n for _, _, n in counted_lower("的甲地、乙地两个镇")]
    ['的甲地镇', '甲地镇', '乙地镇']
    """
    out = []
    for m in LOWER_COUNTED.finditer(text):
        at = m.start(1)
        for item in re.split(r"[、和与及]", m.group(1)):
            end = at + len(item)
            out += [(a, end, text[a:end] + m.group(2)) for a in range(at, end - 1)]
            at = end + 1
    return out


# The suffixes of the items a list may name before one already read: townships and villages.
ITEM_SUFFIXES = ("街道", "镇", "乡", "村")


def earlier_items(text: str, start: int, suffix: str, stem_ok, word_starts) -> list[tuple[int, int]]:
    """The (start, end) of the items of a list that come before a township or village read
    at `start`, each written with the same suffix: in "先后来到甲某镇、乙某镇" the second town
    may be the one the table or a place before it confirms; the list says the first is a
    town of the same county.  An item's stem is the longest of four to two characters that
    `stem_ok` accepts and that starts a word (`word_starts(a, z)`: no verb's character glued
    to it, "来到|甲某"), nearest item first.

    >>> ok = lambda s: s in ("甲某", "乙某")
    >>> earlier_items("来到甲某镇、乙某镇、丙某镇", 10, "镇", ok, lambda a, z: True)
    [(6, 9), (2, 5)]
    >>> earlier_items("来到甲某镇和丙某镇", 6, "镇", ok, lambda a, z: True)
    []
    """
    out, pos = [], start
    while text[pos - 1:pos] == "、" and text.endswith(suffix, 0, pos - 1):
        z = pos - 1
        s = z - len(suffix)
        a = next((s - n for n in (4, 3, 2) if s - n >= 0 and stem_ok(text[s - n:s]) and word_starts(s - n, z)), None)
        if a is None:
            break
        out.append((a, z))
        pos = a
    return out


def counted_list(text: str, hits) -> set[tuple[int, int]]:
    """The (start, end) of every hit that is an item of a list of two or more hits joined
    by 、 and closed by a count and level.

    >>> sorted(counted_list("分别任甲地、乙地两县县长", [(3, 5, "甲地"), (6, 8, "乙地")]))
    [(3, 5), (6, 8)]
    >>> sorted(counted_list("甲地、乙地等 7个县（市）", [(0, 2, "甲地"), (3, 5, "乙地")]))
    [(0, 2), (3, 5)]
    >>> sorted(counted_list("到甲地、乙地7个地(市)", [(1, 3, "甲地"), (4, 6, "乙地")]))
    [(1, 3), (4, 6)]
    >>> counted_list("甲地、乙地的干部", [(0, 2, "甲地"), (3, 5, "乙地")])
    set()
    """
    by_start = {h[0]: h for h in hits}
    out: set[tuple[int, int]] = set()
    for hit in hits:
        run = [hit]
        while text.startswith("、", run[-1][1]) and run[-1][1] + 1 in by_start:
            run.append(by_start[run[-1][1] + 1])
        if len(run) >= 2 and TAIL.match(text, OTHERS.match(text, run[-1][1]).end()):     # (甲、乙等7个县)
            out.update((h[0], h[1]) for h in run)
    return out


def listed_places(places: list[Span], text: str, at: int, titled=None) -> tuple[list[Span], int]:
    """The places of a list that starts at `at`, and where the words after it begin; ([],
    at) when no such list starts there.  The list is closed by its count and level ("甲、
    乙两县") or by 的 ("甲和乙的市委书记": places named in full or as a city's short form), or,
    with `titled(text, at)` reading a title, by the title shared right after it ("分别当选甲村
    和乙村党支部书记": the list a 分别 distributes).

    The places are the sentence's place spans; a list is only read when its items follow
    one another, joined by 、 (or 和, 与, 及), right up to its close."""
    starts = {p.start: p for p in places}
    run, pos = [], at
    while pos in starts:
        run.append(starts[pos])
        pos = run[-1].end
        if text[pos:pos + 1] not in JOINS:
            break
        pos += 1
    tail = TAIL.match(text, pos) if len(run) >= 2 else None
    if tail is None and titled is not None and len(run) >= 2 and titled(text, pos):
        return run, pos
    if tail is None:
        return (run, pos + 1) if len(run) >= 2 and text.startswith("的", pos) else ([], at)
    z = tail.end()
    return run, z + (1 if text.startswith("的", z) else 0)


def own_title(place: Span, words: str, match) -> tuple[str, int] | None:
    """The shared title as the place's own, and how many characters of `words` it takes:
    "县委书记" after a list of a county and a district is 区委书记 for the district.
    `words` is the text after the count and level; `match(text, at)` reads a title at `at`.

    >>> m = lambda t, a: next((w for w in ("区委书记", "县委书记", "市长", "委书记") if t.startswith(w, a)), None)
    >>> own_title({"name": "某某区"}, "县委书记", m), own_title({"name": "某某市"}, "长，", m)
    (('区委书记', 4), ('市长', 1))
    """
    level = place["name"][-1:]
    rest = words[1:] if words[:1] in LEVEL_CHARS else words
    if level in LEVEL_CHARS:
        title = match(level + rest, 0)
        if title is not None and len(title) > 1:
            return title, len(title) - 1 + len(words) - len(rest)
    title = match(words, 0)
    return (title, len(title)) if title else None


COMPASS_AFTER = set("部侧角方面边")


def compass(surface: str, text: str, end: int) -> bool:
    """A compass pair right before 部/侧/角/方/面/边 is a direction, not the region.

    >>> compass("西南", "某镇西南部", 4), compass("西南", "西南地区", 2)
    (True, False)
    """
    return len(surface) == 2 and set(surface) <= set("东西南北") and text[end:end + 1] in COMPASS_AFTER


def province_first(gaz, surface: str, code: str | None) -> str | None:
    """A province's short form, read with no chain before it, is the province, not a
    namesake of another province the article's own province made likelier ("河北" in
    Tianjin's news is Hebei, not 河北区); a division inside that province may still be
    meant (吉林 for 吉林市 in Jilin's news)."""
    top = gaz.top(surface)
    if len(top) == 1 and gaz.by_code[top[0]].level == "province" and code is not None \
            and top[0] not in gaz.chain(code):
        return top[0]
    return code
