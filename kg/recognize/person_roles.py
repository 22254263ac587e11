"""A post written before the person as the role they act in: "作为某县县长，某某走遍了…",
"身为村党支部书记，某某每天…" (a mixin of kg.recognize.persons.PersonFinder, which gives
`art`, `posts`, `_known_at`, `_ends_word`, `_person` and `_post`).  The clause opens the sentence, its
words end with a title, and the name opens the next clause: the post is held now.
"""
from __future__ import annotations

import re

from kg.recognize import names, statistical, tibetan_names, yi_names
from kg.recognize.org_names import title_matcher

AS_ROLE = re.compile(r"^\s*(?:作为|身为)([^，,。；;“”]{2,30})[，,]\s*")


class RoleReading:
    def _as_role(self, idx: int, text: str) -> None:
        """"作为某县县长，某某…": the title that ends the opening clause, then the name."""
        m = AS_ROLE.match(text)
        title = title_matcher().suffix(m.group(1)) if m else None
        if title is None:
            return
        at = m.end()
        name = self._known_at(text, at) or names.choose(names.readings(text, at, strict=True), self.art.simp)
        model = statistical.candidate_at(self.art, idx, at)
        if not name and model and names.surname_at(model, 0) and names.plausible(model, strict=False) \
                and (names.ends_name(text, at + len(model)) or self._ends_word(idx, text, at + len(model))):
            name = model                  # "…，某某走遍了…": the model's name, its verb after it
        if not name:                  # a Yi or a Tibetan name, the model's word ending it where it cut one
            ended = at + len(model) if model and self._ends_word(idx, text, at + len(model)) else None
            name = yi_names.name_at(text, at, ended) or tibetan_names.name_at(text, at, lambda before: "作为")
        if not name:
            return                    # "作为县长，他…": the pronoun's person is the careers' to find
        self._person(name, idx, at)
        for post in self.posts.chain(idx, text, m.end(1) - len(title), m.end(1)):
            self._post(name, post)
