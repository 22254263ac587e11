"""Corpora as researchers hold them: one folder of texts, and the same ten articles as a
CSV, a JSONL, a zip archive and a WARC crawl, build the same graph."""
import csv
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph

from tests.conftest import DATA

ARTICLES = json.loads((DATA / "own_articles.json").read_text(encoding="utf-8"))
CK = "https://w3id.org/cadre-kg/ontology#"


def page(a: dict) -> str:
    """An article as a scraped text file: headline, date and source line, body."""
    return f"{a['title']}\n{a['date']}  来源:{a['source']}\n{a['text']}\n"


def write_folder(root: Path) -> Path:
    root.mkdir()
    for i, a in enumerate(ARTICLES):
        (root / f"a{i:02d}.txt").write_text(page(a), encoding="utf-8")
    return root


def write_csv(root: Path, name="news.csv", delimiter=",", encoding="utf-8-sig") -> Path:
    root.mkdir()
    with open(root / name, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(["编号", "标题", "发布时间", "来源", "链接", "正文"])
        for i, a in enumerate(ARTICLES):
            w.writerow([i, a["title"], a["date"] + " 08:00:00", a["source"], f"http://news.example.cn/{i}.html", a["text"]])
    return root


def write_jsonl(root: Path) -> Path:
    root.mkdir()
    lines = [json.dumps({"headline": a["title"], "published": a["date"], "publisher": a["source"], "content": a["text"]},
                        ensure_ascii=False) for a in ARTICLES]
    with gzip.open(root / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return root


def write_zip(root: Path) -> Path:
    root.mkdir()
    with zipfile.ZipFile(root / "pages.zip", "w") as z:
        for i, a in enumerate(ARTICLES):
            z.writestr(f"2024/a{i:02d}.txt", page(a))
        z.writestr("2024/logo.png", b"\x89PNG not an article")
    return root


def write_warc(root: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    root.mkdir()
    with open(root / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, a in enumerate(ARTICLES):
            url = f"http://news.example.cn/{i}.txt"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page(a).encode()),
                                                          http_headers=http))
            if i == 0:      # a crawl also holds what is no article: a redirect and a script
                moved = StatusAndHeaders("301 Moved", [("Location", url)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + "?x", "response", payload=io.BytesIO(b""),
                                                              http_headers=moved))
                js = StatusAndHeaders("200 OK", [("Content-Type", "application/javascript")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + ".js", "response",
                                                              payload=io.BytesIO(b"var a = 1;"), http_headers=js))
    return root


def facts(out: Path) -> set:
    """The graph's triples but the ones naming the file a fact was read from."""
    g = Graph().parse(out / "graph.ttl")
    return {t for t in g if str(t[1]) not in (CK + "sourceFile", CK + "url")}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.build.build import build

    base = tmp_path_factory.mktemp("corpora")
    outs = {}
    for name, make in [("folder", write_folder), ("csv", write_csv), ("jsonl", write_jsonl), ("zip", write_zip),
                       ("warc", write_warc)]:
        out = base / f"out-{name}"
        summary = build([make(base / name)], out, jobs=1, progress=False, view=False)
        outs[name] = (out, summary)
    return outs


@pytest.mark.parametrize("form", ["csv", "jsonl", "zip", "warc"])
def test_a_table_archive_or_crawl_builds_the_graph_of_the_folder(built, form):
    folder, _ = built["folder"]
    out, summary = built[form]
    assert summary.read == len(ARTICLES) and not summary.skipped
    expected = facts(folder)
    assert len({s for s, p, o in expected if str(o) == CK + "Person"}) >= 10
    assert facts(out) == expected


def test_each_row_is_an_article_named_by_its_file_and_row(built):
    out, _ = built["csv"]
    g = Graph().parse(out / "graph.ttl")
    names = sorted(str(o) for o in g.objects(None, g.namespace_manager.expand_curie("ck:sourceFile")))
    assert names == sorted(f"news.csv#{i}" for i in range(1, 11))


def test_row_metadata_reaches_the_article_node_and_the_reader(built):
    out, _ = built["csv"]
    g = Graph().parse(out / "graph.ttl")
    q = f"""SELECT ?url ?date ?pub ?head WHERE {{ ?a <{CK}sourceFile> "news.csv#3" ; <{CK}url> ?url ;
            <{CK}date> ?date ; <{CK}publisher> ?pub ; <{CK}headline> ?head }}"""
    (url, date, pub, head), = list(g.query(q))
    assert (str(url), str(date), str(pub), str(head)) == ("http://news.example.cn/2.html", "2024-05-20", "遵义日报",
                                                          "遵义市调研乡村旅游")
    records = [json.loads(p.read_text()) for p in (out / "articles").glob("*.json")]
    third = next(r for r in records if r["file"] == "news.csv#3")
    assert (third["url"], third["date"], third["headline"]) == ("http://news.example.cn/2.html", "2024-05-20",
                                                                "遵义市调研乡村旅游")


def test_an_article_knows_its_province(built):
    out, _ = built["folder"]
    g = Graph().parse(out / "graph.ttl")
    q = f"""SELECT ?head ?name WHERE {{ ?a <{CK}headline> ?head ; <{CK}province> ?p .
            ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }}"""
    province = {str(h): str(n) for h, n in g.query(q)}
    assert province["宁县推进高标准农田建设"] == "甘肃省"
    assert province["通辽市部署秋收工作"] == "内蒙古自治区"
    assert len(province) == len(ARTICLES)


def test_a_table_in_gb18030_with_tabs_and_named_columns_is_read(tmp_path):
    from kg.build.build import build

    root = tmp_path / "tsv"
    root.mkdir()
    rows = ["时间\t题目\t文章\t备注"] + [f"{a['date']}\t{a['title']}\t{a['text']}\t-" for a in ARTICLES[:2]]
    (root / "news.tsv").write_bytes("\n".join(rows).encode("gb18030"))
    with pytest.raises(Exception) as no_text:            # 文章 is no common name for the text: say so
        build([root], tmp_path / "o1", jobs=1, progress=False, view=False)
    assert "--columns text=" in str(no_text.value)
    summary = build([root], tmp_path / "o2", jobs=1, progress=False, view=False, columns="text=文章,title=题目")
    assert summary.read == 2
    g = Graph().parse(tmp_path / "o2" / "graph.ttl")
    assert {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("ck:date"))} == {"2024-03-02", "2024-04-11"}


def test_bad_rows_are_reasons_and_the_good_rows_are_read(tmp_path):
    from kg.build.build import build

    root = tmp_path / "c"
    root.mkdir()
    good = json.dumps({"title": ARTICLES[0]["title"], "text": ARTICLES[0]["text"]}, ensure_ascii=False)
    (root / "rows.jsonl").write_text(good + "\n{not json\n" + json.dumps({"title": "x", "text": ""}) + "\n",
                                     encoding="utf-8")
    (root / "broken.zip").write_bytes(b"PK\x03\x04 truncated")
    summary = build([root], tmp_path / "o", jobs=1, progress=False, view=False)
    reasons = dict(summary.skipped)
    assert summary.read == 1
    assert "not JSON" in reasons[str(root / "rows.jsonl#2")]
    assert "no text" in reasons[str(root / "rows.jsonl#3")]
    assert "zip" in reasons[str(root / "broken.zip")]


def test_json_lines_merged_from_two_crawlers_are_read_each_by_its_own_keys(tmp_path):
    from kg.build.build import build

    root = tmp_path / "merged"
    root.mkdir()
    first = {"title": ARTICLES[0]["title"], "text": ARTICLES[0]["text"], "date": ARTICLES[0]["date"]}
    second = {"headline": ARTICLES[1]["title"], "content": ARTICLES[1]["text"], "publish_time": ARTICLES[1]["date"]}
    (root / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, second)) + "\n",
                                     encoding="utf-8")
    summary = build([root], tmp_path / "o", jobs=1, progress=False, view=False)
    assert summary.read == 2 and not summary.skipped
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("ck:date"))} == {ARTICLES[0]["date"], ARTICLES[1]["date"]}
