"""The bodies of posts held in an organ (a bureau, a firm, a school) rather than in a
territory: its Party committee or group (某局党组成员, 某集团公司董事长、党委书记), its discipline
committee (…、纪委书记), a unit written bare after its post (某局副局长、办公室主任), and the cell
the recognizers read over a title's own words (某市政府党组成员, 共青团某市委书记).  A mixin of
kg.link.posts.PostLinker, which gives `art` and `_parent_of`.
"""
from __future__ import annotations

from kg.article import Span
from kg.link.post_bodies import (PARTY_CELLS, TERRITORIAL, TITLE_BODIES, bare_unit, cell_of, discipline_of, host_of)
from kg.recognize.org_names import LEVEL_COMMITTEES, central, org_span

# Bodies with a discipline committee of their own, named by their kind: firms and schools.
ORGAN_KINDS = ("公司", "集团", "大学", "学院")
# The units of a congress or a political consultative conference: its special committees
# and offices ("农委", "财经委员会", "预算工委", "办公厅").
ASSEMBLY_UNITS = ("委", "委员会", "工委", "办公厅", "办公室")

# A township's own offices, which serve its Party committee and government together (党政综合
# 办公室): never a unit of another township body named before them in one chain.
TOWNSHIP_OFFICES = ("党政办", "党政办公室", "党政综合办公室", "党政综合办")


class OrganBodies:
    def _organ_cell(self, idx: int, organ: Span, title: str) -> Span:
        """The organ's Party committee or group where the title is one of theirs (党委书记,
        党组成员), else the organ itself."""
        cell = next((b for t, b in TITLE_BODIES if title.startswith(t)), None)
        return cell_of(self.art, idx, organ, cell) if cell in ("党委", "党组") else organ

    def _organ_discipline(self, idx: int, title: str, prev: Span | None) -> Span | None:
        """"某公司党委副书记、工会主席、纪委书记": a bare 纪委 title after a post in a firm or a
        school (or in its Party cell) is that organ's discipline committee, not the place's."""
        if prev is None or prev.get("org") is None or not title.startswith("纪委"):
            return None
        organ = host_of(self.art, prev["org"]) or (prev["org"] if prev["org"]["name"].endswith(ORGAN_KINDS) else None)
        return discipline_of(self.art, idx, organ, title)

    def _unit_of(self, idx, organ: Span, unit: str) -> Span | None:
        """"某局副局长、办公室主任": a unit written bare after an organ's post is that
        organ's (某局办公室); after a territorial committee or a government the unit is
        read by `_bare_body` (县委常委、组织部部长: the county's 县委组织部)."""
        if not bare_unit(unit, 8) or central(unit):
            return None                          # (a ministry after a school's post is no unit of it)
        place = organ.get("place")
        if unit in TOWNSHIP_OFFICES and place is not None and place["level"] == "township":
            return org_span(self.art, place["name"] + unit, place, idx)     # 某镇团委书记、党政办主任: the town's
        host = host_of(self.art, organ)          # 某局党组书记、办公室主任: the bureau's office
        if host is None and organ["name"].endswith(PARTY_CELLS + ("街道工委",)):
            return None                          # 某园区党工委书记、管委会主任: the zone's, not the cell's (a
            #                                      Beijing street's 工委书记、办事处主任 alike)
        host = self._parent_of(idx, host or organ) or host or organ      # a unit's sibling unit
        assembly = host["name"].endswith(("人大", "人大常委会", "政协")) and unit.endswith(ASSEMBLY_UNITS) \
            or unit in ("办公室", "办公厅")          # 某市委副秘书长、办公室主任: the committee's own general office
        if host["name"].endswith(TERRITORIAL + ("政府", "人民政府", "人大", "人大常委会", "政协")) and not assembly \
                or host["name"].endswith(unit):
            return None                          # (an assembly's own committee: 某省人大常委会委员、农委主任)
        return org_span(self.art, host["name"] + unit, host.get("place"), idx)

    def _cell_after(self, idx, organ: Span, prefix: str, title: str) -> Span | None:
        """"某集团公司董事长、党委书记": a Party cell's title right after an organ's post is
        in that organ's cell (某集团公司党委); not after a territorial committee."""
        cell = next((c for c in sorted(PARTY_CELLS, key=len, reverse=True) if title.startswith(c)), None)
        if cell is None or prefix or organ["name"].endswith(TERRITORIAL + PARTY_CELLS):
            return None
        return cell_of(self.art, idx, organ, cell)

    def _cell_in_title(self, idx, a, head, title) -> Span | None:
        """"某市政府党组成员": the recognizers read 某市政府党组 over the title's own 党组; the
        post is in that cell.  Likewise the Youth League's committee read over a title's
        市委 or 县委 ("共青团某市委书记", "团县委副书记"): not the Party's committee."""
        cell = next((c for c in sorted(PARTY_CELLS, key=len, reverse=True) if title.startswith(c)), None)
        league = cell is None and title.startswith(LEVEL_COMMITTEES)
        cell = cell or (title[:2] if league else None)
        if cell is None:
            return None
        return next((o for o in self.art.in_sentence("org", idx)
                     if a <= o.start <= head and o.end == head + len(cell) and o["name"].endswith(cell)
                     and (not league or o["name"].startswith("共青团"))), None)
