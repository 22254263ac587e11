"""Townships and villages read from the national table of lower divisions
(kg/data/lower_divisions.tsv.xz): a bare name the table places in the article's county or
prefecture ("某镇开展…" in an article on its county), and a village whose own name ends with
村 written with its designation after it ("某村村是…").  A mixin of
kg.recognize.lower_places.LowerPlaces, which gives `art`, `codes`, `known`, `written` and
`mention`.
"""
from __future__ import annotations

from kg.article import Span
from kg.places.gazetteer import division_span, load
from kg.places.villages import place_of, renamed_township
from kg.recognize.place_stems import cut_from_sound, good_stem, listed_stem, tail_of_description, verb_before_own_body
from kg.recognize.segment import tag_of


LEVEL_ENDS = "省市州县区旗镇乡村道"       # the last characters of places' names (某镇|星村, 某街道|某社区)
# What follows 村 as a village's own word, not its name's last character ("某村村支部", "某村村民").
DOUBLED_NEXT = ("支", "委", "党", "两委", "民", "干部", "集体", "级", "主任", "书记", "会计", "文书", "务", "监", "组", "长")
# A township's own head and bodies written right after its name, its level repeated ("某镇镇长").
OWN_POST = ("镇长", "乡长", "镇党委", "乡党委", "镇政府", "乡政府", "镇人民政府", "乡人民政府", "民委员会",
            "镇委", "乡委")      # (镇委: the township's Party committee as Guangdong writes it, "某镇镇委书记")
# A township's own committee, government and head, written right after its name (with its
# level repeated, OWN_POST, or without: "某乡党委", "某镇政府", "某乡副乡长").
TOWNSHIP_OWN = ("党委", "人民政府", "政府", "人大", "纪委", "副镇长", "副乡长") + OWN_POST


class TableReading:
    def _doubled(self, idx: int, text: str, s: int, e: int, anchors: dict) -> Span | None:
        """A village whose own name ends with 村, written with its designation 村 after it
        ("某村村是…", as the north writes its 李村村 and 王村村): the table lists it as 某村
        in a county the article names, where a break or its township stands before the name;
        named as the table names it, one place with its bare mentions ("某村普通村民")."""
        if text.startswith(DOUBLED_NEXT, e):
            return None           # "某村村支两委", "某村村干部": the village, then its own bodies and people
        for n in (3, 2, 4):
            start = s - n
            township = anchors.get(start)
            if start < 0 or start > 0 and text[start - 1] not in "，,。；;：:、“（( \n在到和与及的" \
                    and not (township is not None and township["level"] == "township"):
                continue          # (after a break, or right after its township: "某镇某村村")
            entry = place_of(text[start:s], self.codes, self.art.context.get("province"), townships=self._townships())
            if entry is not None and entry.level == "village" and entry.county in self.codes:
                parent = township if township is not None and township["level"] == "township" else self._entry_parent(entry)
                span = self.mention(idx, start, e, entry.name, parent, table=True)
                span["surface"] = text[start:e]      # the table's name, as its bare mentions write it ("某村")
                return span
        return None

    def _listed(self, idx, text, s, e, anchors=None, nearby: bool = False) -> Span | None:
        """A bare township or village that the national table places in this article's
        county or prefecture ("乐育镇开展…" in an article on 红河县), longest name first;
        written right after a county the table does not place it in, it is that county's
        namesake, not the table's ("甲县某村" where the table's one 某村 lies in 乙县).
        `nearby`: a name that ends in a common word (乡村, 城镇) only where the table places
        it in the article's divisions or province, not as the country's one of the name (a
        slogan's "宜居宜业和美乡村" in a story that names no place is no village 美乡村)."""
        for n in range(9 if text[s - 1:s] == "族" else 5, 0, -1):
            stem = text[max(s - n, 0):s]
            if len(stem) < n or not listed_stem(stem) or cut_from_sound(text, s - n, s) \
                    or tail_of_description(text, s - n, s):
                continue
            entry = place_of(stem + text[s:e], self.codes, self.art.context.get("province"),
                             owned=text[s:e] in ("镇", "乡") and text.startswith(TOWNSHIP_OWN, e), townships=self._townships(),
                             nationwide=not nearby)
            if entry is not None and verb_before_own_body(text, stem, e):
                continue          # "帮扶队联合村“两委”…": a verb, then the village's own committees
            if entry is not None and self._nationwide(entry) and (not good_stem(stem) or (tag_of(stem) or "n")[0] == "a"):
                continue          # the country's one of the name in a story that names no place of it: only a
                #                   stem no word of the sentence makes ("实现村出列": 实现, "班子和村" 子和, "壮大村
                #                   集体经济" 壮大; an adjective names many villages, 团结村, but none alone)
            if entry is not None and n == 1 and s >= 2 and text[s - 2] not in LEVEL_ENDS \
                    and (tag_of(text[s - 2:s]) or "x")[0] == "n":
                continue          # "某镇五星村": a one-character stem the character before it makes a noun
                #                   with (五星, 红星), no place's end: the name's own first (the table has 星村)
            written = (anchors or {}).get(s - n)
            if entry is not None and (written is not None and written["level"] == "county" and written["code"] != entry.county
                                      or stem + text[s:e] in self.written):      # (and its later bare mentions)
                return self.mention(idx, s - n, e, stem + text[s:e], written)
            if entry is not None and (n > 1 or entry.county in self.codes):   # 新村, 三村: only in their county
                return self.mention(idx, s - n, e, entry.name, self._entry_parent(entry), table=True)
            renamed = renamed_township(stem + text[s:e], self.codes) if entry is None and n > 1 else None
            if renamed is not None:                            # "禹王镇" where the table has the county's 禹王乡
                return self.mention(idx, s - n, e, stem + text[s:e], self._county(renamed.county), table=True)
        return None

    def _nationwide(self, entry) -> bool:
        """Whether the table's entry was taken as the country's only one of its name, the
        article naming neither its province nor a division above it."""
        return self.art.context.get("province") is None and entry.county not in self.codes \
            and entry.county[:4] + "00" not in self.codes

    def _townships(self) -> frozenset[str]:
        """The townships the article has named so far: of two villages of one name in a county,
        the one under such a township is meant."""
        return frozenset(k for k, p in self.known.items() if p["level"] == "township")

    def _entry_parent(self, entry) -> Span | None:
        """The entry's township (as the article met it, else from the table) or county."""
        county = self._county(entry.county)
        if entry.township is None:
            return county
        known = self.known.get(entry.township)
        if known is not None:
            return known
        return Span("place", -1, -1, -1, entry.township, {"name": entry.township, "surface": entry.township,
                                                          "level": "township", "code": None, "parent": county})

    @staticmethod
    def _county(code: str) -> Span | None:
        """The county of a table entry's code, else the prefecture above it (a county code the
        gazetteer does not hold)."""
        for candidate in (code, code[:4] + "00"):
            if candidate in load().by_code:
                return division_span(candidate)
        return None
