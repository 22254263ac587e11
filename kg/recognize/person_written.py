"""Names known by how they are written: a name of sounds with a middle dot ("某某·某某说"),
a Tibetan name (kg.recognize.tibetan_names), a list's item with its titles in brackets
after it ("参加的有：甲（县委书记）、乙（县长）").  A mixin of
kg.recognize.persons.PersonFinder, which gives `art`, `known`, `_person` and `_cut_at_verb`.
"""
from __future__ import annotations

import re

from kg.recognize import names, statistical, tibetan_names
from kg.recognize.org_names import title_matcher
from kg.recognize.person_proposals import MODEL_LEFT, introducers


# A list's item: a name after the list's opening or its last item, then its titles in brackets.
BRACKET_ITEM = re.compile(r"(?:^|(?<=[：:、；;]))(?P<name>[\u4e00-\u9fff]{2,3})[（(](?P<inside>[\u4e00-\u9fff、，,]{2,40})[）)]")


class WrittenReading:
    def _tibetan_names(self, idx: int, text: str) -> None:
        """Tibetan names (kg.recognize.tibetan_names), where no place or body is read over them."""
        taken = [x for k in ("place", "org") for x in self.art.in_sentence(k, idx)]
        for at, name in tibetan_names.names_in(text, introducers().suffix):
            if not any(x.start < at + len(name) and at < x.end for x in taken):
                self._person(name, idx, at)

    def _dotted_names(self, idx: int, text: str) -> None:
        """A name written with a middle dot standing alone ("某某·某某说", "在村里，某·某某是…"):
        the dot is written only inside such names, so a run of sounds on both sides of it,
        after a break, up to a word that follows names, is a person wherever it stands."""
        chars = names.transliteration()
        taken = [x for k in ("place", "org") for x in self.art.in_sentence(k, idx)]
        for m in names.DOTTED.finditer(text):
            at = m.start()
            if at > 0 and text[at - 1] not in MODEL_LEFT and not introducers().suffix(text[max(0, at - 8):at]):
                continue
            title = introducers().match_at(text, at)
            if title and at + len(title) < text.index("·", at):
                at += len(title)          # "局长某某·某某": the name after the title the run opens with
            at = self._past_leading_verb(idx, text, at, text.index("·", at))      # "免去某某·某某的…": after the verb
            name = self._cut_at_verb(idx, at, names.transliterated(text, at))
            if not name or "·" not in name or any(x.start < at + len(name) and at < x.end for x in taken) \
                    or any(k != name and (name in k or name.startswith(k)) for k in self.known):
                continue                  # (a name the rules read there already, shorter or longer)
            first, last = name.split("·")[0], name.split("·")[-1]
            if 2 * sum(c in chars for c in first + last) >= len(first + last):
                self._person(name, idx, at)

    def _bracket_titled(self, idx: int, text: str) -> None:
        """A list's item written name first, its posts in brackets ("参加的有：甲（县委书记）、
        乙（县委副书记、县长）"): the bracket of titles makes the name a person even where its
        characters are a place's short form too (a name like 龙文, 东方)."""
        for m in BRACKET_ITEM.finditer(text):
            name, inside = m.group("name"), m.group("inside")
            surname = names.surname_at(name, 0)
            if name in self.known or not surname or any(c in names.NOT_GIVEN for c in name[len(surname):]):
                continue
            if all(title_matcher().suffix(part) for part in re.split("[、，,]", inside) if part):
                self._person(name, idx, m.start("name"))

    def _past_leading_verb(self, idx: int, text: str, at: int, dot: int) -> int:
        """Where a name opens after the verbs, prepositions and adverbs the model reads at `at`
        before the dot at `dot` ("免去|某某·某某", "任命|某某·某某为…").  A one-character word
        that is one of the sounds such names are written with is the name's first sound
        ("买|买提·某某": the model's verb 买, buy, opens 买买提)."""
        words = {a: (z, tag) for a, z, tag in self.art.context.get("words", {}).get(idx, ())}
        while at in words and words[at][0] < dot and words[at][1][:1] in ("v", "p", "d", "c") \
                and not (words[at][0] - at == 1 and text[at] in names.transliteration()):
            at = words[at][0]
        return at

    def _glued_past(self, idx: int, text: str, start: int, end: int) -> bool:
        """Whether the model's word at `start` runs past `end`, where a word that follows
        names begins: its verb took the name's last sound ("某·阿不都拉说": "拉说")."""
        nxt = next((z for a, z, _ in self.art.context.get("words", {}).get(idx, ()) if a == start), start)
        return start < end < nxt and names.ends_name(text, end)

    def _dotted_model_name(self, idx: int, text: str, at: int, model: str | None) -> str | None:
        """A name with a middle dot as the model reads it, where no word that ends names
        follows it ("老党员某·某眼里…"): whole, or its two parts the model read apart."""
        if not model:
            return None
        if "·" in model[1:-1]:
            return model
        second = statistical.candidate_at(self.art, idx, at + len(model) + 1) if text[at + len(model):at + len(model) + 1] == "·" else None
        return f"{model}·{second}" if second else None
