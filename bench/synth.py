"""A synthetic corpus: the seed articles with names, places and numbers swapped.

Each synthetic article is one seed (simplified text, header kept) in which every person
gets a new name, every division a new one of the same rank in another province (county
under the new prefecture), and every number a new value of the same length, so that the
facts differ from article to article while the writing stays real.

    python bench/synth.py OUT_DIR N [--seed S]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from kg.places.gazetteer import load
from kg.build.pipeline import enrich
from kg.read import read_article
from kg.lang.words import words

ROOT = Path(__file__).resolve().parent.parent
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力波宁鑫颖婷雪琳晨阳海峰"
SURNAMES = sorted("".join(words("surnames")))[:120]


def templates() -> list[tuple[str, list[str], list[dict]]]:
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        art = enrich(read_article(path))
        header = f"{art.title}\n{art.date or '2023-01-01'} 10:00:00 来源:{art.publisher or '测试日报'}\n"
        people = sorted({p["name"] for p in art.of("person")}, key=len, reverse=True)
        places = [p for p in art.of("place") if p["code"]]
        out.append((header + art.simp, people, places))
    return out


def _divisions():
    gaz = load()
    by_parent: dict[str, list[str]] = {}
    for code, d in gaz.by_code.items():
        parent = gaz.parent(code)
        if parent:
            by_parent.setdefault(parent, []).append(code)
    provinces = [c for c, d in gaz.by_code.items() if d.level == "province"]
    return gaz, by_parent, provinces


def swap_places(text: str, places: list[dict], rng: random.Random, divisions) -> str:
    gaz, by_parent, provinces = divisions
    new_of: dict[str, str] = {}
    for p in sorted(places, key=lambda p: {"province": 0, "prefecture": 1}.get(p["level"], 2)):
        code = p["code"]
        if code in new_of:
            continue
        parent = gaz.parent(code)
        pool = provinces if parent is None else by_parent.get(new_of.get(parent, parent), [code])
        same = [c for c in pool if gaz.by_code[c].level == gaz.by_code[code].level] or [code]
        new_of[code] = rng.choice(same)
    names = {gaz.by_code[old].name: gaz.by_code[new].name for old, new in new_of.items()}
    if not names:
        return text
    # one simultaneous pass, longest first: a new name is never itself rewritten
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    return pattern.sub(lambda m: names[m.group(0)], text)


def swap_people(text: str, people: list[str], rng: random.Random) -> str:
    for name in people:
        new = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(len(name) - 1))
        text = text.replace(name, new)
    return text


def swap_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return digits                 # years stay years
        return str(rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1))
    head, _, body = text.partition("\n")
    meta, _, body = body.partition("\n")
    return "\n".join([head, meta, re.sub(r"\d+(?![\d.]*[月日时点号])", repl, body)])


def generate(out: Path, n: int, seed: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    temps, divisions = templates(), _divisions()
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        text, people, places = temps[i % len(temps)]
        text = swap_numbers(swap_people(swap_places(text, places, rng, divisions), people, rng), rng)
        path = out / f"synth_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(f"{len(generate(args.out, args.n, args.seed))} articles in {args.out}")
