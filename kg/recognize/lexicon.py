"""Longest-match dictionary lookup shared by the recognizers.

Chinese has no spaces, so dictionary entities are found by leftmost-longest matching:
at each position take the longest entry that starts there.  Indexing entries by their
first character keeps this a handful of set look-ups per character.
"""
from __future__ import annotations

from collections import defaultdict


class LongestMatcher:
    def __init__(self, words):
        self.lengths: dict[str, list[int]] = defaultdict(list)
        self.words = set()
        for w in words:
            if w:
                self.words.add(w)
        for w in self.words:
            if len(w) not in self.lengths[w[0]]:
                self.lengths[w[0]].append(len(w))
        for k in self.lengths:
            self.lengths[k].sort(reverse=True)

    def match_at(self, text: str, i: int) -> str | None:
        for n in self.lengths.get(text[i], ()):
            if text[i:i + n] in self.words:
                return text[i:i + n]
        return None

    def finditer(self, text: str):
        """(start, end, word) of leftmost-longest, non-overlapping matches."""
        i = 0
        while i < len(text):
            w = self.match_at(text, i)
            if w:
                yield i, i + len(w), w
                i += len(w)
            else:
                i += 1

    def suffix(self, text: str) -> str | None:
        """The longest entry that `text` ends with."""
        for n in range(min(len(text), 12), 0, -1):
            if text[-n:] in self.words:
                return text[-n:]
        return None
