"""`kg export --format geojson`: the located places as a GeoJSON FeatureCollection.

One Point feature per place the gazetteer locates (its WKT point, ck:level, adcode,
parent), with how many articles mention it and how many posts are tied to it, so that
QGIS and kepler.gl draw the corpus's geography and size the dots.  Coordinates are
WGS 84 longitude, latitude (RFC 7946).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from kg.atomic import atomic_write
from kg.sparql.store import open_store

QUERY = """
PREFIX ck: <https://w3id.org/cadre-kg/ontology#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?place ?name ?level ?adcode ?parent ?wkt
       (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?post) AS ?posts)
WHERE {
  ?place a ck:Locality ; rdfs:label ?name ; geo:hasGeometry/geo:asWKT ?wkt .
  OPTIONAL { ?place ck:level ?level }
  OPTIONAL { ?place ck:adcode ?adcode }
  OPTIONAL { ?place ck:partOf/rdfs:label ?parent }
  OPTIONAL { ?place ck:mentionedIn ?article }
  OPTIONAL { ?post ck:locality ?place }
}
GROUP BY ?place ?name ?level ?adcode ?parent ?wkt
ORDER BY ?adcode ?place
"""
POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.I)


def features(graph_dir: Path) -> dict:
    """The FeatureCollection of the located places of a build."""
    out, seen = [], set()
    for row in open_store(graph_dir).query(QUERY):
        iri = row["place"].value
        m = POINT.search(row["wkt"].value)
        if not m or iri in seen:            # a place with two parents' labels: one feature
            continue
        seen.add(iri)
        props = {"iri": iri, "name": row["name"].value, "level": _value(row["level"]), "adcode": _value(row["adcode"]),
                 "parent": _value(row["parent"]), "articles": int(row["articles"].value), "posts": int(row["posts"].value)}
        out.append({"type": "Feature", "id": iri,
                    "geometry": {"type": "Point", "coordinates": [float(m.group(1)), float(m.group(2))]},
                    "properties": props})
    return {"type": "FeatureCollection", "features": out}


def _value(term) -> str | None:
    return term.value if term is not None else None


def export_geojson(graph_dir: Path, out: Path) -> list[Path]:
    atomic_write(out, json.dumps(features(graph_dir), ensure_ascii=False, indent=1).encode("utf-8"))
    return [out]
