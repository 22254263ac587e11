"""What names a person across articles: the name as the text wrote it, and the province
of the person's posts (an official reported by another province's paper is the same
person; homonyms serving in other provinces stay apart)."""
from __future__ import annotations

from kg.article import Span
from kg.lang.script import to_simplified
from kg.recognize.segment import frequency


def as_written(name: str, original: str | None, traditional: bool = False) -> str:
    """A name keeps the characters the text wrote where they are simplified characters
    already: script conversion is for matching, and t2s turns the 乾 of a name into 干
    (乾 is in GB 2312, the simplified standard; 蔣 is not, and becomes 蒋).

    In a traditional article a surname 於 is read 于, as t2s reads it: the common surname
    is written 于 in both scripts, and a simplified page converted to traditional by its
    site writes it 於 (as it does the preposition), so the official is one node in both
    scripts; a simplified article that writes 於 means the rare surname of its own.

    >>> as_written("蒋炳干", "蔣炳乾"), as_written("蒋炳干", "蒋炳乾"), as_written("王伟", "王偉")
    ('蒋炳乾', '蒋炳乾', '王伟')
    >>> as_written("于建华", "於建華", traditional=True), as_written("于建华", "於建华")
    ('于建华', '於建华')
    """
    if not original or len(original) != len(name) or to_simplified(original) != name:
        return name
    return "".join(o if o != c and _in_simplified_standard(o) and not (traditional and k == 0 and o in SURNAMES_CONVERTED) else c
                   for k, (o, c) in enumerate(zip(original, name)))


# Surnames that a simplified page converted to traditional writes with the character of
# another word (于 → 於, the preposition's traditional form): read as t2s reads them.
SURNAMES_CONVERTED = ("於",)


def qian_as_written(name: str, original: str | None) -> str:
    """A body's name keeps the 乾 of a name that t2s made 干 ("乾程合作社"), where no word
    of the dictionary holds that 干 with a neighbour: the gān of 干货 or 晒干 stays.

    >>> qian_as_written("干程农民专业合作社", "乾程農民專業合作社"), qian_as_written("干货市场", "乾貨市場")
    ('乾程农民专业合作社', '干货市场')
    """
    if not original or "乾" not in original or len(original) != len(name):
        return name
    chars = list(name)
    for i, c in enumerate(original):
        pairs = ["".join(chars[a:a + 2]) for a in (i - 1, i) if a >= 0]
        if c == "乾" and chars[i] == "干" and not any(len(p) == 2 and frequency(p) for p in pairs):
            chars[i] = "乾"
    return "".join(chars)


def _in_simplified_standard(char: str) -> bool:
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def posts_province(posts: list[Span]) -> str | None:
    """The province a person's posts are in, which names them across articles: an
    official of one province reported by another province's paper is the same person
    ("甲县县长某某调任乙市副市长" in any outlet).  The province of the latest post that has a
    place (a current post before a former one); None when no post has one.

    >>> from kg.article import Span
    >>> posts_province([Span("post", 0, 0, 2, "县长", {"place": {"code": "220422"}, "former": False})])
    '220000'
    """
    placed = [p for p in posts if place_code(p.get("place"))]
    if not placed:
        return None
    current = [p for p in placed if not p.get("former")] or placed
    return place_code(current[-1].get("place"))[:2] + "0000"


def place_code(place) -> str | None:
    """A place's division code, or its parent's (a village under a county)."""
    while place is not None:
        if place.get("code"):
            return place["code"]
        place = place.get("parent")
    return None
