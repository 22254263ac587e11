"""Files → articles → facts → graph.

The pipeline is a list of stages with one contract (an Article in, the same Article
enriched out), applied per file; per-file graphs then merge by union, which is what
makes the build a map followed by a union (see `kg.build`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.article import Article, ReadError
from kg.export.turtle import nt_lines
from kg.graph import article_triples
from kg.read import read_article
from kg.resolve import article_iri
from kg.recognize.figures import recognize_figures
from kg.recognize.link import link_subjects
from kg.recognize.orgs import recognize_organizations
from kg.recognize.persons import recognize_persons
from kg.recognize.places import recognize_places
from kg.recognize.programs import recognize_programs

# Order matters: organizations need places, posts need both, figures need everything.
STAGES = {
    "places": recognize_places,
    "organizations": recognize_organizations,
    "persons": recognize_persons,
    "programs": recognize_programs,
    "figures": recognize_figures,
    "link": link_subjects,
}


WARM_UP = "测试新闻\n2023-06-01 来源:测试日报\n河北省石家庄市正定县县长刘建华说，全县新建道路12公里，“三抓三促”专项行动成效明显。\n"


def warm_up() -> None:
    """Load jieba, OpenCC, the gazetteer and the matchers once, before a pool forks, so
    that workers start with them in (copy-on-write) memory instead of each loading them."""
    from kg.read import article_from_text

    enrich(article_from_text(WARM_UP, "warm-up.txt"))


def enrich(art: Article) -> Article:
    for stage in STAGES.values():
        art = stage(art)
    return art


@dataclass
class FileResult:
    path: str
    lines: list[str] = field(default_factory=list)      # N-Triples: cheap to pickle, merge and sort
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    article_key: str | None = None


def process_file(path: str) -> FileResult:
    """One file to its triples; a bad file becomes a reason, never an exception."""
    try:
        art = enrich(read_article(Path(path)))
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    except (OSError, UnicodeError, ValueError) as exc:
        return FileResult(path, error=f"{type(exc).__name__}: {exc}")
    triples = article_triples(art)
    counts = {"persons": len(art.persons), "positions": len(art.positions), "organizations": len({o["name"] for o in art.organizations}),
              "localities": len({p["name"] for p in art.places}), "programs": len({p["key"] for p in art.programs}),
              "statistics": len(art.figures)}
    return FileResult(path, lines=nt_lines(triples), warnings=art.warnings, counts=counts,
                      article_key=str(article_iri(art.simp)))


def merged_lines(results: list[FileResult]) -> list[str]:
    """The union of the articles' triples, sorted: the build is a map and then this."""
    return sorted({line for r in results for line in r.lines})


def merge(results: list[FileResult]) -> Graph:
    return Graph().parse(data="\n".join(merged_lines(results)), format="nt")
