"""`kg search`: every article whose text holds the words, checked against a plain scan of
the corpus files; in either script; grouped by province, month or outlet."""
import json

import pytest

from kg.cli import main
from kg.lang.script import to_simplified
from tests.test_corpora import ARTICLES, page

EXTRA = {   # the word in a body, in traditional script, in a headline only; and a near miss
    "x1.txt": "驻村干部座谈会\n2024-02-01  来源:定西日报\n甘肃省定西市安定区驻村第一书记王海峰介绍了村里的新变化。\n",
    "x2.txt": "鄉村振興觀察\n2024-02-09  來源:屏東新聞\n廣東省梅州市大埔縣的第一書記李文清帶領村民種植茶葉。\n",
    "x3.txt": "第一书记的一天\n2024-03-15  来源:梅州日报\n广东省梅州市蕉岭县召开乡村振兴工作会议，部署今年重点任务。\n",
    "x4.txt": "书记调研春耕\n2024-03-20  来源:梅州日报\n广东省梅州市五华县委第一副书记到田间查看春耕。\n",
}


@pytest.fixture(scope="module")
def searchable(tmp_path_factory):
    from kg.build.build import build

    root = tmp_path_factory.mktemp("search")
    corpus = root / "corpus"
    corpus.mkdir()
    for i, a in enumerate(ARTICLES):
        (corpus / f"a{i:02d}.txt").write_text(page(a), encoding="utf-8")
    for name, text in EXTRA.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build([corpus], root / "out", jobs=1, progress=False, view=False)
    return corpus, root / "out"


def grep(corpus, word: str) -> set[str]:
    """The files whose text, in simplified script, holds the word: what the index must find."""
    return {p.name for p in corpus.iterdir() if word in to_simplified(p.read_text(encoding="utf-8"))}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("word", ["第一书记", "县长", "调研", "乡村振兴"])
def test_search_lists_every_article_that_holds_the_word(searchable, capsys, word):
    corpus, out = searchable
    code, text, _ = run(capsys, "search", word, "--graph", str(out), "--format", "json")
    rows = json.loads(text)
    assert code == 0 and rows
    assert {r["file"] for r in rows} == grep(corpus, word)


def test_a_word_in_traditional_script_finds_both_scripts(searchable, capsys):
    corpus, out = searchable
    _, text, _ = run(capsys, "search", "第一書記", "--graph", str(out), "--format", "json")
    assert {r["file"] for r in json.loads(text)} == {"x1.txt", "x2.txt", "x3.txt"}


def test_every_word_must_appear(searchable, capsys):
    _, out = searchable
    _, text, _ = run(capsys, "search", "第一书记", "梅州", "--graph", str(out), "--format", "json")
    assert {r["file"] for r in json.loads(text)} == {"x2.txt", "x3.txt"}
    _, text, _ = run(capsys, "search", "第一书记", "内蒙古", "--graph", str(out), "--format", "json")
    assert json.loads(text) == []


def test_search_by_province_counts_articles_per_province(searchable, capsys):
    _, out = searchable
    code, text, _ = run(capsys, "search", "第一书记", "--by", "province", "--graph", str(out), "--format", "json")
    groups = {g["province"]: g["articles"] for g in json.loads(text)}
    assert code == 0 and groups == {"广东省": 2, "甘肃省": 1}


def test_search_by_month_and_as_csv(searchable, capsys):
    _, out = searchable
    _, text, _ = run(capsys, "search", "第一书记", "--by", "date", "--graph", str(out), "--format", "csv")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0] == "month,articles,hits" and sorted(lines[1:]) == ["2024-02,2,2", "2024-03,1,1"]


def test_search_without_an_index_says_what_to_do(tmp_path, capsys):
    code, text, err = run(capsys, "search", "县长", "--graph", str(tmp_path))
    assert code == 1 and text == "" and "no search index" in err and "kg build" in err
    assert "Traceback" not in err


def test_percent_and_underscore_are_characters_not_wildcards(searchable, capsys):
    _, out = searchable
    _, text, _ = run(capsys, "search", "_", "--graph", str(out), "--format", "json")
    assert json.loads(text) == []
    _, text, _ = run(capsys, "search", "%", "--graph", str(out), "--format", "json")    # only the article with 6%
    assert [r["file"] for r in json.loads(text)] == ["a06.txt"]


def test_a_rebuild_indexes_again_only_what_changed_and_finds_what_a_fresh_build_finds(tmp_path, capsys):
    import shutil
    import sqlite3

    from kg.build.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in EXTRA.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out, jobs=1, progress=False, view=False)
    rows = lambda o: dict(sqlite3.connect(o / "search.sqlite").execute("SELECT file, rowid FROM articles"))
    before = rows(out)
    (corpus / "x3.txt").write_text(EXTRA["x3.txt"].replace("部署今年重点任务", "部署冬春植树造林"), encoding="utf-8")
    (corpus / "x4.txt").unlink()
    build([corpus], out, jobs=1, progress=False, view=False)
    after = rows(out)
    assert set(after) == {"x1.txt", "x2.txt", "x3.txt"}                           # the removed article is gone
    assert after["x1.txt"] == before["x1.txt"] and after["x3.txt"] != before["x3.txt"]   # kept as it was; indexed again
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "corpus2")
    build([tmp_path / "corpus2"], fresh, jobs=1, progress=False, view=False)
    for word in ("植树造林", "重点任务", "第一书记"):                               # control: "重点任务" was in x3 only
        _, inc, _ = run(capsys, "search", word, "--graph", str(out), "--format", "json")
        _, new, _ = run(capsys, "search", word, "--graph", str(fresh), "--format", "json")
        files = lambda text: sorted(r["file"] for r in json.loads(text))
        assert files(inc) == files(new)
    _, inc, _ = run(capsys, "search", "植树造林", "--graph", str(out), "--format", "json")
    assert [r["file"] for r in json.loads(inc)] == ["x3.txt"]
