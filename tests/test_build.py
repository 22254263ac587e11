"""`kg build` on the real corpus, and the CLI's exit codes."""
import re
import subprocess

import pytest
import sys
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Graph, Literal

from kg.cli import EXIT_FAIL, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from kg.graph.ns import CK, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent


def test_corpus_build_holds_five_articles(corpus_build):
    out, summary = corpus_build
    g = Graph().parse(out / "graph.ttl")
    assert len(set(g.subjects(RDF.type, CK.Article))) == 5
    assert summary.read == 5 and not summary.skipped


def test_corpus_build_satisfies_the_shapes(corpus_build):
    out, _ = corpus_build
    g = Graph().parse(out / "graph.ttl")
    g.parse(ROOT / "ontology" / "cadre.ttl")
    assert len(set(g.subjects(RDF.type, CK.Position))) >= 10 and len(set(g.subjects(RDF.type, CK.Statistic))) >= 10
    conforms, _, report = validate(g, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), inference="none")
    assert conforms, report
    broken = Graph().parse(data=g.serialize(format="nt"), format="nt")        # control: the shapes do catch a fault
    person = next(broken.subjects(RDF.type, CK.Person))
    broken.remove((person, RDFS.label, None))
    broken.parse(ROOT / "ontology" / "cadre.ttl")
    assert not validate(broken, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), inference="none")[0]


def test_the_names_of_every_nation_satisfy_the_shapes(tmp_path):
    from kg.build.build import build
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        "村里的新变化\n2023-06-01 来源：测试日报\n村党支部书记阿不都热依木·阿不都热合曼介绍，牧民敖特根巴雅尔家新建了暖棚。"
        "县委书记龙德明说，全县牧民收入持续增长。\n", encoding="utf-8")
    build([tmp_path / "c"], tmp_path / "out", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert {str(o) for o in g.objects(None, RDFS.label)} >= {"阿不都热依木·阿不都热合曼", "敖特根巴雅尔", "龙德明"}
    g.parse(ROOT / "ontology" / "cadre.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = validate(g, shacl_graph=shapes, inference="none")
    assert conforms, report
    person = next(s for s in g.subjects(RDF.type, CK.Person) if str(g.value(s, RDFS.label)) == "龙德明")
    g.set((person, RDFS.label, Literal("县委书记龙德明说全县", lang="zh")))       # control: a clause is no name
    assert not validate(g, shacl_graph=shapes, inference="none")[0]


def test_same_place_in_two_scripts_is_one_node(corpus_build):
    out, _ = corpus_build
    g = Graph().parse(out / "graph.ttl")
    rows = list(g.query("""PREFIX ck: <https://w3id.org/cadre-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p rdfs:label "葫芦岛市"@zh ; ck:mentionedIn ?a } GROUP BY ?p"""))
    assert len(rows) == 1 and int(rows[0][1]) == 2


def test_village_chain_reaches_the_province(corpus_build):
    out, _ = corpus_build
    g = Graph().parse(out / "graph.ttl")
    ask = g.query("""PREFIX ck: <https://w3id.org/cadre-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        ASK { ?v rdfs:label "车新村"@zh ; ck:partOf+ ?p . ?p rdfs:label "辽宁省"@zh }""")
    assert ask.askAnswer


def test_junk_place_list_yields_no_place(corpus_build):
    out, _ = corpus_build
    g = Graph().parse(out / "graph.ttl")
    labels = {str(o) for o in g.objects(None, None) if getattr(o, "language", None) == "zh"}
    assert {"葫芦岛市", "车新村"} <= labels                                    # control: the article's own places
    assert not {"玛多县", "新郑市", "阿拉善左旗", "乌鲁木齐市"} & labels


def test_store_answers_the_same_as_the_turtle(corpus_build):
    out, _ = corpus_build
    store = ox.Store.read_only(str(out / "store"))
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/cadre-kg/ontology#Article> }"
    assert int(next(iter(store.query(q)))["n"].value) == 5
    g = Graph().parse(out / "graph.ttl")
    q = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/cadre-kg/ontology#Person> }"
    persons = len(set(g.subjects(RDF.type, CK.Person)))
    assert persons >= 20 and int(next(iter(store.query(q)))["n"].value) == persons       # the same extraction


def test_html_view_is_self_contained(corpus_build):
    out, _ = corpus_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in html and "<script src=" not in html and "<link" not in html


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "--jobs", "x"])
    assert exc.value.code == EXIT_USAGE
    assert "not a number of jobs" in capsys.readouterr().err


def test_missing_input_is_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--quiet"]) == EXIT_FAIL
    err = capsys.readouterr().err
    assert "input not found" in err and "Traceback" not in err


def test_skipped_files_are_named_and_exit_3(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text((ROOT / "corpus" / "001_0d23f97345f46e5f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.bin").write_bytes(b"\x00\x01" * 50)
    code = main(["build", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "1"])
    out = capsys.readouterr().out
    assert code == EXIT_SKIPPED
    assert "empty.txt: empty file" in out and "blob.bin: unsupported file type" in out
    assert main(["build", str(src), "--out", str(tmp_path / "o2"), "--quiet", "--strict", "--jobs", "1"]) == EXIT_FAIL


def test_console_script_builds_a_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "tests" / "data" / "small_article.txt"),
                           "--out", str(tmp_path), "--quiet"], capture_output=True, text=True)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "articles read: 1" in proc.stdout and (tmp_path / "graph.html").exists()
    assert re.search(r"persons [1-9]", proc.stdout), proc.stdout       # not an empty graph


def test_focus_view_of_a_place_holds_what_is_under_it(corpus_build, tmp_path, capsys):
    from kg.export.focus import neighbourhood

    out, _ = corpus_build
    g = Graph().parse(out / "graph.ttl")
    sub = neighbourhood(g, "鞍山市", depth=1)
    labels = {str(o) for o in sub.objects(None, RDFS.label)}
    assert {"鞍山市", "台安县", "岔沟镇", "苑振超"} <= labels and "交城县" not in labels
    assert main(["view", "--focus", "葫蘆島市", "--graph", str(out), "--out", str(tmp_path / "v.html")]) == EXIT_OK
    assert (tmp_path / "v.html").exists()
    assert main(["view", "--focus", "无此人", "--graph", str(out), "--out", str(tmp_path / "w.html")]) == EXIT_FAIL


def test_summary_counts_distinct_entities_not_mentions(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("测试新闻\n2023-06-01 来源:测试日报\n河北省石家庄市正定县县长刘建华说，正定县新建道路12公里。正定县的群众很高兴。\n",
                   encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "o"), "--quiet", "--no-view"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "localities 3," in out and "persons 1," in out, out


def _one_article(folder: Path, name: str = "a.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("测试县新闻\n2024-03-01\n甲乙县县长王建树主持召开县政府常务会议，部署春耕生产。\n",
                               encoding="utf-8")
    return folder


def test_a_build_that_reads_nothing_keeps_the_last_good_graph(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(_one_article(tmp_path / "good")), "--out", str(out), "--quiet", "--no-view"]) == EXIT_OK
    before = (out / "graph.ttl").read_bytes()
    assert b"ck:Article" in before or b"Article" in before          # positive control: a real graph
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00\x01\x02" * 10)                 # a file that is no article
    assert main(["build", str(bad), "--out", str(out), "--quiet", "--no-view"]) == EXIT_FAIL
    err = capsys.readouterr().err
    assert "no article could be read" in err and "kept" in err and "Traceback" not in err
    assert (out / "graph.ttl").read_bytes() == before
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) > 0


def test_editing_a_word_list_invalidates_the_cache(monkeypatch, tmp_path):
    from kg.build import cache

    before = cache.code_version()
    data = Path(cache.KG_DIR) / "data"
    monkeypatch.setattr(cache, "KG_DIR", tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "titles.txt").write_text("县长\n", encoding="utf-8")
    cache.code_version.cache_clear()
    first = cache.code_version()
    (tmp_path / "data" / "titles.txt").write_text("", encoding="utf-8")     # the list emptied
    cache.code_version.cache_clear()
    second = cache.code_version()
    cache.code_version.cache_clear()
    assert first != second and first != before and data.is_dir()


def test_a_package_upgrade_changes_the_cache_key(monkeypatch):
    from kg.build import cache

    cache.code_version.cache_clear()
    now = cache.code_version()
    monkeypatch.setattr(cache, "package_versions", lambda: [("jieba", "9.9.9")])
    cache.code_version.cache_clear()
    assert cache.code_version() != now
    cache.code_version.cache_clear()


def test_a_rebuild_after_a_word_list_edit_re_extracts(tmp_path):
    from kg.build import cache
    from kg.build.build import build

    corpus = _one_article(tmp_path / "c")
    out = tmp_path / "out"
    cache.code_version.cache_clear()
    build([corpus], out, jobs=1, progress=False, view=False)
    assert build([corpus], out, jobs=1, progress=False, view=False).cached == 1      # control: a cache hit
    words = Path(cache.KG_DIR) / "data" / "not_names.txt"
    kept = words.read_bytes()
    try:
        words.write_bytes(kept + "\n# an added comment line\n".encode())
        cache.code_version.cache_clear()
        again = build([corpus], out, jobs=1, progress=False, view=False)
    finally:
        words.write_bytes(kept)
        cache.code_version.cache_clear()
    assert again.read == 1 and again.cached == 0


def test_exclude_switches_a_component_off_for_real(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("会议报道\n2024-03-01\n3月1日，甲乙县召开第十五届人民代表大会第三次会议，县长王建树说，今年要办好十件实事，"
                                  "会议选举产生了新一届县人民政府领导班子。\n", encoding="utf-8")
    def events(out):
        g = Graph().parse(out / "graph.ttl")
        return set(g.subjects(RDF.type, CK.Event)), set(g.subjects(RDF.type, CK.Person))
    assert main(["build", str(corpus), "--out", str(tmp_path / "all"), "--quiet", "--no-view"]) == EXIT_OK
    with_events, persons = events(tmp_path / "all")
    assert with_events and persons                                          # control: the meeting is an event
    assert main(["build", str(corpus), "--out", str(tmp_path / "off"), "--quiet", "--no-view",
                 "--exclude", "events"]) == EXIT_OK
    without, persons_still = events(tmp_path / "off")
    assert not without and persons_still == persons


def test_excluding_a_component_others_need_is_refused_with_one_line(tmp_path, capsys):
    code = main(["build", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--quiet", "--no-view", "--exclude", "places"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == EXIT_USAGE and len(err) == 1
    assert "cannot exclude places" in err[0] and "organizations" in err[0] and "persons" in err[0]
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_the_summary_counts_distinct_entities_not_mentions(tmp_path):
    from kg.build.build import build

    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("a", "b"):                     # two articles naming the same official
        (corpus / f"{name}.txt").write_text(f"工作动态{name}\n2024-03-0{1 if name == 'a' else 2}\n河北省阜平县县长柏文涛说，"
                                            f"今年全县要新建道路{10 if name == 'a' else 20}公里。\n", encoding="utf-8")
    summary = build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    store = ox.Store.read_only(str(tmp_path / "o" / "store"))
    persons = int(next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/cadre-kg/ontology#Person> }")))["n"].value)
    assert persons == 1 and summary.entities["persons"] == 1 and summary.entities["statistics"] == 2
