"""`kg diff` between two real builds: four seeds, then all five."""
import csv
import io
import shutil

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.build.build import build
from kg.graph.ns import CK
from kg.cli import main
from kg.export.diff import compare
from kg.sparql.store import open_store
from tests.conftest import CORPUS

FIFTH = "003_bb0e7e24000132db.txt"        # the seed with the most officials


@pytest.fixture(scope="module")
def four_seeds(tmp_path_factory):
    src = tmp_path_factory.mktemp("four")
    for f in CORPUS.glob("*.txt"):
        if f.name != FIFTH:
            shutil.copy(f, src / f.name)
    out = tmp_path_factory.mktemp("four_build")
    build([src], out, jobs=1, progress=False, view=False)
    return out


def officials_only_in(graph_dir, source_file) -> set[str]:
    q = f"""SELECT ?n WHERE {{ ?p ck:role "official" ; ck:holds ?x ; rdfs:label ?n .
              FILTER NOT EXISTS {{ ?p ck:mentionedIn ?a . ?a ck:sourceFile ?f FILTER(?f != "{source_file}") }} }}"""
    from kg.sparql.query import PREFIXES

    return {r["n"].value for r in open_store(graph_dir).query(q, prefixes=PREFIXES)}


def test_diff_lists_the_officials_of_the_added_article_as_added(four_seeds, corpus_build, capsys):
    full, _ = corpus_build
    assert main(["diff", str(four_seeds), str(full), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    added = {r["label"] for r in rows if r["change"] == "added" and r["kind"] == "official"}
    expected = officials_only_in(full, FIFTH)
    assert len(expected) >= 4 and added == expected
    assert all(r["id"].startswith("https://w3id.org/cadre-kg/id/") for r in rows)
    assert {"place", "program", "figure"} <= {r["kind"] for r in rows if r["change"] == "added"}


def test_diff_the_other_way_lists_them_as_removed(four_seeds, corpus_build, capsys):
    full, _ = corpus_build
    assert main(["diff", str(full), str(four_seeds)]) == 0
    out = capsys.readouterr().out
    assert "removed" in out and "于涵" in out and "officials removed" in out


def test_a_build_against_itself_has_no_change(corpus_build, capsys):
    full, _ = corpus_build
    from kg.export.diff import snapshot
    assert len(snapshot(full, "official")) >= 5                      # the build has officials to compare
    assert main(["diff", str(full), str(full)]) == 0
    assert capsys.readouterr().out.strip().endswith("no change")


def test_an_official_whose_posts_differ_is_changed():
    old = {"p1": ("李明", "某县政府 副县长"), "p2": ("王芳", "某镇党委 书记")}
    new = {"p1": ("李明", "某县委 县委副书记"), "p2": ("王芳", "某镇党委 书记")}
    changes = compare("official", old, new)
    assert [(c.change, c.label) for c in changes] == [("changed", "李明")]
    assert "was: 某县政府 副县长" in changes[0].detail and "now: 某县委 县委副书记" in changes[0].detail


def test_a_folder_without_a_build_is_one_line(tmp_path, corpus_build, capsys):
    assert main(["diff", str(tmp_path), str(corpus_build[0])]) == 1
    err = capsys.readouterr().err
    assert "no store" in err and len(err.strip().splitlines()) == 1


def test_an_official_who_moved_is_one_node_across_provinces_and_the_diff_says_changed(tmp_path, capsys):
    # a Jilin paper, then a Shandong paper naming the same Jilin official after his move
    first = _articles(tmp_path / "one", "人事动态\n2021-03-02 来源:吉林日报\n吉林省辽源市东丰县县长柏文涛主持召开县政府常务会议，"
                                        "研究部署春耕备耕工作，会议还听取了全县安全生产情况汇报。\n")
    second = _articles(tmp_path / "two", "人事动态\n2022-05-10 来源:山东日报\n山东省济南市召开座谈会，原东丰县县长柏文涛调任吉林省辽源市副市长，"
                                         "此前他在吉林省东丰县工作多年，济南市有关负责同志参加座谈。\n")
    build([first], tmp_path / "old", jobs=1, progress=False, view=False)
    build([first, second], tmp_path / "new", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "new" / "graph.ttl")
    nodes = _persons_named(g, "柏文涛")
    assert len(nodes) == 1                                                  # one person, two articles, two provinces
    titles = {str(g.value(p, CK.title)) for p in g.objects(next(iter(nodes)), CK.holds)}
    assert {"县长", "副市长"} <= titles
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "柏文涛" in line)
    assert row.split()[0] == "changed" and "now:" in row and "辽源市" in row


def _articles(folder, *texts):
    """A corpus folder of articles of our own, one file each."""
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    return folder


def _persons_named(g: Graph, name: str) -> set:
    return {p for p in g.subjects(RDFS.label, None) if (p, RDF.type, CK.Person) in g and str(g.value(p, RDFS.label)) == name}


def test_a_national_leader_named_without_a_title_is_one_node_a_local_homonym_stays_apart(tmp_path):
    corpus = _articles(tmp_path / "c",
                       "红色教育\n2021-06-02 来源:湖南日报\n湖南省韶山市组织党员参观纪念馆，重温邓小平同志的革命足迹，"
                       "村民罗建新讲述了当年的故事，全村党员深受教育。\n",
                       "红色教育\n2021-07-12 来源:江苏日报\n江苏省淮安市组织党员参观纪念馆，学习邓小平同志的崇高品格，"
                       "村民罗建新介绍了馆藏文物，全镇党员深受教育。\n")
    build([corpus], tmp_path / "out", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(_persons_named(g, "邓小平")) == 1
    assert len(_persons_named(g, "罗建新")) == 2            # a villager of each province: two people


def test_a_governor_once_at_a_ministry_stays_the_provinces_a_central_official_is_one_node(tmp_path):
    corpus = _articles(tmp_path / "c",
                       "春耕会议\n2023-03-02 来源:江西日报\n江西省召开春耕工作会议。省长赵立强主持。赵立强曾任中央组织部副部长。"
                       "国家粮食和物资储备局副局长周海平出席。\n",
                       "防汛会议\n2023-06-12 来源:江西日报\n江西省召开防汛工作会议，省长赵立强讲话。\n",
                       "粮食工作\n2023-07-08 来源:湖南日报\n湖南省召开粮食工作会议，国家粮食和物资储备局副局长周海平出席。\n")
    build([corpus], tmp_path / "out", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(_persons_named(g, "赵立强")) == 1             # the governor of both Jiangxi articles
    assert len(_persons_named(g, "周海平")) == 1             # a national bureau's deputy met in two provinces
