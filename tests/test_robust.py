"""Bad input, safe outputs: a dirty corpus builds, a killed build loses nothing."""
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import BuildError, build
from kg.pipeline import enrich
from kg.read import ReadError, article_from_text
from kg.read.clean import clean_text
from kg.read.files import decode

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
GB_TEXT = "辽宁日报讯 记者王海涛报道：辽宁省鞍山市台安县县长刘广新说，全县今年新建道路12公里，群众满意度明显提高。"
B5_TEXT = "臺灣日報訊 記者陳志明報導：遼寧省鞍山市臺安縣縣長劉廣新說，全縣今年新建道路十二公里，群眾滿意度明顯提高。"


@pytest.fixture(scope="module")
def dirty_corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("dirty")
    for s in SEEDS:
        shutil.copy(s, d / s.name)
    (d / "gbk.txt").write_bytes(("测试新闻\n2023-06-01 来源:辽宁日报\n" + GB_TEXT).encode("gbk"))
    (d / "big5.txt").write_bytes(("測試新聞\n2023-06-01 來源:臺灣日報\n" + B5_TEXT).encode("big5"))
    (d / "page.html").write_text(f"<html><head><title>台安新闻</title></head><body><div class=nav>首页 | 新闻 | 视频</div>"
                                 f"<article><p>{GB_TEXT}</p><p>海城市副市长赵志军表示，今年将新建学校3所，改造老旧小区120个。</p></article><p>版权所有</p>", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "bad_bytes.txt").write_bytes(("测试新闻\n2023-06-01 来源:辽宁日报\n" + GB_TEXT).encode("utf-8")[:-30]
                                      + b"\xff\xfe\xfa" + "群众满意度明显提高。".encode("utf-8"))
    junk = ("首页 | 新闻 | 图片 | 视频\n" + "| ".join(["玛多县", "新郑市", "东安县"] * 30) + "\n版权所有 京ICP备12345678号\n") * 40000
    (d / "junk.txt").write_text(junk, encoding="utf-8")
    (d / "copy_of_000.txt").write_bytes(SEEDS[0].read_bytes())
    return d


def test_dirty_corpus_builds_and_names_each_bad_file(dirty_corpus, tmp_path):
    assert (dirty_corpus / "junk.txt").stat().st_size > 20 * 1024 * 1024 * 0.2
    summary = build([dirty_corpus], tmp_path / "out", jobs=2, progress=False, view=False)
    skipped = dict((Path(p).name, why) for p, why in summary.skipped)
    assert set(skipped) == {"empty.txt", "binary.txt", "junk.txt"}
    assert "empty" in skipped["empty.txt"] and "binary" in skipped["binary.txt"]
    assert [Path(p).name for p in summary.duplicates] == ["copy_of_000.txt"]
    assert any(Path(p).name == "bad_bytes.txt" and "invalid" in w for p, w in summary.warnings)
    assert summary.read == len(SEEDS) + 4
    labels = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    for name in ("白金山", "司鹏飞", "王海涛", "陈志明", "刘广新", "唐继明", "张莉", "赵志军"):
        assert f'"{name}"@zh' in labels, name


def test_twenty_megabyte_junk_file_is_skipped_quickly(tmp_path):
    junk = tmp_path / "big.txt"
    junk.write_text(("首页 | 新闻 | 图片\n" + "| ".join(["玛多县", "新郑市"] * 50) + "\n") * 95000, encoding="utf-8")
    assert junk.stat().st_size > 20 * 1024 * 1024
    t = time.perf_counter()
    summary = build([junk], tmp_path / "out", jobs=1, progress=False, view=False)
    assert summary.skipped and time.perf_counter() - t < 60


def test_killed_build_leaves_previous_outputs_whole(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    shutil.copy(SEEDS[1], src / SEEDS[1].name)
    build([src], out, jobs=1, progress=False)
    before = (out / "graph.ttl").read_bytes()
    for i in range(300):
        (src / f"{i:03d}.txt").write_text(SEEDS[i % len(SEEDS)].read_text(encoding="utf-8") + f"\n第{i}稿", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--quiet", "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while len(list((out / ".cache").glob("*/*.json"))) < 10:     # killed in the middle of the map
        assert proc.poll() is None, "the build ended before it could be killed"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "graph.ttl").read_bytes() == before
    build([src], out, jobs=1, progress=False, view=False)   # and the next build works
    assert (out / "graph.ttl").read_bytes() != before


def test_two_builds_cannot_write_one_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".kg-build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(BuildError, match="another build"):
            build([SEEDS[0]], out, jobs=1, progress=False)


MIXED = st.text(alphabet=st.sampled_from(list("辽宁省鞍山市台安县委书记刘广新說遼寧縣長產(chǎn)万亿余多三成%。，、“”《》|>\n 0123456789.—-?!&ldquo;<p>村镇乡街道党支部")),
                max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_cleaner_and_recognizers_never_raise_on_mixed_text(text):
    clean_text(text)
    try:
        art = article_from_text("标题\n2023-01-01 来源:测试日报\n" + text, "h.txt")
    except ReadError:
        return
    enrich(art)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoder_never_raises_anything_but_read_error(data):
    try:
        decode(data)
    except ReadError:
        pass
