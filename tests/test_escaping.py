"""Names from the corpus or the command line never break the file they are written to."""
import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.build.build import build
from kg.cli import main
from kg.escape import csv_cell, file_stem, xml_text
from kg.export.formats import export

BAD_NAME = "a\x07b\x1b[31m\x01.txt"
TEXT = ("台安新闻速递\n2023-05-01\n辽宁省鞍山市台安县县长刘广新说，全县今年新建道路12公里。\n"
        '=HYPERLINK("http://example.invalid")台安县副县长王海涛出席会议。\n')


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / BAD_NAME).write_text(TEXT, encoding="utf-8")
    build([root / "in"], root / "out", jobs=1, progress=False, view=False)
    return root / "out"


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_exports_are_well_formed_xml_whatever_the_file_names(hostile_build, tmp_path, fmt):
    out = export(fmt, hostile_build, tmp_path / f"g.{fmt}")[0]
    root = ET.parse(out).getroot()                  # raises on a forbidden character
    text = ET.tostring(root, encoding="unicode")
    assert "刘广新" in text and "王海涛" in text     # the article's names did get written


def test_xml_text_replaces_only_what_xml_forbids():
    assert xml_text("台安\x07县\x00") == "台安\ufffd县\ufffd"
    assert xml_text("第一行\n第二行\t完") == "第一行\n第二行\t完"      # control: allowed ones stay


def test_formula_like_evidence_is_neutralized_in_the_csv_tables(hostile_build, tmp_path):
    folder = tmp_path / "tables"
    export("csv", hostile_build, folder)
    with open(folder / "officials.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    evidence = [c for c in cells if "HYPERLINK" in c]
    assert evidence and all(c.startswith("'=") for c in evidence)
    assert "刘广新" in cells                                          # control: names unchanged


def test_csv_cell_leaves_numbers_and_text_but_quotes_formulas():
    assert [csv_cell(c) for c in ("@SUM(A1)", "+86 10", "-3.5", "1e5", "镇")] == ["'@SUM(A1)", "'+86 10", "-3.5", "1e5", "镇"]


def test_focus_pages_stay_inside_the_graph_folder(tmp_path):
    """A headline is a focus name, and a scraped headline can look like a path."""
    (tmp_path / "in").mkdir()
    headline = "x/../../../逃逸新闻"
    (tmp_path / "in" / "a.txt").write_text(headline + "\n" + TEXT, encoding="utf-8")
    graph = tmp_path / "deep" / "out"
    build([tmp_path / "in"], graph, jobs=1, progress=False, view=False)
    assert main(["view", "--graph", str(graph), "--focus", headline]) == 0
    pages = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.html"))
    assert pages == [Path("deep/out") / f"view-{file_stem(headline)}.html"]


def test_a_long_or_empty_focus_is_handled_without_touching_graph_html(corpus_build, capsys):
    graph = corpus_build[0]
    before = (graph / "graph.html").read_bytes()
    assert main(["view", "--graph", str(graph), "--focus", " "]) == 2
    err = capsys.readouterr().err
    assert "--focus needs a name" in err
    assert (graph / "graph.html").read_bytes() == before
    long_name = "鞍山市" + "很长的名字" * 60
    assert file_stem(long_name) != file_stem(long_name + "x") and len(file_stem(long_name).encode()) < 255
    assert main(["view", "--graph", str(graph), "--focus", long_name]) == 1      # nothing of that name
    assert "File name too long" not in capsys.readouterr().err


def test_file_stem_keeps_a_plain_name_and_flattens_paths():
    assert file_stem("台安县") == "台安县"
    assert "/" not in file_stem("a/../../b") and "\\" not in file_stem("a\\b")
    assert file_stem("..") == "_" and file_stem("") == "_"
