"""Files to decoded text: the corpus's files found, each decoded (kg.read.decoding), HTML
reduced to its main text, a table's rows to lines.
"""
from __future__ import annotations

import re

import os
import stat
from pathlib import Path

from kg.article import ReadError
from kg.read.decoding import decode

SUFFIXES = {".txt", ".html", ".htm"}
MAX_BYTES = 2 * 1024 * 1024         # news articles are < 100 KB: larger files are truncated, with a warning


def html_to_text(html: str) -> str:
    """Main text of a page through trafilatura, keeping the title as the first line.

    The page's date is taken from its markup, URL and date fields only, never guessed from
    its text (htmldate's extensive search): official news is full of dates, and a page
    without a dated header would take a résumé's "1996.05至1998.01" as its own date, and
    with it date every post the article tells undated.  kg.read.header reads the dates the
    text's header, dateline or signature give."""
    import trafilatura
    from trafilatura.settings import set_date_params

    html = marked_breaks(inline_unwrapped(html))
    extracted = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                            date_extraction_params=set_date_params(extensive=False))
    if not extracted:
        return ""
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    parts = [doc.get("title") or "", _meta_line(doc), table_rows(cell_lines(doc.get("text") or ""))]
    return "\n".join(p for p in parts if p).replace(BREAK_MARK, "")


# A line break or a paragraph's end inside a table's cell: an old site lays its page out in a
# table and writes the story in one cell, a paragraph (or a résumé's line) a <br> apart, which
# trafilatura runs into one line of the cell.  A mark after each break survives the extraction
# and ends the line there again (`cell_lines`); in a row of several cells (a notice's table of
# officials: "某县委常委<br>副县长") it is a space.
BREAK_MARK = "⏎"
BREAK = re.compile(r"<br\s*/?>|</p\s*>", re.I)


def marked_breaks(html: str) -> str:
    """The page with a mark after each line break and before each paragraph's end.

    >>> marked_breaks("<td>甲<br>乙</p></td>")
    '<td>甲<br>⏎乙⏎</p></td>'
    """
    return BREAK.sub(lambda m: m.group(0) + BREAK_MARK if m.group(0)[1] in "bB" else BREAK_MARK + m.group(0), html)


def cell_lines(text: str) -> str:
    r"""The extracted text with each marked break a line's end again, but inside a row of
    several cells, where it is a space.

    >>> cell_lines("| 某某，男，1970年生。 ⏎ 1994.07—1998.03 某镇科员 ⏎ 2015.01—至今 某县副县长 |")
    '某某，男，1970年生。\n1994.07—1998.03 某镇科员\n2015.01—至今 某县副县长'
    >>> cell_lines("| 某某某 | 某县委常委 ⏎ 副县长 | 拟任某职 |")
    '| 某某某 | 某县委常委 副县长 | 拟任某职 |'
    """
    out = []
    for line in text.split("\n"):
        cells = row_cells(line)
        if BREAK_MARK not in line:
            out.append(line)
        elif len(cells) >= 2:
            out.append(re.sub(rf"\s*{BREAK_MARK}\s*", " ", line))
        else:
            inner = cells[0] if cells else line
            out += [piece.strip() for piece in inner.split(BREAK_MARK) if piece.strip()]
    return "\n".join(out)


# Inline formatting inside a paragraph: a name set in bold, a sentence wrapped in a styled
# span or an old site's <font>.  trafilatura's fallback extraction (a short page) ends a line
# at each such element, cutting "某镇党委书记<b>某某</b>走访…" into three lines.
INLINE = "b|strong|em|i|u|font|span|small|big|mark|ins"
INLINE_TAG = re.compile(rf"</?(?:{INLINE})\b[^<>]*>", re.I)
PARAGRAPH = re.compile(r"<p\b[^<>]*>.*?</p>", re.I | re.S)
# Han text or its punctuation running into an inline element or out of it, anywhere (a <div>'s
# or a table cell's prose): "…党委书记<span>某某</span>走访…".
CJK = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
IN_PROSE = re.compile(rf"(?:(?<=[{CJK}])<({INLINE})\b[^<>]*>([^<>]*)</\1>|<({INLINE})\b[^<>]*>([^<>]*)</\3>(?=[{CJK}]))", re.I)


def inline_unwrapped(html: str) -> str:
    """The page with the formatting tags inside its paragraphs, and any that text runs into
    or out of, dropped, their text kept; a menu's items set apart stay as they are.

    >>> inline_unwrapped('<p class="t">某镇党委书记<b>某某</b>走访<span style="x">农户</span>。</p><b>栏目</b>')
    '<p class="t">某镇党委书记某某走访农户。</p><b>栏目</b>'
    >>> inline_unwrapped('<div>某镇党委书记<span>某某</span>走访。</div><span>首页</span> <span>新闻</span>')
    '<div>某镇党委书记某某走访。</div><span>首页</span> <span>新闻</span>'
    """
    html = PARAGRAPH.sub(lambda m: INLINE_TAG.sub("", m.group(0)), html)
    for _ in range(3):                    # (nested: "<span><b>某某</b></span>")
        html, n = IN_PROSE.subn(lambda m: m.group(2) if m.group(1) else m.group(4), html)
        if not n:
            break
    return html


def table_rows(text: str) -> str:
    r"""trafilatura's table rows ("| 姓名 | 现任职务 | 拟任职务 |") as a text table's rows, their
    cells set apart by a column gap: a row of cells is no list of links (a notice's table of
    officials names them there).

    >>> table_rows("公示如下：\n| 某某某 | 男 | 某县副县长 | \n公示时间：…")
    '公示如下：\n某某某    男    某县副县长\n公示时间：…'
    >>> table_rows("| 首页 | 新闻 | 政务公开 |")
    '| 首页 | 新闻 | 政务公开 |'
    """
    from kg.read.layout import NAV

    lines = text.split("\n")
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()] if TABLE_ROW.match(line) else []
        if cells and not any(NAV.fullmatch(c) for c in cells):     # a menu laid out as a table stays a link list
            lines[i] = "    ".join(cells)
    return "\n".join(lines)


TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# A cell's own bar, which trafilatura escapes ("作者 \| 某某" inside one cell): no cell's edge.
CELL_EDGE = re.compile(r"(?<!\\)\|")


def row_cells(line: str) -> list[str]:
    r"""The cells of one of trafilatura's table rows, a bar the text wrote kept in its cell;
    [] for a line that is no row.

    >>> row_cells("| 作者 \\| 某某 | 男 |"), row_cells("某某说")
    (['作者 | 某某', '男'], [])
    """
    if not TABLE_ROW.match(line):
        return []
    return [c.strip().replace("\\|", "|") for c in CELL_EDGE.split(line.strip()[1:-1]) if c.strip()]


def _meta_line(doc: dict) -> str:
    bits = []
    if doc.get("date"):
        bits.append(str(doc["date"]))
    if doc.get("sitename"):
        bits.append(f"来源:{doc['sitename']}")
    return "  ".join(bits)


def read_file(path: Path) -> tuple[str, list[str]]:
    """Text of one corpus file and the warnings met while reading it."""
    if path.suffix.lower() not in SUFFIXES:
        raise ReadError(f"unsupported file type {path.suffix or '(none)'}; expected .txt, .html or .htm, "
                        f"or a table, archive or crawl (.csv .tsv .jsonl .zip .warc, also gzipped)")
    if not stat.S_ISREG(path.stat().st_mode):
        raise ReadError("not a regular file (a device, pipe or socket)")
    with open(path, "rb") as fh:           # never more than the limit from disk: /dev/zero, 1 GB dumps
        data = fh.read(MAX_BYTES + 1)
    warnings = []
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        warnings.append(f"file is {size // 1024 // 1024} MiB; only the first {MAX_BYTES // 1024 // 1024} MiB are read")
        data = data[:MAX_BYTES]
        data = data[: data.rfind(b"\n")] if b"\n" in data else data   # never cut a character in two
    return page_text(data, path.suffix, warnings), warnings


def page_text(data: bytes, suffix: str, warnings: list[str]) -> str:
    """Decoded text of a page or text file (HTML reduced to its main text)."""
    if not data.strip():
        raise ReadError("empty file")
    text, more = decode(data)
    warnings += more
    if suffix.lower() in {".html", ".htm"} or _looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise ReadError("HTML page without main text")
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


def iter_files(inputs: list[Path], outside: Path | None = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """Corpus files under the given folders and files, in a stable order, and the folders
    that could not be read (each with its reason).  The folder `outside` (the build's
    outputs, when they lie inside the corpus) is not walked, by whatever path it is met.

    Symbolic links to folders are followed, once: a link back to a folder already walked
    (a loop, or a second way to one folder) is reported instead of being read again.
    """
    found: list[Path] = []
    problems: list[tuple[str, str]] = []
    skip = _identity(outside)
    for item in inputs:
        if item.is_dir():
            _walk(item, found, problems, set(), skip)
        elif skip is None or skip not in {_identity(p) for p in item.resolve().parents}:
            found.append(item)
    return found, problems


def _identity(folder: Path | None) -> tuple[int, int] | None:
    try:
        st = folder.stat() if folder is not None else None
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st is not None else None


def _walk(folder: Path, found: list[Path], problems: list[tuple[str, str]], seen: set, skip=None) -> None:
    try:
        st = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append((str(folder), f"folder not readable ({exc.strerror or exc})"))
        return
    if (st.st_dev, st.st_ino) == skip:
        return
    if (st.st_dev, st.st_ino) in seen:
        problems.append((str(folder), "symbolic link to a folder already read (a loop or a second path); not read again"))
        return
    seen.add((st.st_dev, st.st_ino))
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()       # follows a symbolic link
            is_file = not is_dir and (entry.is_file() or entry.is_symlink())
        except OSError as exc:            # a link to itself, a loop of links: ELOOP
            problems.append((str(path), f"not read ({exc.strerror or exc}: a symbolic link that leads nowhere "
                                        "or back to itself)"))
            continue
        if is_dir:
            _walk(path, found, problems, seen, skip)
        elif entry.name.lower() != "readme.md" and is_file:
            found.append(path)
