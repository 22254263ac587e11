"""Linking stage: what each figure is about, once every entity of the article is known.

A figure is about the most specific place written before it in its clause ("彰武县签约
落地“飞地项目”36个"), else a program named in its sentence, else a body named there,
else the place the article is about (its county, city, then province).
"""
from __future__ import annotations

import re

from kg.article import Article

CLAUSE_END = re.compile(r"[。；;！？!?]")


def _before(items: list[dict], idx: int, start: int) -> list[dict]:
    return [x for x in items if x["sentence"] == idx and x["start"] < start]


def subject_of(art: Article, fig: dict) -> tuple[str, dict] | None:
    idx, start = fig["sentence"], fig["start"]
    places = [p for p in _before(art.places, idx, start) if p["level"] != "other"]
    if places:
        return "place", places[-1]
    progs = [p for p in art.programs if p["sentence"] == idx]
    if progs:
        return "program", progs[0]
    orgs = _before(art.organizations, idx, start)
    if orgs:
        return "org", orgs[-1]
    for level in ("county", "city", "province"):
        code = art.context.get(level)
        if code:
            return "code", {"code": code}
    return None


def link_subjects(art: Article) -> Article:
    for fig in art.figures:
        fig["subject"] = subject_of(art, fig)
    return art
