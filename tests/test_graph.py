"""The graph: golden output by isomorphism, determinism, SHACL, ontology/namespace agreement."""
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.export.turtle import canonical_turtle
from kg.graph.ns import CK
from kg.build.pipeline import merge, process_file

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent


def _diff(expected: Graph, got: Graph) -> str:
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    lines = [f"- {t}" for t in sorted(only_expected)][:20] + [f"+ {t}" for t in sorted(only_got)][:20]
    return "\n".join(lines)


def test_small_article_matches_its_golden_graph():
    got = merge([process_file(str(DATA / "small_article.txt"))])
    expected = Graph().parse(DATA / "small_article.ttl")
    assert isomorphic(expected, got), _diff(expected, got)


def test_file_order_does_not_change_the_turtle():
    files = sorted(str(p) for p in (ROOT / "corpus").glob("*.txt"))[:3]
    results = [process_file(f) for f in files]
    merged = merge(results)
    assert len(set(merged.subjects(RDF.type, CK.Person))) >= 5 and len(merged) > 500     # a real graph, not two empty ones
    assert canonical_turtle(merged) == canonical_turtle(merge(list(reversed(results))))


def test_graphs_of_separate_builds_merge_by_union():
    files = sorted(str(p) for p in (ROOT / "corpus").glob("*.txt"))
    whole = merge([process_file(f) for f in files])
    halves = merge([process_file(f) for f in files[:2]]) + merge([process_file(f) for f in files[2:]])
    assert len(set(whole.subjects(RDF.type, CK.Position))) >= 10                       # a real graph to compare
    assert isomorphic(whole, halves)


def test_namespace_holds_exactly_the_ontology_s_terms():
    onto = Graph().parse(ROOT / "ontology" / "cadre.ttl")
    base = str(CK)
    declared = {str(s)[len(base):] for s in onto.subjects() if str(s).startswith(base) and str(s) != base}
    assert declared and {str(CK[t])[len(base):] for t in declared} == declared
    from kg.graph.ns import declared_terms
    assert set(declared_terms()) == declared


def test_contract_terms_are_in_the_ontology():
    onto = Graph().parse(ROOT / "ontology" / "cadre.ttl")
    contract = ["Article", "Person", "Position", "Organization", "Locality", "Program", "Statistic", "sourceFile",
                "mentionedIn", "holds", "title", "organization", "locality", "level", "partOf", "kind", "value",
                "unit", "qualifier", "measure", "subject", "year", "evidence"]
    for term in contract:
        assert (CK[term], None, None) in onto, term


def test_misspelt_term_fails():
    with pytest.raises(AttributeError):
        CK.mentionnedIn  # noqa: B018


def test_a_name_spaced_out_in_a_credit_is_spelt_without_its_spaces(tmp_path):
    from rdflib.namespace import RDFS, SKOS
    page = tmp_path / "credit.txt"
    page.write_text("村里新修了水渠\n2023-06-01 来源:测试日报\n桂阳县樟市镇桐木村新修水渠3公里，村民用水不再难。\n王 丽摄\n"
                    "镇党委书记李红梅介绍了情况。\n", encoding="utf-8")
    g = merge([process_file(str(page))])
    people = set(g.subjects(RDF.type, CK.Person))
    labels = {str(o) for s in people for o in g.objects(s, RDFS.label)}
    spellings = {str(o) for s in people for o in g.objects(s, SKOS.altLabel)}
    assert {"王丽", "李红梅"} <= labels, labels                                       # positive control: both read
    assert not any(" " in x for x in labels | spellings), spellings
