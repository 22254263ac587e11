"""A village's own bodies written bare: "村两委", "村“两委”", "村党支部", "村委会".

A story about one village names it, then writes its committees without the name again
("某某村地处深山……。如今，村两委带头办起了合作社"; "帮扶单位和村“两委”一起修路"): the
bodies of the village last named before them, as a reader takes them.  Only where the
bare 村 opens a clause or follows a word that takes a body ("联合", "通过", "在"…): after
"各" or a verb of holding ("担任村党支部书记", a post the linking stage places) it names
no one village's body.

    某某村地处深山。如今，村两委带头办起合作社……   -> 某某村两委, under 某某村
    各村党支部要……                                  -> none
    走访了甲村、乙村，与村两委谈话……                -> none (whose, the words do not say)
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.recognize.org_names import join
from kg.recognize.org_short_names import OPENERS        # (what opens a clause before a body's name)

BARE = re.compile(r"村(“两委”|\"两委\"|两委|党支部|党总支|委会|民委员会)")
# Words after which a bare 村 opens a body's name: links, prepositions, verbs that take a body.
# (Not the verbs of outside helpers, "协助村两委…", "指导村两委…": those are every village's.)
BEFORE = ("联合", "通过", "在", "由", "经", "和", "与", "及", "是", "向", "对", "给", "把", "被", "让",
          "依托", "现在", "目前", "如今")


def bare_village_bodies(art: Article, idx: int, text: str, found: list[Span], make) -> list[Span]:
    """The village bodies written bare in sentence `idx`, each named after the village the
    article named last before it; `make(name, place, start, end)` makes the span."""
    out: list[Span] = []
    for m in BARE.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] not in OPENERS and not text.endswith(BEFORE, 0, s):
            continue
        if any(o.start <= s < o.end for o in found if o.start >= 0) \
                or any(p.start < s < p.end or p.end == s + 1 for p in art.in_sentence("place", idx)):
            continue                  # a body or a village of its own name reads here
        village = _last_village(art, idx, s)
        if village is not None:
            body = m.group(1).strip("“”\"")
            name = join(village["name"], "村" + body) if body.endswith("委会") or body.startswith("民") else village["name"] + body
            out.append(make(name, village, s, m.end()))       # (仁村 + 村委会: 仁村村委会, as join names it)
    return out


def _last_village(art: Article, idx: int, at: int) -> Span | None:
    """The village named last before `at` in its paragraph (a new paragraph may speak of
    every village); none where its sentence named others beside it ("走访了甲村、乙村、丙村…，
    与村两委谈话": each village's committees, no one's)."""
    paragraph = art.sentences[idx].paragraph
    before = [p for p in art.of("place") if p["level"] == "village" and p["name"].endswith("村") and p.sent >= 0
              and (p.sent < idx or p.sent == idx and p.end <= at) and art.sentences[p.sent].paragraph == paragraph]
    last = max(before, key=lambda p: (p.sent, p.start), default=None)
    if last is None or len({p["name"] for p in before if p.sent == last.sent}) > 1:
        return None
    return last
