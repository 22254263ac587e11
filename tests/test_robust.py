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

from kg.build.build import BuildError, build
from kg.build.pipeline import enrich
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
    assert [(Path(p).name, Path(e).name) for p, e in summary.duplicates] == [("copy_of_000.txt", SEEDS[0].name)]
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
    with pytest.raises(BuildError, match="no article could be read.*big.txt"):    # its only file skipped
        build([junk], tmp_path / "out", jobs=1, progress=False, view=False)
    assert time.perf_counter() - t < 60


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


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_build_killed_mid_map_leaves_no_worker_and_no_lock(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(400):
        (src / f"{i:03d}.txt").write_text(SEEDS[i % len(SEEDS)].read_text(encoding="utf-8") + f"\n第{i}稿", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--quiet", "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    while len(list((out / ".cache").glob("*/*.json"))) < 20 or len(workers) < 2:
        assert proc.poll() is None, "the build ended before it could be killed"
        workers |= _children(proc.pid)
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(_alive(w) for w in workers)
    summary = build([src], out, jobs=2, progress=False, view=False)     # the lock is free at once
    assert summary.read + len(summary.duplicates) == 400 and not summary.skipped
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in (".cache", ".kg-build.lock")]


def test_outputs_of_a_build_killed_while_swapping_are_completed_by_the_next_start(tmp_path):
    from kg.atomic import Swap, recover

    (tmp_path / "graph.ttl").write_text("old")
    (tmp_path / "graph.html").write_text("old")
    swap = Swap(tmp_path)
    swap.staged("graph.ttl").write_text("new")
    swap.staged("graph.html").write_text("new")
    (tmp_path / "store").mkdir()
    swap.staged("store").mkdir()
    (tmp_path / ".store.new" / "x").write_text("new")
    swap.commit()
    assert [(tmp_path / n).read_text() for n in ("graph.ttl", "graph.html", "store/x")] == ["new"] * 3
    swap = Swap(tmp_path)                           # killed after one rename of three: journal left
    for name in ("graph.ttl", "graph.html"):
        swap.staged(name).write_text("newer")
    import json
    (tmp_path / ".kg-swap.json").write_text(json.dumps({"graph.ttl": ".graph.ttl.new", "graph.html": ".graph.html.new"}))
    os.replace(tmp_path / ".graph.ttl.new", tmp_path / "graph.ttl")
    recover(tmp_path)
    assert [(tmp_path / n).read_text() for n in ("graph.ttl", "graph.html")] == ["newer", "newer"]
    assert not (tmp_path / ".kg-swap.json").exists()


def test_graph_html_is_byte_identical_across_builds_of_one_corpus(tmp_path):
    pages = []
    for seed in ("1", "2"):               # set order differs between hash seeds
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "corpus"), "--out", str(out), "--quiet"],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, stdout=subprocess.DEVNULL)
        pages.append((out / "graph.html").read_bytes())
    assert len(pages[0]) > 10_000 and pages[0] == pages[1]


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


def test_device_files_are_skipped_and_large_files_read_only_in_part(tmp_path):
    from kg.read.files import MAX_BYTES, read_file
    from kg.article import ReadError

    big = tmp_path / "big.txt"
    line = "今年以来，全县新建道路12公里，惠及群众三万余人。\n".encode("utf-8")
    with open(big, "wb") as fh:
        for _ in range((3 * MAX_BYTES) // len(line)):
            fh.write(line)
    text, warnings = read_file(big)
    assert len(text.encode("utf-8")) <= MAX_BYTES and any("only the first" in w for w in warnings)
    with pytest.raises(ReadError, match="not a regular file"):
        read_file(_device_txt(tmp_path))


def _device_txt(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    return link


def test_an_unexpected_error_in_one_file_skips_that_file_only(tmp_path, monkeypatch, capsys):
    from kg.cli import EXIT_SKIPPED, main
    from kg.components import load

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("测试新闻\n2023-06-01 来源:测试日报\n河北省石家庄市正定县县长刘建华说，全县新建道路12公里。\n", encoding="utf-8")
    (src / "boom.txt").write_text("测试新闻\n2023-06-01 来源:测试日报\n这是会出错的文章，县长王五说，全县新建道路5公里。\n", encoding="utf-8")
    figures = type(load()["figures"])
    original = figures.__call__

    def explode(self, art):
        if "出错" in art.simp:
            raise KeyError("simulated bug")
        return original(self, art)
    monkeypatch.setattr(figures, "__call__", explode)
    code = main(["build", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1", "--no-view"])
    out = capsys.readouterr().out
    assert code == EXIT_SKIPPED
    assert "boom.txt: extraction failed (KeyError" in out and "articles read: 1" in out
    assert "simulated bug" in (tmp_path / "o" / "build.log").read_text(encoding="utf-8")


def test_control_characters_in_file_names_cannot_forge_report_lines(tmp_path, capsys):
    from kg.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "a\nskipped fake.txt: forged\x1b[31m.txt").write_bytes(b"")
    main(["build", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1", "--no-view"])
    captured = capsys.readouterr()
    out = captured.out + captured.err          # a build that read nothing reports on stderr
    assert "\x1b" not in out and not any(line.startswith("skipped fake") for line in out.splitlines())
    assert "a\\nskipped fake" in out


def test_an_output_path_that_is_a_file_is_one_clear_error(tmp_path, capsys):
    from kg.cli import main

    (tmp_path / "taken").write_text("not a folder")
    for out in ("taken", "taken/sub"):
        assert main(["build", str(SEEDS[0]), "--out", str(tmp_path / out), "--quiet", "--no-view"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "is not a folder" in err[0] and "Traceback" not in err[0]
    assert main(["build", str(SEEDS[0]), "--out", str(tmp_path / "free"), "--quiet", "--no-view"]) == 0   # control


def test_a_full_disk_while_merging_is_one_line_and_keeps_the_previous_outputs(tmp_path, monkeypatch):
    import errno

    import kg.build.outputs

    out = tmp_path / "out"
    build([SEEDS[0]], out, jobs=1, progress=False, view=False)
    before = (out / "graph.ttl").read_bytes()

    def full(parts, target, sink=None):
        Path(target).write_bytes(b"<a> <b> <c> .\n")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))
    monkeypatch.setattr(kg.build.outputs, "merge_sorted", full)
    with pytest.raises(BuildError, match="no space left on the device") as exc:
        build([SEEDS[0], SEEDS[1]], out, jobs=1, progress=False, view=False)
    assert "\n" not in str(exc.value)
    assert (out / "graph.ttl").read_bytes() == before
    monkeypatch.undo()
    build([SEEDS[0], SEEDS[1]], out, jobs=1, progress=False, view=False)       # and the next build is whole
    assert not list(out.glob(".graph*")) and (out / "graph.ttl").read_bytes() != before


def test_cache_removed_mid_build_ends_in_one_line_or_a_whole_graph(tmp_path, monkeypatch):
    import kg.build.build

    out, calls = tmp_path / "out", []
    real = kg.build.build.extract_many

    def extract_then_remove(paths, cache):
        calls.append(paths)
        if len(calls) == 3:
            shutil.rmtree(out / ".cache")
        return real(paths, cache)
    monkeypatch.setattr(kg.build.build, "CHUNK", 1)                    # one file a call
    monkeypatch.setattr(kg.build.build, "extract_many", extract_then_remove)
    try:
        summary = build(SEEDS, out, jobs=1, progress=False, view=False)
    except BuildError as exc:
        assert "vanished" in str(exc) and "\n" not in str(exc)
        assert not (out / "graph.ttl").exists()
    else:
        assert summary.read == len(SEEDS) and (out / "graph.ttl").stat().st_size > 1000


def test_symbolic_link_loops_and_unreadable_folders_are_reported(tmp_path, monkeypatch):
    from kg.read import files

    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(SEEDS[0], tmp_path / "a" / "b" / "one.txt")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path / "a")            # a loop
    (tmp_path / "linked").symlink_to(tmp_path / "a" / "b", target_is_directory=True)
    (tmp_path / "closed").mkdir()
    shutil.copy(SEEDS[1], tmp_path / "closed" / "two.txt")
    real = os.scandir

    def scandir(path):
        if isinstance(path, (str, os.PathLike)) and Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(files.os, "scandir", scandir)     # chmod 000 does not stop root, who runs CI
    found, problems = files.iter_files([tmp_path])
    assert [p.name for p in found] == ["one.txt"]          # read once, not once per path to it
    reasons = {Path(p).name: why for p, why in problems}
    assert "not readable" in reasons["closed"] and "already read" in reasons["linked"] and "already read" in reasons["up"]
    summary = build([tmp_path], tmp_path / "out", jobs=1, progress=False, view=False)
    assert summary.read == 1 and {Path(p).name for p, _ in summary.skipped} == {"closed", "linked", "up"}
    again = build([tmp_path], tmp_path / "out", jobs=1, progress=False)     # its own outputs are not input
    assert again.read == 1 and len(again.skipped) == 3


def test_the_builds_own_outputs_are_never_read_as_corpus_even_through_a_link(tmp_path):
    (tmp_path / "news").mkdir()
    shutil.copy(SEEDS[0], tmp_path / "news" / "one.txt")
    out = tmp_path / "news" / "out"
    first = build([tmp_path / "news"], out, jobs=1, progress=False, view=False)
    assert first.read == 1 and any((out / "articles").iterdir())          # records an unguarded walk would read
    (tmp_path / "news" / "mirror").symlink_to(out, target_is_directory=True)
    again = build([tmp_path / "news"], out, jobs=1, progress=False, view=False)
    assert again.read == 1 and not again.skipped and not again.duplicates
    from kg.read.files import iter_files

    unguarded, _ = iter_files([tmp_path / "news"])            # control: a walk that is not told finds them twice
    guarded, _ = iter_files([tmp_path / "news"], outside=out)
    assert len(unguarded) > 3 and any("mirror" in p.parts for p in unguarded)
    assert [p.name for p in guarded] == ["one.txt"]


def test_a_count_of_villages_at_the_texts_end_is_read_without_a_crash(article):
    art = article("标题\n2024-01-05\n全镇共覆盖12村\n")
    assert [(f.text, f["unit"]) for f in art.of("figure")] == [("12村", "村")]
    from kg.recognize.org_names import title_matcher
    assert title_matcher().match_at("副县长", 0) == "副县长" and title_matcher().match_at("副县长", 3) is None
