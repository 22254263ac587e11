"""jieba's part-of-speech HMM decoded over the transitions that exist only.

`jieba.posseg` reads a run of characters its dictionary does not hold ("覃海波", "朱苦拉")
with an HMM of 256 states (a word position B/M/E/S times a part of speech), in pure
Python: for every character and every state the character allows, jieba takes the best of
*all* states allowed before it, although a state has 20 successors on average and most
of those sums are minus infinity.  On the real excerpts that decoding is a sixth of an
article's extraction.  `viterbi` here visits, for each state, only the states before it
that can reach it, and returns what jieba's `viterbi` returns, value for value: the same
sums in the same order of addition, the same ties (a larger state wins an equal score, as
in jieba's `max` over (score, state) pairs), and jieba's own loop wherever no finite path
reaches a state (the scores are all minus infinity there, and jieba's tie rule then
reaches over states that have no transition at all).

`Tagger` is a `POSTokenizer` that decodes with it; jieba's module and its global
tokenizer stay as they are (the benchmarks' yardstick is bare `jieba.posseg`).

>>> from jieba.posseg import char_state_tab_P, start_P, trans_P, emit_P
>>> from jieba.posseg.viterbi import viterbi as jiebas
>>> obs = "覃海波朱苦拉"
>>> viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P) == jiebas(obs, char_state_tab_P, start_P, trans_P, emit_P)
True
"""
from __future__ import annotations

from functools import lru_cache

import jieba.posseg
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF


_LINKS: dict[int, tuple[dict, dict]] = {}


def _links(trans_p: dict) -> tuple[dict, dict]:
    """(successors, predecessors) of jieba's transition table, built once: each state's
    set of next states, and for each state the (state before, log probability) pairs that
    reach it."""
    if id(trans_p) not in _LINKS:
        succ = {x: frozenset(nxt) for x, nxt in trans_p.items()}
        preds: dict = {}
        for x, nxt in trans_p.items():
            for y, p in nxt.items():
                preds.setdefault(y, []).append((x, p))
        _LINKS[id(trans_p)] = succ, preds
    return _LINKS[id(trans_p)]


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg.viterbi.viterbi's result, computed over existing transitions."""
    succ, preds = _links(trans_p)
    all_states = trans_p.keys()
    first = obs[0]
    V = {y: start_p[y] + emit_p[y].get(first, MIN_FLOAT) for y in states.get(first, all_states)}
    mem_path = [dict.fromkeys(V, "")]
    for t in range(1, len(obs)):
        char = obs[t]
        before = {x: v for x, v in V.items() if succ[x]}        # jieba's prev_states (a state with a successor)
        expect = frozenset().union(*(succ[x] for x in before))
        now = set(states.get(char, all_states)) & expect
        if not now:
            now = expect if expect else all_states
        V_t, path = {}, {}
        for y in now:
            em = emit_p[y].get(char, MIN_FLOAT)
            best = max(((before[x] + p + em, x) for x, p in preds.get(y, ()) if x in before), default=None)
            if best is None or best[0] == MIN_INF:
                best = max((before[x] + trans_p[x].get(y, MIN_INF) + em, x) for x in before)    # jieba's own loop
            V_t[y], path[y] = best
        V = V_t
        mem_path.append(path)
    prob, state = max((V[y], y) for y in mem_path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return prob, route


class Tagger(jieba.posseg.POSTokenizer):
    """jieba's part-of-speech tokenizer with `viterbi` above for unknown runs; every other
    step (the dictionary's DAG, numbers, Latin letters) is jieba's own."""

    def _POSTokenizer__cut(self, sentence):           # jieba's private __cut, whose decoder this replaces
        prob, pos_list = viterbi(sentence, jieba.posseg.char_state_tab_P, jieba.posseg.start_P,
                                 jieba.posseg.trans_P, jieba.posseg.emit_P)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield jieba.posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield jieba.posseg.pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield jieba.posseg.pair(sentence[nexti:], pos_list[nexti][1])


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The one `Tagger` of the process, over jieba's global tokenizer and sharing the
    global part-of-speech table (the words kg.recognize.segment adds, with their tags, and
    `tag_of`'s answers are the same for both)."""
    t = Tagger.__new__(Tagger)              # (no second read of jieba's dictionary file)
    t.tokenizer, t.word_tag_tab = jieba.dt, jieba.posseg.dt.word_tag_tab
    return t
