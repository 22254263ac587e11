"""The body a post's title names with what is written before it: a Party cell of the body
before the title ("某局党组书记"), the place's body the title's head implies ("某县" + 县委书记:
某县委; "某镇宣传委员": the township's 党委), the last body before the title that its head
heads, and a body written without its place after a committee member's title ("县委常委、
组织部部长": the county's 组织部).  A mixin of kg.link.posts.PostLinker, which gives `art`.
"""
from __future__ import annotations

from kg.article import Span
from kg.lang.words import words
from kg.link.post_bodies import (NATIONAL_BODIES, PARTY_CELLS, PORTFOLIOS, TITLE_BODIES, bare_unit, body_matcher, cell_of,
                                 implied_level, national_body)
from kg.link.post_words import level_word
from kg.recognize.org_names import join, org_span, party_committee, written_name
from kg.recognize.person_honorifics import heads_body, level_head
from kg.recognize.post_chains import SECOND_NAME


class TitleBodies:
    def _org(self, idx, title, place, orgs, places, words: str = "") -> Span | None:
        if title in NATIONAL_BODIES:                 # 中央委员: a member of the Central Committee
            return national_body(self.art, title, idx)
        if title.startswith("自治区党委") and place is not None and place["name"].endswith("自治区"):
            return org_span(self.art, party_committee(written_name(place)), place, idx)      # a region's committee, no cell
        if title == "常委" and not orgs and places and place is places[-1] and place["level"] in ("province", "prefecture", "county"):
            return org_span(self.art, party_committee(written_name(place)), place, idx)   # "某自治区常委": its Party committee's
        body = next((b for t, b in TITLE_BODIES if title.startswith(t)), None)
        if title in PORTFOLIOS and place is not None and place["level"] == "township" and not orgs:
            body = "党委"                 # "某镇宣传委员": a member of the township's Party committee
        if body is None and title.endswith("第一书记") and place is not None and place["level"] == "village" \
                and words.endswith(("党支部", "党总支")):
            body = words[-3:]             # "村党支部第一书记": the branch the text names (a bare 第一书记 names none)
        if body in PARTY_CELLS + ("团委",) and orgs and (place is None or place["level"] not in ("township", "village")):
            return cell_of(self.art, idx, max(orgs, key=lambda o: (o.end, o.end - o.start)), body)
        if body in PARTY_CELLS and place is not None and place["level"] in ("province", "prefecture", "county"):
            body = None                   # a Party group or branch belongs to an organ or a village, not a county
        if body and implied_level(title) == "village" and place is not None and place["level"] != "village":
            body = None                   # "某乡某某村村支书" with the village unread: no branch of the township
        if body in ("区委", "旗委") and place is not None and place["name"].endswith(("县", "市")) \
                or body == "县委" and place is not None and written_name(place).endswith(("市", "区", "旗")):
            body = None                   # "某县" + 区委 is no body: the 区 is one the text does not name (nor is
            #                               a 县委 of a county-level city or a district: "某市" + 县委书记)
        if body and place is not None:
            anchor = places[0] if body == "人大" and places else place
            if body.startswith("团") and body not in ("团委", "团支部"):      # 团县委: the body's own name is 共青团某县委
                return org_span(self.art, "共青团" + join(written_name(anchor), body[1:]), anchor, idx)
            return org_span(self.art, join(written_name(anchor), body), anchor, idx)
        last = max(orgs, key=lambda o: (o.end, o.end - o.start)) if orgs else None
        if last is not None and SECOND_NAME.search(words):
            sent = self.art.sentences[idx].simp
            last = max((o for o in orgs if heads_body(title, o["name"]) and sent[o.start - 1:o.start] not in ("（", "(")),
                       key=lambda o: o.end, default=last)
            #                               ("某县乡村振兴局（县扶贫办）局长": the body its head heads, under
            #                                its first name, not the second one in brackets)
        if last is not None and level_head(title) and not heads_body(title, last["name"]):
            return None                   # "在某县人民代表大会第三次会议上|县长某某": a county's head heads its
            #                               government, no body the words before the title name
        return last

    def _bare_body(self, idx, prefix: str, place: Span) -> Span | None:
        """"组织部部长" after "县委常委、": a body written without its place belongs to it."""
        level = level_word(prefix) if prefix else None
        if place["level"] == "village" and prefix.startswith("村") and body_matcher().suffix(prefix[1:]) == prefix[1:] != "":
            prefix = prefix[1:]                       # "村妇联主席": the village's 妇联
        body = body_matcher().suffix(prefix) if prefix else None
        if level and len(prefix) > len(level) and body != prefix:
            prefix = prefix[len(level):]              # "市公安局" at the article's city: 某市公安局 (not 村监会: a body's own name)
            body = body_matcher().suffix(prefix)
        if (not body or body != prefix) and level and bare_unit(prefix, 10):
            body = prefix                             # "市机关事务局": a unit of the city, head and all
        if not body or body != prefix:
            return None
        if body in words("party_departments"):
            return org_span(self.art, party_committee(written_name(place)) + body, place, idx)
        return org_span(self.art, join(written_name(place), body), place, idx)
