"""Extraction quality on the same articles written otherwise: the devset (or any folder of
.txt articles with gold) copied once per way a corpus may hold it — converted to traditional
script, its punctuation typeset full-width or half-width, its dates written in Chinese
numerals, each article flattened into one line (a table's cell), hard-wrapped at a width,
indented with ideographic spaces, page furniture set between its paragraphs, its names
swapped for others — built, and scored against
its own gold by the evaluation kit's scorer.

    python -m bench.bench_robustness [--ways trad fw cnd one wrap] [--texts DIR --gold DIR]

A rule that reads how official news is written reads each copy as it reads the original;
where a copy scores lower, `--errors WAY` lists what it missed that the original did not.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
WORK = Path("/tmp/cadre-bench-robustness")
CN_DIGITS = "〇一二三四五六七八九"
FULL = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
GIVEN = "建国华明军伟强平东海文志勇杰涛斌超波辉刚磊鹏飞宇浩俊峰亮成林红英玉兰芳丽娟霞燕敏静秀梅琳艳萍雪春晓慧玲洁凤桂德庆荣生金安立宏振兴家云卫"


def cn_number(n: int) -> str:
    """A month's or day's number in Chinese numerals: 10 十, 12 十二, 21 二十一."""
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[ones] if ones or not tens else "")


def cn_dates(text: str) -> str:
    def spell(m: re.Match) -> str:
        out = "".join(CN_DIGITS[int(c)] for c in m.group(1)) + "年"
        out += cn_number(int(m.group(2))) + "月" if m.group(2) else ""
        return out + (cn_number(int(m.group(3))) + "日" if m.group(3) else "")
    return re.sub(r"((?:19|20)\d\d)年(?:(\d{1,2})月)?(?:(\d{1,2})日)?", spell, text)


def first_line(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def one_line(text: str) -> str:
    lines = text.split("\n")
    top = first_line(lines)
    return lines[top] + "\n" + "".join(line.strip() for line in lines[top + 1:] if line.strip()) + "\n"


def wrapped(text: str, width: int = 30) -> str:
    lines = text.split("\n")
    top = first_line(lines)
    out = lines[:top + 1]
    for line in lines[top + 1:]:
        out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


def indented(text: str) -> str:
    lines = text.split("\n")
    top = first_line(lines)
    return "\n".join(line if i <= top or not line.strip() else "\u3000\u3000" + line.strip() for i, line in enumerate(lines))


# Lines a page's template sets between paragraphs: a share bar, a type-size switch, a picture's
# link and credit.
FURNITURE = ("分享到：微信 微博 QQ空间", "【字号：大 中 小】", "点击查看大图", "▲ 资料图片", "图片来源：网络")


def furnished(text: str) -> str:
    """The article with a page's furniture line after about one paragraph in three (the same
    lines for the same text)."""
    rng = random.Random(len(text))
    lines = text.split("\n")
    top = first_line(lines)
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i > top + 1 and line.strip() and rng.random() < 0.3:
            out.append(rng.choice(FURNITURE))
    return "\n".join(out)


def rewrite(way: str, text: str) -> str:
    if way == "trad":
        import opencc
        return opencc.OpenCC("s2t").convert(text)
    if way == "fw":
        return re.sub(r"(?<!\d)[,;:()?!]|[,;:()?!](?!\d)", lambda m: m.group(0).translate(FULL), text)
    if way == "hw":
        return re.sub(r"(?<!\d)[，；：（）]|[，；：（）](?!\d)", lambda m: m.group(0).translate(HALF), text)
    return {"cnd": cn_dates, "one": one_line, "wrap": wrapped, "indent": indented, "furniture": furnished}[way](text)


def swap_names(text: str, gold: dict, rng: random.Random) -> tuple[str, dict]:
    """The gold's persons of two or three Han characters renamed in the text and the gold
    alike (in both scripts), each to a name the article does not hold."""
    import opencc
    s2t = opencc.OpenCC("s2t").convert
    names = [p["name"] for p in gold["persons"] if 2 <= len(p["name"]) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", p["name"])]
    names = [n for n in names if not any(n != m and n in m for m in names) and (n in text or s2t(n) in text)]
    swaps: dict[str, str] = {}
    for name in names:
        new = name
        while new in text or s2t(new) in text or new in swaps.values():
            new = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(len(name) - 1))
        swaps[name] = new
    raw = json.dumps(gold, ensure_ascii=False)
    for old, new in sorted(swaps.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(old, new).replace(s2t(old), s2t(new))
        raw = raw.replace(f'"{old}"', f'"{new}"')
    return text, json.loads(raw)


def make_copy(way: str, texts: Path, gold: Path) -> tuple[Path, Path]:
    out = WORK / way
    shutil.rmtree(out, ignore_errors=True)
    (out / "texts").mkdir(parents=True)
    (out / "gold").mkdir()
    rng = random.Random(11)
    for src in sorted(texts.glob("*.txt")):
        text, truth = src.read_text(encoding="utf-8"), json.loads((gold / f"{src.stem}.json").read_text(encoding="utf-8"))
        text, truth = swap_names(text, truth, rng) if way == "names" else (rewrite(way, text), truth)
        (out / "texts" / src.name).write_text(text, encoding="utf-8")
        (out / "gold" / f"{src.stem}.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return out / "texts", out / "gold"


def score(texts: Path, gold: Path, errors: bool = False) -> str:
    """Build the folder with the project's own `kg build` and score it with the kit."""
    root = Path(__file__).resolve().parents[1]
    out = texts.parent / "build"
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([str(root / ".venv/bin/kg"), "build", str(texts), "--out", str(out), "--quiet", "--no-view"],
                   check=False, capture_output=True)
    pred = texts.parent / "pred"
    subprocess.run([sys.executable, str(SHARED / "eval/from_graph.py"), str(out / "graph.ttl"), str(root / "ontology"), str(pred)],
                   check=True, capture_output=True)
    args = [sys.executable, str(SHARED / "eval/score.py"), str(gold), str(pred)] + (["--errors"] if errors else [])
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def figures(report: str) -> dict[str, str]:
    """The F1 of each category and the two means, from the scorer's table."""
    out = {}
    for line in report.splitlines():
        parts = line.split()
        if len(parts) == 6 and parts[0] != "category":
            out[parts[0]] = parts[3]
        elif line.startswith(("links-f1:", "kg-f1:")):
            out[parts[0].rstrip(":")] = parts[1]
    return out


def main() -> None:
    ways = ["trad", "fw", "hw", "cnd", "indent", "one", "wrap", "furniture", "names"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ways", nargs="+", default=ways, choices=ways)
    parser.add_argument("--texts", type=Path, default=SHARED / "devset/texts")
    parser.add_argument("--gold", type=Path, default=SHARED / "devset/gold")
    parser.add_argument("--errors", choices=ways, help="print what that copy's build missed or added")
    args = parser.parse_args()
    if args.errors:
        print(score(*make_copy(args.errors, args.texts, args.gold), errors=True))
        return
    rows = {"as written": figures(score(args.texts, args.gold))}
    for way in args.ways:
        rows[way] = figures(score(*make_copy(way, args.texts, args.gold)))
    columns = ["persons", "positions", "post-place", "post-body", "post-dates", "links-f1", "kg-f1"]
    print("| copy | " + " | ".join(columns) + " |\n|---|" + "---|" * len(columns))
    for way, row in rows.items():
        print(f"| {way} | " + " | ".join(row.get(c, "") for c in columns) + " |")


if __name__ == "__main__":
    main()
