"""The part-of-speech decoder the recognizers ask: jieba's answers, decoded faster.

Every sentence here is written for the test; none comes from the seed articles."""
import random

import jieba
import jieba.posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jiebas_viterbi

from kg.lang.pos_viterbi import viterbi
from kg.recognize.segment import tagged


SENTENCES = ("覃海波来自自治区财政厅，2021年5月到村任职。",
             "在黔东南州岑巩县的茶园里，杨秀珍和姐妹们忙着采摘新茶。",
             "村里的咖啡合作社注册了“朱苦拉”商标，去年卖出咖啡豆十二吨。",
             "會上，勉縣、城固縣負責同志先後發言。")


def test_the_decoder_returns_jiebas_scores_and_states_on_runs_the_dictionary_does_not_hold():
    chars = "".join(SENTENCES)
    chars = [c for c in chars if "\u4e00" <= c <= "\u9fff"]
    rnd = random.Random(11)
    runs = ["".join(rnd.choice(chars) for _ in range(rnd.randint(1, 30))) for _ in range(400)]
    runs += ["覃海波", "朱苦拉", "岑巩", "杨秀珍"]
    for run in runs:
        assert viterbi(run, char_state_tab_P, start_P, trans_P, emit_P) == \
            jiebas_viterbi(run, char_state_tab_P, start_P, trans_P, emit_P), run


def test_tagged_sentences_are_jiebas_own_words_and_tags():
    tagged.cache_clear()
    unknown = []
    for sentence in SENTENCES:
        ours = tagged(sentence)
        assert ours == tuple((t.word, t.flag) for t in jieba.posseg.lcut(sentence))
        unknown += [w for w, _ in ours if len(w) > 1 and not jieba.dt.FREQ.get(w)]
    assert unknown                       # the HMM read words the dictionary does not hold (a name or two)
