"""jieba, loaded once per process with the domain's own words.

Post titles, body types and every gazetteer name go into jieba's dictionary so that the
segmenter never splits "常务副区长" or "乳源瑶族自治县".  jieba is only asked where
cheap dictionary matching cannot decide (is this stem a verb phrase or a name?).
"""
from __future__ import annotations

import logging
import marshal
from functools import lru_cache

import jieba
import jieba.posseg

from kg.lang.pos_viterbi import tagger

jieba.setLogLevel(logging.WARNING)


class _WholeFileMarshal:
    """jieba loads its prefix dictionary from its cache with `marshal.load(file)`, which
    reads the file a few bytes a call: 0.46 s for the 9 MB cache against 0.15 s for
    `marshal.loads` of its bytes, the same objects.  A build's start-up (and so every
    small build) waits for it before the first article, so jieba is handed this.

    >>> import io; _WholeFileMarshal.load(io.BytesIO(marshal.dumps({"县长": 3})))
    {'县长': 3}
    """
    dump = staticmethod(marshal.dump)

    @staticmethod
    def load(file):
        return marshal.loads(file.read())


jieba.marshal = _WholeFileMarshal          # jieba's module-level name, used by Tokenizer.initialize only


@lru_cache(maxsize=1)
def _loaded() -> bool:
    from kg.places.gazetteer import load
    from kg.lang.words import body_types, table, words

    for w in words("titles"):
        jieba.add_word(w, freq=2000, tag="nnt")
    for w in body_types():
        jieba.add_word(w, freq=2000, tag="nt")
    for w, tag in table("segment_words").items():
        jieba.add_word(w, freq=2000, tag=tag)
    gaz = load()
    common = set(words("common_place_words"))
    for name in list(gaz.names) + [s for s in gaz.shorts if s not in common]:
        jieba.add_word(name, freq=2000, tag="ns")
    # jieba.posseg takes the added words' tags into its table at its first cut only: until
    # then `tag_of` would not know them, and an article's reading would hang on whether
    # another was tagged before it in the same process.
    jieba.posseg.dt.makesure_userdict_loaded()
    return True


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen the word (0 for one it does not list): an
    everyday word (农机 193) against a brand of a cooperative's name (绿源: none)."""
    _loaded()
    return jieba.dt.FREQ.get(word) or 0


def tag_of(word: str) -> str | None:
    _loaded()
    return jieba.posseg.dt.word_tag_tab.get(word)


@lru_cache(maxsize=16384)     # stems recur across articles; bounded, so memory stays flat
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's words and tags, decoded by kg.lang.pos_viterbi (the same answers,
    several times faster where the dictionary does not know a run of characters)."""
    _loaded()
    return tuple((t.word, t.flag) for t in tagger().lcut(text))


@lru_cache(maxsize=16384)
def cut(text: str) -> tuple[str, ...]:
    """Words from the dictionary alone (no HMM, no part of speech): for a word boundary
    a rule asks about, at a fraction of `tagged`'s cost."""
    _loaded()
    return tuple(jieba.lcut(text, HMM=False))


def boundary(text: str, a: int, z: int, at: int) -> bool:
    """Whether the dictionary cut of text[a:z] has a word boundary at `at` (a position of
    `text`, a <= at): a word across it glues what is on both sides ("情况|向" is no name's
    start after 情, "八家子镇" no count's end after 八家).

    >>> boundary("情况向总书记汇报", 0, 5, 2), boundary("情况向总书记汇报", 0, 5, 1)
    (True, False)
    >>> boundary("市场监管局", 0, 5, 1), boundary("市场监管局", 0, 5, 5)
    (False, True)
    """
    pos = a
    for word in cut(text[a:z]):
        if pos >= at:
            return pos == at
        pos += len(word)
    return pos == at                 # (a word of the window running across `at` is none)
