"""The export formats by name, with the file (or folder) each writes by default.

Kept apart from `kg.export.formats`, which imports rdflib, networkx and the view's styles:
the command line lists the formats for `kg export --format` without loading any of them,
so `kg build` of an unchanged corpus does not pay for the exporters' imports.
"""
DEFAULT_NAMES = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld",
                 "csv": "tables", "gexf": "graph.gexf", "graphml": "graph.graphml",
                 "comentions": "co_mentions.gexf", "careers": "careers.csv", "geojson": "places.geojson"}
