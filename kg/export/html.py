"""One self-contained HTML page: vis-network inlined from pyvis's own copy, no CDN.

pyvis assembles the node and edge records; the page template is ours because pyvis's
template loads Bootstrap from a CDN even with `cdn_resources="in_line"`.  All text
reaches the page as JSON inside a `<script type="application/json">` block with "<"
escaped, and the page writes it with `textContent` only, so an article containing
`<script>` shows as text.
"""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from rdflib import Graph

from kg.atomic import atomic_write
from kg.kinds import styles
from kg.export.overview import grouped
from kg.export.view_data import CLASSES, view_data

VIS_DIR = "vis-9.1.2"


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "templates" / "lib" / VIS_DIR
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def network(g: Graph) -> tuple[Network, dict]:
    """A pyvis network sized by degree, coloured and shaped by class."""
    data = view_data(g)
    degree = nx.Graph()
    degree.add_nodes_from(str(n) for n in data["nodes"])
    degree.add_edges_from((s, o) for s, o, _ in data["edges"])
    net = Network(directed=True)
    pos, data["groups"] = grouped(home_provinces(data, degree), dict(degree.degree()))
    for node, cls in data["nodes"].items():
        legend, colour, shape = CLASSES[cls]
        d = data["details"][str(node)]
        x, y = pos[str(node)]
        net.add_node(str(node), label=d["label"][:24], title=f"{d['label']} · {legend}", color=colour, shape=shape,
                     size=10 + 3 * min(degree.degree(str(node)), 20), kgClass=legend,
                     font={"size": 22 if prominent(cls, d) else 12}, x=x, y=y)
    ids = set(map(str, data["nodes"]))
    for s, o, label in data["edges"]:      # labels shown on hover and for the selected node only
        # pyvis's add_edge looks each end up in a list of every node (O(nodes) an edge);
        # a set does it here, and the edge's record is the one add_edge would add
        if s in ids and o in ids:
            net.edges.append(Edge(s, o, True, label="", lbl=label if label != "mentionedIn" else "", title=label,
                                  color="#cccccc" if label == "mentionedIn" else "#666666").options)
    return net, data


def home_provinces(data: dict, degree: nx.Graph) -> dict[str, list[str]]:
    """Each node's provinces; a node of none (an article, a program of no place) takes the
    one most of its neighbours have, so that it starts beside them in the overview."""
    out = {str(n): data["details"][str(n)]["provinces"] for n in data["nodes"]}
    for _ in range(3):             # articles first take their entities', then a body of no place its article's
        before = dict(out)
        for node, provs in before.items():
            if not provs:
                votes = Counter(before[n][0] for n in degree.neighbors(node) if before.get(n))
                out[node] = [max(sorted(votes), key=votes.get)] if votes else []
    return out


LOWER_LEVELS = ("township", "village", "other")


def prominent(cls, detail: dict) -> bool:
    """Persons, bodies and places above the township carry labels readable at the first
    zoom; figures, programs and small places stay small until one zooms in."""
    style = styles().get(str(cls).rsplit("#", 1)[-1])
    if style is None or not style.prominent:
        return False
    return not set(detail["attrs"].get("level", [])) & set(LOWER_LEVELS)


def _safe_json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(g: Graph, title: str = "cadre-kg", index: list | None = None) -> str:
    """The page; `index` lists the entities not drawn ([iri, label, class]) for its search."""
    net, data = network(g)
    nodes, edges = net.get_network_data()[:2]
    payload = {"nodes": nodes, "edges": edges, "details": data["details"], "index": index or [], "groups": data["groups"],
               "legend": [{"label": v[0], "color": v[1], "shape": v[2]} for v in CLASSES.values()]}
    js, css = _vis_assets()
    template = (resources.files("kg") / "templates" / "view.html").read_text(encoding="utf-8")
    return (template.replace("/*VIS_CSS*/", css).replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
            .replace("__TITLE__", title.replace("<", "&lt;")).replace("__DATA__", _safe_json(payload)))


def write_html(g: Graph, path: Path, title: str = "cadre-kg", index: list | None = None) -> None:
    atomic_write(path, render(g, title, index).encode("utf-8"))
