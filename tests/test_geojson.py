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


def _inside(x: float, y: float, rings: list) -> bool:
    hit = False
    for r in rings:
        for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


def test_the_maps_province_outlines_are_valid_and_hold_their_seats():
    """The outlines shipped for the map (kg/data/province_outlines.geojson): one valid
    MultiPolygon a province-level division, each around its own seat and no other."""
    from importlib import resources

    from kg.places.gazetteer import load

    data = (resources.files("kg") / "data" / "province_outlines.geojson").read_text(encoding="utf-8")
    collection = geojson.loads(data)
    assert collection.is_valid
    provinces = {d.code: d for d in load().by_code.values() if d.level == "province"}
    features = {f["properties"]["adcode"]: f for f in collection["features"]}
    assert len(features) == 34 and set(features) <= set(provinces)
    for code, f in features.items():
        assert f["geometry"]["type"] == "MultiPolygon" and f["properties"]["name"] == provinces[code].name
        seat = provinces[code]
        around = [c for c, g in features.items()
                  if any(_inside(seat.lon, seat.lat, poly) for poly in g["geometry"]["coordinates"])]
        assert around == [code], (seat.name, around)
