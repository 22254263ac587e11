"""Which place spans the text names: decided once every person is known.

A recognizer reads a place wherever a division's name stands; some of those are inside a
person's name, read before the persons were ("市委领导包某苏、…" names no province).  The
linking stage marks them, as the places component marks a place that only opens a
company's name (kg.recognize.place_hits.opens_a_name): the span stays, `in_name`, and
kg.kinds.places writes no mention of it.
"""
from __future__ import annotations

from kg.article import Article
from kg.places.gazetteer import load
from kg.recognize.zones import zone_kinds


def places_in_names(art: Article) -> None:
    """Mark the places that lie inside a person's name found in the same sentence
    ("县领导王福建、李明远出席": 福建 is 王福建's given name; tests/test_persons.py)."""
    names = {p["name"] for p in art.of("person") if len(p["name"]) >= 2}
    for place in art.of("place"):
        if place.sent < 0 or place.start < 0:          # a place the text implies: no characters of its own
            continue
        text = art.sentences[place.sent].simp
        for name in names:
            at = text.find(name, max(0, place.end - len(name)))
            if 0 <= at <= place.start and place.end <= at + len(name):
                place["in_name"] = True
                break


def one_lower_place(art: Article) -> None:
    """A township or village an article names twice under parents of one chain is one
    place, under the nearer parent: "某县四合村" and then "某县某镇四合村" (the township in
    that county), or "四合村" bare and once under its township.  Two parents of two chains
    ("甲县四合村", "乙县四合村") stay two places; a parent only the tables guessed gives way to
    the one the text writes for the same name.

    Called before `named_parents`, once every place is read."""
    by_name: dict[tuple, list] = {}
    for p in art.of("place"):
        if not p.get("code") and p["level"] in ("township", "village") and p.sent >= 0:
            by_name.setdefault((p["name"], p["level"]), []).append(p)
    gaz = load()
    for spans in (v for v in by_name.values() if len(v) > 1):
        written = {_key(p["parent"]): p["parent"] for p in spans if p.get("parent") is not None and p["parent"].start >= 0}
        for p in spans:
            if len(written) == 1 and p.get("parent") is not None and p["parent"].start < 0:
                p["parent"] = next(iter(written.values()))    # "某镇召开…" (its county the tables' guess), then
                #                                               "某镇位于甲市东部": the county the text writes
        deepest = max(spans, key=lambda p: len(_above(gaz, p)))
        chain = _above(gaz, deepest)
        keys = {_key(a) for a in chain}
        for p in spans:
            if p is not deepest and (p.get("parent") is None or _key(p["parent"]) in keys):
                p["parent"] = deepest.get("parent")


def one_zone(art: Article) -> None:
    """A zone an article names by its kind's short form and in full ("某某经开区" in the
    headline, "某某经济技术开发区" in the text) is one place, under its full name; the short
    one stays its other label.  The kind's short form alone ("高新区党工委") is the one zone of
    that kind the article names in full, where it names one; a zone named after its place
    ("重庆两江新区") and without it ("两江新区") is one zone too."""
    zones = [p for p in art.of("place") if p["level"] == "zone" and p.sent >= 0]
    full = {p["name"]: p for p in zones}
    for p in zones:
        short = next((k for k in zone_kinds() if p["name"].endswith(k)), None)
        if short is None:
            continue
        stem = p["name"][:-len(short)]
        if not stem:
            named = {n for n in full if n != short and n.endswith(zone_kinds()[short] + (short,))}
            long = full[named.pop()] if len(named) == 1 else None
        else:
            long = next((full[stem + k] for k in zone_kinds()[short] if stem + k in full), None)
        if long is not None:
            p["surface"], p["name"] = p["name"], long["name"]
            p["parent"] = p.get("parent") or long.get("parent")
    for p in zones:                      # "重庆两江新区" then "两江新区": its place's name before it, one zone
        long = next((z for z in zones if z["name"] != p["name"] and z["name"].endswith(p["name"])
                     and _place_prefix(z, z["name"][:-len(p["name"])])), None)
        if long is not None:
            p["surface"], p["name"] = p["name"], long["name"]
            p["parent"] = long.get("parent") or p.get("parent")


def _place_prefix(zone, prefix: str) -> bool:
    """Whether `prefix` names the place the zone lies in (its parent, by name or short name)."""
    parent = zone.get("parent")
    if parent is None or not prefix:
        return False
    name = parent["name"]
    return prefix == name or (len(prefix) >= 2 and name.startswith(prefix) and len(name) - len(prefix) <= 3)


def _key(place) -> str:
    """A place of a chain by its code, else its name (`_above` gives codes and spans)."""
    if isinstance(place, str):
        return place
    return place.get("code") or place["name"]


def named_parents(art: Article) -> None:
    """A place's parent as the text gives it: the nearest place above it that the article
    names, where the one directly above it in the official tables is not named.

        某省的贫困县：甲县、乙县…       (甲县's prefecture unnamed)  -> 甲县 under 某省
        某某，陕西商南人                 (商洛市 unnamed)            -> 商南县 under 陕西省
        红河县的某某村                   (its township unnamed)       -> 某某村 under 红河县

    The span keeps its table parent (kg.kinds.places writes it as ck:adminParent, so the
    chain of divisions stays whole); `named_parent` is a division code or a place span.
    Where the article names the place directly above, or nothing above it, nothing changes.
    """
    gaz = load()
    mentioned = [p for p in art.of("place") if p.sent >= 0 and not p.get("in_name")]
    codes = {p["code"] for p in mentioned if p.get("code")}
    names = {p["name"] for p in mentioned if not p.get("code")}
    named = lambda a: a in codes if isinstance(a, str) else (a.sent >= 0 or a["name"] in names)   # noqa: E731
    for place in mentioned:
        chain = _above(gaz, place)
        if chain and not named(chain[0]):
            place["named_parent"] = next((a for a in chain[1:] if named(a)), None)


def _above(gaz, place) -> list:
    """The places above a place, nearest first: spans of the tables' townships and
    counties the text put it under, then division codes up to the province."""
    if place.get("code"):
        return gaz.chain(place["code"])[1:]
    out: list = []
    parent = place.get("parent")
    while parent is not None and len(out) < 6:
        if parent.get("code"):
            return out + gaz.chain(parent["code"])
        if parent.get("name"):
            out.append(parent)
        parent = parent.get("parent")
    return out
