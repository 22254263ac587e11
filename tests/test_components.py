"""The component model and the package's structure."""
import ast
import re
from pathlib import Path

import pytest

from kg.components import Component, PipelineError, ordered
from kg.components import components

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / "kg"


def make(name, requires=(), assigns=()):
    return type(name, (Component,), {"name": name, "requires": requires, "assigns": assigns})()


def test_components_are_ordered_by_what_they_require():
    got = [c.name for c in ordered([make("c", ("y",)), make("b", ("x",), ("y",)), make("a", (), ("x",))])]
    assert got == ["a", "b", "c"]


def test_a_requirement_nobody_assigns_fails_at_start_up():
    with pytest.raises(PipelineError, match="requires place"):
        ordered([make("orgs", ("place",), ("org",))])


def test_components_that_require_each_other_fail():
    with pytest.raises(PipelineError, match="cycle"):
        ordered([make("a", ("y",), ("x",)), make("b", ("x",), ("y",))])


def test_the_pipeline_runs_every_recognizer_after_its_requirements():
    names = [c.name for c in components()]
    assert set(names) >= {"places", "organizations", "persons", "programs", "figures", "link", "events"}
    assert names.index("places") < names.index("organizations") < names.index("persons")
    assert names.index("link") > max(names.index(n) for n in ("figures", "programs", "organizations"))


def test_the_pipeline_order_does_not_depend_on_which_module_a_process_imported_first():
    import subprocess
    import sys

    def order(first):
        code = f"import {first}\nimport kg.components as C\nprint(' '.join(c.name for c in C.components()))"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              cwd=ROOT).stdout.split()

    plain = order("kg")
    assert plain.index("places") < plain.index("persons")                # positive control: a real order
    assert order("kg.link.posts") == plain == order("kg.recognize.figures")


def test_every_class_of_a_kind_is_in_the_ontology_and_has_a_shape():
    from kg.kinds import styles

    onto = (ROOT / "ontology" / "cadre.ttl").read_text(encoding="utf-8")
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    styled = list(styles())
    assert "Event" in styled
    for cls in styled:
        assert re.search(rf"^ck:{cls} a owl:Class", onto, re.M), cls
        assert f"sh:targetClass ck:{cls} " in shapes, cls


def test_view_legend_reads_the_kinds_from_the_registry():
    from kg.export.view_data import CLASSES
    from kg.graph.ns import CK

    assert CK.Event in CLASSES and CLASSES[CK.Event][2] == "star"


# -- structure ---------------------------------------------------------------------
def imports_of(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names imported) for every kg import, lazy ones included."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.startswith("kg")]
    return out


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in KG.rglob("*.py")}
# Layers, lowest first: a module may import its own layer or lower ones, never higher.
LAYERS = [
    {"kg", "kg.article", "kg.atomic", "kg.escape", "kg.resources", "kg.components"},   # the ground floor
    {"kg.lang"},                      # script conversion, word lists, longest match
    {"kg.read", "kg.places"},         # reading pages; the gazetteer and its history
    {"kg.graph"},                     # vocabularies, identifiers, the writer
    {"kg.recognize"},                 # components that find spans
    {"kg.link"},                      # components that tie spans over the article
    {"kg.kinds"},                     # what spans become: nodes, triples, styles
    {"kg.sparql", "kg.search"},       # store, queries, parameters, results, guards; the article index
    {"kg.export"},                    # formats, view, network, diff, push
    {"kg.build"},                     # pipeline, cache, parallel and dask maps, records
    {"kg.serve"},                     # the server and its pages
    {"kg.cli"},
]
# At most six modules stand directly under kg/ (the rest live in the stage folders).
ROOT_MODULES = {"kg.cli", "kg.article", "kg.components", "kg.atomic", "kg.escape", "kg.resources"}


def layer(module: str) -> int:
    for i, group in enumerate(LAYERS):
        if module in group or any(module.startswith(g + ".") for g in group if g != "kg"):
            return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def test_at_most_six_modules_stand_at_the_root_of_the_package():
    at_root = {m for m, p in MODULES.items() if p.parent == KG and p.name != "__init__.py"}
    assert at_root <= ROOT_MODULES and len(at_root) <= 6, at_root - ROOT_MODULES


def test_no_module_imports_a_higher_layer():
    wrong = [(m, target) for m, p in MODULES.items() for target, _ in imports_of(p) if layer(target) > layer(m)]
    assert wrong == []


def test_no_private_name_is_imported_across_modules():
    private = [(m, target, n) for m, p in MODULES.items() for target, names in imports_of(p) for n in names
               if n.startswith("_") and not n.startswith("__")]
    assert private == []


def test_no_import_cycle_between_modules():
    graph = {m: {t for t, _ in imports_of(p) if t in MODULES and t != m} for m, p in MODULES.items()}

    def reaches(start, goal, seen):
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and (seen.add(nxt) or reaches(nxt, goal, seen))):
                return True
        return False

    cycles = [(a, b) for a in graph for b in graph[a] if reaches(b, a, set())]
    assert cycles == []


def test_components_only_find_and_the_kinds_say_what_spans_become():
    from kg.components import load
    from kg.kinds import load as kinds

    finders = [p for folder in ("recognize", "link") for p in (KG / folder).glob("*.py")]
    writing = [p.name for p in finders if any(t == "rdflib" or t.startswith(("rdflib.", "kg.graph", "kg.kinds"))
                                              for t in [m for m, _ in imports_of(p)] + rdflib_imports(p))]
    assert writing == []
    assert [c.name for c in load().values() if hasattr(c, "write") or hasattr(c, "node") or hasattr(c, "style")] == []
    assert {"place", "org", "person", "post", "event", "figure", "program"} <= set(kinds())   # positive control


def rdflib_imports(path: Path) -> list[str]:
    return [node.module or "" for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rdflib")] + \
        [a.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Import)
         for a in node.names if a.name.startswith("rdflib")]


def test_the_domain_s_words_carry_their_tags_before_the_first_cut():
    """A fresh process asks jieba for a title's tag before tagging any text: the answer must
    be the one it gives after, or an article's reading would hang on what came before it."""
    import subprocess
    import sys

    code = ("from kg.recognize.segment import tag_of, tagged\n"
            "before = tag_of('常务副区长')\ntagged('常务副区长主持会议')\nprint(before, tag_of('常务副区长'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["nnt", "nnt"]
