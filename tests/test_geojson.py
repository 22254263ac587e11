"""`kg export --format geojson`: one Point feature per located place, read by a GeoJSON reader."""
import geojson

from kg.cli import main
from kg.sparql.store import open_store


def test_geojson_holds_one_valid_feature_per_located_place(corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    target = tmp_path / "places.geojson"
    assert main(["export", "--format", "geojson", "--graph", str(out), "--out", str(target)]) == 0
    collection = geojson.loads(target.read_text(encoding="utf-8"))
    assert collection.is_valid and collection["type"] == "FeatureCollection"
    located = {r["p"].value for r in open_store(out).query(
        "SELECT DISTINCT ?p WHERE { ?p <http://www.opengis.net/ont/geosparql#hasGeometry> ?g }")}
    assert located and {f["id"] for f in collection["features"]} == located
    assert len(collection["features"]) == len(located)
    for f in collection["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and 73 < lon < 136 and 3 < lat < 54     # China's extent
    province = next(f for f in collection["features"] if f["properties"]["level"] == "province")
    assert province["properties"]["articles"] >= 1 and province["properties"]["name"]
