"""Longest-match dictionary lookup shared by the recognizers.

Chinese has no spaces, so dictionary entities are found by leftmost-longest matching:
at each position take the longest entry that starts there.  A scan of a whole sentence
runs in pyahocorasick's automaton (C; already installed with cpca), whose `iter_long` is
exactly leftmost-longest; look-ups at one position index entries by their first character.
"""
from __future__ import annotations

from collections import defaultdict

import ahocorasick


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
        self.automaton = ahocorasick.Automaton()
        for w in self.words:
            self.automaton.add_word(w, len(w))
        if self.words:
            self.automaton.make_automaton()

    def match_at(self, text: str, i: int) -> str | None:
        if not 0 <= i < len(text):
            return None                   # at the text's end nothing starts
        for n in self.lengths.get(text[i], ()):
            if text[i:i + n] in self.words:
                return text[i:i + n]
        return None

    def finditer(self, text: str):
        """(start, end, word) of leftmost-longest, non-overlapping matches."""
        if not self.words:
            return
        for last, n in self.automaton.iter_long(text):
            yield last + 1 - n, last + 1, text[last + 1 - n:last + 1]

    def suffix(self, text: str) -> str | None:
        """The longest entry that `text` ends with."""
        for n in range(min(len(text), 12), 0, -1):
            if text[-n:] in self.words:
                return text[-n:]
        return None


def occurrences(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, left to right and not overlapping, as `re.finditer`
    finds a literal: a name's or a place's mentions, found without compiling a pattern per
    name (on the real excerpts such patterns, one per name met, flooded `re`'s cache of 512
    and had the rules' own patterns compiled again article after article).

    >>> occurrences("甲乙甲乙甲", "甲乙"), occurrences("甲甲甲", "甲甲"), occurrences("甲", "")
    ([0, 2], [0], [])
    """
    out: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word))
    return out
